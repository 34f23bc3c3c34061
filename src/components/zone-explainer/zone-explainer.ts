import { LitElement, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import { LocalizeController } from '../../controllers/localize.js';
import { zoneExplainerMessages } from '../../i18n/zone-explainer.js';
import { warnOnce } from '../../internal/warn.js';
import { sharedStyles } from '../../styles/shared.js';
import { ZoneChangeEvent } from './events.js';
import { styles } from './zone-explainer.styles.js';
import { ZONES, hashWithZone, isZone, zoneFromHash, type ZoneId } from './zones.js';

type ZoneText = 'name' | 'subtitle' | 'description' | 'example1' | 'example2' | 'example3';

/** Real heading elements, chosen from a fixed table so no markup ever comes from an attribute. */
const HEADINGS: Record<number, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

// Geometry of the diagram, in the units of its 400 × 400 viewBox: radii from the centre out.
const CENTRE = 200;
const RADIUS: Record<ZoneId, number> = {
  'incident-response': 66,
  'risk-intervention': 108,
  prevention: 152,
  'social-development': 198,
};
const INNER: Record<ZoneId, number> = {
  'incident-response': 0,
  'risk-intervention': 66,
  prevention: 108,
  'social-development': 152,
};
const LABEL_SIZE = 17;
/** A generous average glyph width (in em) for estimating how long a label is, with no layout. */
const GLYPH = 0.58;

let instances = 0;

/**
 * Ontario's Community Safety and Well-Being framework in one look: four zones, from social
 * development (upstream, outermost ring) to incident response (the centre), and the idea that
 * effort should move upstream. Wide containers show the ring diagram beside a tab list (the
 * accessible control; the diagram is a pointer shortcut hidden from assistive technology) and the
 * selected zone's panel. Narrow containers (below 40rem of the element's own width, a container
 * query) show an accordion of native `<details>`, one per zone. Printing shows every zone.
 *
 * **Adding local programs.** Put any element inside the explainer with `slot` set to a zone id
 * (`social-development`, `prevention`, `risk-intervention`, `incident-response`); it appears in
 * that zone's panel after the built-in text, in both layouts:
 * `<p slot="risk-intervention">In Halton, agencies meet at the Situation Table…</p>`.
 * Every built-in text can be replaced with `strings` (keys such as `prevention.description`).
 *
 * **Links to a zone.** With `sync-url`, the selected zone is kept in the page address as
 * `#zone=<id>` (other parts of the hash are kept, joined with `&`), so `page.html#zone=prevention`
 * opens that zone. The address is updated with `history.replaceState`: picking a zone adds no
 * history entry and never scrolls the page.
 *
 * @summary The four CSWB zones as rings, tabs or an accordion, with room for local programs.
 *
 * @slot social-development - Partner content shown after the built-in text of the social development zone.
 * @slot prevention - Partner content shown after the built-in text of the prevention zone.
 * @slot risk-intervention - Partner content shown after the built-in text of the risk intervention zone.
 * @slot incident-response - Partner content shown after the built-in text of the incident response zone.
 *
 * @csspart base - The wrapper around everything.
 * @csspart diagram - The box around the ring diagram.
 * @csspart tablist - The list of zone tabs (wide layout).
 * @csspart tab - Each zone tab.
 * @csspart zone - Each zone's `<details>` section (an accordion item in the narrow layout).
 * @csspart summary - Each zone's `<summary>` (narrow layout and print).
 * @csspart panel - Each zone's text: subtitle, description, examples and partner content.
 * @csspart investment - The "moving effort upstream" note.
 *
 * @cssprop --cswb-zone-explainer-gap - Space between the diagram, the tabs and the panel.
 * @cssprop --cswb-zone-explainer-diagram-size - Largest width of the ring diagram.
 * @cssprop --cswb-zone-explainer-background - Background of the panel, tabs and ring labels.
 * @cssprop --cswb-zone-explainer-border-color - Border colour of the panel and accordion items.
 * @cssprop --cswb-zone-explainer-accent - Colour that marks the selected tab.
 * @cssprop --cswb-zone-explainer-radius - Corner radius of the panel, tabs and accordion items.
 *
 * @fires {ZoneChangeEvent} cswb-zone-change - The reader picked a zone (tab, diagram or accordion); `zone`, `previousZone`. Never fired when code or the address sets `zone`.
 */
export class ZoneExplainer extends LitElement {
  static override styles = [sharedStyles, styles];

  /** The selected zone: `social-development`, `prevention`, `risk-intervention` or `incident-response`. */
  @property({ reflect: true }) zone: ZoneId = 'social-development';

  /** Level (2–6) of the element's headings, to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Shows a note on moving investment, time and effort upstream, to the first three zones. */
  @property({ type: Boolean, attribute: 'show-investment' }) showInvestment = false;

  /** Keeps the selected zone in the page address as `#zone=<id>`, so a link can open a zone. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** JSON overrides of the built-in texts, for every language (`{"prevention.name":"…"}`) or per language (`{"fr":{…}}`). */
  @property() strings: string | null = null;

  /** Which layout the container query chose, read back from the rendered CSS. */
  @state() private _layout: 'wide' | 'narrow' = 'wide';

  /** Zones open in the accordion (the narrow layout). */
  @state() private _open: ReadonlySet<ZoneId> = new Set(['social-development']);

  /** True between `beforeprint` and `afterprint`: every zone is open. */
  @state() private _printing = false;

  private readonly _l = new LocalizeController(this, 'zone-explainer', zoneExplainerMessages);
  private readonly _uid = `cswb-zone-explainer-${++instances}`;
  private _resizeObserver?: ResizeObserver;

  private readonly _onHashChange = () => {
    if (this.syncUrl) this._readHash();
  };
  private readonly _onBeforePrint = () => {
    this._printing = true;
  };
  private readonly _onAfterPrint = () => {
    this._printing = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this._onHashChange);
    window.addEventListener('beforeprint', this._onBeforePrint);
    window.addEventListener('afterprint', this._onAfterPrint);
    // The layout is chosen by a container query in CSS; the element reads the result back after
    // each resize, to give the panels tab-panel semantics only where the tabs are shown.
    this._resizeObserver = new ResizeObserver(() => this._measureLayout());
    this._resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this._onHashChange);
    window.removeEventListener('beforeprint', this._onBeforePrint);
    window.removeEventListener('afterprint', this._onAfterPrint);
    this._resizeObserver?.disconnect();
    this._resizeObserver = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl') && this.syncUrl) this._readHash();
    if (changed.has('zone')) {
      if (!isZone(this.zone)) {
        warnOnce(`zone-explainer:zone:${String(this.zone)}`, `<cswb-zone-explainer> zone="${String(this.zone)}" is not one of ${ZONES.join(', ')}; "${ZONES[0]}" is used.`);
        this.zone = ZONES[0];
      }
      this._reveal(this.zone);
    }
    if (changed.has('headingLevel') && HEADINGS[this.headingLevel] === undefined) {
      warnOnce(`zone-explainer:heading-level:${this.headingLevel}`, `<cswb-zone-explainer> heading-level="${this.headingLevel}" is not a whole number from 2 to 6; 2 is used.`);
      this.headingLevel = 2;
    }
  }

  private _measureLayout(): void {
    if (this._printing) return;
    const tablist = this.renderRoot.querySelector('.tablist');
    if (tablist === null) return;
    const layout = getComputedStyle(tablist).display === 'none' ? 'narrow' : 'wide';
    if (layout !== this._layout) this._layout = layout;
  }

  /** Opens `zone`'s section: the only open one in the tabs layout, one more in the accordion. */
  private _reveal(zone: ZoneId): void {
    if (this._layout === 'wide') {
      if (this._open.size !== 1 || !this._open.has(zone)) this._open = new Set([zone]);
    } else if (!this._open.has(zone)) {
      this._open = new Set([...this._open, zone]);
    }
  }

  private _readHash(): void {
    const named = zoneFromHash(window.location.hash);
    if (named === undefined) return;
    if (isZone(named)) {
      this.zone = named;
      return;
    }
    warnOnce(`zone-explainer:hash:${named}`, `<cswb-zone-explainer> the address names zone "${named}", which is not one of ${ZONES.join(', ')}; it is ignored.`);
  }

  /** The reader picked `zone` (tab, ring or accordion). */
  private _select(zone: ZoneId): void {
    const previous = this.zone;
    this._reveal(zone);
    if (zone === previous) return;
    this.zone = zone;
    if (this.syncUrl) {
      const { location } = window;
      const url = `${location.pathname}${location.search}${hashWithZone(location.hash, zone)}`;
      // replaceState: no new history entry per click, no hashchange, no scroll jump.
      history.replaceState(history.state, '', url);
    }
    this.dispatchEvent(new ZoneChangeEvent(zone, previous));
  }

  private _isOpen(zone: ZoneId): boolean {
    if (this._printing) return true;
    return this._layout === 'wide' ? zone === this.zone : this._open.has(zone);
  }

  private _onToggle(event: Event, zone: ZoneId): void {
    const details = event.currentTarget as HTMLDetailsElement;
    // A toggle event also follows each change the element renders itself: only a difference
    // from what it rendered is the reader's doing.
    if (this._printing || this._layout === 'wide' || details.open === this._isOpen(zone)) return;
    if (details.open) {
      this._select(zone);
    } else {
      this._open = new Set([...this._open].filter((each) => each !== zone));
    }
  }

  private async _onKeydown(event: KeyboardEvent): Promise<void> {
    const index = ZONES.indexOf(this.zone);
    const last = ZONES.length - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = index === last ? 0 : index + 1;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = index === 0 ? last : index - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    const zone = ZONES[next]!;
    this._select(zone);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${zone}`)?.focus();
  }

  private _text(zone: ZoneId, field: ZoneText): string {
    return this._l.t(`${zone}.${field}` as `${ZoneId}.${ZoneText}`);
  }

  private _heading(content: unknown, className: string, id?: string) {
    const tag = HEADINGS[this.headingLevel] ?? HEADINGS[2]!;
    return html`<${tag} class=${className} id=${id ?? nothing}>${content}</${tag}>`;
  }

  private _patternId(zone: ZoneId): string {
    return `${this._uid}-pattern-${zone}`;
  }

  /** The patterns that tell the zones apart without colour: stripes, dots, lines, cross-hatch. */
  private _patterns() {
    const marks: Record<ZoneId, SVGTemplateResult> = {
      'social-development': svg`<path class="ink" d="M-3 3 L3 -3 M0 12 L12 0 M9 15 L15 9" />`,
      prevention: svg`<circle class="ink dot" cx="6" cy="6" r="2.2" />`,
      'risk-intervention': svg`<path class="ink" d="M0 3 H12 M0 9 H12" />`,
      'incident-response': svg`<path class="ink" d="M0 0 L12 12 M12 0 L0 12" />`,
    };
    return html`<svg class="defs" aria-hidden="true" focusable="false" width="0" height="0">
      <defs>
        ${ZONES.map(
          (zone) => svg`<pattern id=${this._patternId(zone)} class="pattern zone-${zone}" patternUnits="userSpaceOnUse" width="12" height="12">
            <rect class="fill" width="12" height="12" />${marks[zone]}
          </pattern>`,
        )}
      </defs>
    </svg>`;
  }

  private _swatch(zone: ZoneId) {
    return html`<svg class="swatch" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="22" height="22" rx="3" fill="url(#${this._patternId(zone)})" class="swatch-box" />
    </svg>`;
  }

  /** The province's target board: incident response at the centre, social development outermost. */
  private _diagram() {
    return html`<svg class="rings" viewBox="0 0 400 400" aria-hidden="true" focusable="false">
      ${ZONES.map((zone) => {
        const selected = zone === this.zone;
        return svg`<g class="ring zone-${zone}" data-zone=${zone} data-selected=${selected ? '' : nothing} @click=${() => this._select(zone)}>
          <circle class="disc" cx=${CENTRE} cy=${CENTRE} r=${RADIUS[zone]} fill="url(#${this._patternId(zone)})" />
          ${zone === 'incident-response' ? this._centreLabel(zone) : this._ringLabel(zone)}
        </g>`;
      })}
    </svg>`;
  }

  /** A ring's name along the top of the ring, on a band of the background colour. */
  private _ringLabel(zone: ZoneId) {
    const name = this._text(zone, 'name');
    const r = (RADIUS[zone] + INNER[zone]) / 2;
    const maxLength = r * 3.3;
    const estimated = name.length * LABEL_SIZE * GLYPH;
    const length = Math.min(estimated, maxLength);
    const half = (length + LABEL_SIZE) / 2 / r;
    const point = (angle: number) => `${(CENTRE + r * Math.sin(angle)).toFixed(2)} ${(CENTRE - r * Math.cos(angle)).toFixed(2)}`;
    const id = `${this._uid}-arc-${zone}`;
    // The text path runs along the whole upper half (more for long names), the band only under the text.
    const span = Math.max(Math.PI / 2, maxLength / 2 / r);
    return svg`<path id=${id} class="arc" d="M ${point(-span)} A ${r} ${r} 0 ${span > Math.PI / 2 ? 1 : 0} 1 ${point(span)}" />
      <path class="band" stroke-width=${LABEL_SIZE * 1.5} d="M ${point(-half)} A ${r} ${r} 0 ${half > Math.PI / 2 ? 1 : 0} 1 ${point(half)}" />
      <text class="label" dy=${LABEL_SIZE * 0.35} font-size=${LABEL_SIZE}>
        <textPath href="#${id}" startOffset="50%" text-anchor="middle" textLength=${estimated > maxLength ? maxLength : nothing} lengthAdjust="spacingAndGlyphs">${name}</textPath>
      </text>`;
  }

  /** The centre's name, wrapped on a few lines, on a band of the background colour. */
  private _centreLabel(zone: ZoneId) {
    const size = LABEL_SIZE - 1;
    const lines = wrap(this._text(zone, 'name'), 12);
    const width = Math.min(Math.max(...lines.map((line) => line.length)) * size * GLYPH + size, 2 * RADIUS[zone] - 6);
    const height = lines.length * size * 1.2 + size * 0.5;
    const top = CENTRE - height / 2;
    return svg`<rect class="band" x=${CENTRE - width / 2} y=${top} width=${width} height=${height} rx=${size * 0.5} />
      <text class="label" text-anchor="middle" font-size=${size}>
        ${lines.map((line, i) => svg`<tspan x=${CENTRE} y=${top + size * 0.25 + size * 1.2 * (i + 0.5) + size * 0.35}>${line}</tspan>`)}
      </text>`;
  }

  private _tab(zone: ZoneId) {
    const selected = zone === this.zone;
    return html`<button
      type="button"
      role="tab"
      part="tab"
      class="tab zone-${zone}"
      id="tab-${zone}"
      aria-selected=${selected ? 'true' : 'false'}
      aria-controls="panel-${zone}"
      tabindex=${selected ? 0 : -1}
      @click=${() => this._select(zone)}
    >${this._swatch(zone)}<span class="tab-name">${this._text(zone, 'name')}</span></button>`;
  }

  private _section(zone: ZoneId) {
    const wide = this._layout === 'wide' && !this._printing;
    const examples = (['example1', 'example2', 'example3'] as const).map((key) => this._text(zone, key)).filter((text) => text.trim() !== '');
    const name = this._text(zone, 'name');
    const subtitle = this._text(zone, 'subtitle');
    return html`<details
      part="zone"
      class="zone zone-${zone}"
      data-zone=${zone}
      data-selected=${zone === this.zone ? '' : nothing}
      .open=${this._isOpen(zone)}
      @toggle=${(event: Event) => this._onToggle(event, zone)}
    >
      <summary part="summary" class="summary">
        <span class="chevron" aria-hidden="true"></span>
        <span class="summary-text">
          ${this._heading(html`${this._swatch(zone)}<span>${name}</span>`, 'summary-heading')}
          <span class="summary-subtitle">${subtitle}</span>
        </span>
      </summary>
      <div
        part="panel"
        class="panel"
        id="panel-${zone}"
        role=${wide ? 'tabpanel' : nothing}
        aria-labelledby=${wide ? `tab-${zone}` : nothing}
        tabindex=${wide ? 0 : nothing}
      >
        ${this._heading(name, 'panel-heading')}
        <p class="subtitle panel-subtitle">${subtitle}</p>
        <p class="description">${this._text(zone, 'description')}</p>
        ${examples.length === 0
          ? nothing
          : html`<p class="examples-label" id="examples-${zone}">${this._l.t('examplesLabel')}</p>
              <ul class="examples" aria-labelledby="examples-${zone}">
                ${examples.map((text) => html`<li>${text}</li>`)}
              </ul>`}
        <slot name=${zone}></slot>
      </div>
    </details>`;
  }

  private _investment() {
    return html`<div part="investment" class="investment">
      ${this._heading(this._l.t('investmentTitle'), 'investment-heading')}
      <p>${this._l.t('investmentText')}</p>
      <svg class="flow" viewBox="0 0 400 64" aria-hidden="true" focusable="false">
        <path class="flow-arrow" d="M 392 12 H 14 M 26 4 L 12 12 L 26 20" />
        ${ZONES.map(
          (zone, i) => svg`<rect class="flow-block" x=${2 + i * 99.5} y="28" width="96" height="34" rx="4" fill="url(#${this._patternId(zone)})" />`,
        )}
      </svg>
    </div>`;
  }

  protected override render() {
    return html`<div part="base" class="base" lang=${this._l.lang} data-layout=${this._layout}>
      ${this._patterns()}
      <div class="layout">
        <div part="diagram" class="diagram">${this._diagram()}</div>
        <div part="tablist" class="tablist" role="tablist" aria-label=${this._l.t('label')} aria-orientation="vertical" @keydown=${this._onKeydown}>
          ${ZONES.map((zone) => this._tab(zone))}
        </div>
        <div class="zones">${ZONES.map((zone) => this._section(zone))}</div>
      </div>
      ${this.showInvestment ? this._investment() : nothing}
    </div>`;
  }
}

/** Splits `text` into lines of about `max` characters at spaces (a long word keeps its own line). */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}
