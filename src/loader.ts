/**
 * The autoloader: defines each cswb-* element the first time its tag appears, in the document,
 * in open shadow roots it can see and in content added later, importing only that element's
 * module from `components/` beside this file.
 *
 * A shadow root is looked for when its host is first seen and, for a custom element not defined
 * yet, again once it is defined: by then its constructor and connectedCallback, where frameworks
 * attach the root, have run. Closed roots, and roots attached later still (after an `await`, or
 * when first clicked), are not seen.
 */
import { COMPONENTS } from './components/registry.js';

const known = new Set<string>(COMPONENTS.map((name) => `cswb-${name}`));
const requested = new Set<string>();
const observed = new WeakSet<Node>();
const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
});

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag) !== undefined) return;
  requested.add(tag);
  import(new URL(`./components/${tag.slice(5)}.js`, import.meta.url).href).catch((error: unknown) => {
    requested.delete(tag);
    console.warn(`[cswb-widgets] could not load <${tag}>`, error);
  });
}

function visit(element: Element): void {
  const tag = element.localName;
  if (known.has(tag)) load(tag);
  if (element.shadowRoot !== null) watch(element.shadowRoot);
  // The page's own elements, and ours, are often defined after this scan (the loader in <head>,
  // the app's module later); reserved or invalid names reject, and are ignored.
  else if (tag.includes('-') && customElements.get(tag) === undefined) customElements.whenDefined(tag).then(() => visit(element), () => {});
}

function scan(root: Element | Document | ShadowRoot): void {
  if (root instanceof Element) visit(root);
  for (const element of root.querySelectorAll('*')) visit(element);
}

function watch(root: Document | ShadowRoot): void {
  if (observed.has(root)) return;
  observed.add(root);
  observer.observe(root, { childList: true, subtree: true });
  scan(root);
}

watch(document);
