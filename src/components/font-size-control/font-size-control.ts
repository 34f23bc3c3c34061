import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController } from '../../controllers/localize.js';
import { fontSizeMessages } from '../../i18n/font-size-control.js';
import { warnOnce } from '../../internal/warn.js';
import { sharedStyles } from '../../styles/shared.js';
import { FontSizeChangeEvent } from './events.js';
import {
  DEFAULT_LEVELS,
  DEFAULT_STORAGE_KEY,
  applyLevel,
  fontScale,
  nearestLevel,
  parseLevels,
  type FontScale,
} from './font-scale.js';
import { styles } from './font-size-control.styles.js';

type Action = 'decrease' | 'normal' | 'increase';
const APPEARANCES = ['buttons', 'compact'] as const;

/**
 * Three buttons that make the page's text smaller, normal or larger. The control scales its
 * target's own font size (by default the page's root), so every `rem` on the page follows, and
 * browser zoom keeps working on top. The level persists in localStorage, every control on the
 * page shows the same level, and each change is announced to screen readers.
 *
 * @summary Decrease / normal / increase text size, for the whole page.
 *
 * @csspart group - The labelled group around the label and the buttons.
 * @csspart label - The visible group label ("Text size").
 * @csspart button - Each of the three buttons.
 * @csspart decrease - The decrease button.
 * @csspart normal - The normal-size button.
 * @csspart increase - The increase button.
 *
 * @cssprop --cswb-font-size-control-size - Font size of the buttons' labels.
 * @cssprop --cswb-font-size-control-gap - Space between the buttons.
 * @cssprop --cswb-font-size-control-color - Text colour of the buttons.
 * @cssprop --cswb-font-size-control-background - Background of the buttons.
 * @cssprop --cswb-font-size-control-border-color - Border colour of the buttons.
 * @cssprop --cswb-font-size-control-radius - Corner radius of the buttons.
 *
 * @fires {FontSizeChangeEvent} cswb-font-size-change - The reader chose another size (`level`, `previousLevel`); never fired when code sets `level`.
 */
export class FontSizeControl extends LitElement {
  static override styles = [sharedStyles, styles];

  /** The current level, in percent of the page's own size (100 is normal). Settable in code; in markup it is the page's default until the reader chooses a size. */
  @property({ type: Number, reflect: true }) level = 100;

  /** Comma-separated levels in percent; 100 is always included. */
  @property() levels: string = '90,100,110,125,150,175,200';

  /** CSS selector of the element whose font size changes; the page's root element when empty. */
  @property() target: string = '';

  /** localStorage key under which the level persists; controls that share a key stay in sync. A control with a `target` and the default key stores under `cswb-font-size <target>`, apart from the page's size. */
  @property({ attribute: 'storage-key' }) storageKey: string = 'cswb-font-size';

  /** `buttons` (labels in words) or `compact` (A−, A, A+). */
  @property({ reflect: true }) appearance: 'buttons' | 'compact' = 'buttons';

  /** JSON overrides of the built-in texts, for every language (`{"group":"…"}`) or per language (`{"fr":{…}}`). */
  @property() strings: string | null = null;

  @state() private _message = '';

