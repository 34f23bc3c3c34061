import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { DEFAULT_SLOT, HasSlotController } from '../../controllers/has-slot.js';
import { LocalizeController } from '../../controllers/localize.js';
import { priorityCardMessages } from '../../i18n/priority-card.js';
import { safeHttpUrl } from '../../internal/safe-url.js';
import { warnOnce } from '../../internal/warn.js';
import { sharedStyles } from '../../styles/shared.js';
import { PrioritySelectEvent } from './events.js';
import { crimeIcon, mentalHealthIcon, trafficSafetyIcon, vulnerablePopulationsIcon } from './icons.js';
import { styles } from './priority-card.styles.js';

/** The four service priorities that have built-in icon, title and summary. */
export const PRIORITIES = ['mental-health', 'vulnerable-populations', 'traffic-safety', 'crime'] as const;
/** One of the preset priorities. */
export type Priority = (typeof PRIORITIES)[number];

type MessageKey = keyof (typeof priorityCardMessages)['en'];
interface Preset {
  title: MessageKey;
  summary: MessageKey;
  icon: TemplateResult;
}

const PRESETS: Record<Priority, Preset> = {
  'mental-health': { title: 'mentalHealthTitle', summary: 'mentalHealthSummary', icon: mentalHealthIcon },
  'vulnerable-populations': {
    title: 'vulnerablePopulationsTitle',
    summary: 'vulnerablePopulationsSummary',
    icon: vulnerablePopulationsIcon,
  },
  'traffic-safety': { title: 'trafficSafetyTitle', summary: 'trafficSafetySummary', icon: trafficSafetyIcon },
  crime: { title: 'crimeTitle', summary: 'crimeSummary', icon: crimeIcon },
};

/** Heading tags by level; static literals, so no attribute text ever becomes a tag name. */
const HEADINGS: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };
const DEFAULT_HEADING_LEVEL = 3;

interface Link {
  href: string;
  external: boolean;
}

