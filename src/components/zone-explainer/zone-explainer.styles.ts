import { css, unsafeCSS } from 'lit';
import { token } from '../../styles/tokens.js';
import { ZONES } from './zones.js';

// The accordion is the default; the tabs layout is a container query on the element's own width
// (a sidebar gets the accordion). Print turns the container off, so paper gets the accordion too.
export const styles = css`
  :host {
    display: block;
    container: cswb-zone-explainer / inline-size;
    --_gap: var(--cswb-zone-explainer-gap, ${token('space-5')});
    --_size: var(--cswb-zone-explainer-diagram-size, 20em);
    --_bg: var(--cswb-zone-explainer-background, ${token('color-surface')});
    --_border: 0.0625rem solid var(--cswb-zone-explainer-border-color, ${token('color-border')});
    --_radius: var(--cswb-zone-explainer-radius, ${token('radius-md')});
  }
  /* One colour per zone, for its pattern and its panel's edge. */
  ${unsafeCSS(ZONES.map((zone) => `[data-zone=${zone}]{--_zone:${token(`color-zone-${zone}`)}}`).join(''))}

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    align-items: center;
  }
  .diagram {
    justify-self: center;
    inline-size: 100%;
    max-inline-size: var(--_size);
  }
  /* Ring labels are sized to their bands; the tabs carry the same names with the reader's spacing. */
  svg {
    display: block;
    inline-size: 100%;
    letter-spacing: 0;
    word-spacing: 0;
  }

  /* The diagram: a pointer shortcut to the tabs. Every pattern-filled shape has an outline. */
  .ring {
    cursor: pointer;
  }
  pattern rect {
    fill: var(--_zone);
  }
  path {
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [fill^='url'] {
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .ring:hover circle {
    stroke-width: 3;
  }
  text {
    fill: currentColor;
    text-anchor: middle;
    dominant-baseline: central;
  }
  /* Each name sits on a band of the background colour; the selected ring's is inverted. */
  .band {
    stroke: var(--_bg);
    stroke-width: 1.5em;
  }
  [data-selected] circle {
    stroke-width: 5;
  }
  [data-selected] .band {
    stroke: currentColor;
  }
  [data-selected] text {
    fill: var(--_bg);
    font-weight: ${token('font-weight-bold')};
  }
  .swatch {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  [role=tablist],
  .zones {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
  }
  button,
  summary {
    display: flex;
    align-items: center;
    gap: ${token('space-3')};
    min-block-size: max(24px, ${token('target-size')});
    padding: ${token('space-2')} ${token('space-3')};
    border-radius: var(--_radius);
    cursor: pointer;
  }
  button {
    font: inherit;
    text-align: start;
    color: inherit;
    background: var(--_bg);
    border: var(--_border);
    border-inline-start-width: 0.375rem;
    transition: ${token('duration')};
  }
  button:hover,
  button[aria-selected='true'] {
    background: ${token('color-surface-raised')};
  }
  button[aria-selected='true'] {
    font-weight: ${token('font-weight-bold')};
    border-color: var(--cswb-zone-explainer-accent, ${token('color-accent')});
    border-inline-start-width: 0.5rem;
  }
  .zones {
    grid-column: 1 / -1;
  }
  details {
    background: var(--_bg);
    border: var(--_border);
    border-inline-start: 0.5rem solid var(--_zone);
    border-radius: var(--_radius);
  }
  .panel {
    padding: 0 ${token('space-3')} ${token('space-3')};
  }
  .heading {
    display: flex;
    gap: ${token('space-2')};
    margin: 0 0 ${token('space-1')};
    font-size: ${token('font-size-lg')};
    line-height: 1.25;
  }
  .sub {
    display: block;
    font-style: italic;
    color: ${token('color-text-muted')};
  }
  summary::-webkit-details-marker,
  [role=tablist],
  .wide {
    display: none;
  }
  p {
    margin: 0 0 ${token('space-3')};
  }
  .examples {
    margin-block-end: ${token('space-1')};
    font-weight: ${token('font-weight-bold')};
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  ::slotted(*) {
    margin-block: ${token('space-3')} 0;
  }
  .chevron {
    flex: none;
    align-self: start;
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-block-start: 0.45em;
    border: solid;
    border-width: 0 0.15em 0.15em 0;
    transform: rotate(-45deg);
    transition: transform ${token('duration')};
  }
  [open] .chevron {
    transform: rotate(45deg);
  }

  /* Tabs beside the diagram, the selected zone's panel below both. The element reads back
     whether the tab list is shown, to give the panels tab-panel semantics only then. */
  @container cswb-zone-explainer (width >= 40rem) {
    .layout {
      grid-template-columns: minmax(0, var(--_size)) minmax(0, 1fr);
    }
    [role=tablist] {
      display: flex;
    }
    details,
    summary {
      display: none;
    }
    details[data-selected],
    .wide {
      display: block;
    }
    .panel {
      padding: ${token('space-4')} ${token('space-5')};
    }
    .panel > .heading {
      font-size: ${token('font-size-xl')};
    }
  }

  .investment {
    margin-block-start: var(--_gap);
    padding: ${token('space-4')} ${token('space-5')};
    background: ${token('color-surface-raised')};
    border-radius: var(--_radius);
  }
  .flow {
    max-inline-size: 30em;
  }
  .flow path {
    stroke: currentColor;
    stroke-width: 3;
  }

  @media (forced-colors: active) {
    pattern rect {
      fill: Canvas;
    }
    .band {
      stroke: Canvas;
    }
    pattern path {
      stroke: CanvasText;
    }
    .ring[data-selected] {
      color: Highlight;
    }
    button[aria-selected='true'] {
      border-color: Highlight;
    }
    [data-selected] text {
      fill: HighlightText;
    }
  }

  /* Print: the accordion, every zone open (the element opens them on beforeprint). */
  @media print {
    :host {
      container-type: normal;
    }
    .chevron {
      display: none;
    }
    .diagram {
      justify-self: start;
      max-inline-size: 14em;
    }
    details {
      break-inside: avoid;
    }
  }
`;
