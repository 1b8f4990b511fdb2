import { describe, expect, it } from 'vitest';
import { daysBetween, formatDate, formatDateTime, formatRange, formatTime, toWallClock, wallToUtc, zonedToUtc, zoneOffset, dateIn, addMinutes } from './time';
import { CommandError } from './api';

describe('time zones', () => {
  it('shows UTC instants as Geneva wall clock in summer and winter', () => {
    expect(toWallClock('2026-07-10T07:00:00Z', 'Europe/Zurich')).toBe('2026-07-10T09:00:00');
    expect(toWallClock('2026-02-02T08:00:00Z', 'Europe/Brussels')).toBe('2026-02-02T09:00:00');
    expect(toWallClock('2026-06-22T13:30:00Z', 'America/New_York')).toBe('2026-06-22T09:30:00');
  });

  it('converts wall clock back to UTC', () => {
    expect(zonedToUtc('2026-07-10T09:00', 'Europe/Zurich')).toEqual({ utc: '2026-07-10T07:00:00Z', gap: false, ambiguous: false });
    expect(zonedToUtc('2026-06-22T09:30', 'America/New_York').utc).toBe('2026-06-22T13:30:00Z');
  });

  it('picks the earlier or later instant in a DST fold', () => {
    // Clocks go back from 03:00 to 02:00 on 25 Oct 2026 in Zurich: 02:30 happens twice.
    const early = zonedToUtc('2026-10-25T02:30', 'Europe/Zurich', 'earlier');
    const late = zonedToUtc('2026-10-25T02:30', 'Europe/Zurich', 'later');
    expect(early).toEqual({ utc: '2026-10-25T00:30:00Z', gap: false, ambiguous: true });
    expect(late.utc).toBe('2026-10-25T01:30:00Z');
  });

  it('flags a time inside a DST gap', () => {
    // 29 Mar 2026, Zurich jumps from 02:00 to 03:00: 02:30 does not exist.
    const r = zonedToUtc('2026-03-29T02:30', 'Europe/Zurich');
    expect(r.gap).toBe(true);
    expect(toWallClock(r.utc, 'Europe/Zurich')).toBe('2026-03-29T03:30:00');
  });

  it('refuses a form time in a DST gap, naming the field, and takes the earlier instant of a fold', () => {
    let thrown: unknown = null;
    try { wallToUtc('2026-03-29T02:30', 'Europe/Zurich', 'availability[1].end'); } catch (err) { thrown = err; }
    expect(thrown).toBeInstanceOf(CommandError);
    expect((thrown as CommandError).field).toBe('availability[1].end');
    expect((thrown as CommandError).kind).toBe('invalid');
    expect((thrown as CommandError).message).toContain('Europe/Zurich');
    // New York: 01:30 on 1 Nov 2026 happens at -04:00, then again at -05:00.
    expect(wallToUtc('2026-11-01T01:30', 'America/New_York', 'start')).toBe('2026-11-01T05:30:00Z');
    expect(zonedToUtc('2026-11-01T01:30', 'America/New_York', 'later')).toEqual({ utc: '2026-11-01T06:30:00Z', gap: false, ambiguous: true });
    expect(() => zonedToUtc('10 July, 9am', 'Europe/Zurich')).toThrow('not a local date-time');
  });

  it('knows offsets and dates across midnight', () => {
    expect(zoneOffset(Date.parse('2026-07-10T07:00:00Z'), 'Europe/Zurich')).toBe(7_200_000);
    expect(dateIn('2026-07-10T23:30:00Z', 'Europe/Zurich')).toBe('2026-07-11');
    expect(addMinutes('2026-07-10T23:30:00Z', 45)).toBe('2026-07-11T00:15:00Z');
  });

  it('formats times in the event zone, not the machine zone', () => {
    expect(formatTime('2026-07-10T07:00:00Z', 'Europe/Zurich', 'en-GB')).toBe('09:00');
    expect(formatTime('2026-07-10T07:00:00Z', 'Asia/Tokyo', 'en-GB')).toBe('16:00');
    // Programmes use the 24-hour clock, whatever the language's habit.
    expect(formatTime('2026-07-10T13:05:00Z', 'Europe/Zurich', 'en-US')).toBe('15:05');
  });

  it('lists the days of an event', () => {
    expect(daysBetween('2026-06-22', '2026-06-26')).toEqual(['2026-06-22', '2026-06-23', '2026-06-24', '2026-06-25', '2026-06-26']);
    expect(daysBetween('2026-12-31', '2027-01-01')).toEqual(['2026-12-31', '2027-01-01']);
  });
});

describe('dates and times in the six languages', () => {
  it('writes English dates the UN way, day before month', () => {
    expect(formatDate('2027-07-06', 'en')).toBe('Tuesday, 6 July 2027');
    expect(formatDate('2027-07-06', 'en', 'short')).toBe('Tue, 6 Jul 2027');
  });

  it('writes dates in the chosen language', () => {
    expect(formatDate('2027-07-06', 'fr')).toBe('mardi 6 juillet 2027');
    expect(formatDate('2027-07-06', 'es')).toBe('martes, 6 de julio de 2027');
    expect(formatDate('2027-07-06', 'ru')).toBe('вторник, 6 июля 2027 г.');
    expect(formatDate('2027-07-06', 'zh-Hans')).toBe('2027年7月6日星期二');
    expect(formatDate('2027-07-06', 'ar')).toContain('يوليو');
  });

  it('keeps the 24-hour clock in every language, English included', () => {
    for (const lang of ['en', 'fr', 'es', 'ru', 'zh-Hans']) {
      expect(formatTime('2027-07-06T12:05:00Z', 'Europe/Zurich', lang), lang).toBe('14:05');
    }
    expect(formatTime('2027-07-06T12:05:00Z', 'Europe/Zurich', 'ar')).toMatch(/^(14:05|١٤:٠٥)$/);
    expect(formatRange('2027-07-06T07:00:00Z', '2027-07-06T08:30:00Z', 'Europe/Zurich', 'en')).toBe('09:00–10:30');
    expect(formatDateTime('2027-07-06T12:05:00Z', 'en', 'UTC')).toBe('6 Jul 2027, 12:05');
  });
});
