import type { Filters } from '../../data/resource.js';

/** What the reader sees chosen: the search text and every filter ('' and false mean "any"). */
export interface View {
  query: string;
  category: string;
  /** Any-of categories, set by a priority hand-over or by `search()`; the select then shows one summary option. */
  categories: string[];
  /** The priority whose categories are in `categories`, for the select's label and the URL ('' for none). */
  priority: string;
  area: string;
  language: string;
  freeOnly: boolean;
  openNow: boolean;
  /** The age as typed: the input's own text, so that the box and the view never disagree; `toFilters` reads it. */
  age: string;
}

export const EMPTY_VIEW: View = {
  query: '',
  category: '',
  categories: [],
  priority: '',
  area: '',
  language: '',
  freeOnly: false,
  openNow: false,
  age: '',
};

/** The filters of a view, with only the keys that are set (copies). */
export function toFilters({ query, priority, age, ...rest }: View): Filters {
  return Object.fromEntries(
    Object.entries({ ...rest, age: toAge(age) })
      .filter(([, value]) => value !== false && value !== null && String(value) !== '')
      .map(([key, value]) => [key, Array.isArray(value) ? [...value] : value]),
  );
}

/** A view from `search(query, filters)` arguments; unknown or wrongly typed values are left out. */
export function fromFilters(query: unknown, filters: Filters = {}): View {
  const given: Record<string, unknown> = { ...filters, query };
  const view: Record<string, unknown> = {
    ...EMPTY_VIEW,
    categories: Array.isArray(filters.categories) ? filters.categories.filter((c) => typeof c === 'string') : [],
    age: String(toAge(filters.age) ?? ''),
  };
  for (const key of ['query', 'category', 'area', 'language', 'freeOnly', 'openNow'] as const) {
    if (typeof given[key] === typeof EMPTY_VIEW[key]) view[key] = given[key];
  }
  return view as unknown as View;
}

/** Whether anything narrows the list. */
export const isNarrowed = (view: View): boolean => JSON.stringify(view) !== JSON.stringify(EMPTY_VIEW);

/** An age from 0 to 130, or null. */
export function toAge(value: unknown): number | null {
  const age = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof age === 'number' && Number.isInteger(age) && age >= 0 && age <= 130 ? age : null;
}

// Query-string keys of the view, after the prefix (`cswb-` or the element's id and a dash); true is '1'.
const KEYS = { query: 'q', category: 'category', priority: 'priority', area: 'area', language: 'lang', freeOnly: 'free', openNow: 'open', age: 'age' } as const;
const entries = Object.entries(KEYS) as [keyof typeof KEYS, string][];

/** Whether two views agree on everything a query string holds. */
export const sameInUrl = (a: View, b: View): boolean => entries.every(([name]) => a[name] === b[name]);

/** The part of a view held in a query string, or null when the string holds none of its keys. */
export function readUrl(search: string, prefix: string): Partial<View> | null {
  const params = new URLSearchParams(search);
  if (!entries.some(([, key]) => params.has(prefix + key))) return null;
  return Object.fromEntries(
    entries.map(([name, key]) => {
      const text = params.get(prefix + key) ?? '';
      return [name, typeof EMPTY_VIEW[name] === 'boolean' ? text === '1' : text];
    }),
  );
}

/** `href` with the view written into its query string under `prefix`; other parameters are kept. */
export function writeUrl(href: string, prefix: string, view: View): string {
  const url = new URL(href);
  for (const [name, key] of entries) {
    const value = view[name];
    const text = value === true ? '1' : value || '';
    if (text) url.searchParams.set(prefix + key, text);
    else url.searchParams.delete(prefix + key);
  }
  return url.href;
}
