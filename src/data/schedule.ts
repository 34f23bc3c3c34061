/**
 * "Open now" from HSDS weekly schedules, evaluated in each schedule's own time zone so a
 * visitor abroad (or a test machine in UTC) sees the hours as the service keeps them.
 */
import type { Schedule } from './resource.js';

/** The zone HSDS times are read in when a schedule names none (or an invalid one). */
export const DEFAULT_TIMEZONE = 'America/Toronto';

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const SHORT_NAMES: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

const formatters = new Map<string, Intl.DateTimeFormat | null>();

// Building an Intl.DateTimeFormat costs far more than using one, and a search over 10,000
// resources asks the same zone thousands of times: one formatter per zone, made once.
function formatter(zone: string): Intl.DateTimeFormat | null {
  let format = formatters.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        weekday: 'short',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      format = null;
    }
    formatters.set(zone, format);
  }
  return format;
}

/** `zone` when the browser knows it as a time zone, else America/Toronto. */
export function validTimeZone(zone: string): string {
  return zone !== '' && formatter(zone) ? zone : DEFAULT_TIMEZONE;
}

interface Zoned {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** The day before, YYYY-MM-DD. */
  yesterday: string;
}

// One answer per zone for the instant last asked: a search calls this once per resource.
const lastZoned = new Map<string, { time: number; zoned: Zoned }>();

function zoned(zone: string, when: Date): Zoned {
  const time = when.getTime();
  const cached = lastZoned.get(zone);
  if (cached && cached.time === time) return cached.zoned;
  const format = formatter(zone) ?? (formatter(DEFAULT_TIMEZONE) as Intl.DateTimeFormat);
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(when)) parts[part.type] = part.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const before = new Date(Date.UTC(year, month - 1, day - 1));
  const result: Zoned = {
    weekday: SHORT_NAMES[parts.weekday ?? ''] ?? 0,
    // Some engines still print midnight as "24" even with h23.
    minutes: (Number(parts.hour) % 24) * 60 + Number(parts.minute),
    date: `${parts.year}-${parts.month}-${parts.day}`,
    yesterday: before.toISOString().slice(0, 10),
  };
  lastZoned.set(zone, { time, zoned: result });
  return result;
}

function toMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** A rule "open now" can use: weekly (or unspecified), with both times, or with days and no times (all day). */
function usable(schedule: Schedule): boolean {
  if (schedule.freq && schedule.freq !== 'WEEKLY') return false;
  if (schedule.opensAt && schedule.closesAt) return true;
  return !schedule.opensAt && !schedule.closesAt && schedule.byDay.some((day) => WEEKDAYS.includes(day as never));
}

function onDay(schedule: Schedule, weekday: number, date: string): boolean {
  if (schedule.validFrom && date < schedule.validFrom) return false;
  if (schedule.validTo && date > schedule.validTo) return false;
  return schedule.byDay.length === 0 || schedule.byDay.includes(WEEKDAYS[weekday] as string);
}

/**
 * Opening and closing minutes of a rule on its opening day. A closing time at or before the
 * opening time runs past midnight into the next day (22:00–02:00, or 00:00–00:00 for 24 hours);
 * 23:59 is read as the end of the day, the usual way of writing "until midnight".
 */
function span(schedule: Schedule): { opens: number; closes: number } {
  if (!schedule.opensAt || !schedule.closesAt) return { opens: 0, closes: 1440 };
  const opens = toMinutes(schedule.opensAt);
  let closes = toMinutes(schedule.closesAt);
  if (closes === 1439) closes = 1440;
  return { opens, closes: closes <= opens ? closes + 1440 : closes };
}

/**
 * Whether any of the schedules is open at `when`: true, false, or null when none of them can
 * tell (no weekly rule with times or days). A rule outside its valid_from–valid_to dates (both
 * inclusive, in its own zone) is closed, so a seasonal service reads "closed" out of season.
 */
export function isOpenAt(schedules: readonly Schedule[], when: Date): boolean | null {
  let known = false;
  for (const schedule of schedules) {
    if (!usable(schedule)) continue;
    known = true;
    const now = zoned(schedule.timezone, when);
    const { opens, closes } = span(schedule);
    if (onDay(schedule, now.weekday, now.date) && now.minutes >= opens && now.minutes < closes) return true;
    // Last night's opening that runs into this morning belongs to yesterday's rule.
    if (closes > 1440 && onDay(schedule, (now.weekday + 6) % 7, now.yesterday) && now.minutes < closes - 1440) {
      return true;
    }
  }
  return known ? false : null;
}

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The opening intervals of the day `when` falls on (in each schedule's zone), sorted, for a line
 * like "Today 9:00–17:00"; an overnight interval is listed on the day it opens. An all-day rule
 * reads 00:00–24:00. [] means closed that day; null means no usable schedule.
 */
export function hoursOn(schedules: readonly Schedule[], when: Date): { opensAt: string; closesAt: string }[] | null {
  let known = false;
  const hours: { opensAt: string; closesAt: string; start: number }[] = [];
  const seen = new Set<string>();
  for (const schedule of schedules) {
    if (!usable(schedule)) continue;
    known = true;
    const day = zoned(schedule.timezone, when);
    if (!onDay(schedule, day.weekday, day.date)) continue;
    const { opens, closes } = span(schedule);
    const interval = { opensAt: hhmm(opens), closesAt: closes === 1440 ? '24:00' : hhmm(closes), start: opens };
    const key = `${interval.opensAt}-${interval.closesAt}`;
    if (!seen.has(key)) {
      seen.add(key);
      hours.push(interval);
    }
  }
  if (!known) return null;
  return hours.sort((a, b) => a.start - b.start).map(({ opensAt, closesAt }) => ({ opensAt, closesAt }));
}
