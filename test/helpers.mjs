// Shared by the tests of dist/, the demo and Storybook: Debian's Chromium through playwright-core,
// the static server on 127.0.0.1, and collectors for console errors and CSP violations.
import { readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/server.mjs';

export { startServer };

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/**
 * For a test file: Chromium plus the static server twice, with the strict CSP (`strict`) and
 * without it (`plain`, for axe, which a CSP page would rightly refuse), started before the tests
 * and closed after them. The returned object is filled in by the time the tests run.
 */
export function usePages() {
  const env = { browser: undefined, strict: undefined, plain: undefined };
  before(async () => {
    env.browser = await launchChromium();
    env.strict = await startServer();
    env.plain = await startServer({ csp: false });
  });
  after(async () => {
    await env.browser?.close();
    await env.strict?.close();
    await env.plain?.close();
  });
  return env;
}

/** The tags the built manifest documents: every element the bundle registers. */
export function manifestTags() {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  return manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName));
}

/**
 * Opens a page that records console errors and warnings, uncaught errors, CSP violations (from
 * the console, since a listener would itself need a script) and every request's URL.
 */
export async function openPage(browser, { blockOutside = true } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const log = { errors: [], warnings: [], requests: [], violations: [] };
  page.on('console', (message) => {
    const text = message.text();
    if (/Content[- ]Security[- ]Policy|Trusted Type|TrustedHTML|TrustedScript/i.test(text)) log.violations.push(text);
    if (message.type() === 'error') log.errors.push(text);
    if (message.type() === 'warning') log.warnings.push(text);
  });
  page.on('pageerror', (error) => log.errors.push(`uncaught: ${error.message}`));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    log.requests.push(url);
    if (blockOutside && !url.startsWith('http://127.0.0.1:')) return route.abort();
    return route.continue();
  });
  return { page, context, log };
}

/**
 * Creates one of each of `tags` on a page (Playwright's or Puppeteer's) and reports, per tag,
 * whether it rendered a shadow root with content.
 */
export function renderEach(page, tags) {
  return page.evaluate(async (all) => {
    const out = {};
    for (const tag of all) {
      const el = document.createElement(tag);
      document.body.append(el);
      await customElements.whenDefined(tag);
      await el.updateComplete;
      out[tag] = el.shadowRoot !== null && el.shadowRoot.querySelector('*') !== null;
    }
    return out;
  }, tags);
}

/** Waits until every cswb-* element on the page (light DOM) is defined and has rendered. */
export async function waitForWidgets(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('cswb-'))
      .every((el) => customElements.get(el.localName) && el.shadowRoot && el.shadowRoot.childNodes.length > 0),
  );
  await page.evaluate(() =>
    Promise.all([...document.querySelectorAll('*')].filter((el) => 'updateComplete' in el).map((el) => el.updateComplete)),
  );
}

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * Runs axe-core on `selector` and returns the violations. axe is evaluated through the browser's
 * protocol, not as a <script>, so run it on pages served without the CSP (a CSP page would
 * rightly refuse it).
 */
export async function axe(page, selector = 'body') {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // Storybook's a11y addon runs axe after each render: wait for its run to end, then run ours.
  return page.evaluate(async (context) => {
    const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, rules: { region: { enabled: false } } };
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await window.axe.run(context, options);
        return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      } catch (error) {
        if (attempt > 50 || !/already running/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }, selector);
}
