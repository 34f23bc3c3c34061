import type { MessageBundle } from './locale.js';

const en = {
  group: 'Text size',
  decrease: 'Decrease text size',
  normal: 'Normal text size',
  increase: 'Increase text size',
  decreaseShort: 'A−',
  normalShort: 'A',
  increaseShort: 'A+',
  announce: 'Text size {level}',
  atSmallest: 'Text is already at the smallest size, {level}',
  atLargest: 'Text is already at the largest size, {level}',
  atNormal: 'Text is already at normal size, {level}',
};

/** Texts of `<cswb-font-size-control>`; keys can be overridden with `strings` or `setStrings()`. */
export const fontSizeMessages: MessageBundle<typeof en> = {
  en,
  fr: {
    group: 'Taille du texte',
    decrease: 'Réduire la taille du texte',
    normal: 'Taille normale du texte',
    increase: 'Agrandir la taille du texte',
    decreaseShort: 'A−',
    normalShort: 'A',
    increaseShort: 'A+',
    announce: 'Taille du texte {level}',
    atSmallest: 'Le texte est déjà à la plus petite taille, {level}',
    atLargest: 'Le texte est déjà à la plus grande taille, {level}',
    atNormal: 'Le texte est déjà à la taille normale, {level}',
  },
};
