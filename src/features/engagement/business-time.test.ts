import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BusinessCalendar, businessMs, defaultBusinessHours, percentile, validateBusinessHours, wallClockToInstant, type BusinessHours } from './business-time.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const at = (iso: string) => new Date(iso);
const allDay = (timeZone: string): BusinessHours => ({ timeZone, days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })) });

describe('business time', () => {
  it('counts only the open hours: Friday evening to Monday morning is one hour and a half', () => {
    const hours = defaultBusinessHours('UTC');
    // 2026-11-20 is a Friday.
    assert.equal(businessMs(hours, at('2026-11-20T16:00:00Z'), at('2026-11-23T09:30:00Z')), 90 * MIN);
    assert.equal(businessMs(hours, at('2026-11-20T10:00:00Z'), at('2026-11-20T10:45:00Z')), 45 * MIN, 'inside one day');
    assert.equal(businessMs(hours, at('2026-11-21T10:00:00Z'), at('2026-11-22T18:00:00Z')), 0, 'a weekend');
    assert.equal(businessMs(hours, at('2026-11-20T07:00:00Z'), at('2026-11-20T20:00:00Z')), 8 * HOUR, 'the whole day, no more');
    assert.equal(businessMs(hours, at('2026-11-20T12:00:00Z'), at('2026-11-20T11:00:00Z')), 0, 'backwards is nothing');
    assert.equal(businessMs(hours, at('2026-11-16T09:00:00Z'), at('2026-11-23T09:00:00Z')), 40 * HOUR, 'a whole week');
  });

  it('reads the hours on the workspace clock, and leaves out lunch and closed days', () => {
    const hours: BusinessHours = {
      timeZone: 'America/New_York',
      days: [
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 1, start: '13:00', end: '17:30' },
        { weekday: 3, start: '10:00', end: '11:00' },
      ],
    };
    // Monday 2026-11-23, New York is UTC-5: 08:00–23:00 local.
    assert.equal(businessMs(hours, at('2026-11-23T13:00:00Z'), at('2026-11-24T04:00:00Z')), 7.5 * HOUR);
    assert.equal(businessMs(hours, at('2026-11-23T17:30:00Z'), at('2026-11-23T18:30:00Z')), 30 * MIN, '12:30–13:30 local: only after lunch');
    // Tuesday is closed; Wednesday opens one hour.
    assert.equal(businessMs(hours, at('2026-11-24T00:00:00Z'), at('2026-11-26T00:00:00Z')), HOUR);
  });

  it('is as long as the day really was when the clocks change (Paris, spring and autumn)', () => {
    // Sunday 2026-03-29: 02:00 CET becomes 03:00 CEST, a day of 23 hours.
    assert.equal(businessMs(allDay('Europe/Paris'), at('2026-03-28T23:00:00Z'), at('2026-03-29T22:00:00Z')), 23 * HOUR);
    // Sunday 2026-10-25: 03:00 CEST becomes 02:00 CET, a day of 25 hours.
    assert.equal(businessMs(allDay('Europe/Paris'), at('2026-10-24T22:00:00Z'), at('2026-10-25T23:00:00Z')), 25 * HOUR);
    // Office hours across the spring change: Friday 16:00 CET to Monday 10:00 CEST is 1 h + 1 h.
    const office = defaultBusinessHours('Europe/Paris');
    assert.equal(businessMs(office, at('2026-03-27T15:00:00Z'), at('2026-03-30T08:00:00Z')), 2 * HOUR);
    // 09:00 Paris is 08:00 UTC in winter and 07:00 UTC in summer.
    assert.equal(businessMs(office, at('2026-03-30T07:00:00Z'), at('2026-03-30T08:00:00Z')), HOUR);
    assert.equal(businessMs(office, at('2026-03-27T07:00:00Z'), at('2026-03-27T08:00:00Z')), 0);
  });

  it('turns wall times that occur twice or never into one instant (New York, March and November)', () => {
    const local = (iso: string) => Date.parse(`${iso}Z`) / MIN;
    // 2026-03-08 02:30 does not exist in New York: read as 03:30 EDT.
    assert.equal(new Date(wallClockToInstant('America/New_York', local('2026-03-08T02:30'))).toISOString(), '2026-03-08T07:30:00.000Z');
    // 2026-11-01 01:30 happens twice: the first one, EDT.
    assert.equal(new Date(wallClockToInstant('America/New_York', local('2026-11-01T01:30'))).toISOString(), '2026-11-01T05:30:00.000Z');
    assert.equal(new Date(wallClockToInstant('America/New_York', local('2026-11-02T09:00'))).toISOString(), '2026-11-02T14:00:00.000Z');
    // Hours inside the gap last what they really lasted: 02:00–04:00 on the spring day is one hour.
    const night: BusinessHours = { timeZone: 'America/New_York', days: [{ weekday: 7, start: '02:00', end: '04:00' }] };
    assert.equal(businessMs(night, at('2026-03-08T00:00:00Z'), at('2026-03-09T00:00:00Z')), HOUR);
    // On the autumn day 01:00–02:00 happens twice: 01:00–03:00 lasts three hours (01:00 EDT … 03:00 EST).
    const late: BusinessHours = { timeZone: 'America/New_York', days: [{ weekday: 7, start: '01:00', end: '03:00' }] };
    assert.equal(businessMs(late, at('2026-11-01T00:00:00Z'), at('2026-11-02T00:00:00Z')), 3 * HOUR);
  });

  it('gives the same answers from one calendar built for many items', () => {
    const hours = defaultBusinessHours('Europe/Paris');
    const calendar = new BusinessCalendar(hours, Date.parse('2026-01-01T00:00:00Z'), Date.parse('2026-12-31T00:00:00Z'));
    for (const [from, to] of [
      ['2026-03-27T15:00:00Z', '2026-03-30T08:00:00Z'],
      ['2026-06-01T00:00:00Z', '2026-06-30T00:00:00Z'],
      ['2026-10-23T14:59:00Z', '2026-10-26T09:01:00Z'],
    ] as const) {
      assert.equal(calendar.between(Date.parse(from), Date.parse(to)), businessMs(hours, at(from), at(to)), `${from} → ${to}`);
    }
    assert.equal(calendar.between(Date.parse('2026-06-01T00:00:00Z'), Date.parse('2026-06-30T00:00:00Z')), 21 * 8 * HOUR, 'June 1–29: 21 working days');
  });

  it('defaults to Monday to Friday, 9 to 5, in the workspace zone or UTC', () => {
    assert.deepEqual(defaultBusinessHours('Europe/Paris').days.map((d) => `${d.weekday} ${d.start}-${d.end}`), ['1 09:00-17:00', '2 09:00-17:00', '3 09:00-17:00', '4 09:00-17:00', '5 09:00-17:00']);
    assert.equal(defaultBusinessHours('Europe/Paris').timeZone, 'Europe/Paris');
    assert.equal(defaultBusinessHours('Mars/Olympus').timeZone, 'UTC');
    assert.equal(defaultBusinessHours(null).timeZone, 'UTC');
  });
});

