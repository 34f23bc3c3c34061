import type { Address, Resource } from '../../data/resource.js';
import { normalizeText } from '../../data/search.js';

// Intl formatters are costly to build and each result needs two: one cache per language and kind.
const formatters: Record<string, Intl.DateTimeFormat> = {};

// Times and dates of a feed are wall-clock values as published: formatted in UTC so that the
// reader's own zone never shifts them.
const format = (lang: string, time: boolean, date: number | Date): string =>
  (formatters[lang + time] ??= new Intl.DateTimeFormat(lang, time ? { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' })).format(date);

/** "9:00 a.m." / "9 h 00" from the `HH:MM` of `hoursOn`. */
export function formatTime(lang: string, hhmm: string): string {
  const [hours, minutes] = hhmm.split(':');
  return format(lang, true, Date.UTC(1970, 0, 1, Number(hours), Number(minutes)));
}

/** "March 3, 2025" / "3 mars 2025" from the ISO date (YYYY-MM-DD, read as UTC) of the data. */
export const formatDate = (lang: string, iso: string): string => format(lang, false, new Date(iso));

/** One line of an address: street, city, region and postal code. */
export const addressText = (a: Address): string => [a.street, a.city, a.region, a.postalCode].filter(Boolean).join(', ');

/** A link to the address on OpenStreetMap when it has coordinates (the data gives both or neither); no map loads until it is followed. */
export const mapUrl = ({ latitude: lat, longitude: lon }: Address): string | null =>
  lat === null ? null : `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;

/** Descriptions longer than this get a More button. */
export const LONG_DESCRIPTION = 240;

/** The first ~200 characters of a long text, cut at a word. */
export function shorten(text: string): string {
  const cut = text.slice(0, 200);
  const space = cut.lastIndexOf(' ');
  return `${(space > 120 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Removes repeated ids (a feed or API pages can repeat a service), keeping the first. */
export const uniqueById = (resources: readonly Resource[], seen = new Set<string>()): Resource[] =>
  resources.filter((resource) => !seen.has(resource.id) && seen.add(resource.id));

/** "Free — No fee." but not "Free — Free and confidential.": the label goes when the published text already starts with it (as a word, accents and case aside). */
export function costText(label: string | false, fees: string | null): string {
  if (!label || !fees) return label || fees || '';
  const start = normalizeText(fees.slice(0, label.length + 1));
  const word = normalizeText(label);
  return start.startsWith(word) && !/[\p{L}\p{N}]/u.test(start.charAt(word.length)) ? fees : `${label} — ${fees}`;
}
