import { css } from 'lit';
import { token } from '../../styles/tokens.js';

const space1 = token('space-1');
const space2 = token('space-2');
const space3 = token('space-3');
const danger = token('color-danger');

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_accent: var(--cswb-resource-finder-accent, ${token('color-accent')});
    --_line: var(--cswb-resource-finder-border-color, ${token('color-border')});
    --_radius: var(--cswb-resource-finder-radius, ${token('radius-md')});
    --_gap: var(--cswb-resource-finder-gap, ${token('space-4')});
  }
  .base,
  .controls,
  .region,
  ul,
  .skeleton {
    display: grid;
    gap: var(--_gap);
  }
  .field,
  .box,
  article,
  .details {
    display: grid;
    gap: ${space2};
  }
  .details {
    column-gap: var(--_gap);
  }
  p,
  dl,
  dd,
  ul,
  fieldset,
  .name {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  a {
    color: var(--_accent);
  }
  label,
  legend,
  dt,
  #count,
  .badge,
  .emergency {
    font-weight: ${token('font-weight-bold')};
  }
  .hint,
  .checked,
  dt,
  .toggle {
    font-size: ${token('font-size-sm')};
  }
  .hint,
  .org,
  .checked,
  dt {
    color: ${token('color-text-muted')};
  }
  .emergency,
  .badge,
  .alert {
    padding: ${space2} ${space3};
    border-inline-start: 0.25rem solid ${danger};
  }
  .badge,
  .alert,
  button {
    place-self: start;
  }
  .emergency,
  .skeleton > div,
  .toggle:hover {
    background: ${token('color-surface-raised')};
  }
  .partial,
  .notice,
  .badge,
  .alert {
    background: ${token('color-notice-surface')};
  }
  .field {
    flex: 1 1 12rem;
    align-content: start;
  }
  .field,
  fieldset {
    min-inline-size: 0;
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
    max-inline-size: 100%;
    min-block-size: max(24px, ${token('target-size')});
  }
  input,
  select,
  button,
  fieldset,
  article,
  .box,
  .skeleton > div {
    border: 0.0625rem solid var(--_line);
    border-radius: var(--_radius);
  }
  input,
  select,
  button,
  .box {
    border-width: 0.125rem;
  }
  input:not([type='checkbox']),
  select {
    inline-size: 100%;
    padding: ${space1} ${space2};
    background: ${token('color-surface')};
  }
  fieldset,
  .box {
    padding: ${space3};
  }
  fieldset > div,
  dd,
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_gap);
  }
  fieldset > div {
    gap: var(--_gap);
    align-items: end;
  }
  .check {
    display: flex;
    align-items: center;
    flex: 0 1 auto;
  }
  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    min-block-size: 0;
    margin: 0;
    accent-color: var(--_accent);
  }
  .age {
    flex: 0 1 9rem;
  }
  button {
    padding: ${space1} ${token('space-4')};
    background: var(--_accent);
    color: ${token('color-on-accent')};
    border-color: var(--_accent);
    cursor: pointer;
  }
  button:hover {
    background: ${token('color-accent-hover')};
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .toggle {
    min-block-size: 24px;
    padding: 0 ${space2};
    background: none;
    color: var(--_accent);
    border-color: currentColor;
  }
  .box {
    justify-items: start;
  }
  .error {
    border-color: ${danger};
  }
  /* A flex column, not the grid above: the same stacking in one layout pass instead of a grid's several. */
  article {
    display: flex;
    flex-direction: column;
    padding: ${token('space-4')};
    background: var(--cswb-resource-finder-result-background, ${token('color-surface')});
  }
  /* Results out of view skip layout until they come near it (their text stays in the page for
     find-in-page, Tab and screen readers); each keeps its last size once laid out. */
  .result {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 20rem;
  }
  .name {
    font-size: ${token('font-size-lg')};
    line-height: 1.25;
  }
  /* The loading blocks: a border that only forced colours show (backgrounds are dropped there). */
  .skeleton > div {
    block-size: 8rem;
    border-color: transparent;
    animation: pulse 1.5s ease-in-out infinite alternate;
  }
  @keyframes pulse {
    to {
      opacity: 0.4;
    }
  }
  /* A wide finder lays the details out in columns; a narrow one (320 px, 200 % text) stacks them. */
  @container (min-width: 40rem) {
    .details {
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    }
  }
  /* Forced colours draw every border in CanvasText; buttons take the system's button colours. */
  @media (forced-colors: active) {
    button {
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
  }
`;
