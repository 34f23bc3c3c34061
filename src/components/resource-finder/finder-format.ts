import type { Address, Resource } from '../../data/resource.js';

// Intl formatters are costly to build and each result needs two: one cache per language and kind.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string, kind: 'time' | 'date'): Intl.DateTimeFormat {
  const key = `${lang}|${kind}`;
  let found = formatters.get(key);
  if (!found) {
    // Times and dates of a feed are wall-clock values as published: formatted in UTC so that the
    // reader's own zone never shifts them.
    found = new Intl.DateTimeFormat(
      lang,
      kind === 'time' ? { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' },
    );
    formatters.set(key, found);
  }
  return found;
}

/** "9:00 a.m." / "9 h 00" from a feed's `HH:MM`, or the text as published when it is not a time. */
export function formatTime(lang: string, hhmm: string): string {
  const match = /^(\d{1,2}):(\d{2})/.exec(hhmm);
  return match ? formatter(lang, 'time').format(Date.UTC(1970, 0, 1, Number(match[1]), Number(match[2]))) : hhmm;
}

/** Midnight to midnight: "Open 24 hours" reads better than "12:00 a.m. – 12:00 a.m.". */
export function allDay(hours: { opensAt: string; closesAt: string }): boolean {
  return hours.opensAt.startsWith('00:00') && /^(?:00:00|23:59|24:00)/.test(hours.closesAt);
}

/** "March 3, 2025" / "3 mars 2025" from an ISO date, or the text as published. */
export function formatDate(lang: string, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? formatter(lang, 'date').format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : iso;
}

/** One line of an address: street, city, region and postal code. */
export function addressText(address: Address): string {
  return [address.street, address.city, address.region, address.postalCode].filter(Boolean).join(', ');
}

/** A link to the address on OpenStreetMap, only when it has coordinates (no map loads until it is followed). */
export function mapUrl(address: Address): string | null {
  const { latitude: lat, longitude: lon } = address;
  if (typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
}

/** Descriptions longer than this get a More button. */
export const LONG_DESCRIPTION = 240;

/** The first ~200 characters of a long text, cut at a word. */
export function shorten(text: string): string {
  const cut = text.slice(0, 200);
  const space = cut.lastIndexOf(' ');
  return `${(space > 120 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Removes repeated ids (a feed or API pages can repeat a service), keeping the first. */
export function uniqueById(resources: readonly Resource[], seen = new Set<string>()): Resource[] {
  return resources.filter((resource) => !seen.has(resource.id) && seen.add(resource.id));
}
