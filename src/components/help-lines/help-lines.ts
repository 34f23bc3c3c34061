import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController } from '../../controllers/localize.js';
import { helpLinesMessages } from '../../i18n/help-lines.js';
import { warnOnce } from '../../internal/warn.js';
import { sharedStyles } from '../../styles/shared.js';
import { styles } from './help-lines.styles.js';
import {
  localized,
  normalizeLines,
  parseIds,
  parseLinesJson,
  selectLines,
  type HelpLine,
  type HelpLineContact,
  type HelpLineInput,
  type LocalizedText,
} from './lines.js';

const LAYOUTS = ['list', 'strip'] as const;

/**
 * Help lines people in Ontario can call or text, with what each is for: 9-1-1, the 9-8-8 Suicide
 * Crisis Helpline, 211 Ontario, Kids Help Phone, ConnexOntario, the Assaulted Women's Helpline,
 * the Seniors Safety Line, the Canadian Human Trafficking Hotline, Crime Stoppers and the Hope
 * for Wellness Help Line are built in. `lines` picks and orders them by id
 * (`emergency suicide-crisis ontario-211 kids-help-phone connexontario assaulted-womens-helpline
 * seniors-safety-line human-trafficking-hotline crime-stoppers hope-for-wellness`).
 *
 * A partner adds local lines (a crisis team, a police non-emergency number) as a JSON array in a
 * `<script type="application/json">` child, or with the `customLines` property, which wins over
 * the child: `[{"id": "crisis-team", "name": {"en": "…", "fr": "…"}, "number": "1-877-825-9011",
 * "description": …, "hours": …, "languages": …, "url": "https://…", "tty": "…", "text": "…"}]`.
 * Custom lines follow the built-in ones unless `lines` orders them; one with a built-in id
 * replaces that line. Links built from this data are `tel:` and http(s) only: a partner's `text`
 * number is shown, not linked. Bad JSON shows the built-in lines; bad entries are skipped; each
 * problem is said once in the console.
 *
 * Every number is a `tel:` link (and `sms:` where a built-in line takes texts) whose visible
 * text is the number as it is written, so people on a desktop can read and dial it; the link's
 * accessible name starts with that visible text and adds the line's name.
 *
 * @summary Crisis and help lines with call and text links, in a strip or a described list.
 *
 * @csspart base - The wrapper.
 * @csspart label - The "Help lines" label (visible in the strip, for screen readers in the list).
 * @csspart list - The list of lines.
 * @csspart line - Each line's list item (also `emergency` on 9-1-1).
 * @csspart emergency - The emergency line's list item.
 * @csspart name - A line's name (list layout).
 * @csspart description - What a line is for (list layout).
 * @csspart details - Hours and languages (list layout).
 * @csspart link - Each call, text or TTY link.
 * @csspart website - A line's website link.
 *
 * @cssprop --cswb-help-lines-gap - Space between lines.
 * @cssprop --cswb-help-lines-link-color - Colour of the links.
 * @cssprop --cswb-help-lines-background - Background of each line.
 * @cssprop --cswb-help-lines-border-color - Border colour of each line.
 * @cssprop --cswb-help-lines-radius - Corner radius of each line.
 * @cssprop --cswb-help-lines-emergency-color - Text colour of the emergency line.
 * @cssprop --cswb-help-lines-emergency-background - Background of the emergency line in the strip, and its accent in the list.
 */
export class HelpLines extends LitElement {
  static override styles = [sharedStyles, styles];

  /** Ids of the lines to show, in order, separated by spaces or commas; every line when empty. */
  @property() lines = '';

  /** `list` (with descriptions, hours and languages) or `strip` (one wrapping row of names and numbers, for the top of a page). */
  @property({ reflect: true }) layout: 'list' | 'strip' = 'list';

  /** The partner's own lines (see the class description); wins over an inline JSON child. */
  @property({ attribute: false }) customLines: HelpLineInput[] | null = null;

  /** JSON overrides of the built-in texts, for every language (`{"label":"…"}`) or per language (`{"fr":{…}}`). */
  @property() strings: string | null = null;

  /** The text of the inline `<script type="application/json">` child, if any. */
  @state() private _inlineSource: string | null = null;

