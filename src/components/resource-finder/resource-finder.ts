import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { LocalizeController } from '../../controllers/localize.js';
import { fetchServicesPage } from '../../data/api.js';
import { parseHsds } from '../../data/hsds.js';
import { LoadError, loadJson, parseJsonText } from '../../data/load.js';
import { DEFAULT_PRIORITY_CATEGORIES } from '../../data/priorities.js';
import type { Filters, ParseResult, Resource } from '../../data/resource.js';
import { hoursOn, isOpenAt } from '../../data/schedule.js';
import { SearchIndex } from '../../data/search.js';
import { resourceFinderMessages } from '../../i18n/resource-finder.js';
import { mailtoUrl, safeHttpUrl } from '../../internal/safe-url.js';
import { warnOnce } from '../../internal/warn.js';
import { sharedStyles } from '../../styles/shared.js';
import { ResourceLoadEvent, ResourceSearchEvent } from './events.js';
import { LONG_DESCRIPTION, addressText, allDay, formatDate, formatTime, mapUrl, shorten, uniqueById } from './finder-format.js';
import { EMPTY_VIEW, fromFilters, isNarrowed, readUrl, toAge, toFilters, writeUrl, type View } from './finder-state.js';
import { styles } from './resource-finder.styles.js';

type Status = 'loading' | 'ready' | 'error' | 'none';
type Change = 'type' | 'commit' | 'code' | 'handover' | 'restore';
type Facets = ReturnType<SearchIndex['facets']>;
type FacetName = 'category' | 'area' | 'language';
type Key = keyof (typeof resourceFinderMessages)['en'];

const HEADINGS: Record<number, StaticValue> = Object.fromEntries([2, 3, 4, 5, 6].map((n) => [n, unsafeStatic(`h${n}`)]));
const NO_FACETS: Facets = { categories: [], areas: [], languages: [], hasFree: false, hasSchedules: false, hasAges: false };
/** Typing waits this long before an API request. */
const API_DEBOUNCE = 250;
/** The live count is announced this long after the last change, so a screen reader is not flooded while typing. */
const ANNOUNCE_DELAY = 500;

/**
 * A searchable, filterable list of community services, read from an HSDS 3.0 feed (a JSON file,
 * inline JSON, a property or an HSDS API). Results are real text in the page (no virtual
 * scrolling), in pages with a "Show more" button, and every state (loading, empty, error, partial
 * data) is announced to screen readers.
 *
 * Sources, one at a time, by precedence: the `services` property, then `api`, then `src`, then a
 * `<script type="application/json">` child (read when the element connects, and again on Retry).
 * No source shows a short message saying how to configure one. The finder requests nothing but the
 * configured source.
 *
 * In API mode (`api`), the search text, category (sent as `taxonomy_term_id`), area and language
 * go to the server; typing waits 250 ms, a newer request aborts the older one, and "Show more"
 * appends the next page. The free, open-now and age filters need the whole list, so they are
 * offered only for files, inline JSON and the property.
 *
 * A priority card hands over with `finder.setAttribute('priority', id)` then `finder.focus()`: the
 * view starts afresh, filtered to the priority's categories (`priority-categories`), and the
 * category select shows one option naming the priority ("Mental health and addictions
 * (priority)"), so sighted and screen-reader users see what is applied; choosing "All categories"
 * or "Clear search and filters" removes it. `focus()` moves focus to the result count.
 *
 * @summary Search and filter community services from an HSDS feed or API.
 *
 * @slot emergency - Replaces the emergency line at the top ("In an emergency, call 911.").
 *
 * @csspart base - The wrapper of everything.
 * @csspart emergency - The default emergency line.
 * @csspart search - The search box and its label.
 * @csspart filters - The fieldset of filters.
 * @csspart count - The visible count ("12 services found"); `focus()` lands here.
 * @csspart results - The list of results.
 * @csspart result - Each result (a list item holding an article).
 * @csspart result-heading - The name of each service.
 * @csspart show-more - The "Show more" button.
 * @csspart error - The error message and its Retry button, or the "no source" message.
 * @csspart empty - The "no services match" message and its Clear button.
 *
 * @cssprop --cswb-resource-finder-accent - Colour of links, buttons and focus accents.
 * @cssprop --cswb-resource-finder-result-background - Background of each result.
 * @cssprop --cswb-resource-finder-border-color - Border colour of results and fields.
 * @cssprop --cswb-resource-finder-radius - Corner radius of results, fields and buttons.
 * @cssprop --cswb-resource-finder-gap - Space between results and between filters.
 *
 * @fires {ResourceSearchEvent} cswb-search - The reader changed the search or the filters (`query`, `filters`, `count`), after a short pause; never fired by `search()`, attributes or a priority hand-over.
 * @fires {ResourceLoadEvent} cswb-resource-load - A source has loaded (`count`, `skipped`); fires on every load, retries and API pages included.
 */
