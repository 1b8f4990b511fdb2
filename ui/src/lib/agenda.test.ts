import { describe, expect, it } from 'vitest';
import { conferenceDay, sessionsOnDay, unscheduled, visibleHours, PALETTE, contrastWithWhite, IdMap, colourFor } from './agenda';
import type { Session } from './types';

const s = (id: number, start: string | null, end: string | null, room_id: number | null) =>
  ({ id, start, end, room_id }) as unknown as Session;

describe('agenda helpers', () => {
  const list = [
    s(1, '2026-07-10T07:00:00Z', '2026-07-10T07:45:00Z', 1),
    s(2, '2026-07-10T22:30:00Z', '2026-07-10T23:30:00Z', 1), // 00:30 on the 11th in Geneva
    s(3, null, null, null),
    s(4, '2026-07-10T09:00:00Z', '2026-07-10T10:00:00Z', null),
  ];

  it('puts sessions on the day of their local start', () => {
    expect(sessionsOnDay(list, '2026-07-10', 'Europe/Zurich').map((x) => x.id)).toEqual([1]);
    expect(sessionsOnDay(list, '2026-07-11', 'Europe/Zurich').map((x) => x.id)).toEqual([2]);
    expect(sessionsOnDay(list, '2026-07-10', 'UTC').map((x) => x.id)).toEqual([1, 2]);
  });

  it('puts sessions before the day change on the day before', () => {
    // 00:30 on the 11th in Geneva belongs to the 10th when conference days begin at 06:00.
    expect(sessionsOnDay(list, '2026-07-10', 'Europe/Zurich', '06:00:00').map((x) => x.id)).toEqual([1, 2]);
    expect(sessionsOnDay(list, '2026-07-11', 'Europe/Zurich', '06:00:00')).toEqual([]);
    expect(conferenceDay('2026-07-11T05:59:00', '06:00:00')).toBe('2026-07-10');
    expect(conferenceDay('2026-07-11T06:00:00', '06:00:00')).toBe('2026-07-11');
    expect(conferenceDay('2026-03-01T01:00:00', '05:00:00')).toBe('2026-02-28');
    // The grid runs into the night, up to the next day change.
    expect(visibleHours([list[0], list[1]], '2026-07-10', 'Europe/Zurich', '06:00:00')).toEqual({ min: '08:00', max: '26:00' });
  });

  it('keeps sessions without a time or a room in the tray', () => {
    expect(unscheduled(list).map((x) => x.id)).toEqual([3, 4]);
  });

  it('widens the visible hours to the sessions', () => {
    expect(visibleHours([], '2026-07-10', 'UTC')).toEqual({ min: '08:00', max: '18:00' });
    expect(visibleHours([list[0], list[1]], '2026-07-10', 'UTC')).toEqual({ min: '07:00', max: '24:00' });
    expect(visibleHours([s(5, '2026-07-10T05:30:00Z', '2026-07-10T19:10:00Z', 1)], '2026-07-10', 'UTC')).toEqual({ min: '05:00', max: '20:00' });
  });

  it('uses colours readable with white text', () => {
    for (const c of PALETTE) expect(contrastWithWhite(c), c).toBeGreaterThanOrEqual(4.5);
    expect(colourFor('panel', ['keynote', 'panel'])).toBe(PALETTE[1]);
  });

  it('follows restored ids', () => {
    const m = new IdMap();
    m.set(5, 9); m.set(9, 12);
    expect(m.live(5)).toBe(12);
    expect(m.live(7)).toBe(7);
  });
});

describe('room pages', () => {
  const room = (id: number, name: string, location = '') => ({ id, name, location }) as unknown as import('./types').Room;
  const rooms = Array.from({ length: 25 }, (_, i) => room(i + 1, `Room ${i + 1}`, i < 5 ? 'Building 1' : 'Building 2'));

  it('pages rooms and clamps the page', async () => {
    const { roomPage } = await import('./agenda');
    expect(roomPage(rooms, 0, 10).shown.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(roomPage(rooms, 2, 10)).toMatchObject({ page: 2, pages: 3 });
    expect(roomPage(rooms, 2, 10).shown.map((r) => r.id)).toEqual([21, 22, 23, 24, 25]);
    expect(roomPage(rooms, 9, 10).page).toBe(2);
    expect(roomPage([], 0, 10)).toEqual({ shown: [], page: 0, pages: 1 });
  });

  it('filters by name or location and finds a room’s page', async () => {
    const { filterRooms, pageOf } = await import('./agenda');
    expect(filterRooms(rooms, 'building 1').length).toBe(5);
    expect(filterRooms(rooms, 'room 2').map((r) => r.id)).toEqual([2, 20, 21, 22, 23, 24, 25]);
    expect(pageOf(rooms, 11, 10)).toBe(1);
    expect(pageOf(rooms, 99, 10)).toBe(-1);
  });
});

describe('tracks', () => {
  it('takes the first tag of the chosen vocabulary', async () => {
    const { trackOf } = await import('./agenda');
    const terms = [
      { id: 1, vocabulary_id: 1, code: '3' }, { id: 2, vocabulary_id: 2, code: 'C7' }, { id: 3, vocabulary_id: 2, code: 'C10' },
    ] as unknown as import('./types').Term[];
    expect(trackOf([1, 3, 2], 2, terms)?.code).toBe('C10');
    expect(trackOf([1], 2, terms)).toBeUndefined();
  });
});
