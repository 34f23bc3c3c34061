import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const styles = css`
  :host {
    display: block;
    --_color: var(--cswb-quick-exit-color, ${token('color-on-danger')});
    --_background: var(--cswb-quick-exit-background, ${token('color-danger')});
    --_radius: var(--cswb-quick-exit-radius, ${token('radius-sm')});
    --_offset: var(--cswb-quick-exit-offset, ${token('space-4')});
    --_z-index: var(--cswb-quick-exit-z-index, 2147483000);
    --_overlay: var(--cswb-quick-exit-overlay-color, ${token('color-surface')});
  }
  /* Fixed: the host itself leaves the flow, so it takes no room (and no flex gap) where it sits. */
  :host(:not([position='inline'])) {
    position: fixed;
    inset-block-end: var(--_offset);
    inset-inline-end: var(--_offset);
    z-index: var(--_z-index);
    max-inline-size: calc(100vw - 2 * var(--_offset));
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
  }
  /* In a corner, the panel opens above the buttons so they never move. */
  :host(:not([position='inline'])) .base {
    flex-direction: column-reverse;
    align-items: flex-end;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-2')};
  }
  :host(:not([position='inline'])) .controls {
    justify-content: flex-end;
  }
  button {
    font: inherit;
    line-height: 1.2;
    min-block-size: max(24px, ${token('target-size')});
    min-inline-size: max(24px, ${token('target-size')});
    border-radius: var(--_radius);
    cursor: pointer;
    transition: background-color ${token('duration')}, color ${token('duration')}, box-shadow ${token('duration')};
  }
  .exit {
    font-size: ${token('font-size-lg')};
    font-weight: ${token('font-weight-bold')};
    color: var(--_color);
    background: var(--_background);
    border: 0.125rem solid var(--_background);
    padding: ${token('space-2')} ${token('space-4')};
    box-shadow: ${token('shadow-raised')};
  }
  .exit:hover {
    text-decoration: underline;
    text-decoration-thickness: 0.125em;
  }
  .toggle {
    font-size: ${token('font-size-sm')};
    color: ${token('color-accent')};
    background: ${token('color-surface')};
    border: 0.125rem solid ${token('color-accent')};
    padding: ${token('space-1')} ${token('space-3')};
  }
  .toggle:hover {
    color: ${token('color-on-accent')};
    background: ${token('color-accent-hover')};
  }
  .explanation {
    max-inline-size: 22rem;
    padding: ${token('space-3')} ${token('space-4')};
    font-size: ${token('font-size-sm')};
    color: ${token('color-text')};
    background: ${token('color-surface-raised')};
    border: 0.0625rem solid ${token('color-border')};
    border-radius: var(--_radius);
  }
  :host(:not([position='inline'])) .explanation {
    max-block-size: calc(100vh - 6rem);
    overflow-y: auto;
    box-shadow: ${token('shadow-raised')};
  }
  .explanation p {
    margin: 0;
  }
  .explanation p + p {
    margin-block-start: ${token('space-2')};
  }
  /* Narrow windows (phones, or 400% zoom): a smaller corner footprint over the page's content. */
  @media (max-width: 30em) {
    :host(:not([position='inline'])) {
      --_offset: var(--cswb-quick-exit-offset, ${token('space-2')});
    }
    :host(:not([position='inline'])) .exit {
      font-size: ${token('font-size-md')};
      padding-inline: ${token('space-3')};
    }
  }
  /* The overlay covers the whole window, opaque, with nothing in it. */
  .overlay {
    position: fixed;
    inset: 0;
    inline-size: 100vw;
    block-size: 100vh;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: 0;
    border: 0;
    background: var(--_overlay);
    opacity: 1;
  }
  .overlay::backdrop {
    background: var(--_overlay, #ffffff);
  }
  .overlay.fallback {
    z-index: 2147483647;
  }
  @media (forced-colors: active) {
    .exit,
    .toggle {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .explanation {
      border-color: CanvasText;
    }
    .overlay,
    .overlay::backdrop {
      background: Canvas;
    }
  }
`;
