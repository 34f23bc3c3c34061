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

const ALWAYS = '24/7|24 heures sur 24, 7 jours sur 7';

/**
 * The built-in lines, in their default order (the first is emergency services): id, name, what it
 * is for, contacts, hours, languages. A text is "English|French"; without "|" it is the same in
 * both languages, and with nothing after the "|" it exists in English only. Contacts are "kind
 * number", separated by commas: each number is written once, as the reader sees it, and its link
 * is made of its digits (see `contact`). Numbers are the verified ones of the project's domain
 * notes; hours and languages are given only where those notes state them (a line without them may
 * well answer around the clock: check before adding).
 */
const TABLE: [string, string, string, string, string?, string?][] = [
  [
    'emergency',
    'Emergency|Urgence',
    'Police, fire or ambulance, when someone is in danger or hurt right now.|Police, pompiers ou ambulance, quand une personne est en danger ou blessée en ce moment.',
    'call 9-1-1',
    ALWAYS,
  ],
  [
    'suicide-crisis',
    'Suicide Crisis Helpline|Ligne d’aide en cas de crise de suicide',
    'For anyone thinking about suicide, or worried about someone who may be.|Pour toute personne qui pense au suicide, ou qui s’inquiète pour quelqu’un.',
    'call 9-8-8, text 9-8-8',
    ALWAYS,
    'English and French|Français et anglais',
  ],
  [
    'ontario-211',
    '211 Ontario',
    'Finds community and social services near you.|Pour trouver des services communautaires et sociaux près de chez vous.',
    'call 2-1-1, call 1-877-330-3213',
    '',
    'More than 150 languages|Plus de 150 langues',
  ],
  [
    'kids-help-phone',
    'Kids Help Phone|Jeunesse, J’écoute',
    'Support for children, teens and young adults, by phone or text.|Soutien pour les enfants, les adolescents et les jeunes adultes, par téléphone ou par texto.',
    'call 1-800-668-6868, text CONNECT to 686868|mot CONNECT au 686868',
  ],
  [
    'connexontario',
    'ConnexOntario',
    'Information about mental health, addiction and problem gambling services.|Information sur les services en santé mentale, en dépendances et en jeu problématique.',
    'call 1-866-531-2600',
  ],
  [
    'assaulted-womens-helpline',
    'Assaulted Women’s Helpline|',
    'Crisis support for women who have been abused, or are being abused.|Soutien en situation de crise pour les femmes victimes de violence.',
    'call 1-866-863-0511, tty 1-866-863-7868',
  ],
  [
    'seniors-safety-line',
    'Seniors Safety Line|',
    'For older adults who are being abused, and for people worried about them.|Pour les personnes âgées victimes de mauvais traitements, et pour leurs proches inquiets.',
    'call 1-866-299-1011',
  ],
  [
    'human-trafficking-hotline',
    'Canadian Human Trafficking Hotline|Ligne d’urgence canadienne contre la traite des personnes',
    'To get help, or to report a possible case of human trafficking.|Pour obtenir de l’aide, ou signaler un cas possible de traite de personnes.',
    'call 1-833-900-1010',
  ],
  [
    'crime-stoppers',
    'Crime Stoppers|Échec au crime',
    'Give information about a crime without saying who you are.|Pour donner de l’information sur un crime sans dire qui vous êtes.',
    'call 1-800-222-TIPS (8477)',
  ],
  [
    'hope-for-wellness',
    'Hope for Wellness Help Line|Ligne d’écoute d’espoir pour le mieux-être',
    'Counselling and crisis support for Indigenous peoples.|Counseling et soutien en situation de crise pour les peuples autochtones.',
    'call 1-855-242-3310',
  ],
];

/** "English|French", "Both", or "English only|". */
function bilingual(value: string): LocalizedText {
  const [en, fr] = value.split('|') as [string, string?];
  return fr === undefined ? en : fr ? { en, fr } : { en };
}

/**
 * "call 1-800-222-TIPS (8477)" dials the digits, tel:18002228477; "text CONNECT to 686868" sends
 * the keyword to the number, sms:686868?body=CONNECT.
 */
function contact(value: string): HelpLineContact {
  const space = value.indexOf(' ');
  const kind = value.slice(0, space) as HelpLineContact['kind'];
  const label = bilingual(value.slice(space + 1));
  const en = typeof label === 'string' ? label : label.en;
  const href = kind === 'text' ? `sms:${en.replace(/(\w+) to (\d+)/, '$2?body=$1').replace(/-/g, '')}` : `tel:${en.replace(/\D/g, '')}`;
  return { kind, label, href };
}

