import type { Filters } from '../../data/resource.js';

/** What the reader sees chosen: the search text and every filter ('' and false mean "any"). */
export interface View {
  query: string;
  category: string;
  /** Any-of categories, set by a priority hand-over or by `search()`; the select then shows one summary option. */
  categories: string[];
  /** The priority whose categories are in `categories`, for the select's label and the URL. */
  priority: string | null;
  area: string;
  language: string;
  freeOnly: boolean;
  openNow: boolean;
  age: number | null;
}

export const EMPTY_VIEW: View = {
  query: '',
  category: '',
  categories: [],
  priority: null,
  area: '',
  language: '',
  freeOnly: false,
  openNow: false,
  age: null,
};

/** The filters of a view, with only the keys that are set. */
export function toFilters(view: View): Filters {
  const filters: Filters = {};
  if (view.category) filters.category = view.category;
  if (view.categories.length > 0) filters.categories = [...view.categories];
  if (view.area) filters.area = view.area;
  if (view.language) filters.language = view.language;
  if (view.freeOnly) filters.freeOnly = true;
  if (view.openNow) filters.openNow = true;
  if (view.age !== null) filters.age = view.age;
  return filters;
}

/** A view from `search(query, filters)` arguments; unknown or wrongly typed values are left out. */
export function fromFilters(query: unknown, filters: Filters = {}): View {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    query: text(query),
    category: text(filters.category),
    categories: Array.isArray(filters.categories) ? filters.categories.filter((c) => typeof c === 'string') : [],
    priority: null,
    area: text(filters.area),
    language: text(filters.language),
    freeOnly: filters.freeOnly === true,
    openNow: filters.openNow === true,
    age: toAge(filters.age),
  };
}

/** Whether anything narrows the list. */
export function isNarrowed(view: View): boolean {
  return JSON.stringify(view) !== JSON.stringify(EMPTY_VIEW);
}

/** An age from 0 to 130, or null. */
export function toAge(value: unknown): number | null {
  const age = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof age === 'number' && Number.isInteger(age) && age >= 0 && age <= 130 ? age : null;
}

// Query-string keys, after the prefix (`cswb-` or the element's id and a dash).
const KEYS = { query: 'q', category: 'category', priority: 'priority', area: 'area', language: 'lang', freeOnly: 'free', openNow: 'open', age: 'age' } as const;

/** The part of a view held in a query string, or null when the string holds none of its keys. */
export function readUrl(search: string, prefix: string): Partial<View> | null {
  const params = new URLSearchParams(search);
  if (!Object.values(KEYS).some((key) => params.has(prefix + key))) return null;
  const get = (key: string) => params.get(prefix + key) ?? '';
  return {
    query: get(KEYS.query),
    category: get(KEYS.category),
    priority: get(KEYS.priority) || null,
    area: get(KEYS.area),
    language: get(KEYS.language),
    freeOnly: get(KEYS.freeOnly) === '1',
    openNow: get(KEYS.openNow) === '1',
    age: toAge(get(KEYS.age)),
  };
}

/** `href` with the view written into its query string under `prefix`; other parameters are kept. */
export function writeUrl(href: string, prefix: string, view: View): string {
  const url = new URL(href);
  const values: Record<keyof typeof KEYS, string> = {
    query: view.query,
    category: view.category,
    priority: view.priority ?? '',
    area: view.area,
    language: view.language,
    freeOnly: view.freeOnly ? '1' : '',
    openNow: view.openNow ? '1' : '',
    age: view.age === null ? '' : String(view.age),
  };
  for (const [name, key] of Object.entries(KEYS) as [keyof typeof KEYS, string][]) {
    if (values[name]) url.searchParams.set(prefix + key, values[name]);
    else url.searchParams.delete(prefix + key);
  }
  return url.href;
}
