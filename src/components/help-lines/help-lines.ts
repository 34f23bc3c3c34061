import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../../controllers/localize.js';
import { helpLinesMessages } from '../../i18n/help-lines.js';
import { warnOnce } from '../../internal/warn.js';
import { sharedStyles } from '../../styles/shared.js';
import { styles } from './help-lines.styles.js';
import { localized, normalizeLines, parseIds, parseLinesJson, selectLines, type HelpLine, type HelpLineInput, type LocalizedText } from './lines.js';

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
 * problem is said once in the console, and a short note under the lines says that some local
 * lines could not be shown.
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
 * @csspart notice - The note shown when some of the partner's lines could not be read.
 *
 * @cssprop --cswb-help-lines-gap - Space between lines.
 * @cssprop --cswb-help-lines-link-color - Colour of the links.
 * @cssprop --cswb-help-lines-background - Background of each line.
 * @cssprop --cswb-help-lines-border-color - Border colour of each line.
 * @cssprop --cswb-help-lines-radius - Corner radius of each line.
 * @cssprop --cswb-help-lines-emergency-color - Text colour of the emergency line, links included.
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

  private readonly _l = new LocalizeController(this, 'help-lines', helpLinesMessages);
  private _shown: HelpLine[] = [];
  private _partial = false;
  private _timer?: ReturnType<typeof setTimeout>;
  // The JSON child may arrive or change after the element is upgraded (a framework rendering it late).
  private readonly _observer = new MutationObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    this._observer.observe(this, { childList: true, subtree: true, characterData: true });
    // The JSON child may have changed while the element was out of the page, unobserved.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer.disconnect();
    clearTimeout(this._timer);
  }

  protected override willUpdate(): void {
    if (this.layout !== 'list' && this.layout !== 'strip') {
      warnOnce(`help-lines:layout:${this.layout}`, `<cswb-help-lines> layout="${this.layout}" is unknown; "list" is used.`);
      this.layout = 'list';
    }
    const source = this.querySelector(':scope > script[type="application/json"]')?.textContent?.trim();
    const parsed = this.customLines ? normalizeLines(this.customLines) : parseLinesJson(source || '[]');
    if (!parsed) warnOnce(`help-lines:json:${source}`, '<cswb-help-lines> its JSON child cannot be parsed; it is ignored.');
    const { lines: custom, problems } = parsed ?? { lines: [], problems: [] };
    for (const problem of problems) warnOnce(`help-lines:${problem}`, `<cswb-help-lines> ${problem}`);
    // The console is for the partner; readers, and a partner checking the page, must see it too.
    this._partial = !parsed || problems.length > 0;
    const { lines, unknown } = selectLines(custom, parseIds(this.lines));
    this._shown = lines;
    // Custom lines often arrive just after the element (a property set by a framework, a child
    // rendered late): ids are reported only if still unknown once the task is over.
    clearTimeout(this._timer);
    this._timer = setTimeout(() => {
      for (const id of unknown) warnOnce(`help-lines:id:${id}`, `<cswb-help-lines> lines: "${id}" is unknown; it is skipped.`);
    });
  }

  /** A text in the element's language, marked with its own language when it fell back to English. */
  private _text(value: LocalizedText) {
    const { text, fallback } = localized(value, this._l.locale);
    return fallback ? html`<span lang="en-CA">${text}</span>` : text;
  }

  private _line(line: HelpLine) {
    const plain = (value: LocalizedText) => localized(value, this._l.locale).text;
    const name = this._text(line.name);
    if (this.layout === 'strip') {
      const { href, label } = line.contacts[0]!;
      return html`<a part="link" href=${href!}><span class="name">${name}</span> <span class="number">${plain(label)}</span></a>`;
    }
    // The accessible name of every link starts with exactly what is visible (WCAG 2.5.3), then
    // names the line, so a list of links read out of context still says which line each reaches.
    const link = (part: string, href: string | undefined, text: string) =>
      href ? html`<a part=${part} href=${href}>${text}<span class="visually-hidden">, ${name}</span></a>` : html`<span>${text}</span>`;
    // "Hours: {hours}" around the text as _text renders it, so English-only text keeps its lang.
    const details = (['hours', 'languages'] as const).filter((key) => line[key]).map((key, i) => {
      const [before, after] = this._l.t(key, { [key]: '\0' }).split('\0');
      return html`${i ? ' · ' : ''}${before}${this._text(line[key]!)}${after}`;
    });
    return html`<div part="name" class="name">${name}</div>
      ${line.description ? html`<p part="description">${this._text(line.description)}</p>` : nothing}
      <p class="contacts">${line.contacts.map((c) => link('link', c.href, this._l.t(c.kind, { number: plain(c.label) })))}</p>
      ${details.length ? html`<p part="details" class="details">${details}</p>` : nothing}
      ${line.url ? html`<p>${link('website', line.url, this._l.t('website'))}</p>` : nothing}`;
  }

  // role="list": Safari drops list semantics when list-style is none.
  protected override render() {
    return html`<div part="base" class=${this.layout} lang=${this._l.lang}>
      <span part="label" id="label" class=${this.layout === 'strip' ? 'label' : 'visually-hidden'}>${this._l.t('label')}</span>
      <ul part="list" role="list" aria-labelledby="label">
        ${this._shown.map((line) => {
          const parts = line.emergency ? 'line emergency' : 'line';
          return html`<li part=${parts} class=${parts} data-id=${line.id}>${this._line(line)}</li>`;
        })}
      </ul>
      ${this._partial ? html`<p part="notice" class="notice">${this._l.t('partial')}</p>` : nothing}
    </div>`;
  }
}
