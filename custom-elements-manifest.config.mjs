// @custom-elements-manifest/analyzer: reads the JSDoc on the element classes and writes
// dist/custom-elements.json, which feeds Storybook's docs and the README's component tables.
import { readFileSync, readdirSync } from 'node:fs';

/** Tags come from each define.ts (`defineElement('cswb-x', X)`), which the analyzer cannot follow. */
function tagsFromDefineModules() {
  const tags = new Map();
  for (const folder of readdirSync('src/components', { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    let source;
    try {
      source = readFileSync(`src/components/${folder.name}/define.ts`, 'utf8');
    } catch {
      continue;
    }
    for (const [, tag, className] of source.matchAll(/defineElement\(\s*'([a-z0-9-]+)'\s*,\s*(\w+)\s*\)/g)) {
      tags.set(className, { tag, folder: folder.name });
    }
  }
  return tags;
}

function cswbPlugin() {
  return {
    name: 'cswb-tags-and-events',
    packageLinkPhase({ customElementsManifest }) {
      const tags = tagsFromDefineModules();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const found = tags.get(declaration.name);
          if (declaration.kind !== 'class' || found === undefined) continue;
          declaration.customElement = true;
          declaration.tagName = found.tag;
          // Only the documented cswb-* events are public; dispatchEvent(new X(next…)) is not an event name.
          declaration.events = (declaration.events ?? []).filter((event) => event.name?.startsWith('cswb-'));
          mod.exports = [
            ...(mod.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition'),
            { kind: 'custom-element-definition', name: found.tag, declaration: { name: declaration.name, module: mod.path } },
          ];
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/test/**'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [cswbPlugin()],
};
