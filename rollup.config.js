// Builds dist/: the one-file bundle, the autoloader, one module per element sharing a Lit chunk,
// the side-effect-free index, and the theme stylesheets. scripts/postbuild.mjs adds the
// manifest, the type declarations and integrity.json.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { buildSync } from 'esbuild';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minify } from 'terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const banner = `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | includes Lit (BSD-3-Clause) */`;

const versionSource = readFileSync('src/version.ts', 'utf8');
if (!versionSource.includes(`'${pkg.version}'`)) {
  throw new Error(`src/version.ts does not say ${pkg.version}, the version in package.json`);
}

const folders = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`src/components/${entry.name}/define.ts`))
  .map((entry) => entry.name)
  .sort();
const registry = readFileSync('src/components/registry.ts', 'utf8');
const listed = [...registry.matchAll(/'([a-z-]+)'/g)].map((match) => match[1]).sort();
if (folders.join() !== listed.join()) {
  throw new Error(`src/components/registry.ts lists [${listed}] but the folders with a define.ts are [${folders}]`);
}

/** Emits dist/themes/<name>.css from the token tables in src/styles/tokens.ts. */
function themes() {
  return {
    name: 'cswb-themes',
    generateBundle() {
      const { outputFiles } = buildSync({
        entryPoints: ['src/styles/themes.ts'],
        bundle: true,
        format: 'esm',
        write: false,
        platform: 'node',
        external: ['lit'],
      });
      const code = outputFiles[0].text.replace(/^import .*lit.*$/m, 'const unsafeCSS = (s) => s;');
      return import(`data:text/javascript,${encodeURIComponent(code)}`).then(({ themes: all, themeCss }) => {
        for (const name of Object.keys(all)) {
          this.emitFile({ type: 'asset', fileName: `themes/${name}.css`, source: themeCss(name) });
        }
      });
    },
  };
}

/**
 * A second minifying pass over each finished chunk. esbuild transpiles and minifies each module
 * fast; terser, given the whole chunk, inlines and folds across modules (2–3% fewer bytes after
 * brotli: about 0.9 KiB of the bundle). Only safe compressions: no `unsafe*`, no `pure_getters`
 * (the code reads layout properties for their effect). Legal comments (`/*!`) stay.
 */
function terser() {
  return {
    name: 'cswb-terser',
    async renderChunk(code) {
      const result = await minify(code, {
        module: true,
        ecma: 2022,
        compress: { passes: 2 },
        mangle: true,
        format: { comments: /^!/ },
        sourceMap: { asObject: true },
      });
      return { code: result.code, map: result.map };
    },
  };
}

export const plugins = () => [
  nodeResolve({ exportConditions: ['production'] }),
  minifyTemplates(),
  esbuild({ target: 'es2022', minify: true, tsconfig: 'tsconfig.json', legalComments: 'inline' }),
  terser(),
];

const onwarn = (warning, warn) => {
  // The loader's dynamic import of a computed URL is deliberate.
  if (warning.code === 'DYNAMIC_IMPORT_VARIABLES' ) return;
  warn(warning);
};

export default [
  {
    input: 'src/all.ts',
    output: { file: 'dist/cswb-widgets.js', format: 'es', sourcemap: true, banner },
    plugins: [...plugins(), themes()],
    onwarn,
  },
  {
    input: 'src/loader.ts',
    output: { file: 'dist/cswb-loader.js', format: 'es', sourcemap: true, banner },
    plugins: plugins(),
    onwarn,
  },
  {
    input: {
      index: 'src/index.ts',
      ...Object.fromEntries(folders.map((name) => [`components/${name}`, `src/components/${name}/define.ts`])),
    },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      banner,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: (id) => (/node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/.test(id) ? 'lit' : undefined),
    },
    plugins: plugins(),
    onwarn,
  },
];
