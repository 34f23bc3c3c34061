import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const styles = css`
  :host {
    display: block;
  }
  /* Each preset's accent comes from its global token; the card's own property still wins. */
  [data-priority=mental-health] {
    --_preset: ${token('color-priority-mental-health')};
  }
  [data-priority=vulnerable-populations] {
    --_preset: ${token('color-priority-vulnerable-populations')};
  }
  [data-priority=traffic-safety] {
    --_preset: ${token('color-priority-traffic-safety')};
  }
  [data-priority=crime] {
    --_preset: ${token('color-priority-crime')};
  }
  .card {
    --_accent: var(--cswb-priority-card-accent, var(--_preset, ${token('color-accent')}));
    --_radius: var(--cswb-priority-card-radius, ${token('radius-md')});
    position: relative;
    display: flex;
    flex-direction: column;
    gap: ${token('space-3')};
    block-size: 100%;
    padding: var(--cswb-priority-card-padding, ${token('space-5')});
    /* A page rule on the host (font-weight: 900) would be inherited; the rest is in sharedStyles. */
    font-weight: normal;
    color: ${token('color-text')};
    background: var(--cswb-priority-card-background, ${token('color-surface')});
    border: 0.0625rem solid var(--cswb-priority-card-border-color, ${token('color-border')});
    border-block-start: 0.375rem solid var(--_accent);
    border-radius: var(--_radius);
    box-shadow: var(--cswb-priority-card-shadow, ${token('shadow-raised')});
  }
  .icon {
    inline-size: var(--cswb-priority-card-icon-size, 2.5em);
    color: var(--_accent);
  }
  svg {
    display: block;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .heading,
  p {
    margin: 0;
  }
  .heading {
    font-size: var(--cswb-priority-card-heading-size, ${token('font-size-lg')});
    line-height: 1.25;
  }
  a {
    color: ${token('color-accent')};
    text-decoration-thickness: 0.0625em;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  /* The stretched link: its box covers the whole card, so a click anywhere follows it, and the
     focus ring goes round the whole card, which is what a click would follow. */
  a::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  a:focus-visible {
    outline: none;
  }
  a:focus-visible::after {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-ring-offset')};
  }
  .stat-value {
    font-size: ${token('font-size-xl')};
    line-height: 1.2;
  }
  /* Above the stretched link, so its buttons and links stay clickable on their own. */
  .actions {
    position: relative;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-2')};
    margin-block-start: auto;
  }
  /* Transparent on the card; forced-colors mode gives it the system button colours. */
  .find {
    font: inherit;
    line-height: 1.2;
    color: ${token('color-accent')};
    background: none;
    border: 0.125rem solid ${token('color-accent')};
    border-radius: ${token('radius-sm')};
    min-block-size: max(24px, ${token('target-size')});
    padding: ${token('space-1')} ${token('space-4')};
    cursor: pointer;
    transition: ${token('duration')};
  }
  .find:hover {
    color: ${token('color-on-accent')};
    background: ${token('color-accent-hover')};
  }
  /* After .find, whose font: inherit would undo it. */
  .heading,
  .stat-value,
  .find {
    font-weight: ${token('font-weight-bold')};
  }
  @media (forced-colors: active) {
    a:focus-visible::after {
      outline-color: Highlight;
    }
  }
`;
