import { css } from 'lit';
import { token } from '../../styles/tokens.js';


export const styles = css`
  :host {
    display: block;
    --_offset: var(--cswb-quick-exit-offset, ${token('space-4')});
  }
  /* Fixed: the host itself leaves the flow, so it takes no room (and no flex gap) where it sits. */
  :host([position='fixed']) {
    position: fixed;
    inset-block-end: var(--_offset);
    inset-inline-end: var(--_offset);
    z-index: var(--cswb-quick-exit-z-index, 2147483000);
    max-inline-size: calc(100vw - 2 * var(--_offset));
  }
  .base,
  .controls,
  .explanation {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
  }
  .controls {
    flex-flow: wrap;
    align-items: center;
  }
  /* In a corner, the panel opens above the buttons so they never move. */
  :host([position='fixed']) .base {
    flex-direction: column-reverse;
    align-items: flex-end;
    max-block-size: calc(100vh - 2 * var(--_offset));
  }
  :host([position='fixed']) .controls {
    justify-content: flex-end;
  }
  button {
    font: inherit;
    min-block-size: max(24px, ${token('target-size')});
    min-inline-size: max(24px, ${token('target-size')});
    border: 0.125rem solid;
    cursor: pointer;
  }
  button,
  .explanation {
    border-radius: var(--cswb-quick-exit-radius, ${token('radius-sm')});
  }
  .exit,
  .explanation {
    box-shadow: ${token('shadow-raised')};
  }
  .exit {
    font-size: ${token('font-size-lg')};
    font-weight: ${token('font-weight-bold')};
    color: var(--cswb-quick-exit-color, ${token('color-on-danger')});
    background: var(--cswb-quick-exit-background, ${token('color-danger')});
    border-color: var(--cswb-quick-exit-background, ${token('color-danger')});
    padding: ${token('space-2')} ${token('space-4')};
  }
  .exit:hover {
    text-decoration: underline;
  }
  .toggle,
  .explanation {
    font-size: ${token('font-size-sm')};
  }
  .toggle {
    color: ${token('color-accent')};
    border-color: ${token('color-accent')};
    background: ${token('color-surface')};
    padding: ${token('space-1')} ${token('space-3')};
  }
  .toggle:hover {
    color: ${token('color-on-accent')};
    background: ${token('color-accent-hover')};
  }
  .explanation {
    max-inline-size: 22rem;
    padding: ${token('space-3')} ${token('space-4')};
    background: ${token('color-surface-raised')};
    border: 0.0625rem solid ${token('color-border')};
  }
  /* The panel takes what the buttons leave of the window (one row or two) and scrolls inside. */
  :host([position='fixed']) .explanation {
    min-block-size: 0;
    overflow-y: auto;
  }
  .controls {
    flex-shrink: 0;
  }
  p {
    margin: 0;
  }
  /* Narrow windows (phones, or 400% zoom): a smaller corner footprint over the page's content. */
  @media (max-width: 30em) {
    :host([position='fixed']) {
      --_offset: var(--cswb-quick-exit-offset, ${token('space-2')});
    }
    :host([position='fixed']) .exit {
      font-size: ${token('font-size-md')};
      padding-inline: ${token('space-3')};
    }
  }
  /* The overlay covers the whole window, opaque, with nothing in it (it is modal, in the top layer). */
  .overlay {
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    border: 0;
  }
  .overlay,
  .overlay::backdrop {
    background: var(--cswb-quick-exit-overlay-color, ${token('color-surface')});
  }
  @media (forced-colors: active) {
    .overlay,
    .overlay::backdrop {
      background: Canvas;
    }
  }
`;
