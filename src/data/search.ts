/**
 * The finder's search: accent- and case-insensitive, every word must match (as a word prefix,
 * so results follow the user's typing), ranked by the field that matched.
 *
 * The index is a sorted array of the distinct words in the data, each with a posting list of
 * (resource, best field) in typed arrays. A query word is a binary search for the first word
 * with that prefix and a walk along the neighbours that share it; the matched resources of each
 * word are intersected. No per-resource copies of the text are kept, which holds the index well
 * under the size of the resources themselves.
 */
import type { Filters, Resource } from './resource.js';
import { isOpenAt } from './schedule.js';

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };
const LIGATURE = /[œæßøđłı]/g;
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Text as the index compares it: lower case, accents removed (NFD, combining marks dropped),
 * ligatures spelled out (œ → oe, æ → ae). "Sécurité" and "SECURITE" both become "securite".
 */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  // Most text is plain ASCII; skip the Unicode work for it (it is most of the indexing time).
  if (!NON_ASCII.test(lower)) return lower;
  // Latin letters with accents and common punctuation come from a table made with NFD once:
  // String.prototype.normalize costs far more per call than the characters it changes.
  let out = '';
  let last = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 128) continue;
    const folded = code <= LATIN_END ? LATIN[code - 128] : code >= 0x2000 && code < 0x2070 ? PUNCTUATION[code - 0x2000] : undefined;
    if (folded === undefined) return fold(lower);
    out += lower.slice(last, i) + folded;
    last = i + 1;
  }
  return out + lower.slice(last);
}

function fold(lower: string): string {
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(LIGATURE, (ch) => LIGATURES[ch] ?? ch);
}

// The combining-mark blocks of Latin, Greek and Cyrillic text. A plain character class is several
// times faster than \p{M} on the megabytes a large feed holds; marks of other scripts (Indic
// vowel signs) are part of their words and stay.
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Last code of the table below: Latin-1, Latin Extended A and B, IPA, spacing and combining marks. */
const LATIN_END = 0x36f;
const LATIN = Array.from({ length: LATIN_END - 127 }, (_, i) => fold(String.fromCharCode(i + 128)).toLowerCase());
const PUNCTUATION = Array.from({ length: 0x70 }, (_, i) => fold(String.fromCharCode(i + 0x2000)).toLowerCase());

/**
 * The words of normalised text: runs of letters and digits. A char-code loop, because a Unicode
 * regex over every description was most of the indexing time; only non-ASCII characters (rare
 * once accents are gone) ask the regex.
 */
