import type { Filters } from '../../data/resource.js';

/** Fired when the reader changes the search or the filters (debounced; never when code calls `search()`). */
export class ResourceSearchEvent extends Event {
  static readonly eventName = 'cswb-search';
  /** The search text as typed. */
  readonly query: string;
  /** The filters applied (a copy). */
  readonly filters: Filters;
  /** How many services match (in API mode, the server's total when it gives one). */
  readonly count: number;

  constructor(query: string, filters: Filters, count: number) {
    super(ResourceSearchEvent.eventName, { bubbles: true, composed: true });
    this.query = query;
    this.filters = filters;
    this.count = count;
  }
}

/** Fired each time a source has loaded and been read (every load, retries and API pages included). */
export class ResourceLoadEvent extends Event {
  static readonly eventName = 'cswb-resource-load';
  /** How many services the load gave. */
  readonly count: number;
  /** How many records of that load could not be read. */
  readonly skipped: number;

  constructor(count: number, skipped: number) {
    super(ResourceLoadEvent.eventName, { bubbles: true, composed: true });
    this.count = count;
    this.skipped = skipped;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cswb-search': ResourceSearchEvent;
    'cswb-resource-load': ResourceLoadEvent;
  }
}