export class ResourceFinder extends LitElement {
  static override styles = [sharedStyles, styles];

  /** URL of an HSDS JSON file (an array of services or an HSDS page envelope). */
  @property() src = '';

  /** Base URL of an HSDS API (its `/services` endpoint is queried). */
  @property() api = '';

  /** HSDS service records (an array or a page envelope), parsed like a file; assign a new value to reload. */
  @property({ attribute: false }) services: unknown = null;

  /** Milliseconds before a request gives up with a "took too long" error. */
  @property({ type: Number }) timeout = 15000;

  /** How many results show at first and at each "Show more" (also the API's `per_page`). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Level (2 to 6) of the heading of each result. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Keeps the search and filters in the page's query string (keys `cswb-q`, `cswb-category`…, or `<id>-q`… when the finder has an id). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Initial search text (the URL wins when `sync-url` is set and it holds a search). */
  @property() query = '';

  /** Initial category filter (a category value of the data). */
  @property() category = '';

  /** Initial area filter. */
  @property() area = '';

  /** Initial language filter. */
  @property() language = '';

  /** A priority id; setting it filters to that priority's categories (see `priority-categories`). Removed when the reader changes the category. */
  @property() priority: string | null = null;

  /** JSON object of priority id to a category value or a list of them; merged over the four built-in priorities. */
  @property({ attribute: 'priority-categories' }) priorityCategories: string | null = null;

  /** Freezes the clock for hours and "open now" (for tests and demos); null means the real time. */
  @property({ attribute: false }) now: Date | null = null;

  /** JSON overrides of the built-in texts, for every language (`{"clear":"…"}`) or per language (`{"fr":{…}}`). */
  @property() strings: string | null = null;

  @state() private _status: Status = 'loading';
  @state() private _error: { kind: string; status: number | null } | null = null;
  @state() private _view: View = EMPTY_VIEW;
  @state() private _index: SearchIndex | null = null;
  @state() private _results: Resource[] = [];
  @state() private _shown = 20;
  @state() private _skipped = 0;
  @state() private _busy = false;
  @state() private _announced = '';
  @state() private _expanded = new Set<string>();
  @state() private _apiPage: ParseResult['page'] = null;

