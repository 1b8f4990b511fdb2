// The typed date/time fields' text round trip and the person pickers' choice of names.
import { describe, expect, it } from 'vitest';
import { fieldText, fieldValue, wallToUtc } from './time';
import { offeredPeople, personLabel, searchPeople } from './people';
import type { Person } from './types';

describe('date and time fields', () => {
  it('reads and gives back each kind of text', () => {
    expect(fieldText('datetime', fieldValue('datetime', '2027-03-15T09:30'))).toBe('2027-03-15T09:30');
    expect(fieldText('date', fieldValue('date', '2027-03-15'))).toBe('2027-03-15');
    // The store's "HH:MM:SS" reads as its minutes.
    expect(fieldText('time', fieldValue('time', '06:00:00'))).toBe('06:00');
  });

  it('reads empty or broken text as no value', () => {
    expect(fieldValue('datetime', '')).toBeUndefined();
    expect(fieldValue('date', '2027-02-30')).toBeUndefined();
    expect(fieldValue('time', 'nine')).toBeUndefined();
    expect(fieldText('time', undefined)).toBe('');
  });

  it('a typed 09:30 is 09:30 in the event zone, and a DST gap names the field', () => {
    const typed = fieldText('datetime', fieldValue('datetime', '2027-07-06T09:30'));
    expect(wallToUtc(typed, 'Europe/Zurich', 'start')).toBe('2027-07-06T07:30:00Z');
    expect(() => wallToUtc('2027-03-28T02:30', 'Europe/Zurich', 'start')).toThrow(expect.objectContaining({ field: 'start' }));
  });
});

const person = (id: number, name: string, organisation = '', honorific = ''): Person =>
  ({ id, uuid: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`, name, organisation, honorific, function: '', bio: '', email: '', phone: '', availability: [] }) as unknown as Person;

describe('person pickers', () => {
  const people = [person(1, 'Doreen Bogdan-Martin', 'ITU'), person(2, 'José Ramos'), person(3, 'Fefe', 'CCC'), person(4, 'Élise Ndiaye', 'UNESCO', 'Dr')];

  it('finds people by any part of the name or organisation, any case or accent', () => {
    expect(searchPeople(people, 'jose').map((p) => p.id)).toEqual([2]);
    expect(searchPeople(people, 'elise unesco').map((p) => p.id)).toEqual([4]);
    expect(searchPeople(people, 'itu').map((p) => p.id)).toEqual([1]);
    expect(searchPeople(people, '  ').map((p) => p.id)).toEqual([1, 2, 3, 4]);
    expect(searchPeople(people, '', 2)).toHaveLength(2);
  });

  it('offers this event’s people unless others are asked for, and keeps the chosen ones', () => {
    const otherEvents = new Set([3]);
    expect(offeredPeople(people, otherEvents, false).map((p) => p.id)).toEqual([1, 2, 4]);
    expect(offeredPeople(people, otherEvents, true).map((p) => p.id)).toEqual([1, 2, 3, 4]);
    expect(offeredPeople(people, otherEvents, false, [3]).map((p) => p.id)).toEqual([1, 2, 3, 4]);
  });

  it('names a person with honorific and organisation', () => {
    expect(personLabel(people[3])).toBe('Dr Élise Ndiaye — UNESCO');
  });
});
