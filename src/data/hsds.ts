/**
 * HSDS 3.0 in, `Resource` out. Feeds are untrusted: every record is read defensively, one bad
 * record never stops the others (it is skipped and counted), and every value leaves here as
 * plain, trimmed, length-capped text or a checked link.
 */
import { mailtoUrl, safeHttpUrl, telUrl } from '../internal/safe-url.js';
import type { Address, Category, ParseResult, Phone, Resource, Schedule } from './resource.js';
import { DEFAULT_TIMEZONE, validTimeZone } from './schedule.js';

/** Longest free text kept (descriptions, eligibility, fees, alerts); a 1 MB field must not freeze the page. */
export const MAX_TEXT = 10_000;
/** Longest short text kept (names, phone numbers, cities, ids). */
export const MAX_SHORT_TEXT = 500;
/** Most entries read from any nested list (phones, locations, categories…) of one record. */
export const MAX_LIST = 50;

type Rec = Record<string, unknown>;

const rec = (value: unknown): Rec | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Rec) : null;

/** The first MAX_LIST entries of an array; with `single`, a lone object counts as a list of one. */
const list = (value: unknown, single?: boolean): unknown[] =>
  Array.isArray(value) ? value.slice(0, MAX_LIST) : single && rec(value) ? [value] : [];

