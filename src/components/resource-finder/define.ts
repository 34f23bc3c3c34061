import { defineElement } from '../../internal/define.js';
import { ResourceFinder } from './resource-finder.js';

defineElement('cswb-resource-finder', ResourceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'cswb-resource-finder': ResourceFinder;
  }
}
