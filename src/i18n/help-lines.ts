import type { MessageBundle } from './locale.js';

const en = {
  label: 'Help lines',
  call: 'Call {number}',
  text: 'Text {number}',
  tty: 'TTY {number}',
  website: 'Website',
  hours: 'Hours: {hours}',
  languages: 'Languages: {languages}',
  partial: 'Some local help lines could not be shown.',
};

/**
 * Texts of `<cswb-help-lines>` around the lines themselves; keys can be overridden with `strings`
 * or `setStrings()`. The lines' names and descriptions live with their numbers in
 * src/components/help-lines/lines.ts, and a partner replaces one by giving a custom line the same id.
 */
export const helpLinesMessages: MessageBundle<typeof en> = {
  en,
  fr: {
    label: 'Lignes d’aide',
    call: 'Appelez le {number}',
    text: 'Textez le {number}',
    tty: 'ATS {number}',
    website: 'Site Web',
    hours: 'Heures : {hours}',
    languages: 'Langues : {languages}',
    partial: 'Certaines lignes d’aide locales n’ont pas pu être affichées.',
  },
};
