// Writes (--write) or checks (--check) the generated blocks of README.md: the component
// reference (<!-- api:start --> … <!-- api:end -->) from dist/custom-elements.json, so the JSDoc
// of the element classes is its single source, and the embed snippet with the SRI hashes
// (<!-- snippet:start --> … <!-- snippet:end -->) from dist/integrity.json.
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const mode = process.argv[2];
if (mode !== '--write' && mode !== '--check') {
  console.error('usage: node scripts/readme-api.mjs --write | --check');
  process.exit(2);
}

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
const code = (text) => (text === undefined || text === null || text === '' ? '' : `\`${cell(text).replace(/`/g, "'")}\``);

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
}

const elements = manifest.modules
  .flatMap((mod) => (mod.declarations ?? []).map((d) => ({ ...d, path: mod.path })))
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const sections = elements.map((el) => {
  const out = [`### \`<${el.tagName}>\``, ''];
  if (el.summary) out.push(`**${cell(el.summary)}**`, '');
  if (el.description) out.push(el.description.trim(), '');
  const members = (el.members ?? []).filter((m) => m.privacy === undefined || m.privacy === 'public').filter((m) => !m.static);
  const attributes = el.attributes ?? [];
  out.push(
    table(
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)]),
    ),
  );
  const attributeFields = new Set(attributes.map((a) => a.fieldName));
  const fields = members.filter((m) => m.kind === 'field' && !attributeFields.has(m.name));
  out.push(table(['Property (no attribute)', 'Type', 'Description'], fields.map((m) => [code(m.name), code(m.type?.text), cell(m.description)])));
  const methods = members.filter((m) => m.kind === 'method');
  out.push(
    table(
      ['Method', 'Description'],
      methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), cell(m.description)]),
    ),
  );
  out.push(table(['Event', 'Type', 'Description'], (el.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)])));
  out.push(table(['Slot', 'Description'], (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])));
  out.push(table(['Part', 'Description'], (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])));
  out.push(table(['CSS custom property', 'Description'], (el.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)])));
  return out.filter((line) => line !== '').map((line) => line.trimEnd()).join('\n\n');
});

const generated = `${START}\n<!-- Generated from dist/custom-elements.json by \`npm run docs\`; edit the JSDoc, not this block. -->\n\n${sections.join('\n\n')}\n\n${END}`;
const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
const base = `https://your-site.example/cswb-widgets/${integrity.version}`;
const snippet = `<!-- snippet:start -->
<!-- Generated from dist/integrity.json by \`npm run docs\`. -->

\`\`\`html
<!-- Every element, in one file: -->
<script type="module" src="${base}/cswb-widgets.js"
        integrity="${integrity.files['cswb-widgets.js']}" crossorigin="anonymous"></script>

<!-- Or the loader, which downloads only the elements the page uses: -->
<script type="module" src="${base}/cswb-loader.js"
        integrity="${integrity.files['cswb-loader.js']}" crossorigin="anonymous"></script>

<!-- Then use the elements anywhere in the page: -->
<cswb-font-size-control></cswb-font-size-control>
\`\`\`

<!-- snippet:end -->`;

/** Replaces the block between `start` and `end` markers in `text`. */
function replaceBlock(text, start, end, block) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    console.error(`README.md lacks the ${start} … ${end} markers`);
    process.exit(1);
  }
  return text.slice(0, from) + block + text.slice(to + end.length);
}

const readme = readFileSync('README.md', 'utf8');
const next = replaceBlock(replaceBlock(readme, START, END, generated), '<!-- snippet:start -->', '<!-- snippet:end -->', snippet);
if (mode === '--write') {
  writeFileSync('README.md', next);
  console.log(`README.md: component reference written for ${elements.length} elements`);
} else if (next !== readme) {
  console.error('README.md: the component reference is out of date with the JSDoc; run `npm run docs` and commit README.md.');
  process.exit(1);
} else {
  console.log(`README.md: component reference up to date (${elements.length} elements)`);
}
