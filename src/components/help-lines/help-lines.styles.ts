import { css } from 'lit';
import { token } from '../../styles/tokens.js';


export const styles = css`
  :host {
    display: block;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }
  ul,
  .strip {
    gap: var(--cswb-help-lines-gap, ${token('space-3')});
  }
  .strip,
  .strip ul,
  .contacts {
    display: flex;
  }
  .strip,
  ul,
  a,
  .contacts,
  .contacts > * {
    flex-wrap: wrap;
    align-items: center;
  }
  a,
  .contacts > * {
    display: inline-flex;
    min-block-size: max(24px, ${token('target-size')});
  }
  /* --_emergency is set on the emergency line only; elsewhere each text keeps its own colour. */
  .emergency {
    color: var(--_emergency);
    --_emergency: var(--cswb-help-lines-emergency-color);
  }
  .strip .emergency {
    --_emergency: var(--cswb-help-lines-emergency-color, ${token('color-on-danger')});
  }
  a {
    color: var(--_emergency, var(--cswb-help-lines-link-color, ${token('color-accent')}));
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  .list li,
  .strip a {
    background: var(--cswb-help-lines-background, ${token('color-surface')});
    border: 0.0625rem solid var(--cswb-help-lines-border-color, ${token('color-border')});
    border-radius: var(--cswb-help-lines-radius, ${token('radius-md')});
  }
  .label,
  .number,
  .list .name,
  .contacts > * {
    font-weight: ${token('font-weight-bold')};
  }
  .list .name,
  .contacts > * {
    font-size: ${token('font-size-lg')};
  }

  /* List: one card per line. */
  .list li {
    padding: ${token('space-3')} ${token('space-4')};
  }
  /* The thick edge takes its width out of the padding, so the text stays aligned with the other cards. */
  .list .emergency {
    border-inline-start: 0.5rem solid var(--cswb-help-lines-emergency-background, ${token('color-danger')});
    padding-inline-start: calc(${token('space-4')} - 0.4375rem);
  }
  .list p {
    margin: ${token('space-1')} 0 0;
  }
  .details {
    color: var(--_emergency, ${token('color-text-muted')});
    font-size: ${token('font-size-sm')};
  }
  .contacts {
    gap: ${token('space-1')} ${token('space-4')};
  }
  .notice {
    margin: ${token('space-2')} 0 0;
    padding: ${token('space-2')} ${token('space-3')};
    background: ${token('color-notice-surface')};
    border-radius: var(--cswb-help-lines-radius, ${token('radius-md')});
  }

  /* Strip: a row of name + number links that wraps, never scrolls sideways. */
  .strip a {
    column-gap: ${token('space-2')};
    padding: ${token('space-2')} ${token('space-3')};
    text-decoration: none;
  }
  .strip a:hover {
    text-decoration: underline;
  }
  .strip .name {
    color: var(--_emergency, ${token('color-text')});
  }
  .number {
    white-space: nowrap;
  }
  .strip .emergency a {
    background: var(--cswb-help-lines-emergency-background, ${token('color-danger')});
    border-color: var(--cswb-help-lines-emergency-background, ${token('color-danger')});
  }
  /* Forced colours drop the red: a thicker border still marks emergency services. */
  @media (forced-colors: active) {
    .strip .emergency a {
      border: 0.1875rem solid CanvasText;
    }
  }
`;
