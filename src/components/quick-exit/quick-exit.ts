import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LocalizeController } from '../../controllers/localize.js';
import { quickExitMessages } from '../../i18n/quick-exit.js';
import { safeHttpUrl } from '../../internal/safe-url.js';
import { warnOnce } from '../../internal/warn.js';
import { sharedStyles } from '../../styles/shared.js';
import { QuickExitEvent, type QuickExitSource } from './events.js';
import { clearStorageKeys, exitNavigator } from './navigate.js';
import { onTripleShift } from './shortcut.js';
import { styles } from './quick-exit.styles.js';

/** Where the reader goes when `href` is not set: a page too common to draw attention in a history or over a shoulder. */
export const DEFAULT_EXIT_URL = 'https://www.google.ca/';

/**
 * A button that lets a reader leave the page in one move, for pages about family violence,
 * trafficking or abuse. Activating it (click, Enter, Space, or the Shift key pressed three times
 * within two seconds anywhere on the page) first fires a cancelable `cswb-quick-exit` event, then
 * covers the whole window with a blank overlay in the same task, removes the storage keys named
 * in `clear-storage-keys`, and replaces the page with `href` using `location.replace`, so Back
 * does not return to it.
 *
 * The element never leaves on its own: not on load, not when an attribute or property changes,
 * only from the reader's click or key handlers. The shortcut counts only trusted key presses of
 * Shift on its own (typing capitals never triggers it), and with several quick-exit elements on
 * a page it leaves once, through the first one connected.
 *
 * By default the element is fixed to the bottom inline-end corner of the window (bottom right in
 * English and French) and stays in view while scrolling; `position="inline"` puts it in the flow,
 * for a sticky header the page already has. A short explanation, hidden until asked for, says
 * how the button and the shortcut work and why a private window is safer.
 *
 * @summary "Exit this page" button and Shift×3 shortcut that replace the page with a neutral site.
 *
 * @csspart base - The wrapper around the buttons and the explanation.
 * @csspart button - The exit button.
 * @csspart toggle - The button that shows and hides the explanation.
 * @csspart explanation - The explanation panel.
 * @csspart overlay - The blank cover shown while the browser leaves (a modal `<dialog>` in the top layer).
 *
 * @cssprop --cswb-quick-exit-color - Text colour of the exit button.
 * @cssprop --cswb-quick-exit-background - Background of the exit button.
 * @cssprop --cswb-quick-exit-radius - Corner radius of the buttons and the panel.
 * @cssprop --cswb-quick-exit-offset - Distance from the window's edges when fixed.
 * @cssprop --cswb-quick-exit-z-index - Stacking order of the fixed element (the overlay is always above everything).
 * @cssprop --cswb-quick-exit-overlay-color - Colour of the blank overlay.
 *
 * @fires {QuickExitEvent} cswb-quick-exit - The reader asked to leave (`href`, `source`); cancel it to stay. Never fired on load or when code sets properties.
 */
export class QuickExit extends LitElement {
  static override styles = [sharedStyles, styles];

  /** The neutral page that replaces this one: an absolute http(s) URL; https://www.google.ca/ when empty or unsafe. */
  @property() href = DEFAULT_EXIT_URL;

  /** `fixed` (kept in a corner of the window while scrolling) or `inline` (in the page's flow). */
  @property({ reflect: true }) position: 'fixed' | 'inline' = 'fixed';

  /** Storage keys, separated by spaces or commas, removed from localStorage and sessionStorage on exit. */
  @property({ attribute: 'clear-storage-keys' }) clearStorageKeys = '';

  /** JSON overrides of the built-in texts, for every language (`{"exit":"…"}`) or per language (`{"fr":{…}}`). */
  @property() strings: string | null = null;

  @state() private _open = false;

  @query('dialog') private _overlay!: HTMLDialogElement;
  @query('.toggle') private _toggle!: HTMLButtonElement;

