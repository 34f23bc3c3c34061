import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { captureWarnings, spaces, waitUntil } from '../../test/helpers.js';
import './define.js';
import type { ZoneChangeEvent } from './events.js';
import type { ZoneExplainer } from './zone-explainer.js';
import { ZONES, hashWithZone, zoneFromHash, type ZoneId } from './zones.js';

const root = (el: ZoneExplainer) => el.shadowRoot!;
const tablist = (el: ZoneExplainer) => root(el).querySelector<HTMLElement>('[role="tablist"]')!;
const tabs = (el: ZoneExplainer) => [...root(el).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const tab = (el: ZoneExplainer, zone: ZoneId) => root(el).querySelector<HTMLButtonElement>(`#tab-${zone}`)!;
const section = (el: ZoneExplainer, zone: ZoneId) => root(el).querySelector<HTMLDetailsElement>(`details[data-zone="${zone}"]`)!;
const summary = (el: ZoneExplainer, zone: ZoneId) => section(el, zone).querySelector<HTMLElement>('summary')!;
const panel = (el: ZoneExplainer, zone: ZoneId) => root(el).querySelector<HTMLElement>(`#panel-${zone}`)!;
const shown = (node: Element) => getComputedStyle(node).display !== 'none' && node.getClientRects().length > 0;
const visibleSections = (el: ZoneExplainer) => ZONES.filter((zone) => shown(section(el, zone)));
const layout = async (el: ZoneExplainer, expected: 'wide' | 'narrow') => {
  await waitUntil(() => root(el).querySelector('.base')!.getAttribute('data-layout') === expected, `the ${expected} layout`);
  await el.updateComplete;
};

/** Collects every cswb-zone-change event the element fires. */
const recordEvents = (el: ZoneExplainer) => {
  const events: ZoneChangeEvent[] = [];
  el.addEventListener('cswb-zone-change', (event) => events.push(event));
  return events;
};

/** The next cswb-zone-change event (oneEvent types every event as a CustomEvent). */
const nextZoneChange = (el: ZoneExplainer) => oneEvent(el, 'cswb-zone-change') as unknown as Promise<ZoneChangeEvent>;

const narrow = async (inner = html`<cswb-zone-explainer></cswb-zone-explainer>`) => {
  const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 20rem">${inner}</div>`);
  const el = wrap.querySelector('cswb-zone-explainer')!;
  await layout(el, 'narrow');
  return { wrap, el };
};

const wide = async (inner = html`<cswb-zone-explainer></cswb-zone-explainer>`) => {
  const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 56rem">${inner}</div>`);
  const el = wrap.querySelector('cswb-zone-explainer')!;
  await layout(el, 'wide');
  return { wrap, el };
};

/** Clicks, with the real pointer, the point of the diagram at `radius` (viewBox units) below the centre. */
const clickRing = async (el: ZoneExplainer, radius: number) => {
  const box = root(el).querySelector('svg.rings')!.getBoundingClientRect();
  const scale = box.width / 400;
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + (200 + radius) * scale)] });
};
/**
 * Media emulation needs the Chrome DevTools Protocol, which Firefox under WebDriver BiDi does not
 * offer (puppeteer: "CDP support is required"); the print and reduced-motion rules are checked in
 * Chromium, and the print behaviour that is not CSS (every zone open) in both.
 */
const canEmulateMedia = !navigator.userAgent.includes('Firefox');
const itWithMediaEmulation = canEmulateMedia
  ? it
  : (title: string, _test: () => Promise<void>) =>
      it(title, function () {
        // Said in the run's output (WTR prints console.log, not console.info), so a skipped check is never silent.
        console.log(`Skipped in Firefox: "${title}" needs media emulation (CDP), which WebDriver BiDi does not offer; it runs in Chromium.`);
        this.skip();
      });

const RING_MIDDLE: Record<ZoneId, number> = {
  'social-development': 175,
  prevention: 130,
  'risk-intervention': 87,
  'incident-response': 20,
};

