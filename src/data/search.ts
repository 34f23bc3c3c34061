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
// The combining-mark blocks of Latin, Greek and Cyrillic text. A plain character class is several
// times faster than \p{M} on the megabytes a large feed holds; marks of other scripts (Indic
// vowel signs) are part of their words and stay.
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

const fold = (lower: string): string =>
  lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[œæßøđłı]/g, (ch) => LIGATURES[ch] as string);

/**
 * Below this code (ASCII, Latin-1, Latin Extended A and B, IPA, spacing and combining marks)
 * the index folds characters through tables made once with NFD: String.prototype.normalize
 * costs far more per call than the characters it changes. LATIN is the folded lower case of
 * each character; CODES is 0 for a character that separates words, the one folded code, or -1
 * (ligature, mark) to read LATIN.
 */
const LATIN_END = 0x370;
const LATIN = Array.from({ length: LATIN_END }, (_, code) => fold(String.fromCharCode(code).toLowerCase()));
const CODES = Int32Array.from(LATIN, (folded, code) =>
  !WORD_CHAR.test(String.fromCharCode(code)) ? 0 : folded.length === 1 ? folded.charCodeAt(0) : -1,
);

/**
 * Text as the index compares it: lower case, accents removed (NFD, combining marks dropped),
 * ligatures spelled out (œ → oe, æ → ae). "Sécurité" and "SECURITE" both become "securite".
 */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  // Most text is plain ASCII: it needs no Unicode work.
  return /[^\0-\x7f]/.test(lower) ? fold(lower) : lower;
}

/** The words of normalised text: runs of letters, digits and marks; every UTF-16 surrogate (emoji, rare CJK) counts as a letter. */
const words = (normalized: string): string[] => normalized.match(/(?:[\p{L}\p{N}\p{M}]|[^\0-\uffff]|\p{Cs})+/gu) ?? [];

/** Field ranks, best first: name 0, alternate name 1, organisation 2, categories and areas 3, description 4. */
const NONE = 255;

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

/** The value an area or language filter uses: the normalised name. */
const facetValue = (label: string): string => normalizeText(label).replace(/\s+/g, ' ').trim();

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Builds the word list and its postings while indexing. Each word is folded (the tables above)
 * and hashed in one pass over the characters into a reused buffer, and looked up in an
 * open-addressing table that compares the buffer in place: a word already seen (nearly every
 * word of a large feed) costs no string at all. Only words with characters beyond the tables
 * (other scripts) go through `normalizeText`. This is most of what keeps indexing 10,000
 * services fast.
 *
 * A posting is `doc * 8 + rank` in one number: half the arrays, and the last resource of a
 * word is one shift away.
 */
class Vocabulary {
  readonly words: string[] = [];
  readonly postings: number[][] = [];
  private _table = new Int32Array(1 << 12);
  private _hashes: number[] = [];
  private _buffer = new Uint16Array(256);

