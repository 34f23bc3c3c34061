/**
 * The HSDS API mode: the finder sends its search and filters to a directory's server and shows
 * the pages it returns, for directories too large to load into a browser.
 */
import { parseHsds } from './hsds.js';
import { loadJson, LoadError, type LoadOptions } from './load.js';
import type { ParseResult } from './resource.js';

/** One request to `/services`; unset fields are left out of the URL. */
export interface ApiQuery {
  search?: string;
  /** A taxonomy term id (the category filter's value). */
  taxonomyTermId?: string;
  /** 1-based page number. */
  page?: number;
  perPage?: number;
  /** Extension: language name or code. */
  language?: string;
  /** Extension: service area or city name. */
  area?: string;
}

/**
 * `<base>/services?…`. `search`, `taxonomy_term_id`, `page` and `per_page` are standard query
 * parameters of the HSDS 3.0 API's `/services` endpoint; `language` and `service_area` are our
 * extensions (sent only when set; a server that does not know them ignores them). Query
 * parameters already on `base` (an API key, say) are kept.
 */
export function buildApiUrl(base: string, query: ApiQuery): string {
  const hash = base.indexOf('#');
  const withoutHash = hash >= 0 ? base.slice(0, hash) : base;
  const mark = withoutHash.indexOf('?');
  const path = (mark >= 0 ? withoutHash.slice(0, mark) : withoutHash).replace(/\/+$/, '');
  const params = new URLSearchParams(mark >= 0 ? withoutHash.slice(mark + 1) : '');
  const set = (name: string, value: string | undefined): void => {
    const text = value?.trim();
    if (text) params.set(name, text);
  };
  set('search', query.search);
  set('taxonomy_term_id', query.taxonomyTermId);
  const whole = (n: number | undefined, max: number): string | undefined =>
    typeof n === 'number' && Number.isFinite(n) && n >= 1 ? String(Math.min(Math.floor(n), max)) : undefined;
  set('page', whole(query.page, Number.MAX_SAFE_INTEGER));
  set('per_page', whole(query.perPage, 1000));
  set('language', query.language);
  set('service_area', query.area);
  const search = params.toString();
  return `${path}/services${search ? `?${search}` : ''}`;
}

/** Fetches and parses one page of `/services`; rejects with a `LoadError` like `loadJson`. */
export async function fetchServicesPage(base: string, query: ApiQuery, options: LoadOptions = {}): Promise<ParseResult> {
  return parseHsds(await loadJson(buildApiUrl(base, query), options));
}

/**
 * Runs one request at a time: starting a new one aborts the previous, so a slow answer to an
 * old query can never overwrite the results of a newer one (it rejects with kind 'aborted').
 *
 * @example
 * const latest = new LatestOnly();
 * const page = await latest.run((signal) => fetchServicesPage(base, { search }, { signal }));
 */
export class LatestOnly {
  private _controller: AbortController | null = null;

  /** Aborts the running task, if any, and starts `task` with a fresh signal. */
  run<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T> {
    this.abort();
    const controller = new AbortController();
    this._controller = controller;
    return task(controller.signal).then(
      (value) => {
        // A task that ignores its signal can still finish late: its answer is stale all the same.
        if (controller.signal.aborted) throw new LoadError('aborted', 'Superseded by a newer request.');
        return value;
      },
      (error: unknown) => {
        throw controller.signal.aborted && !(error instanceof LoadError)
          ? new LoadError('aborted', 'Superseded by a newer request.')
          : error;
      },
    ).finally(() => {
      if (this._controller === controller) this._controller = null;
    });
  }

  /** Aborts the running task, if any. */
  abort(): void {
    this._controller?.abort();
    this._controller = null;
  }
}
