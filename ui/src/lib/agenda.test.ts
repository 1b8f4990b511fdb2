import { describe, expect, it } from 'vitest';
import { sessionsOnDay, unscheduled, visibleHours, PALETTE, contrastWithWhite, IdMap, colourFor } from './agenda';
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
