import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { LocalizeController } from '../../controllers/localize.js';
import { fetchServicesPage } from '../../data/api.js';
import { parseHsds } from '../../data/hsds.js';
import { loadJson, parseJsonText, type LoadError } from '../../data/load.js';
import { DEFAULT_PRIORITY_CATEGORIES } from '../../data/priorities.js';
import type { Filters, ParseResult, Resource } from '../../data/resource.js';
import { hoursOn, isOpenAt } from '../../data/schedule.js';
import { SearchIndex } from '../../data/search.js';
import { resourceFinderMessages } from '../../i18n/resource-finder.js';
import { mailtoUrl } from '../../internal/safe-url.js';
import { warnOnce } from '../../internal/warn.js';
import { sharedStyles } from '../../styles/shared.js';
import { ResourceLoadEvent, ResourceSearchEvent } from './events.js';
import { LONG_DESCRIPTION, addressText, costText, formatDate, formatTime, mapUrl, shorten, uniqueById } from './finder-format.js';
import { EMPTY_VIEW, fromFilters, isNarrowed, readUrl, sameInUrl, toFilters, writeUrl, type View } from './finder-state.js';
import { styles } from './resource-finder.styles.js';

/** What made the view change: the reader typing or choosing, code (`search()`, presets), a priority hand-over, or Back/Forward. */
type Change = 'type' | 'commit' | 'code' | 'handover' | 'restore';
type Key = keyof (typeof resourceFinderMessages)['en'];
type Option = { value: string; label: string };

/** Typing waits this long before an API request. */
const API_DEBOUNCE = 250;
/** The live count is announced this long after the last change, so a screen reader is not flooded while typing. */
const ANNOUNCE_DELAY = 500;
/** Filter changes closer together than this are one burst (ArrowDown through a closed select changes it at each step): one history entry. */
const BURST = 1000;

const warn = (message: string): void => warnOnce(message, `<cswb-resource-finder> ${message}`);
const hidden = (text: string) => html`<span class="visually-hidden"> ${text}</span>`;
/** A link; `more` is read by screen readers only, after the visible text ("Map" + " of 1 Main St…"). */
const link = (href: string, text: unknown, more?: string) => html`<a href=${href}>${text}${more ? hidden(more) : ''}</a>`;
const para = (cls: string, content: unknown) => (content ? html`<p class=${cls}>${content}</p>` : '');
/** Every message box (error, empty, partial data, no source): paragraphs, then an optional button. */
const box = (cls: string, texts: string[], action: unknown = '', part = '', role = '') =>
  html`<div part=${part || nothing} class="box ${cls}" role=${role || nothing}>${texts.map((text) => html`<p>${text}</p>`)}${action}</div>`;
const joined = (separator: string, ...parts: (string | null | false)[]) => parts.filter(Boolean).join(separator);

