import { VERSION } from '../version.js';
import { pageGlobal } from './page-global.js';
import { warnOnce } from './warn.js';

/** Which version of cswb-widgets registered each tag; shared by every copy of the library on the page. */
const registry = (): Map<string, string> => pageGlobal('registry', () => new Map());

/**
 * Registers `tag` unless it is already defined. Loading the bundle twice, the bundle and the
 * loader, or two versions of the library on one page must never throw: the first definition
 * wins, and a different version already in place is named in one console warning.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
    registry().set(tag, VERSION);
    return;
  }
  if (existing === element) return;
  const other = registry().get(tag);
  if (other === undefined) {
    warnOnce(`define:${tag}`, `<${tag}> is already defined by other code on this page; cswb-widgets ${VERSION} leaves it in place.`);
  } else if (other !== VERSION) {
    warnOnce(
      `define:version:${other}`,
      `cswb-widgets ${other} is already registered on this page; cswb-widgets ${VERSION} leaves its elements in place.`,
    );
  }
}