describe('business hours validation', () => {
  const hours = (days: BusinessHours['days'], timeZone = 'Europe/Paris'): BusinessHours => ({ timeZone, days });

  it('accepts several intervals a day, closed days, and 24:00 as the end of the day', () => {
    assert.deepEqual(validateBusinessHours(hours([{ weekday: 1, start: '09:00', end: '12:00' }, { weekday: 1, start: '12:00', end: '24:00' }])), []);
    assert.deepEqual(validateBusinessHours(hours([])), []);
  });

  it('names the day and the field: end before start, overlaps, bad times, weekdays and zones', () => {
    assert.deepEqual(validateBusinessHours(hours([{ weekday: 2, start: '18:00', end: '17:00' }])), [
      { field: 'days.0.end', message: 'Tuesday: the hours end at 17:00, which is not after they start at 18:00.' },
    ]);
    assert.deepEqual(validateBusinessHours(hours([{ weekday: 5, start: '13:00', end: '17:00' }, { weekday: 5, start: '09:00', end: '13:30' }])), [
      { field: 'days.0.start', message: 'Friday: 13:00–17:00 overlaps 09:00–13:30; merge them or move one.' },
    ]);
    assert.equal(validateBusinessHours(hours([{ weekday: 1, start: '9h', end: '17:00' }]))[0]?.field, 'days.0.start');
    assert.match(validateBusinessHours(hours([{ weekday: 1, start: '24:00', end: '24:00' }]))[0]?.message ?? '', /^Monday: "24:00" is not a time/);
    assert.equal(validateBusinessHours(hours([{ weekday: 1, start: '09:00', end: '25:00' }]))[0]?.field, 'days.0.end');
    assert.equal(validateBusinessHours(hours([{ weekday: 8, start: '09:00', end: '17:00' }]))[0]?.field, 'days.0.weekday');
    assert.deepEqual(validateBusinessHours(hours([], 'Europe/Pariss')).map((p) => p.field), ['timeZone']);
  });
});

describe('percentile', () => {
  it('interpolates between the nearest ranks', () => {
    assert.equal(percentile([10, 1, 3, 2], 50), 2.5);
    assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90), 9.1);
    assert.equal(percentile([7], 90), 7);
    assert.equal(percentile([], 50), null);
    assert.equal(percentile([1, 2, 3], 0), 1);
    assert.equal(percentile([1, 2, 3], 100), 3);
  });
});
