/**
 * "Open now" from HSDS weekly schedules, evaluated in each schedule's own time zone so a
 * visitor abroad (or a test machine in UTC) sees the hours as the service keeps them.
 */
import type { Schedule } from './resource.js';

/** The zone HSDS times are read in when a schedule names none (or an invalid one). */
export const DEFAULT_TIMEZONE = 'America/Toronto';

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

// Building an Intl.DateTimeFormat costs far more than using one, and a search over 10,000
// resources asks the same zone thousands of times: one formatter per zone, made once.
const formats = new Map<string, Intl.DateTimeFormat | null>();

function format(zone: string): Intl.DateTimeFormat | null {
  let f = formats.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    } catch {
      f = null;
    }
    formats.set(zone, f);
  }
  return f;
}

/** `zone` when the browser knows it as a time zone, else America/Toronto. */
export const validTimeZone = (zone: string): string => (zone && format(zone) ? zone : DEFAULT_TIMEZONE);

/** The local weekday (0 = Monday), minutes since midnight, date and the day before (YYYY-MM-DD). */
type Zoned = [weekday: number, minutes: number, date: string, yesterday: string];

// One answer per zone for the instant last asked: a search calls this once per resource.
const lastZoned = new Map<string, [number, Zoned]>();

function zoned(zone: string, when: Date): Zoned {
  const time = when.getTime();
  const cached = lastZoned.get(zone);
  if (cached?.[0] === time) return cached[1];
  const p: Record<string, string> = {};
  for (const { type, value } of (format(zone) ?? (format(DEFAULT_TIMEZONE) as Intl.DateTimeFormat)).formatToParts(when)) p[type] = value;
  const day = new Date(Date.UTC(+p.year!, +p.month! - 1, +p.day!));
  const result: Zoned = [
    (day.getUTCDay() + 6) % 7,
    // Some engines still print midnight as "24" even with h23.
    (+p.hour! % 24) * 60 + +p.minute!,
    `${p.year}-${p.month}-${p.day}`,
    new Date(+day - 864e5).toISOString().slice(0, 10),
  ];
  lastZoned.set(zone, [time, result]);
  return result;
}

const minutes = (time: string): number => +time.slice(0, 2) * 60 + +time.slice(3, 5);

function onDay(schedule: Schedule, weekday: number, date: string): boolean {
  const { validFrom, validTo, byDay } = schedule;
  return !(validFrom && date < validFrom) && !(validTo && date > validTo) && (!byDay.length || byDay.includes(WEEKDAYS[weekday] as string));
}

/**
 * Calls `visit` with each rule "open now" can use (weekly or unspecified, with both times, or
 * with days and no times: all day), its opening and closing minutes on its opening day and the
 * time in its zone, until `visit` returns true; null when no rule is usable. A closing time at
 * or before the opening time runs past midnight into the next day (22:00–02:00, or 00:00–00:00
 * for 24 hours); 23:59 is read as the end of the day, the usual way of writing "until midnight".
 */
function visitRules(
  schedules: readonly Schedule[],
  when: Date,
  visit: (schedule: Schedule, opens: number, closes: number, now: Zoned) => boolean | void,
): boolean | null {
  let known = false;
  for (const schedule of schedules) {
    const { opensAt, closesAt, freq } = schedule;
    if ((freq && freq !== 'WEEKLY') || (opensAt && closesAt ? false : opensAt || closesAt || !schedule.byDay.some((day) => WEEKDAYS.includes(day)))) continue;
    known = true;
    const opens = opensAt ? minutes(opensAt) : 0;
    let closes = closesAt ? minutes(closesAt) : 1440;
    if (closes === 1439) closes = 1440;
    if (visit(schedule, opens, closes <= opens ? closes + 1440 : closes, zoned(schedule.timezone, when))) return true;
  }
  return known ? false : null;
}

/**
 * Whether any of the schedules is open at `when`: true, false, or null when none of them can
 * tell (no weekly rule with times or days). A rule outside its valid_from–valid_to dates (both
 * inclusive, in its own zone) is closed, so a seasonal service reads "closed" out of season.
 */
export const isOpenAt = (schedules: readonly Schedule[], when: Date): boolean | null =>
  visitRules(
    schedules,
    when,
    (schedule, opens, closes, [weekday, now, date, yesterday]) =>
      (now >= opens && now < closes && onDay(schedule, weekday, date)) ||
      // Last night's opening that runs into this morning belongs to yesterday's rule.
      (now < closes - 1440 && onDay(schedule, (weekday + 6) % 7, yesterday)),
  );

const hhmm = (m: number): string => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * The opening intervals of the day `when` falls on (in each schedule's zone), sorted, for a line
 * like "Today 9:00–17:00"; an overnight interval is listed on the day it opens. An all-day rule
 * reads 00:00–24:00. [] means closed that day; null means no usable schedule.
 */
export function hoursOn(schedules: readonly Schedule[], when: Date): { opensAt: string; closesAt: string }[] | null {
  // "HH:MM-HH:MM" → opening minute: one entry per distinct interval.
  const hours = new Map<string, number>();
  const known = visitRules(schedules, when, (schedule, opens, closes, [weekday, , date]) => {
    if (onDay(schedule, weekday, date)) hours.set(`${hhmm(opens)}-${closes === 1440 ? '24:00' : hhmm(closes)}`, opens);
  });
  return known === null ? null : [...hours].sort((a, b) => a[1] - b[1]).map(([key]) => ({ opensAt: key.slice(0, 5), closesAt: key.slice(6) }));
}
