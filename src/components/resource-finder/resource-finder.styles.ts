import { css } from 'lit';
import { token } from '../../styles/tokens.js';

const space1 = token('space-1');
const space2 = token('space-2');

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
  .results,
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
  p,
  dl,
  dd,
  ul,
  fieldset {
    margin: 0;
  }
  a {
    color: var(--_accent);
  }
  label,
  legend,
  dt,
  .count,
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
    padding: ${space2} ${token('space-3')};
    border-inline-start: 0.25rem solid ${token('color-danger')};
  }
  .badge,
  .alert {
    justify-self: start;
    border-radius: ${token('radius-sm')};
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
    border-radius: var(--_radius);
  }
  input:not([type='checkbox']),
  select {
    inline-size: 100%;
    padding: ${space1} ${space2};
    background: ${token('color-surface')};
    border: 0.125rem solid var(--_line);
  }
  fieldset,
  article {
    padding: ${token('space-3')};
    border: 0.0625rem solid var(--_line);
    border-radius: var(--_radius);
  }
  fieldset > div,
  dd,
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: ${space1} var(--_gap);
  }
  fieldset > div {
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
    justify-self: start;
    padding: ${space1} ${token('space-4')};
    background: var(--_accent);
    color: ${token('color-on-accent')};
    border: 0.125rem solid var(--_accent);
    cursor: pointer;
  }
  button:hover {
    background: ${token('color-accent-hover')};
  }
  button:disabled {
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
    padding: ${token('space-3')};
    border: 0.125rem solid var(--_line);
    border-radius: var(--_radius);
  }
  .error {
    border-color: ${token('color-danger')};
  }
  article {
    padding: ${token('space-4')};
    background: var(--cswb-resource-finder-result-background, ${token('color-surface')});
  }
  .name {
    margin: 0;
    font-size: ${token('font-size-lg')};
    line-height: 1.25;
  }
  .skeleton > div {
    block-size: 8rem;
    border-radius: var(--_radius);
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
  /* Forced colours keep borders (in CanvasText) but drop backgrounds: buttons take system colours,
     and the loading blocks get a border so they still show. */
  @media (forced-colors: active) {
    button {
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
    .skeleton > div {
      border: 0.0625rem solid GrayText;
    }
  }
`;
