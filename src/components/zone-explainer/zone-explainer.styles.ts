import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const styles = css`
  :host {
    display: block;
    /* The layout follows the element's own width, not the viewport's: a sidebar gets the accordion. */
    container: cswb-zone-explainer / inline-size;
    --_gap: var(--cswb-zone-explainer-gap, ${token('space-5')});
    --_diagram-size: var(--cswb-zone-explainer-diagram-size, 20em);
    --_background: var(--cswb-zone-explainer-background, ${token('color-surface')});
    --_border-color: var(--cswb-zone-explainer-border-color, ${token('color-border')});
    --_accent: var(--cswb-zone-explainer-accent, ${token('color-accent')});
    --_radius: var(--cswb-zone-explainer-radius, ${token('radius-md')});
    --_text: ${token('color-text')};
  }
  .zone-social-development {
    --_zone: ${token('color-zone-social-development')};
    /* Pattern marks: light on the green, blue and red, dark on the yellow, in every theme. */
    --_ink: rgb(255 255 255 / 0.6);
  }
  .zone-prevention {
    --_zone: ${token('color-zone-prevention')};
    --_ink: rgb(255 255 255 / 0.6);
  }
  .zone-risk-intervention {
    --_zone: ${token('color-zone-risk-intervention')};
    --_ink: rgb(0 0 0 / 0.45);
  }
  .zone-incident-response {
    --_zone: ${token('color-zone-incident-response')};
    --_ink: rgb(255 255 255 / 0.6);
  }

  /* Patterns (rendered once, used by the rings, the swatches and the upstream graphic). */
  .defs {
    position: absolute;
    inline-size: 0;
    block-size: 0;
    overflow: hidden;
  }
  .pattern .fill {
    fill: var(--_zone);
  }
  .pattern .ink {
    stroke: var(--_ink);
    stroke-width: 2.5;
    fill: none;
  }
  .pattern .dot {
    stroke: none;
    fill: var(--_ink);
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(0, var(--_diagram-size)) minmax(0, 1fr);
    grid-template-areas:
      'diagram tabs'
      'zones zones';
    gap: var(--_gap);
    align-items: center;
  }

  /* The diagram: a pointer shortcut to the tabs, sized in em so it grows with the text. */
  .diagram {
    grid-area: diagram;
    inline-size: 100%;
    max-inline-size: var(--_diagram-size);
  }
  .rings {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 1;
  }
  .ring {
    cursor: pointer;
  }
  .disc {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .ring:hover .disc {
    stroke-width: 3;
  }
  .ring[data-selected] .disc {
    stroke-width: 5;
  }
  .arc {
    fill: none;
    stroke: none;
  }
  .band {
    fill: var(--_background);
    stroke: var(--_background);
    stroke-linecap: round;
  }
  rect.band {
    stroke: var(--_text);
    stroke-width: 1;
  }
  path.band {
    fill: none;
  }
  .label {
    fill: var(--_text);
    font-family: inherit;
  }
  /* The selected ring's label is inverted: a second cue besides the thicker outline. */
  .ring[data-selected] .band {
    fill: var(--_text);
    stroke: var(--_text);
  }
  .ring[data-selected] path.band {
    fill: none;
  }
  .ring[data-selected] .label {
    fill: var(--_background);
    font-weight: ${token('font-weight-bold')};
  }

  .swatch {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    vertical-align: -0.2em;
  }
  .swatch-box {
    stroke: var(--_text);
    stroke-width: 1.5;
  }

  /* Wide layout: tabs beside the diagram, the selected zone's panel below both. */
  .tablist {
    grid-area: tabs;
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
  }
  .tab {
    display: flex;
    align-items: center;
    gap: ${token('space-3')};
    min-block-size: max(24px, ${token('target-size')});
    padding: ${token('space-2')} ${token('space-3')};
    font: inherit;
    text-align: start;
    color: var(--_text);
    background: var(--_background);
    border: 0.0625rem solid var(--_border-color);
    border-inline-start: 0.375rem solid var(--_border-color);
    border-radius: var(--_radius);
    cursor: pointer;
    transition: background-color ${token('duration')}, border-color ${token('duration')};
  }
  .tab:hover {
    background: ${token('color-surface-raised')};
  }
  .tab[aria-selected='true'] {
    font-weight: ${token('font-weight-bold')};
    border-color: var(--_accent);
    border-inline-start-width: 0.5rem;
    background: ${token('color-surface-raised')};
  }
  .zones {
    grid-area: zones;
    min-inline-size: 0;
  }
  .zone {
    display: none;
  }
  .zone[data-selected] {
    display: block;
  }
  .summary {
    display: none;
  }
  .panel {
    padding: ${token('space-4')} ${token('space-5')};
    background: var(--_background);
    border: 0.0625rem solid var(--_border-color);
    border-inline-start: 0.5rem solid var(--_zone);
    border-radius: var(--_radius);
  }
  .panel-heading {
    display: flex;
    align-items: center;
    gap: ${token('space-3')};
    margin: 0;
    font-size: ${token('font-size-xl')};
    line-height: 1.25;
  }
  .subtitle {
    margin: ${token('space-1')} 0 ${token('space-3')};
    font-style: italic;
    color: ${token('color-text-muted')};
  }
  .description {
    margin: 0 0 ${token('space-3')};
  }
  .examples-label {
    margin: 0;
    font-weight: ${token('font-weight-bold')};
  }
  .examples {
    margin: ${token('space-1')} 0 0;
    padding-inline-start: 1.25em;
  }
  ::slotted(*) {
    margin-block: ${token('space-3')} 0;
  }

  /* Narrow layout: an accordion of <details>, with the diagram above it. */
  @container cswb-zone-explainer (width < 40rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas:
        'diagram'
        'zones';
      justify-items: center;
    }
    .tablist {
      display: none;
    }
    .zones {
      justify-self: stretch;
      display: flex;
      flex-direction: column;
      gap: ${token('space-2')};
    }
    .zone {
      display: block;
      background: var(--_background);
      border: 0.0625rem solid var(--_border-color);
      border-inline-start: 0.5rem solid var(--_zone);
      border-radius: var(--_radius);
    }
    .panel {
      border: 0;
      border-radius: 0;
      padding: 0 ${token('space-3')} ${token('space-3')};
    }
    .panel-heading,
    .panel-subtitle {
      display: none;
    }
  }
  .summary-heading {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
    margin: 0;
    font-size: ${token('font-size-lg')};
    line-height: 1.25;
  }
  .summary-subtitle {
    display: block;
    font-style: italic;
    color: ${token('color-text-muted')};
  }
  .chevron {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-block-start: 0.45em;
    border-inline-end: 0.15em solid currentColor;
    border-block-end: 0.15em solid currentColor;
    transform: rotate(-45deg);
    transition: transform ${token('duration')};
  }
  .zone[open] .chevron {
    transform: rotate(45deg);
  }
  @container cswb-zone-explainer (width < 40rem) {
    .summary {
      display: flex;
      align-items: flex-start;
      gap: ${token('space-3')};
      min-block-size: max(24px, ${token('target-size')});
      padding: ${token('space-3')};
      list-style: none;
      cursor: pointer;
      border-radius: var(--_radius);
    }
    .summary::-webkit-details-marker {
      display: none;
    }
  }

  .investment {
    margin-block-start: var(--_gap);
    padding: ${token('space-4')} ${token('space-5')};
    background: ${token('color-surface-raised')};
    border-radius: var(--_radius);
  }
  .investment-heading {
    margin: 0 0 ${token('space-2')};
    font-size: ${token('font-size-lg')};
    line-height: 1.25;
  }
  .investment p {
    margin: 0 0 ${token('space-3')};
  }
  .flow {
    display: block;
    inline-size: 100%;
    max-inline-size: 30em;
    block-size: auto;
  }
  .flow-arrow {
    fill: none;
    stroke: var(--_text);
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .flow-block {
    stroke: var(--_text);
    stroke-width: 1.5;
  }

  @media (forced-colors: active) {
    .pattern .fill,
    .band,
    .ring[data-selected] .label {
      fill: Canvas;
    }
    .pattern .ink,
    .disc,
    .swatch-box,
    .flow-arrow,
    .flow-block,
    rect.band {
      stroke: CanvasText;
    }
    path.band {
      stroke: Canvas;
    }
    .pattern .dot,
    .label {
      fill: CanvasText;
    }
    .ring[data-selected] .band {
      fill: Highlight;
      stroke: Highlight;
    }
    .ring[data-selected] path.band {
      fill: none;
    }
    .ring[data-selected] .label {
      fill: HighlightText;
    }
    .ring[data-selected] .disc {
      stroke: Highlight;
    }
    .tab[aria-selected='true'] {
      border-color: Highlight;
    }
  }

  /* Print: every zone, open, in the accordion's order; the tabs are of no use on paper. */
  @media print {
    .layout {
      display: block;
    }
    .diagram {
      max-inline-size: 14em;
      margin-block-end: ${token('space-4')};
    }
    .tablist {
      display: none;
    }
    .zone,
    .zone[data-selected] {
      display: block;
      break-inside: avoid;
      margin-block-end: ${token('space-3')};
      border-inline-start: 0.5rem solid var(--_zone);
      padding-inline-start: ${token('space-3')};
    }
    .summary {
      display: block;
      list-style: none;
    }
    .summary::-webkit-details-marker,
    .chevron,
    .panel-heading,
    .panel-subtitle {
      display: none;
    }
    .panel {
      border: 0;
      padding: 0;
    }
  }
`;
