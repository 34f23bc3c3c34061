import { pageGlobal } from '../internal/page-global.js';

/** The languages every widget ships. */
export type Locale = 'en' | 'fr';

/** A component's messages. `{name}` in a message is replaced by the parameter of that name. */
export type Messages = Record<string, string>;

/** A component's messages in each language. */
export type MessageBundle<M extends Messages> = Record<Locale, M>;

/** `fr`, `fr-CA`, `fr-FR`… are French; every other language tag, or none, is English. */
export function toLocale(tag: string | null | undefined): Locale {
  return /^fr(?:-|$)/i.test((tag ?? '').trim()) ? 'fr' : 'en';
}

/**
 * The language that applies to `element`: its own `lang`, else the nearest ancestor's (crossing
 * shadow roots to their hosts), else `<html lang>`.
 */
export function languageOf(element: Element): string {
  let node: Node | null = element;
  while (node !== null) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return document.documentElement.lang;
}

/** Fills `{name}` placeholders; unknown placeholders stay as written. */
export function format(message: string, params: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

// One registry per page, whichever copy of the library (bundle, loader modules, index.js) calls
// setStrings and whichever renders.
const pageOverrides = pageGlobal('strings', (): Record<string, Partial<Record<Locale, Messages>>> => ({}));
/** Fired on the document by setStrings, so the elements of every copy of the library render again. */
const STRINGS_EVENT = 'cswb-strings-change';

/**
 * Replaces built-in texts for every element of one component on the page, in one language:
 * `setStrings('font-size-control', 'fr', { group: 'Taille des caractères' })`.
 */
export function setStrings(component: string, locale: Locale, messages: Messages): void {
  const forComponent = (pageOverrides[component] ??= {});
  forComponent[locale] = { ...forComponent[locale], ...messages };
  document.dispatchEvent(new Event(STRINGS_EVENT));
}

/** Page-wide overrides for one component and language (used by the localize controller). */
export function overridesFor(component: string, locale: Locale): Messages | undefined {
  return pageOverrides[component]?.[locale];
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

const LANG = { attributes: true, attributeFilter: ['lang'], subtree: true };

/**
 * Calls every subscriber when a `lang` attribute changes in the document or in a shadow root that
 * holds `element` (an app's own components), or when strings are overridden.
 */
export function onLanguageChange(listener: Listener, element?: Node): () => void {
  listeners.add(listener);
  if (observer === undefined) {
    observer = new MutationObserver(notifyLanguageChange);
    observer.observe(document.documentElement, LANG);
    document.addEventListener(STRINGS_EVENT, notifyLanguageChange);
  }
  for (let root = element?.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observer.observe(root, LANG);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
      document.removeEventListener(STRINGS_EVENT, notifyLanguageChange);
    }
  };
}

function notifyLanguageChange(): void {
  for (const listener of [...listeners]) listener();
}
