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

/** Trie nodes below this id find their a–z and 0–9 children in a dense table: one read per character. */
const DENSE = 4096;
/** A folded code's column in the dense table (a–z 0–25, 0–9 26–35); 36, a column never filled, for the rest. */
const COLUMN = Int8Array.from({ length: 128 }, (_, code) => (code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? code - 22 : 36));

/**
 * Builds the word list and its postings while indexing, as a trie walked one folded character
 * at a time: each character (folded through the tables above) is one probe of an
 * open-addressing table keyed by (node, code), so a word already seen (nearly every word of a
 * large feed) costs neither a string nor a hash and compare of the whole word. A node that ends
 * a word holds the word's id. Only words with characters beyond the tables (other scripts) go
 * through `normalizeText`. The trie lives only while the index is built.
 *
 * A posting is `doc * 8 + rank` in one number: half the arrays, and the last resource of a
 * word is one shift away.
 */
class Vocabulary {
  readonly words: string[] = [];
  readonly postings: number[][] = [];
  /** Per node below DENSE and column: the child node + 1, or 0 (about 600 KB, for the build only). */
  private _dense = new Int32Array(DENSE * 37);
  /** Per slot: the child node + 1 (0 is an empty slot), its parent node and the code leading to it. */
  private _children = new Int32Array(1 << 12);
  private _parents = new Int32Array(1 << 12);
  private _codes = new Uint16Array(1 << 12);
  /** 32 minus the table's bit width: a multiplicative hash keeps the product's top bits. */
  private _shift = 20;
  /** Entries in the hashed table. */
  private _hashed = 0;
  /** Per node: its parent, its code, and its word's id + 1 (0: no word ends there). Node 0 is the root. */
  private _nodeParent: number[] = [0];
  private _nodeCode: number[] = [0];
  private _nodeWord: number[] = [0];

  /** Adds every word of `text` for resource `doc` with field `rank`. */
  add(text: string, rank: number, doc: number): void {
    const length = text.length;
    const dense = this._dense;
    let node = 0;
    let start = 0;
    let other = false;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      const folded = code < LATIN_END ? (CODES[code] as number) : -2;
      if (folded > 0) {
        // The common case inline: a known a–z or 0–9 child of a dense node.
        const child = node < DENSE && folded < 128 ? (dense[node * 37 + (COLUMN[folded] as number)] as number) | 0 : 0;
        node = child > 0 ? child - 1 : this._child(node, folded);
      } else if (folded === -1) {
        const spelled = LATIN[code] as string;
        for (let k = 0; k < spelled.length; k++) node = this._child(node, spelled.charCodeAt(k));
      } else if (folded === -2 && (code >> 11 === 0x1b || WORD_CHAR.test(text[i] as string))) other = true;
      else {
        // A separator ends the word that began at `start`.
        if (other) this._other(text.slice(start, i), rank, doc);
        else if (node) this._posting(node, rank, doc);
        node = 0;
        other = false;
        start = i + 1;
      }
    }
    if (other) this._other(text.slice(start), rank, doc);
    else if (node) this._posting(node, rank, doc);
  }

  /** A word with characters of other scripts: folded with NFD, and split where that leaves separators. */
  private _other(text: string, rank: number, doc: number): void {
    for (const word of words(normalizeText(text))) {
      let node = 0;
      for (let k = 0; k < word.length; k++) node = this._child(node, word.charCodeAt(k));
      this._posting(node, rank, doc);
    }
  }

  /** The node reached from `node` by `code`, added when new. */
  private _child(node: number, code: number): number {
    const column = code < 128 && node < DENSE ? (COLUMN[code] as number) : 36;
    if (column < 36) {
      const cell = node * 37 + column;
      const child = (this._dense[cell] as number) - 1;
      if (child >= 0) return child;
      const id = this._node(node, code);
      this._dense[cell] = id + 1;
      return id;
    }
    const mask = this._children.length - 1;
    let slot = Math.imul(node * 0x10000 + code, 0x9e3779b1) >>> this._shift;
    for (;;) {
      const child = this._children[slot] as number;
      if (!child) break;
      if (this._parents[slot] === node && this._codes[slot] === code) return child - 1;
      slot = (slot + 1) & mask;
    }
    const id = this._node(node, code);
    this._children[slot] = id + 1;
    this._parents[slot] = node;
    this._codes[slot] = code;
    // Kept at most half full, so probe runs stay short.
    if (++this._hashed * 2 > mask) this._grow();
    return id;
  }

  private _node(parent: number, code: number): number {
    this._nodeParent.push(parent);
    this._nodeCode.push(code);
    this._nodeWord.push(0);
    return this._nodeParent.length - 1;
  }

  private _grow(): void {
    const [children, parents, codes] = [this._children, this._parents, this._codes];
    const size = children.length * 2;
    this._shift--;
    this._children = new Int32Array(size);
    this._parents = new Int32Array(size);
    this._codes = new Uint16Array(size);
    for (let s = 0; s < children.length; s++) {
      if (!children[s]) continue;
      let slot = Math.imul((parents[s] as number) * 0x10000 + (codes[s] as number), 0x9e3779b1) >>> this._shift;
      while (this._children[slot]) slot = (slot + 1) & (size - 1);
      this._children[slot] = children[s] as number;
      this._parents[slot] = parents[s] as number;
      this._codes[slot] = codes[s] as number;
    }
  }

  /** Records that the word ending at `node` occurs in resource `doc`, field `rank`. */
  private _posting(node: number, rank: number, doc: number): void {
    let id = (this._nodeWord[node] as number) - 1;
    if (id < 0) {
      id = this.words.length;
      this._nodeWord[node] = id + 1;
      const codes: number[] = [];
      for (let n = node; n; n = this._nodeParent[n] as number) codes.push(this._nodeCode[n] as number);
      let word = '';
      // In slices: a call takes only so many arguments.
      for (let k = codes.length; k > 0; k -= 8192) word += String.fromCharCode(...codes.slice(Math.max(0, k - 8192), k).reverse());
      this.words.push(word);
      this.postings.push([]);
    }
    const list = this.postings[id] as number[];
    const last = list.length - 1;
    // Resources are added in order, so a repeat of this word in the same resource is the last entry.
    if (last >= 0 && (list[last] as number) >> 3 === doc) {
      if (rank < ((list[last] as number) & 7)) list[last] = doc * 8 + rank;
    } else {
      list.push(doc * 8 + rank);
    }
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
