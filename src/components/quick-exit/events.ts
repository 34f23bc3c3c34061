/** What set off a quick exit: the button (click, Enter, Space) or the Shift-three-times shortcut. */
export type QuickExitSource = 'button' | 'shortcut';

/**
 * Fired when the reader asks to leave, before the page is covered and replaced. Cancelable:
 * `preventDefault()` keeps the reader on the page (nothing is covered, cleared or navigated).
 */
export class QuickExitEvent extends Event {
  static readonly eventName = 'cswb-quick-exit';
  /** The address the browser is about to open in place of this page. */
  readonly href: string;
  /** `button` or `shortcut`. */
  readonly source: QuickExitSource;

  constructor(href: string, source: QuickExitSource) {
    super(QuickExitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.href = href;
    this.source = source;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cswb-quick-exit': QuickExitEvent;
  }
}
