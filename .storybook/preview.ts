import type { Decorator, Preview, StoryContext } from '@storybook/web-components';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../dist/custom-elements.json';
import { themes } from '../src/styles/themes.js';

interface Member {
  name?: string;
  privacy?: string;
}

// Docs pages, argTypes and controls come from the manifest the analyzer writes from JSDoc; the
// private and protected members (`_state`, controllers) are not part of the public API.
const publicOnly = (members: Member[] = []) => members.filter((m) => !m.privacy || m.privacy === 'public').filter((m) => !m.name?.startsWith('_'));
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((mod) => ({
    ...mod,
    declarations: (mod.declarations ?? []).map((d) => ('members' in d ? { ...d, members: publicOnly(d.members as Member[]) } : d)),
  })),
});

type Theme = keyof typeof themes;

function themeVariables(theme: Theme): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [name, value] of Object.entries(themes[theme])) variables[`--cswb-${name}`] = value;
  return variables;
}

/**
 * Wraps every story in the toolbar's language and theme, as a partner page would set them (the
 * theme's colour scheme and background on the whole frame, as dist/themes/*.css does). The
 * Controls of custom properties (`--cswb-…`) and of `strings` apply to every story: the custom
 * properties on the wrapper, whence they inherit, `strings` on the story's element.
 */
const withLocaleAndTheme: Decorator = (story, context) => {
  const locale = context.globals['locale'] === 'fr' ? 'fr-CA' : 'en-CA';
  const theme = (context.globals['theme'] ?? 'light') as Theme;
  const variables = themeVariables(themes[theme] ? theme : 'light');
  const background = variables['--cswb-color-surface'] ?? '#fff';
  const scheme = theme === 'dark' ? 'dark' : 'light';
  document.documentElement.style.colorScheme = scheme;
  document.body.style.background = background;
  const custom = Object.fromEntries(Object.entries(context.args).filter(([name, value]) => name.startsWith('--') && value));
  const strings = typeof context.args['strings'] === 'string' ? (context.args['strings'] as string) : undefined;
  // After the story's own content is rendered into the wrapper (a ref runs before its children).
  const applyStrings = (wrapper?: Element) =>
    queueMicrotask(() => {
      const element = context.component && wrapper?.querySelector(context.component);
      if (!element || strings === undefined) return;
      if (strings) element.setAttribute('strings', strings);
      else element.removeAttribute('strings');
    });
  return html`<div
    lang=${locale}
    class="cswb-story cswb-theme-${theme}"
    ${ref(applyStrings)}
    style=${styleMap({
      ...variables,
      ...custom,
      colorScheme: scheme,
      padding: '1rem',
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      background,
      color: variables['--cswb-color-text'] ?? '#1b1b1b',
    })}
  >${story()}</div>`;
};

/** The HTML a webmaster pastes to get exactly this story: script tag, theme and language included. */
function embedSnippet(code: string, context: StoryContext): string {
  if (code.trimStart().startsWith('<script')) return code;
  const locale = context.globals['locale'] === 'fr' ? 'fr-CA' : 'en-CA';
  const theme = context.globals['theme'] ?? 'light';
  const base = 'https://your-site.example/cswb-widgets';
  const lines = [`<script type="module" src="${base}/cswb-widgets.js"></script>`];
  if (theme !== 'light') lines.push(`<link rel="stylesheet" href="${base}/themes/${theme}.css">`);
  const body = code.trim().split('\n');
  const indented = body.map((line) => `  ${line}`).join('\n');
  lines.push(`<div lang="${locale}">\n${indented}\n</div>`);
  return lines.join('\n');
}

const preview: Preview = {
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'fr', title: 'Français' }], dynamicTitle: true },
    },
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [{ value: 'light', title: 'Light' }, { value: 'dark', title: 'Dark' }, { value: 'high-contrast', title: 'High contrast' }],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    controls: { expanded: true },
    docs: { source: { type: 'dynamic', language: 'html', excludeDecorators: true, transform: embedSnippet } },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};
export default preview;
