/**
 * The autoloader: defines each cswb-* element the first time its tag appears, in the document,
 * in open shadow roots it can see and in content added later, importing only that element's
 * module from `components/` beside this file.
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
  import(new URL(`./components/${tag.slice(5)}.js`, import.meta.url).href)
    .then(() => customElements.whenDefined(tag))
    .then(() => {
      // Elements render into their shadow roots once defined; watch those too.
      for (const element of document.querySelectorAll(tag)) watchShadow(element);
    })
    .catch((error: unknown) => {
      requested.delete(tag);
      console.warn(`[cswb-widgets] could not load <${tag}>`, error);
    });
}

function visit(element: Element): void {
  if (known.has(element.localName)) load(element.localName);
  watchShadow(element);
}

function watchShadow(element: Element): void {
  if (element.shadowRoot !== null) watch(element.shadowRoot);
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
