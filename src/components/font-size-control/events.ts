/** Fired when the reader changes the text size with the control (never when code sets `level`). */
export class FontSizeChangeEvent extends Event {
  static readonly eventName = 'cswb-font-size-change';
  /** The new level, in percent of the page's own size. */
  readonly level: number;
  /** The level before the change. */
  readonly previousLevel: number;

  constructor(level: number, previousLevel: number) {
    super(FontSizeChangeEvent.eventName, { bubbles: true, composed: true });
    this.level = level;
    this.previousLevel = previousLevel;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cswb-font-size-change': FontSizeChangeEvent;
  }
}