  private readonly _l = new LocalizeController(this, 'font-size-control', fontSizeMessages);
  private _scale?: FontScale;
  private _unsubscribe?: () => void;
  private _levels: readonly number[] = DEFAULT_LEVELS;
  private _targetElement?: HTMLElement;
  private _messageTimer?: ReturnType<typeof setTimeout>;
  /** The next level change comes from the shared scale (another control, another tab, the store): shown as it is, never pushed back. */
  private _fromScale = false;
  /** The storage key and target the control is attached to. */
  private _attached?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this._attach();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    clearTimeout(this._messageTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('levels')) this._levels = this._parseLevels();
    // The first update sees every property as changed: attach again only to a new key or target.
    if ((changed.has('storageKey') || changed.has('target')) && this.isConnected && this._attached !== `${this.storageKey} ${this.target}`) this._attach();
    if (changed.has('appearance') && !(APPEARANCES as readonly string[]).includes(this.appearance)) {
      warnOnce(`font-size:appearance:${this.appearance}`, `<cswb-font-size-control> appearance="${this.appearance}" is not one of ${APPEARANCES.join(', ')}; "buttons" is used.`);
      this.appearance = 'buttons';
    }
    if (this.level == null) {
      // The attribute was removed: the shared level stays, silently (no warning, nothing stored).
      this._show(this._scale?.level ?? 100);
    } else if (this._fromScale) {
      // Another control's level, perhaps one this control's `levels` lacks: shown as it is (the
      // buttons step to the nearest level above or below), not snapped, stored or sent back.
      this._fromScale = false;
    } else if (changed.has('level') || changed.has('levels')) {
      this.level = this._snap(this.level);
      // A level set in code changes the page too, but announces nothing and fires no event.
      this._scale?.set(this.level);
    }
  }

  /** Connects to the shared scale of this control's storage key and target. */
  private _attach(): void {
    this._unsubscribe?.();
    this._attached = `${this.storageKey} ${this.target}`;
    this._targetElement = this._findTarget();
    const target = this._targetElement;
    // A control with its own target keeps its own level: under the default key it would be
    // restored onto the whole page (the root) on the next visit.
    const key = this.storageKey || DEFAULT_STORAGE_KEY;
    this._scale = fontScale(key === DEFAULT_STORAGE_KEY && target !== document.documentElement ? `${key} ${this.target}` : key);
    const scale = this._scale;
    this._unsubscribe = scale.subscribe((level) => {
      applyLevel(target, level);
      this._show(level);
    });
    // A level in the markup, or set as a property before the element was connected (React, Vue,
    // Lit bindings), is the page's default until the reader chooses one; the reader's stored
    // choice wins. Either is applied before the first render.
    this._levels = this._parseLevels();
    if (!scale.chosen && this.level != null && this.level !== 100) scale.set(this._snap(this.level), false);
    applyLevel(target, scale.level);
    this._show(scale.level);
  }

  /** The level of this control's list nearest `level`, said once in the console when `level` is not in the list. */
  private _snap(level: number): number {
    const snapped = nearestLevel(this._levels, Number.isFinite(level) ? level : 100);
    if (snapped !== level) warnOnce(`font-size:level:${level}`, `<cswb-font-size-control> level ${level} is not one of ${this._levels.join(', ')}; ${snapped} is used.`);
    return snapped;
  }

  /** Shows the shared scale's level (set only when it differs, so the flag always meets its update). */
  private _show(level: number): void {
    if (level === this.level) return;
    this._fromScale = true;
    this.level = level;
  }

  private _findTarget(): HTMLElement {
    const root = document.documentElement;
    if (!this.target) return root;
    try {
      const found = document.querySelector(this.target);
      if (found instanceof HTMLElement) return found;
    } catch {
      // An invalid selector falls through to the warning below.
    }
    warnOnce(`font-size:target:${this.target}`, `<cswb-font-size-control> target="${this.target}" matches no element; the page's root element is used.`);
    return root;
  }

  private _parseLevels(): readonly number[] {
    const parsed = parseLevels(this.levels);
    if (parsed !== null) return parsed;
    warnOnce(`font-size:levels:${this.levels}`, `<cswb-font-size-control> levels="${this.levels}" is not a list of percentages such as "90,100,125"; the default levels are used.`);
    return DEFAULT_LEVELS;
  }

  private _percent(level: number): string {
    return this._l.number(level / 100, { style: 'percent', maximumFractionDigits: 1 });
  }

  /** The next level above (`up`) or below the current one, or undefined at that end. The current level may be one of another control's levels. */
  private _step(up: boolean): number | undefined {
    return up ? this._levels.find((level) => level > this.level) : [...this._levels].reverse().find((level) => level < this.level);
  }

  private _press(action: Action): void {
    const previous = this.level;
    const next = action === 'normal' ? 100 : this._step(action === 'increase');
    const percent = this._percent(previous);
    if (next === undefined) {
      this._announce(this._l.t(action === 'increase' ? 'atLargest' : 'atSmallest', { level: percent }));
      return;
    }
    if (next === previous) {
      this._announce(this._l.t('atNormal', { level: percent }));
      return;
    }
    this.level = next;
    this._scale?.set(next);
    this._announce(this._l.t('announce', { level: this._percent(next) }));
    this.dispatchEvent(new FontSizeChangeEvent(next, previous));
  }

  /** Empties the live region, then fills it, so that a repeated message is read again. */
  private _announce(message: string): void {
    this._message = '';
    clearTimeout(this._messageTimer);
    this._messageTimer = setTimeout(() => {
      this._message = message;
    }, 50);
  }

  private _button(action: Action, atEnd: boolean) {
    const compact = this.appearance === 'compact';
    const name = this._l.t(action);
    const short = this._l.t(`${action}Short`);
    return html`<button
      type="button"
      part="button ${action}"
      class=${action}
      aria-disabled=${atEnd ? 'true' : nothing}
      @click=${() => this._press(action)}
    >${compact
      ? html`<span>${short}</span><span class="visually-hidden"> ${name}</span>`
      : name}</button>`;
  }

  protected override render() {
    return html`<div part="group" class="group" role="group" aria-labelledby="label" lang=${this._l.lang}>
        <span part="label" id="label" class="label">${this._l.t('group')}</span>
        <span class="buttons">
          ${this._button('decrease', this._step(false) === undefined)} ${this._button('normal', false)}
          ${this._button('increase', this._step(true) === undefined)}
        </span>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._message}</div>`;
  }
}
