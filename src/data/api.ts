/**
 * The HSDS API mode: the finder sends its search and filters to a directory's server and shows
 * the pages it returns, for directories too large to load into a browser.
 */
import { parseHsds } from './hsds.js';
import { loadJson, type LoadOptions } from './load.js';
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
