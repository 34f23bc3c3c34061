import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings, spaces } from '../../test/helpers.js';
import type { PriorityCard } from '../priority-card/priority-card.js';
import './define.js';
import type { PriorityGrid } from './priority-grid.js';

const list = (el: PriorityGrid) => el.shadowRoot!.querySelector<HTMLElement>('[part="grid"]')!;
const presetCards = (el: PriorityGrid) => [...el.shadowRoot!.querySelectorAll<PriorityCard>('cswb-priority-card')];
const headingOf = (card: PriorityCard) => card.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
const titleOf = (card: PriorityCard) => {
  const slot = headingOf(card).querySelector('slot')!;
  return spaces(slot.assignedNodes({ flatten: true }).map((n) => n.textContent).join(''));
};
/** How many columns the cards fall into: the number of distinct left edges. */
const columns = (cards: Element[]) => new Set(cards.map((c) => Math.round(c.getBoundingClientRect().left))).size;
const settled = async (el: PriorityGrid) => {
  await el.updateComplete;
  await new Promise(requestAnimationFrame);
  await Promise.all([el, ...presetCards(el), ...el.querySelectorAll('cswb-priority-card')].map((c) => (c as PriorityGrid).updateComplete));
};

describe('<cswb-priority-grid>', () => {
  const finders: HTMLElement[] = [];
  afterEach(() => {
    for (const finder of finders.splice(0)) finder.remove();
  });

  it('is accessible with its preset cards and with slotted cards', async () => {
    const el = await fixture<PriorityGrid>(html`<cswb-priority-grid></cswb-priority-grid>`);
    await settled(el);
    await expect(el).to.be.accessible();
    const slotted = await fixture<PriorityGrid>(html`<cswb-priority-grid>
      <cswb-priority-card priority="crime"></cswb-priority-card>
      <cswb-priority-card><span slot="heading">Housing</span>Rent support.</cswb-priority-card>
    </cswb-priority-grid>`);
    await settled(slotted);
    await expect(slotted).to.be.accessible();
  });

  it('shows the four preset cards as a list of four items when it has no children', async () => {
    const el = await fixture<PriorityGrid>(html`<cswb-priority-grid> </cswb-priority-grid>`);
    await settled(el);
    expect(list(el).getAttribute('role')).to.equal('list');
    const cards = presetCards(el);
    expect(cards.map((c) => c.priority)).to.deep.equal(['mental-health', 'vulnerable-populations', 'traffic-safety', 'crime']);
    expect(cards.every((c) => c.getAttribute('role') === 'listitem')).to.equal(true);
    expect(cards.map(titleOf)).to.deep.equal([
      'Mental health and addictions',
      'Vulnerable populations',
      'Traffic safety',
      'Crime and community safety',
    ]);
    expect(cards.map((c) => headingOf(c).localName)).to.deep.equal(['h3', 'h3', 'h3', 'h3']);
  });

  it('shows the preset cards in French on a French page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="fr"><cswb-priority-grid></cswb-priority-grid></div>`);
    const el = wrap.querySelector('cswb-priority-grid')!;
    await settled(el);
    expect(presetCards(el).map(titleOf)).to.deep.equal([
      'Santé mentale et dépendances',
      'Populations vulnérables',
      'Sécurité routière',
      'Criminalité et sécurité communautaire',
    ]);
  });

  it('lays the cards out in one, two or four columns by its own width', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 20rem"><cswb-priority-grid></cswb-priority-grid></div>`);
    const el = wrap.querySelector('cswb-priority-grid')!;
    await settled(el);
    const result: number[] = [];
    for (const width of ['20rem', '40rem', '70rem']) {
      wrap.style.width = width;
      await new Promise(requestAnimationFrame);
      result.push(columns(presetCards(el)));
    }
    expect(result).to.deep.equal([1, 2, 4]);
    // Cards in one row share their height, so their borders line up.
    const heights = new Set(presetCards(el).map((c) => Math.round(c.shadowRoot!.querySelector('[part="card"]')!.getBoundingClientRect().height)));
    expect(heights.size).to.equal(1);
  });

  it('passes heading-level and finder to its preset cards', async () => {
    const finder = document.createElement('div');
    finder.id = 'grid-finder';
    document.body.append(finder);
    finders.push(finder);
    const el = await fixture<PriorityGrid>(html`<cswb-priority-grid heading-level="2" finder="grid-finder"></cswb-priority-grid>`);
    await settled(el);
    expect(presetCards(el).map((c) => headingOf(c).localName)).to.deep.equal(['h2', 'h2', 'h2', 'h2']);
    const buttons = presetCards(el).map((c) => c.shadowRoot!.querySelector<HTMLButtonElement>('button.find'));
    expect(buttons.every((b) => b !== null)).to.equal(true);
    buttons[2]!.click();
    expect(finder.getAttribute('priority')).to.equal('traffic-safety');
    el.headingLevel = 4;
    await settled(el);
    expect(presetCards(el).map((c) => headingOf(c).localName)).to.deep.equal(['h4', 'h4', 'h4', 'h4']);
  });

  it('passes its texts to the preset cards through strings', async () => {
    const el = await fixture<PriorityGrid>(html`<cswb-priority-grid strings='{"crimeTitle":"Safer neighbourhoods"}'></cswb-priority-grid>`);
    await settled(el);
    expect(titleOf(presetCards(el)[3]!)).to.equal('Safer neighbourhoods');
  });

  it('shows its children instead of the presets, as list items, passing heading-level to cards without their own', async () => {
    const el = await fixture<PriorityGrid>(html`<cswb-priority-grid heading-level="2">
      <cswb-priority-card priority="crime"></cswb-priority-card>
      <cswb-priority-card priority="traffic-safety" heading-level="5"></cswb-priority-card>
      <div>Other content</div>
    </cswb-priority-grid>`);
    await settled(el);
    expect(presetCards(el)).to.have.length(0);
    const [crime, traffic, other] = [...el.children] as [PriorityCard, PriorityCard, HTMLElement];
    expect([crime, traffic, other].map((c) => c.getAttribute('role'))).to.deep.equal(['listitem', 'listitem', 'listitem']);
    expect(headingOf(crime).localName).to.equal('h2');
    expect(headingOf(traffic).localName).to.equal('h5');
    el.headingLevel = 4;
    await settled(el);
    expect(headingOf(crime).localName).to.equal('h4');
    expect(headingOf(traffic).localName).to.equal('h5');
  });

  it('switches between its children and the presets as children come and go', async () => {
    const el = await fixture<PriorityGrid>(html`<cswb-priority-grid></cswb-priority-grid>`);
    await settled(el);
    expect(presetCards(el)).to.have.length(4);
    const card = document.createElement('cswb-priority-card');
    card.priority = 'mental-health';
    el.append(card);
    await settled(el);
    expect(presetCards(el)).to.have.length(0);
    expect(card.getAttribute('role')).to.equal('listitem');
    card.remove();
    await settled(el);
    expect(presetCards(el)).to.have.length(4);
    expect(card.hasAttribute('role')).to.equal(false);
  });

  it('takes its list role back from children when it leaves the page, and gives it again on return', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><cswb-priority-grid><div>Other content</div></cswb-priority-grid></div>`);
    const el = wrap.querySelector('cswb-priority-grid')!;
    await settled(el);
    const child = el.firstElementChild!;
    expect(child.getAttribute('role')).to.equal('listitem');
    el.remove();
    expect(child.hasAttribute('role')).to.equal(false);
    wrap.append(el);
    await settled(el);
    expect(child.getAttribute('role')).to.equal('listitem');
  });

  it('uses level 3, with one warning, for a bad heading-level', async () => {
    const warnings = captureWarnings();
    let el: PriorityGrid;
    try {
      el = await fixture<PriorityGrid>(html`<cswb-priority-grid heading-level="9"></cswb-priority-grid>`);
      await settled(el);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<cswb-priority-grid> heading-level="9"');
    expect(presetCards(el).map((c) => headingOf(c).localName)).to.deep.equal(['h3', 'h3', 'h3', 'h3']);
  });
});
