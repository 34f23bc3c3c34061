import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  format,
  languageOf,
  onLanguageChange,
  overridesFor,
  toLocale,
  type Locale,
  type MessageBundle,
  type Messages,
} from '../i18n/locale.js';
import { warnOnce } from '../internal/warn.js';

/** An element that can be localized: it may carry its own overrides in a `strings` property. */
export interface LocalizableHost extends ReactiveControllerHost, HTMLElement {
  /** JSON overrides from the page: `{"group": "…"}` for every language, or `{"fr": {"group": "…"}}`. */
  strings?: string | null;
}

/**
 * Gives an element its language and texts, and re-renders it when `lang` changes on the element,
 * an ancestor or `<html>`.
 *
 * @example
 * ```ts
 * private _l = new LocalizeController(this, 'font-size-control', fontSizeMessages);
 * render() { return html`<span>${this._l.t('group')}</span>`; }
 * ```
 */
export class LocalizeController<M extends Messages> implements ReactiveController {
  private _unsubscribe?: () => void;
  private _parsedFrom?: string | null;
  private _parsed: Partial<Record<Locale, Messages>> = {};

  constructor(
    private readonly _host: LocalizableHost,
    private readonly _component: string,
    private readonly _bundle: MessageBundle<M>,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._unsubscribe = onLanguageChange(() => this._host.requestUpdate(), this._host);
  }

  hostDisconnected(): void {
    this._unsubscribe?.();
  }

  /** `en` or `fr`, from the nearest `lang`. */
  get locale(): Locale {
    return toLocale(languageOf(this._host));
  }

  /** The BCP 47 tag to use with `Intl` and the `lang` attribute of rendered text. */
  get lang(): string {
    return this.locale === 'fr' ? 'fr-CA' : 'en-CA';
  }

  /** The message `key` in the element's language, with the page's overrides and `{params}` filled. */
  t(key: keyof M & string, params?: Record<string, string | number>): string {
    const locale = this.locale;
    const own = this._ownOverrides()[locale]?.[key];
    const page = overridesFor(this._component, locale)?.[key];
    return format(own ?? page ?? this._bundle[locale][key] ?? key, params);
  }

  /** Formats a number in the element's language. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    // Building an Intl.NumberFormat costs far more than using one: keep one per language and options.
    const key = `${this.lang} ${JSON.stringify(options ?? {})}`;
    let formatter = numberFormats.get(key);
    if (formatter === undefined) numberFormats.set(key, (formatter = new Intl.NumberFormat(this.lang, options)));
    return formatter.format(value);
  }

  private _ownOverrides(): Partial<Record<Locale, Messages>> {
    const source = this._host.strings ?? null;
    if (source === this._parsedFrom) return this._parsed;
    this._parsedFrom = source;
    this._parsed = parseOverrides(source, this._host.localName);
    return this._parsed;
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function parseOverrides(source: string | null, tag: string): Partial<Record<Locale, Messages>> {
  if (source === null || source.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    warnOnce(`strings:${tag}:${source}`, `<${tag}> strings="…" is not valid JSON; the built-in texts are used.`);
    return {};
  }
  if (!isRecord(value)) {
    warnOnce(`strings:${tag}:${source}`, `<${tag}> strings="…" must be a JSON object; the built-in texts are used.`);
    return {};
  }
  const perLocale = isRecord(value['en']) || isRecord(value['fr']);
  if (perLocale) return { en: onlyStrings(value['en']), fr: onlyStrings(value['fr']) };
  const all = onlyStrings(value);
  return { en: all, fr: all };
}

function onlyStrings(value: unknown): Messages {
  const out: Messages = {};
  if (!isRecord(value)) return out;
  for (const [key, text] of Object.entries(value)) if (typeof text === 'string') out[key] = text;
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
