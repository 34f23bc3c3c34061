import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, announced, choose, countText, feed, loaded, names, sleep, spaces, statusText, type, waitUntil } from '../../test/resource-finder-data.js';
import './define.js';
import type { ResourceSearchEvent } from './events.js';

const original = window.fetch;
let requests: { url: URL; signal: AbortSignal }[] = [];

/** Records every request; `route` may send one elsewhere, and `detach` lets it ignore its abort signal. */
function watch(route: (url: URL, n: number) => { to?: string; detach?: boolean } = () => ({})): void {
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), location.href);
    requests.push({ url, signal: init!.signal! });
    const { to, detach } = route(url, requests.length);
    return original(to ?? input, detach ? { ...init, signal: null } : init);
  };
}

const api = (attrs = html``) =>
  fixture<HTMLDivElement>(html`<div>${attrs}</div>`).then(async (wrap) => {
    const el = wrap.querySelector('cswb-resource-finder')!;
    await loaded(el);
    return el;
  });

describe('<cswb-resource-finder> HSDS API mode', () => {
  beforeEach(() => {
    requests = [];
  });
  afterEach(() => {
    window.fetch = original;
  });

  it('is accessible, and offers only the filters the API can apply', async () => {
    watch();
    const el = await api(html`<cswb-resource-finder api="/hsds-api" page-size="5"></cswb-resource-finder>`);
    await expect(el).to.be.accessible();
    expect($(el, '#category')).to.exist;
    expect($(el, '#freeOnly')).to.equal(null);
    expect($(el, '#openNow')).to.equal(null);
    expect($(el, '#age')).to.equal(null);
    expect($$(el, '.result')).to.have.length(5);
    expect(requests[0]!.url.pathname).to.equal('/hsds-api/services');
    expect(requests[0]!.url.searchParams.get('per_page')).to.equal('5');
    expect(countText(el)).to.equal('41 services found');
  });

  it('sends the typed search to the server after a pause, once, and fires cswb-search', async () => {
    watch();
    const el = await api(html`<cswb-resource-finder api="/hsds-api"></cswb-resource-finder>`);
    const events: ResourceSearchEvent[] = [];
    el.addEventListener('cswb-search', (e) => events.push(e));
    const input = $<HTMLInputElement>(el, '#q');
    await type(el, input, 'pan');
    await type(el, input, 'pantry');
    await waitUntil(() => requests.length === 2, 'the search request');
    await loaded(el);
    expect(requests[1]!.url.searchParams.get('search')).to.equal('pantry');
    expect(names(el)).to.deep.equal(['Community Pantry']);
    expect(await announced(el)).to.equal('1 service found');
    expect(events.map((e) => [e.query, e.count])).to.deep.equal([['pantry', 1]]);
    expect(requests).to.have.length(2);
  });

  it("forgets a reader's search that failed to load: the page's next source fires no cswb-search", async () => {
    watch((_url, n) => (n === 2 ? { to: '/hsds-api/error/services' } : {}));
    const el = await api(html`<cswb-resource-finder api="/hsds-api"></cswb-resource-finder>`);
    const events: ResourceSearchEvent[] = [];
    el.addEventListener('cswb-search', (e) => events.push(e));
    await type(el, $<HTMLInputElement>(el, '#q'), 'pantry');
    await waitUntil(() => $(el, '[role="alert"]') !== null, 'the failed search');
    el.services = feed();
    await el.updateComplete;
    expect(await announced(el)).to.equal('No services found');
    expect(events).to.deep.equal([]);
  });

  it('sends the category as taxonomy_term_id, area and language as parameters', async () => {
    watch();
    const el = await api(html`<cswb-resource-finder api="/hsds-api"></cswb-resource-finder>`);
    await choose(el, $<HTMLSelectElement>(el, '#category'), 'traffic-safety');
    await waitUntil(() => requests.length === 2, 'the category request');
    await loaded(el);
    expect(requests.at(-1)!.url.searchParams.get('taxonomy_term_id')).to.equal('traffic-safety');
    expect(names(el)).to.include('Child Car Seat Clinics');
    expect(countText(el)).to.equal(`${names(el).length} services found`);
    const language = $<HTMLSelectElement>(el, '#language');
    await choose(el, language, language.options[1]!.value);
    await waitUntil(() => requests.length === 3, 'the language request');
    await loaded(el);
    expect(requests.at(-1)!.url.searchParams.get('language')).to.equal(language.options[1]!.value);
  });

  it('waits for a pause in select changes before asking the server, as for typing', async () => {
    watch();
    const el = await api(html`<cswb-resource-finder api="/hsds-api"></cswb-resource-finder>`);
    const category = $<HTMLSelectElement>(el, '#category');
    category.focus();
    // A closed select changes (and fires change) at each ArrowDown.
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => requests.length === 2, 'the category request');
    await loaded(el);
    await sleep(300);
    expect(requests).to.have.length(2);
    expect(category.value).to.not.equal('');
    expect(requests[1]!.url.searchParams.get('taxonomy_term_id')).to.equal(category.value);
  });

  it('appends the next page with Show more and moves focus to its first result', async () => {
    watch();
    const el = await api(html`<cswb-resource-finder api="/hsds-api" page-size="10"></cswb-resource-finder>`);
    const more = $<HTMLButtonElement>(el, '[part="show-more"]');
    expect(spaces(more.textContent)).to.equal('Show 10 more (31 not shown yet)');
    const first = names(el);
    more.click();
    await loaded(el);
    expect(requests.at(-1)!.url.searchParams.get('page')).to.equal('2');
    expect(names(el)).to.have.length(20);
    expect(names(el).slice(0, 10)).to.deep.equal(first);
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '.name')[10]);
    await expect(el).to.be.accessible();
  });

  it('keeps focus on Show more while the next page loads, says it is loading, and ignores more clicks', async () => {
    watch((url, n) => (n === 2 ? { to: `/hsds-api/slow/services${url.search}` } : {}));
    const el = await api(html`<cswb-resource-finder api="/hsds-api" page-size="10"></cswb-resource-finder>`);
    const more = $<HTMLButtonElement>(el, '[part="show-more"]');
    more.focus();
    more.click();
    await el.updateComplete;
    expect(more.disabled).to.equal(false);
    expect(more.getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(more);
    expect(statusText(el)).to.equal('Loading services…');
    more.click();
    await loaded(el);
    expect(requests).to.have.length(2);
    expect(names(el)).to.have.length(20);
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '.name')[10]);
  });

  it('alerts again when Retry of Show more fails again, with focus on Retry', async () => {
    watch((_url, n) => (n > 1 ? { to: '/hsds-api/error/services' } : {}));
    const el = await api(html`<cswb-resource-finder api="/hsds-api" page-size="10"></cswb-resource-finder>`);
    $<HTMLButtonElement>(el, '[part="show-more"]').click();
    await loaded(el);
    const first = $(el, '[role="alert"]');
    $<HTMLButtonElement>(el, '.retry').click();
    await el.updateComplete;
    await loaded(el);
    expect(requests).to.have.length(3);
    // A new alert element is announced; the same one with the same text would say nothing.
    const second = $(el, '[role="alert"]');
    expect(second).to.not.equal(first);
    expect(spaces(second.textContent)).to.contain('error 500');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.retry'));
  });

  it('keeps the loaded results when Show more fails, with Retry below them, and Retry fetches that page again', async () => {
    watch((_url, n) => (n === 2 ? { to: '/hsds-api/error/services' } : {}));
    const el = await api(html`<cswb-resource-finder api="/hsds-api" page-size="10"></cswb-resource-finder>`);
    const first = names(el);
    $<HTMLButtonElement>(el, '[part="show-more"]').click();
    await loaded(el);
    expect(names(el)).to.deep.equal(first);
    expect(countText(el)).to.equal('41 services found');
    const alert = $(el, '[role="alert"]');
    expect(spaces(alert.textContent)).to.contain('error 500');
    expect($(el, '[part="results"]').compareDocumentPosition(alert) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect($(el, '[part="show-more"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.retry'));
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.retry').click();
    await loaded(el);
    expect(requests.at(-1)!.url.searchParams.get('page')).to.equal('2');
    expect($(el, '[role="alert"]')).to.equal(null);
    expect(names(el)).to.have.length(20);
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '.name')[10]);
  });

  it('aborts a stale request, and a late answer to it never overwrites newer results', async () => {
    // The first request goes to the 3 s endpoint and ignores its abort, so its answer does arrive.
    watch((_url, n) => (n === 1 ? { to: '/hsds-api/slow/services', detach: true } : {}));
    const wrap = await fixture<HTMLDivElement>(html`<div><cswb-resource-finder api="/hsds-api"></cswb-resource-finder></div>`);
    const el = wrap.querySelector('cswb-resource-finder')!;
    await el.updateComplete;
    await type(el, $<HTMLInputElement>(el, '#q'), 'pantry');
    await waitUntil(() => requests.length === 2, 'the newer request');
    expect(requests[0]!.signal.aborted).to.equal(true);
    await loaded(el);
    expect(names(el)).to.deep.equal(['Community Pantry']);
    await sleep(3300);
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Community Pantry']);
    expect(countText(el)).to.equal('1 service found');
  });

  it('shows the server error as an alert and recovers on Retry', async () => {
    watch((_url, n) => (n === 1 ? { to: '/hsds-api/error/services' } : {}));
    const el = await api(html`<cswb-resource-finder api="/hsds-api"></cswb-resource-finder>`);
    expect(spaces($(el, '[role="alert"]').textContent)).to.contain('error 500');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.retry').click();
    await loaded(el);
    expect($(el, '[role="alert"]')).to.equal(null);
    expect($$(el, '.result')).to.have.length(20);
  });
});
