import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const styles = css`
  :host {
    display: block;
    /* The columns follow the grid's own width (a sidebar, a full page), not the viewport's. */
    container: cswb-priority-grid / inline-size;
    --_gap: var(--cswb-priority-grid-gap, ${token('space-5')});
  }
  .grid {
    box-sizing: border-box;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    margin: 0;
    padding: 0;
  }
  /* In rem, so that larger text (browser setting, zoom, font-size control) means fewer columns. */
  @container cswb-priority-grid (min-width: 34rem) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container cswb-priority-grid (min-width: 62rem) {
    .grid {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
`;
