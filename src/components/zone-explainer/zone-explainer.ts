import { LitElement, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html, literal } from 'lit/static-html.js';
import { LocalizeController } from '../../controllers/localize.js';
import { zoneExplainerMessages } from '../../i18n/zone-explainer.js';
import { warnOnce } from '../../internal/warn.js';
import { sharedStyles } from '../../styles/shared.js';
import { ZoneChangeEvent } from './events.js';
import { styles } from './zone-explainer.styles.js';
import { ZONES, hashWithZone, isZone, zoneFromHash, type ZoneId } from './zones.js';

/** Real heading elements h2–h6, from a fixed table so no markup ever comes from an attribute. */
const HEADINGS = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Outer radius of each zone's disc in the 400 × 400 diagram, in ZONES order (incident response at the centre). */
const RADII = [198, 152, 108, 66, 0];

/** Each zone's pattern mark on a 12-unit tile (stripes, dots, lines, cross-hatch), so colour is never the only cue. */
const MARKS = ['M-3 3L3-3M0 12L12 0M9 15L15 9', 'M6 6h0', 'M0 3H12M0 9H12', 'M0 0L12 12M12 0L0 12'];

/** A generous average glyph width of the 17-unit labels, to estimate a label's length without layout. */
const GLYPH = 17 * 0.58;

