import { defineElement } from '../../internal/define.js';
import { ZoneExplainer } from './zone-explainer.js';

defineElement('cswb-zone-explainer', ZoneExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'cswb-zone-explainer': ZoneExplainer;
  }
}
