import { describe, expect, it } from 'vitest';
import { runningOrder, inTimeOrder } from './moderator';
import type { Session, SessionItem } from './types';

const item = (title: string, minutes: number | null, start: string | null = null) =>
  ({ uuid: title, title, minutes, start, roles: [], description: '' }) as SessionItem;

describe('running order', () => {
  it('chains items from the session start', () => {
    const order = runningOrder({ start: '2026-07-10T07:00:00Z', items: [item('Welcome', 5), item('Keynote', 20), item('Panel', null)] });
    expect(order.map((o) => o.start)).toEqual(['2026-07-10T07:00:00Z', '2026-07-10T07:05:00Z', '2026-07-10T07:25:00Z']);
  });

  it('honours an explicit start and loses track after an item without minutes', () => {
    const order = runningOrder({
      start: '2026-07-10T07:00:00Z',
      items: [item('Open', null), item('Next', 10), item('Fixed', 15, '2026-07-10T08:00:00Z'), item('After', 5)],
    });
    expect(order.map((o) => o.start)).toEqual(['2026-07-10T07:00:00Z', null, '2026-07-10T08:00:00Z', '2026-07-10T08:15:00Z']);
  });

  it('orders sessions by start with unscheduled last', () => {
    const s = (id: number, start: string | null) => ({ id, start, title: String(id) }) as unknown as Session;
    expect(inTimeOrder([s(1, null), s(2, '2026-07-10T09:00:00Z'), s(3, '2026-07-10T07:00:00Z')]).map((x) => x.id)).toEqual([3, 2, 1]);
  });
});