function words(normalized: string): string[] {
  const out: string[] = [];
  let start = -1;
  const length = normalized.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? normalized.charCodeAt(i) : 32;
    const isWord =
      (code >= 97 && code <= 122) ||
      (code >= 48 && code <= 57) ||
      (code > 127 && (code < 0xd800 || code > 0xdfff ? WORD_CHAR.test(normalized[i] as string) : true));
    if (isWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(normalized.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** Field ranks, best first: a match in the name outranks one in the description. */
const Rank = { Name: 0, AlternateName: 1, Organization: 2, Terms: 3, Description: 4, None: 255 } as const;
type Rank = (typeof Rank)[keyof typeof Rank];

/** A facet entry: `value` goes back in `Filters`, `label` is shown, `count` resources have it. */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

/** What the data holds, for building the filter controls. */
export interface Facets {
  categories: FacetValue[];
  areas: FacetValue[];
  languages: FacetValue[];
  hasFree: boolean;
  hasSchedules: boolean;
  hasAges: boolean;
}

/**
 * The value a category filter uses: the taxonomy term id when the feed gives one (the same id
 * the HSDS API takes as `taxonomy_term_id`), else the normalised name.
 */
export function categoryValue(category: { id: string | null; name: string }): string {
  return category.id ?? facetValue(category.name);
}

/** The value an area or language filter uses: the normalised name. */
export const facetValue = (label: string): string => normalizeText(label).replace(/\s+/g, ' ').trim();

// For each ASCII code: 0 when it separates words, else the lower-case code of the letter or digit.
const ASCII = new Uint8Array(128);
for (let code = 48; code <= 57; code++) ASCII[code] = code;
for (let code = 97; code <= 122; code++) ASCII[code] = code;
for (let code = 65; code <= 90; code++) ASCII[code] = code + 32;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Builds the word list and its postings while indexing. Words are found and hashed in one pass
 * over the characters and looked up in an open-addressing table that compares characters in
 * place, so a plain-ASCII word already seen (nearly every word of a large feed) costs no string
 * allocation, no string hashing and no Unicode normalisation; only words with other characters
 * (accents) take the slow path through `normalizeText`. This is most of what keeps indexing
 * 10,000 services fast.
 *
 * A posting is `doc * 8 + rank` in one number: half the arrays, and the last resource of a
 * word is one shift away.
 */
class Vocabulary {
  readonly words: string[] = [];
  readonly postings: number[][] = [];
  private _table = new Int32Array(1 << 12);
  private _hashes: number[] = [];

  /** Adds every word of `text` for resource `doc` with field `rank`. */
  add(text: string, rank: number, doc: number): void {
    const length = text.length;
    let start = -1;
    let hash = 0;
    let plain = true;
    for (let i = 0; i <= length; i++) {
      const code = i < length ? text.charCodeAt(i) : 32;
      let folded = 0;
      if (code < 128) folded = ASCII[code] as number;
      else if (code >= 0xd800 && code <= 0xdfff) folded = code;
      else if (WORD_CHAR.test(text[i] as string)) folded = code;
      if (folded !== 0) {
        if (start < 0) {
          start = i;
          hash = FNV_OFFSET;
          plain = true;
        }
        if (code >= 128) plain = false;
        hash = Math.imul(hash ^ folded, FNV_PRIME);
      } else if (start >= 0) {
        if (plain) this._posting(this._id(text, start, i, hash), rank, doc);
        else for (const word of words(normalizeText(text.slice(start, i)))) this._posting(this._idOf(word), rank, doc);
        start = -1;
      }
    }
  }

  private _posting(id: number, rank: number, doc: number): void {
    const list = this.postings[id] as number[];
    const last = list.length - 1;
    // Resources are added in order, so a repeat of this word in the same resource is the last entry.
    if (last >= 0 && (list[last] as number) >> 3 === doc) {
      if (rank < ((list[last] as number) & 7)) list[last] = doc * 8 + rank;
    } else {
      list.push(doc * 8 + rank);
    }
  }

  private _idOf(word: string): number {
    let hash = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
    return this._id(word, 0, word.length, hash);
  }

  /** The id of the word text[start, end) (ASCII capitals folded), added when new. */
  private _id(text: string, start: number, end: number, hash: number): number {
    const mask = this._table.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = (this._table[slot] as number) - 1;
      if (entry < 0) break;
      if (this._hashes[entry] === hash && same(this.words[entry] as string, text, start, end)) return entry;
      slot = (slot + 1) & mask;
    }
    const id = this.words.length;
    this.words.push(text.slice(start, end).toLowerCase());
    this._hashes.push(hash);
    this.postings.push([]);
    // Kept at most half full, so probe runs stay short.
    if (id * 2 >= this._table.length) this._rehash(this._table.length * 2);
    else this._table[slot] = id + 1;
    return id;
  }

  private _rehash(size: number): void {
    const table = new Int32Array(size);
    const mask = size - 1;
    this._hashes.forEach((hash, id) => {
      let slot = hash & mask;
      while ((table[slot] as number) !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    });
    this._table = table;
  }
}

/** Whether `word` equals text[start, end), ASCII capitals folded. */
function same(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) {
    let code = text.charCodeAt(start + i);
    if (code >= 65 && code <= 90) code += 32;
    if (code !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * An in-memory index over resources.
 *
 * @example
 * const { resources } = parseHsds(json);
 * const index = new SearchIndex(resources);
 * index.search('sante mentale', { area: 'oakville', freeOnly: true });
 */
export class SearchIndex {
  /** How many resources the index holds. */
  readonly size: number;

  private readonly _resources: readonly Resource[];
  /** Distinct words, sorted by UTF-16 code unit (the order `<` compares in). */
  private readonly _words: string[];
  /** Per word, its postings `doc * 8 + rank`, by resource. */
  private readonly _postings: Int32Array[];
  private readonly _categories: string[][];
  private readonly _areas: string[][];
  private readonly _languages: string[][];
  private _facets: Facets | null = null;

  /** Indexes `resources`; results keep their order for equal ranks. */
  constructor(resources: readonly Resource[]) {
    this._resources = resources;
    this.size = resources.length;
    const vocabulary = new Vocabulary();
    this._categories = [];
    this._areas = [];
    this._languages = [];

    // Area, language and category names repeat across thousands of resources: normalise each once.
    const values = new Map<string, string>();
    const value = (label: string): string => {
      let normalized = values.get(label);
      if (normalized === undefined) {
        normalized = facetValue(label);
        values.set(label, normalized);
      }
      return normalized;
    };
    const add = (text: string | null, rank: Rank, doc: number): void => {
      if (text) vocabulary.add(text, rank, doc);
    };

    resources.forEach((resource, doc) => {
      add(resource.name, Rank.Name, doc);
      add(resource.alternateName, Rank.AlternateName, doc);
      add(resource.organization, Rank.Organization, doc);
      for (const category of resource.categories) add(category.name, Rank.Terms, doc);
      for (const area of resource.serviceAreas) add(area, Rank.Terms, doc);
      add(resource.description, Rank.Description, doc);

      this._categories.push(resource.categories.map((category) => category.id ?? value(category.name)));
      const areas = new Set(resource.serviceAreas.map(value));
      for (const address of resource.addresses) if (address.city) areas.add(value(address.city));
      this._areas.push([...areas]);
      this._languages.push(resource.languages.map(value));
    });

    const order = vocabulary.words.map((_, id) => id);
    const list = vocabulary.words;
    order.sort((a, b) => ((list[a] as string) < (list[b] as string) ? -1 : (list[a] as string) > (list[b] as string) ? 1 : 0));
    this._words = order.map((id) => list[id] as string);
    this._postings = order.map((id) => Int32Array.from(vocabulary.postings[id] as number[]));
  }

  /**
   * Resources matching every word of `query` (each as a word prefix) and every filter, best
   * field first (name, alternate name, organisation, categories and areas, description), ties
   * in data order. An empty query returns every resource the filters allow, in data order.
   * `now` is the instant "open now" is evaluated at.
   */
  search(query: string, filters: Filters = {}, now: Date = new Date()): Resource[] {
    const terms = [...new Set(words(normalizeText(query ?? '')))];
    const accept = this._filter(filters, now);
    if (terms.length === 0) return this._resources.filter((_, doc) => accept(doc));

    // Rarest-looking word first would be a refinement; with typed arrays the plain pass is fast enough.
    const best: Uint8Array[] = [];
    for (const term of terms) {
      const found = this._match(term);
      if (!found) return [];
      best.push(found);
    }

    // Sort key: the worst field any word matched in, then the sum over words; a counting sort
    // by that small integer is stable, so equal ranks keep the data order.
    const buckets: number[][] = [];
    const first = best[0] as Uint8Array;
    for (let doc = 0; doc < this.size; doc++) {
      if (first[doc] === Rank.None) continue;
      let worst = 0;
      let sum = 0;
      let matched = true;
      for (const ranks of best) {
        const rank = ranks[doc] as number;
        if (rank === Rank.None) {
          matched = false;
          break;
        }
        if (rank > worst) worst = rank;
        sum += rank;
      }
      if (!matched || !accept(doc)) continue;
      const key = worst * 64 + Math.min(sum, 63);
      (buckets[key] ??= []).push(doc);
    }
    const results: Resource[] = [];
    for (const bucket of buckets) if (bucket) for (const doc of bucket) results.push(this._resources[doc] as Resource);
    return results;
  }

  /** Per resource, the best field rank among the words starting with `prefix`, or null when none does. */
  private _match(prefix: string): Uint8Array | null {
    const list = this._words;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((list[mid] as string) < prefix) low = mid + 1;
      else high = mid;
    }
    if (low >= list.length || !(list[low] as string).startsWith(prefix)) return null;
    const best = new Uint8Array(this.size).fill(Rank.None);
    for (let i = low; i < list.length && (list[i] as string).startsWith(prefix); i++) {
      const postings = this._postings[i] as Int32Array;
      for (let j = 0; j < postings.length; j++) {
        const posting = postings[j] as number;
        const doc = posting >> 3;
        const rank = posting & 7;
        if (rank < (best[doc] as number)) best[doc] = rank;
      }
    }
    return best;
  }

  private _filter(filters: Filters, now: Date): (doc: number) => boolean {
    const tests: ((doc: number) => boolean)[] = [];
    const resources = this._resources;
    if (filters.category) {
      const wanted = filters.category;
      tests.push((doc) => (this._categories[doc] as string[]).includes(wanted));
    }
    if (filters.categories && filters.categories.length > 0) {
      const wanted = new Set(filters.categories);
      tests.push((doc) => (this._categories[doc] as string[]).some((value) => wanted.has(value)));
    }
    if (filters.area) {
      const wanted = facetValue(filters.area);
      tests.push((doc) => (this._areas[doc] as string[]).includes(wanted));
    }
    if (filters.language) {
      const wanted = facetValue(filters.language);
      tests.push((doc) => (this._languages[doc] as string[]).includes(wanted));
    }
    if (filters.freeOnly) tests.push((doc) => (resources[doc] as Resource).free === true);
    if (typeof filters.age === 'number' && Number.isFinite(filters.age)) {
      const age = filters.age;
      tests.push((doc) => {
        const { minimumAge, maximumAge } = (resources[doc] as Resource).eligibility;
        return (minimumAge === null || age >= minimumAge) && (maximumAge === null || age <= maximumAge);
      });
    }
    // Last: it is the dearest test, so it runs only on what the others let through.
    if (filters.openNow) tests.push((doc) => isOpenAt((resources[doc] as Resource).schedules, now) === true);
    return (doc) => tests.every((test) => test(doc));
  }

  /**
   * The values the data holds for each filter, with counts over all resources, sorted by label
   * (locale-aware, accents ignored). Category values are taxonomy term ids when the feed has
   * them, else normalised names; area values (service areas and address cities) and language
   * values are normalised names. Pass a value back unchanged in `Filters`.
   */
  facets(): Facets {
    if (this._facets) return this._facets;
    const collect = (labels: Map<string, { label: string; count: number }>, value: string, label: string): void => {
      const entry = labels.get(value);
      if (entry) entry.count++;
      else labels.set(value, { label, count: 1 });
    };
    const categories = new Map<string, { label: string; count: number }>();
    const areas = new Map<string, { label: string; count: number }>();
    const languages = new Map<string, { label: string; count: number }>();
    let hasFree = false;
    let hasSchedules = false;
    let hasAges = false;
    this._resources.forEach((resource, doc) => {
      resource.categories.forEach((category, i) => collect(categories, (this._categories[doc] as string[])[i] as string, category.name));
      const areaLabels = new Map<string, string>();
      for (const area of resource.serviceAreas) if (!areaLabels.has(facetValue(area))) areaLabels.set(facetValue(area), area);
      for (const address of resource.addresses) {
        if (address.city && !areaLabels.has(facetValue(address.city))) areaLabels.set(facetValue(address.city), address.city);
      }
      for (const [value, label] of areaLabels) collect(areas, value, label);
      new Map(resource.languages.map((language) => [facetValue(language), language])).forEach((label, value) =>
        collect(languages, value, label),
      );
      if (resource.free === true) hasFree = true;
      if (resource.eligibility.minimumAge !== null || resource.eligibility.maximumAge !== null) hasAges = true;
      if (!hasSchedules && isOpenAt(resource.schedules, new Date()) !== null) hasSchedules = true;
    });
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    const sorted = (map: Map<string, { label: string; count: number }>): FacetValue[] =>
      [...map].map(([value, { label, count }]) => ({ value, label, count })).sort((a, b) => collator.compare(a.label, b.label));
    this._facets = {
      categories: sorted(categories),
      areas: sorted(areas),
      languages: sorted(languages),
      hasFree,
      hasSchedules,
      hasAges,
    };
    return this._facets;
  }
}
