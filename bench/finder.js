// Runs in the page: the resource finder's data pipeline on generated HSDS services, against a
// naive baseline in the same run (JSON records, lower-case substring filter).
import { SearchIndex, parseHsds } from '/dist/index.js';
import { generateServices } from './generate-hsds.js';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const summary = (values) => ({ median: median(values), p95: percentile(values, 95), min: Math.min(...values), max: Math.max(...values) });

/** Everything a person would type, one keystroke at a time. */
const QUERIES = ['mental health', 'sante mentale', 'food bank', 'housing help', 'securite', 'youth counselling', 'crisis', 'seniors', 'legal aid clinic', 'family'];
const keystrokes = QUERIES.flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)).filter((q) => q.trim()));

/** The naive way: lower-case every record's text once, then filter with includes(). */
function naiveBuild(json) {
  const records = JSON.parse(json);
  return records.map((r) => ({ r, text: [r.name, r.alternate_name, r.description, r.organization?.name].filter(Boolean).join(' ').toLowerCase() }));
}
function naiveSearch(rows, query) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => words.every((word) => row.text.includes(word)));
}

export async function benchFinder(count, rounds = 5) {
  const services = generateServices(count, 1);
  const json = JSON.stringify(services);
  const build = [];
  const jsonParse = [];
  const normalise = [];
  const indexing = [];
  const naive = [];
  let index;
  let rows;
  for (let round = 0; round < rounds; round++) {
    let start = performance.now();
    rows = naiveBuild(json);
    naive.push(performance.now() - start);
    start = performance.now();
    const records = JSON.parse(json);
    const afterJson = performance.now();
    const parsed = parseHsds(records);
    const afterParse = performance.now();
    index = new SearchIndex(parsed.resources);
    const end = performance.now();
    build.push(end - start);
    jsonParse.push(afterJson - start);
    normalise.push(afterParse - afterJson);
    indexing.push(end - afterParse);
  }
  const query = [];
  const naiveQuery = [];
  for (let pass = 0; pass < 3; pass++) {
    for (const q of keystrokes) {
      let start = performance.now();
      index.search(q);
      query.push(performance.now() - start);
      start = performance.now();
      naiveSearch(rows, q);
      naiveQuery.push(performance.now() - start);
    }
  }
  // Rendering one page of results in the element, with the whole data set loaded.
  const finder = document.createElement('cswb-resource-finder');
  finder.setAttribute('page-size', '20');
  document.body.append(finder);
  finder.services = services;
  await finder.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  await finder.updateComplete;
  const render = [];
  const searchOnly = [];
  const terms = ['a', 'mental', 'food', 'youth', 'housing', 'crisis', 'family', 'seniors', 'legal', 'health'];
  for (let round = 0; round < 3; round++) {
    for (const term of terms) {
      const start = performance.now();
      index.search(term, {}, new Date());
      searchOnly.push(performance.now() - start);
    }
  }
  for (let round = 0; round < 3; round++) {
    for (const term of terms) {
      const start = performance.now();
      finder.search(term);
      await finder.updateComplete;
      void finder.offsetHeight;
      render.push(performance.now() - start);
    }
  }
  const shown = finder.shadowRoot.querySelectorAll('article').length;
  finder.remove();
  return {
    count,
    jsonBytes: json.length,
    keystrokes: keystrokes.length,
    build: summary(build),
    jsonParse: summary(jsonParse),
    normalise: summary(normalise),
    indexing: summary(indexing),
    searchOnly: summary(searchOnly),
    naiveBuild: summary(naive),
    query: summary(query),
    naiveQuery: summary(naiveQuery),
    render: summary(render),
    shown,
  };
}

/** For the heap figure: keeps the parsed records, then the index, reachable from window. */
export function keepRecords(count) {
  window.__records = parseHsds(generateServices(count, 1)).resources;
}
export function keepIndex() {
  window.__index = new SearchIndex(window.__records);
}
