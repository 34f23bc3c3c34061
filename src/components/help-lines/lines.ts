import type { Locale } from '../../i18n/locale.js';
import { safeHttpUrl, telUrl } from '../../internal/safe-url.js';

/** A text in both languages, or one text for both. A missing French text falls back to English (marked `lang="en"`). */
export type LocalizedText = string | { en: string; fr?: string };

/** One way to reach a line. */
export interface HelpLineContact {
  /** `call`, `text` (SMS) or `tty`. */
  kind: 'call' | 'text' | 'tty';
  /** What the reader sees and dials: "1-800-668-6868", "CONNECT to 686868", "1-800-222-TIPS (8477)". */
  label: LocalizedText;
  /** The `tel:` or `sms:` link; none for a partner's text number (shown as text only). */
  href?: string;
}

/** A help line as the element renders it: built in, or normalised from a partner's {@link HelpLineInput}. */
export interface HelpLine {
  /** Stable id, used by the `lines` attribute (`kids-help-phone`, `crisis-team`). */
  id: string;
  /** The line's name. */
  name: LocalizedText;
  /** Ways to reach it; the first is the one the strip layout shows. */
  contacts: HelpLineContact[];
  /** What the line is for. */
  description?: LocalizedText;
  /** When it answers. */
  hours?: LocalizedText;
  /** Languages it answers in. */
  languages?: LocalizedText;
  /** Its website (absolute http(s) only). */
  url?: string;
  /** Emergency services, shown first and prominent. */
  emergency?: boolean;
}

/**
 * A partner's own line, from the inline JSON child or the `customLines` property. Only `tel:` and
 * http(s) links are built from it: `text` and `tty` numbers must be phone numbers too, `text` is
 * shown as plain text, never as an `sms:` link.
 */
export interface HelpLineInput {
  id: string;
  name: LocalizedText;
  /** A phone number of digits and separators ("905-825-4777", "+1 (905) 825-4777"). */
  number: string;
  /** A number to send text messages to, shown as text. */
  text?: string;
  /** A TTY number. */
  tty?: string;
  description?: LocalizedText;
  hours?: LocalizedText;
  languages?: LocalizedText;
  url?: string;
}

const always: LocalizedText = { en: '24/7', fr: '24 heures sur 24, 7 jours sur 7' };

/**
 * The built-in lines, in their default order. Numbers are the verified ones of the project's
 * domain notes; hours and languages are given only where those notes state them (a line without
 * them may well answer around the clock: check before adding).
 */
