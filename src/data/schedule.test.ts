import { expect } from '@open-wc/testing';
import type { Schedule } from './resource.js';
import { hoursOn, isOpenAt, validTimeZone } from './schedule.js';

const rule = (extra: Partial<Schedule>): Schedule => ({
  byDay: [],
  opensAt: null,
  closesAt: null,
  validFrom: null,
  validTo: null,
  timezone: 'America/Toronto',
  description: null,
  ...extra,
});

// December 2026: Toronto is UTC-5. 2026-12-07 is a Monday.
const utc = (iso: string): Date => new Date(`${iso}Z`);
const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR'];

describe('isOpenAt', () => {
  const office = [rule({ byDay: weekdays, opensAt: '09:00', closesAt: '17:00' })];

  it('is open between the opening (inclusive) and closing (exclusive) time on a listed day', () => {
    expect(isOpenAt(office, utc('2026-12-07T14:00:00'))).to.equal(true); // Mon 09:00
    expect(isOpenAt(office, utc('2026-12-07T13:59:00'))).to.equal(false); // Mon 08:59
    expect(isOpenAt(office, utc('2026-12-07T21:59:00'))).to.equal(true); // Mon 16:59
    expect(isOpenAt(office, utc('2026-12-07T22:00:00'))).to.equal(false); // Mon 17:00
    expect(isOpenAt(office, utc('2026-12-05T16:00:00'))).to.equal(false); // Sat 11:00
  });

  it('reads the time in the schedule zone, not the browser zone', () => {
    // America/Regina keeps UTC-6 all year (zones whose rules change, like British Columbia's
    // move to permanent daylight time, would make this test depend on the browser's tz data).
    const regina = [rule({ byDay: ['MO'], opensAt: '09:00', closesAt: '17:00', timezone: 'America/Regina' })];
    expect(isOpenAt(regina, utc('2026-12-07T14:30:00'))).to.equal(false); // 08:30 in Regina, 09:30 in Toronto
    expect(isOpenAt(regina, utc('2026-12-07T15:30:00'))).to.equal(true); // 09:30 in Regina
    // The local day matters too: Tuesday 00:30 UTC is still Monday evening in Regina.
    const evening = [rule({ byDay: ['MO'], opensAt: '17:00', closesAt: '20:00', timezone: 'America/Regina' })];
    expect(isOpenAt(evening, utc('2026-12-08T00:30:00'))).to.equal(true);
  });

  it('follows daylight saving time', () => {
    expect(isOpenAt(office, utc('2026-07-06T13:00:00'))).to.equal(true); // Mon 09:00 EDT
    expect(isOpenAt(office, utc('2026-12-07T13:00:00'))).to.equal(false); // Mon 08:00 EST
  });

  it('keeps an overnight opening on its opening day and runs it into the next morning', () => {
    const fridayNight = [rule({ byDay: ['FR'], opensAt: '22:00', closesAt: '02:00' })];
    expect(isOpenAt(fridayNight, utc('2026-12-12T04:00:00'))).to.equal(true); // Fri 23:00
    expect(isOpenAt(fridayNight, utc('2026-12-12T06:00:00'))).to.equal(true); // Sat 01:00
    expect(isOpenAt(fridayNight, utc('2026-12-12T07:00:00'))).to.equal(false); // Sat 02:00
    expect(isOpenAt(fridayNight, utc('2026-12-11T06:00:00'))).to.equal(false); // Fri 01:00: Thursday has no rule
    expect(isOpenAt(fridayNight, utc('2026-12-12T02:00:00'))).to.equal(false); // Fri 21:00
  });

  it('treats 00:00–23:59 and 00:00–00:00 as the whole day', () => {
    const allDay = [rule({ opensAt: '00:00', closesAt: '23:59' })];
    expect(isOpenAt(allDay, utc('2026-12-08T04:59:30'))).to.equal(true); // Mon 23:59:30
    expect(isOpenAt([rule({ opensAt: '00:00', closesAt: '00:00' })], utc('2026-12-08T04:59:30'))).to.equal(true);
    expect(isOpenAt([rule({ byDay: ['SA'] })], utc('2026-12-05T16:00:00'))).to.equal(true); // a day with no times: all day
    expect(isOpenAt([rule({ byDay: ['SA'] })], utc('2026-12-07T16:00:00'))).to.equal(false);
  });

  it('honours valid_from and valid_to as inclusive dates in the zone', () => {
    const season = [rule({ opensAt: '09:00', closesAt: '23:00', validFrom: '2026-12-01', validTo: '2026-12-07' })];
    expect(isOpenAt(season, utc('2026-11-30T15:00:00'))).to.equal(false);
    expect(isOpenAt(season, utc('2026-12-01T15:00:00'))).to.equal(true);
    // 03:00 UTC on the 8th is still 22:00 on the 7th in Toronto: the last valid day.
    expect(isOpenAt(season, utc('2026-12-08T03:00:00'))).to.equal(true);
    expect(isOpenAt(season, utc('2026-12-08T15:00:00'))).to.equal(false);
  });

  it('lets an overnight opening on the last valid day run past it', () => {
    const lastNight = [rule({ opensAt: '21:00', closesAt: '07:00', validTo: '2026-12-07' })];
    expect(isOpenAt(lastNight, utc('2026-12-08T10:00:00'))).to.equal(true); // Tue 05:00, from Monday's opening
    expect(isOpenAt(lastNight, utc('2026-12-09T10:00:00'))).to.equal(false); // Wed 05:00
  });

  it('is open when any of several rules is', () => {
    const split = [rule({ byDay: ['MO'], opensAt: '09:00', closesAt: '12:00' }), rule({ byDay: ['MO'], opensAt: '13:00', closesAt: '17:00' })];
    expect(isOpenAt(split, utc('2026-12-07T17:30:00'))).to.equal(false); // 12:30
    expect(isOpenAt(split, utc('2026-12-07T18:30:00'))).to.equal(true); // 13:30
  });

  it('answers null when no rule can tell', () => {
    expect(isOpenAt([], utc('2026-12-07T15:00:00'))).to.equal(null);
    expect(isOpenAt([rule({ description: 'Call for hours' })], utc('2026-12-07T15:00:00'))).to.equal(null);
    expect(isOpenAt([rule({ opensAt: '09:00' })], utc('2026-12-07T15:00:00'))).to.equal(null);
    expect(isOpenAt([rule({ freq: 'MONTHLY', byDay: ['1MO'], opensAt: '09:00', closesAt: '17:00' })], utc('2026-12-07T15:00:00'))).to.equal(null);
  });

  it('falls back to America/Toronto for an unknown zone', () => {
    expect(validTimeZone('Mars/Olympus')).to.equal('America/Toronto');
    expect(validTimeZone('Europe/Paris')).to.equal('Europe/Paris');
    const bad = [rule({ byDay: ['MO'], opensAt: '09:00', closesAt: '17:00', timezone: 'Mars/Olympus' })];
    expect(isOpenAt(bad, utc('2026-12-07T14:30:00'))).to.equal(true);
  });
});