  private readonly _l = new LocalizeController(this, 'help-lines', helpLinesMessages);
  private _shown: HelpLine[] = [];
  private _unknown: string[] = [];
  private _unknownTimer?: ReturnType<typeof setTimeout>;
  private _observer?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this._readInline();
    // The child may arrive or change after the element is upgraded (a framework rendering it late).
    this._observer = new MutationObserver(() => this._readInline());
    this._observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
    this._observer = undefined;
    clearTimeout(this._unknownTimer);
  }

  private _readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    this._inlineSource = script?.textContent ?? null;
  }

  // Untyped, because the private `_inlineSource` is one of the keys looked up.
  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('layout') && !(LAYOUTS as readonly string[]).includes(this.layout)) {
      warnOnce(`help-lines:layout:${this.layout}`, `<cswb-help-lines> layout="${this.layout}" is not one of ${LAYOUTS.join(', ')}; "list" is used.`);
      this.layout = 'list';
    }
    if (changed.has('lines') || changed.has('customLines') || changed.has('_inlineSource')) {
      const { lines, unknown } = selectLines(this._customLines(), parseIds(this.lines));
      this._shown = lines;
      this._unknown = unknown;
      if (unknown.length > 0) {
        // Custom lines often arrive just after the element (a property set by a framework, a
        // child rendered late): ids are reported only if still unknown once the task is over.
        clearTimeout(this._unknownTimer);
        this._unknownTimer = setTimeout(() => this._warnUnknown());
      }
    }
  }

  private _warnUnknown(): void {
    for (const id of this._unknown) {
      warnOnce(`help-lines:id:${id}`, `<cswb-help-lines> lines="${this.lines}" names "${id}", which is neither a built-in nor a custom line; it is skipped.`);
    }
  }

  private _customLines(): HelpLine[] {
    if (this.customLines !== null && this.customLines !== undefined) {
      const parsed = normalizeLines(this.customLines);
      return this._report(parsed.lines, parsed.problems);
    }
    const source = this._inlineSource;
    if (source === null || source.trim() === '') return [];
    const parsed = parseLinesJson(source);
    if (parsed === null) {
      warnOnce(`help-lines:json:${source}`, '<cswb-help-lines> the JSON in its <script type="application/json"> child cannot be parsed; only the built-in lines are shown.');
      return [];
    }
    return this._report(parsed.lines, parsed.problems);
  }

  private _report(lines: HelpLine[], problems: string[]): HelpLine[] {
    for (const problem of problems) warnOnce(`help-lines:${problem}`, `<cswb-help-lines> ${problem}`);
    return lines;
  }

  /** A text in the element's language, marked with its own language when it fell back to English. */
  private _text(value: LocalizedText) {
    const { text, fallback } = localized(value, this._l.locale);
    return fallback ? html`<span lang="en-CA">${text}</span>` : text;
  }

  private _contact(line: HelpLine, contact: HelpLineContact) {
    const number = localized(contact.label, this._l.locale).text;
    const visible = this._l.t(contact.kind, { number });
    if (contact.href === undefined) return html`<span class="contact">${visible}</span>`;
    // The accessible name starts with exactly what is visible (WCAG 2.5.3), then names the line,
    // so a list of links read out of context still says which line each number reaches.
    return html`<a part="link" class="contact" href=${contact.href}
      >${visible}<span class="visually-hidden">, ${this._text(line.name)}</span></a
    >`;
  }

  private _listItem(line: HelpLine) {
    const details = [
      line.hours === undefined ? null : this._l.t('hours', { hours: localized(line.hours, this._l.locale).text }),
      line.languages === undefined ? null : this._l.t('languages', { languages: localized(line.languages, this._l.locale).text }),
    ].filter((detail) => detail !== null);
    return html`<li part=${line.emergency ? 'line emergency' : 'line'} class=${line.emergency ? 'line emergency' : 'line'} data-id=${line.id}>
      <span part="name" class="name">${this._text(line.name)}</span>
      ${line.description === undefined ? nothing : html`<p part="description" class="description">${this._text(line.description)}</p>`}
      <p class="contacts">${line.contacts.map((contact) => this._contact(line, contact))}</p>
      ${details.length === 0 ? nothing : html`<p part="details" class="details">${details.join(' · ')}</p>`}
      ${line.url === undefined
        ? nothing
        : html`<p class="website"><a part="website" href=${line.url}>${this._l.t('website')}<span class="visually-hidden">, ${this._text(line.name)}</span></a></p>`}
    </li>`;
  }

  private _stripItem(line: HelpLine) {
    const primary = line.contacts[0]!;
    return html`<li part=${line.emergency ? 'line emergency' : 'line'} class=${line.emergency ? 'line emergency' : 'line'} data-id=${line.id}>
      <a part="link" href=${primary.href ?? nothing}
        ><span class="name">${this._text(line.name)}</span> <span class="number">${localized(primary.label, this._l.locale).text}</span></a
      >
    </li>`;
  }

  protected override render() {
    const strip = this.layout === 'strip';
    return html`<div part="base" class=${strip ? 'base strip' : 'base list'} lang=${this._l.lang}>
      <span part="label" id="label" class=${strip ? 'label' : 'label visually-hidden'}>${this._l.t('label')}</span>
      <!-- role="list": Safari drops list semantics when list-style is none. -->
      <ul part="list" class="lines" role="list" aria-labelledby="label">
        ${this._shown.map((line) => (strip ? this._stripItem(line) : this._listItem(line)))}
      </ul>
    </div>`;
  }
}
