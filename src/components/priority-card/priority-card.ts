import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { DEFAULT_SLOT, HasSlotController } from '../../controllers/has-slot.js';
import { LocalizeController } from '../../controllers/localize.js';
import { priorityCardMessages } from '../../i18n/priority-card.js';
import { safeHttpUrl } from '../../internal/safe-url.js';
import { warnOnce } from '../../internal/warn.js';
import { sharedStyles } from '../../styles/shared.js';
import { PrioritySelectEvent } from './events.js';
import { ICONS } from './icons.js';
import { styles } from './priority-card.styles.js';

/** One of the preset priorities. */
export type Priority = keyof typeof ICONS;
/** The four service priorities that have built-in icon, title and summary: `mental-health`, `vulnerable-populations`, `traffic-safety`, `crime`. */
export const PRIORITIES = Object.keys(ICONS) as readonly Priority[];

type MessageKey = keyof (typeof priorityCardMessages)['en'];

/** Warns once that an element's attribute has a value it cannot use: `<tag> attr="value" why`. */
export const warnAttribute = (el: Element, attribute: string, value: unknown, why: string) =>
  warnOnce(`${el.localName}:${attribute}:${value}`, `<${el.localName}> ${attribute}="${value}" ${why}`);

/** The element's `headingLevel` when it is 2 to 6; otherwise 3, with one warning. Shared with the grid. */
export function levelOf(el: HTMLElement & { headingLevel: number }): number {
  const level = el.headingLevel;
  if (/^[2-6]$/.test(`${level}`)) return level;
  warnAttribute(el, 'heading-level', el.getAttribute('heading-level') ?? level, 'is not 2 to 6; 3 is used.');
  return 3;
}

/**
 * A card for one service priority (mental health and addictions, vulnerable populations, traffic
 * safety, crime) that leads to its programs. Each preset brings an icon, a title and a short
 * summary in English and French; slots replace any of them, and with no preset the card is a
 * plain themed card built from its slots. With `href` the whole card is one link, named by its
 * heading; buttons and links in the `actions` slot stay reachable on their own. With `finder`,
 * a "Find services" button hands the card's priority to a resource finder on the page.
 *
 * @summary A themed card for a service priority, optionally one link and a hand-over to the resource finder.
 *
 * @slot heading - Replaces the preset's title inside the real heading (and inside the link when `href` is set). Put text or inline elements here, never a link or another heading.
 * @slot - The body; replaces the preset's summary when it has content.
 * @slot actions - Buttons or links shown at the bottom of the card, above the stretched link so they stay clickable.
 *
 * @csspart card - The card's box (border, accent, background, padding).
 * @csspart icon - The preset's decorative icon.
 * @csspart heading - The heading element (`h2`…`h6`).
 * @csspart link - The link inside the heading, when `href` is set.
 * @csspart stat - The headline figure and its label.
 * @csspart body - The body (summary or default slot).
 * @csspart actions - The actions area.
 * @csspart finder-button - The "Find services" button.
 *
 * @cssprop --cswb-priority-card-accent - Accent colour of the top border and the icon; defaults to the preset's `--cswb-color-priority-<priority>` token.
 * @cssprop --cswb-priority-card-background - Background of the card.
 * @cssprop --cswb-priority-card-border-color - Colour of the card's thin border.
 * @cssprop --cswb-priority-card-radius - Corner radius of the card.
 * @cssprop --cswb-priority-card-shadow - Shadow of the card.
 * @cssprop --cswb-priority-card-padding - Space inside the card.
 * @cssprop --cswb-priority-card-icon-size - Size of the icon.
 * @cssprop --cswb-priority-card-heading-size - Font size of the heading.
 *
 * @fires {PrioritySelectEvent} cswb-priority-select - The reader pressed "Find services" (`priority`, `finder`); cancelable: `preventDefault()` keeps the card from touching the finder. Never fired by code-set properties.
 */
export class PriorityCard extends LitElement {
  static override styles = [sharedStyles, styles];

  /** The preset: `mental-health`, `vulnerable-populations`, `traffic-safety` or `crime`; empty for a plain card. */
  @property() priority = '';

  /** The level of the card's heading, 2 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Makes the whole card one link to this URL (http, https, or relative to the page). */
  @property() href = '';

  /** A headline figure shown under the heading, such as `13`. */
  @property() stat = '';

  /** What the figure means, shown next to it. */
  @property({ attribute: 'stat-label' }) statLabel = '';

  /** The id of a resource finder on the page; adds a "Find services" button that sets the finder's `priority` and moves focus to it. */
  @property() finder = '';

  /** JSON overrides of the built-in texts, for every language (`{"crimeTitle":"…"}`) or per language (`{"fr":{…}}`). */
  @property() strings: string | null = null;