const isPreset = (value: string): value is Priority => (PRIORITIES as readonly string[]).includes(value);

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
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;

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

  @state() private _finderFound = false;

  private readonly _l = new LocalizeController(this, 'priority-card', priorityCardMessages);
  private readonly _slots = new HasSlotController(this, 'heading', DEFAULT_SLOT, 'actions');
  private _preset?: Priority;
  private _level = DEFAULT_HEADING_LEVEL;
  private _link: Link | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved into another document or shadow root: the finder may be found there, or no longer.
    if (this.hasUpdated) this._resolveFinder();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('priority')) {
      const value = this.priority.trim();
      this._preset = isPreset(value) ? value : undefined;
      if (value !== '' && this._preset === undefined) {
        warnOnce(
          `priority-card:priority:${value}`,
          `<cswb-priority-card> priority="${value}" is not one of ${PRIORITIES.join(', ')}; the card shows only its slotted content.`,
        );
      }
    }
    if (changed.has('headingLevel')) {
      const level = Number(this.headingLevel);
      this._level = HEADINGS[level] === undefined ? DEFAULT_HEADING_LEVEL : level;
      if (this._level !== level) {
        warnOnce(
          `priority-card:heading-level:${this.headingLevel}`,
          `<cswb-priority-card> heading-level="${this.getAttribute('heading-level') ?? this.headingLevel}" is not 2, 3, 4, 5 or 6; level ${DEFAULT_HEADING_LEVEL} is used.`,
        );
      }
    }
    if (changed.has('href')) this._link = this._parseHref(this.href);
    if (changed.has('finder')) this._resolveFinder();
  }

  /** The priority passed to the finder: the preset, or any other value the page gave. */
  private get _priority(): string {
    return this.priority.trim();
  }

  private _parseHref(value: string): Link | null {
    const text = value.trim();
    if (text === '') return null;
    let url: URL | null = null;
    if (/^[a-z][a-z\d+.-]*:/i.test(text)) {
      const safe = safeHttpUrl(text);
      url = safe === null ? null : new URL(safe);
    } else {
      // A relative link is the page's own: resolved against the page, and still checked, since
      // the URL parser drops tabs and newlines ("java\tscript:" is not relative).
      try {
        url = new URL(text, document.baseURI);
      } catch {
        url = null;
      }
      if (url !== null && url.protocol !== 'http:' && url.protocol !== 'https:') url = null;
    }
    if (url === null) {
      warnOnce(
        `priority-card:href:${text}`,
        `<cswb-priority-card> href="${text.slice(0, 80)}" is not an http(s) or relative URL; the card is shown without a link.`,
      );
      return null;
    }
    return { href: url.href, external: url.origin !== location.origin };
  }

  /** The finder element: looked up in the card's own shadow root and its hosts' roots first, then the document. */
  private _findFinder(): HTMLElement | null {
    const id = this.finder.trim();
    if (id === '') return null;
    let root: Node = this.getRootNode();
    while (root instanceof ShadowRoot) {
      const found = root.getElementById(id);
      if (found instanceof HTMLElement) return found;
      root = root.host.getRootNode();
    }
    return document.getElementById(id);
  }

  private _resolveFinder(): void {
    if (this.finder.trim() === '') {
      this._finderFound = false;
      return;
    }
    this._finderFound = this._findFinder() !== null;
    if (this._finderFound) return;
    // A script that runs while the page is still parsing may upgrade the card before the finder
    // further down exists: look again once the document is complete before saying anything.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this._resolveFinder(), { once: true });
      return;
    }
    this._warnNoFinder();
  }

  private _warnNoFinder(): void {
    const id = this.finder.trim();
    warnOnce(`priority-card:finder:${id}`, `<cswb-priority-card> finder="${id}" names no element on the page; the "Find services" button is not shown.`);
  }

  private _findServices(): void {
    const priority = this._priority;
    const finder = this.finder.trim();
    if (!this.dispatchEvent(new PrioritySelectEvent(priority, finder))) return;
    const target = this._findFinder();
    if (target === null) {
      this._warnNoFinder();
      this._finderFound = false;
      return;
    }
    target.setAttribute('priority', priority);
    const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    // Focus first without the browser's instant jump, then scroll the way the reader prefers.
    target.focus({ preventScroll: true });
    target.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
  }

  private _heading(title: string) {
    const tag = HEADINGS[this._level];
    const text = html`<span id="title" class="title"><slot name="heading">${title}</slot></span>`;
    const link = this._link;
    const content = link
      ? html`<a part="link" class="link" href=${link.href}>${text}${link.external
          ? html`<span class="visually-hidden"> ${this._l.t('external')}</span>`
          : nothing}</a>`
      : text;
    return staticHtml`<${tag} part="heading" class="heading">${content}</${tag}>`;
  }

  protected override render() {
    const preset = this._preset === undefined ? undefined : PRESETS[this._preset];
    const hasHeading = preset !== undefined || this._slots.has('heading');
    const hasBody = this._slots.has(DEFAULT_SLOT);
    const showFind = this._finderFound && this._priority !== '';
    const hasActions = showFind || this._slots.has('actions');
    const hasStat = this.stat.trim() !== '' || this.statLabel.trim() !== '';
    return html`<div part="card" class="card" data-priority=${this._preset ?? nothing} lang=${this._l.lang}>
      ${preset ? html`<span part="icon" class="icon">${preset.icon}</span>` : nothing}
      ${hasHeading ? this._heading(preset ? this._l.t(preset.title) : '') : html`<slot name="heading"></slot>`}
      ${hasStat
        ? html`<p part="stat" class="stat">${this.stat.trim() ? html`<span class="stat-value">${this.stat}</span>` : nothing}
            ${this.statLabel.trim() ? html`<span class="stat-label">${this.statLabel}</span>` : nothing}</p>`
        : nothing}
      <div part="body" class="body" ?hidden=${!hasBody && !preset}>
        <slot></slot>${preset && !hasBody ? html`<p class="summary">${this._l.t(preset.summary)}</p>` : nothing}
      </div>
      <div part="actions" class="actions" ?hidden=${!hasActions}>
        <slot name="actions"></slot>${showFind
          ? html`<button
              type="button"
              part="finder-button"
              class="find"
              aria-labelledby=${hasHeading ? 'find-label title' : 'find-label'}
              @click=${this._findServices}
            ><span id="find-label">${this._l.t('findServices')}</span></button>`
          : nothing}
      </div>
    </div>`;
  }
}
