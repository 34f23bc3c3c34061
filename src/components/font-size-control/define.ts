import { defineElement } from '../../internal/define.js';
import { restoreStoredLevel } from './font-scale.js';
import { FontSizeControl } from './font-size-control.js';

// The stored text size is applied as soon as this module runs, before any control renders.
restoreStoredLevel();
defineElement('cswb-font-size-control', FontSizeControl);

declare global {
  interface HTMLElementTagNameMap {
    'cswb-font-size-control': FontSizeControl;
  }
}
