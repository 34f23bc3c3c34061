/**
 * Fired when the reader presses a priority card's "Find services" button, before the card hands
 * its priority to the resource finder. Cancelable: when the page calls `preventDefault()`, the
 * card leaves the finder alone (the page can filter it itself, or navigate elsewhere).
 */
export class PrioritySelectEvent extends Event {
  static readonly eventName = 'cswb-priority-select';
  /** The card's `priority` (such as `mental-health`), which the finder receives as its `priority` attribute. */
  readonly priority: string;
  /** The id of the finder the card hands over to (its `finder` attribute). */
  readonly finder: string;

  constructor(priority: string, finder: string) {
    super(PrioritySelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.priority = priority;
    this.finder = finder;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cswb-priority-select': PrioritySelectEvent;
  }
}
