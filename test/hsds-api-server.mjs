// A small HSDS 3.0 API, served by the test runner on 127.0.0.1 under /hsds-api/. The resource
// finder's API mode is tested against it; it answers /services with the page envelope, from the
// sample data set. It also serves the fault fixtures the loading tests need under
// /hsds-fixtures/. Node built-ins only.
//
// A @web/dev-server `serve` hook always answers 200, so error statuses are set afterwards in the
// `transform` hook, which runs on the way out with the same Koa context.
import { readFileSync } from 'node:fs';

const SAMPLE = new URL('../demo/data/halton-services.json', import.meta.url);

const normalize = (text) =>
  String(text ?? '')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

function loadSample() {
  // Read per request: the file is small, and an edit shows up without restarting the runner.
  const data = JSON.parse(readFileSync(SAMPLE, 'utf8'));
  return Array.isArray(data) ? data : [];
}

const termIds = (service) =>
  (Array.isArray(service.attributes) ? service.attributes : []).flatMap((attribute) => [
    attribute?.taxonomy_term_id,
    attribute?.taxonomy_term?.id,
  ]);

const languages = (service) =>
  (Array.isArray(service.languages) ? service.languages : []).flatMap((language) => [
    normalize(language?.name),
    normalize(language?.code),
  ]);

const areas = (service) => [
  ...(Array.isArray(service.service_areas) ? service.service_areas : []).map((area) => normalize(area?.name)),
  ...(Array.isArray(service.service_at_locations) ? service.service_at_locations : []).flatMap((sal) =>
    (Array.isArray(sal?.location?.addresses) ? sal.location.addresses : []).map((address) => normalize(address?.city)),
  ),
];

const positive = (value, fallback, max) => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : fallback;
};

/** The /services answer for a query string, as an HSDS page envelope. */
export function servicesPage(searchParams) {
  const search = normalize(searchParams.get('search')).trim();
  const term = searchParams.get('taxonomy_term_id');
  const language = searchParams.get('language');
  const area = searchParams.get('service_area');
  const perPage = positive(searchParams.get('per_page'), 50, 1000);
  const page = positive(searchParams.get('page'), 1, Number.MAX_SAFE_INTEGER);
  const matches = loadSample().filter(
    (service) =>
      (service.status ?? 'active') !== 'inactive' &&
      service.status !== 'defunct' &&
      (!search ||
        [service.name, service.description, service.organization?.name].some((text) => normalize(text).includes(search))) &&
      (!term || termIds(service).includes(term)) &&
      (!language || languages(service).includes(normalize(language))) &&
      (!area || areas(service).includes(normalize(area))),
  );
  const totalPages = Math.ceil(matches.length / perPage);
  const contents = matches.slice((page - 1) * perPage, page * perPage);
  return {
    total_items: matches.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const NO_STORE = { 'cache-control': 'no-store' };
const json = (value) => ({ body: JSON.stringify(value), type: 'json', headers: NO_STORE });

const FIXTURE_STATUS = {
  '/hsds-fixtures/not-found.json': 404,
  '/hsds-fixtures/server-error.json': 500,
  '/hsds-api/error/services': 500,
};

export function hsdsApiPlugin() {
  return {
    name: 'hsds-api',
    async serve(context) {
      const { path } = context;
      if (path === '/hsds-api/services') return json(servicesPage(context.URL.searchParams));
      if (path === '/hsds-api/slow/services') {
        await wait(3000);
        return json(servicesPage(context.URL.searchParams));
      }
      if (path === '/hsds-api/error/services') return json({ error: 'Internal Server Error' });
      if (path.startsWith('/hsds-api/')) return json({ error: 'Not Found' });
      if (!path.startsWith('/hsds-fixtures/')) return undefined;
      switch (path) {
        case '/hsds-fixtures/not-found.json':
          return { body: '{"error":"Not Found"}', type: 'json', headers: NO_STORE };
        case '/hsds-fixtures/server-error.json':
          return { body: '<!doctype html><title>500</title><h1>Internal Server Error</h1>', type: 'html', headers: NO_STORE };
        case '/hsds-fixtures/bad.json':
          return { body: '{"contents": [', type: 'json', headers: NO_STORE };
        case '/hsds-fixtures/html.json':
          return {
            body: '<!doctype html><html lang="en"><title>Sign in</title><p>Please sign in.</p></html>',
            type: 'html',
            headers: NO_STORE,
          };
        case '/hsds-fixtures/slow.json':
          await wait(5000);
          return json([]);
        default:
          return { body: '{"error":"Not Found"}', type: 'json', headers: NO_STORE };
      }
    },
    transform(context) {
      const status = FIXTURE_STATUS[context.path];
      if (status) context.status = status;
      else if (context.path.startsWith('/hsds-fixtures/') && !KNOWN_FIXTURES.has(context.path)) context.status = 404;
      else if (context.path.startsWith('/hsds-api/') && !KNOWN_API.has(context.path)) context.status = 404;
      return undefined;
    },
  };
}

const KNOWN_FIXTURES = new Set(['/hsds-fixtures/bad.json', '/hsds-fixtures/html.json', '/hsds-fixtures/slow.json']);
const KNOWN_API = new Set(['/hsds-api/services', '/hsds-api/slow/services']);
