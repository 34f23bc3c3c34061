import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const styles = css`
  :host {
    display: block;
    --_accent: var(--cswb-priority-card-accent, ${token('color-accent')});
    --_background: var(--cswb-priority-card-background, ${token('color-surface')});
    --_border-color: var(--cswb-priority-card-border-color, ${token('color-border')});
    --_radius: var(--cswb-priority-card-radius, ${token('radius-md')});
    --_shadow: var(--cswb-priority-card-shadow, ${token('shadow-raised')});
    --_padding: var(--cswb-priority-card-padding, ${token('space-5')});
    --_icon-size: var(--cswb-priority-card-icon-size, 2.5em);
    --_heading-size: var(--cswb-priority-card-heading-size, ${token('font-size-lg')});
  }
  /* Each preset's accent comes from its global token; the card's own property still wins. */
  .card[data-priority='mental-health'] {
    --_accent: var(--cswb-priority-card-accent, ${token('color-priority-mental-health')});
  }
  .card[data-priority='vulnerable-populations'] {
    --_accent: var(--cswb-priority-card-accent, ${token('color-priority-vulnerable-populations')});
  }
  .card[data-priority='traffic-safety'] {
    --_accent: var(--cswb-priority-card-accent, ${token('color-priority-traffic-safety')});
  }
  .card[data-priority='crime'] {
    --_accent: var(--cswb-priority-card-accent, ${token('color-priority-crime')});
  }
  /*
   * A page's rules that match the host itself (a reset's "*", Bootstrap's box-sizing, a
   * "cswb-priority-card { line-height: 3 }") beat :host and would be inherited into the card;
   * the card states what it depends on again on its own wrapper. Font size is left to inherit on
   * purpose, so the page (and the font-size control) can scale the card.
   */
  .card,
  .card *,
  .card *::before,
  .card *::after {
    box-sizing: border-box;
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: ${token('space-3')};
    block-size: 100%;
    margin: 0;
    padding: var(--_padding);
    color: ${token('color-text')};
    background: var(--_background);
    border: 0.0625rem solid var(--_border-color);
    border-block-start: 0.375rem solid var(--_accent);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    font-family: ${token('font-family')};
    font-style: normal;
    font-weight: normal;
    line-height: ${token('line-height')};
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
  }
  .icon {
    display: block;
    inline-size: var(--_icon-size);
    block-size: var(--_icon-size);
    color: var(--_accent);
  }
  .icon svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  .heading {
    margin: 0;
    font-size: var(--_heading-size);
    font-weight: ${token('font-weight-bold')};
    line-height: 1.25;
    color: ${token('color-text')};
  }
  .link {
    color: ${token('color-accent')};
    text-decoration: underline;
    text-decoration-thickness: 0.0625em;
    text-underline-offset: 0.15em;
  }
  /* The stretched link: the link's box covers the whole card, so a click anywhere follows it. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .link:hover {
    text-decoration-thickness: 0.15em;
  }
  /* The focus ring goes round the whole card, which is what a click would follow. */
  .link:focus-visible {
    outline: none;
  }
  .link:focus-visible::after {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-ring-offset')};
  }
  .stat {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 ${token('space-2')};
    margin: 0;
  }
  .stat-value {
    font-size: ${token('font-size-xl')};
    font-weight: ${token('font-weight-bold')};
    line-height: 1.2;
  }
  .body {
    margin: 0;
  }
  .summary {
    margin: 0;
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
  .find {
    font: inherit;
    font-weight: ${token('font-weight-bold')};
    line-height: 1.2;
    color: ${token('color-accent')};
    background: var(--_background);
    border: 0.125rem solid ${token('color-accent')};
    border-radius: ${token('radius-sm')};
    min-block-size: max(24px, ${token('target-size')});
    padding: ${token('space-1')} ${token('space-4')};
    cursor: pointer;
    transition: background-color ${token('duration')}, color ${token('duration')};
  }
  .find:hover {
    color: ${token('color-on-accent')};
    background: ${token('color-accent-hover')};
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .icon,
    .heading {
      color: CanvasText;
    }
    .link {
      color: LinkText;
    }
    .link:focus-visible::after {
      outline-color: Highlight;
    }
    .find {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
  }
`;
