/**
 * The presets' icons, drawn for this project on a 24 × 24 grid, one stroked path each. The card
 * strokes them with `currentColor` in its stylesheet, so they take the card's accent colour and
 * the system text colour in forced-colors mode. They are decorative: the heading names the card.
 */
export const ICONS = {
  /** A speech bubble holding a heart: someone to talk to. */
  'mental-health': 'M3 4h18v13h-9l-4 4v-4H3zm9 10-3-3a2 2 0 0 1 3-3 2 2 0 0 1 3 3z',
  /** Two people under one roof: shelter and protection. */
  'vulnerable-populations': 'M3 11l9-8 9 8M5 21a3.5 3.5 0 0 1 7 0m0 0a3.5 3.5 0 0 1 7 0M8.5 11a2 2 0 1 0 0 4 2 2 0 1 0 0-4m7 0a2 2 0 1 0 0 4 2 2 0 1 0 0-4',
  /** A traffic light. */
  'traffic-safety': 'M8 3h8v18H8zm4 2.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 1 0 0-3m0 5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 1 0 0-3m0 5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 1 0 0-3',
  /** A shield with a check mark: safety in the community. */
  crime: 'M12 3l7 3v5c0 5-3 8-7 10-4-2-7-5-7-10V6zM9 12l2 2 4-4',
};
