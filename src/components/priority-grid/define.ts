// The grid renders preset cards itself, so it defines the card too and works when loaded alone.
import '../priority-card/define.js';
import { defineElement } from '../../internal/define.js';
import { PriorityGrid } from './priority-grid.js';

defineElement('cswb-priority-grid', PriorityGrid);

declare global {
  interface HTMLElementTagNameMap {
    'cswb-priority-grid': PriorityGrid;
  }
}
