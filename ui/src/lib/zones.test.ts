import { describe, expect, it } from 'vitest';
import { allZones, asciiDigits, localDigits, offsetOver, searchZones, utcOffset, zoneChoices, zoneOffset, zonesAtOffset } from './zones';

describe('time zones', () => {
  const zones = allZones();
  it('lists the IANA zones with UTC first', () => {
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Europe/Zurich');
    expect(zones).toContain('America/New_York');
    expect(zones.filter((z) => z === 'UTC')).toHaveLength(1);
  });
  it('finds a zone by part of its name, any case, "_" as a space', () => {
    expect(searchZones(zones, 'Zur')).toEqual(['Europe/Zurich']);
    expect(searchZones(zones, 'new york')).toEqual(['America/New_York']);
    expect(searchZones(zones, 'europe zur')).toEqual(['Europe/Zurich']);
    expect(searchZones(zones, 'nowhere-at-all')).toEqual([]);
    expect(searchZones(zones, '', 3)).toHaveLength(3);
  });
  it('finds a city that keeps another city’s zone, after the names', () => {
    expect(searchZones(zones, 'Geneva')).toEqual(['Europe/Zurich']);
    expect(searchZones(['Europe/Zurich', 'Europe/Berlin'], 'Geneva')).toEqual(['Europe/Zurich']);
  });
  it('gives the offset at the moment asked, with daylight saving time', () => {
    expect(utcOffset('Europe/Zurich', new Date('2027-01-15T12:00:00Z'))).toBe('UTC+01:00');
    expect(utcOffset('Europe/Zurich', new Date('2027-07-15T12:00:00Z'))).toBe('UTC+02:00');
    expect(utcOffset('America/New_York', new Date('2027-07-15T12:00:00Z'))).toBe('UTC-04:00');
    expect(utcOffset('Asia/Kolkata', new Date('2027-07-15T12:00:00Z'))).toBe('UTC+05:30');
    expect(utcOffset('UTC', new Date('2027-07-15T12:00:00Z'))).toBe('UTC+00:00');
    expect(utcOffset('Not/AZone', new Date())).toBe('');
    expect(utcOffset('Europe/Zurich', new Date('2027-07-15T12:00:00Z'), 'ar')).toBe('UTC+٠٢:٠٠');
  });
  it('shows the offset on the event’s days, not today’s', () => {
    // Europe/Zurich moves to summer time on 28 March 2027; "today" here is midsummer.
    const july = new Date('2026-07-15T12:00:00Z');
    expect(offsetOver('Europe/Zurich', '2027-03-22', '2027-03-26', 'en', july)).toBe('UTC+01:00');
    expect(offsetOver('Europe/Zurich', '2027-03-29', '2027-04-02', 'en', july)).toBe('UTC+02:00');
    // A clock change during the event: both offsets, in order.
    expect(offsetOver('Europe/Zurich', '2027-03-25', '2027-03-30', 'en', july)).toBe('UTC+01:00 / UTC+02:00');
    expect(offsetOver('Europe/Zurich', '2027-03-25', '2027-03-30', 'ar', july)).toBe('UTC+٠١:٠٠ / UTC+٠٢:٠٠');
    // An end before the start (being typed) or missing: the first day's alone.
    expect(offsetOver('Europe/Zurich', '2027-03-22', '', 'en', july)).toBe('UTC+01:00');
    expect(offsetOver('Europe/Zurich', '2027-03-29', '2027-03-01', 'en', july)).toBe('UTC+02:00');
    expect(offsetOver('Europe/Zurich', '2027-03-29', '2027-13-01', 'en', july)).toBe('UTC+02:00');
    expect(offsetOver('Europe/Zurich', '2027-13-01', '2027-03-29', 'en', july)).toBe('UTC+02:00');
    // Not dated yet: today's.
    expect(offsetOver('Europe/Zurich', '', '', 'en', july)).toBe('UTC+02:00');
    expect(offsetOver('Europe/Zurich', '', '', 'en', new Date('2026-12-15T12:00:00Z'))).toBe('UTC+01:00');
    expect(offsetOver('Not/AZone', '2027-03-22', '2027-03-26')).toBe('');
  });
  it('writes and reads digits in the language’s numbering', () => {
    expect(localDigits('2027', 'ar')).toBe('٢٠٢٧');
    expect(localDigits('07', 'ar')).toBe('٠٧');
    expect(localDigits('2027', 'fr')).toBe('2027');
    expect(asciiDigits('٦٠')).toBe('60');
    expect(asciiDigits('۶۰ min')).toBe('60 min');
  });
});

describe('zone suggestions for a file without a zone name', () => {
  const zones = Intl.supportedValuesOf('timeZone');

  it('reads a zone’s offset on a given day, summer time included', () => {
    expect(zoneOffset('Europe/Berlin', '2019-12-27')).toBe('+01:00');
    expect(zoneOffset('Europe/Berlin', '2019-07-01')).toBe('+02:00');
    expect(zoneOffset('Europe/London', '2019-12-27')).toBe('+00:00');
    expect(zoneOffset('America/St_Johns', '2019-12-27')).toBe('-03:30');
    expect(zoneOffset('Not/A_Zone', '2019-12-27')).toBeNull();
  });

  it('offers the zones at +01:00 on 36C3’s first day, Berlin first, and not London', () => {
    const fit = zonesAtOffset(['+01:00'], '2019-12-27', zones);
    expect(fit[0]).toBe('Europe/Berlin');
    expect(fit.slice(0, 3)).toEqual(['Europe/Berlin', 'Europe/Paris', 'Europe/Brussels']);
    expect(fit).toContain('Africa/Lagos');
    expect(fit).not.toContain('Europe/London');
    expect(fit.some((z) => z.startsWith('Etc/'))).toBe(false);
    // In July London is at +01:00 and Berlin is not.
    const july = zonesAtOffset(['+01:00'], '2019-07-01', zones);
    expect(july).toContain('Europe/London');
    expect(july).not.toContain('Europe/Berlin');
  });

  it('offers nothing without an offset or a date', () => {
    expect(zonesAtOffset([], '2019-12-27', zones)).toEqual([]);
    expect(zonesAtOffset(['+01:00'], null, zones)).toEqual([]);
  });
});

describe('zoneChoices', () => {
  const zones = ['UTC', 'Europe/Berlin', 'Europe/Brussels', 'Europe/London', 'Europe/Zurich'];
  it('lists the suggested zones first while nothing is typed, then the rest once', () => {
    expect(zoneChoices(zones, '', ['Europe/Zurich', 'Europe/Berlin'])).toEqual(['Europe/Zurich', 'Europe/Berlin', 'UTC', 'Europe/Brussels', 'Europe/London']);
    expect(zoneChoices(zones, ' ', ['Europe/Zurich'], 2)).toEqual(['Europe/Zurich', 'UTC']);
  });
  it('searches as searchZones once something is typed, or with no suggestion', () => {
    expect(zoneChoices(zones, 'bru', ['Europe/Zurich'])).toEqual(['Europe/Brussels']);
    expect(zoneChoices(zones, '', [], 2)).toEqual(['UTC', 'Europe/Berlin']);
  });
  it('leaves out a suggestion the engine does not know', () => {
    expect(zoneChoices(zones, '', ['Mars/Olympus'], 1)).toEqual(['UTC']);
  });
});
