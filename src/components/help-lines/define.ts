import { defineElement } from '../../internal/define.js';
import { HelpLines } from './help-lines.js';

defineElement('cswb-help-lines', HelpLines);

declare global {
  interface HTMLElementTagNameMap {
    'cswb-help-lines': HelpLines;
  }
}
