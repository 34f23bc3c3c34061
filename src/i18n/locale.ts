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

const pageOverrides: Record<string, Partial<Record<Locale, Messages>>> = {};

/**
 * Replaces built-in texts for every element of one component on the page, in one language:
 * `setStrings('font-size-control', 'fr', { group: 'Taille des caractères' })`.
 */
export function setStrings(component: string, locale: Locale, messages: Messages): void {
  const forComponent = (pageOverrides[component] ??= {});
  forComponent[locale] = { ...forComponent[locale], ...messages };
  notifyLanguageChange();
}

/** Page-wide overrides for one component and language (used by the localize controller). */
export function overridesFor(component: string, locale: Locale): Messages | undefined {
  return pageOverrides[component]?.[locale];
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/** Calls every subscriber when any `lang` attribute in the document changes, or when strings are overridden. */
export function onLanguageChange(listener: Listener): () => void {
  listeners.add(listener);
  if (observer === undefined && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(notifyLanguageChange);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

function notifyLanguageChange(): void {
  for (const listener of [...listeners]) listener();
}
