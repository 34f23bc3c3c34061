// The one-script-tag page under the strict CSP, in Firefox (Debian's firefox-esr through
// puppeteer-core and WebDriver BiDi; Playwright cannot drive it). Run after `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { manifestTags, renderEach, startServer } from './helpers.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
let browser;
let server;

before(async () => {
  server = await startServer();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: { 'network.captive-portal-service.enabled': false, 'app.update.enabled': false, 'network.connectivity-service.enabled': false },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('Firefox', () => {
  it('renders every element from the bundle alone under the strict CSP, with no error or violation', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content-Security-Policy|Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await page.goto(`${server.url}/test/pages/widgets.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('cswb-font-size-control') !== undefined);
    const rendered = await renderEach(page, manifestTags());
    for (const [tag, ok] of Object.entries(rendered)) assert.equal(ok, true, `<${tag}> rendered nothing in Firefox`);
    const sizes = await page.evaluate(async () => {
      const control = document.querySelector('main cswb-font-size-control');
      const before = parseFloat(getComputedStyle(document.documentElement).fontSize);
      control.shadowRoot.querySelector('button.increase').click();
      await control.updateComplete;
      return { before, after: parseFloat(getComputedStyle(document.documentElement).fontSize) };
    });
    assert.ok(Math.abs(sizes.after - sizes.before * 1.1) < 0.1, JSON.stringify(sizes));
    assert.deepEqual(problems, []);
    await page.close();
  });
});
