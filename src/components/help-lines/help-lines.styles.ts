import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const styles = css`
  :host {
    display: block;
    --_gap: var(--cswb-help-lines-gap, ${token('space-3')});
    --_link-color: var(--cswb-help-lines-link-color, ${token('color-accent')});
    --_background: var(--cswb-help-lines-background, ${token('color-surface')});
    --_border-color: var(--cswb-help-lines-border-color, ${token('color-border')});
    --_radius: var(--cswb-help-lines-radius, ${token('radius-md')});
    --_emergency-color: var(--cswb-help-lines-emergency-color, ${token('color-on-danger')});
    --_emergency-background: var(--cswb-help-lines-emergency-background, ${token('color-danger')});
  }
  .lines {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  a {
    color: var(--_link-color);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }

  /* List: one card per line. */
  .list .line {
    padding: ${token('space-3')} ${token('space-4')};
    background: var(--_background);
    border: 0.0625rem solid var(--_border-color);
    border-radius: var(--_radius);
  }
  /* The thick edge takes its width out of the padding, so the text stays aligned with the other cards. */
  .list .emergency {
    border-inline-start: 0.5rem solid var(--_emergency-background);
    padding-inline-start: calc(${token('space-4')} - 0.4375rem);
  }
  .name {
    font-weight: ${token('font-weight-bold')};
  }
  .list .name {
    display: block;
    font-size: ${token('font-size-lg')};
  }
  .list p {
    margin: ${token('space-1')} 0 0;
  }
  .details {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }
  .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')} ${token('space-4')};
  }
  .contact {
    display: inline-flex;
    align-items: center;
    min-block-size: max(24px, ${token('target-size')});
    font-weight: ${token('font-weight-bold')};
    font-size: ${token('font-size-lg')};
  }
  .website a {
    display: inline-flex;
    align-items: center;
    min-block-size: max(24px, ${token('target-size')});
  }

  /* Strip: a row of name + number links that wraps, never scrolls sideways. */
  .strip {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
  }
  .strip .label {
    font-weight: ${token('font-weight-bold')};
  }
  .strip .lines {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
  }
  .strip .line {
    min-inline-size: 0;
  }
  .strip a {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: ${token('space-2')};
    min-block-size: max(24px, ${token('target-size')});
    padding: ${token('space-2')} ${token('space-3')};
    background: var(--_background);
    border: 0.0625rem solid var(--_border-color);
    border-radius: var(--_radius);
    text-decoration: none;
  }
  .strip a:hover {
    text-decoration: underline;
  }
  .strip .name {
    font-weight: normal;
    color: ${token('color-text')};
  }
  .strip .number {
    font-weight: ${token('font-weight-bold')};
    white-space: nowrap;
  }
  .strip .emergency a {
    background: var(--_emergency-background);
    border-color: var(--_emergency-background);
  }
  .strip .emergency a,
  .strip .emergency .name {
    color: var(--_emergency-color);
  }
  @media (forced-colors: active) {
    .list .line,
    .strip a {
      border-color: CanvasText;
    }
    .list .emergency {
      border-inline-start-color: CanvasText;
    }
    .strip .emergency a {
      background: Canvas;
      border-width: 0.1875rem;
    }
    .strip a,
    .strip .emergency a,
    .strip .name,
    .strip .emergency .name {
      color: LinkText;
    }
  }
`;