describe('hoursOn', () => {
  it('lists the day intervals in order, an overnight one on its opening day only', () => {
    const rules = [
      rule({ byDay: ['FR'], opensAt: '22:00', closesAt: '02:00' }),
      rule({ byDay: ['FR'], opensAt: '09:00', closesAt: '12:00' }),
      rule({ byDay: ['FR'], opensAt: '09:00:00'.slice(0, 5), closesAt: '12:00' }),
    ];
    expect(hoursOn(rules, utc('2026-12-11T15:00:00'))).to.deep.equal([
      { opensAt: '09:00', closesAt: '12:00' },
      { opensAt: '22:00', closesAt: '02:00' },
    ]);
    expect(hoursOn(rules, utc('2026-12-12T06:00:00'))).to.deep.equal([]); // Saturday
  });

  it('shows a whole day as 00:00–24:00, and null without a usable rule', () => {
    expect(hoursOn([rule({ opensAt: '00:00', closesAt: '23:59' })], utc('2026-12-07T15:00:00'))).to.deep.equal([
      { opensAt: '00:00', closesAt: '24:00' },
    ]);
    expect(hoursOn([rule({ byDay: ['MO'] })], utc('2026-12-07T15:00:00'))).to.deep.equal([{ opensAt: '00:00', closesAt: '24:00' }]);
    expect(hoursOn([], utc('2026-12-07T15:00:00'))).to.equal(null);
  });

  it('uses the day in the schedule zone', () => {
    // Tuesday 02:00 UTC is Monday 21:00 in Toronto.
    expect(hoursOn([rule({ byDay: ['MO'], opensAt: '09:00', closesAt: '17:00' })], utc('2026-12-08T02:00:00'))).to.deep.equal([
      { opensAt: '09:00', closesAt: '17:00' },
    ]);
  });
});
