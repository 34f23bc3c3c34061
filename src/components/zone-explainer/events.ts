import type { ZoneId } from './zones.js';

/** Fired when the reader picks a zone in the explainer (never when code or the URL sets `zone`). */
export class ZoneChangeEvent extends Event {
  static readonly eventName = 'cswb-zone-change';
  /** The zone the reader picked. */
  readonly zone: ZoneId;
  /** The zone selected before. */
  readonly previousZone: ZoneId;

  constructor(zone: ZoneId, previousZone: ZoneId) {
    super(ZoneChangeEvent.eventName, { bubbles: true, composed: true });
    this.zone = zone;
    this.previousZone = previousZone;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cswb-zone-change': ZoneChangeEvent;
  }
}
