// Loads every story of the built Storybook (storybook-static/) in headless Chromium and fails on
// any console error, uncaught exception or axe violation. Run after `npm run build-storybook`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { axe, launchChromium, openPage, startServer } from './helpers.mjs';

assert.ok(existsSync('storybook-static/index.json'), 'storybook-static/ is missing: npm run build-storybook first');
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

let browser;
let server;
let session;

before(async () => {
  browser = await launchChromium();
  // Storybook's own runtime needs inline scripts, so its pages are served without the CSP.
  server = await startServer({ root: 'storybook-static', index: 'index.html', csp: false });
  session = await openPage(browser);
});
after(async () => {
  await session?.context.close();
  await browser?.close();
  await server?.close();
});

describe('Storybook', () => {
  it('has stories', () => {
    assert.ok(stories.length > 0, 'index.json lists no story');
  });

  for (const story of stories) {
    it(`${story.title} / ${story.name}: renders with no console error and no axe violation`, async () => {
      const { page, log } = session;
      log.errors.length = 0;
      await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
      await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, null, { timeout: 15000 });
      await page.evaluate(async () => {
        const all = [...document.querySelectorAll('#storybook-root *')].filter((el) => 'updateComplete' in el);
        await Promise.all(all.map((el) => el.updateComplete));
        await new Promise((resolve) => setTimeout(resolve, 100));
      });
      const violations = await axe(page, '#storybook-root');
      assert.deepEqual(violations, [], `axe violations in ${story.id}`);
      assert.deepEqual(log.errors, [], `console errors in ${story.id}`);
    });
  }
});
