import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The global design tokens, light theme. Each becomes the custom property `--cswb-<name>`; a
 * component reads it through `token()`, which writes this value as the fallback, so the widgets
 * look right with no theme stylesheet on the page. Sizes are in rem/em so the font-size control
 * and browser zoom scale everything. The dark and high-contrast values are in
 * src/styles/themes.ts: a new colour token goes into both files.
 */
export const tokens = {
  'font-family': 'inherit',
  'font-size-sm': '0.875rem',
  'font-size-md': '1rem',
  'font-size-lg': '1.25rem',
  'font-size-xl': '1.5rem',
  'line-height': '1.5',
  'font-weight-bold': '700',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-5': '1.5rem',
  'radius-sm': '0.25rem',
  'radius-md': '0.5rem',
  'focus-ring-width': '0.1875rem',
  'focus-ring-offset': '0.125rem',
  'target-size': '2.75rem',
  'duration': '150ms',
  'shadow-raised': '0 0.0625rem 0.1875rem rgb(0 0 0 / 0.25)',
  'color-text': '#1b1b1b',
  'color-text-muted': '#4d4d4d',
  'color-surface': '#ffffff',
  'color-surface-raised': '#f3f5f7',
  'color-border': '#6e6e6e',
  'color-accent': '#00507f',
  'color-accent-hover': '#003a5c',
  'color-on-accent': '#ffffff',
  'color-focus': '#0b57d0',
  'color-danger': '#b3261e',
  'color-on-danger': '#ffffff',
  'color-notice-surface': '#fff4d6',
  // Accents of the four service priorities (priority cards): at least 4.5:1 on surface and surface-raised.
  'color-priority-mental-health': '#6b3fa0',
  'color-priority-vulnerable-populations': '#00695c',
  'color-priority-traffic-safety': '#a14a00',
  'color-priority-crime': '#9b1c3a',
  // The provincial colours of the four CSWB zones (zone explainer). Decorative fills: every ring
  // also has a text label on a surface band and its own pattern, so colour is never the only cue.
  'color-zone-social-development': '#2e7d32',
  'color-zone-prevention': '#1f5fae',
  'color-zone-risk-intervention': '#f2c200',
  'color-zone-incident-response': '#c62828',
} as const;

/** The name of a global token, without the `--cswb-` prefix. */
export type TokenName = keyof typeof tokens;

/** `var(--cswb-<name>, <light value>)` for use inside a component's css``. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--cswb-${name}, ${tokens[name]})`);
}