  /** Adds every word of `text` for resource `doc` with field `rank`. */
  add(text: string, rank: number, doc: number): void {
    const length = text.length;
    // A folded character is at most two codes; other scripts' words go through NFD (up to four).
    if (this._buffer.length < length * 4) this._buffer = new Uint16Array(length * 4);
    const buffer = this._buffer;
    // One pass per word, then one step over the character that ends it.
    for (let i = 0; i < length; i++) {
      const start = i;
      let n = 0;
      let hash = FNV_OFFSET;
      let other = false;
      for (; i < length; i++) {
        const code = text.charCodeAt(i);
        const folded = code < LATIN_END ? (CODES[code] as number) : code >> 11 === 0x1b || WORD_CHAR.test(text[i] as string) ? -2 : 0;
        if (!folded) break;
        if (folded > 0) {
          buffer[n++] = folded;
          hash = Math.imul(hash ^ folded, FNV_PRIME);
        } else if (folded === -1) {
          const spelled = LATIN[code] as string;
          for (let k = 0; k < spelled.length; k++) {
            buffer[n++] = spelled.charCodeAt(k);
            hash = Math.imul(hash ^ (buffer[n - 1] as number), FNV_PRIME);
          }
        } else other = true;
      }
      if (!other) {
        if (n) this._posting(this._id(n, hash), rank, doc);
      } else {
        for (const word of words(normalizeText(text.slice(start, i)))) {
          hash = FNV_OFFSET;
          for (let k = 0; k < word.length; k++) {
            buffer[k] = word.charCodeAt(k);
            hash = Math.imul(hash ^ (buffer[k] as number), FNV_PRIME);
          }
          this._posting(this._id(word.length, hash), rank, doc);
        }
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

  /** The id of the word in the buffer's first `n` codes, added when new. */
  private _id(n: number, hash: number): number {
    const buffer = this._buffer;
    const mask = this._table.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = (this._table[slot] as number) - 1;
      if (entry < 0) break;
      const word = this.words[entry] as string;
      if (this._hashes[entry] === hash && word.length === n) {
        let k = 0;
        while (k < n && word.charCodeAt(k) === buffer[k]) k++;
        if (k === n) return entry;
      }
      slot = (slot + 1) & mask;
    }
    const id = this.words.length;
    let word = '';
    // In slices: a call takes only so many arguments.
    for (let k = 0; k < n; k += 8192) word += String.fromCharCode(...buffer.subarray(k, Math.min(n, k + 8192)));
    this.words.push(word);
    this._hashes.push(hash);
    this.postings.push([]);
    // Kept at most half full, so probe runs stay short.
    if (id * 2 < this._table.length) this._table[slot] = id + 1;
    else {
      const table = new Int32Array(this._table.length * 2);
      const wider = table.length - 1;
      this._hashes.forEach((h, i) => {
        let s = h & wider;
        while (table[s]) s = (s + 1) & wider;
        table[s] = i + 1;
      });
      this._table = table;
    }
    return id;
  }
}

type Counts = Map<string, { label: string; count: number }>;

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
  /** Per resource, its filter values. */
  private readonly _categories: string[][] = [];
  private readonly _areas: string[][] = [];
  private readonly _languages: string[][] = [];
  /** Per filter, value → first label and how many resources have it. */
  private readonly _counts: Counts[] = [new Map(), new Map(), new Map()];
  private _facets: Facets | null = null;

  /** Indexes `resources`; results keep their order for equal ranks. */
  constructor(resources: readonly Resource[]) {
    this._resources = resources;
    this.size = resources.length;
    const vocabulary = new Vocabulary();
    const [categories, areas, languages] = this._counts as [Counts, Counts, Counts];

    // Area, language and category names repeat across thousands of resources: normalise each once.
    const values = new Map<string, string>();
    const value = (label: string): string => {
      let normalized = values.get(label);
      if (normalized === undefined) values.set(label, (normalized = facetValue(label)));
      return normalized;
    };
    const count = (counts: Counts, value: string, label: string): void => {
      const entry = counts.get(value);
      if (entry) entry.count++;
      else counts.set(value, { label, count: 1 });
    };
    /** The distinct values of `labels`, each counted once for this resource under its first label. */
    const distinct = (counts: Counts, labels: string[]): string[] => {
      const seen: string[] = [];
      for (const label of labels) {
        const v = value(label);
        if (!seen.includes(v)) {
          seen.push(v);
          count(counts, v, label);
        }
      }
      return seen;
    };
    const add = (text: string | null, rank: number, doc: number): void => {
      if (text) vocabulary.add(text, rank, doc);
    };

    resources.forEach((resource, doc) => {
      add(resource.name, 0, doc);
      add(resource.alternateName, 1, doc);
      add(resource.organization, 2, doc);
      const cats = resource.categories.map((category) => {
        add(category.name, 3, doc);
        const v = category.id ?? value(category.name);
        count(categories, v, category.name);
        return v;
      });
      this._categories.push(cats);
      for (const area of resource.serviceAreas) add(area, 3, doc);
      add(resource.description, 4, doc);
      const cities: string[] = [];
      for (const address of resource.addresses) if (address.city) cities.push(address.city);
      this._areas.push(distinct(areas, cities.length ? [...resource.serviceAreas, ...cities] : resource.serviceAreas));
      this._languages.push(distinct(languages, resource.languages));
    });

    const list = vocabulary.words;
    const order = list.map((_, id) => id).sort((a, b) => ((list[a] as string) < (list[b] as string) ? -1 : 1));
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
    if (!terms.length) return this._resources.filter((_, doc) => accept(doc));

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
      if (first[doc] === NONE) continue;
      let worst = 0;
      let sum = 0;
      for (const ranks of best) {
        const rank = ranks[doc] as number;
        if (rank > worst) worst = rank;
        sum += rank;
      }
      if (worst !== NONE && accept(doc)) (buckets[worst * 64 + Math.min(sum, 63)] ??= []).push(doc);
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
    if (!list[low]?.startsWith(prefix)) return null;
    const best = new Uint8Array(this.size).fill(NONE);
    for (let i = low; list[i]?.startsWith(prefix); i++) {
      const postings = this._postings[i] as Int32Array;
      for (let j = 0; j < postings.length; j++) {
        const posting = postings[j] as number;
        const doc = posting >> 3;
        if ((posting & 7) < (best[doc] as number)) best[doc] = posting & 7;
      }
    }
    return best;
  }

  private _filter({ category, categories, area, language, freeOnly, age, openNow }: Filters, now: Date): (doc: number) => boolean {
    const resources = this._resources;
    const wanted = new Set(categories);
    const areaValue = area ? facetValue(area) : null;
    const languageValue = language ? facetValue(language) : null;
    return (doc) => {
      const resource = resources[doc] as Resource;
      const { minimumAge, maximumAge } = resource.eligibility;
      return (
        (!category || (this._categories[doc] as string[]).includes(category)) &&
        (!wanted.size || (this._categories[doc] as string[]).some((value) => wanted.has(value))) &&
        (areaValue === null || (this._areas[doc] as string[]).includes(areaValue)) &&
        (languageValue === null || (this._languages[doc] as string[]).includes(languageValue)) &&
        (!freeOnly || resource.free === true) &&
        (typeof age !== 'number' || !Number.isFinite(age) || ((minimumAge === null || age >= minimumAge) && (maximumAge === null || age <= maximumAge))) &&
        // Last: it is the dearest test, so it runs only on what the others let through.
        (!openNow || isOpenAt(resource.schedules, now) === true)
      );
    };
  }

  /**
   * The values the data holds for each filter, with counts over all resources, sorted by label
   * (locale-aware, accents ignored). Category values are taxonomy term ids when the feed has
   * them, else normalised names; area values (service areas and address cities) and language
   * values are normalised names. Pass a value back unchanged in `Filters`.
   */
  facets(): Facets {
    if (this._facets) return this._facets;
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    const [categories, areas, languages] = this._counts.map((counts) =>
      [...counts].map(([value, { label, count }]) => ({ value, label, count })).sort((a, b) => collator.compare(a.label, b.label)),
    ) as [FacetValue[], FacetValue[], FacetValue[]];
    const now = new Date();
    const resources = this._resources;
    this._facets = {
      categories,
      areas,
      languages,
      hasFree: resources.some((r) => r.free === true),
      hasSchedules: resources.some((r) => isOpenAt(r.schedules, now) !== null),
      hasAges: resources.some((r) => r.eligibility.minimumAge !== null || r.eligibility.maximumAge !== null),
    };
    return this._facets;
  }
}
