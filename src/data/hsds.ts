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

function isRecord(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value.slice(0, MAX_LIST) : [];
}

// C0/C1 controls and the bidi overrides become spaces: they can hide or reorder text on screen.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Plain text from a feed value: strings (and finite numbers, which feeds often use for ids and
 * phone numbers) are trimmed, whitespace collapsed and capped at `max` characters with an
 * ellipsis; anything else is null. Markup is not removed: the element renders it as text.
 */
export function cleanText(value: unknown, max = MAX_TEXT): string | null {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else return null;
  // Cut before the regexes run so a huge value costs no more than a capped one.
  if (text.length > max * 2) text = text.slice(0, max * 2);
  // Most feed text is already clean: one test instead of two replacing passes.
  text = needsCleaning(text) ? text.replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim() : text.trim();
  if (text.length > max) {
    let cut = max - 1;
    // Never split a surrogate pair (an emoji) in half.
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    text = `${text.slice(0, cut).trimEnd()}…`;
  }
  return text === '' ? null : text;
}

// Every character `\s` matches except the plain space, plus the controls and bidi overrides: most
// feed text is already clean, and one character-class test (plus a search for two spaces) costs
// a fraction of the two replacing passes; it also beat a char-code loop in V8.
const ODD_CHARACTER = /[\u0000-\u001f\u007f-\u00a0\u1680\u2000-\u200a\u2028\u2029\u202a-\u202f\u205f\u2066-\u2069\u3000\ufeff]/;
const needsCleaning = (text: string): boolean => ODD_CHARACTER.test(text) || text.includes('  ');

const short = (value: unknown): string | null => cleanText(value, MAX_SHORT_TEXT);

function numberOrNull(value: unknown, min: number, max: number): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max ? n : null;
}

/** `YYYY-MM-DD` from a date or date-time string, when it names a real day. */
export function isoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days ? `${y}-${m}-${d}` : null;
}