export const BUILT_IN_LINES: readonly HelpLine[] = [
  {
    id: 'emergency',
    emergency: true,
    name: { en: 'Emergency', fr: 'Urgence' },
    description: {
      en: 'Police, fire or ambulance, when someone is in danger or hurt right now.',
      fr: 'Police, pompiers ou ambulance, quand une personne est en danger ou blessée en ce moment.',
    },
    hours: always,
    contacts: [{ kind: 'call', label: '9-1-1', href: 'tel:911' }],
  },
  {
    id: 'suicide-crisis',
    name: { en: 'Suicide Crisis Helpline', fr: 'Ligne d’aide en cas de crise de suicide' },
    description: {
      en: 'For anyone thinking about suicide, or worried about someone who may be.',
      fr: 'Pour toute personne qui pense au suicide, ou qui s’inquiète pour quelqu’un.',
    },
    hours: always,
    languages: { en: 'English and French', fr: 'Français et anglais' },
    contacts: [
      { kind: 'call', label: '9-8-8', href: 'tel:988' },
      { kind: 'text', label: '9-8-8', href: 'sms:988' },
    ],
  },
  {
    id: 'ontario-211',
    name: '211 Ontario',
    description: {
      en: 'Finds community and social services near you.',
      fr: 'Pour trouver des services communautaires et sociaux près de chez vous.',
    },
    languages: { en: 'More than 150 languages', fr: 'Plus de 150 langues' },
    contacts: [
      { kind: 'call', label: '2-1-1', href: 'tel:211' },
      { kind: 'call', label: '1-877-330-3213', href: 'tel:18773303213' },
    ],
  },
  {
    id: 'kids-help-phone',
    name: { en: 'Kids Help Phone', fr: 'Jeunesse, J’écoute' },
    description: {
      en: 'Support for children, teens and young adults, by phone or text.',
      fr: 'Soutien pour les enfants, les adolescents et les jeunes adultes, par téléphone ou par texto.',
    },
    contacts: [
      { kind: 'call', label: '1-800-668-6868', href: 'tel:18006686868' },
      { kind: 'text', label: { en: 'CONNECT to 686868', fr: 'CONNECT au 686868' }, href: 'sms:686868?body=CONNECT' },
    ],
  },
  {
    id: 'connexontario',
    name: 'ConnexOntario',
    description: {
      en: 'Information about mental health, addiction and problem gambling services.',
      fr: 'Information sur les services en santé mentale, en dépendances et en jeu problématique.',
    },
    contacts: [{ kind: 'call', label: '1-866-531-2600', href: 'tel:18665312600' }],
  },
  {
    id: 'assaulted-womens-helpline',
    name: { en: 'Assaulted Women’s Helpline' },
    description: {
      en: 'Crisis support for women who have been abused, or are being abused.',
      fr: 'Soutien en situation de crise pour les femmes victimes de violence.',
    },
    contacts: [
      { kind: 'call', label: '1-866-863-0511', href: 'tel:18668630511' },
      { kind: 'tty', label: '1-866-863-7868', href: 'tel:18668637868' },
    ],
  },
  {
    id: 'seniors-safety-line',
    name: { en: 'Seniors Safety Line' },
    description: {
      en: 'For older adults who are being abused, and for people worried about them.',
      fr: 'Pour les personnes âgées victimes de mauvais traitements, et pour leurs proches inquiets.',
    },
    contacts: [{ kind: 'call', label: '1-866-299-1011', href: 'tel:18662991011' }],
  },
  {
    id: 'human-trafficking-hotline',
    name: { en: 'Canadian Human Trafficking Hotline', fr: 'Ligne d’urgence canadienne contre la traite des personnes' },
    description: {
      en: 'To get help, or to report a possible case of human trafficking.',
      fr: 'Pour obtenir de l’aide, ou signaler un cas possible de traite de personnes.',
    },
    contacts: [{ kind: 'call', label: '1-833-900-1010', href: 'tel:18339001010' }],
  },
  {
    id: 'crime-stoppers',
    name: { en: 'Crime Stoppers', fr: 'Échec au crime' },
    description: {
      en: 'Give information about a crime without saying who you are.',
      fr: 'Pour donner de l’information sur un crime sans dire qui vous êtes.',
    },
    contacts: [{ kind: 'call', label: '1-800-222-TIPS (8477)', href: 'tel:18002228477' }],
  },
  {
    id: 'hope-for-wellness',
    name: { en: 'Hope for Wellness Help Line', fr: 'Ligne d’écoute d’espoir pour le mieux-être' },
    description: {
      en: 'Counselling and crisis support for Indigenous peoples.',
      fr: 'Counseling et soutien en situation de crise pour les peuples autochtones.',
    },
    contacts: [{ kind: 'call', label: '1-855-242-3310', href: 'tel:18552423310' }],
  },
];

/** The id of every built-in line, in the default order. */
export const BUILT_IN_IDS: readonly string[] = BUILT_IN_LINES.map((line) => line.id);

/** The text for `locale`, and the language it is really in when it had to fall back to English. */
export function localized(value: LocalizedText, locale: Locale): { text: string; fallback: boolean } {
  if (typeof value === 'string') return { text: value, fallback: false };
  if (locale === 'fr' && typeof value.fr === 'string' && value.fr !== '') return { text: value.fr, fallback: false };
  return { text: value.en, fallback: locale === 'fr' };
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): LocalizedText | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (isRecord(value) && typeof value['en'] === 'string' && value['en'].trim() !== '') {
    const fr = value['fr'];
    if (fr !== undefined && typeof fr !== 'string') return null;
    return fr === undefined || fr.trim() === '' ? { en: value['en'].trim() } : { en: value['en'].trim(), fr: fr.trim() };
  }
  return null;
}

