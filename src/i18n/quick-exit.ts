import type { MessageBundle } from './locale.js';

const en = {
  exit: 'Exit this page',
  hint: 'Or press the Shift key three times.',
  toggle: 'How it works',
  explainButton: 'This button hides this page at once and opens {site} in its place. Going Back will not bring you here.',
  explainShortcut: 'Shortcut: press the Shift key three times in a row, within two seconds, anywhere on this page.',
  explainHistory: 'It does not erase your browsing history. If someone may check this device, a private or incognito window is safer: it keeps no history once you close it.',
  overlay: 'Leaving this page',
};

/** Texts of `<cswb-quick-exit>`; keys can be overridden with `strings` or `setStrings()`. */
export const quickExitMessages: MessageBundle<typeof en> = {
  en,
  fr: {
    exit: 'Quitter cette page',
    hint: 'Ou appuyez trois fois sur la touche Maj (Shift).',
    toggle: 'Comment ça marche',
    explainButton: 'Ce bouton cache cette page tout de suite et ouvre {site} à sa place. Le bouton Retour ne vous ramènera pas ici.',
    explainShortcut: 'Raccourci : appuyez trois fois de suite sur la touche Maj (Shift), en moins de deux secondes, n’importe où sur cette page.',
    explainHistory: 'Votre historique de navigation n’est pas effacé. Si quelqu’un peut consulter cet appareil, une fenêtre de navigation privée est plus sûre : elle ne garde aucun historique une fois fermée.',
    overlay: 'Fermeture de cette page',
  },
};