  private readonly _l = new LocalizeController(this, 'quick-exit', quickExitMessages);
  /** `href` checked, set in willUpdate before every render. */
  private _target!: string;
  private _leaving?: boolean;
  private _unlisten?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this._unlisten = onTripleShift(() => this._activate('shortcut'), this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unlisten!();
    removeEventListener('keydown', this._blockEscape, true);
    this._keepCovered.disconnect();
  }

  protected override willUpdate(): void {
    const href = this.href?.trim();
    const safe = href ? safeHttpUrl(href) : DEFAULT_EXIT_URL;
    if (!safe) warnOnce(`quick-exit:href:${href}`, `<cswb-quick-exit> href="${href}" is not an absolute http(s) address; ${DEFAULT_EXIT_URL} is used.`);
    this._target = safe ?? DEFAULT_EXIT_URL;
    if (this.position !== 'fixed' && this.position !== 'inline') {
      warnOnce(`quick-exit:position:${this.position}`, `<cswb-quick-exit> position="${this.position}" is unknown; "fixed" is used.`);
      this.position = 'fixed';
    }
  }

  /**
   * Leaves the page. Only the reader's click and key handlers call this, never a lifecycle
   * callback. Everything up to the navigation happens synchronously, so the overlay is painted
   * in the same task as the activation, before the browser starts loading the other page. The
   * overlay is a modal dialog: the browser's top layer is above every z-index the page uses.
   */
  private _activate(source: QuickExitSource): void {
    const href = this._target;
    const event = new QuickExitEvent(href, source);
    if (this._leaving || !this.dispatchEvent(event)) return;
    this._leaving = true;
    clearStorageKeys(this.clearStorageKeys);
    addEventListener('keydown', this._blockEscape, true);
    this._keepCovered.observe(this._overlay, { attributeFilter: ['open'] });
    this._cover();
    exitNavigator.exitTo(href);
  }

  private _cover(): void {
    try {
      this._overlay.showModal();
    } catch {
      // Already open, out of the document or refused: the cover is lost, never the exit.
    }
  }

  // Without a user activation in between, browsers make the next `cancel` not cancelable and
  // close the dialog (close watcher anti-abuse, https://github.com/whatwg/html/pull/10291): a
  // second Escape would uncover the page. A cancelled keydown never becomes a close request; any
  // other close (Android's Back) is undone by _keepCovered in a microtask, before the next frame.
  private readonly _blockEscape = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') event.preventDefault();
  };

  private readonly _keepCovered = new MutationObserver(() => this._cover());

  private _onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this._open) return;
    this._open = false;
    this._toggle.focus();
  }

  protected override render() {
    // When fixed, the open panel may be taller than a small or zoomed window and scrolls inside
    // itself; tabindex lets keyboard users reach and scroll it. Nothing may uncover the page while
    // the browser is leaving it: see _blockEscape.
    return html`<div part="base" class="base" lang=${this._l.lang} @keydown=${this._onKeyDown}>
        <div class="controls">
          <button part="button" class="exit" aria-describedby="hint" @click=${() => this._activate('button')}>${this._l.t('exit')}</button>
          <button part="toggle" class="toggle" aria-expanded=${this._open} aria-controls="explanation" @click=${() => (this._open = !this._open)}>
            ${this._l.t('toggle')}
          </button>
        </div>
        <div part="explanation" id="explanation" class="explanation" ?hidden=${!this._open} tabindex=${this.position === 'fixed' ? 0 : nothing}>
          <p>${this._l.t('explainButton', { site: new URL(this._target).hostname })}</p>
          <p>${this._l.t('explainShortcut')}</p>
          <p>${this._l.t('explainHistory')}</p>
        </div>
        <span id="hint" hidden>${this._l.t('hint')}</span>
      </div>
      <dialog part="overlay" class="overlay" aria-label=${this._l.t('overlay')} @cancel=${(event: Event) => event.preventDefault()}></dialog>`;
  }
}
