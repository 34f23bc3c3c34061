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

const whole = (n: number | undefined, max: number): string | undefined =>
  typeof n === 'number' && n >= 1 && n < Infinity ? String(Math.min(Math.floor(n), max)) : undefined;

/**
 * `<base>/services?…`. `search`, `taxonomy_term_id`, `page` and `per_page` are standard query
 * parameters of the HSDS 3.0 API's `/services` endpoint; `language` and `service_area` are our
 * extensions (sent only when set; a server that does not know them ignores them). Query
 * parameters already on `base` (an API key, say) are kept.
 */
export function buildApiUrl(base: string, query: ApiQuery): string {
  const [, path, search] = /^([^?#]*)\??([^#]*)/.exec(base) as RegExpExecArray;
  const params = new URLSearchParams(search);
  const values: [string, string | undefined][] = [
    ['search', query.search],
    ['taxonomy_term_id', query.taxonomyTermId],
    ['page', whole(query.page, Number.MAX_SAFE_INTEGER)],
    ['per_page', whole(query.perPage, 1000)],
    ['language', query.language],
    ['service_area', query.area],
  ];
  for (const [name, value] of values) if (value?.trim()) params.set(name, value.trim());
  const text = `${params}`;
  return `${path!.replace(/\/+$/, '')}/services${text && `?${text}`}`;
}

/** Fetches and parses one page of `/services`; rejects with a `LoadError` like `loadJson`. */
export async function fetchServicesPage(base: string, query: ApiQuery, options?: LoadOptions): Promise<ParseResult> {
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
    const controller = (this._controller = new AbortController());
    // A task that ignores its signal can still finish late: its answer is stale all the same.
    const stale = (error?: unknown): never => {
      throw controller.signal.aborted && !(error instanceof LoadError) ? new LoadError('aborted', 'Superseded.') : error;
    };
    return task(controller.signal)
      .then((value) => (controller.signal.aborted ? stale() : value), stale)
      .finally(() => {
        if (this._controller === controller) this._controller = null;
      });
  }

  /** Aborts the running task, if any. */
  abort(): void {
    this._controller?.abort();
    this._controller = null;
  }
}
