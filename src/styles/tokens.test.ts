import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../all.js';
import { COMPONENTS } from '../components/registry.js';
import { themes } from './themes.js';
import { tokens, type TokenName } from './tokens.js';

interface ManifestElement {
  tagName?: string;
  cssProperties?: { name: string }[];
}

async function documentedProperties(): Promise<Map<string, Set<string>>> {
  const response = await fetch('/dist/custom-elements.json');
  expect(response.ok, 'dist/custom-elements.json (npm run analyze)').to.equal(true);
  const manifest = (await response.json()) as { modules: { declarations?: ManifestElement[] }[] };
  const byTag = new Map<string, Set<string>>();
  for (const mod of manifest.modules)
    for (const d of mod.declarations ?? [])
      if (d.tagName) byTag.set(d.tagName, new Set((d.cssProperties ?? []).map((p) => p.name)));
  return byTag;
}

function cssOf(tag: string): string {
  const element = customElements.get(tag) as unknown as typeof LitElement | undefined;
  expect(element, `<${tag}> is defined by the bundle`).to.exist;
  return element!.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
}

const reads = (css: string) => new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!));

function luminance(hex: string): number {
  const value = hex.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16) / 255);
  const channel = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('design tokens', () => {
  const tags = COMPONENTS.map((name) => `cswb-${name}`);

  it('every custom property a stylesheet reads is a global token, its own documented property, or a private variable it sets', async () => {
    const documented = await documentedProperties();
    const problems: string[] = [];
    for (const tag of tags) {
      const css = cssOf(tag);
      const own = documented.get(tag) ?? new Set<string>();
      for (const name of reads(css)) {
        if (name.startsWith('--_')) {
          if (!new RegExp(`${name}\\s*:`).test(css)) problems.push(`${tag} reads ${name}, which it never sets`);
        } else if (name.startsWith('--cswb-')) {
          const token = name.slice('--cswb-'.length);
          if (!(token in tokens) && !own.has(name)) problems.push(`${tag} reads ${name}: neither a global token nor documented with @cssprop`);
        } else {
          problems.push(`${tag} reads ${name}, outside the --cswb-* and --_* namespaces`);
        }
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('every documented custom property is read by its element', async () => {
    const documented = await documentedProperties();
    const unused: string[] = [];
    for (const tag of tags) {
      const css = reads(cssOf(tag));
      for (const name of documented.get(tag) ?? []) if (!css.has(name)) unused.push(`${tag}: ${name}`);
    }
    expect(unused).to.deep.equal([]);
  });

  it('every global token is used by some element', () => {
    const all = new Set(tags.flatMap((tag) => [...reads(cssOf(tag))]));
    const unused = Object.keys(tokens).filter((name) => !all.has(`--cswb-${name}`));
    expect(unused).to.deep.equal([]);
  });

  for (const [name, theme] of Object.entries(themes)) {
    it(`the ${name} theme keeps text at 4.5:1 and borders and focus at 3:1`, () => {
      const value = (token: TokenName) => (theme[token] ?? tokens[token]) as string;
      const pairs: [TokenName, TokenName, number][] = [
        ['color-text', 'color-surface', 4.5],
        ['color-text', 'color-surface-raised', 4.5],
        ['color-text-muted', 'color-surface', 4.5],
        ['color-text-muted', 'color-surface-raised', 4.5],
        ['color-accent', 'color-surface', 4.5],
        ['color-accent', 'color-surface-raised', 4.5],
        ['color-on-accent', 'color-accent', 4.5],
        ['color-on-accent', 'color-accent-hover', 4.5],
        ['color-danger', 'color-surface', 4.5],
        ['color-on-danger', 'color-danger', 4.5],
        ['color-text', 'color-notice-surface', 4.5],
        ['color-border', 'color-surface', 3],
        ['color-focus', 'color-surface', 3],
        // Priority accents draw the card's top border and icon: graphics, 3:1.
        ['color-priority-mental-health', 'color-surface', 3],
        ['color-priority-vulnerable-populations', 'color-surface', 3],
        ['color-priority-traffic-safety', 'color-surface', 3],
        ['color-priority-crime', 'color-surface', 3],
      ];
      const failing = pairs
        .map(([fg, bg, min]) => ({ fg, bg, min, ratio: contrast(value(fg), value(bg)) }))
        .filter((pair) => pair.ratio < pair.min)
        .map((pair) => `${pair.fg} on ${pair.bg}: ${pair.ratio.toFixed(2)} < ${pair.min}`);
      expect(failing).to.deep.equal([]);
    });
  }
});