  private readonly _l = new LocalizeController(this, 'resource-finder', resourceFinderMessages);
  private _facets: Facets = NO_FACETS;
  private _controller?: AbortController;
  private _retryRequest: () => void = () => this._load();
  private _needsLoad = true;
  private _retrying = false;
  private _focusIndex: number | null = null;
  private _focusSearch = false;
  private _fromUser = false;
  private _pool = new Map<string, Resource>();
  private _typingTimer?: ReturnType<typeof setTimeout>;
  private _announceTimer?: ReturnType<typeof setTimeout>;
  private _timeoutMs = 15000;
  private _pageSizeN = 20;
  private _tag = HEADINGS[3]!;
  private _map: Record<string, string[]> = DEFAULT_PRIORITY_CATEGORIES;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this._onPopState);
    // A finder moved in the page while loading lost its request on disconnect: it starts again.
    if (this._status === 'loading') {
      this._needsLoad = true;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this._onPopState);
    this._controller?.abort();
    clearTimeout(this._typingTimer);
    clearTimeout(this._announceTimer);
  }

  /** Moves focus to the result count, so that a screen-reader user lands at the results. */
  override focus(options?: FocusOptions): void {
    const count = this.renderRoot?.querySelector<HTMLElement>('#count:not([hidden])');
    const target = count ?? this.renderRoot?.querySelector<HTMLElement>('.retry');
    if (target) target.focus(options);
    else super.focus(options);
  }

  /** Shows the results of `query` with `filters`, as if the reader had chosen them; fires no event. */
  search(query: string, filters?: Filters): void {
    this.removeAttribute('priority');
    this._view = fromFilters(query, filters);
    this._afterChange('code');
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('timeout')) this._timeoutMs = this._positive('timeout', this.timeout, 15000);
    if (changed.has('pageSize')) this._shown = this._pageSizeN = this._positive('page-size', this.pageSize, 20);
    if (changed.has('headingLevel')) {
      this._tag = HEADINGS[this.headingLevel] ?? HEADINGS[3]!;
      if (!HEADINGS[this.headingLevel]) this._warn('heading-level', this.headingLevel, 'a number from 2 to 6', 3);
    }
    if (changed.has('priorityCategories')) this._map = this._parseMap();
    if (!this.hasUpdated) this._view = this._initialView();
    else {
      const presets = (['query', 'category', 'area', 'language'] as const).filter((name) => changed.has(name));
      if (presets.length > 0) {
        this._view = { ...this._view, ...Object.fromEntries(presets.map((name) => [name, this[name]])) };
        this._afterChange('code');
      }
      if (changed.has('priority') && this.priority) {
        this._view = this._withPriority({ ...EMPTY_VIEW, priority: this.priority });
        this._afterChange('handover');
      }
    }
    if (this._needsLoad || changed.has('services') || changed.has('api') || changed.has('src')) {
      this._needsLoad = false;
      this._load();
    }
    if (changed.has('_index')) this._facets = this._index?.facets() ?? NO_FACETS;
    if (!this.api && (changed.has('_view') || changed.has('_index') || changed.has('now'))) {
      this._results = this._index?.search(this._view.query, toFilters(this._view), this.now ?? new Date()) ?? [];
    }
  }

  protected override updated(): void {
    const root = this.renderRoot;
    if (this._retrying) {
      root.querySelector<HTMLElement>(this._status === 'error' ? '.retry' : '#count')?.focus();
      if (this._status !== 'loading') this._retrying = false;
    }
    if (this._focusIndex !== null) {
      root.querySelector<HTMLElement>(`#r${this._focusIndex}`)?.focus();
      this._focusIndex = null;
    }
    if (this._focusSearch) {
      root.querySelector<HTMLElement>('#q')?.focus();
      this._focusSearch = false;
    }
  }

  // ---- state -----------------------------------------------------------------------------------

  private get _prefix(): string {
    return this.id ? `${this.id}-` : 'cswb-';
  }

  private _initialView(): View {
    const fromUrl = this.syncUrl ? readUrl(location.search, this._prefix) : null;
    if (fromUrl) return this._withPriority({ ...EMPTY_VIEW, ...fromUrl });
    if (this.priority) return this._withPriority({ ...EMPTY_VIEW, priority: this.priority });
    return { ...EMPTY_VIEW, query: this.query, category: this.category, area: this.area, language: this.language };
  }

  /** Fills `categories` from the view's priority; an unknown priority is dropped with a warning. */
  private _withPriority(view: View): View {
    if (!view.priority) return view;
    const categories = this._map[view.priority];
    if (!categories) {
      warnOnce(`finder:priority:${view.priority}`, `<cswb-resource-finder> priority="${view.priority}" is not one of ${Object.keys(this._map).join(', ')}; no priority filter is applied.`);
      return { ...view, priority: null };
    }
    return { ...view, category: '', categories: [...categories] };
  }

  private _parseMap(): Record<string, string[]> {
    if (!this.priorityCategories) return DEFAULT_PRIORITY_CATEGORIES;
    try {
      const value: unknown = JSON.parse(this.priorityCategories);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError();
      const map: Record<string, string[]> = { ...DEFAULT_PRIORITY_CATEGORIES };
      for (const [id, cats] of Object.entries(value)) {
        const list = (Array.isArray(cats) ? cats : [cats]).filter((c): c is string => typeof c === 'string');
        if (list.length > 0) map[id] = list;
      }
      return map;
    } catch {
      warnOnce(`finder:priority-categories:${this.priorityCategories}`, '<cswb-resource-finder> priority-categories is not a JSON object of priority ids to categories; the built-in map is used.');
      return DEFAULT_PRIORITY_CATEGORIES;
    }
  }

  private _positive(name: string, value: number, fallback: number): number {
    if (Number.isFinite(value) && value > 0) return Math.round(value);
    this._warn(name, value, 'a positive number', fallback);
    return fallback;
  }

  private _warn(name: string, number: unknown, what: string, fallback: unknown): void {
    // The attribute as written says more than the NaN it became.
    const value = this.getAttribute(name) ?? number;
    warnOnce(`finder:${name}:${String(value)}`, `<cswb-resource-finder> ${name}="${String(value)}" is not ${what}; ${String(fallback)} is used.`);
  }

  /** Everything that follows a new view: paging, the API request, the URL and the announcement. */
  private _afterChange(change: Change): void {
    this._shown = this._pageSizeN;
    if (change === 'type' || change === 'commit') this._fromUser = true;
    if (this.syncUrl && change !== 'restore') this._writeUrl(change === 'commit' || change === 'handover');
    clearTimeout(this._typingTimer);
    if (this.api && this._status !== 'none') {
      if (change === 'type') this._typingTimer = setTimeout(() => this._apiFetch(1), API_DEBOUNCE);
      else this._apiFetch(1);
    } else this._announceSoon();
  }

  private _writeUrl(push: boolean): void {
    const href = writeUrl(location.href, this._prefix, this._view);
    if (href === location.href) return;
    try {
      history[push ? 'pushState' : 'replaceState'](history.state, '', href);
    } catch {
      // Browsers limit how often history may change (Safari: 100 times in 30 s); the URL then lags.
    }
  }

  private readonly _onPopState = (): void => {
    if (!this.syncUrl) return;
    this._view = this._withPriority({ ...EMPTY_VIEW, ...readUrl(location.search, this._prefix) });
    this._afterChange('restore');
  };

  /** Empties the live region, then fills it after a pause, so that a repeated count is read again. */
  private _announceSoon(): void {
    this._announced = '';
    clearTimeout(this._announceTimer);
    this._announceTimer = setTimeout(() => {
      this._announced = [this._countText(), this._skipped ? this._skippedText() : ''].join(' ').trim();
      if (this._fromUser) {
        this._fromUser = false;
        this.dispatchEvent(new ResourceSearchEvent(this._view.query, toFilters(this._view), this._total()));
      }
    }, ANNOUNCE_DELAY);
  }

  // ---- loading ---------------------------------------------------------------------------------

  private _source(): 'services' | 'api' | 'src' | 'inline' | 'none' {
    if (this.services !== null && this.services !== undefined) return 'services';
    if (this.api) return 'api';
    if (this.src) return 'src';
    return this.querySelector(':scope > script[type="application/json"]') ? 'inline' : 'none';
  }

  /** A new AbortController; the previous request, if any, is aborted (a newer request always wins). */
  private _start(): AbortSignal {
    this._controller?.abort();
    this._controller = new AbortController();
    clearTimeout(this._typingTimer);
    return this._controller.signal;
  }

  private async _load(): Promise<void> {
    const signal = this._start();
    const source = this._source();
    this._retryRequest = () => this._load();
    this._error = null;
    this._expanded = new Set();
    this._pool.clear();
    if (source === 'none') {
      this._status = 'none';
      return;
    }
    if (source === 'api') {
      this._status = 'loading';
      this._apiPage = null;
      return this._apiFetch(1);
    }
    try {
      let input: unknown = this.services;
      if (source === 'inline') input = parseJsonText(this.querySelector(':scope > script[type="application/json"]')!.textContent ?? '');
      if (source === 'src') {
        this._loading();
        input = await loadJson(this.src, { signal, timeout: this._timeoutMs });
      }
      if (signal.aborted) return;
      this._loaded(parseHsds(input), false);
    } catch (error) {
      this._fail(error, signal);
    }
  }

  private _loading(): void {
    this._busy = true;
    if (this._status !== 'ready') {
      this._status = 'loading';
      clearTimeout(this._announceTimer);
      this._announced = this._l.t('loading');
    }
  }

  private async _apiFetch(page: number): Promise<void> {
    const signal = this._start();
    this._retryRequest = () => this._apiFetch(page);
    this._loading();
    const view = this._view;
    try {
      const result = await fetchServicesPage(
        this.api,
        {
          search: view.query || undefined,
          // The API filters by one taxonomy term: a priority sends its first category.
          taxonomyTermId: view.category || view.categories[0] || undefined,
          area: view.area || undefined,
          language: view.language || undefined,
          page,
          perPage: this._pageSizeN,
        },
        { signal, timeout: this._timeoutMs },
      );
      if (signal.aborted) return;
      this._loaded(result, page > 1);
    } catch (error) {
      this._fail(error, signal);
    }
  }

  private _loaded(result: ParseResult, append: boolean): void {
    this._busy = false;
    this._status = 'ready';
    this._error = null;
    if (this.api) {
      const before = append ? this._results : [];
      this._results = [...before, ...uniqueById(result.resources, new Set(before.map((r) => r.id)))];
      this._apiPage = result.page;
      this._skipped = (append ? this._skipped : 0) + result.skipped;
      // Options of the filters come from every service seen so far, so a chosen one never disappears.
      for (const resource of result.resources) this._pool.set(resource.id, resource);
      this._index = new SearchIndex([...this._pool.values()]);
      if (append) {
        this._focusIndex = before.length;
        this._shown = this._results.length;
      } else this._shown = this._pageSizeN;
    } else {
      this._index = new SearchIndex(uniqueById(result.resources));
      this._skipped = result.skipped;
      this._shown = this._pageSizeN;
    }
    this.dispatchEvent(new ResourceLoadEvent(result.resources.length, result.skipped));
    this._announceSoon();
  }

  private _fail(error: unknown, signal: AbortSignal): void {
    if (signal.aborted) return;
    const kind = error instanceof LoadError ? error.kind : 'network';
    this._busy = false;
    this._status = 'error';
    this._error = { kind: kind === 'aborted' ? 'network' : kind, status: error instanceof LoadError ? error.status : null };
    // The alert speaks for itself; the count region stays quiet.
    clearTimeout(this._announceTimer);
    this._announced = '';
  }

  // ---- user actions ----------------------------------------------------------------------------

  private _change(patch: Partial<View>, change: Change): void {
    this._view = { ...this._view, ...patch };
    this._afterChange(change);
  }

  private readonly _onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.id === 'q') this._change({ query: input.value }, 'type');
    else if (input.id === 'age') this._change({ age: toAge(input.value) }, 'type');
    else this._change({ [input.id]: input.checked }, 'commit');
  };

  private readonly _onSelect = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const name = select.id as FacetName;
    if (select.value === '*') return;
    if (name === 'category') {
      // The reader chose for themselves: a later hand-over of the same priority must apply again.
      this.removeAttribute('priority');
      this._change({ category: select.value, categories: [], priority: null }, 'commit');
    } else this._change({ [name]: select.value }, 'commit');
  };

  private readonly _clear = (): void => {
    this.removeAttribute('priority');
    this._focusSearch = true;
    this._change(EMPTY_VIEW, 'commit');
  };

  private readonly _retry = (): void => {
    this._retrying = true;
    this._retryRequest();
  };

  private readonly _showMore = (): void => {
    if (this.api) {
      this._apiFetch((this._apiPage?.number ?? 1) + 1);
      return;
    }
    this._focusIndex = this._shown;
    this._shown += this._pageSizeN;
  };

  private readonly _toggle = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset['id']!;
    const expanded = new Set(this._expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this._expanded = expanded;
  };

  // ---- rendering -------------------------------------------------------------------------------

  private _t(key: Key, params?: Record<string, string | number>): string {
    return this._l.t(key, params);
  }

  private _total(): number {
    return this.api ? Math.max(this._apiPage?.totalItems ?? 0, this._results.length) : this._results.length;
  }

  private _remaining(): number {
    if (!this.api) return this._results.length - this._shown;
    const page = this._apiPage;
    return page && page.number < page.totalPages ? Math.max(this._total() - this._results.length, 1) : 0;
  }

  private _countText(): string {
    const n = this._total();
    return n === 0 ? this._t('count0') : n === 1 ? this._t('count1') : this._t('countN', { count: this._l.number(n) });
  }

  private _skippedText(): string {
    const n = this._skipped;
    return n === 1 ? this._t('skipped1') : this._t('skippedN', { count: this._l.number(n) });
  }

  protected override render() {
    return html`<div part="base" class="base" lang=${this._l.lang}>
      <slot name="emergency"
        ><p part="emergency" class="emergency">${this._t('emergency')} <a href="tel:911">${this._t('emergencyLink')}</a>.</p></slot
      >
      ${this._status === 'none'
        ? html`<p part="error" class="notice">${this._t('noSource')}</p>`
        : html`${this._controls()}
            <p class="visually-hidden" role="status">${this._announced}</p>
            ${this._resultsRegion()}`}
    </div>`;
  }

  private _controls(): TemplateResult {
    const view = this._view;
    const facets = this._facets;
    const local = !this.api;
    const categories = facets.categories.slice();
    let extra: string | null = null;
    if (view.categories.length > 0) {
      extra = view.priority
        ? this._t('priorityOption', { label: this._priorityLabel(view.priority) })
        : this._t('someCategories', { count: view.categories.length });
    }
    const selects = [
      this._select('category', 'allCategories', categories, extra),
      this._select('area', 'allAreas', facets.areas.slice(), null),
      this._select('language', 'allLanguages', facets.languages.slice(), null),
    ];
    const checks = local
      ? [facets.hasFree ? this._check('freeOnly', view.freeOnly) : nothing, facets.hasSchedules ? this._check('openNow', view.openNow) : nothing]
      : [];
    const age =
      local && facets.hasAges
        ? html`<div class="field age">
            <label for="age">${this._t('age')}</label>
            <input id="age" type="number" inputmode="numeric" min="0" max="130" .value=${live(view.age === null ? '' : String(view.age))} @input=${this._onInput} />
          </div>`
        : nothing;
    const any = selects.some((s) => s !== nothing) || checks.some((c) => c !== nothing) || age !== nothing;
    return html`<form role="search" class="controls" aria-label=${this._t('searchLabel')} @submit=${(e: Event) => e.preventDefault()}>
      <div part="search" class="field search">
        <label for="q">${this._t('searchLabel')}</label>
        <input id="q" type="search" autocomplete="off" aria-describedby="q-hint" .value=${live(view.query)} @input=${this._onInput} />
        <p id="q-hint" class="hint">${this._t('searchHint')}</p>
      </div>
      ${any
        ? html`<fieldset part="filters" class="filters">
            <legend>${this._t('filters')}</legend>
            <div class="filter-row">${selects}${checks}${age}</div>
          </fieldset>`
        : nothing}
    </form>`;
  }

  private _priorityLabel(priority: string): string {
    const key = `priority:${priority}` as Key;
    return key in resourceFinderMessages.en ? this._t(key) : priority;
  }

  private _select(name: FacetName, allKey: Key, options: { value: string; label: string }[], extra: string | null) {
    const value = this._view[name];
    // A preset or shared value the data does not hold stays visible, so the reader sees why the list is empty.
    if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: value });
    if (options.length === 0 && !extra) return nothing;
    return html`<div class="field">
      <label for=${name}>${this._t(name)}</label>
      <select id=${name} @change=${this._onSelect}>
        <option value="" .selected=${live(!value && !extra)}>${this._t(allKey)}</option>
        ${extra ? html`<option value="*" .selected=${live(true)}>${extra}</option>` : nothing}
        ${options.map((o) => html`<option value=${o.value} .selected=${live(!extra && o.value === value)}>${o.label}</option>`)}
      </select>
    </div>`;
  }

  private _check(name: 'freeOnly' | 'openNow', checked: boolean) {
    return html`<div class="field check">
      <input id=${name} type="checkbox" .checked=${live(checked)} @change=${this._onInput} />
      <label for=${name}>${this._t(name)}</label>
    </div>`;
  }

  private _resultsRegion(): TemplateResult {
    const status = this._status;
    const ready = status === 'ready';
    const shown = this._results.slice(0, this._shown);
    const remaining = ready ? this._remaining() : 0;
    const now = this.now ?? new Date();
    const narrowed = isNarrowed(this._view);
    return html`<div class="region" aria-busy=${status === 'loading' || this._busy ? 'true' : 'false'}>
      <p id="count" part="count" class="count" tabindex="-1" ?hidden=${status === 'error'}>
        ${status === 'loading' ? this._t('loading') : this._countText()}
      </p>
      ${status === 'error'
        ? html`<div part="error" class="error" role="alert">
            <p>${this._t(`error:${this._error!.kind}` as Key, { status: this._error!.status ?? '' })}</p>
            <button type="button" class="retry" @click=${this._retry}>${this._t('retry')}</button>
          </div>`
        : nothing}
      ${ready && this._skipped > 0 ? html`<p class="partial">${this._skippedText()}</p>` : nothing}
      ${status === 'loading' ? html`<div class="skeleton" aria-hidden="true"><div></div><div></div><div></div></div>` : nothing}
      ${ready && shown.length === 0
        ? html`<div part="empty" class="empty">
            <p>${this._t(narrowed ? 'empty' : 'emptyData')}</p>
            ${narrowed ? html`<p>${this._t('emptyHint')}</p><button type="button" class="clear" @click=${this._clear}>${this._t('clear')}</button>` : nothing}
          </div>`
        : nothing}
      ${ready && shown.length > 0
        ? html`<ul part="results" class="results" role="list">${repeat(shown, (r) => r.id, (r, i) => this._result(r, i, now))}</ul>`
        : nothing}
      ${remaining > 0
        ? html`<button type="button" part="show-more" class="show-more" ?disabled=${this._busy} @click=${this._showMore}>
            ${this._t('showMore', { count: this._l.number(Math.min(this._pageSizeN, remaining)), remaining: this._l.number(remaining) })}
          </button>`
        : nothing}
    </div>`;
  }

  private _result(r: Resource, index: number, now: Date): TemplateResult {
    const lang = this._l.lang;
    const id = `r${index}`;
    const hours = hoursOn(r.schedules, now);
    const open = isOpenAt(r.schedules, now);
    const url = safeHttpUrl(r.url);
    const mail = mailtoUrl(r.email);
    const { minimumAge: min, maximumAge: max, description: eligibility } = r.eligibility;
    const ages =
      min !== null && max !== null ? this._t('ages', { min, max }) : min !== null ? this._t('agesFrom', { min }) : max !== null ? this._t('agesTo', { max }) : '';
    const fee = r.free === true ? this._t('free') : r.free === false ? this._t('fees') : '';
    const feeText = [fee, r.feesDescription].filter(Boolean).join(' — ');
    return html`<li part="result" class="result">
      <article aria-labelledby=${id}>
        ${staticHtml`<${this._tag} id=${id} class="name" part="result-heading" tabindex="-1">${r.name}</${this._tag}>`}
        ${r.organization && r.organization !== r.name ? html`<p class="org">${r.organization}</p>` : nothing}
        ${r.status === 'temporarily closed' ? html`<p class="badge">${this._t('temporarilyClosed')}</p>` : nothing}
        ${r.alert ? html`<p class="alert"><strong>${this._t('alert')}</strong> ${r.alert}</p>` : nothing}
        ${r.description ? this._description(r, r.description, `${id}d`) : nothing}
        <dl class="details">
          ${r.phones.length > 0
            ? this._item(
                'phone',
                r.phones.map(
                  (p) => html`<span class="tel"
                    >${p.tel ? html`<a href=${p.tel}>${p.number}</a>` : p.number}${p.extension ? ` ${this._t('extension', { extension: p.extension })}` : ''}${p.description
                      ? ` (${p.description})`
                      : ''}</span
                  >`,
                ),
              )
            : nothing}
          ${r.addresses.length > 0
            ? this._item(
                'address',
                r.addresses.map((a) => {
                  const text = addressText(a);
                  const map = mapUrl(a);
                  return html`<span class="address"
                    >${text}${map ? html` <a href=${map}>${this._t('map')}<span class="visually-hidden"> ${this._t('mapOf', { address: text || r.name })}</span></a>` : nothing}</span
                  >`;
                }),
              )
            : nothing}
          ${hours
            ? this._item(
                'hoursToday',
                html`${hours.length === 0 ? this._t('closedToday') : hours.map((h) => (allDay(h) ? this._t('allDay') : `${formatTime(lang, h.opensAt)} – ${formatTime(lang, h.closesAt)}`)).join(', ')}${open === null
                  ? nothing
                  : html` <strong class=${open ? 'open' : 'closed'}>${this._t(open ? 'openNowBadge' : 'closedNowBadge')}</strong>`}`,
              )
            : nothing}
          ${r.languages.length > 0 ? this._item('languages', r.languages.join(', ')) : nothing}
          ${r.serviceAreas.length > 0 ? this._item('areas', r.serviceAreas.join(', ')) : nothing}
          ${feeText ? this._item('cost', feeText) : nothing}
          ${ages || eligibility ? this._item('eligibility', [ages, eligibility].filter(Boolean).join('. ')) : nothing}
        </dl>
        ${url || mail
          ? html`<p class="links">
              ${url ? html`<a href=${url}>${this._t('website')}<span class="visually-hidden"> ${this._t('websiteOf', { name: r.name })}</span></a>` : nothing}
              ${mail ? html`<a href=${mail}>${r.email}</a>` : nothing}
            </p>`
          : nothing}
        ${r.assuredDate ? html`<p class="checked">${this._t('checked', { date: formatDate(lang, r.assuredDate) })}</p>` : nothing}
      </article>
    </li>`;
  }

  /** One term of the details list. */
  private _item(key: Key, value: unknown) {
    return html`<div class="item ${key}"><dt>${this._t(key)}</dt> <dd>${value}</dd></div>`;
  }

  private _description(r: Resource, text: string, id: string) {
    if (text.length <= LONG_DESCRIPTION) return html`<p class="description">${text}</p>`;
    const expanded = this._expanded.has(r.id);
    // Only the text shown is in the page, so a screen reader and the eye get the same thing; the
    // search box still searches the whole description.
    return html`<p class="description" id=${id}>
      ${expanded ? text : shorten(text)}
      <button type="button" class="toggle" data-id=${r.id} aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${id} @click=${this._toggle}>
        ${this._t(expanded ? 'less' : 'more')}<span class="visually-hidden"> ${this._t('moreAbout', { name: r.name })}</span>
      </button>
    </p>`;
  }
}
