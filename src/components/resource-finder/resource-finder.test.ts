import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings } from '../../test/helpers.js';
import { $, $$, LONG, NOW, announced, choose, countText, feed, names, sleep, spaces, statusText, type } from '../../test/resource-finder-data.js';
import './define.js';
import type { ResourceSearchEvent } from './events.js';
import type { ResourceFinder } from './resource-finder.js';

const finder = (records: unknown = feed(), extra = html``) =>
  fixture<ResourceFinder>(html`<div>${extra}<cswb-resource-finder .services=${records} .now=${NOW}></cswb-resource-finder></div>`).then(
    async (wrap) => {
      const el = wrap.querySelector('cswb-resource-finder')!;
      await el.updateComplete;
      return el;
    },
  );

const search = (el: ResourceFinder) => $<HTMLInputElement>(el, '#q');
const select = (el: ResourceFinder, name: string) => $<HTMLSelectElement>(el, `#${name}`);
const article = (el: ResourceFinder, name: string) =>
  $$(el, 'article').find((a) => spaces(a.querySelector('.name')!.textContent) === name)!;

describe('<cswb-resource-finder> rendering', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('is accessible loaded, filtered to nothing, with a long list and in French', async () => {
    const el = await finder(feed(25));
    await expect(el).to.be.accessible();
    await type(el, search(el), 'zzzz');
    await expect(el).to.be.accessible();
    el.lang = 'fr';
    await type(el, search(el), '');
    await expect(el).to.be.accessible();
  });

  it('shows a labelled search box, a fieldset of filters built from the data, and the emergency line', async () => {
    const el = await finder();
    const input = search(el);
    expect(input.type).to.equal('search');
    expect(spaces($(el, 'label[for="q"]').textContent)).to.equal('Search services');
    expect(spaces($(el, 'legend').textContent)).to.equal('Filter services');
    expect([...select(el, 'category').options].map((o) => o.text)).to.deep.equal(['All categories', 'Crisis support', 'Food', 'Mental health', 'Sécurité routière']);
    expect([...select(el, 'area').options].map((o) => o.text)).to.deep.equal(['All areas', 'Burlington', 'Milton', 'Oakville']);
    expect([...select(el, 'language').options].map((o) => o.text)).to.deep.equal(['All languages', 'English', 'Français']);
    expect($(el, '#freeOnly')).to.exist;
    expect($(el, '#openNow')).to.exist;
    expect($(el, '#age')).to.exist;
    const emergency = $<HTMLAnchorElement>(el, '.emergency a');
    expect(spaces($(el, '.emergency').textContent)).to.equal('In an emergency, call 911.');
    expect(emergency.getAttribute('href')).to.equal('tel:911');
  });

  it('hides filters the data cannot feed', async () => {
    const el = await finder([{ id: 'a', name: 'Only a name' }]);
    expect($(el, 'fieldset')).to.equal(null);
    expect(countText(el)).to.equal('1 service found');
  });

  it('renders each result as an article named by its heading, with every detail as text and links', async () => {
    const el = await finder();
    expect($$(el, 'ul[role="list"] > li > article')).to.have.length(4);
    const crisis = article(el, 'Crisis Line Halton');
    const heading = crisis.querySelector('h3')!;
    expect(crisis.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(spaces(crisis.querySelector('.org')!.textContent)).to.equal('Halton Crisis Services');
    const tel = crisis.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(tel.getAttribute('href')).to.equal('tel:18778259011');
    expect(spaces(tel.textContent)).to.equal('1-877-825-9011');
    expect(spaces(crisis.querySelector('.tel')!.textContent)).to.equal('1-877-825-9011 ext. 2');
    const website = crisis.querySelector<HTMLAnchorElement>('a[href="https://example.org/crisis"]')!;
    expect(spaces(website.textContent)).to.equal('Website of Crisis Line Halton');
    expect(website.target).to.equal('');
    expect(crisis.querySelector('a[href="mailto:help@example.org"]')).to.exist;
    const map = crisis.querySelector<HTMLAnchorElement>('a[href^="https://www.openstreetmap.org/"]')!;
    expect(map.getAttribute('href')).to.equal('https://www.openstreetmap.org/?mlat=43.45&mlon=-79.68#map=17/43.45/-79.68');
    expect(spaces(map.textContent)).to.equal('Map of 1 Main St, Oakville, ON, L6J 1A1 (OpenStreetMap)');
    expect(crisis.querySelector('iframe, img')).to.equal(null);
    const details = spaces(crisis.querySelector('dl')!.textContent);
    expect(details).to.contain('Today 9:00 a.m. – 5:00 p.m. Open now');
    expect(details).to.contain('Languages English, Français');
    expect(details).to.contain('Areas served Oakville');
    // The published text already says free: the label is not repeated in front of it.
    expect(details).to.contain('Cost Free of charge.');
    expect(details).not.to.contain('Free — Free');
    expect(details).to.contain('Who can use it Ages 16 and over');
    expect(spaces(crisis.querySelector('.checked')!.textContent)).to.equal('Information checked on January 15, 2025');
    const securite = article(el, 'Sécurité routière Milton');
    expect(spaces(securite.textContent)).to.contain('Cost Fees apply — $20 per session');
    const sante = article(el, 'Santé mentale jeunesse');
    expect(spaces(sante.querySelector('.badge')!.textContent)).to.equal('Temporarily closed');
    expect(spaces(sante.querySelector('.alert')!.textContent)).to.equal('Notice: Sessions are online until April.');
    expect(spaces(sante.textContent)).to.contain('Who can use it Ages 12 to 24. Youth living in Halton');
  });

  it('names text, fax and TTY lines: a text line links with sms:, a fax is plain text', async () => {
    const el = await finder([
      {
        id: 'lines',
        name: 'Lines',
        phones: [
          { number: '988', type: 'voice', description: 'Call 9-8-8' },
          { number: '988', type: 'sms', description: 'Text 9-8-8' },
          { number: '905-555-0159', type: 'fax' },
          { number: '1-866-863-7868', type: 'textphone', description: 'TTY' },
          { number: 'HOME to 686868', type: 'text' },
        ],
      },
    ]);
    const lines = () => $$(el, '.tel').map((line) => [spaces(line.textContent), line.querySelector('a')?.getAttribute('href') ?? null]);
    expect(lines()).to.deep.equal([
      ['988 (Call 9-8-8)', 'tel:988'],
      ['Text 988 (Text 9-8-8)', 'sms:988'],
      ['Fax 905-555-0159', null],
      ['TTY 1-866-863-7868', 'tel:18668637868'],
      ['Text HOME to 686868', null],
    ]);
    el.lang = 'fr';
    // The language observer reports after the attribute change, then the element renders.
    await sleep(0);
    await el.updateComplete;
    expect(lines().map(([text]) => text)).to.deep.equal(['988 (Call 9-8-8)', 'Texto 988 (Text 9-8-8)', 'Télécopieur 905-555-0159', 'ATS 1-866-863-7868 (TTY)', 'Texto HOME to 686868']);
  });

  it('shows closed hours and no open badge when the clock says so', async () => {
    const el = await finder();
    el.now = new Date('2025-03-09T16:00:00Z'); // a Sunday
    await el.updateComplete;
    expect(spaces(article(el, 'Crisis Line Halton').querySelector('dl')!.textContent)).to.contain('Today Closed today Closed now');
  });

  it('says "Open 24 hours" for a midnight-to-midnight schedule, and skips an organisation named like the service', async () => {
    const el = await finder([{ id: 'a', name: 'Line', organization: { name: 'Line' }, schedules: [{ opens_at: '00:00', closes_at: '23:59' }] }]);
    expect(spaces($(el, 'dl').textContent)).to.contain('Today Open 24 hours Open now');
    expect($(el, '.org')).to.equal(null);
  });

  it('heading-level sets the level of every result heading', async () => {
    const el = await finder();
    el.headingLevel = 5;
    await el.updateComplete;
    expect($$(el, 'h5.name')).to.have.length(4);
    expect($$(el, 'h3')).to.have.length(0);
  });

  it('shortens long descriptions with a More / Less button that says what it expands', async () => {
    const el = await finder();
    const sante = article(el, 'Santé mentale jeunesse');
    const button = sante.querySelector<HTMLButtonElement>('.toggle')!;
    const text = () => spaces(sante.querySelector('.description')!.textContent).replace(spaces(button.textContent), '').trim();
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(spaces(button.textContent)).to.equal('More about Santé mentale jeunesse');
    expect(text().length).to.be.below(210);
    expect(text().endsWith('…')).to.equal(true);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(text()).to.equal(LONG);
    expect(spaces(button.textContent)).to.equal('Less about Santé mentale jeunesse');
    expect(article(el, 'Crisis Line Halton').querySelector('.toggle')).to.equal(null);
  });

  it('counts in a polite live region, after a pause, and fires cswb-search for the user', async () => {
    const el = await finder();
    const status = $(el, '[role="status"]');
    expect(status.getAttribute('aria-live') ?? 'polite').to.equal('polite');
    expect(await announced(el)).to.equal('4 services found');
    const events: ResourceSearchEvent[] = [];
    el.addEventListener('cswb-search', (e) => events.push(e));
    await type(el, search(el), 'oak');
    await type(el, search(el), 'oakville');
    expect(countText(el)).to.equal('1 service found');
    expect(statusText(el)).to.equal('');
    expect(await announced(el)).to.equal('1 service found');
    expect(events).to.have.length(1);
    expect(events[0]!.query).to.equal('oakville');
    expect(events[0]!.count).to.equal(1);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    await type(el, search(el), 'nothing like it');
    expect(await announced(el)).to.equal('No services found');
  });

  it("reports only the reader's own changes: code that replaces them within the pause silences the event", async () => {
    const el = await finder();
    await announced(el);
    const events: ResourceSearchEvent[] = [];
    el.addEventListener('cswb-search', (e) => events.push(e));
    await type(el, search(el), 'oak');
    el.search('milton');
    await el.updateComplete;
    expect(await announced(el)).to.equal('2 services found');
    // The page's view replaced the reader's before the pause ended: nothing was reported, least of all the page's query.
    expect(events).to.deep.equal([]);
    el.search('crisis');
    await type(el, search(el), 'oakville');
    expect(await announced(el)).to.equal('1 service found');
    expect(events.map((e) => e.query)).to.deep.equal(['oakville']);
  });

  it('finds accented names without accents, through the search box', async () => {
    const el = await finder();
    await type(el, search(el), 'securite');
    expect(names(el)).to.deep.equal(['Sécurité routière Milton']);
  });

  it('filters by category, area, language, free, open now and age', async () => {
    const el = await finder();
    await choose(el, select(el, 'area'), select(el, 'area').options[2]!.value);
    expect(names(el)).to.have.members(['Sécurité routière Milton', 'Santé mentale jeunesse']);
    await choose(el, select(el, 'area'), '');
    await choose(el, select(el, 'language'), select(el, 'language').options[1]!.value);
    expect(names(el)).to.deep.equal(['Crisis Line Halton']);
    await choose(el, select(el, 'language'), '');
    await choose(el, select(el, 'category'), 'food');
    expect(names(el)).to.deep.equal(['<img src=x onerror=alert(1)>']);
    await choose(el, select(el, 'category'), '');
    $<HTMLInputElement>(el, '#freeOnly').click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Crisis Line Halton']);
    $<HTMLInputElement>(el, '#freeOnly').click();
    $<HTMLInputElement>(el, '#openNow').click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Crisis Line Halton']);
    $<HTMLInputElement>(el, '#openNow').click();
    await el.updateComplete;
    await type(el, $<HTMLInputElement>(el, '#age'), '30');
    expect(names(el)).to.not.include('Santé mentale jeunesse');
    expect(names(el)).to.include('Crisis Line Halton');
  });

  it('suggests clearing the filters when nothing matches, and clearing puts focus in the search box', async () => {
    const el = await finder();
    await type(el, search(el), 'zzzz');
    const empty = $(el, '[part="empty"]');
    expect(spaces(empty.textContent)).to.contain('No services match your search.');
    $<HTMLButtonElement>(el, '.clear').click();
    await el.updateComplete;
    expect(names(el)).to.have.length(4);
    expect(search(el).value).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(search(el));
  });

  it('says so when the data holds no services, with nothing to clear', async () => {
    const el = await finder([]);
    expect(spaces($(el, '[part="empty"]').textContent)).to.equal('This directory has no services to show.');
    expect($(el, '.clear')).to.equal(null);
  });

  it('shows results in pages, Show more says what remains and moves focus to the first new result', async () => {
    const el = await finder(feed(21));
    expect($$(el, '.result')).to.have.length(20);
    const more = $<HTMLButtonElement>(el, '[part="show-more"]');
    expect(spaces(more.textContent)).to.equal('Show 5 more (5 not shown yet)');
    more.click();
    await el.updateComplete;
    expect($$(el, '.result')).to.have.length(25);
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '.name')[20]);
    expect($(el, '[part="show-more"]')).to.equal(null);
    el.pageSize = 10;
    await el.updateComplete;
    expect($$(el, '.result')).to.have.length(10);
    expect(spaces($(el, '[part="show-more"]').textContent)).to.equal('Show 10 more (15 not shown yet)');
  });

  it('says Show 1 more in the singular, in both languages', async () => {
    const el = await finder(feed(1));
    el.pageSize = 4;
    await el.updateComplete;
    expect(spaces($(el, '[part="show-more"]').textContent)).to.equal('Show 1 more (1 not shown yet)');
    el.lang = 'fr';
    // The language observer reports after the attribute change, then the element renders.
    await sleep(0);
    await el.updateComplete;
    expect(spaces($(el, '[part="show-more"]').textContent)).to.equal('Afficher 1 de plus (1 pas encore affiché)');
    el.pageSize = 3;
    await el.updateComplete;
    expect(spaces($(el, '[part="show-more"]').textContent)).to.equal('Afficher 2 de plus (2 pas encore affichés)');
  });

  it('works from the keyboard alone: search, filter, then reach a result link', async () => {
    const el = await finder();
    search(el).focus();
    await sendKeys({ type: 'sante' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Santé mentale jeunesse']);
    await type(el, search(el), '');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(select(el, 'category'));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Santé mentale jeunesse']);
    // Past the other filters to the first link of the results.
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' });
    const active = el.shadowRoot!.activeElement as HTMLElement;
    expect(active.closest('article')).to.equal(article(el, 'Santé mentale jeunesse'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active.getAttribute('aria-expanded')).to.equal('true');
  });

  it('preset attributes choose the first view; search() changes it in code and fires nothing', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><cswb-resource-finder query="crisis" area="milton" .services=${feed()}></cswb-resource-finder></div>`);
    const el = wrap.querySelector('cswb-resource-finder')!;
    await el.updateComplete;
    expect(search(el).value).to.equal('crisis');
    expect(names(el)).to.deep.equal(['Santé mentale jeunesse']);
    let fired = 0;
    el.addEventListener('cswb-search', () => fired++);
    el.search('', { category: 'traffic-safety' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Sécurité routière Milton']);
    expect(select(el, 'category').value).to.equal('traffic-safety');
    el.query = 'food';
    await el.updateComplete;
    await sleep(600);
    expect(fired).to.equal(0);
  });

  it('takes a priority hand-over: the select names it, results follow its categories, focus() lands on the count', async () => {
    const el = await finder(feed(), html`<button id="card">Find services</button>`);
    const card = el.parentElement!.querySelector('button')!;
    card.focus();
    el.setAttribute('priority', 'mental-health');
    el.focus();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#count'));
    expect(names(el)).to.have.members(['Crisis Line Halton', 'Santé mentale jeunesse']);
    const category = select(el, 'category');
    expect(category.selectedOptions[0]!.text).to.equal('Mental health and addictions (priority)');
    await expect(el).to.be.accessible();
    await choose(el, category, '');
    expect(el.hasAttribute('priority')).to.equal(false);
    expect(names(el)).to.have.length(4);
    el.setAttribute('priority', 'mental-health');
    await el.updateComplete;
    expect(names(el)).to.have.length(2);
  });

  it('drops the priority filter when code removes the priority', async () => {
    const el = await finder();
    el.setAttribute('priority', 'mental-health');
    await el.updateComplete;
    expect(names(el)).to.have.length(2);
    el.removeAttribute('priority');
    await el.updateComplete;
    await el.updateComplete;
    expect(select(el, 'category').value).to.equal('');
    expect(names(el)).to.have.length(4);
  });

  it('starts afresh when the same priority is handed over again', async () => {
    const el = await finder();
    el.setAttribute('priority', 'mental-health');
    await el.updateComplete;
    await type(el, search(el), 'oakville');
    expect(names(el)).to.deep.equal(['Crisis Line Halton']);
    el.setAttribute('priority', 'mental-health');
    await el.updateComplete;
    expect(search(el).value).to.equal('');
    expect(names(el)).to.have.members(['Crisis Line Halton', 'Santé mentale jeunesse']);
    expect(select(el, 'category').selectedOptions[0]!.text).to.equal('Mental health and addictions (priority)');
  });

  it('follows priority-categories, and warns once for an unknown priority or a bad map', async () => {
    const el = await finder();
    el.setAttribute('priority-categories', '{"crime":"food"}');
    el.setAttribute('priority', 'crime');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['<img src=x onerror=alert(1)>']);
    const warnings = captureWarnings();
    try {
      el.setAttribute('priority', 'unknown-priority');
      el.setAttribute('priority-categories', 'not json');
      el.headingLevel = 9;
      el.pageSize = -1;
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.join('\n')).to.contain('priority="unknown-priority"').and.contain('priority-categories').and.contain('heading-level="9"').and.contain('page-size="-1"');
    expect($$(el, 'h3.name').length).to.be.greaterThan(0);
  });

  it('renders hostile data as text: no element from a name, no link from javascript:', async () => {
    const el = await finder();
    const hostile = article(el, '<img src=x onerror=alert(1)>');
    expect(hostile.querySelector('img, b')).to.equal(null);
    expect(spaces(hostile.querySelector('.description')!.textContent)).to.equal('<b>not bold</b>');
    expect(hostile.querySelector('a')).to.equal(null);
    expect($$(el, 'a').every((a) => /^(https?:|tel:|mailto:)/.test(a.getAttribute('href')!))).to.equal(true);
  });

  it('speaks French: labels, count, dates and hours', async () => {
    document.documentElement.lang = 'fr-CA';
    const el = await finder();
    expect(spaces($(el, 'label[for="q"]').textContent)).to.equal('Rechercher des services');
    expect(spaces($(el, '.emergency').textContent)).to.equal('En cas d’urgence, composez le 911.');
    expect(await announced(el)).to.equal('4 services trouvés');
    await type(el, search(el), 'oakville');
    expect(countText(el)).to.equal('1 service trouvé');
    const crisis = article(el, 'Crisis Line Halton');
    expect(spaces(crisis.querySelector('.checked')!.textContent)).to.equal('Renseignements vérifiés le 15 janvier 2025');
    expect(spaces(crisis.querySelector('dl')!.textContent)).to.match(/Aujourd’hui 0?9 h 00 – 17 h 00 Ouvert maintenant/);
    await type(el, search(el), 'zzzz');
    expect(await announced(el)).to.equal('Aucun service trouvé');
  });

  it('lets a partner replace the emergency line through the slot', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><cswb-resource-finder .services=${feed()}><p slot="emergency">Call COAST</p></cswb-resource-finder></div>`);
    const el = wrap.querySelector('cswb-resource-finder')!;
    await el.updateComplete;
    const slot = $<HTMLSlotElement>(el, 'slot[name="emergency"]');
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Call COAST']);
  });
});
