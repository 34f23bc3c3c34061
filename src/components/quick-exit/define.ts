import { defineElement } from '../../internal/define.js';
import { QuickExit } from './quick-exit.js';

defineElement('cswb-quick-exit', QuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'cswb-quick-exit': QuickExit;
  }
}