  private readonly _l = new LocalizeController(this, 'priority-card', priorityCardMessages);
  private readonly _slots = new HasSlotController(this, 'heading', DEFAULT_SLOT, 'actions');

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved into another document or shadow root: the finder may be found there, or no longer.
    this.requestUpdate();
  }

  /** The link: http(s), or relative to the page and resolved against it; anything else gives none. */
  private _url(): URL | undefined {
    // A removed attribute leaves null.
    const text = this.href?.trim();
    if (!text) return;
    let url: URL | undefined;
    try {
      // The URL parser also drops tabs and newlines, so "java\tscript:" is caught as javascript:.
      url = new URL(text, document.baseURI);
    } catch {
      // Not a URL: no link, with the warning below.
    }
    if (safeHttpUrl(url?.href)) return url;
    warnAttribute(this, 'href', text.slice(0, 80), 'is not an http(s) or relative URL; no link.');
  }

  /** The finder element: looked up in the card's own shadow root and its hosts' roots first, then the document. */
  private _target(): HTMLElement | null {
    for (let root = this.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
      const found = root.getElementById(this.finder);
      if (found) return found;
    }
    return document.getElementById(this.finder);
  }

  private _findServices(): void {
    if (!this.dispatchEvent(new PrioritySelectEvent(this.priority, this.finder))) return;
    const target = this._target();
    // Gone since the button appeared: render again, which drops the button with a warning.
    if (!target) return this.requestUpdate();
    target.setAttribute('priority', this.priority);
    // Focus first without the browser's instant jump, then scroll the way the reader prefers, to
    // what took focus (the finder's count, well below its top at 320 px or 200% text).
    target.focus({ preventScroll: true });
    let focused: Element = target;
    while (focused.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    focused.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth', block: 'start' });
  }

  // The preset, level, link and finder are worked out on each render, which is cheap; warnOnce
  // keeps a bad value to one warning.
  protected override render() {
    const priority = this.priority as Priority;
    const preset = PRIORITIES.includes(priority) && priority;
    if (priority && !preset) warnAttribute(this, 'priority', priority, 'is not a preset; the card shows its slots.');
    // mental-health → mentalHealthTitle, mentalHealthSummary.
    const text = (end: string) => this._l.t((priority.replace(/-(.)/g, (_, c: string) => c.toUpperCase()) + end) as MessageKey);
    const body = this._slots.has(DEFAULT_SLOT);
    const target = !!this.finder && this._target();
    if (target === null) {
      // A script that runs while the page is still parsing may upgrade the card before the finder
      // further down exists: look again once the document is complete before saying anything.
      if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', () => this.requestUpdate(), { once: true });
      else warnAttribute(this, 'finder', this.finder, 'names no element; no Find services button.');
    }
    const find = target && priority;
    const link = this._url();
    const heading = preset || this._slots.has('heading');
    if (link && !heading) warnAttribute(this, 'href', link.href, 'has no heading to carry the link (give the card a priority or a slot="heading"); no link.');
    // Never a blank card: without a preset or any content it says why.
    const empty = !heading && !body && !this.stat && !this.statLabel && !this._slots.has('actions') && this._l.t(priority ? 'unknown' : 'empty', { priority });
    // levelOf returns 2 to 6, so the tag can only be h2 to h6.
    const tag = unsafeStatic(`h${levelOf(this)}`);
    // The button needs no type="button": in a shadow root it has no form to submit.
    const title = html`<span id="title"><slot name="heading">${preset ? text('Title') : ''}</slot></span>`;
    return html`<div part="card" class="card" data-priority=${preset || nothing} lang=${this._l.lang}>
      ${preset
        ? html`<span part="icon" class="icon"><svg viewBox="0 0 24 24" aria-hidden="true"><path d=${ICONS[preset]} /></svg></span>`
        : nothing}
      ${heading
        ? staticHtml`<${tag} part="heading" class="heading">${link
            ? html`<a part="link" href=${link.href}>${title}${link.origin == location.origin
                ? nothing
                : html`<span class="visually-hidden"> ${this._l.t('external')}</span>`}</a>`
            : title}</${tag}>`
        : html`<slot name="heading"></slot>`}
      ${this.stat || this.statLabel
        ? html`<p part="stat"><span class="stat-value">${this.stat}</span> <span class="stat-label">${this.statLabel}</span></p>`
        : nothing}
      <div part="body" ?hidden=${!body && !preset && !empty}>
        <slot></slot>${preset && !body ? html`<p class="summary">${text('Summary')}</p>` : empty ? html`<p>${empty}</p>` : nothing}
      </div>
      <div part="actions" class="actions" ?hidden=${!find && !this._slots.has('actions')}>
        <slot name="actions"></slot>${find
          ? html`<button id="find" part="finder-button" class="find" aria-labelledby="find title" @click=${this._findServices}>${this._l.t(
              'findServices',
            )}</button>`
          : nothing}
      </div>
    </div>`;
  }
}
