import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, announced, choose, feed, loaded, names, type, waitUntil } from '../../test/resource-finder-data.js';
import './define.js';

const params = () => new URLSearchParams(location.search);

/** Goes back one history entry and waits for the popstate the finder listens to. */
async function back(): Promise<void> {
  const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  history.back();
  await popped;
}

describe('<cswb-resource-finder> sync-url', () => {
  let start: string;
  beforeEach(() => {
    start = location.href;
  });
  afterEach(() => {
    // Leave the test page's URL as it was for the next test.
    history.replaceState(null, '', start);
  });

  const finder = async (attrs = html`<cswb-resource-finder sync-url .services=${feed()}></cswb-resource-finder>`) => {
    const wrap = await fixture<HTMLDivElement>(html`<div>${attrs}</div>`);
    const el = wrap.querySelector('cswb-resource-finder')!;
    await el.updateComplete;
    return el;
  };

  it('writes the search while typing (replaced) and a filter change (pushed), and back restores the view', async () => {
    const el = await finder();
    const length = history.length;
    await type(el, $<HTMLInputElement>(el, '#q'), 'milton');
    await waitUntil(() => params().get('cswb-q') === 'milton', 'the search in the URL');
    expect(history.length).to.equal(length);
    await choose(el, $<HTMLSelectElement>(el, '#category'), 'traffic-safety');
    expect(params().get('cswb-category')).to.equal('traffic-safety');
    expect(history.length).to.equal(length + 1);
    expect(names(el)).to.deep.equal(['Sécurité routière Milton']);
    await back();
    await el.updateComplete;
    expect(params().get('cswb-category')).to.equal(null);
    expect($<HTMLSelectElement>(el, '#category').value).to.equal('');
    expect($<HTMLInputElement>(el, '#q').value).to.equal('milton');
    expect(names(el)).to.have.members(['Sécurité routière Milton', 'Santé mentale jeunesse']);
  });

  it('starts from the URL over the preset attributes, with every filter', async () => {
    history.replaceState(null, '', `${location.pathname}?other=1&cswb-q=&cswb-area=milton&cswb-age=20&cswb-lang=francais`);
    const el = await finder(html`<cswb-resource-finder sync-url query="crisis" .services=${feed()}></cswb-resource-finder>`);
    expect($<HTMLInputElement>(el, '#q').value).to.equal('');
    expect($<HTMLSelectElement>(el, '#area').value).to.equal('milton');
    expect($<HTMLInputElement>(el, '#age').value).to.equal('20');
    expect(names(el)).to.deep.equal(['Sécurité routière Milton']);
    await announced(el);
    expect(params().get('other')).to.equal('1');
  });

  it('starts from a priority in the URL, with the priority attribute set and no extra history entry', async () => {
    history.replaceState(null, '', `${location.pathname}?cswb-priority=mental-health`);
    const length = history.length;
    const el = await finder();
    expect(el.getAttribute('priority')).to.equal('mental-health');
    expect(names(el)).to.have.members(['Crisis Line Halton', 'Santé mentale jeunesse']);
    expect(history.length).to.equal(length);
  });

  it('keeps free, open now and a priority in the URL', async () => {
    const el = await finder();
    $<HTMLInputElement>(el, '#freeOnly').click();
    await el.updateComplete;
    expect(params().get('cswb-free')).to.equal('1');
    el.setAttribute('priority', 'mental-health');
    await el.updateComplete;
    expect(params().get('cswb-priority')).to.equal('mental-health');
    expect(params().get('cswb-free')).to.equal(null);
    await back();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#freeOnly').checked).to.equal(true);
    expect(names(el)).to.deep.equal(['Crisis Line Halton']);
  });

  it('makes one history entry for a burst of changes, such as arrowing through a closed select', async () => {
    const el = await finder();
    const category = $<HTMLSelectElement>(el, '#category');
    category.focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(params().get('cswb-category')).to.equal('mental-health');
    await back();
    await el.updateComplete;
    expect(params().get('cswb-category')).to.equal(null);
    expect(category.value).to.equal('');
    expect(names(el)).to.have.length(4);
  });

  it('after Back, the priority attribute matches the restored view, with no new hand-over', async () => {
    const el = await finder();
    el.setAttribute('priority', 'mental-health');
    await el.updateComplete;
    await type(el, $<HTMLInputElement>(el, '#q'), 'oakville');
    el.setAttribute('priority', 'traffic-safety');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Sécurité routière Milton']);
    await back();
    await el.updateComplete;
    expect(el.getAttribute('priority')).to.equal('mental-health');
    expect($<HTMLInputElement>(el, '#q').value).to.equal('oakville');
    expect(names(el)).to.deep.equal(['Crisis Line Halton']);
    expect(params().get('cswb-q')).to.equal('oakville');
    expect(params().get('cswb-priority')).to.equal('mental-health');
  });

  it('leaves the view alone when the page jumps to an in-page anchor', async () => {
    let requests = 0;
    const original = window.fetch;
    window.fetch = (...args: Parameters<typeof fetch>) => (requests++, original(...args));
    try {
      const el = await finder(html`<cswb-resource-finder sync-url api="/hsds-api" page-size="5"></cswb-resource-finder>`);
      await loaded(el);
      $<HTMLButtonElement>(el, '[part="show-more"]').click();
      await loaded(el);
      expect(names(el)).to.have.length(10);
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      location.hash = '#x';
      await popped;
      await loaded(el);
      expect(names(el)).to.have.length(10);
      expect(requests).to.equal(2);
    } finally {
      window.fetch = original;
    }
  });

  it("uses the finder's id as the prefix, and leaves the URL alone without sync-url", async () => {
    const el = await finder(html`<cswb-resource-finder id="services" sync-url .services=${feed()}></cswb-resource-finder>`);
    await choose(el, $<HTMLSelectElement>(el, '#category'), 'food');
    expect(params().get('services-category')).to.equal('food');
    expect(params().get('cswb-category')).to.equal(null);
    const plain = await finder(html`<cswb-resource-finder .services=${feed()}></cswb-resource-finder>`);
    const before = location.href;
    await choose(plain, $<HTMLSelectElement>(plain, '#category'), 'crisis');
    expect(location.href).to.equal(before);
  });
});
