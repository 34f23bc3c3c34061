import { defineElement } from '../../internal/define.js';
import { PriorityCard } from './priority-card.js';

defineElement('cswb-priority-card', PriorityCard);

declare global {
  interface HTMLElementTagNameMap {
    'cswb-priority-card': PriorityCard;
  }
}