describe('<cswb-zone-explainer>', () => {
  let savedUrl = '';
  beforeEach(() => {
    savedUrl = `${location.pathname}${location.search}${location.hash}`;
  });
  afterEach(async () => {
    history.replaceState(history.state, '', savedUrl);
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('style');
    await resetMouse();
    if (canEmulateMedia) await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
  });

  it('is accessible in the wide layout, with the upstream note and partner content', async () => {
    const { el } = await wide(html`<cswb-zone-explainer show-investment zone="prevention">
      <p slot="prevention">Local: <a href="https://example.org/">a program</a></p>
    </cswb-zone-explainer>`);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the narrow layout, with zones open and closed', async () => {
    const { el } = await narrow(html`<cswb-zone-explainer show-investment heading-level="3"></cswb-zone-explainer>`);
    await expect(el).to.be.accessible();
  });

  it('is accessible in French', async () => {
    const { el } = await wide(html`<cswb-zone-explainer lang="fr" zone="risk-intervention"></cswb-zone-explainer>`);
    await expect(el).to.be.accessible();
  });

  it('shows four labelled tabs in framework order, the first selected, and its panel', async () => {
    const { el } = await wide();
    expect(tablist(el).getAttribute('aria-label')).to.equal('Zones of community safety and well-being');
    expect(tabs(el).map((t) => spaces(t.textContent))).to.deep.equal(['Social development', 'Prevention', 'Risk intervention', 'Incident response']);
    expect(tabs(el).map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false', 'false']);
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    expect(el.zone).to.equal('social-development');
    expect(el.getAttribute('zone')).to.equal('social-development');
    const p = panel(el, 'social-development');
    expect(p.getAttribute('role')).to.equal('tabpanel');
    expect(p.getAttribute('aria-labelledby')).to.equal('tab-social-development');
    expect(tab(el, 'social-development').getAttribute('aria-controls')).to.equal(p.id);
    expect(visibleSections(el)).to.deep.equal(['social-development']);
    expect(spaces(p.textContent)).to.contain('Promoting and maintaining community safety and well-being').and.contain('What happens here');
    expect(p.querySelectorAll('li')).to.have.length(3);
    expect(root(el).querySelector('.investment')).to.equal(null);
  });

  it('draws four concentric rings, incident response at the centre, each with a text label and its own pattern', async () => {
    const { el } = await wide();
    const svgRoot = root(el).querySelector('svg.rings')!;
    expect(svgRoot.getAttribute('aria-hidden')).to.equal('true');
    const discs = [...svgRoot.querySelectorAll('circle.disc')];
    const radii = discs.map((c) => Number(c.getAttribute('r')));
    expect(radii).to.deep.equal([...radii].sort((a, b) => b - a));
    expect(discs.map((c) => c.closest('g')!.getAttribute('data-zone'))).to.deep.equal([...ZONES]);
    const labelText = (t: Element) => (t.querySelector('tspan') ? [...t.querySelectorAll('tspan')].map((span) => span.textContent).join(' ') : spaces(t.textContent));
    expect([...svgRoot.querySelectorAll('.label')].map(labelText)).to.deep.equal(['Social development', 'Prevention', 'Risk intervention', 'Incident response']);
    const fills = discs.map((c) => c.getAttribute('fill'));
    expect(new Set(fills).size).to.equal(4);
    for (const fill of fills) expect(root(el).querySelector(fill!.slice(4, -1))!.localName).to.equal('pattern');
    // Nothing in the diagram takes focus: the tabs are the keyboard's way in.
    expect(svgRoot.querySelector('[tabindex], a, button')).to.equal(null);
  });

  it('gives each instance its own pattern ids', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><cswb-zone-explainer></cswb-zone-explainer><cswb-zone-explainer></cswb-zone-explainer></div>`);
    const [a, b] = [...wrap.querySelectorAll('cswb-zone-explainer')];
    const ids = (el: ZoneExplainer) => [...root(el).querySelectorAll('pattern')].map((p) => p.id);
    expect(ids(a!)).to.have.length(4);
    expect(ids(a!).filter((id) => ids(b!).includes(id))).to.deep.equal([]);
  });

  it('keeps the ring labels on a band of the background colour', async () => {
    const { el } = await wide();
    for (const g of root(el).querySelectorAll('g.ring')) {
      const band = g.querySelector('.band')!;
      const label = g.querySelector<SVGTextElement>('.label')!;
      const selected = g.hasAttribute('data-selected');
      const paint = getComputedStyle(band)[band.localName === 'rect' ? 'fill' : 'stroke'];
      const text = getComputedStyle(el).color;
      const white = 'rgb(255, 255, 255)';
      // Dark text on a white band, or (the selected ring) white text on a dark band.
      expect(getComputedStyle(label).fill, g.getAttribute('data-zone')!).to.equal(selected ? white : text);
      expect(paint, g.getAttribute('data-zone')!).to.equal(selected ? text : white);
    }
  });

  it('selects the zone named by the zone attribute, and reflects code changes without an event', async () => {
    const { el } = await wide(html`<cswb-zone-explainer zone="risk-intervention"></cswb-zone-explainer>`);
    expect(tab(el, 'risk-intervention').getAttribute('aria-selected')).to.equal('true');
    expect(visibleSections(el)).to.deep.equal(['risk-intervention']);
    const events = recordEvents(el);
    el.zone = 'incident-response';
    await el.updateComplete;
    expect(el.getAttribute('zone')).to.equal('incident-response');
    expect(visibleSections(el)).to.deep.equal(['incident-response']);
    el.setAttribute('zone', 'prevention');
    await el.updateComplete;
    expect(tab(el, 'prevention').getAttribute('aria-selected')).to.equal('true');
    expect(events).to.have.length(0);
  });

  it('sets the level of every heading with heading-level', async () => {
    const { el } = await wide(html`<cswb-zone-explainer heading-level="4" show-investment></cswb-zone-explainer>`);
    const headings = [...root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')];
    expect(headings.length).to.equal(9);
    expect(new Set(headings.map((h) => h.localName))).to.deep.equal(new Set(['h4']));
    const visible = headings.filter(shown).map((h) => spaces(h.textContent));
    expect(visible).to.deep.equal(['Social development', 'Moving effort upstream']);
    el.headingLevel = 6;
    await el.updateComplete;
    expect(root(el).querySelectorAll('h6')).to.have.length(9);
  });

  it('uses h2 headings by default, in the narrow layout inside each summary', async () => {
    const { el } = await narrow();
    const visible = [...root(el).querySelectorAll('h2')].filter(shown);
    expect(visible.map((h) => h.closest('summary') !== null)).to.deep.equal([true, true, true, true]);
    expect(visible.map((h) => spaces(h.textContent))).to.deep.equal(['Social development', 'Prevention', 'Risk intervention', 'Incident response']);
  });

  it('shows the upstream note, text first, with show-investment', async () => {
    const { el } = await wide(html`<cswb-zone-explainer show-investment></cswb-zone-explainer>`);
    const note = root(el).querySelector('.investment')!;
    expect(note.firstElementChild!.localName).to.equal('h2');
    expect(spaces(note.textContent)).to.contain('social development, prevention and risk intervention');
    expect(note.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('shows slotted partner content in its own zone panel, after the built-in text', async () => {
    const { el } = await wide(html`<cswb-zone-explainer>
      <p slot="social-development" id="p-social">Social</p>
      <p slot="prevention" id="p-prevention">Prevention</p>
      <p slot="risk-intervention" id="p-risk">Halton Situation Table</p>
      <p slot="incident-response" id="p-incident">Incident</p>
    </cswb-zone-explainer>`);
    const ids: Record<ZoneId, string> = {
      'social-development': 'p-social',
      prevention: 'p-prevention',
      'risk-intervention': 'p-risk',
      'incident-response': 'p-incident',
    };
    for (const zone of ZONES) {
      const slot = el.querySelector(`#${ids[zone]}`)!.assignedSlot!;
      expect(slot.closest('.panel')).to.equal(panel(el, zone));
      expect(slot.parentElement!.lastElementChild).to.equal(slot);
      expect(slot.previousElementSibling!.localName).to.equal('ul');
    }
    expect(shown(el.querySelector('#p-risk')!)).to.equal(false);
    tab(el, 'risk-intervention').click();
    await el.updateComplete;
    expect(shown(el.querySelector('#p-risk')!)).to.equal(true);
    expect(shown(el.querySelector('#p-social')!)).to.equal(false);
  });

  it('switches layout with the width of its container, showing one layout at a time', async () => {
    const { wrap, el } = await wide();
    expect(getComputedStyle(tablist(el)).display).to.equal('flex');
    expect(ZONES.map((zone) => getComputedStyle(summary(el, zone)).display)).to.deep.equal(['none', 'none', 'none', 'none']);
    wrap.style.inlineSize = '20rem';
    await layout(el, 'narrow');
    expect(getComputedStyle(tablist(el)).display).to.equal('none');
    expect(visibleSections(el)).to.deep.equal([...ZONES]);
    expect(ZONES.map((zone) => shown(summary(el, zone)))).to.deep.equal([true, true, true, true]);
    // No tab-panel semantics where no tab is shown.
    expect(panel(el, 'social-development').hasAttribute('role')).to.equal(false);
    wrap.style.inlineSize = '56rem';
    await layout(el, 'wide');
    expect(getComputedStyle(tablist(el)).display).to.equal('flex');
    expect(panel(el, 'social-development').getAttribute('role')).to.equal('tabpanel');
  });

  it('fits 320 px at 200% text without horizontal scrolling', async () => {
    const { wrap, el } = await narrow(html`<cswb-zone-explainer show-investment lang="fr"></cswb-zone-explainer>`);
    wrap.style.inlineSize = '320px';
    document.documentElement.style.fontSize = '200%';
    await el.updateComplete;
    expect(parseFloat(getComputedStyle(root(el).querySelector('.description')!).fontSize)).to.be.at.least(30);
    for (const zone of ZONES) section(el, zone).open = true;
    await waitUntil(() => ZONES.every((zone) => shown(panel(el, zone))), 'the open zones');
    const base = root(el).querySelector<HTMLElement>('.base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('selects a zone and fires cswb-zone-change when a tab is clicked', async () => {
    const { el } = await wide();
    const events = recordEvents(el);
    tab(el, 'incident-response').click();
    await el.updateComplete;
    expect(events.map((e) => [e.zone, e.previousZone])).to.deep.equal([['incident-response', 'social-development']]);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    expect(el.zone).to.equal('incident-response');
    expect(visibleSections(el)).to.deep.equal(['incident-response']);
    tab(el, 'incident-response').click();
    await el.updateComplete;
    expect(events).to.have.length(1);
  });

  it('selects the zone of the ring clicked on the diagram, with the same event', async () => {
    const { el } = await wide();
    const events = recordEvents(el);
    for (const zone of ['prevention', 'incident-response', 'risk-intervention', 'social-development'] as const) {
      await clickRing(el, RING_MIDDLE[zone]);
      await el.updateComplete;
      expect(el.zone).to.equal(zone);
      expect(tab(el, zone).getAttribute('aria-selected')).to.equal('true');
      expect(root(el).querySelector(`g[data-zone="${zone}"]`)!.hasAttribute('data-selected')).to.equal(true);
    }
    expect(events.map((e) => e.zone)).to.deep.equal(['prevention', 'incident-response', 'risk-intervention', 'social-development']);
  });

  it('opens the clicked ring’s zone in the accordion', async () => {
    const { el } = await narrow();
    const event = nextZoneChange(el);
    await clickRing(el, RING_MIDDLE['risk-intervention']);
    expect((await event).zone).to.equal('risk-intervention');
    await el.updateComplete;
    expect(section(el, 'risk-intervention').open).to.equal(true);
    expect(section(el, 'social-development').open).to.equal(true);
  });

  it('opens the zone set in code in the accordion, without an event', async () => {
    const { el } = await narrow();
    const events = recordEvents(el);
    el.zone = 'incident-response';
    await el.updateComplete;
    await waitUntil(() => shown(panel(el, 'incident-response')), 'the incident response panel');
    expect(ZONES.map((zone) => section(el, zone).open)).to.deep.equal([true, false, false, true]);
    expect(events).to.have.length(0);
  });

  it('opens and closes accordion zones from their summaries; opening one selects it', async () => {
    const { el } = await narrow();
    expect(ZONES.map((zone) => section(el, zone).open)).to.deep.equal([true, false, false, false]);
    const events = recordEvents(el);
    const opened = nextZoneChange(el);
    summary(el, 'prevention').click();
    expect((await opened).zone).to.equal('prevention');
    await el.updateComplete;
    expect(el.zone).to.equal('prevention');
    expect(ZONES.map((zone) => section(el, zone).open)).to.deep.equal([true, true, false, false]);
    expect(shown(panel(el, 'prevention'))).to.equal(true);
    summary(el, 'prevention').click();
    await waitUntil(() => !section(el, 'prevention').open, 'prevention to close');
    summary(el, 'social-development').click();
    await waitUntil(() => !section(el, 'social-development').open, 'social development to close');
    await el.updateComplete;
    expect(ZONES.map((zone) => section(el, zone).open)).to.deep.equal([false, false, false, false]);
    expect(events.map((e) => e.zone)).to.deep.equal(['prevention']);
  });

  it('moves between tabs with the arrow keys, Home and End, selecting as focus moves', async () => {
    const { el } = await wide();
    const events = recordEvents(el);
    tab(el, 'social-development').focus();
    const focused = () => root(el).activeElement?.id;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect([focused(), el.zone]).to.deep.equal(['tab-prevention', 'prevention']);
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([-1, 0, -1, -1]);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect([focused(), el.zone]).to.deep.equal(['tab-risk-intervention', 'risk-intervention']);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect([focused(), el.zone]).to.deep.equal(['tab-incident-response', 'incident-response']);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect([focused(), el.zone]).to.deep.equal(['tab-social-development', 'social-development']);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect([focused(), el.zone]).to.deep.equal(['tab-incident-response', 'incident-response']);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focused()).to.equal('tab-risk-intervention');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect([focused(), el.zone]).to.deep.equal(['tab-social-development', 'social-development']);
    expect(events.map((e) => e.zone)).to.deep.equal(['prevention', 'risk-intervention', 'incident-response', 'social-development', 'incident-response', 'risk-intervention', 'social-development']);
    expect(visibleSections(el)).to.deep.equal(['social-development']);
  });

  it('reaches the tabs with one Tab stop, then the panel', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 56rem"><button id="before">before</button><cswb-zone-explainer zone="prevention"></cswb-zone-explainer></div>`);
    const el = wrap.querySelector('cswb-zone-explainer')!;
    await layout(el, 'wide');
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('tab-prevention');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('panel-prevention');
  });

  it('opens the zone named in the address with sync-url, and follows hash changes without an event', async () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}#zone=risk-intervention`);
    const { el } = await wide(html`<cswb-zone-explainer sync-url></cswb-zone-explainer>`);
    expect(el.zone).to.equal('risk-intervention');
    const events = recordEvents(el);
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    location.hash = '#top&zone=incident-response';
    await changed;
    await el.updateComplete;
    expect(el.zone).to.equal('incident-response');
    expect(events).to.have.length(0);
  });

  it('writes the picked zone into the address with sync-url, keeping the rest of the hash and the history', async () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}#top`);
    const length = history.length;
    const { el } = await wide(html`<cswb-zone-explainer sync-url></cswb-zone-explainer>`);
    tab(el, 'prevention').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#top&zone=prevention');
    tab(el, 'incident-response').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#top&zone=incident-response');
    expect(history.length).to.equal(length);
  });

  it('still selects, tells the page and moves focus with sync-url when the browser refuses to change the address', async () => {
    const { el } = await wide(html`<cswb-zone-explainer sync-url></cswb-zone-explainer>`);
    const events = recordEvents(el);
    const uncaught: unknown[] = [];
    const record = (event: Event) => {
      uncaught.push(event instanceof PromiseRejectionEvent ? event.reason : (event as ErrorEvent).error);
      event.preventDefault();
    };
    window.addEventListener('error', record);
    window.addEventListener('unhandledrejection', record);
    // Firefox and Safari throw after too many calls in a short time; sandboxed pages always do.
    history.replaceState = () => {
      throw new DOMException('Too many calls to Location or History APIs', 'SecurityError');
    };
    try {
      tab(el, 'social-development').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      // Let a rejected keydown handler reach unhandledrejection before looking.
      await new Promise((resolve) => setTimeout(resolve));
    } finally {
      delete (history as { replaceState?: unknown }).replaceState;
      window.removeEventListener('error', record);
      window.removeEventListener('unhandledrejection', record);
    }
    expect(uncaught).to.deep.equal([]);
    expect(el.zone).to.equal('prevention');
    expect(events.map((e) => e.zone)).to.deep.equal(['prevention']);
    expect(root(el).activeElement?.id).to.equal('tab-prevention');
  });

  it('leaves the address alone without sync-url', async () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}#zone=prevention`);
    const { el } = await wide();
    expect(el.zone).to.equal('social-development');
    tab(el, 'incident-response').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#zone=prevention');
  });

  it('opens every zone for printing, and restores the reader’s choice after', async () => {
    const { el } = await narrow();
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(ZONES.map((zone) => section(el, zone).open)).to.deep.equal([true, true, true, true]);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(ZONES.map((zone) => section(el, zone).open)).to.deep.equal([true, false, false, false]);
  });

  itWithMediaEmulation('lays every zone out, without the tabs, in print', async () => {
    const { el } = await wide(html`<cswb-zone-explainer zone="prevention"></cswb-zone-explainer>`);
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(getComputedStyle(tablist(el)).display).to.equal('none');
    expect(visibleSections(el)).to.deep.equal([...ZONES]);
    expect(ZONES.map((zone) => shown(panel(el, zone)))).to.deep.equal([true, true, true, true]);
    window.dispatchEvent(new Event('afterprint'));
  });

  itWithMediaEmulation('turns the accordion’s animation off for reduced motion', async () => {
    const { el } = await narrow();
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(root(el).querySelector('.chevron')!).transitionDuration).to.equal('0s');
  });

  it('falls back to the first zone, warning once, for an unknown zone', async () => {
    const warnings = captureWarnings();
    let el: ZoneExplainer;
    try {
      ({ el } = await wide(html`<cswb-zone-explainer zone="upstream"></cswb-zone-explainer>`));
      el.setAttribute('zone', 'upstream');
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('zone="upstream"');
    expect(el.zone).to.equal('social-development');
    expect(el.getAttribute('zone')).to.equal('social-development');
    expect(tab(el, 'social-development').getAttribute('aria-selected')).to.equal('true');
  });

  it('falls back to h2 for a bad heading-level, and ignores a bad zone in the address, warning once each', async () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}#zone=nowhere`);
    const warnings = captureWarnings();
    let el: ZoneExplainer;
    try {
      ({ el } = await wide(html`<cswb-zone-explainer heading-level="9" sync-url zone="prevention"></cswb-zone-explainer>`));
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages.join('\n')).to.contain('heading-level="9"').and.contain('"nowhere"');
    expect(el.headingLevel).to.equal(2);
    expect(root(el).querySelectorAll('h2')).to.have.length(8);
    expect(el.zone).to.equal('prevention');
  });

  it('replaces any built-in text with strings, and drops an example set to empty', async () => {
    const strings = JSON.stringify({
      'prevention.name': 'Upstream prevention',
      'prevention.example2': '',
      label: 'The four zones',
    });
    const { el } = await wide(html`<cswb-zone-explainer zone="prevention" strings=${strings}></cswb-zone-explainer>`);
    expect(spaces(tab(el, 'prevention').textContent)).to.equal('Upstream prevention');
    expect(spaces(root(el).querySelector('g[data-zone="prevention"] .label')!.textContent)).to.equal('Upstream prevention');
    expect(tablist(el).getAttribute('aria-label')).to.equal('The four zones');
    expect(panel(el, 'prevention').querySelectorAll('li')).to.have.length(1);
  });

  it('speaks French when the page does', async () => {
    document.documentElement.lang = 'fr-CA';
    const { el } = await wide(html`<cswb-zone-explainer show-investment></cswb-zone-explainer>`);
    expect(root(el).querySelector('.base')!.getAttribute('lang')).to.equal('fr-CA');
    expect(tabs(el).map((t) => spaces(t.textContent))).to.deep.equal([
      'Développement social',
      'Prévention',
      'Intervention en situation de risque',
      'Intervention en cas d’incident',
    ]);
    expect(tablist(el).getAttribute('aria-label')).to.equal('Zones de la sécurité et du bien-être dans les collectivités');
    expect(spaces(panel(el, 'social-development').textContent)).to.contain('Ce qui se passe ici');
    expect(spaces(root(el).querySelector('.investment')!.textContent)).to.contain('Agir plus tôt, en amont');
  });
});

describe('zone hash helpers', () => {
  it('reads the zone from the hash', () => {
    expect(zoneFromHash('#zone=prevention')).to.equal('prevention');
    expect(zoneFromHash('#top&zone=risk-intervention')).to.equal('risk-intervention');
    expect(zoneFromHash('#top')).to.equal(undefined);
    expect(zoneFromHash('')).to.equal(undefined);
    expect(zoneFromHash('#zone=%E2%9C%93')).to.equal('✓');
  });

  it('writes the zone into the hash, keeping the other parts', () => {
    expect(hashWithZone('', 'prevention')).to.equal('#zone=prevention');
    expect(hashWithZone('#top', 'prevention')).to.equal('#top&zone=prevention');
    expect(hashWithZone('#a=1&zone=prevention&b', 'incident-response')).to.equal('#a=1&zone=incident-response&b');
  });
});
