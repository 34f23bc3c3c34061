// Tests of the built dist/ in real pages served from 127.0.0.1: the bundle alone, under the strict
// CSP, loaded twice with the loader, the loader alone, and in Firefox. Run after `npm run build`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { manifestTags, openPage, usePages, renderEach as renderTags, waitForWidgets } from './helpers.mjs';

assert.ok(existsSync('dist/cswb-widgets.js'), 'dist/ is missing: npm run build first');

const tags = manifestTags();
const renderEach = (page) => renderTags(page, tags);
const env = usePages();

describe('dist/cswb-widgets.js', () => {
  it('documents at least one element in the manifest', () => {
    assert.ok(tags.includes('cswb-font-size-control'), `manifest tags: ${tags}`);
  });

  it('alone on a plain page, defines and renders every element, quietly, with no request but its own file', async () => {
    const { page, context, log } = await openPage(env.browser);
    await page.goto(`${env.plain.url}/test/pages/widgets.html`);
    await waitForWidgets(page);
    const rendered = await renderEach(page);
    for (const tag of tags) assert.equal(rendered[tag], true, `<${tag}> rendered nothing`);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
    const files = log.requests.map((url) => new URL(url).pathname).filter((path) => !path.endsWith('.map'));
    assert.deepEqual(files, ['/test/pages/widgets.html', '/dist/cswb-widgets.js']);
    await context.close();
  });

  it("under the strict CSP with Trusted Types, works with 0 violations", async () => {
    const { page, context, log } = await openPage(env.browser);
    const response = await page.goto(`${env.strict.url}/test/pages/widgets.html`);
    assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
    await waitForWidgets(page);
    await renderEach(page);
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await page.locator('cswb-font-size-control button.increase').first().click();
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    assert.ok(Math.abs(after - before * 1.1) < 0.1, `root font ${before}px -> ${after}px`);
    assert.deepEqual(log.violations, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('keeps the text size across a reload, applied before the control is used', async () => {
    const { page, context } = await openPage(env.browser);
    await page.goto(`${env.strict.url}/test/pages/widgets.html`);
    await waitForWidgets(page);
    const base = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await page.locator('cswb-font-size-control button.increase').click();
    await page.locator('cswb-font-size-control button.increase').click();
    await page.reload();
    await waitForWidgets(page);
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    assert.ok(Math.abs(size - base * 1.25) < 0.1, `after reload ${size}px, expected ${base * 1.25}px`);
    assert.equal(await page.locator('cswb-font-size-control').getAttribute('level'), '125');
    await context.close();
  });
});

describe('dist/integrity.json', () => {
  it("holds hashes the browser accepts for the README's snippet, and a wrong hash is refused", async () => {
    const { files } = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
    const { page, context } = await openPage(env.browser);
    await page.goto(`${env.plain.url}/test/pages/loader.html`);
    const load = (src, integrity) =>
      page.evaluate(
        ([url, hash]) =>
          new Promise((resolve) => {
            const script = document.createElement('script');
            script.type = 'module';
            script.src = url;
            script.integrity = hash;
            script.crossOrigin = 'anonymous';
            script.onload = () => resolve('loaded');
            script.onerror = () => resolve('refused');
            document.head.append(script);
          }),
        [src, integrity],
      );
    assert.equal(await load('/dist/cswb-widgets.js?sri', files['cswb-widgets.js']), 'loaded');
    assert.equal(await load('/dist/cswb-loader.js?sri', files['cswb-loader.js']), 'loaded');
    assert.equal(await load('/dist/cswb-widgets.js?sri-wrong', files['cswb-loader.js']), 'refused');
    await context.close();
  });
});

describe('loading twice', () => {
  it('two copies of the bundle and the loader on one page: no error, no warning, elements work', async () => {
    const { page, context, log } = await openPage(env.browser);
    await page.goto(`${env.strict.url}/test/pages/twice.html`);
    await waitForWidgets(page);
    await renderEach(page);
    await page.locator('main cswb-font-size-control button.increase').click();
    assert.equal(await page.locator('main cswb-font-size-control').getAttribute('level'), '110');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
    assert.deepEqual(log.violations, []);
    await context.close();
  });
});

describe('dist/cswb-loader.js', () => {
  it("defines an element when its tag appears, importing only that element's module", async () => {
    const { page, context, log } = await openPage(env.browser);
    await page.goto(`${env.strict.url}/test/pages/loader.html`);
    await waitForWidgets(page);
    assert.equal(await page.locator('cswb-font-size-control .label').textContent(), 'Taille du texte');
    const components = log.requests.map((url) => new URL(url).pathname).filter((path) => path.startsWith('/dist/components/'));
    assert.deepEqual(components, ['/dist/components/font-size-control.js']);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.violations, []);
    await context.close();
  });

  it('defines every element added later, in the document and inside open shadow roots', async () => {
    const { page, context, log } = await openPage(env.browser);
    await page.goto(`${env.strict.url}/test/pages/loader.html`);
    await waitForWidgets(page);
    const result = await page.evaluate(async (all) => {
      const later = document.getElementById('later');
      const host = document.createElement('div');
      later.append(host);
      const shadow = host.attachShadow({ mode: 'open' });
      const out = {};
      for (const tag of all) {
        const inDocument = document.createElement(tag);
        later.append(inDocument);
        const inShadow = document.createElement(tag);
        shadow.append(inShadow);
        await Promise.race([customElements.whenDefined(tag), new Promise((r) => setTimeout(r, 5000))]);
        await new Promise((r) => setTimeout(r, 50));
        out[tag] = customElements.get(tag) !== undefined && inShadow.shadowRoot !== null && inDocument.shadowRoot !== null;
      }
      return out;
    }, tags);
    for (const tag of tags) assert.equal(result[tag], true, `<${tag}> was not defined by the loader`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it("defines an element inside the shadow root of the page's own element defined after the loader ran", async () => {
    const { page, context, log } = await openPage(env.browser);
    await page.goto(`${env.strict.url}/test/pages/loader.html`);
    await waitForWidgets(page);
    const result = await page.evaluate(async () => {
      // The app's element is in the page before its definition, as when the app's module runs after the loader.
      document.getElementById('later').append(document.createElement('late-app'));
      await new Promise((r) => setTimeout(r, 50));
      customElements.define(
        'late-app',
        class extends HTMLElement {
          connectedCallback() {
            // Like Lit: the root is attached on connection, its content rendered a microtask later.
            const root = this.attachShadow({ mode: 'open' });
            queueMicrotask(() => root.append(document.createElement('cswb-help-lines')));
          }
        },
      );
      await Promise.race([customElements.whenDefined('cswb-help-lines'), new Promise((r) => setTimeout(r, 5000))]);
      await new Promise((r) => setTimeout(r, 50));
      const inner = document.querySelector('late-app').shadowRoot.querySelector('cswb-help-lines');
      return customElements.get('cswb-help-lines') !== undefined && inner.shadowRoot !== null;
    });
    assert.equal(result, true, '<cswb-help-lines> inside <late-app> was not defined by the loader');
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});
