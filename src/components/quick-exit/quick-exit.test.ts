import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { captureWarnings, sleep, spaces } from '../../test/helpers.js';
import './define.js';
import type { QuickExitEvent } from './events.js';
import { exitNavigator } from './navigate.js';
import { DEFAULT_EXIT_URL, type QuickExit } from './quick-exit.js';
import { shortcutClock } from './shortcut.js';

interface Exit {
  url: string;
  /** Whether, at the moment of navigating, the overlay covered the whole window, opaque and above everything. */
  covered: boolean;
}

const exitButton = (el: QuickExit) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const toggle = (el: QuickExit) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
const panel = (el: QuickExit) => el.shadowRoot!.querySelector<HTMLElement>('[part="explanation"]')!;
const overlay = (el: QuickExit) => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!;
const elements = () => [...document.querySelectorAll('cswb-quick-exit')];

/** The overlay is what a reader sees at the corners and the centre of the window, and it is opaque. */
function covers(el: QuickExit): boolean {
  const dialog = overlay(el);
  const style = getComputedStyle(dialog);
  const opaque = style.opacity === '1' && /^rgb\(/.test(style.backgroundColor);
  const points = [
    [1, 1],
    [innerWidth - 2, 1],
    [innerWidth / 2, innerHeight / 2],
    [1, innerHeight - 2],
    [innerWidth - 2, innerHeight - 2],
  ];
  const onTop = points.every(([x, y]) => document.elementFromPoint(x!, y!) === el && el.shadowRoot!.elementFromPoint(x!, y!) === dialog);
  return dialog.open && opaque && onTop;
}

const pressShift = async (times: number) => {
  for (let i = 0; i < times; i++) await sendKeys({ press: 'Shift' });
};

describe('<cswb-quick-exit>', () => {
  let exits: Exit[] = [];
  const realExit = exitNavigator.exitTo;
  const realNow = shortcutClock.now;

  beforeEach(() => {
    exits = [];
    // Navigation is intercepted: the test page stays, and the stub records what the reader would see.
    exitNavigator.exitTo = (url: string) => {
      const open = elements().find((el) => overlay(el).open);
      exits.push({ url, covered: open !== undefined && covers(open) });
    };
    // A still clock: every Shift press in a test falls within the shortcut's window.
    shortcutClock.now = () => 1000;
  });

  afterEach(async () => {
    exitNavigator.exitTo = realExit;
    shortcutClock.now = realNow;
    for (const el of elements()) overlay(el).close();
    document.documentElement.lang = 'en';
    for (const key of ['cswb-qe-a', 'cswb-qe-b', 'cswb-qe-keep']) {
      localStorage.removeItem(key);
      sessionStorage.removeItem(key);
    }
  });

  it('is accessible fixed, inline, and with the explanation open', async () => {
    const el = await fixture<QuickExit>(html`<cswb-quick-exit></cswb-quick-exit>`);
    await expect(el).to.be.accessible();
    toggle(el).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const inline = await fixture<QuickExit>(html`<cswb-quick-exit position="inline"></cswb-quick-exit>`);
    toggle(inline).click();
    await inline.updateComplete;
    await expect(inline).to.be.accessible();
  });

  it('shows a labelled exit button described by the shortcut, and a collapsed explanation', async () => {
    const el = await fixture<QuickExit>(html`<cswb-quick-exit></cswb-quick-exit>`);
    const button = exitButton(el);
    expect(spaces(button.textContent)).to.equal('Exit this page');
    const hint = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(spaces(hint.textContent)).to.equal('Or press the Shift key three times.');
    expect(spaces(toggle(el).textContent)).to.equal('How it works');
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(toggle(el).getAttribute('aria-controls')).to.equal(panel(el).id);
    expect(panel(el).hidden).to.equal(true);
    expect(el.href).to.equal(DEFAULT_EXIT_URL);
    expect(overlay(el).open).to.equal(false);
  });

  it('stays in the bottom corner of the window by default, and in the flow with position="inline"', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <cswb-quick-exit></cswb-quick-exit>
      <cswb-quick-exit position="inline"></cswb-quick-exit>
    </div>`);
    const [fixed, inline] = wrap.querySelectorAll('cswb-quick-exit');
    await fixed!.updateComplete;
    expect(getComputedStyle(fixed!).position).to.equal('fixed');
    const box = fixed!.getBoundingClientRect();
    expect(innerWidth - box.right).to.be.within(0, 40);
    expect(innerHeight - box.bottom).to.be.within(0, 40);
    expect(getComputedStyle(inline!).position).to.equal('static');
    expect(inline!.getBoundingClientRect().height).to.be.above(40);
  });

  it('gives both buttons a target of at least 44 by 44 CSS pixels', async () => {
    const el = await fixture<QuickExit>(html`<cswb-quick-exit></cswb-quick-exit>`);
    for (const button of [exitButton(el), toggle(el)]) {
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
    }
  });

  it('fits inside a 320 px wide window with the explanation open (reflow)', async () => {
    await setViewport({ width: 320, height: 480 });
    try {
      const el = await fixture<QuickExit>(html`<cswb-quick-exit></cswb-quick-exit>`);
      toggle(el).click();
      await el.updateComplete;
      for (const part of [exitButton(el), toggle(el), panel(el)]) {
        const box = part.getBoundingClientRect();
        expect(box.left).to.be.at.least(0);
        expect(box.right).to.be.at.most(320);
        expect(box.top).to.be.at.least(0);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps the open explanation whole, scrolling inside it, at 400% zoom (320 × 256) in French with text spacing', async () => {
    await setViewport({ width: 320, height: 256 });
    try {
      // The reader's WCAG 1.4.12 spacing makes the two buttons wrap onto two rows.
      const el = await fixture<QuickExit>(html`<cswb-quick-exit lang="fr" style="letter-spacing: 0.12em; word-spacing: 0.16em"></cswb-quick-exit>`);
      expect(toggle(el).getBoundingClientRect().top).not.to.equal(exitButton(el).getBoundingClientRect().top);
      toggle(el).click();
      await el.updateComplete;
      const box = panel(el).getBoundingClientRect();
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(Math.min(exitButton(el).getBoundingClientRect().top, toggle(el).getBoundingClientRect().top));
      expect(panel(el).scrollHeight).to.be.greaterThan(panel(el).clientHeight);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows and hides the explanation: what the button does, the shortcut and private browsing', async () => {
    const el = await fixture<QuickExit>(html`<cswb-quick-exit href="https://weather.gc.ca/"></cswb-quick-exit>`);
    toggle(el).click();
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect(panel(el).hidden).to.equal(false);
    const text = spaces(panel(el).textContent);
    expect(text).to.contain('opens weather.gc.ca in its place');
    expect(text).to.contain('press the Shift key three times in a row, within two seconds');
    expect(text).to.contain('private or incognito window');
    toggle(el).click();
    await el.updateComplete;
    expect(panel(el).hidden).to.equal(true);
  });

  it('covers the page, above content with its own z-index, then replaces it with href on click', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <div style="position: fixed; inset: 0; z-index: 2147483647; background: rgb(255 0 0)">Page content on top</div>
      <cswb-quick-exit href="https://weather.gc.ca/"></cswb-quick-exit>
    </div>`);
    const el = wrap.querySelector('cswb-quick-exit')!;
    await el.updateComplete;
    exitButton(el).click();
    expect(exits).to.deep.equal([{ url: 'https://weather.gc.ca/', covered: true }]);
    expect(overlay(el).matches(':modal')).to.equal(true);
  });

  it('goes to the neutral default when href is not set', async () => {
    const el = await fixture<QuickExit>(html`<cswb-quick-exit></cswb-quick-exit>`);
    exitButton(el).click();
    expect(exits).to.deep.equal([{ url: 'https://www.google.ca/', covered: true }]);
  });

  it('fires cswb-quick-exit first, before the overlay, with href and source', async () => {
    const el = await fixture<QuickExit>(html`<cswb-quick-exit href="https://weather.gc.ca/"></cswb-quick-exit>`);
    const seen: { href: string; source: string; coveredYet: boolean; flags: boolean[] }[] = [];
    el.addEventListener('cswb-quick-exit', (event: QuickExitEvent) => {
      seen.push({
        href: event.href,
        source: event.source,
        coveredYet: overlay(el).open,
        flags: [event.bubbles, event.composed, event.cancelable],
      });
    });
    exitButton(el).click();
    expect(seen).to.deep.equal([{ href: 'https://weather.gc.ca/', source: 'button', coveredYet: false, flags: [true, true, true] }]);
    expect(exits).to.have.length(1);
  });

  it('stays on the page when the page cancels the event', async () => {
    localStorage.setItem('cswb-qe-a', 'kept');
    const el = await fixture<QuickExit>(html`<cswb-quick-exit clear-storage-keys="cswb-qe-a"></cswb-quick-exit>`);
    const cancel = (event: Event) => event.preventDefault();
    document.addEventListener('cswb-quick-exit', cancel);
    try {
      exitButton(el).click();
    } finally {
      document.removeEventListener('cswb-quick-exit', cancel);
    }
    expect(exits).to.deep.equal([]);
    expect(overlay(el).open).to.equal(false);
    expect(localStorage.getItem('cswb-qe-a')).to.equal('kept');
    exitButton(el).click();
    expect(exits).to.have.length(1);
  });

  it('removes the keys in clear-storage-keys from local and session storage, and nothing else', async () => {
    for (const key of ['cswb-qe-a', 'cswb-qe-b', 'cswb-qe-keep']) {
      localStorage.setItem(key, 'x');
      sessionStorage.setItem(key, 'x');
    }
    const el = await fixture<QuickExit>(html`<cswb-quick-exit clear-storage-keys="cswb-qe-a, cswb-qe-b"></cswb-quick-exit>`);
    exitButton(el).click();
    expect(exits).to.have.length(1);
    for (const area of [localStorage, sessionStorage]) {
      expect(area.getItem('cswb-qe-a')).to.equal(null);
      expect(area.getItem('cswb-qe-b')).to.equal(null);
      expect(area.getItem('cswb-qe-keep')).to.equal('x');
    }
  });

  it('still leaves, silently, when storage is blocked', async () => {
    const el = await fixture<QuickExit>(html`<cswb-quick-exit clear-storage-keys="cswb-qe-a"></cswb-quick-exit>`);
    const { removeItem } = Storage.prototype;
    Storage.prototype.removeItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const warnings = captureWarnings();
    try {
      exitButton(el).click();
    } finally {
      Storage.prototype.removeItem = removeItem;
      warnings.restore();
    }
    expect(exits).to.deep.equal([{ url: DEFAULT_EXIT_URL, covered: true }]);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('still leaves when the browser refuses to show the overlay', async () => {
    const el = await fixture<QuickExit>(html`<cswb-quick-exit href="https://weather.gc.ca/"></cswb-quick-exit>`);
    // showModal throws on a dialog that is already open without being modal, or one outside the document.
    overlay(el).showModal = () => {
      throw new DOMException('The dialog is already open.', 'InvalidStateError');
    };
    exitButton(el).click();
    expect(exits.map((exit) => exit.url)).to.deep.equal(['https://weather.gc.ca/']);
  });

  it('never leaves on load or when code changes its properties, and fires nothing', async () => {
    let fired = 0;
    document.addEventListener('cswb-quick-exit', () => fired++);
    const el = await fixture<QuickExit>(html`<cswb-quick-exit href="https://weather.gc.ca/" clear-storage-keys="cswb-qe-a"></cswb-quick-exit>`);
    el.href = 'https://www.google.com/';
    el.position = 'inline';
    el.clearStorageKeys = 'cswb-qe-b';
    await el.updateComplete;
    el.remove();
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    expect(exits).to.deep.equal([]);
    expect(fired).to.equal(0);
    expect(overlay(el).open).to.equal(false);
  });

  it('leaves with Enter and with Space on the focused button', async () => {
    const el = await fixture<QuickExit>(html`<cswb-quick-exit href="https://weather.gc.ca/"></cswb-quick-exit>`);
    exitButton(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(exits).to.deep.equal([{ url: 'https://weather.gc.ca/', covered: true }]);
    el.remove();
    const other = await fixture<QuickExit>(html`<cswb-quick-exit></cswb-quick-exit>`);
    exitButton(other).focus();
    await sendKeys({ press: ' ' });
    expect(exits).to.deep.equal([
      { url: 'https://weather.gc.ca/', covered: true },
      { url: DEFAULT_EXIT_URL, covered: true },
    ]);
  });

  it('keeps the page covered until it is replaced, however often Escape is pressed', async () => {
    const el = await fixture<QuickExit>(html`<cswb-quick-exit></cswb-quick-exit>`);
    exitButton(el).focus();
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Escape' });
    await sleep(0);
    expect(covers(el)).to.equal(true);
    expect(overlay(el).getAttribute('aria-label')).to.equal('Leaving this page');
    // A close the browser makes whatever the page does (Android's Back, pressed twice) is undone before the next frame.
    overlay(el).close();
    await null;
    expect(covers(el)).to.equal(true);
    expect(exits).to.have.length(1);
  });

  it('reaches the button and the toggle with Tab, and closes the explanation with Escape', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><button>before</button><cswb-quick-exit position="inline"></cswb-quick-exit></div>`);
    const el = wrap.querySelector('cswb-quick-exit')!;
    await el.updateComplete;
    wrap.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(exitButton(el));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(panel(el).hidden).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(panel(el).hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el));
    expect(exits).to.deep.equal([]);
  });

  it('leaves when Shift is pressed three times, through the first element only', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <cswb-quick-exit href="https://weather.gc.ca/"></cswb-quick-exit>
      <cswb-quick-exit position="inline" href="https://www.google.com/"></cswb-quick-exit>
    </div>`);
    const [first, second] = wrap.querySelectorAll('cswb-quick-exit');
    const sources: string[] = [];
    wrap.addEventListener('cswb-quick-exit', (event) => sources.push(`${(event.target as Element) === first ? 'first' : 'second'}:${event.source}`));
    await pressShift(2);
    expect(exits).to.deep.equal([]);
    await pressShift(1);
    expect(exits).to.deep.equal([{ url: 'https://weather.gc.ca/', covered: true }]);
    expect(sources).to.deep.equal(['first:shortcut']);
    expect(overlay(second!).open).to.equal(false);
  });

  it('leaves through the first element on screen, so a hidden copy (a collapsed menu) never opens an unseen cover', async () => {
    await fixture<HTMLDivElement>(html`<div>
      <nav hidden><cswb-quick-exit href="https://weather.gc.ca/"></cswb-quick-exit></nav>
      <cswb-quick-exit position="inline" href="https://www.google.com/"></cswb-quick-exit>
    </div>`);
    await pressShift(3);
    expect(exits).to.deep.equal([{ url: 'https://www.google.com/', covered: true }]);
  });

  it('counts only Shift pressed on its own: typing a capital resets the count', async () => {
    await fixture<QuickExit>(html`<cswb-quick-exit></cswb-quick-exit>`);
    await pressShift(2);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyA' });
    await sendKeys({ up: 'Shift' });
    await pressShift(1);
    expect(exits).to.deep.equal([]);
    await pressShift(2);
    expect(exits).to.have.length(1);
  });

  it('needs the three presses within two seconds', async () => {
    await fixture<QuickExit>(html`<cswb-quick-exit></cswb-quick-exit>`);
    let now = 0;
    shortcutClock.now = () => now;
    await pressShift(1);
    now = 1500;
    await pressShift(1);
    now = 3000;
    await pressShift(1);
    expect(exits).to.deep.equal([]);
    now = 3200;
    await pressShift(1);
    expect(exits).to.have.length(1);
  });

  it('ignores Shift presses that scripts fake, and any once the element is gone', async () => {
    const el = await fixture<QuickExit>(html`<cswb-quick-exit></cswb-quick-exit>`);
    for (let i = 0; i < 3; i++) {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
      document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
    }
    expect(exits).to.deep.equal([]);
    el.remove();
    await pressShift(3);
    expect(exits).to.deep.equal([]);
  });

  it('falls back to the defaults, warning once each, for an unsafe href and an unknown position', async () => {
    const warnings = captureWarnings();
    let el: QuickExit;
    try {
      el = await fixture<QuickExit>(html`<cswb-quick-exit href="javascript:alert(1)" position="corner"></cswb-quick-exit>`);
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages.join('\n')).to.contain('href="javascript:alert(1)"').and.contain('position="corner"');
    expect(el.position).to.equal('fixed');
    expect(getComputedStyle(el).position).to.equal('fixed');
    exitButton(el).click();
    expect(exits).to.deep.equal([{ url: DEFAULT_EXIT_URL, covered: true }]);
  });

  it('speaks French', async () => {
    const el = await fixture<QuickExit>(html`<cswb-quick-exit lang="fr-CA" href="https://meteo.gc.ca/"></cswb-quick-exit>`);
    expect(spaces(exitButton(el).textContent)).to.equal('Quitter cette page');
    const hint = el.shadowRoot!.getElementById(exitButton(el).getAttribute('aria-describedby')!)!;
    expect(spaces(hint.textContent)).to.equal('Ou appuyez trois fois sur la touche Maj (Shift).');
    expect(spaces(toggle(el).textContent)).to.equal('Comment ça marche');
    toggle(el).click();
    await el.updateComplete;
    expect(spaces(panel(el).textContent)).to.contain('ouvre meteo.gc.ca à sa place').and.contain('navigation privée');
    expect(overlay(el).getAttribute('aria-label')).to.equal('Fermeture de cette page');
    exitButton(el).click();
    expect(exits).to.deep.equal([{ url: 'https://meteo.gc.ca/', covered: true }]);
  });

  it('follows a change of the page language', async () => {
    const el = await fixture<QuickExit>(html`<cswb-quick-exit></cswb-quick-exit>`);
    document.documentElement.lang = 'fr';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(spaces(exitButton(el).textContent)).to.equal('Quitter cette page');
  });
});
