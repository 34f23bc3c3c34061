/**
 * Our own small view of a community service, normalised from HSDS 3.0. Every value is plain
 * text; links are already checked (http(s), tel:, mailto:) or null.
 */
export interface Resource {
  id: string;
  name: string;
  alternateName: string | null;
  organization: string | null;
  description: string | null;
  /** HSDS status; inactive and defunct services never become a Resource. */
  status: 'active' | 'temporarily closed';
  phones: Phone[];
  /** A checked http(s) URL, or null. */
  url: string | null;
  /** A plain e-mail address that passed the check, or null. */
  email: string | null;
  addresses: Address[];
  schedules: Schedule[];
  /** Language names or codes as published. */
  languages: string[];
  serviceAreas: string[];
  categories: Category[];
  eligibility: { description: string | null; minimumAge: number | null; maximumAge: number | null };
  /** true when a cost option or the fees text says free, false when it names a fee, null when unknown. */
  free: boolean | null;
  feesDescription: string | null;
  /** ISO date (YYYY-MM-DD) of the last check of the information, or null. */
  assuredDate: string | null;
  alert: string | null;
}

export interface Phone {
  number: string;
  /** `tel:` URL, or null when the number cannot be dialled as written. */
  tel: string | null;
  extension: string | null;
  description: string | null;
  /** HSDS phone type in lower case (`voice`, `fax`, `text`, `textphone`, `cell`…; `sms` is read as `text`, `tty` as `textphone`), or null. */
  type: string | null;
}

export interface Address {
  street: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface Category {
  id: string | null;
  name: string;
  code: string | null;
}

/** One weekly opening rule from an HSDS schedule. */
export interface Schedule {
  /** RFC 5545 weekdays: MO TU WE TH FR SA SU; empty means every day. */
  byDay: string[];
  /** `HH:MM` in `timezone`, or null for "all day". */
  opensAt: string | null;
  closesAt: string | null;
  /** ISO dates bounding the rule, or null. */
  validFrom: string | null;
  validTo: string | null;
  /** IANA zone the times are in (default America/Toronto). */
  timezone: string;
  description: string | null;
  /** RFC 5545 frequency as published (`WEEKLY`, `MONTHLY`); absent or null is read as weekly. Only weekly rules count for "open now". */
  freq?: string | null;
}

/** What parsing a feed gives: the resources, and how many records could not be read. */
export interface ParseResult {
  resources: Resource[];
  /** Records skipped because they were malformed (missing id or name, wrong types…). */
  skipped: number;
  /** Records hidden because their status is inactive or defunct. */
  hidden: number;
  /** Paging information when the feed was an HSDS API page envelope. */
  page: { number: number; totalPages: number; totalItems: number } | null;
}

/** The filters the finder offers; empty values mean "any". */
export interface Filters {
  category?: string;
  /** Any of these category values (a priority maps to several); combined with `category` by AND. */
  categories?: string[];
  area?: string;
  language?: string;
  freeOnly?: boolean;
  openNow?: boolean;
  age?: number | null;
}
