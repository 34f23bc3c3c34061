import { css } from 'lit';
import { token } from './tokens.js';

/**
 * Styles every element starts from: the host resets what a page's CSS (Bootstrap, a reset, a
 * theme) could push through inheritance, the focus ring is the same everywhere, reduced motion
 * turns transitions off, and forced-colors mode keeps borders and focus visible.
 */
export const sharedStyles = css`
  :host {
    box-sizing: border-box;
    font-family: ${token('font-family')};
    font-size: ${token('font-size-md')};
    line-height: ${token('line-height')};
    color: ${token('color-text')};
    overflow-wrap: anywhere;
  }
  /* A page rule on the host element itself (cswb-x { line-height: 3 }, Bootstrap's body rules
     reaching it by inheritance) beats :host, so the inherited text properties are reset again
     on the shadow root's top-level elements. Letter and word spacing are left to inherit: it is
     the only way a reader's text-spacing stylesheet or extension (WCAG 1.4.12) reaches the text. */
  :host > * {
    line-height: ${token('line-height')};
    text-transform: none;
    text-align: start;
    font-style: normal;
  }
  /* Browsers reset spacing on form controls; in a shadow root the reader's stylesheet cannot reach them, so they inherit. */
  button,
  input,
  select {
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-ring-offset')};
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