/**
 * A searchable, filterable list of community services, read from an HSDS 3.0 feed (a JSON file,
 * inline JSON, a property or an HSDS API). Results are real text in the page (no virtual
 * scrolling), in pages with a "Show more" button, and every state (loading, empty, error, partial
 * data) is announced to screen readers.
 *
 * Sources, one at a time, by precedence: the `services` property, then `api`, then `src`, then a
 * `<script type="application/json">` child, read at the first render, when `services`, `api` or
 * `src` change, on Retry, and whenever the element is connected again with none of them set.
 * No source shows a short message saying how to configure one. The finder requests nothing but the
 * configured source.
 *
 * In API mode (`api`), the search text, category (sent as `taxonomy_term_id`), area and language
 * go to the server; HSDS takes one `taxonomy_term_id` a request, so a priority sends only its first
 * category; typing or choosing waits 250 ms, a newer request aborts the older one, and "Show more"
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
 * @fires {ResourceSearchEvent} cswb-search - The reader changed the search or the filters (`query`, `filters`, `count`), after a short pause; never fired by `search()`, attributes or a priority hand-over (nor for a reader's change that these replace within the pause).
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

  /** A priority id; setting it, even to the same id again, filters to that priority's categories (see `priority-categories`). Removed when the reader changes the category; Back and Forward set it to the restored view's priority. */
  // Every set is a hand-over: a second press of the same card must start the view afresh too.
  @property({ hasChanged: () => true }) priority: string | null = null;

  /** JSON object of priority id to a category value or a list of them; merged over the four built-in priorities. */
  @property({ attribute: 'priority-categories' }) priorityCategories: string | null = null;

  /** Freezes the clock for hours and "open now" (for tests and demos); null means the real time. */
  @property({ attribute: false }) now: Date | null = null;

  /** JSON overrides of the built-in texts, for every language (`{"clear":"…"}`) or per language (`{"fr":{…}}`). */
  @property() strings: string | null = null;

  @state() private _status: 'loading' | 'ready' | 'error' | 'none' = 'loading';
  @state() private _view: View = EMPTY_VIEW;
  @state() private _index = new SearchIndex([]);
  @state() private _results: Resource[] = [];
  @state() private _shown = 20;
  @state() private _busy = false;
  @state() private _announced = '';

  private readonly _l = new LocalizeController(this, 'resource-finder', resourceFinderMessages);
  private readonly _t = (key: Key, params?: Record<string, string | number>): string => this._l.t(key, params);
  /** The last load's error; with results shown (a failed "Show more"), they stay and Retry follows them. */
  @state() private _error?: LoadError;
  private _skipped = 0;
  private _apiPage?: ParseResult['page'];
  /** Every service seen since the source was loaded: the filters' options (in API mode, across pages and searches). */
  private readonly _pool = new Map<string, Resource>();
  private readonly _expanded = new Set<string>();
  private _controller?: AbortController;
  /** The page of the last request (0: a fresh load of the source), for Retry. */
  private _page?: number;
  private _retrying?: boolean;
  /** A selector to focus after the next render. */
  private _focus?: string;
  private _fromUser?: boolean;
  /** When the reader last chose a filter (0 after any other change), to make one history entry per burst. */
  private _chosen = 0;
  /** The finder itself set `priority` to match a view restored by Back or Forward: no hand-over. */
  private _restored?: boolean;
  private _typingTimer?: ReturnType<typeof setTimeout>;
  private _announceTimer?: ReturnType<typeof setTimeout>;
  private _pageSizeN = 20;
  private _tag = unsafeStatic('h3');
  private _map: Record<string, string[]> = DEFAULT_PRIORITY_CATEGORIES;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this._onPopState);
    // A finder moved in the page while loading lost its request on disconnect: it starts again.
    // With no other source, the inline JSON child is read again (a page may have added it meanwhile).
    if (this._busy || (this.hasUpdated && this.services == null && !this.api && !this.src)) this._load(this._page);
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
    const target = this.renderRoot?.querySelector<HTMLElement>('#count:not([hidden]), .retry');
    if (target) target.focus(options);
    else super.focus(options);
  }

  /** Shows the results of `query` with `filters`, as if the reader had chosen them; fires no event. */
  search(query: string, filters?: Filters): void {
    this._show(fromFilters(query, filters), 'code');
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('timeout') && !(this.timeout > 0)) this._fallback('timeout', this.timeout, 15000);
    if (changed.has('pageSize')) this._shown = this._pageSizeN = this.pageSize > 0 ? Math.ceil(this.pageSize) : this._fallback('page-size', this.pageSize, 20);
    if (changed.has('headingLevel')) {
      const level = this.headingLevel;
      this._tag = unsafeStatic(`h${[2, 3, 4, 5, 6].includes(level) ? level : this._fallback('heading-level', level, 3)}`);
    }
    if (changed.has('priorityCategories')) this._map = this._parseMap();
    // On the first update every property is in `changed` (their defaults were set): the presets
    // and the sources apply, unless the URL holds a view.
    const fromUrl = !this.hasUpdated && this.syncUrl && readUrl(location.search, this._prefix);
    const presets = (['query', 'category', 'area', 'language'] as const).filter((name) => changed.has(name));
    if (fromUrl) {
      this._view = this._fresh(fromUrl);
      // The attribute names the applied priority, also one the address restored (no hand-over: this update applies it).
      if (this._view.priority) this.setAttribute('priority', this._view.priority);
    }
    // A hand-over starts afresh, whatever the presets say.
    else if (changed.has('priority') && this.priority && !this._restored) this._show(this._fresh({ priority: this.priority }), 'handover');
    // Code removed the priority: its filter goes with it.
    else if (changed.has('priority') && !this.priority && this._view.priority) this._show({ ...this._view, priority: '', categories: [] }, 'code');
    else if (presets.length > 0) this._show({ ...this._view, ...Object.fromEntries(presets.map((name) => [name, this[name]])) }, 'code');
    this._restored = false;
    if (changed.has('services') || changed.has('api') || changed.has('src')) this._load();
    if (!this._remote && (changed.has('_view') || changed.has('_index') || changed.has('now'))) {
      this._results = this._index.search(this._view.query, toFilters(this._view), this.now ?? new Date());
    }
  }

  protected override updated(): void {
    if (this._retrying) {
      this._focus = this._error ? '.retry' : '#count';
      this._retrying = this._status === 'loading';
    }
    if (this._focus) {
      this.renderRoot.querySelector<HTMLElement>(this._focus)?.focus();
      this._focus = undefined;
    }
  }

  // ---- state -----------------------------------------------------------------------------------

  private get _prefix(): string {
    return this.id ? `${this.id}-` : 'cswb-';
  }

  /** API mode: the services property, when set, wins over `api`. */
  private get _remote(): boolean {
    return this.services == null && !!this.api;
  }

  /** A view from scratch, its `categories` filled from its priority; an unknown priority is dropped with a warning. */
  private _fresh(patch: Partial<View> | null): View {
    const view = { ...EMPTY_VIEW, ...patch };
    if (!view.priority) return view;
    const categories = this._map[view.priority];
    if (categories) return { ...view, category: '', categories };
    warn(`priority="${view.priority}" is unknown; no priority filter is applied.`);
    return { ...view, priority: '' };
  }

  private _parseMap(): Record<string, string[]> {
    const source = this.priorityCategories;
    if (!source) return DEFAULT_PRIORITY_CATEGORIES;
    try {
      const value: unknown = JSON.parse(source);
      if ((value as object | null)?.constructor !== Object) throw value;
      const map = { ...DEFAULT_PRIORITY_CATEGORIES } as Record<string, string[]>;
      for (const [id, categories] of Object.entries(value as object)) {
        const list = [categories].flat().filter((c): c is string => typeof c === 'string');
        if (list.length > 0) map[id] = list;
      }
      return map;
    } catch {
      warn(`priority-categories="${source}" is not a JSON object; the built-in map is used.`);
      return DEFAULT_PRIORITY_CATEGORIES;
    }
  }

  private _fallback(name: string, value: number, fallback: number): number {
    // The attribute as written says more than the NaN it became.
    warn(`${name}="${this.getAttribute(name) ?? value}" is invalid; ${fallback} is used.`);
    return fallback;
  }

  /** Shows a new view, then everything that follows: paging, the URL, the API request and the announcement. */
  private _show(view: View, change: Change): void {
    this._view = view;
    if (!this.hasUpdated) return;
    // The attribute names an applied priority; once the view has none, setting it again must apply it again.
    if (!view.priority) this.removeAttribute('priority');
    else if (change === 'restore' && this.priority !== view.priority) {
      this._restored = true;
      this.setAttribute('priority', view.priority);
    }
    this._shown = this._pageSizeN;
    // The last change decides: code that replaces the reader's view before the pause ends fires nothing.
    this._fromUser = change === 'type' || change === 'commit';
    const push = change === 'handover' || (change === 'commit' && Date.now() - this._chosen > BURST);
    this._chosen = change === 'commit' ? Date.now() : 0;
    if (this.syncUrl && change !== 'restore') {
      const href = writeUrl(location.href, this._prefix, this._view);
      try {
        if (href !== location.href) history[push ? 'pushState' : 'replaceState'](history.state, '', href);
      } catch {
        // Browsers limit how often history may change (Safari: 100 times in 30 s); the URL then lags.
      }
    }
    if (!this._remote) this._announceSoon();
    // The reader's changes wait for a pause, so a burst of them sends one request.
    else if (!this._fromUser) this._load(1);
    else {
      clearTimeout(this._typingTimer);
      this._typingTimer = setTimeout(() => this._load(1), API_DEBOUNCE);
    }
  }

  private readonly _onPopState = (): void => {
    const view = this.syncUrl && this._fresh(readUrl(location.search, this._prefix));
    // An in-page anchor fires popstate too: a view the URL does not change keeps its pages and sends nothing.
    if (view && !sameInUrl(view, this._view)) this._show(view, 'restore');
  };

  private _say(text: string): void {
    clearTimeout(this._announceTimer);
    this._announced = text;
  }

  /** Empties the live region, then fills it after a pause, so that a repeated count is read again. */
  private _announceSoon(): void {
    // Only a loaded list has a count: while loading or after a failure the region keeps what it says.
    if (this._status !== 'ready') return;
    this._say('');
    this._announceTimer = setTimeout(() => {
      this._announced = joined(' ', this._plural('count', this._total()), this._skipped > 0 && this._plural('skipped', this._skipped));
      if (this._fromUser) {
        this._fromUser = false;
        this.dispatchEvent(new ResourceSearchEvent(this._view.query, toFilters(this._view), this._total()));
      }
    }, ANNOUNCE_DELAY);
  }

  // ---- loading ---------------------------------------------------------------------------------

  /** Loads the source (page 0), or in API mode one page of the current view; a newer load aborts the older one. */
  private async _load(page = 0): Promise<void> {
    const { services, api, src } = this;
    const script = this.querySelector(':scope > script[type="application/json"]');
    this._controller?.abort();
    const { signal } = (this._controller = new AbortController());
    clearTimeout(this._typingTimer);
    this._page = page;
    // A failed "Show more" keeps its error box (and Retry, which may have focus) while it tries again.
    if (page < 2) this._error = undefined;
    if (!page) {
      this._pool.clear();
      this._expanded.clear();
    }
    if (services == null && !api && !src && !script) {
      this._status = 'none';
      return;
    }
    try {
      let result: ParseResult;
      if (services != null || (!api && !src)) result = parseHsds(services ?? parseJsonText(script!.textContent!));
      else {
        this._busy = true;
        if (this._status !== 'ready') this._status = 'loading';
        // "Show more" keeps focus while it loads, so it says so.
        if (page > 1 || this._status === 'loading') this._say(this._t('loading'));
        const view = this._view;
        const options = { signal, timeout: this.timeout };
        result = api
          ? await fetchServicesPage(
              api,
              // The API filters by one taxonomy term: a priority sends its first category.
              { search: view.query, taxonomyTermId: view.category || view.categories[0], area: view.area, language: view.language, page: page || 1, perPage: this._pageSizeN },
              options,
            )
          : parseHsds(await loadJson(src, options));
      }
      if (signal.aborted) return;
      const { resources, skipped } = result;
      for (const resource of resources) if (!this._pool.has(resource.id)) this._pool.set(resource.id, resource);
      this._index = new SearchIndex([...this._pool.values()]);
      this._skipped = (page > 1 ? this._skipped : 0) + skipped;
      this._apiPage = result.page;
      this._status = 'ready';
      this._error = undefined;
      this._shown = this._pageSizeN;
      if (this._remote) {
        // Show more appends the next page and moves focus to its first result.
        if (page > 1) this._focus = `#r${this._results.length}`;
        this._results = uniqueById(page > 1 ? [...this._results, ...resources] : resources);
        this._shown = this._results.length;
      }
      this.dispatchEvent(new ResourceLoadEvent(resources.length, skipped));
      this._announceSoon();
    } catch (error) {
      if (signal.aborted) return;
      this._error = error as LoadError;
      this._fromUser = false;
      // A later page fails below the results it keeps, and focus goes from "Show more" to Retry.
      if (page > 1) this._focus = '.retry';
      else this._status = 'error';
      // The alert speaks for itself; the count region stays quiet.
      this._say('');
    }
    this._busy = false;
  }

  // ---- user actions (Lit calls listeners with the element as `this`) --------------------------------

  /** Every control: the search box and the age (typing), the selects and checkboxes (choosing). */
  private _onInput(event: Event): void {
    const { id, value, checked, type } = event.target as HTMLInputElement;
    this._show(
      {
        ...this._view,
        // A category the reader chooses replaces a priority's categories.
        ...(type === 'checkbox' ? { [id]: checked } : id === 'category' ? { category: value, categories: [], priority: '' } : { [id === 'q' ? 'query' : id]: value }),
      },
      type === 'search' || type === 'number' ? 'type' : 'commit',
    );
  }

  private _clear(): void {
    this._focus = '#q';
    this._show(EMPTY_VIEW, 'commit');
  }

  private _retry(): void {
    this._retrying = true;
    this._load(this._page);
  }

  private _showMore(): void {
    if (this._busy) return;
    if (this._remote) this._load(this._apiPage!.number + 1);
    else {
      this._focus = `#r${this._shown}`;
      this._shown += this._pageSizeN;
    }
  }

  // ---- rendering -------------------------------------------------------------------------------

  /** `count`, `skipped` or `showMore` for `n`: the message's `|`-separated forms, counted from the end, are many, one, none. */
  private _plural(key: 'count' | 'skipped' | 'showMore', n: number, params?: Record<string, string>): string {
    const forms = this._t(key, { count: this._l.number(n), ...params }).split('|');
    return forms[Math.max(0, forms.length - 3 + Math.min(n, 2))]!;
  }

  private _total(): number {
    return Math.max((this._remote && this._apiPage?.totalItems) || 0, this._results.length);
  }

  private _remaining(): number {
    const page = this._apiPage;
    if (!this._remote) return this._results.length - this._shown;
    return page && page.number < page.totalPages ? Math.max(this._total() - this._results.length, 1) : 0;
  }

  protected override render() {
    const t = this._t;
    return html`<div part="base" class="base" lang=${this._l.lang}>
      <slot name="emergency"
        ><p part="emergency" class="emergency">${t('emergency')} <a href="tel:911">${t('emergencyLink')}</a>.</p></slot
      >
      ${this._status === 'none'
        ? box('notice', [t('noSource')], '', 'error')
        : [this._controls(), html`<p class="visually-hidden" role="status">${this._announced}</p>`, this._region()]}
    </div>`;
  }

  private _controls(): TemplateResult {
    const t = this._t;
    const view = this._view;
    const facets = this._index.facets();
    const local = !this._remote;
    const select = (name: 'category' | 'area' | 'language', options: Option[], extra = '') => {
      const value = view[name];
      // A preset or shared value the data does not hold stays visible, so the reader sees why the list is empty.
      if (value && !options.some((o) => o.value === value)) options = [{ value, label: value }, ...options];
      return (
        (options.length > 0 || extra) &&
        html`<div class="field">
          <label for=${name}>${t(name)}</label>
          <select id=${name} @change=${this._onInput}>
            <option value="" .selected=${!value && !extra}>${t(`all:${name}`)}</option>
            ${extra && html`<option value="*" selected>${extra}</option>`}
            ${options.map((o) => html`<option value=${o.value} .selected=${!extra && o.value === value}>${o.label}</option>`)}
          </select>
        </div>`
      );
    };
    const check = (name: 'freeOnly' | 'openNow') =>
      html`<div class="field check">
        <input id=${name} type="checkbox" .checked=${view[name]} @change=${this._onInput} />
        <label for=${name}>${t(name)}</label>
      </div>`;
    const filters = [
      select(
        'category',
        facets.categories,
        view.priority
          ? // A priority of the page's own map has no message: its id shows.
            t('priorityOption', { label: t(`priority:${view.priority}` as Key).replace(/^priority:/, '') })
          : view.categories.length > 0
            ? t('someCategories', { count: view.categories.length })
            : '',
      ),
      select('area', facets.areas),
      select('language', facets.languages),
      local && facets.hasFree && check('freeOnly'),
      local && facets.hasSchedules && check('openNow'),
      local &&
        facets.hasAges &&
        html`<div class="field age">
          <label for="age">${t('age')}</label>
          <input id="age" type="number" inputmode="numeric" min="0" max="130" .value=${view.age} @input=${this._onInput} />
        </div>`,
    ].filter(Boolean);
    // A landmark, not a form: Enter in the search box has nothing to submit.
    return html`<div role="search" class="controls" aria-label=${t('searchLabel')}>
      <div part="search" class="field">
        <label for="q">${t('searchLabel')}</label>
        <input id="q" type="search" autocomplete="off" aria-describedby="q-hint" .value=${view.query} @input=${this._onInput} />
        <p id="q-hint" class="hint">${t('searchHint')}</p>
      </div>
      ${filters.length > 0
        ? html`<fieldset part="filters">
            <legend>${t('filters')}</legend>
            <div>${filters}</div>
          </fieldset>`
        : ''}
    </div>`;
  }

  private _region(): TemplateResult {
    const t = this._t;
    const status = this._status;
    const ready = status === 'ready';
    const results = ready ? this._results.slice(0, this._shown) : [];
    const error = this._error;
    const remaining = ready && !error ? this._remaining() : 0;
    const narrowed = isNarrowed(this._view);
    const now = this.now ?? new Date();
    // Buttons outside a form need no type="button".
    const button = (cls: string, key: Key, click: () => void) => html`<button class=${cls} @click=${click}>${t(key)}</button>`;
    return html`<div class="region" aria-busy=${String(status === 'loading' || this._busy)}>
      <p id="count" part="count" tabindex="-1" ?hidden=${status === 'error'}>
        ${status === 'loading' ? t('loading') : this._plural('count', this._total())}
      </p>
      ${ready && this._skipped > 0 ? box('partial', [this._plural('skipped', this._skipped)]) : ''}
      ${status === 'loading' ? html`<div class="skeleton" aria-hidden="true"><div></div><div></div><div></div></div>` : ''}
      ${ready && results.length === 0
        ? box('empty', narrowed ? [t('empty'), t('emptyHint')] : [t('emptyData')], narrowed ? button('clear', 'clear', this._clear) : '', 'empty')
        : ''}
      ${results.length > 0 ? html`<ul part="results" role="list">${results.map((r, i) => this._result(r, `r${i}`, now))}</ul>` : ''}
      ${error
        ? // Each failure renders a new alert, so a Retry that fails again is announced again.
          keyed(error, box('error', [t(`error:${error.kind}` as Key, { status: error.status ?? '' })], button('retry', 'retry', this._retry), 'error', 'alert'))
        : ''}
      ${remaining > 0
        ? // aria-disabled, not disabled: a disabled button drops keyboard focus to the page.
          html`<button part="show-more" aria-disabled=${this._busy ? 'true' : nothing} @click=${this._showMore}>
            ${this._plural('showMore', remaining, { count: this._l.number(Math.min(this._pageSizeN, remaining)), remaining: this._l.number(remaining) })}
          </button>`
        : ''}
    </div>`;
  }

  private _result(r: Resource, id: string, now: Date): TemplateResult {
    const t = this._t;
    const lang = this._l.lang;
    const { name, description: text, eligibility: e } = r;
    const { minimumAge: min, maximumAge: max } = e;
    const hours = hoursOn(r.schedules, now);
    const open = isOpenAt(r.schedules, now);
    const long = !!text && text.length > LONG_DESCRIPTION;
    const expanded = this._expanded.has(r.id);
    const mail = mailtoUrl(r.email);
    // One row of the details per entry; an empty string or list leaves the row out.
    const details: [Key, string | unknown[]][] = [
      [
        'phone',
        r.phones.map((p) => {
          const { type, tel } = p;
          const kind = /^(fax|text|textphone)$/.test(type ?? '') ? t(`phone:${type}` as Key) : '';
          const number = joined(' ', kind, p.number);
          // A fax is not dialled; a text line gets sms: from the checked tel: digits, so no ?body= can ride along.
          const href = type === 'fax' ? null : type === 'text' ? tel?.replace('tel', 'sms') : tel;
          return html`<span class="tel"
            >${href ? link(href, number) : number}${p.extension ? ` ${t('extension', { extension: p.extension })}` : ''}${p.description && p.description !== kind ? ` (${p.description})` : ''}</span
          >`;
        }),
      ],
      [
        'address',
        r.addresses.map((a) => {
          const line = addressText(a);
          const map = mapUrl(a);
          return html`<span>${line}${map ? html` ${link(map, t('map'), t('mapOf', { address: line || name }))}` : ''}</span>`;
        }),
      ],
      [
        'hoursToday',
        hours
          ? [
              hours.length === 0
                ? t('closedToday')
                : hours.map((h) => (h.opensAt === '00:00' && h.closesAt === '24:00' ? t('allDay') : `${formatTime(lang, h.opensAt)} – ${formatTime(lang, h.closesAt)}`)).join(', '),
              open === null ? '' : html` <strong>${t(open ? 'openNow' : 'closedNow')}</strong>`,
            ]
          : [],
      ],
      ['languages', r.languages.join(', ')],
      ['areas', r.serviceAreas.join(', ')],
      ['cost', costText(r.free !== null && t(r.free ? 'free' : 'fees'), r.feesDescription)],
      [
        'eligibility',
        joined('. ', (min !== null || max !== null) && t(min === null ? 'agesTo' : max === null ? 'agesFrom' : 'ages', { min: min ?? '', max: max ?? '' }), e.description),
      ],
    ];
    // Only the text shown is in the page, so a screen reader and the eye get the same thing; the
    // search box still searches the whole description.
    return html`<li part="result" class="result">
      <article aria-labelledby=${id}>
        ${staticHtml`<${this._tag} id=${id} class="name" part="result-heading" tabindex="-1">${name}</${this._tag}>`}
        ${para('org', r.organization !== name && r.organization)} ${para('badge', r.status === 'temporarily closed' && t('temporarilyClosed'))}
        ${para('alert', r.alert && html`<strong>${t('alert')}</strong> ${r.alert}`)}
        ${text
          ? html`<p class="description" id="${id}d">
              ${long && !expanded ? shorten(text) : text}
              ${long
                ? html`<button class="toggle" aria-expanded=${String(expanded)} aria-controls="${id}d" @click=${() => this._toggle(r.id)}>
                    ${t(expanded ? 'less' : 'more')}${hidden(t('moreAbout', { name }))}
                  </button>`
                : ''}
            </p>`
          : ''}
        <dl class="details">${details.filter(([, value]) => value.length > 0).map(([key, value]) => html`<div><dt>${t(key)}</dt> <dd>${value}</dd></div>`)}</dl>
        ${r.url || mail ? html`<p class="links">${r.url ? link(r.url, t('website'), t('websiteOf', { name })) : ''} ${mail ? link(mail, r.email) : ''}</p>` : ''}
        ${para('checked', r.assuredDate && t('checked', { date: formatDate(lang, r.assuredDate) }))}
      </article>
    </li>`;
  }

  private _toggle(id: string): void {
    if (!this._expanded.delete(id)) this._expanded.add(id);
    this.requestUpdate();
  }
}