/** A partner's line checked and normalised, or the reason it cannot be shown. */
export function normalizeLine(input: unknown): HelpLine | string {
  if (!isRecord(input)) return 'is not an object';
  const id = input['id'];
  if (typeof id !== 'string' || !ID.test(id)) return 'has no id of lowercase letters, digits and hyphens';
  const name = text(input['name']);
  if (name === undefined || name === null) return `"${id}" has no name`;
  const number = input['number'];
  const tel = telUrl(number);
  if (tel === null || typeof number !== 'string') return `"${id}" has no phone number made of digits ("905-555-0100")`;
  const line: HelpLine = { id, name, contacts: [{ kind: 'call', label: number.trim(), href: tel }] };
  for (const kind of ['text', 'tty'] as const) {
    const value = input[kind];
    if (value === undefined) continue;
    const href = telUrl(value);
    if (href === null || typeof value !== 'string') return `"${id}" has a ${kind} value that is not a phone number`;
    // A partner's text number stays plain text: links built from page data are http(s), tel: or mailto: only.
    line.contacts.push(kind === 'tty' ? { kind, label: value.trim(), href } : { kind, label: value.trim() });
  }
  for (const key of ['description', 'hours', 'languages'] as const) {
    const value = text(input[key]);
    if (value === null) return `"${id}" has a ${key} that is not text or {"en": …, "fr": …}`;
    if (value !== undefined) line[key] = value;
  }
  if (input['url'] !== undefined) {
    const url = safeHttpUrl(input['url']);
    if (url === null) return `"${id}" has a url that is not an absolute http(s) address`;
    line.url = url;
  }
  return line;
}

/** The outcome of reading partner lines: the good ones, and one message per problem. */
export interface ParsedLines {
  lines: HelpLine[];
  problems: string[];
}

/** Normalises a list of partner lines; bad entries are skipped and described, never fatal. */
export function normalizeLines(input: unknown): ParsedLines {
  if (!Array.isArray(input)) return { lines: [], problems: ['custom lines must be a JSON array of lines'] };
  const lines: HelpLine[] = [];
  const problems: string[] = [];
  input.forEach((entry, index) => {
    const line = normalizeLine(entry);
    if (typeof line === 'string') problems.push(`custom line ${index + 1} ${line}; it is skipped.`);
    else if (lines.some((other) => other.id === line.id)) problems.push(`custom line ${index + 1} repeats the id "${line.id}"; it is skipped.`);
    else lines.push(line);
  });
  return { lines, problems };
}

/** Parses the text of an inline JSON child; `null` lines when it is not JSON at all. */
export function parseLinesJson(source: string): ParsedLines | null {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return null;
  }
  return normalizeLines(value);
}

/**
 * The lines to show. Custom lines replace built-in lines with the same id and otherwise follow
 * them. `ids` picks and orders among both; unknown ids are returned to be reported, and when
 * none of the ids is known every built-in and custom line is shown.
 */
export function selectLines(custom: readonly HelpLine[], ids: readonly string[]): { lines: HelpLine[]; unknown: string[] } {
  const byId = new Map<string, HelpLine>();
  for (const line of BUILT_IN_LINES) byId.set(line.id, line);
  for (const line of custom) byId.set(line.id, line);
  const all = [...byId.values()];
  if (ids.length === 0) return { lines: all, unknown: [] };
  const unknown = ids.filter((id) => !byId.has(id));
  const picked = [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
  return { lines: picked.length > 0 ? picked : all, unknown };
}

/** Splits a `lines` value on spaces and commas. */
export function parseIds(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter((id) => id !== '');
}
