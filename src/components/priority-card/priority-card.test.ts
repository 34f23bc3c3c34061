import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { tokens } from '../../styles/tokens.js';
import { captureWarnings, spaces } from '../../test/helpers.js';
import './define.js';
import type { PrioritySelectEvent } from './events.js';
import { PRIORITIES, type PriorityCard } from './priority-card.js';

interface Axe {
  setup(node?: Node): unknown;
  teardown(): void;
  commons: { text: { accessibleText(element: Element): string } };
}
/** The accessible name as axe computes it, across shadow roots and slots. */
function accessibleName(element: Element): string {
  const axe = (window as unknown as { axe: Axe }).axe;
  axe.setup(document);
  try {
    return spaces(axe.commons.text.accessibleText(element));
  } finally {
    axe.teardown();
  }
}

/** The text a reader sees, through slots (assigned nodes, or the slot's fallback when none). */
function flatText(node: Node): string {
  if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).map(flatText).join('');
  if (node instanceof Element && node.classList.contains('visually-hidden')) return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(flatText).join('');
}

const part = (el: PriorityCard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const heading = (el: PriorityCard) => part(el, 'heading')!;
const links = (el: PriorityCard) => [...el.shadowRoot!.querySelectorAll('a')];
const findButton = (el: PriorityCard) => el.shadowRoot!.querySelector<HTMLButtonElement>('button.find');
const centre = (element: Element): [number, number] => {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
};
const rgb = (color: string) => {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
};

const TITLES = {
  'mental-health': ['Mental health and addictions', 'Santé mentale et dépendances'],
  'vulnerable-populations': ['Vulnerable populations', 'Populations vulnérables'],
  'traffic-safety': ['Traffic safety', 'Sécurité routière'],
  crime: ['Crime and community safety', 'Criminalité et sécurité communautaire'],
} as const;

/** A stand-in for the resource finder: a plain element that records what the card does to it. */
function standIn(id: string) {
  const element = document.createElement('div');
  element.id = id;
  const calls = { focus: [] as unknown[], scroll: [] as unknown[] };
  element.focus = (options?: FocusOptions) => void calls.focus.push(options);
  element.scrollIntoView = (options?: boolean | ScrollIntoViewOptions) => void calls.scroll.push(options);
  return { element, calls };
}

describe('<cswb-priority-card>', () => {
  let style: HTMLStyleElement | undefined;
  const finders: HTMLElement[] = [];
  const addFinder = (id: string) => {
    const stand = standIn(id);
    document.body.append(stand.element);
    finders.push(stand.element);
    return stand;
  };
  const originalMatchMedia = window.matchMedia;

  afterEach(async () => {
    style?.remove();
    style = undefined;
    for (const finder of finders.splice(0)) finder.remove();
    window.matchMedia = originalMatchMedia;
    await resetMouse();
  });

  it('is accessible for every preset, with a link, a figure and a Find services button, in English and French', async () => {
    addFinder('a11y-finder');
    for (const lang of ['en', 'fr']) {
      const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}>
        ${PRIORITIES.map(
          (p) => html`<cswb-priority-card priority=${p} href="https://example.org/${p}" finder="a11y-finder" stat="13" stat-label="years"></cswb-priority-card>`,
        )}
      </div>`);
      await Promise.all([...wrap.querySelectorAll('cswb-priority-card')].map((card) => card.updateComplete));
      await expect(wrap).to.be.accessible();
    }
  });

  it('is accessible as a plain card built from slots', async () => {
    const el = await fixture<PriorityCard>(html`<cswb-priority-card href="/programs">
      <span slot="heading">Youth programs</span>
      <p>After-school programs across the region.</p>
      <a slot="actions" href="/youth/register">Register</a>
    </cswb-priority-card>`);
    await expect(el).to.be.accessible();
  });

  it('shows the preset icon, its title in an h3 and its summary, with no link or button by default', async () => {
    const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="mental-health"></cswb-priority-card>`);
    expect(heading(el).localName).to.equal('h3');
    expect(spaces(flatText(heading(el)))).to.equal('Mental health and addictions');
    expect(spaces(part(el, 'body')!.textContent)).to.contain('COAST');
    const icon = part(el, 'icon')!;
    expect(icon.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(icon.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(links(el)).to.have.length(0);
    expect(findButton(el)).to.equal(null);
    expect(part(el, 'stat')).to.equal(null);
    expect(part(el, 'actions')!.hidden).to.equal(true);
  });

  it("shows each preset's own title, summary and icon, in English and in French", async () => {
    const summaries = new Set<string>();
    const icons = new Set<string>();
    for (const priority of PRIORITIES) {
      const [en, fr] = TITLES[priority];
      const el = await fixture<PriorityCard>(html`<cswb-priority-card priority=${priority}></cswb-priority-card>`);
      expect(spaces(flatText(heading(el))), priority).to.equal(en);
      expect(part(el, 'card')!.getAttribute('lang')).to.equal('en-CA');
      const enSummary = spaces(part(el, 'body')!.textContent);
      icons.add(part(el, 'icon')!.innerHTML);
      const frEl = await fixture<PriorityCard>(html`<cswb-priority-card lang="fr" priority=${priority}></cswb-priority-card>`);
      expect(spaces(flatText(heading(frEl))), priority).to.equal(fr);
      expect(part(frEl, 'card')!.getAttribute('lang')).to.equal('fr-CA');
      const frSummary = spaces(part(frEl, 'body')!.textContent);
      expect(enSummary.length, priority).to.be.greaterThan(40);
      expect(frSummary.length, priority).to.be.greaterThan(40);
      expect(frSummary).to.not.equal(enSummary);
      summaries.add(enSummary).add(frSummary);
    }
    expect(summaries.size).to.equal(8);
    expect(icons.size).to.equal(4);
  });

  it('follows a change of language on the page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><cswb-priority-card priority="traffic-safety"></cswb-priority-card></div>`);
    const el = wrap.querySelector('cswb-priority-card')!;
    wrap.lang = 'fr';
    await new Promise(requestAnimationFrame);
    await el.updateComplete;
    expect(spaces(flatText(heading(el)))).to.equal('Sécurité routière');
  });

  it('renders a real heading of each level from 2 to 6', async () => {
    const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="crime" heading-level="2"></cswb-priority-card>`);
    for (const level of [2, 3, 4, 5, 6]) {
      el.headingLevel = level;
      await el.updateComplete;
      expect(heading(el).localName).to.equal(`h${level}`);
      expect(el.shadowRoot!.querySelectorAll('h2, h3, h4, h5, h6')).to.have.length(1);
    }
  });

  it('shows a headline figure with its label', async () => {
    const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="crime" stat="13" stat-label="straight years with the lowest Crime Severity Index"></cswb-priority-card>`);
    const stat = part(el, 'stat')!;
    expect(stat.querySelector('.stat-value')!.textContent).to.equal('13');
    expect(spaces(stat.textContent)).to.equal('13 straight years with the lowest Crime Severity Index');
    // The figure stands out: larger than the label.
    const value = parseFloat(getComputedStyle(stat.querySelector('.stat-value')!).fontSize);
    expect(value).to.be.greaterThan(parseFloat(getComputedStyle(stat.querySelector('.stat-label')!).fontSize));
  });

  it("uses the preset's accent for the top border and icon, and --cswb-priority-card-accent overrides it", async () => {
    const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="traffic-safety"></cswb-priority-card>`);
    const card = part(el, 'card')!;
    expect(getComputedStyle(card).borderTopColor).to.equal(rgb(tokens['color-priority-traffic-safety']));
    expect(getComputedStyle(part(el, 'icon')!).color).to.equal(rgb(tokens['color-priority-traffic-safety']));
    el.style.setProperty('--cswb-priority-card-accent', 'rgb(1, 2, 3)');
    expect(getComputedStyle(card).borderTopColor).to.equal('rgb(1, 2, 3)');
    // The accent is never the only cue: the heading text keeps the card's text colour.
    expect(getComputedStyle(heading(el)).color).to.equal(rgb(tokens['color-text']));
  });

  it('makes the whole card one link inside the heading, named by the heading', async () => {
    const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="vulnerable-populations" href="#vulnerable" stat="1" stat-label="registry"></cswb-priority-card>`);
    expect(links(el)).to.have.length(1);
    const link = links(el)[0]!;
    expect(link.parentElement).to.equal(heading(el));
    expect(link.href).to.equal(new URL('#vulnerable', document.baseURI).href);
    expect(link.hasAttribute('target')).to.equal(false);
    expect(accessibleName(link)).to.equal('Vulnerable populations');
    // The icon, the figure and the summary are all covered by the link's stretched box.
    for (const name of ['icon', 'stat', 'body']) {
      expect(el.shadowRoot!.elementFromPoint(...centre(part(el, name)!)), name).to.equal(link);
    }
  });

  it('marks a link to another website for screen readers, in English and French', async () => {
    const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="crime" href="https://example.org/crime"></cswb-priority-card>`);
    expect(accessibleName(links(el)[0]!)).to.equal('Crime and community safety (external website)');
    expect(links(el)[0]!.href).to.equal('https://example.org/crime');
    const fr = await fixture<PriorityCard>(html`<cswb-priority-card lang="fr" priority="crime" href="https://example.org/crime"></cswb-priority-card>`);
    expect(accessibleName(links(fr)[0]!)).to.equal('Criminalité et sécurité communautaire (site Web externe)');
    const own = await fixture<PriorityCard>(html`<cswb-priority-card priority="crime" href="/programs/crime"></cswb-priority-card>`);
    expect(links(own)[0]!.href).to.equal(new URL('/programs/crime', document.baseURI).href);
    expect(accessibleName(links(own)[0]!)).to.equal('Crime and community safety');
  });

  it('follows its link from a click anywhere on the card', async () => {
    const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="mental-health" href="#mental-health"></cswb-priority-card>`);
    const clicked: EventTarget[] = [];
    el.addEventListener('click', (event) => {
      clicked.push(event.composedPath()[0]!);
      event.preventDefault();
    });
    for (const name of ['body', 'icon']) {
      const [x, y] = centre(part(el, name)!);
      await sendMouse({ type: 'click', position: [x, y] });
    }
    expect(clicked).to.deep.equal([links(el)[0], links(el)[0]]);
  });

  it('keeps buttons and links in the actions slot clickable and reachable with Tab, after the card link', async () => {
    const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="crime" href="#crime">
      <button slot="actions" type="button">Report a crime</button>
    </cswb-priority-card>`);
    const action = el.querySelector('button')!;
    let actionClicks = 0;
    action.addEventListener('click', () => actionClicks++);
    const followed: EventTarget[] = [];
    el.shadowRoot!.addEventListener('click', (event) => {
      if (event.composedPath()[0] === links(el)[0]) followed.push(event.target!);
      event.preventDefault();
    });
    await sendMouse({ type: 'click', position: centre(action) });
    expect(actionClicks).to.equal(1);
    expect(followed).to.have.length(0);

    links(el)[0]!.focus();
    expect(el.shadowRoot!.activeElement).to.equal(links(el)[0]);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(action);
  });

  it('follows its link with Enter', async () => {
    const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="traffic-safety" href="#traffic"></cswb-priority-card>`);
    const link = links(el)[0]!;
    const clicked: EventTarget[] = [];
    link.addEventListener('click', (event) => {
      clicked.push(event.target!);
      event.preventDefault();
    });
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(clicked).to.deep.equal([link]);
  });

  it('replaces the title with the heading slot, inside the heading and the link', async () => {
    const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="crime" href="#youth">
      <span slot="heading">Youth diversion</span>
    </cswb-priority-card>`);
    expect(spaces(flatText(heading(el)))).to.equal('Youth diversion');
    expect(links(el)).to.have.length(1);
    expect(accessibleName(links(el)[0]!)).to.equal('Youth diversion');
    expect(accessibleName(heading(el))).to.equal('Youth diversion');
  });

  it('replaces the summary with the default slot; whitespace alone keeps the summary', async () => {
    const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="crime">
    </cswb-priority-card>`);
    expect(el.shadowRoot!.querySelector('.summary')).to.exist;
    const body = document.createElement('p');
    body.textContent = 'Neighbourhood Watch meets monthly.';
    el.append(body);
    await new Promise(requestAnimationFrame);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.summary')).to.equal(null);
    expect(spaces(flatText(part(el, 'body')!))).to.equal('Neighbourhood Watch meets monthly.');
    body.remove();
    await new Promise(requestAnimationFrame);
    await el.updateComplete;
    expect(spaces(flatText(part(el, 'body')!))).to.contain('youth diversion');
  });

  it('builds a plain themed card from its slots when there is no preset', async () => {
    const el = await fixture<PriorityCard>(html`<cswb-priority-card heading-level="4">
      <span slot="heading">Housing help</span>
      Emergency shelter and rent support.
      <a slot="actions" href="#housing">Housing services</a>
    </cswb-priority-card>`);
    expect(part(el, 'icon')).to.equal(null);
    expect(heading(el).localName).to.equal('h4');
    expect(spaces(flatText(heading(el)))).to.equal('Housing help');
    expect(spaces(flatText(part(el, 'body')!))).to.equal('Emergency shelter and rent support.');
    expect(part(el, 'actions')!.hidden).to.equal(false);
    expect(getComputedStyle(part(el, 'card')!).borderTopColor).to.equal(rgb(tokens['color-accent']));
    const bare = await fixture<PriorityCard>(html`<cswb-priority-card></cswb-priority-card>`);
    expect(bare.shadowRoot!.querySelector('h2, h3, h4, h5, h6')).to.equal(null);
  });

  it('takes text overrides from strings', async () => {
    const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="crime" strings='{"crimeTitle":"Safer neighbourhoods"}'></cswb-priority-card>`);
    expect(spaces(flatText(heading(el)))).to.equal('Safer neighbourhoods');
  });

  it('hands its priority to the finder, then moves focus and scrolls there', async () => {
    const { element, calls } = addFinder('finder-hand-over');
    const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="mental-health" finder="finder-hand-over"></cswb-priority-card>`);
    window.matchMedia = ((query: string) => ({ matches: false, media: query })) as unknown as typeof window.matchMedia;
    const button = findButton(el)!;
    expect(spaces(button.textContent)).to.equal('Find services');
    let attributeWhenFired: string | null = 'unset';
    el.addEventListener('cswb-priority-select', () => (attributeWhenFired = element.getAttribute('priority')));
    button.click();
    expect(attributeWhenFired).to.equal(null);
    expect(element.getAttribute('priority')).to.equal('mental-health');
    expect(calls.focus).to.deep.equal([{ preventScroll: true }]);
    expect(calls.scroll).to.deep.equal([{ behavior: 'smooth', block: 'start' }]);
  });

  it('scrolls to what took focus inside the finder, not to the finder\'s top', async () => {
    const host = document.createElement('div');
    host.id = 'finder-inner-focus';
    const inner = document.createElement('p');
    inner.tabIndex = -1;
    inner.textContent = '12 services found';
    host.attachShadow({ mode: 'open' }).append(inner);
    host.focus = () => inner.focus();
    const scrolled: Element[] = [];
    host.scrollIntoView = () => void scrolled.push(host);
    inner.scrollIntoView = () => void scrolled.push(inner);
    document.body.append(host);
    finders.push(host);
    const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="crime" finder="finder-inner-focus"></cswb-priority-card>`);
    findButton(el)!.click();
    expect(host.shadowRoot!.activeElement).to.equal(inner);
    expect(scrolled).to.deep.equal([inner]);
  });

  it('scrolls without animation when the reader prefers reduced motion', async () => {
    const { calls } = addFinder('finder-reduced');
    const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="crime" finder="finder-reduced"></cswb-priority-card>`);
    window.matchMedia = ((query: string) => ({ matches: query.includes('reduce'), media: query })) as unknown as typeof window.matchMedia;
    findButton(el)!.click();
    expect(calls.scroll).to.deep.equal([{ behavior: 'auto', block: 'start' }]);
  });

  it("names each Find services button after its card's heading, also a slotted one", async () => {
    addFinder('finder-names');
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <cswb-priority-card priority="crime" finder="finder-names"></cswb-priority-card>
      <cswb-priority-card priority="traffic-safety" finder="finder-names"><span slot="heading">Road safety</span></cswb-priority-card>
      <cswb-priority-card lang="fr" priority="mental-health" finder="finder-names"></cswb-priority-card>
    </div>`);
    const [crime, road, fr] = [...wrap.querySelectorAll('cswb-priority-card')];
    expect(accessibleName(findButton(crime!)!)).to.equal('Find services Crime and community safety');
    expect(accessibleName(findButton(road!)!)).to.equal('Find services Road safety');
    expect(accessibleName(findButton(fr!)!)).to.equal('Trouver des services Santé mentale et dépendances');
  });

  it('fires a cancelable cswb-priority-select; preventDefault leaves the finder alone', async () => {
    const { element, calls } = addFinder('finder-cancel');
    const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="vulnerable-populations" finder="finder-cancel"></cswb-priority-card>`);
    setTimeout(() => findButton(el)!.click());
    const event = (await oneEvent(el, 'cswb-priority-select')) as PrioritySelectEvent;
    expect(event.priority).to.equal('vulnerable-populations');
    expect(event.finder).to.equal('finder-cancel');
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    element.removeAttribute('priority');
    calls.focus.length = 0;
    el.addEventListener('cswb-priority-select', (e) => e.preventDefault());
    findButton(el)!.click();
    expect(element.hasAttribute('priority')).to.equal(false);
    expect(calls.focus).to.have.length(0);
    expect(calls.scroll).to.have.length(1);
  });

  it('finds a finder in its own shadow root before the document', async () => {
    const outside = addFinder('finder-scoped');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inside = standIn('finder-scoped');
    const card = document.createElement('cswb-priority-card');
    card.priority = 'traffic-safety';
    card.finder = 'finder-scoped';
    root.append(inside.element, card);
    await card.updateComplete;
    findButton(card)!.click();
    expect(inside.element.getAttribute('priority')).to.equal('traffic-safety');
    expect(inside.calls.focus).to.have.length(1);
    expect(outside.element.hasAttribute('priority')).to.equal(false);
  });

  it('works from the keyboard: Tab to Find services, then Enter or Space', async () => {
    const { calls } = addFinder('finder-keys');
    const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="crime" href="#crime" finder="finder-keys"></cswb-priority-card>`);
    links(el)[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(findButton(el));
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: ' ' });
    expect(calls.focus).to.have.length(2);
  });

  it('fires nothing and touches no finder when properties are set in code', async () => {
    const { element, calls } = addFinder('finder-quiet');
    const el = await fixture<PriorityCard>(html`<cswb-priority-card></cswb-priority-card>`);
    let fired = 0;
    el.addEventListener('cswb-priority-select', () => fired++);
    el.priority = 'crime';
    el.finder = 'finder-quiet';
    el.href = '#crime';
    await el.updateComplete;
    expect(findButton(el)).to.exist;
    expect(fired).to.equal(0);
    expect(element.hasAttribute('priority')).to.equal(false);
    expect(calls.focus).to.have.length(0);
  });

  it('shows no Find services button, and warns once naming the id, when no element has that id', async () => {
    const warnings = captureWarnings();
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <cswb-priority-card priority="crime" finder="no-such-finder"></cswb-priority-card>
        <cswb-priority-card priority="traffic-safety" finder="no-such-finder"></cswb-priority-card>
      </div>`);
      for (const card of wrap.querySelectorAll('cswb-priority-card')) expect(findButton(card)).to.equal(null);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('finder="no-such-finder"');
  });

  it('finds its finder when moved next to it, and drops the button with one warning when the finder is gone', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="crime" finder="finder-later"></cswb-priority-card>`);
      expect(findButton(el)).to.equal(null);
      const { element } = addFinder('finder-later');
      element.after(el);
      await el.updateComplete;
      expect(findButton(el)).to.exist;
      element.remove();
      findButton(el)!.click();
      await el.updateComplete;
      expect(findButton(el)).to.equal(null);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('finder="finder-later"');
  });

  it('warns once for an unknown preset and shows a plain card from its slots', async () => {
    const warnings = captureWarnings();
    let el: PriorityCard;
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <cswb-priority-card priority="housing"><span slot="heading">Housing</span>Rent support.</cswb-priority-card>
        <cswb-priority-card priority="housing"></cswb-priority-card>
      </div>`);
      el = wrap.querySelector('cswb-priority-card')!;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('priority="housing"');
    expect(part(el, 'icon')).to.equal(null);
    expect(part(el, 'card')!.hasAttribute('data-priority')).to.equal(false);
    expect(spaces(flatText(heading(el)))).to.equal('Housing');
    expect(spaces(flatText(part(el, 'body')!))).to.equal('Rent support.');
    // The card with nothing to show says why instead of staying a blank box.
    const bare = el.nextElementSibling as PriorityCard;
    expect(part(bare, 'body')!.hidden).to.equal(false);
    expect(spaces(part(bare, 'body')!.textContent)).to.equal('Nothing to show: “housing” is not one of the four priorities.');
  });

  it('says why, in the page language, when a card has no priority and no content, and warns when a link has no heading', async () => {
    const warnings = captureWarnings();
    let empty: PriorityCard;
    let fr: PriorityCard;
    let linked: PriorityCard;
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <cswb-priority-card></cswb-priority-card>
        <cswb-priority-card lang="fr"></cswb-priority-card>
        <cswb-priority-card href="/youth"><p>Programs for youth.</p></cswb-priority-card>
      </div>`);
      [empty, fr, linked] = [...wrap.querySelectorAll('cswb-priority-card')] as PriorityCard[];
    } finally {
      warnings.restore();
    }
    expect(spaces(part(empty!, 'body')!.textContent)).to.equal('Nothing to show: this card has no priority and no content.');
    expect(spaces(part(fr!, 'body')!.textContent)).to.equal('Rien à afficher : cette carte n’a ni priorité ni contenu.');
    expect(linked!.shadowRoot!.querySelector('a')).to.equal(null);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('href=').and.contain('no heading');
    // A figure or an action alone is content: no notice.
    const stat = await fixture<PriorityCard>(html`<cswb-priority-card stat="13" stat-label="years"></cswb-priority-card>`);
    const action = await fixture<PriorityCard>(html`<cswb-priority-card><a slot="actions" href="/register">Register</a></cswb-priority-card>`);
    for (const card of [stat, action]) expect(spaces(card.shadowRoot!.textContent)).not.to.contain('Nothing to show');
  });

  it('uses an h3, with one warning each, for heading levels outside 2 to 6', async () => {
    const warnings = captureWarnings();
    const tags: string[] = [];
    try {
      for (const level of ['7', 'one', '1']) {
        const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="crime" heading-level=${level}></cswb-priority-card>`);
        tags.push(heading(el).localName);
      }
    } finally {
      warnings.restore();
    }
    expect(tags).to.deep.equal(['h3', 'h3', 'h3']);
    expect(warnings.messages).to.have.length(3);
    expect(warnings.messages.join('\n')).to.contain('heading-level="7"').and.contain('heading-level="one"');
  });

  it('drops its link and Find services button, without a warning, when href and finder are removed', async () => {
    addFinder('finder-removed');
    const warnings = captureWarnings();
    try {
      const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="crime" href="#crime" finder="finder-removed" stat="13" stat-label="years"></cswb-priority-card>`);
      expect(links(el)).to.have.length(1);
      expect(findButton(el)).to.exist;
      // Lit sets a removed attribute's property to null.
      for (const name of ['href', 'finder', 'stat', 'stat-label']) el.removeAttribute(name);
      await el.updateComplete;
      expect(links(el)).to.have.length(0);
      expect(findButton(el)).to.equal(null);
      expect(part(el, 'stat')).to.equal(null);
      expect(spaces(flatText(heading(el)))).to.equal('Crime and community safety');
      el.removeAttribute('priority');
      await el.updateComplete;
      expect(part(el, 'icon')).to.equal(null);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('renders no link, with one warning each, for javascript:, data: and other schemes', async () => {
    const bad = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'mailto:someone@example.org', 'ftp://example.org/'];
    const warnings = captureWarnings();
    try {
      for (const href of bad) {
        const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="crime" href=${href}></cswb-priority-card>`);
        expect(links(el), href).to.have.length(0);
        expect(spaces(flatText(heading(el)))).to.equal('Crime and community safety');
      }
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(bad.length);
  });

  it("keeps its own look in a page styled like Bootstrap or a CSS reset", async () => {
    const plain = await fixture<PriorityCard>(html`<cswb-priority-card priority="crime" href="#crime"></cswb-priority-card>`);
    const ownSize = getComputedStyle(heading(plain)).fontSize;
    const ownLinkColor = getComputedStyle(links(plain)[0]!).color;
    style = document.createElement('style');
    style.textContent = `* { box-sizing: content-box; } h3 { margin: 3rem; font-size: 4rem; color: red }
      a { color: hotpink; text-decoration: none } p { margin: 5rem }
      cswb-priority-card { line-height: 3; letter-spacing: 0.5em; text-transform: uppercase; text-align: center; font-weight: 900 }`;
    document.head.append(style);
    const el = await fixture<PriorityCard>(html`<cswb-priority-card priority="crime" href="#crime" stat="13" stat-label="years"></cswb-priority-card>`);
    const h = getComputedStyle(heading(el));
    expect(h.fontSize).to.equal(ownSize);
    expect(h.marginTop).to.equal('0px');
    expect(h.color).to.equal(rgb(tokens['color-text']));
    const link = getComputedStyle(links(el)[0]!);
    expect(link.color).to.equal(ownLinkColor);
    expect(link.textDecorationLine).to.equal('underline');
    const summary = getComputedStyle(el.shadowRoot!.querySelector('.summary')!);
    expect(summary.marginTop).to.equal('0px');
    expect(parseFloat(summary.lineHeight)).to.be.closeTo(parseFloat(summary.fontSize) * 1.5, 0.5);
    // Spacing inherits on purpose: a reader's text-spacing stylesheet (WCAG 1.4.12) must reach the text.
    expect(parseFloat(summary.letterSpacing)).to.be.closeTo(parseFloat(summary.fontSize) * 0.5, 0.5);
    expect(summary.textTransform).to.equal('none');
    expect(summary.textAlign).to.equal('start');
    expect(summary.fontWeight).to.equal('400');
    const card = part(el, 'card')!;
    expect(getComputedStyle(card).boxSizing).to.equal('border-box');
    expect(card.getBoundingClientRect().width).to.be.at.most(el.getBoundingClientRect().width + 0.5);
  });
});