/** The window events the element follows: sync-url reads the address, printing opens every zone. */
const WINDOW_EVENTS = ['hashchange', 'beforeprint', 'afterprint'];

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
 * @csspart zone - Each zone's `<details>` box: the selected zone's panel in the wide layout, an accordion item in the narrow one.
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

  /** Whether the container query shows the tabs, read back from the rendered CSS (the accordion is the default). */
  @state() private _wide = false;

  /** True between `beforeprint` and `afterprint`: every zone is open. */
  @state() private _printing = false;

  /** Zones open in the accordion; in the tabs layout, only the selected one. Changed with requestUpdate(). */
  private _open = new Set<ZoneId>();

  private readonly _l = new LocalizeController(this, 'zone-explainer', zoneExplainerMessages);
  private readonly _id = `cswb-zx${++instances}-`;

  // The tab list is shown only when the container query chooses tabs, so its size changes exactly
  // when the layout flips (a resize or a new root font size), and the re-render cannot resize it.
  private readonly _resize = new ResizeObserver(() => {
    const wide = getComputedStyle(this.renderRoot.querySelector('[role=tablist]')!).display !== 'none';
    if (this._printing || wide === this._wide) return;
    this._wide = wide;
    this._open = new Set([this.zone]);
  });

  private readonly _onWindow = (event: Event) => {
    // hashchange: run willUpdate's sync-url branch again.
    if (event.type === 'hashchange') this.requestUpdate('syncUrl', false);
    else this._printing = event.type === 'beforeprint';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of WINDOW_EVENTS) window.addEventListener(type, this._onWindow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of WINDOW_EVENTS) window.removeEventListener(type, this._onWindow);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl') && this.syncUrl) {
      const named = zoneFromHash(location.hash);
      if (isZone(named)) this.zone = named;
      else if (named !== undefined) this._warn(`address zone "${named}"`, 'ignored');
    }
    if (changed.has('zone')) {
      if (!isZone(this.zone)) {
        this._warn(`zone="${String(this.zone)}"`, `using "${ZONES[0]}"`);
        this.zone = ZONES[0];
      }
      if (this._wide) this._open.clear();
      this._open.add(this.zone);
    }
    if (!HEADINGS[this.headingLevel - 2]) {
      this._warn(`heading-level="${this.headingLevel}"`, 'using 2');
      this.headingLevel = 2;
    }
  }

  protected override firstUpdated(): void {
    this._resize.observe(this.renderRoot.querySelector('[role=tablist]')!);
  }

  private _warn(what: string, fallback: string): void {
    const message = `<cswb-zone-explainer> ${what} is not valid; ${fallback}.`;
    warnOnce(message, message);
  }

  /** The reader picked `zone` (tab, ring or accordion): open it, select it, tell the page. */
  private _select(zone: ZoneId): void {
    const previous = this.zone;
    this._open.add(zone);
    this.requestUpdate();
    if (zone === previous) return;
    this.zone = zone;
    if (this.syncUrl) {
      // replaceState: no new history entry per click, no hashchange, no scroll jump.
      try {
        history.replaceState(history.state, '', `${location.pathname}${location.search}${hashWithZone(location.hash, zone)}`);
      } catch {
        // Throttled (Firefox, Safari) or a sandboxed page: the address keeps the old zone, the pick goes on.
      }
    }
    this.dispatchEvent(new ZoneChangeEvent(zone, previous));
  }

  private _onToggle(event: Event, zone: ZoneId): void {
    const { open } = event.target as HTMLDetailsElement;
    // A toggle event also follows each change the element renders itself: only a difference
    // from its own state is the reader's doing.
    if (this._printing || this._wide || open === this._open.has(zone)) return;
    if (open) this._select(zone);
    else this._open.delete(zone);
    this.requestUpdate();
  }

  private async _onKeydown(event: KeyboardEvent): Promise<void> {
    const index = ZONES.indexOf(this.zone);
    const next = ({ ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index + 3, ArrowUp: index + 3, Home: 0, End: 3 } as Record<string, number>)[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const zone = ZONES[next % 4]!;
    this._select(zone);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${zone}`)!.focus();
  }

  private _heading(content: unknown, className: string) {
    const tag = HEADINGS[this.headingLevel - 2]!;
    return html`<${tag} class=${className}>${content}</${tag}>`;
  }

  private _fill(index: number): string {
    return `url(#${this._id}${index})`;
  }

  private _swatch(index: number) {
    return html`<svg class="swatch" viewBox="0 0 24 24" aria-hidden="true"><rect x="1" y="1" width="22" height="22" rx="3" fill=${this._fill(index)} /></svg>`;
  }

  /** A zone's name on a band of the background colour: along the top of its ring, or wrapped in the centre. */
  private _label(index: number, name: string) {
    if (index === 3) {
      const lines = name.match(/\S.{0,11}(?=\s|$)|\S+/g) ?? [];
      const y = (i: number) => 200 + (i - (lines.length - 1) / 2) * 20;
      // One stroke per line: the round ends of neighbouring lines merge into one band.
      const band = lines.map((line, i) => `M${200 - Math.min(line.length * GLYPH, 100) / 2} ${y(i)}h${Math.min(line.length * GLYPH, 100)}`);
      return svg`<path class="band" d=${band.join('')} /><text class="label">${lines.map((line, i) => svg`<tspan x="200" y=${y(i)}>${line}</tspan>`)}</text>`;
    }
    const r = (RADII[index]! + RADII[index + 1]!) / 2;
    const estimated = name.length * GLYPH;
    const max = r * 3.3;
    // An arc over the top of the ring, `half` radians either side of twelve o'clock: the whole
    // arc carries the text, the band covers only the text's estimated length.
    const arc = (half: number) => {
      const x = r * Math.sin(half);
      const y = 200 - r * Math.cos(half);
      return `M${200 - x} ${y}A${r} ${r} 0 ${half > 1.57 ? 1 : 0} 1 ${200 + x} ${y}`;
    };
    const id = `${this._id}arc${index}`;
    return svg`<path id=${id} d=${arc(1.65)} /><path class="band" d=${arc((Math.min(estimated, max) + 17) / 2 / r)} />
      <text class="label"><textPath href="#${id}" startOffset="50%" textLength=${estimated > max ? max : nothing} lengthAdjust="spacingAndGlyphs">${name}</textPath></text>`;
  }

  private _section(zone: ZoneId, index: number, name: string, tabs: boolean) {
    const text = (field: 'subtitle' | 'description' | 'example1' | 'example2' | 'example3') => this._l.t(`${zone}.${field}`);
    const examples = [text('example1'), text('example2'), text('example3')].filter((example) => example.trim());
    return html`<details
      part="zone"
      data-zone=${zone}
      ?data-selected=${zone === this.zone}
      .open=${this._printing || this._open.has(zone)}
      @toggle=${(event: Event) => this._onToggle(event, zone)}
    >
      <summary part="summary">
        <span class="chevron" aria-hidden="true"></span>
        <span>${this._heading(html`${this._swatch(index)}${name}`, 'heading')}<span class="sub">${text('subtitle')}</span></span>
      </summary>
      <div
        part="panel"
        class="panel"
        id="panel-${zone}"
        role=${tabs ? 'tabpanel' : nothing}
        aria-labelledby=${tabs ? `tab-${zone}` : nothing}
        tabindex=${tabs ? 0 : nothing}
      >
        ${this._heading(name, 'heading wide')}
        <p class="sub wide">${text('subtitle')}</p>
        <p class="description">${text('description')}</p>
        ${examples.length
          ? html`<p class="examples" id="examples-${zone}">${this._l.t('examplesLabel')}</p>
              <ul aria-labelledby="examples-${zone}">${examples.map((example) => html`<li>${example}</li>`)}</ul>`
          : nothing}
        <slot name=${zone}></slot>
      </div>
    </details>`;
  }

  protected override render() {
    const tabs = this._wide && !this._printing;
    const names = ZONES.map((zone) => this._l.t(`${zone}.name`));
    return html`<div part="base" class="base" lang=${this._l.lang} data-layout=${tabs ? 'wide' : 'narrow'}>
      <div class="layout">
        <div part="diagram" class="diagram">
          <svg class="rings" viewBox="0 0 400 400" font-size="17" aria-hidden="true">
            ${ZONES.map(
              (zone, i) => svg`<pattern id=${this._id + i} data-zone=${zone} patternUnits="userSpaceOnUse" width="12" height="12">
                <rect width="12" height="12" /><path d=${MARKS[i]} stroke=${i === 2 ? '#0007' : '#fff9'} stroke-width=${i === 1 ? 4.4 : 2.5} />
              </pattern>`,
            )}
            ${ZONES.map(
              (zone, i) => svg`<g class="ring" data-zone=${zone} ?data-selected=${zone === this.zone} @click=${() => this._select(zone)}>
                <circle class="disc" cx="200" cy="200" r=${RADII[i]} fill=${this._fill(i)} />${this._label(i, names[i]!)}
              </g>`,
            )}
          </svg>
        </div>
        <div part="tablist" role="tablist" aria-label=${this._l.t('label')} aria-orientation="vertical" @keydown=${this._onKeydown}>
          ${ZONES.map(
            (zone, i) => html`<button
              type="button"
              role="tab"
              part="tab"
              id="tab-${zone}"
              aria-selected=${zone === this.zone}
              aria-controls="panel-${zone}"
              tabindex=${zone === this.zone ? 0 : -1}
              @click=${() => this._select(zone)}
            >${this._swatch(i)}${names[i]}</button>`,
          )}
        </div>
        <div class="zones">${ZONES.map((zone, i) => this._section(zone, i, names[i]!, tabs))}</div>
      </div>
      ${this.showInvestment
        ? html`<div part="investment" class="investment">
            ${this._heading(this._l.t('investmentTitle'), 'heading')}
            <p>${this._l.t('investmentText')}</p>
            <svg class="flow" viewBox="0 0 400 64" aria-hidden="true">
              <path d="M392 12H14M26 4L12 12l14 8" />
              ${ZONES.map((_, i) => svg`<rect x=${2 + i * 99.5} y="28" width="96" height="34" rx="4" fill=${this._fill(i)} />`)}
            </svg>
          </div>`
        : nothing}
    </div>`;
  }
}
