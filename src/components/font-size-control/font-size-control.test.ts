import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, rootFontPx, sleep, spaces, waitUntil } from '../../test/helpers.js';
import './define.js';
import type { FontSizeChangeEvent } from './events.js';
import { fontScale, parseLevels } from './font-scale.js';
import type { FontSizeControl } from './font-size-control.js';

let keyCount = 0;
/** Each test gets its own storage key, so no state leaks from one test into the next. */
const newKey = () => `cswb-font-size-test-${Date.now()}-${++keyCount}`;

const button = (el: FontSizeControl, action: 'decrease' | 'normal' | 'increase') =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`button.${action}`)!;
const status = (el: FontSizeControl) => el.shadowRoot!.querySelector('[role="status"]')!;
const announced = async (el: FontSizeControl) => {
  await waitUntil(() => spaces(status(el).textContent) !== '', 'the announcement');
  return spaces(status(el).textContent);
};

describe('<cswb-font-size-control>', () => {
  const keys: string[] = [];
  const key = () => {
    const k = newKey();
    keys.push(k);
    return k;
  };
  let style: HTMLStyleElement | undefined;

  afterEach(() => {
    // Put the page back as each test found it: normal size, nothing stored, no page CSS.
    for (const k of keys.splice(0)) {
      fontScale(k).set(100);
      localStorage.removeItem(k);
    }
    style?.remove();
    style = undefined;
    document.documentElement.removeAttribute('style');
    document.documentElement.lang = 'en';
  });

  it('is accessible in both appearances', async () => {
    const el = await fixture<FontSizeControl>(html`<cswb-font-size-control storage-key=${key()}></cswb-font-size-control>`);
    await expect(el).to.be.accessible();
    el.appearance = 'compact';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows a labelled group of three buttons whose names match their visible labels', async () => {
    const el = await fixture<FontSizeControl>(html`<cswb-font-size-control storage-key=${key()}></cswb-font-size-control>`);
    const group = el.shadowRoot!.querySelector('[role="group"]')!;
    expect(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('Text size');
    expect(['decrease', 'normal', 'increase'].map((a) => spaces(button(el, a as 'normal').textContent))).to.deep.equal([
      'Decrease text size',
      'Normal text size',
      'Increase text size',
    ]);
    expect(el.level).to.equal(100);
    expect(el.getAttribute('level')).to.equal('100');
  });

  it('compact labels start the accessible name with the visible text (WCAG 2.5.3)', async () => {
    const el = await fixture<FontSizeControl>(html`<cswb-font-size-control appearance="compact" storage-key=${key()}></cswb-font-size-control>`);
    const inc = button(el, 'increase');
    const visible = inc.querySelector('span:not(.visually-hidden)')!.textContent!;
    expect(visible).to.equal('A+');
    expect(spaces(inc.textContent)).to.equal('A+ Increase text size');
  });

  it('gives each button a target of at least 24 by 24 CSS pixels', async () => {
    const el = await fixture<FontSizeControl>(html`<cswb-font-size-control appearance="compact" storage-key=${key()}></cswb-font-size-control>`);
    for (const action of ['decrease', 'normal', 'increase'] as const) {
      const box = button(el, action).getBoundingClientRect();
      expect(box.width, action).to.be.at.least(24);
      expect(box.height, action).to.be.at.least(24);
    }
  });

  it('scales the root font size by clicks, and Normal leaves no inline style behind', async () => {
    const el = await fixture<FontSizeControl>(html`<cswb-font-size-control storage-key=${key()}></cswb-font-size-control>`);
    const base = rootFontPx();
    button(el, 'increase').click();
    await el.updateComplete;
    expect(el.level).to.equal(110);
    expect(rootFontPx()).to.be.closeTo(base * 1.1, 0.05);
    button(el, 'increase').click();
    await el.updateComplete;
    expect(rootFontPx()).to.be.closeTo(base * 1.25, 0.05);
    button(el, 'normal').click();
    await el.updateComplete;
    expect(rootFontPx()).to.equal(base);
    expect(document.documentElement.getAttribute('style')).to.equal(null);
    button(el, 'decrease').click();
    await el.updateComplete;
    expect(rootFontPx()).to.be.closeTo(base * 0.9, 0.05);
  });

  it('scales with a percentage of the browser default, never a px value', async () => {
    const el = await fixture<FontSizeControl>(html`<cswb-font-size-control storage-key=${key()}></cswb-font-size-control>`);
    button(el, 'increase').click();
    await el.updateComplete;
    expect(document.documentElement.style.getPropertyValue('font-size')).to.match(/^[\d.]+%$/);
  });

  it("multiplies what the page set itself: a 62.5% page keeps its proportions", async () => {
    style = document.createElement('style');
    style.textContent = 'html { font-size: 62.5% }';
    document.head.append(style);
    const pageOwn = rootFontPx();
    const el = await fixture<FontSizeControl>(html`<cswb-font-size-control storage-key=${key()}></cswb-font-size-control>`);
    button(el, 'increase').click();
    await el.updateComplete;
    expect(rootFontPx()).to.be.closeTo(pageOwn * 1.1, 0.05);
    button(el, 'normal').click();
    await el.updateComplete;
    expect(rootFontPx()).to.equal(pageOwn);
    expect(document.documentElement.hasAttribute('style')).to.equal(false);
  });

  it("restores the page's own inline font size at Normal", async () => {
    document.documentElement.style.fontSize = '120%';
    const pageOwn = rootFontPx();
    const el = await fixture<FontSizeControl>(html`<cswb-font-size-control storage-key=${key()}></cswb-font-size-control>`);
    button(el, 'increase').click();
    await el.updateComplete;
    expect(rootFontPx()).to.be.closeTo(pageOwn * 1.1, 0.05);
    button(el, 'normal').click();
    await el.updateComplete;
    expect(document.documentElement.style.fontSize).to.equal('120%');
  });

  it('works from the keyboard: Tab to a button, then Enter and Space', async () => {
    const el = await fixture<FontSizeControl>(html`<cswb-font-size-control storage-key=${key()}></cswb-font-size-control>`);
    button(el, 'normal').focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'increase'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.level).to.equal(110);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.level).to.equal(125);
  });

  it('keeps the end button focusable with aria-disabled and explains why when pressed', async () => {
    const el = await fixture<FontSizeControl>(html`<cswb-font-size-control levels="100,150" storage-key=${key()}></cswb-font-size-control>`);
    button(el, 'increase').click();
    await el.updateComplete;
    const inc = button(el, 'increase');
    expect(inc.getAttribute('aria-disabled')).to.equal('true');
    expect(inc.disabled).to.equal(false);
    expect(button(el, 'decrease').hasAttribute('aria-disabled')).to.equal(false);
    await announced(el);
    let fired = 0;
    el.addEventListener('cswb-font-size-change', () => fired++);
    inc.click();
    await sleep(80);
    expect(spaces(status(el).textContent)).to.equal('Text is already at the largest size, 150%');
    expect(el.level).to.equal(150);
    expect(fired).to.equal(0);
  });

  it('fires cswb-font-size-change with level and previousLevel on user action', async () => {
    const el = await fixture<FontSizeControl>(html`<cswb-font-size-control storage-key=${key()}></cswb-font-size-control>`);
    setTimeout(() => button(el, 'increase').click());
    const event = (await oneEvent(el, 'cswb-font-size-change')) as FontSizeChangeEvent;
    expect(event.level).to.equal(110);
    expect(event.previousLevel).to.equal(100);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('fires nothing and announces nothing when level is set in code, but still scales', async () => {
    const el = await fixture<FontSizeControl>(html`<cswb-font-size-control storage-key=${key()}></cswb-font-size-control>`);
    const base = rootFontPx();
    let fired = 0;
    el.addEventListener('cswb-font-size-change', () => fired++);
    el.level = 150;
    await el.updateComplete;
    await sleep(80);
    expect(rootFontPx()).to.be.closeTo(base * 1.5, 0.05);
    expect(fired).to.equal(0);
    expect(status(el).textContent).to.equal('');
  });

  it('announces the new size politely, once per change, in English and French', async () => {
    const el = await fixture<FontSizeControl>(html`<cswb-font-size-control storage-key=${key()}></cswb-font-size-control>`);
    expect(status(el).getAttribute('aria-live')).to.equal('polite');
    button(el, 'increase').click();
    expect(await announced(el)).to.equal('Text size 110%');
    const fr = await fixture<FontSizeControl>(html`<cswb-font-size-control lang="fr" storage-key=${key()}></cswb-font-size-control>`);
    expect(spaces(fr.shadowRoot!.querySelector('.label')!.textContent)).to.equal('Taille du texte');
    button(fr, 'increase').click();
    expect(await announced(fr)).to.equal('Taille du texte 110 %');
  });

  it('persists the level and keeps every control with the same key in sync, announcing only in the one used', async () => {
    const k = key();
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <cswb-font-size-control storage-key=${k}></cswb-font-size-control>
      <cswb-font-size-control storage-key=${k}></cswb-font-size-control>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll('cswb-font-size-control')];
    button(a!, 'increase').click();
    await b!.updateComplete;
    expect(b!.level).to.equal(110);
    expect(localStorage.getItem(k)).to.equal('110');
    await announced(a!);
    expect(status(b!).textContent).to.equal('');
    const later = await fixture<FontSizeControl>(html`<cswb-font-size-control storage-key=${k}></cswb-font-size-control>`);
    expect(later.level).to.equal(110);
    button(a!, 'normal').click();
    await a!.updateComplete;
    expect(localStorage.getItem(k)).to.equal('100');
  });

  it('takes a level in the markup as the page default until the reader chooses, and never over their choice', async () => {
    const base = rootFontPx();
    const el = await fixture<FontSizeControl>(html`<cswb-font-size-control level="125" storage-key=${key()}></cswb-font-size-control>`);
    expect(el.level).to.equal(125);
    expect(rootFontPx()).to.be.closeTo(base * 1.25, 0.05);
    expect(localStorage.getItem(el.storageKey)).to.equal(null);
    const chosen = key();
    localStorage.setItem(chosen, '100');
    const other = await fixture<FontSizeControl>(html`<cswb-font-size-control level="150" storage-key=${chosen}></cswb-font-size-control>`);
    expect(other.level).to.equal(100);
  });

  it('shows a level of a control with other levels as it is, without storing or snapping it, and steps from it', async () => {
    const k = key();
    localStorage.setItem(k, '175');
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <cswb-font-size-control storage-key=${k}></cswb-font-size-control>
      <cswb-font-size-control levels="100,150,200" storage-key=${k}></cswb-font-size-control>
    </div>`);
    const [all, few] = [...wrap.querySelectorAll('cswb-font-size-control')] as FontSizeControl[];
    await few!.updateComplete;
    // The reader's 175% stays: the control without that level neither stores 150 nor pushes it back.
    expect(localStorage.getItem(k)).to.equal('175');
    expect(all!.level).to.equal(175);
    expect(few!.level).to.equal(175);
    button(few!, 'decrease').click();
    await all!.updateComplete;
    expect(all!.level).to.equal(150);
    button(all!, 'decrease').click();
    await few!.updateComplete;
    // 125 is not one of its levels: it shows 125, and Increase goes to its next level up.
    expect(few!.level).to.equal(125);
    expect(localStorage.getItem(k)).to.equal('125');
    expect(await announced(all!)).to.equal('Text size 125%');
    button(few!, 'increase').click();
    await all!.updateComplete;
    expect(all!.level).to.equal(150);
    // Code still snaps to the control's own levels afterwards.
    const warnings = captureWarnings();
    try {
      few!.level = 160;
      await few!.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(few!.level).to.equal(150);
    expect(warnings.messages).to.have.length(1);
  });

  it('says so once when a level in the markup is not one of its levels', async () => {
    const warnings = captureWarnings();
    let el: FontSizeControl;
    try {
      el = await fixture<FontSizeControl>(html`<cswb-font-size-control level="137" storage-key=${key()}></cswb-font-size-control>`);
    } finally {
      warnings.restore();
    }
    expect(el.level).to.equal(125);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('level 137').and.contain('125 is used');
  });

  it('takes a level set as a property before the element is connected as the page default (React, Vue, Lit bindings)', async () => {
    const base = rootFontPx();
    const k = key();
    const el = document.createElement('cswb-font-size-control');
    el.storageKey = k;
    el.level = 150;
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.append(el);
    await el.updateComplete;
    expect(el.level).to.equal(150);
    expect(rootFontPx()).to.be.closeTo(base * 1.5, 0.05);
    expect(localStorage.getItem(k)).to.equal(null);
  });

  it('keeps the level, silently and without storing, when the level attribute is removed', async () => {
    const k = key();
    localStorage.setItem(k, '150');
    const el = await fixture<FontSizeControl>(html`<cswb-font-size-control level="125" storage-key=${k}></cswb-font-size-control>`);
    expect(el.level).to.equal(150);
    const warnings = captureWarnings();
    try {
      el.removeAttribute('level');
      await el.updateComplete;
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
    expect(el.level).to.equal(150);
    expect(localStorage.getItem(k)).to.equal('150');
  });

  it('does not scale the page twice when a second copy of the library applies the same level', async () => {
    const base = rootFontPx();
    const el = await fixture<FontSizeControl>(html`<cswb-font-size-control storage-key=${key()}></cswb-font-size-control>`);
    el.level = 150;
    await el.updateComplete;
    // A second copy (the loader's modules beside the bundle) is a second module instance.
    const copy = new URL('./font-scale.ts?second-copy', import.meta.url).href;
    const { applyLevel } = (await import(/* @vite-ignore */ copy)) as typeof import('./font-scale.js');
    applyLevel(document.documentElement, 150);
    expect(rootFontPx()).to.be.closeTo(base * 1.5, 0.05);
  });

  it("follows another tab's change through the storage event", async () => {
    const k = key();
    const el = await fixture<FontSizeControl>(html`<cswb-font-size-control storage-key=${k}></cswb-font-size-control>`);
    localStorage.setItem(k, '150');
    window.dispatchEvent(new StorageEvent('storage', { key: k, newValue: '150' }));
    await el.updateComplete;
    expect(el.level).to.equal(150);
  });

  it('keeps working for the page lifetime when storage is blocked, with one warning at most', async () => {
    const { getItem, setItem, removeItem } = Storage.prototype;
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.getItem = blocked;
    Storage.prototype.setItem = blocked;
    Storage.prototype.removeItem = blocked;
    const warnings = captureWarnings();
    try {
      const el = await fixture<FontSizeControl>(html`<cswb-font-size-control storage-key=${key()}></cswb-font-size-control>`);
      const base = rootFontPx();
      button(el, 'increase').click();
      await el.updateComplete;
      expect(el.level).to.equal(110);
      expect(rootFontPx()).to.be.closeTo(base * 1.1, 0.05);
      button(el, 'normal').click();
      await el.updateComplete;
      expect(el.level).to.equal(100);
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
      Storage.prototype.removeItem = removeItem;
      warnings.restore();
    }
    expect(warnings.messages.length).to.be.at.most(1);
  });

  it('ignores a garbage stored value with one warning and starts at normal', async () => {
    const k = key();
    localStorage.setItem(k, '<script>alert(1)</script>');
    const warnings = captureWarnings();
    let el: FontSizeControl;
    try {
      el = await fixture<FontSizeControl>(html`<cswb-font-size-control storage-key=${k}></cswb-font-size-control>`);
    } finally {
      warnings.restore();
    }
    expect(el.level).to.equal(100);
    expect(warnings.messages).to.have.length(1);
    button(el, 'increase').click();
    await el.updateComplete;
    expect(el.level).to.equal(110);
  });

  it('uses custom levels', async () => {
    const el = await fixture<FontSizeControl>(html`<cswb-font-size-control levels="100,120,140" storage-key=${key()}></cswb-font-size-control>`);
    button(el, 'increase').click();
    button(el, 'increase').click();
    await el.updateComplete;
    expect(el.level).to.equal(140);
    expect(button(el, 'decrease').getAttribute('aria-disabled')).to.equal(null);
    button(el, 'normal').click();
    await el.updateComplete;
    expect(button(el, 'decrease').getAttribute('aria-disabled')).to.equal('true');
  });

  it('scales only its target when target names one, in em of the parent', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <article id="story-text"><p>Text</p></article>
      <cswb-font-size-control target="#story-text"></cswb-font-size-control>
    </div>`);
    const el = wrap.querySelector('cswb-font-size-control')!;
    el.storageKey = key();
    await el.updateComplete;
    const article = wrap.querySelector<HTMLElement>('#story-text')!;
    const before = parseFloat(getComputedStyle(article).fontSize);
    const root = rootFontPx();
    button(el, 'increase').click();
    await el.updateComplete;
    expect(parseFloat(getComputedStyle(article).fontSize)).to.be.closeTo(before * 1.1, 0.05);
    expect(rootFontPx()).to.equal(root);
    button(el, 'normal').click();
    await el.updateComplete;
    expect(article.hasAttribute('style')).to.equal(false);
  });

  it('keeps a targeted control\'s level apart from the page\'s, so the next visit does not scale the whole page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <article id="story-own"><p>Text</p></article>
      <cswb-font-size-control target="#story-own"></cswb-font-size-control>
    </div>`);
    const el = wrap.querySelector('cswb-font-size-control')!;
    const pageLevel = localStorage.getItem('cswb-font-size');
    button(el, 'increase').click();
    await el.updateComplete;
    keys.push('cswb-font-size #story-own');
    // Stored under its own key: the default key (restored onto the root on every page) is untouched.
    expect(localStorage.getItem('cswb-font-size #story-own')).to.equal('110');
    expect(localStorage.getItem('cswb-font-size')).to.equal(pageLevel);
    const again = await fixture<FontSizeControl>(html`<cswb-font-size-control target="#story-own"></cswb-font-size-control>`);
    expect(again.level).to.equal(110);
  });

  it('falls back to the defaults, warning once each, for bad levels, target and appearance', async () => {
    const warnings = captureWarnings();
    let el: FontSizeControl;
    try {
      el = await fixture<FontSizeControl>(html`<cswb-font-size-control levels="big,bigger" target="#nowhere" appearance="tiny" storage-key=${key()}></cswb-font-size-control>`);
      el.level = 133;
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.join('\n')).to.contain('levels="big,bigger"').and.contain('target="#nowhere"').and.contain('appearance="tiny"').and.contain('level 133');
    expect(warnings.messages).to.have.length(4);
    expect(el.appearance).to.equal('buttons');
    expect(el.level).to.equal(125);
    button(el, 'increase').click();
    await el.updateComplete;
    expect(el.level).to.equal(150);
  });

  it('does not throw on an invalid CSS selector as target', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<FontSizeControl>(html`<cswb-font-size-control target="[[[" storage-key=${key()}></cswb-font-size-control>`);
      expect(button(el, 'increase')).to.exist;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
  });

  it('parses levels strictly', () => {
    expect(parseLevels('90, 100 ,125')).to.deep.equal([90, 100, 125]);
    expect(parseLevels('125,90')).to.deep.equal([90, 100, 125]);
    expect(parseLevels('')).to.equal(null);
    expect(parseLevels('100')).to.equal(null);
    expect(parseLevels('90,,125')).to.equal(null);
    expect(parseLevels('10,100')).to.equal(null);
  });
});
