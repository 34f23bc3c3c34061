import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const styles = css`
  :host {
    display: block;
    /* The columns follow the grid's own width (a sidebar, a full page), not the viewport's. */
    container-type: inline-size;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(var(--_columns, 1), minmax(0, 1fr));
    gap: var(--cswb-priority-grid-gap, ${token('space-5')});
  }
  /* In rem, so that larger text (browser setting, zoom, font-size control) means fewer columns. */
  @container (min-width: 34rem) {
    .grid {
      --_columns: 2;
    }
  }
  @container (min-width: 62rem) {
    .grid {
      --_columns: 4;
    }
  }
`;
