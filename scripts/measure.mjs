// node scripts/measure.mjs [name …]: brotli bytes of one element's module as the build makes it
// (same plugins, in memory, dist/ untouched), Lit left out; with no name, every element and the
// whole bundle with Lit inlined. For working on size without racing other builds.
import { brotliCompressSync, constants } from 'node:zlib';
import { readdirSync, existsSync } from 'node:fs';
import { rollup } from 'rollup';
import { plugins } from '../rollup.config.js';

const brotli = (code) => brotliCompressSync(Buffer.from(code), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kib = (n) => `${(n / 1024).toFixed(2)} KiB`;

async function measure(input, external) {
  const bundle = await rollup({ input, plugins: plugins(), external, onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return output[0].code;
}

const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/)/.test(id) || /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/.test(id);
const names = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('src/components').filter((n) => existsSync(`src/components/${n}/define.ts`));
for (const name of names) {
  const code = await measure(`src/components/${name}/define.ts`, isLit);
  console.log(`${name.padEnd(20)} ${kib(brotli(code)).padStart(10)} brotli without Lit (${code.length} bytes minified)`);
}
if (process.argv.length <= 2) {
  const all = await measure('src/all.ts', () => false);
  console.log(`${'cswb-widgets.js'.padEnd(20)} ${kib(brotli(all)).padStart(10)} brotli with Lit (budget 30 KiB)`);
}
