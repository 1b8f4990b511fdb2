import { describe, expect, it } from 'vitest';
import { allZones, asciiDigits, localDigits, searchZones, utcOffset } from './zones';

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
  it('writes and reads digits in the language’s numbering', () => {
    expect(localDigits('2027', 'ar')).toBe('٢٠٢٧');
    expect(localDigits('07', 'ar')).toBe('٠٧');
    expect(localDigits('2027', 'fr')).toBe('2027');
    expect(asciiDigits('٦٠')).toBe('60');
    expect(asciiDigits('۶۰ min')).toBe('60 min');
  });
});
