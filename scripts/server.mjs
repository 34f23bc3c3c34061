// A small static server on 127.0.0.1 for the demo (npm start) and the tests of dist/. HTML is
// sent with a strict Content-Security-Policy, so the demo proves the widgets need no inline code.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` (default: the repository) on 127.0.0.1. `/` is `index` (default demo/index.html).
 * `csp: false` drops the policy header (Storybook's build needs inline scripts).
 * Resolves to { server, port, url, close() }.
 */
export function startServer({ root = '.', port = 0, index = 'demo/index.html', csp = STRICT_CSP, log = false } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    if (path === '/' || path === '') path = `/${index}`;
    const file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    try {
      let target = file;
      if ((await stat(target)).isDirectory()) target = join(target, 'index.html');
      const body = await readFile(target);
      const type = TYPES[extname(target)] ?? 'application/octet-stream';
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
      if (csp && type.startsWith('text/html')) headers['Content-Security-Policy'] = csp;
      response.writeHead(200, headers).end(body);
      if (log) console.log(`200 ${path}`);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      if (log) console.log(`404 ${path}`);
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port;
      resolvePromise({
        server,
        port: actual,
        url: `http://127.0.0.1:${actual}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