/** `HH:MM` from "9:00", "09:00", "09:00:00", "09:00:00Z" or "09:00-05:00" (the offset is ignored: the schedule's zone rules). */
export function clockTime(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return null;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

const DAYS = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

function schedule(value: unknown): Schedule | null {
  if (!isRecord(value)) return null;
  const byDay: string[] = [];
  if (typeof value.byday === 'string' && value.byday.length <= MAX_SHORT_TEXT) {
    for (const part of value.byday.toUpperCase().split(',')) {
      const day = part.trim();
      if (DAYS.test(day) && !byDay.includes(day)) byDay.push(day);
    }
  }
  const opensAt = clockTime(value.opens_at);
  const closesAt = clockTime(value.closes_at);
  const description = cleanText(value.description);
  if (byDay.length === 0 && !opensAt && !closesAt && !description) return null;
  // HSDS 3.0 defines `timezone` as a numeric UTC offset; IANA names (what we need across DST)
  // are accepted, anything else is read as Ontario time.
  const timezone = typeof value.timezone === 'string' ? validTimeZone(value.timezone.trim()) : DEFAULT_TIMEZONE;
  const freq = typeof value.freq === 'string' && value.freq.trim() !== '' ? value.freq.trim().toUpperCase() : null;
  return {
    byDay,
    opensAt,
    closesAt,
    validFrom: isoDate(value.valid_from),
    validTo: isoDate(value.valid_to),
    timezone,
    description,
    freq,
  };
}

/** Some feeds (the official examples among them) wrap the number in literal quotes. */
function phone(value: unknown): Phone | null {
  if (!isRecord(value)) return null;
  const number = short(value.number)?.replace(/^["'“”]+|["'“”]+$/g, '').trim();
  if (!number) return null;
  return {
    number,
    tel: telUrl(number),
    extension: short(value.extension),
    description: cleanText(value.description),
    type: short(value.type),
  };
}

function address(value: unknown, latitude: number | null, longitude: number | null): Address | null {
  if (!isRecord(value) || value.address_type === 'virtual') return null;
  const line1 = short(value.address_1);
  const line2 = short(value.address_2);
  const street = line1 && line2 ? `${line1}, ${line2}` : line1 ?? line2;
  const result: Address = {
    street,
    city: short(value.city),
    region: short(value.state_province) ?? short(value.region),
    postalCode: short(value.postal_code),
    country: short(value.country),
    latitude,
    longitude,
  };
  return street || result.city || result.postalCode ? result : null;
}

/** Addresses of one location: HSDS 3.0 `addresses[]`, or the older `address` / `physical_address`. */
function locationAddresses(location: unknown): Address[] {
  if (!isRecord(location)) return [];
  const latitude = numberOrNull(location.latitude, -90, 90);
  const longitude = numberOrNull(location.longitude, -180, 180);
  const lat = latitude !== null && longitude !== null ? latitude : null;
  const lon = lat === null ? null : longitude;
  const raw = [
    ...list(location.addresses),
    ...(Array.isArray(location.address) ? list(location.address) : [location.address]),
    ...list(location.physical_address),
    ...(isRecord(location.physical_address) ? [location.physical_address] : []),
  ];
  const found = raw.map((item) => address(item, lat, lon)).filter((item): item is Address => item !== null);
  if (found.length === 0 && lat !== null) {
    found.push({ street: null, city: null, region: null, postalCode: null, country: null, latitude: lat, longitude: lon });
  }
  return found;
}

function category(value: unknown): Category | null {
  if (!isRecord(value)) return null;
  const name = short(value.name);
  if (!name) return null;
  return { id: short(value.id), name, code: short(value.code) };
}

function pushUnique<T>(into: T[], items: readonly T[], key: (item: T) => string): void {
  if (items.length === 0) return;
  // The usual case, one phone or one address into an empty list, needs no keys at all.
  if (into.length === 0 && items.length === 1) {
    into.push(items[0] as T);
    return;
  }
  const seen = new Set(into.map(key));
  for (const item of items) {
    const k = key(item);
    if (!seen.has(k)) {
      seen.add(k);
      into.push(item);
    }
  }
}

const phoneKey = (p: Phone): string => `${p.tel ?? p.number}|${p.extension ?? ''}`;
const addressKey = (a: Address): string => `${a.street ?? ''}|${a.city ?? ''}|${a.postalCode ?? ''}|${a.latitude ?? ''}`.toLowerCase();
const scheduleKey = (s: Schedule): string =>
  `${s.byDay.join(',')}|${s.opensAt}|${s.closesAt}|${s.validFrom}|${s.validTo}|${s.timezone}|${s.freq}|${s.description}`;
const categoryKey = (c: Category): string => (c.id ? `id:${c.id}` : `name:${c.name.toLowerCase()}`);
const textKey = (t: string): string => t.toLowerCase();

function mapList<T>(value: unknown, read: (item: unknown) => T | null): T[] {
  return list(value)
    .map(read)
    .filter((item): item is T => item !== null);
}

const languageName = (value: unknown): string | null =>
  isRecord(value) ? short(value.name) ?? short(value.code) : short(value);
const areaName = (value: unknown): string | null => (isRecord(value) ? short(value.name) : short(value));

// "Toll-free" / "sans frais" name a kind of phone line, not the price of the service.
const TOLL_FREE = /\b(?:toll[\s-]?free|(?:numero|ligne|appel|appels)\s+(?:sans\s+frais|gratuits?))\b/g;
const FREE = /\b(?:free|no cost|no charge|no fee|without charge|gratuit|gratuite|gratuits|gratuites|gratuitement|sans frais|aucuns? frais|sans cout)\b/;
const AMOUNT = /(?:[$£€]\s?\d|\d(?:[.,]\d+)?\s?(?:\$|€|£|dollars?\b|cad\b|per (?:hour|session|visit)|par (?:heure|seance|visite)))/;

function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** true / false / null from cost options first (amount 0 everywhere → free), then the fees text. */
function isFree(service: Rec, feesDescription: string | null): boolean | null {
  const amounts = list(service.cost_options)
    .map((option) => (isRecord(option) ? numberOrNull(option.amount, 0, Number.MAX_SAFE_INTEGER) : null))
    .filter((amount): amount is number => amount !== null);
  if (amounts.length > 0) return amounts.every((amount) => amount === 0);
  if (!feesDescription) return null;
  const fees = plain(feesDescription);
  if (AMOUNT.test(fees)) return false;
  return FREE.test(fees.replace(TOLL_FREE, ' ')) ? true : null;
}

function statusOf(value: unknown): Resource['status'] | 'hidden' {
  const status = typeof value === 'string' ? value.trim().toLowerCase().replace(/[\s_-]+/g, ' ') : '';
  if (status === 'inactive' || status === 'defunct') return 'hidden';
  return status === 'temporarily closed' ? 'temporarily closed' : 'active';
}

/** A `service_at_location` record: a nested `service` plus the location it is delivered at. */
function isServiceAtLocation(value: Rec): boolean {
  return isRecord(value.service) && value.name === undefined;
}

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
  if (!isRecord(record)) return null;
  let service = record;
  let locations = list(record.service_at_locations);
  if (isServiceAtLocation(record)) {
    service = record.service as Rec;
    const nested = list(service.service_at_locations).filter(
      (sal) => !(isRecord(sal) && sal.id !== undefined && sal.id === record.id),
    );
    locations = [record, ...nested].slice(0, MAX_LIST);
  }

  const id = short(service.id);
  const name = short(service.name);
  if (!id || !name) return null;
  const status = statusOf(service.status);
  if (status === 'hidden') return 'hidden';

  const organization = isRecord(service.organization) ? service.organization : null;

  const phones: Phone[] = [];
  const addresses: Address[] = [];
  const serviceSchedules: Schedule[] = [];
  const locationSchedules: Schedule[] = [];
  pushUnique(phones, mapList(service.phones, phone), phoneKey);
  pushUnique(serviceSchedules, mapList(service.schedules, schedule), scheduleKey);
  const locationLanguages: string[] = [];
  for (const sal of locations) {
    if (!isRecord(sal)) continue;
    const location = isRecord(sal.location) ? sal.location : null;
    pushUnique(phones, mapList(sal.phones, phone), phoneKey);
    pushUnique(serviceSchedules, mapList(sal.schedules, schedule), scheduleKey);
    if (!location) continue;
    pushUnique(addresses, locationAddresses(location), addressKey);
    pushUnique(phones, mapList(location.phones, phone), phoneKey);
    pushUnique(locationSchedules, mapList(location.schedules, schedule), scheduleKey);
    pushUnique(locationLanguages, mapList(location.languages, languageName), textKey);
  }
  // The organisation's switchboard only when the service has no number of its own.
  if (phones.length === 0 && organization) pushUnique(phones, mapList(organization.phones, phone), phoneKey);

  const languages: string[] = [];
  pushUnique(languages, mapList(service.languages, languageName), textKey);
  if (languages.length === 0) pushUnique(languages, locationLanguages, textKey);

  const serviceAreas: string[] = [];
  pushUnique(serviceAreas, mapList(service.service_areas, areaName), textKey);

  const categories: Category[] = [];
  pushUnique(
    categories,
    mapList(service.attributes, (attribute) => (isRecord(attribute) ? category(attribute.taxonomy_term) : null)),
    categoryKey,
  );
  pushUnique(categories, mapList(service.taxonomy_terms, category), categoryKey);

  const feesDescription = cleanText(service.fees_description) ?? cleanText(service.fees);
  const orgName = organization ? short(organization.name) : short(service.organization);

  return {
    id,
    name,
    alternateName: short(service.alternate_name),
    organization: orgName,
    description: cleanText(service.description),
    status,
    phones,
    url: safeHttpUrl(service.url) ?? (organization ? safeHttpUrl(organization.website) : null),
    email: plainEmail(service.email) ?? (organization ? plainEmail(organization.email) : null),
    addresses,
    // A location's opening hours stand in only when the service publishes none of its own.
    schedules: serviceSchedules.length > 0 ? serviceSchedules : locationSchedules,
    languages,
    serviceAreas,
    categories,
    eligibility: {
      description: cleanText(service.eligibility_description),
      minimumAge: numberOrNull(service.minimum_age, 0, 150),
      maximumAge: numberOrNull(service.maximum_age, 0, 150),
    },
    free: isFree(service, feesDescription),
    feesDescription,
    assuredDate: isoDate(service.assured_date) ?? isoDate(service.last_modified),
    alert: cleanText(service.alert),
  };
}

function plainEmail(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_SHORT_TEXT) return null;
  const text = value.trim();
  return mailtoUrl(text) ? text : null;
}

/** Merges the locations of a second `service_at_location` record of the same service into the first. */
function merge(into: Resource, from: Resource): void {
  pushUnique(into.addresses, from.addresses, addressKey);
  pushUnique(into.phones, from.phones, phoneKey);
  pushUnique(into.schedules, from.schedules, scheduleKey);
  pushUnique(into.languages, from.languages, textKey);
}

function pageOf(envelope: Rec): ParseResult['page'] {
  const number = numberOrNull(envelope.page_number, 0, Number.MAX_SAFE_INTEGER);
  const totalPages = numberOrNull(envelope.total_pages, 0, Number.MAX_SAFE_INTEGER);
  const totalItems = numberOrNull(envelope.total_items, 0, Number.MAX_SAFE_INTEGER);
  if (number === null && totalPages === null && totalItems === null) return null;
  return {
    number: Math.floor(number ?? 1),
    totalPages: Math.floor(totalPages ?? number ?? 1),
    totalItems: Math.floor(totalItems ?? 0),
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
    if (Array.isArray(input)) records = input;
    else if (isRecord(input) && Array.isArray(input.contents)) {
      records = input.contents;
      result.page = pageOf(input);
    } else if (isRecord(input) && Array.isArray(input.services)) records = input.services;
    else if (input === null || input === undefined) records = [];
    else records = [input];
  } catch {
    result.skipped = 1;
    return result;
  }

  const byId = new Map<string, { resource: Resource; fromLocation: boolean }>();
  for (let i = 0; i < records.length; i++) {
    let record: unknown;
    let fromLocation = false;
    try {
      record = records[i];
      fromLocation = isRecord(record) && isServiceAtLocation(record);
    } catch {
      record = null;
    }
    const resource = normalizeService(record);
    if (resource === null) result.skipped++;
    else if (resource === 'hidden') result.hidden++;
    else {
      const seen = byId.get(resource.id);
      if (!seen) {
        byId.set(resource.id, { resource, fromLocation });
        result.resources.push(resource);
      } else if (fromLocation && seen.fromLocation) merge(seen.resource, resource);
      else result.skipped++;
    }
  }
  return result;
}
