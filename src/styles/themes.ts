import { tokens, type TokenName } from './tokens.js';

/** The themes shipped in `dist/themes/`; each sets only what differs from the light defaults. */
export const themes: Record<'light' | 'dark' | 'high-contrast', Partial<Record<TokenName, string>>> = {
  light: tokens,
  dark: {
    'color-text': '#ececec',
    'color-text-muted': '#c4c4c4',
    'color-surface': '#17191c',
    'color-surface-raised': '#23272c',
    'color-border': '#9a9a9a',
    'color-accent': '#8cc8ff',
    'color-accent-hover': '#b5dbff',
    'color-on-accent': '#0b1620',
    'color-focus': '#ffd166',
    'color-danger': '#ffb4ab',
    'color-on-danger': '#3a0905',
    'color-notice-surface': '#3b3220',
    'color-priority-mental-health': '#cfb0f5',
    'color-priority-vulnerable-populations': '#5fd4c1',
    'color-priority-traffic-safety': '#ffb270',
    'color-priority-crime': '#ff9fb4',
    'color-zone-social-development': '#66bb6a',
    'color-zone-prevention': '#64a0e8',
    'color-zone-risk-intervention': '#f5d04a',
    'color-zone-incident-response': '#ef6b63',
    'shadow-raised': '0 0.0625rem 0.1875rem rgb(0 0 0 / 0.6)',
  },
  'high-contrast': {
    'color-text': '#000000',
    'color-text-muted': '#000000',
    'color-surface': '#ffffff',
    'color-surface-raised': '#ffffff',
    'color-border': '#000000',
    'color-accent': '#00003d',
    'color-accent-hover': '#000000',
    'color-on-accent': '#ffffff',
    'color-focus': '#c00000',
    'color-danger': '#7a0000',
    'color-on-danger': '#ffffff',
    'color-notice-surface': '#ffffff',
    'color-priority-mental-health': '#3b0a6b',
    'color-priority-vulnerable-populations': '#00382f',
    'color-priority-traffic-safety': '#5a2400',
    'color-priority-crime': '#5c0019',
    'color-zone-social-development': '#005a00',
    'color-zone-prevention': '#00339a',
    'color-zone-risk-intervention': '#ffd000',
    'color-zone-incident-response': '#a00000',
    'focus-ring-width': '0.25rem',
    'shadow-raised': 'none',
  },
};

/** The CSS text of a theme file: its tokens on `:root` and on the class `cswb-theme-<name>`. */
export function themeCss(name: keyof typeof themes): string {
  const lines = Object.entries(themes[name]).map(([key, value]) => `  --cswb-${key}: ${value};`);
  const scheme = name === 'dark' ? 'dark' : 'light';
  return `/* cswb-widgets theme: ${name} */\n:root,\n.cswb-theme-${name} {\n  color-scheme: ${scheme};\n${lines.join('\n')}\n}\n`;
}
