// The session form's times as calendars keep them: the end follows a moved start with the same
// length, an end not after the start is flagged, a new session gets a first free hour.
import { describe, expect, it } from 'vitest';
import { addMinutes, endAfterStartMoved, endsBeforeStart, firstFreeHour, minutesBetween } from './sessionTimes';

describe('session times', () => {
  it('moves the end with the start, keeping the length (the walk: 10:00–11:00, start typed 14:30)', () => {
    expect(endAfterStartMoved('2027-07-08T10:00', '2027-07-08T11:00', '2027-07-08T14:30')).toBe('2027-07-08T15:30');
    // Over midnight and onto another day, the length stays 90 minutes.
    expect(endAfterStartMoved('2027-07-08T09:00', '2027-07-08T10:30', '2027-07-08T23:00')).toBe('2027-07-09T00:30');
    expect(endAfterStartMoved('2027-07-08T09:00', '2027-07-08T10:30', '2027-07-09T09:00')).toBe('2027-07-09T10:30');
  });

  it('gives an empty end the default length, and leaves an end with no length to keep', () => {
    expect(endAfterStartMoved('', '', '2027-07-08T14:00')).toBe('2027-07-08T15:00');
    // The end was already before the start: no length to keep; the form flags it instead.
    expect(endAfterStartMoved('2027-07-08T12:00', '2027-07-08T11:00', '2027-07-08T13:00')).toBe('2027-07-08T11:00');
    // A start being typed (not a whole time yet) moves nothing.
    expect(endAfterStartMoved('2027-07-08T10:00', '2027-07-08T11:00', '')).toBe('2027-07-08T11:00');
  });

  it('flags an end at or before the start, and nothing while either is empty', () => {
    expect(endsBeforeStart('2027-07-08T14:30', '2027-07-08T11:00')).toBe(true);
    expect(endsBeforeStart('2027-07-08T14:30', '2027-07-08T14:30')).toBe(true);
    expect(endsBeforeStart('2027-07-08T14:30', '2027-07-08T14:35')).toBe(false);
    expect(endsBeforeStart('', '2027-07-08T11:00')).toBe(false);
    expect(endsBeforeStart('2027-07-08T14:30', '')).toBe(false);
  });

  it('counts and adds wall-clock minutes', () => {
    expect(minutesBetween('2027-07-08T10:00', '2027-07-08T11:45')).toBe(105);
    expect(minutesBetween('2027-07-08T10:00', 'soon')).toBeNull();
    expect(addMinutes('2027-12-31T23:30', 60)).toBe('2028-01-01T00:30');
  });

  it('starts a new session at the first free hour from 09:00', () => {
    expect(firstFreeHour('2027-07-07', [])).toEqual({ start: '2027-07-07T09:00', end: '2027-07-07T10:00' });
    const busy = [
      { start: '2027-07-07T09:00', end: '2027-07-07T10:00' },
      { start: '2027-07-07T09:30', end: '2027-07-07T10:30' },
    ];
    expect(firstFreeHour('2027-07-07', busy)).toEqual({ start: '2027-07-07T11:00', end: '2027-07-07T12:00' });
    // A full day falls back to 09:00 rather than to the evening.
    expect(firstFreeHour('2027-07-07', [{ start: '2027-07-07T08:00', end: '2027-07-07T19:00' }]).start).toBe('2027-07-07T09:00');
  });
});
