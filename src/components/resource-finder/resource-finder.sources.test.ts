import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { captureWarnings } from '../../test/helpers.js';
import { $, $$, announced, countText, feed, loaded, names, sleep, spaces, statusText, type, waitUntil } from '../../test/resource-finder-data.js';
import './define.js';
import type { ResourceLoadEvent } from './events.js';
import type { ResourceFinder } from './resource-finder.js';

const GOOD = '/demo/data/halton-services.json';
const original = window.fetch;
let requested: string[] = [];

/**
 * Records every request; the first one goes to `firstTo` instead (a fault fixture of the test
 * server), the next ones where the element asked: a source that fails once, then recovers.
 */
function failOnce(firstTo: string | null): void {
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    requested.push(url);
    return original(requested.length === 1 && firstTo ? firstTo : input, init);
  };
}

const alertText = (el: ResourceFinder) => spaces($(el, '[role="alert"] p')?.textContent);

describe('<cswb-resource-finder> sources and faults', () => {
  beforeEach(() => {
    requested = [];
  });
  afterEach(() => {
    window.fetch = original;
  });

  it('is accessible while loading, loaded and failed', async () => {
    failOnce('/hsds-fixtures/not-found.json');
    const el = await fixture<ResourceFinder>(html`<cswb-resource-finder src=${GOOD}></cswb-resource-finder>`);
    expect($(el, '.region').getAttribute('aria-busy')).to.equal('true');
    expect($(el, '.skeleton').getAttribute('aria-hidden')).to.equal('true');
    expect(countText(el)).to.equal('Loading services…');
    await expect(el).to.be.accessible();
    await loaded(el);
    expect($(el, '[role="alert"]')).to.exist;
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.retry').click();
    await loaded(el);
    expect($$(el, '.result').length).to.equal(20);
    await expect(el).to.be.accessible();
  });

  it('loads a file from src, and requests nothing else', async () => {
    failOnce(null);
    const el = await fixture<ResourceFinder>(html`<cswb-resource-finder src=${GOOD}></cswb-resource-finder>`);
    const event = (await oneEvent(el, 'cswb-resource-load')) as ResourceLoadEvent;
    await loaded(el);
    expect(event.count).to.be.greaterThan(20);
    expect(countText(el)).to.equal(`${event.count} services found`);
    expect(requested).to.deep.equal([GOOD]);
  });

  for (const [name, url, message] of [
    ['404', '/hsds-fixtures/not-found.json', 'The list of services could not be found (error 404).'],
    ['500', '/hsds-fixtures/server-error.json', 'The server of the list of services has a problem (error 500). Please try again later.'],
    ['truncated JSON', '/hsds-fixtures/bad.json', 'The list of services is not valid data and could not be read.'],
    ['an HTML page', '/hsds-fixtures/html.json', 'The list of services is not valid data and could not be read.'],
  ] as const) {
    it(`shows an alert for ${name} and recovers on Retry, with focus kept on the results`, async () => {
      failOnce(url);
      const el = await fixture<ResourceFinder>(html`<cswb-resource-finder src=${GOOD}></cswb-resource-finder>`);
      await loaded(el);
      expect(alertText(el)).to.equal(message);
      expect($(el, '#count').hidden).to.equal(true);
      const retry = $<HTMLButtonElement>(el, '.retry');
      expect(spaces(retry.textContent)).to.equal('Retry');
      retry.focus();
      retry.click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#count'));
      await loaded(el);
      expect($(el, '[role="alert"]')).to.equal(null);
      expect($$(el, '.result')).to.have.length(20);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#count'));
      expect(requested).to.deep.equal([GOOD, GOOD]);
    });
  }

  it('times out after the timeout attribute, says so, and recovers on Retry', async () => {
    failOnce('/hsds-fixtures/slow.json');
    const el = await fixture<ResourceFinder>(html`<cswb-resource-finder src=${GOOD} timeout="300"></cswb-resource-finder>`);
    await loaded(el);
    expect(alertText(el)).to.equal('The list of services took too long to load.');
    $<HTMLButtonElement>(el, '.retry').click();
    await loaded(el);
    expect($$(el, '.result')).to.have.length(20);
  });

  it('keeps focus on Retry when the retry fails again', async () => {
    const el = await fixture<ResourceFinder>(html`<cswb-resource-finder src="/hsds-fixtures/not-found.json"></cswb-resource-finder>`);
    await loaded(el);
    $<HTMLButtonElement>(el, '.retry').click();
    await el.updateComplete;
    await loaded(el);
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '.retry'), 'focus back on Retry');
    expect(alertText(el)).to.contain('404');
  });

  it('announces no count while the list loads or after it failed, however the reader types', async () => {
    const el = await fixture<ResourceFinder>(html`<cswb-resource-finder src="/hsds-fixtures/slow.json"></cswb-resource-finder>`);
    await el.updateComplete;
    await type(el, $<HTMLInputElement>(el, '#q'), 'food');
    await sleep(700);
    expect(statusText(el)).to.equal('Loading services…');
    el.src = '/hsds-fixtures/not-found.json';
    await loaded(el);
    await type(el, $<HTMLInputElement>(el, '#q'), 'pantry');
    await sleep(700);
    expect(statusText(el)).to.equal('');
    expect(alertText(el)).to.contain('404');
  });

  it('reads an inline JSON script child, and says clearly when it is malformed', async () => {
    const el = await fixture<ResourceFinder>(html`<cswb-resource-finder
      ><script type="application/json">
        [{ "id": "a", "name": "Inline service" }, { "name": "no id" }]
      </script></cswb-resource-finder
    >`);
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Inline service']);
    expect(spaces($(el, '.partial').textContent)).to.equal('1 record could not be read.');
    expect($(el, '.partial').getAttribute('role')).to.equal(null);
    expect(await announced(el)).to.equal('1 service found 1 record could not be read.');
    await expect(el).to.be.accessible();
    const bad = await fixture<ResourceFinder>(html`<cswb-resource-finder><script type="application/json">{"contents": [</script></cswb-resource-finder>`);
    await bad.updateComplete;
    expect(alertText(bad)).to.equal('The list of services is not valid data and could not be read.');
    bad.querySelector('script')!.textContent = '[{"id":"b","name":"Fixed"}]';
    $<HTMLButtonElement>(bad, '.retry').click();
    await bad.updateComplete;
    expect(names(bad)).to.deep.equal(['Fixed']);
  });

  it('reads an inline JSON child added later when the element connects again', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><cswb-resource-finder></cswb-resource-finder></div>`);
    const el = wrap.querySelector('cswb-resource-finder')!;
    await el.updateComplete;
    expect($(el, '[part="error"]')).to.exist;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '[{"id":"late","name":"Added later"}]';
    el.append(script);
    wrap.append(el);
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Added later']);
  });

  it('takes the services property first, then api, then src, then the inline script', async () => {
    failOnce(null);
    const el = await fixture<ResourceFinder>(html`<cswb-resource-finder src=${GOOD} .services=${feed()}
      ><script type="application/json">[{"id":"x","name":"Inline"}]</script></cswb-resource-finder
    >`);
    await el.updateComplete;
    expect(names(el)).to.have.length(4);
    expect(requested).to.deep.equal([]);
    el.services = null;
    await el.updateComplete;
    await loaded(el);
    expect(requested).to.deep.equal([GOOD]);
    el.src = '';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Inline']);
  });

  it('explains how to configure a source when there is none, without a request', async () => {
    failOnce(null);
    const el = await fixture<ResourceFinder>(html`<cswb-resource-finder></cswb-resource-finder>`);
    expect(spaces($(el, '[part="error"]').textContent)).to.contain('this finder has no data source yet');
    expect($(el, '[role="alert"]')).to.equal(null);
    expect(requested).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('aborts the request when the source changes or the element leaves the page', async () => {
    const signals: AbortSignal[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      signals.push(init!.signal!);
      return original(input, init);
    };
    const el = await fixture<ResourceFinder>(html`<cswb-resource-finder src="/hsds-fixtures/slow.json"></cswb-resource-finder>`);
    el.src = GOOD;
    await el.updateComplete;
    await loaded(el);
    expect(signals[0]!.aborted).to.equal(true);
    expect($$(el, '.result')).to.have.length(20);
    el.src = '/hsds-fixtures/slow.json';
    await el.updateComplete;
    el.remove();
    expect(signals[2]!.aborted).to.equal(true);
  });

  it('falls back to 15 s for a bad timeout, with one warning', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<ResourceFinder>(html`<cswb-resource-finder timeout="soon" .services=${feed()}></cswb-resource-finder>`);
      await el.updateComplete;
      expect(names(el)).to.have.length(4);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('timeout="soon"');
  });

  it('says the errors in French', async () => {
    const el = await fixture<ResourceFinder>(html`<cswb-resource-finder lang="fr" src="/hsds-fixtures/server-error.json"></cswb-resource-finder>`);
    await loaded(el);
    expect(alertText(el)).to.equal('Le serveur de la liste des services a un problème (erreur 500). Veuillez réessayer plus tard.');
    expect(spaces($(el, '.retry').textContent)).to.equal('Réessayer');
  });
});