/** The built-in lines, in their default order. */
export const BUILT_IN_LINES: readonly HelpLine[] = TABLE.map(([id, name, description, contacts, hours, languages], index) => {
  const line: HelpLine = { id, name: bilingual(name), description: bilingual(description), contacts: contacts.split(', ').map(contact) };
  if (hours) line.hours = bilingual(hours);
  if (languages) line.languages = bilingual(languages);
  if (index === 0) line.emergency = true;
  return line;
});

/** The id of every built-in line, in the default order. */
export const BUILT_IN_IDS: readonly string[] = TABLE.map(([id]) => id);

/** The text for `locale`, and the language it is really in when it had to fall back to English. */
export function localized(value: LocalizedText, locale: Locale): { text: string; fallback: boolean } {
  if (typeof value === 'string') return { text: value, fallback: false };
  const fr = locale === 'fr' && value.fr;
  return fr ? { text: fr, fallback: false } : { text: value.en, fallback: locale === 'fr' };
}

/** A trimmed text or `{en, fr?}`; `undefined` when blank, `null` when it is not text. */
function text(value: unknown): LocalizedText | undefined | null {
  if (typeof value === 'string') return value.trim() || undefined;
  const { en, fr = '' } = Object(value) as Record<string, unknown>;
  if (typeof en !== 'string' || !en.trim() || typeof fr !== 'string') return null;
  return fr.trim() ? { en: en.trim(), fr: fr.trim() } : { en: en.trim() };
}

/** The fields of a partner line after its id, each with its check (`undefined` when absent, `null` when bad). */
const FIELDS = { name: text, number: telUrl, text: telUrl, tty: telUrl, description: text, hours: text, languages: text, url: safeHttpUrl };

/** A partner's line checked and normalised, or the reason it cannot be shown. */
export function normalizeLine(input: unknown): HelpLine | string {
  // Object() lets anything be read as a record: a string or null entry then just has no id.
  const fields = Object(input) as Record<string, unknown>;
  const id = fields['id'];
  if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) return 'has no id of lowercase letters, digits and hyphens';
  const contacts: HelpLineContact[] = [];
  const line: Record<string, unknown> = { id, contacts };
  for (const [key, check] of Object.entries(FIELDS)) {
    const raw = fields[key];
    const value = raw === undefined ? undefined : check(raw);
    if (value === null) return `"${id}" has a ${key} that is not valid`;
    if (value === undefined) {
      if (key === 'name' || key === 'number') return `"${id}" has no ${key}`;
    } else if (check === telUrl) {
      const label = (raw as string).trim();
      // A partner's text number stays plain text: links built from page data are http(s), tel: or mailto: only.
      contacts.push(key === 'text' ? { kind: key, label } : { kind: key === 'tty' ? key : 'call', label, href: value as string });
    } else {
      line[key] = value;
    }
  }
  return line as unknown as HelpLine;
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
    let line = normalizeLine(entry);
    if (typeof line !== 'string' && lines.some((other) => other.id === (line as HelpLine).id)) line = `repeats the id "${line.id}"`;
    if (typeof line === 'string') problems.push(`custom line ${index + 1} ${line}; it is skipped.`);
    else lines.push(line);
  });
  return { lines, problems };
}

/** Parses the text of an inline JSON child; `null` lines when it is not JSON at all. */
export function parseLinesJson(source: string): ParsedLines | null {
  try {
    return normalizeLines(JSON.parse(source));
  } catch {
    return null;
  }
}

/**
 * The lines to show. Custom lines replace built-in lines with the same id and otherwise follow
 * them. `ids` picks and orders among both; unknown ids are returned to be reported, and when
 * none of the ids is known every built-in and custom line is shown.
 */
export function selectLines(custom: readonly HelpLine[], ids: readonly string[]): { lines: HelpLine[]; unknown: string[] } {
  const byId = new Map([...BUILT_IN_LINES, ...custom].map((line) => [line.id, line]));
  const picked = [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
  return { lines: picked.length ? picked : [...byId.values()], unknown: ids.filter((id) => !byId.has(id)) };
}

/** Splits a `lines` value on spaces and commas. */
export function parseIds(value: string | null | undefined): string[] {
  return value?.match(/[^\s,]+/g) ?? [];
}
