import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const styles = css`
  :host {
    display: inline-block;
    --_size: var(--cswb-font-size-control-size, ${token('font-size-sm')});
    --_gap: var(--cswb-font-size-control-gap, ${token('space-2')});
    --_color: var(--cswb-font-size-control-color, ${token('color-accent')});
    --_background: var(--cswb-font-size-control-background, ${token('color-surface')});
    --_border-color: var(--cswb-font-size-control-border-color, ${token('color-accent')});
    --_radius: var(--cswb-font-size-control-radius, ${token('radius-sm')});
  }
  .group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
  }
  .label {
    font-size: var(--_size);
    font-weight: ${token('font-weight-bold')};
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }
  button {
    font: inherit;
    font-size: var(--_size);
    line-height: 1.2;
    color: var(--_color);
    background: var(--_background);
    border: 0.125rem solid var(--_border-color);
    border-radius: var(--_radius);
    min-block-size: max(24px, ${token('target-size')});
    min-inline-size: max(24px, ${token('target-size')});
    padding: ${token('space-1')} ${token('space-3')};
    cursor: pointer;
    transition: background-color ${token('duration')}, color ${token('duration')};
  }
  button:hover:not([aria-disabled='true']) {
    color: ${token('color-on-accent')};
    background: ${token('color-accent-hover')};
  }
  button[aria-disabled='true'] {
    cursor: not-allowed;
    border-style: dashed;
    color: ${token('color-text-muted')};
  }
  :host([appearance='compact']) .label {
    font-weight: normal;
  }
  :host([appearance='compact']) button {
    min-block-size: max(24px, 1.75rem);
    min-inline-size: max(24px, 1.75rem);
    padding: 0 ${token('space-2')};
    font-weight: ${token('font-weight-bold')};
  }
  :host([appearance='compact']) .normal {
    font-size: calc(var(--_size) * 1.15);
  }
  :host([appearance='compact']) .increase {
    font-size: calc(var(--_size) * 1.3);
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