// Runs of whitespace, C0/C1 controls and bidi overrides become one space: controls and
// overrides can hide or reorder text on screen.
const SPACES = /[\s\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;
// Every character `\s` matches except the plain space, plus the controls and bidi overrides: most
// feed text is already clean, and this test (with a search for two spaces) costs a fraction of
// the two replacing passes; it also beat a char-code loop in V8.
const ODD = /[\u0000-\u001f\u007f-\u00a0\u1680\u2000-\u200a\u2028\u2029\u202a-\u202f\u205f\u2066-\u2069\u3000\ufeff]/;

/**
 * Plain text from a feed value: strings (and finite numbers, which feeds often use for ids and
 * phone numbers) are trimmed, whitespace collapsed and capped at `max` characters with an
 * ellipsis; anything else is null. Markup is not removed: the element renders it as text.
 */
export function cleanText(value: unknown, max = MAX_TEXT): string | null {
  let text = typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
  // Cut before the regexes run so a huge value costs no more than a capped one.
  if (text.length > max * 2) text = text.slice(0, max * 2);
  text = ODD.test(text) || text.includes('  ') ? text.replace(SPACES, ' ').trim() : text.trim();
  if (text.length > max) {
    // Never split a surrogate pair (an emoji) in half.
    const cut = text.charCodeAt(max - 2) >> 10 === 0x36 ? max - 2 : max - 1;
    text = `${text.slice(0, cut).trimEnd()}…`;
  }
  return text || null;
}

const short = (value: unknown): string | null => cleanText(value, MAX_SHORT_TEXT);

/** A number (or numeric string) within [min, max], else null. */
function num(value: unknown, max = Number.MAX_SAFE_INTEGER, min = 0): number | null {
  const n = typeof value === 'string' && value.trim() ? Number(value) : value;
  return typeof n === 'number' && n >= min && n <= max ? n : null;
}

/** `YYYY-MM-DD` from a date or date-time string, when it names a real day. */
function isoDate(value: unknown): string | null {
  const m = typeof value === 'string' ? /^(\d{4})-(\d\d)-(\d\d)(?:$|[T ])/.exec(value.trim()) : null;
  if (!m) return null;
  const year = +m[1]!;
  const month = +m[2]!;
  const day = +m[3]!;
  const days = month === 2 ? (year % 4 || (year % 100 === 0 && year % 400) ? 28 : 29) : 30 + ((month + (month >> 3)) & 1);
  return month && month <= 12 && day && day <= days ? m[0].slice(0, 10) : null;
}

/** `HH:MM` from "9:00", "09:00:00", "09:00:00Z" or "09:00-05:00" (the offset is ignored: the schedule's zone rules). */
function clockTime(value: unknown): string | null {
  const m = typeof value === 'string' ? /^(\d\d?):([0-5]\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d(?::?\d\d)?)?$/i.exec(value.trim()) : null;
  return m && (+m[1]! < 24 || (+m[1]! === 24 && m[2] === '00')) ? `${m[1]!.padStart(2, '0')}:${m[2]}` : null;
}

const DAY = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

function schedule(value: unknown): Schedule | null {
  const v = rec(value);
  if (!v) return null;
  const byDay: string[] = [];
  if (typeof v.byday === 'string' && v.byday.length <= MAX_SHORT_TEXT) {
    for (const part of v.byday.toUpperCase().split(',')) {
      const day = part.trim();
      if (DAY.test(day) && !byDay.includes(day)) byDay.push(day);
    }
  }
  const opensAt = clockTime(v.opens_at);
  const closesAt = clockTime(v.closes_at);
  const description = cleanText(v.description);
  return byDay.length || opensAt || closesAt || description
    ? {
        byDay,
        opensAt,
        closesAt,
        validFrom: isoDate(v.valid_from),
        validTo: isoDate(v.valid_to),
        // HSDS 3.0 defines `timezone` as a numeric UTC offset; IANA names (what we need across DST)
        // are accepted, anything else is read as Ontario time.
        timezone: typeof v.timezone === 'string' ? validTimeZone(v.timezone.trim()) : DEFAULT_TIMEZONE,
        description,
        freq: typeof v.freq === 'string' ? v.freq.trim().toUpperCase() || null : null,
      }
    : null;
}

function phone(value: unknown): Phone | null {
  const v = rec(value);
  // Some feeds (the official examples among them) wrap the number in literal quotes.
  const number = short(v?.number)?.replace(/^["'“”]+|["'“”]+$/g, '').trim();
  // HSDS names a text line `text`, many feeds `sms`; a TTY line is `textphone`.
  const type = short(v?.type)?.toLowerCase().replace(/^sms$/, 'text').replace(/^tty$/, 'textphone') ?? null;
  return v && number ? { number, tel: telUrl(number), extension: short(v.extension), description: cleanText(v.description), type } : null;
}

function category(value: unknown): Category | null {
  const v = rec(value);
  const name = short(v?.name);
  return v && name ? { id: short(v.id), name, code: short(v.code) } : null;
}

const named = (value: unknown): string | null => short(rec(value)?.name ?? value);
const language = (value: unknown): string | null => named(value) ?? short(rec(value)?.code);

/** Addresses of one location: HSDS 3.0 `addresses[]`, or the older `address` / `physical_address`. */
function addresses(location: Rec): Address[] {
  const lat = num(location.latitude, 90, -90);
  const lon = num(location.longitude, 180, -180);
  const latitude = lon === null ? null : lat;
  const longitude = lat === null ? null : lon;
  const found: Address[] = [];
  for (const value of [...list(location.addresses), ...list(location.address, true), ...list(location.physical_address, true)]) {
    const v = rec(value);
    if (!v || v.address_type === 'virtual') continue;
    const line1 = short(v.address_1);
    const line2 = short(v.address_2);
    const street = line1 && line2 ? `${line1}, ${line2}` : line1 ?? line2;
    const city = short(v.city);
    const postalCode = short(v.postal_code);
    if (street || city || postalCode) {
      found.push({ street, city, region: short(v.state_province) ?? short(v.region), postalCode, country: short(v.country), latitude, longitude });
    }
  }
  if (!found.length && latitude !== null) {
    found.push({ street: null, city: null, region: null, postalCode: null, country: null, latitude, longitude });
  }
  return found;
}

/** De-duplication keys of the lists a merge extends. */
const KEYS = {
  // A voice line and a text line of one number (9-8-8) are two ways to reach it; no type means voice.
  phones: (p: Phone): string => `${p.tel ?? p.number}|${p.extension ?? ''}|${p.type ?? 'voice'}`,
  addresses: (a: Address): string => `${a.street ?? ''}|${a.city ?? ''}|${a.postalCode ?? ''}|${a.latitude ?? ''}`.toLowerCase(),
  schedules: (s: Schedule): string =>
    `${s.byDay}|${s.opensAt}|${s.closesAt}|${s.validFrom}|${s.validTo}|${s.timezone}|${s.freq}|${s.description}`,
  languages: (t: string): string => t.toLowerCase(),
};
const categoryKey = (c: Category): string => (c.id ? `id:${c.id}` : `name:${c.name.toLowerCase()}`);

// The keys of each list of the record being read, made when a list gets its second item (most hold one).
let keySets = new Map<unknown[], Set<string>>();

/** Reads up to `limit` entries of `value` with `reader` and appends the ones whose `key` is new to `into`. */
function read<T>(into: T[], value: unknown, reader: (item: unknown) => T | null, key: (item: T) => string, limit = MAX_LIST): T[] {
  if (!Array.isArray(value)) return into;
  for (let i = 0; i < value.length && i < limit; i++) {
    const item = reader(value[i]);
    if (item === null) continue;
    if (into.length === 1) {
      if (key(item) === key(into[0] as T)) continue;
    } else if (into.length) {
      let keys = keySets.get(into);
      if (!keys) keySets.set(into, (keys = new Set(into.map(key))));
      const k = key(item);
      if (keys.has(k)) continue;
      keys.add(k);
    }
    into.push(item);
  }
  return into;
}

const same = <T>(item: T): T => item;

// "Toll-free" / "sans frais" name a kind of phone line, not the price of the service.
const TOLL_FREE = /\b(?:toll[\s-]?free|(?:numero|ligne|appel|appels)\s+(?:sans\s+frais|gratuits?))\b/g;
const FREE = /\b(?:free|no cost|no charge|no fee|without charge|gratuit|gratuite|gratuits|gratuites|gratuitement|sans frais|aucuns? frais|sans cout)\b/;
const AMOUNT = /(?:[$£€]\s?\d|\d(?:[.,]\d+)?\s?(?:\$|€|£|dollars?\b|cad\b|per (?:hour|session|visit)|par (?:heure|seance|visite)))/;

/** true / false / null from cost options first (amount 0 everywhere → free), then the fees text. */
function isFree(service: Rec, fees: string | null): boolean | null {
  let paid: boolean | null = null;
  for (const option of list(service.cost_options)) {
    const amount = num(rec(option)?.amount);
    if (amount !== null) paid ||= amount > 0;
  }
  if (paid !== null) return !paid;
  if (!fees) return null;
  const text = fees
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return AMOUNT.test(text) ? false : FREE.test(text.replace(TOLL_FREE, ' ')) || null;
}

const email = (value: unknown): string | null => {
  const text = typeof value === 'string' && value.length <= MAX_SHORT_TEXT ? value.trim() : '';
  return mailtoUrl(text) ? text : null;
};

/** A `service_at_location` record: a nested `service` plus the location it is delivered at. */
const isServiceAtLocation = (value: Rec): boolean => !!rec(value.service) && value.name === undefined;

/**
 * One HSDS record (a service, or a `service_at_location` with its nested service) as a
 * `Resource`; `'hidden'` for inactive or defunct services; null when it cannot be read (no id,
 * no name, wrong types). Never throws.
 */
export function normalizeService(record: unknown): Resource | 'hidden' | null {
  try {
    return normalize(record);
  } catch {
    // A getter that throws, a Proxy, a frozen oddity: the record is skipped, the feed goes on.
    return null;
  }
}

function normalize(record: unknown): Resource | 'hidden' | null {
  keySets = new Map();
  let service = rec(record);
  if (!service) return null;
  let locations = list(service.service_at_locations);
  if (isServiceAtLocation(service)) {
    const at = service;
    service = at.service as Rec;
    const others = list(service.service_at_locations).filter((sal) => {
      const id = rec(sal)?.id;
      return id === undefined || id !== at.id;
    });
    locations = [at, ...others].slice(0, MAX_LIST);
  }

  const id = short(service.id);
  const name = short(service.name);
  if (!id || !name) return null;
  const status = typeof service.status === 'string' ? service.status.trim().toLowerCase().replace(/[\s_-]+/g, ' ') : '';
  if (status === 'inactive' || status === 'defunct') return 'hidden';

  const organization = rec(service.organization);
  const phones = read([], service.phones, phone, KEYS.phones);
  const schedules = read([], service.schedules, schedule, KEYS.schedules);
  const locationSchedules: Schedule[] = [];
  const locationLanguages: string[] = [];
  const places: Address[] = [];
  for (const value of locations) {
    const sal = rec(value);
    if (!sal) continue;
    read(phones, sal.phones, phone, KEYS.phones);
    read(schedules, sal.schedules, schedule, KEYS.schedules);
    const location = rec(sal.location);
    if (!location) continue;
    read(places, addresses(location), (address) => address as Address, KEYS.addresses, Infinity);
    read(phones, location.phones, phone, KEYS.phones);
    read(locationSchedules, location.schedules, schedule, KEYS.schedules);
    read(locationLanguages, location.languages, language, KEYS.languages);
  }
  // The organisation's switchboard only when the service has no number of its own.
  if (!phones.length && organization) read(phones, organization.phones, phone, KEYS.phones);
  const languages = read([], service.languages, language, KEYS.languages);
  const feesDescription = cleanText(service.fees_description) ?? cleanText(service.fees);

  return {
    id,
    name,
    alternateName: short(service.alternate_name),
    organization: organization ? short(organization.name) : short(service.organization),
    description: cleanText(service.description),
    status: status === 'temporarily closed' ? status : 'active',
    phones,
    url: safeHttpUrl(service.url) ?? safeHttpUrl(organization?.website),
    email: email(service.email) ?? email(organization?.email),
    addresses: places,
    // A location's opening hours stand in only when the service publishes none of its own.
    schedules: schedules.length ? schedules : locationSchedules,
    languages: languages.length ? languages : locationLanguages,
    serviceAreas: read([], service.service_areas, named, KEYS.languages),
    categories: read(
      read([], service.attributes, (attribute) => category(rec(attribute)?.taxonomy_term), categoryKey),
      service.taxonomy_terms,
      category,
      categoryKey,
    ),
    eligibility: {
      description: cleanText(service.eligibility_description),
      minimumAge: num(service.minimum_age, 150),
      maximumAge: num(service.maximum_age, 150),
    },
    free: isFree(service, feesDescription),
    feesDescription,
    assuredDate: isoDate(service.assured_date) ?? isoDate(service.last_modified),
    alert: cleanText(service.alert),
  };
}

/**
 * Reads any HSDS shape the finder accepts: an array of services or `service_at_location`
 * records, the HSDS API page envelope (`contents`, `total_items`, `page_number`…), a single
 * service or `service_at_location`, or `{ "services": [...] }`. Never throws.
 *
 * Records without a usable id or name are skipped and counted; inactive and defunct services
 * are counted as hidden. A second plain service with an id already seen is skipped (the first
 * wins); `service_at_location` records of one service are merged into one resource with every
 * location, since that is how the HSDS API lists a service offered in several places.
 */
export function parseHsds(input: unknown): ParseResult {
  const result: ParseResult = { resources: [], skipped: 0, hidden: 0, page: null };
  let records: unknown[];
  try {
    const envelope = rec(input);
    if (Array.isArray(envelope?.contents)) {
      records = envelope.contents as unknown[];
      const number = num(envelope.page_number);
      const totalPages = num(envelope.total_pages);
      const totalItems = num(envelope.total_items);
      if (number !== null || totalPages !== null || totalItems !== null) {
        result.page = {
          number: Math.floor(number ?? 1),
          totalPages: Math.floor(totalPages ?? number ?? 1),
          totalItems: Math.floor(totalItems ?? 0),
        };
      }
    } else records = Array.isArray(input) ? input : Array.isArray(envelope?.services) ? (envelope.services as unknown[]) : input == null ? [] : [input];
  } catch {
    result.skipped = 1;
    return result;
  }

  const byId = new Map<string, Resource | null>();
  for (let i = 0; i < records.length; i++) {
    let record: unknown = null;
    let fromLocation = false;
    try {
      record = records[i];
      fromLocation = isServiceAtLocation(rec(record) ?? {});
    } catch {
      record = null;
    }
    const resource = normalizeService(record);
    if (resource === null) result.skipped++;
    else if (resource === 'hidden') result.hidden++;
    else if (!byId.has(resource.id)) {
      // Only resources read from service_at_location records take the locations of later ones.
      byId.set(resource.id, fromLocation ? resource : null);
      result.resources.push(resource);
    } else {
      const into = byId.get(resource.id);
      keySets = new Map();
      if (into && fromLocation) for (const key of Object.keys(KEYS) as (keyof typeof KEYS)[]) read(into[key] as unknown[], resource[key], same, KEYS[key] as (item: unknown) => string, Infinity);
      else result.skipped++;
    }
  }
  return result;
}
