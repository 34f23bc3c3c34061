// After Rollup, the manifest and the declarations: writes dist/integrity.json, the SHA-384
// Subresource Integrity hash of every file in dist/ (the README's snippets use them).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = 'dist';

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const hashes = {};
for (const path of [...files(dist)].sort()) {
  const name = relative(dist, path).split('\\').join('/');
  if (name === 'integrity.json') continue;
  hashes[name] = `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}
writeFileSync(join(dist, 'integrity.json'), `${JSON.stringify({ name: pkg.name, version: pkg.version, files: hashes }, null, 2)}\n`);
console.log(`dist/integrity.json: ${Object.keys(hashes).length} files hashed`);
