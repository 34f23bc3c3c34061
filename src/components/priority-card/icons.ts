import { html, svg, type SVGTemplateResult } from 'lit';

/**
 * The presets' icons, drawn for this project on a 24 × 24 grid with `currentColor` strokes, so
 * they take the card's accent colour and turn into the system text colour in forced-colors mode.
 * They are decorative: the heading says what the card is about.
 */
const icon = (paths: SVGTemplateResult) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;

/** A speech bubble holding a heart: someone to talk to. */
export const mentalHealthIcon = icon(svg`<path d="M4.5 4h15A1.5 1.5 0 0 1 21 5.5v10a1.5 1.5 0 0 1-1.5 1.5H12l-4.5 4v-4h-3A1.5 1.5 0 0 1 3 15.5v-10A1.5 1.5 0 0 1 4.5 4z" /><path d="M12 14s-3.5-2.1-3.5-4.3a1.9 1.9 0 0 1 3.5-1 1.9 1.9 0 0 1 3.5 1C15.5 11.9 12 14 12 14z" />`);

/** Two people under one roof: shelter and protection. */
export const vulnerablePopulationsIcon = icon(svg`<path d="M3 10.5 12 3l9 7.5" /><circle cx="9" cy="12" r="1.75" /><circle cx="15" cy="12" r="1.75" /><path d="M5.5 20.5a3.5 3.5 0 0 1 7 0" /><path d="M11.5 20.5a3.5 3.5 0 0 1 7 0" />`);

/** A traffic light. */
export const trafficSafetyIcon = icon(svg`<rect x="8" y="2.5" width="8" height="19" rx="2" /><circle cx="12" cy="7" r="1.5" /><circle cx="12" cy="12" r="1.5" /><circle cx="12" cy="17" r="1.5" />`);

/** A shield with a check mark: safety in the community. */
export const crimeIcon = icon(svg`<path d="M12 2.75 19 5.5v5.25c0 4.6-3 8.5-7 10.25-4-1.75-7-5.65-7-10.25V5.5z" /><path d="m9 12 2.25 2.25L15.5 10" />`);
