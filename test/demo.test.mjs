// The demo page that `npm start` serves: every widget renders from the one script tag under the
// strict CSP, asks for nothing outside 127.0.0.1, passes axe, and reflows at 320 CSS px (400%
// zoom of a 1280 px window) and at 200% text without horizontal scrolling.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axe, openPage, usePages, waitForWidgets } from './helpers.mjs';

const env = usePages();

const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('demo page', () => {
  it('embeds the widgets by script tag only and renders them all under the strict CSP, quietly', async () => {
    const { page, context, log } = await openPage(env.browser);
    await page.goto(`${env.strict.url}/`);
    await waitForWidgets(page);
    await page.waitForLoadState('networkidle');
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => `${s.type} ${s.getAttribute('src')}`));
    assert.deepEqual(scripts.filter((s) => !s.startsWith('application/json')), ['module dist/cswb-widgets.js']);
    const tags = await page.evaluate(() => [...new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.startsWith('cswb-')))]);
    assert.ok(tags.includes('cswb-font-size-control'), `widgets on the demo page: ${tags}`);
    assert.deepEqual(log.violations, []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
    const outside = log.requests.filter((url) => !url.startsWith(env.strict.url));
    assert.deepEqual(outside, []);
    await context.close();
  });

  it('passes axe (WCAG 2.1 A and AA)', async () => {
    const { page, context } = await openPage(env.browser);
    await page.goto(`${env.plain.url}/`);
    await waitForWidgets(page);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await axe(page), []);
    await context.close();
  });

  it('reflows at 320 CSS px wide without horizontal scrolling', async () => {
    const { page, context } = await openPage(env.browser);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${env.plain.url}/`);
    await waitForWidgets(page);
    await page.waitForLoadState('networkidle');
    assert.ok((await overflow(page)) <= 0, `horizontal overflow ${await overflow(page)}px at 320px`);
    await context.close();
  });

  it('reflows at 200% text (the font-size control at its largest) without horizontal scrolling', async () => {
    const { page, context } = await openPage(env.browser);
    await page.setViewportSize({ width: 640, height: 800 });
    await page.goto(`${env.plain.url}/`);
    await waitForWidgets(page);
    const control = page.locator('cswb-font-size-control').first();
    for (let i = 0; i < 5; i++) await control.locator('button.increase').click();
    assert.equal(await control.getAttribute('level'), '200');
    await page.waitForLoadState('networkidle');
    assert.ok((await overflow(page)) <= 0, `horizontal overflow ${await overflow(page)}px at 200% text`);
    await context.close();
  });

  it("lets a reader's text-spacing stylesheet (WCAG 1.4.12) reach the widgets' text, and still reflows at 320 px", async () => {
    const { page, context } = await openPage(env.browser);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${env.plain.url}/`);
    await waitForWidgets(page);
    // The WCAG 1.4.12 values, as a reader's extension applies them to the page.
    await page.addStyleTag({ content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-block-end: 2em !important }' });
    await page.waitForLoadState('networkidle');
    const spacing = await page.evaluate(() =>
      [...document.querySelectorAll('cswb-zone-explainer, cswb-help-lines, cswb-resource-finder, cswb-quick-exit')].map((host) => {
        const text = host.shadowRoot.querySelector('p, button, a');
        const style = getComputedStyle(text);
        return `${host.localName} ${(parseFloat(style.letterSpacing) / parseFloat(style.fontSize)).toFixed(2)}`;
      }),
    );
    for (const entry of spacing) assert.match(entry, / 0\.12$/, `letter spacing inside ${entry}em of the font size, not 0.12`);
    // Except the zone diagram's decorative ring labels, which are sized to their bands.
    const ring = await page.evaluate(() => getComputedStyle(document.querySelector('cswb-zone-explainer').shadowRoot.querySelector('svg text')).letterSpacing);
    assert.ok(ring === '0px' || ring === 'normal', `ring label letter spacing ${ring}`);
    assert.ok((await overflow(page)) <= 0, `horizontal overflow ${await overflow(page)}px with text spacing at 320px`);
    await context.close();
  });
});
