// npm run bench: headless Chromium, figures against baselines measured in the same run (absolute
// timings are noisy on this machine; ratios and medians are what count). Prints a report and
// writes bench/results/latest.json. Not part of npm test: it measures, it does not pass or fail
// except when the page itself breaks.
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { launchChromium, manifestTags, startServer } from '../test/helpers.mjs';

mkdirSync('bench/results', { recursive: true });
await build({ entryPoints: ['bench/lit-baseline.ts'], bundle: true, format: 'esm', minify: true, outfile: 'bench/results/lit-baseline.js', target: 'es2022', logLevel: 'warning' });

const count = Number(process.env.BENCH_SERVICES ?? 10000);
const server = await startServer({ csp: false });
const browser = await launchChromium();
const page = await browser.newPage();
page.on('pageerror', (error) => console.error('page error:', error.message));
await page.goto(`${server.url}/bench/bench.html`);
await page.waitForFunction(() => customElements.get('cswb-font-size-control') !== undefined);

// Realistic attributes per element; each must render its normal content.
const attributes = {
  'cswb-font-size-control': {},
  'cswb-zone-explainer': { 'show-investment': '' },
  'cswb-priority-card': { priority: 'mental-health', href: '/programs/mental-health' },
  'cswb-priority-grid': {},
  'cswb-help-lines': { layout: 'list' },
  'cswb-quick-exit': { position: 'inline' },
  'cswb-resource-finder': {},
};
const tags = manifestTags();
const cases = tags.map((tag) => ({ tag, attributes: attributes[tag] ?? {} }));
const elements = await page.evaluate(async (list) => (await import('/bench/elements.js')).benchElements(list), cases);

const fmt = (n) => n.toFixed(2);
console.log(`\nRendering 200 instances, ours vs a plain Lit element with the same shadow DOM and styles (15 alternating rounds):`);
console.log(`${'element'.padEnd(26)}${'ours ms'.padStart(10)}${'plain ms'.padStart(10)}${'ratio'.padStart(8)}   min–max`);
for (const r of elements) {
  console.log(`${r.tag.padEnd(26)}${fmt(r.oursMedian).padStart(10)}${fmt(r.baselineMedian).padStart(10)}${fmt(r.ratioMedian).padStart(8)}   ${fmt(r.ratioMin)}–${fmt(r.ratioMax)}${r.ratioMedian <= 1.25 ? '' : '   (over the 1.25 target)'}`);
}
const overall = elements.map((r) => r.ratioMedian).sort((a, b) => a - b)[elements.length >> 1];
console.log(`median of the elements' median ratios: ${fmt(overall)} (target ≤ 1.25)`);

let finder = null;
if (tags.includes('cswb-resource-finder')) {
  finder = await page.evaluate(async (n) => (await import('/bench/finder.js')).benchFinder(n), count);
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.reload();
  await page.waitForFunction(() => customElements.get('cswb-font-size-control') !== undefined);
  await page.evaluate(async () => {
    window.__bench = await import('/bench/finder.js');
  });
  const empty = await heap();
  await page.evaluate((n) => window.__bench.keepRecords(n), count);
  const withRecords = await heap();
  await page.evaluate(() => window.__bench.keepIndex());
  const withIndex = await heap();
  finder.heap = { records: withRecords - empty, index: withIndex - withRecords };
  const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
  const s = (x) => `median ${fmt(x.median)} ms, p95 ${fmt(x.p95)} ms, min–max ${fmt(x.min)}–${fmt(x.max)} ms`;
  console.log(`\nResource finder on ${count} generated HSDS services:`);
  console.log(`  parse + normalise + index: ${s(finder.build)}  (budget ≤ 300 ms)`);
  console.log(`    of which JSON.parse of the ${(finder.jsonBytes / 1048576).toFixed(1)} MB text: median ${fmt(finder.jsonParse.median)} ms; normalise (parseHsds): median ${fmt(finder.normalise.median)} ms; index (new SearchIndex): median ${fmt(finder.indexing.median)} ms`);
  console.log(`    baseline JSON + lower-case text: ${s(finder.naiveBuild)}`);
  console.log(`  per-keystroke query (${finder.keystrokes} keystrokes × 3): ${s(finder.query)}  (budget median ≤ 4 ms, p95 ≤ 16 ms)`);
  console.log(`    baseline substring filter: ${s(finder.naiveQuery)}`);
  console.log(`  search + render one page of ${finder.shown} results in the element: ${s(finder.render)}  (budget for the render ≤ 16 ms)`);
  console.log(`    of which the same searches alone: median ${fmt(finder.searchOnly.median)} ms, so rendering ≈ ${fmt(finder.render.median - finder.searchOnly.median)} ms`);
  console.log(`  JS heap: records ${mb(finder.heap.records)}, index adds ${mb(finder.heap.index)} = ${(finder.heap.index / finder.heap.records).toFixed(2)}× (budget ≤ 2×)`);
}

writeFileSync('bench/results/latest.json', `${JSON.stringify({ date: new Date().toISOString(), elements, finder }, null, 2)}\n`);
console.log('\nbench/results/latest.json written');
await browser.close();
await server.close();
