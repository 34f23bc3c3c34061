import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_accent: var(--cswb-resource-finder-accent, ${token('color-accent')});
    --_result-background: var(--cswb-resource-finder-result-background, ${token('color-surface')});
    --_border-color: var(--cswb-resource-finder-border-color, ${token('color-border')});
    --_radius: var(--cswb-resource-finder-radius, ${token('radius-md')});
    --_gap: var(--cswb-resource-finder-gap, ${token('space-4')});
  }
  .base {
    display: grid;
    gap: var(--_gap);
  }
  p,
  dl,
  dd {
    margin: 0;
  }
  a {
    color: var(--_accent);
  }
  .emergency {
    padding: ${token('space-2')} ${token('space-3')};
    border-inline-start: 0.25rem solid ${token('color-danger')};
    background: ${token('color-surface-raised')};
    font-weight: ${token('font-weight-bold')};
  }
  .controls {
    display: grid;
    gap: var(--_gap);
  }
  .field {
    display: grid;
    gap: ${token('space-1')};
    align-content: start;
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  label,
  legend {
    font-weight: ${token('font-weight-bold')};
  }
  .hint {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
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
    padding: ${token('space-1')} ${token('space-2')};
    background: ${token('color-surface')};
    border: 0.125rem solid var(--_border-color);
  }
  .filters {
    margin: 0;
    padding: ${token('space-3')};
    border: 0.0625rem solid var(--_border-color);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .filter-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: end;
  }
  .check {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
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
    padding: ${token('space-1')} ${token('space-4')};
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
    padding: 0 ${token('space-2')};
    background: transparent;
    color: var(--_accent);
    border-color: currentColor;
    font-size: ${token('font-size-sm')};
  }
  .toggle:hover {
    background: ${token('color-surface-raised')};
  }
  .region {
    display: grid;
    gap: var(--_gap);
  }
  .count {
    font-weight: ${token('font-weight-bold')};
  }
  .error,
  .notice,
  .empty,
  .partial {
    display: grid;
    gap: ${token('space-2')};
    justify-items: start;
    padding: ${token('space-3')};
    border-radius: var(--_radius);
    border: 0.125rem solid var(--_border-color);
  }
  .error {
    border-color: ${token('color-danger')};
  }
  .partial,
  .notice,
  .alert,
  .badge {
    background: ${token('color-notice-surface')};
  }
  .results {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .result > article {
    display: grid;
    gap: ${token('space-2')};
    padding: ${token('space-4')};
    background: var(--_result-background);
    border: 0.0625rem solid var(--_border-color);
    border-radius: var(--_radius);
  }
  .name {
    margin: 0;
    font-size: ${token('font-size-lg')};
    line-height: 1.25;
    color: ${token('color-text')};
  }
  .org,
  .checked {
    color: ${token('color-text-muted')};
  }
  .checked {
    font-size: ${token('font-size-sm')};
  }
  .badge,
  .alert {
    justify-self: start;
    padding: ${token('space-1')} ${token('space-2')};
    border-radius: ${token('radius-sm')};
    border-inline-start: 0.25rem solid ${token('color-danger')};
  }
  .badge {
    font-weight: ${token('font-weight-bold')};
  }
  .details {
    display: grid;
    gap: ${token('space-2')} var(--_gap);
  }
  dt {
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-bold')};
    color: ${token('color-text-muted')};
  }
  dd {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('space-3')};
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')} var(--_gap);
  }
  .show-more {
    justify-self: start;
  }
  .skeleton {
    display: grid;
    gap: var(--_gap);
  }
  .skeleton > div {
    block-size: 8rem;
    border-radius: var(--_radius);
    background: ${token('color-surface-raised')};
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
  @media (forced-colors: active) {
    button {
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
    .result > article,
    .error,
    .empty,
    .partial,
    .notice,
    .badge,
    .alert,
    .emergency {
      border-color: CanvasText;
    }
    .skeleton > div {
      border: 0.0625rem solid GrayText;
    }
  }
`;
