import { describe, expect, it } from 'vitest';
import { conferenceDay, sessionsOnDay, unscheduled, visibleHours, PALETTE, contrastWithWhite, IdMap, colourFor, chooseRooms, DEFAULT_CHOICE, loadChoice, saveChoice, parseChoice, firstStart, keepPlace, slotEnd, peopleOf, columnWindow, windowHolds, fitWindow, filterRooms, blockLayout, placeCard, openingDay, readingOrder, nextInOrder, scrollToShow, peopleWithRoles } from './agenda';
import type { Room, Session } from './types';

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
    // The grid runs into the night, an hour past the last end (01:30 on the 11th), up to the next day change.
    expect(visibleHours([list[0], list[1]], '2026-07-10', 'Europe/Zurich', '06:00:00')).toEqual({ min: '08:00', max: '27:00' });
    expect(visibleHours([s(6, '2026-07-11T03:00:00Z', '2026-07-11T05:30:00Z', 1)], '2026-07-10', 'UTC', '06:00:00')).toEqual({ min: '08:00', max: '30:00' });
  });

  it('keeps sessions without a time or a room in the tray', () => {
    expect(unscheduled(list).map((x) => x.id)).toEqual([3, 4]);
  });

  it('widens the visible hours to the sessions, with an hour after the last end', () => {
    // At least 08:00–19:00: the 18:00 line has a row below it, so it has its label.
    expect(visibleHours([], '2026-07-10', 'UTC')).toEqual({ min: '08:00', max: '19:00' });
    // A session ending at 18:00 does not touch the grid's bottom edge.
    expect(visibleHours([s(7, '2026-07-10T16:00:00Z', '2026-07-10T18:00:00Z', 1)], '2026-07-10', 'UTC')).toEqual({ min: '08:00', max: '19:00' });
    expect(visibleHours([s(8, '2026-07-10T17:00:00Z', '2026-07-10T18:30:00Z', 1)], '2026-07-10', 'UTC')).toEqual({ min: '08:00', max: '20:00' });
    // With calendar days the grid ends by midnight.
    expect(visibleHours([list[0], list[1]], '2026-07-10', 'UTC')).toEqual({ min: '07:00', max: '24:00' });
    expect(visibleHours([s(5, '2026-07-10T05:30:00Z', '2026-07-10T19:10:00Z', 1)], '2026-07-10', 'UTC')).toEqual({ min: '05:00', max: '21:00' });
  });

  it('ends the rows one row past the grid\'s last hour, so that hour line has its label', () => {
    expect(slotEnd('19:00', 15)).toBe('19:15');
    expect(slotEnd('19:00', 5)).toBe('19:05');
    expect(slotEnd('23:00', 30)).toBe('23:30');
    expect(slotEnd('27:00', 10)).toBe('27:10');
  });

  it('keeps the time at the top and the first column in place across a zoom', () => {
    const at15 = { pxPerHour: 88, columnWidth: 170 }; // 15 minutes a row of 22 px
    const at5 = { pxPerHour: 264, columnWidth: 320 };
    // 10:30 at the top (2.5 h below 08:00), column 4 of 170 px, half cut off.
    const place = keepPlace({ top: 220, left: 3.5 * 170 }, at15, at5);
    expect(place).toEqual({ top: 2.5 * 264, left: 3.5 * 320 });
    // Back again: where it started; right to left, scrollLeft is negative.
    expect(keepPlace(place, at5, at15)).toEqual({ top: 220, left: 3.5 * 170 });
    expect(keepPlace({ top: 0, left: -340 }, at15, { pxPerHour: 44, columnWidth: 100 })).toEqual({ top: 0, left: -200 });
    // To the pixel: 10:10 at 10 minutes a row (132 px an hour) is 286.
    expect(keepPlace({ top: 2 * 88 + 14.6667, left: 0 }, at15, { pxPerHour: 132, columnWidth: 170 })).toEqual({ top: 286, left: 0 });
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

describe('room choice', () => {
  const room = (id: number, name: string, venue_id: number | null, location = '', is_virtual = false) =>
    ({ id, name, venue_id, location, is_virtual }) as unknown as import('./types').Room;
  const rooms = [room(1, 'Ada', 1, 'Hall 1'), room(2, 'Borg', 1, 'Hall 2'), room(3, 'Clarke', 2), room(4, 'Stream', null, '', true), room(5, 'Dijkstra', 2, 'Hall 1')];
  const session = (room_id: number, tags: number[]) => ({ room_id, tags }) as unknown as Session;
  const day = [session(1, [7]), session(3, [8]), session(5, [7, 8])];
  const choice = (over: Partial<import('./agenda').RoomChoice>) => ({ ...DEFAULT_CHOICE, ...over });

  it('keeps every room by default and narrows by search, venue and track', () => {
    expect(chooseRooms(rooms, day, DEFAULT_CHOICE).map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
    expect(chooseRooms(rooms, day, choice({ search: 'hall 1' })).map((r) => r.id)).toEqual([1, 5]);
    expect(chooseRooms(rooms, day, choice({ search: 'BORG' })).map((r) => r.id)).toEqual([2]);
    expect(chooseRooms(rooms, day, choice({ venue: '2' })).map((r) => r.id)).toEqual([3, 5]);
    expect(chooseRooms(rooms, day, choice({ venue: 'online' })).map((r) => r.id)).toEqual([4]);
    expect(chooseRooms(rooms, day, choice({ track: '7' })).map((r) => r.id)).toEqual([1, 5]);
    expect(chooseRooms(rooms, day, choice({ track: '8', venue: '2', search: 'dij' })).map((r) => r.id)).toEqual([5]);
    expect(chooseRooms(rooms, day, choice({ search: 'nothing like it' }))).toEqual([]);
  });

  it('remembers the choice per event and survives bad or missing storage', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    saveChoice(storage, 'uuid-a', choice({ search: 'Hall', minutesPerRow: 5, columnWidth: 320 }));
    expect(loadChoice(storage, 'uuid-a')).toEqual(choice({ search: 'Hall', minutesPerRow: 5, columnWidth: 320 }));
    expect(loadChoice(storage, 'uuid-b')).toEqual(DEFAULT_CHOICE);
    expect(loadChoice(undefined, 'uuid-a')).toEqual(DEFAULT_CHOICE);
    expect(parseChoice('{not json')).toEqual(DEFAULT_CHOICE);
    expect(parseChoice('null')).toEqual(DEFAULT_CHOICE);
    // A width or zoom the screen does not offer falls back to the default.
    expect(parseChoice('{"columnWidth": 7, "minutesPerRow": "x", "venue": 3}')).toEqual(DEFAULT_CHOICE);
    const full = { setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => saveChoice(full, 'uuid-a', DEFAULT_CHOICE)).not.toThrow();
  });

  it('opens the day at its first session', () => {
    const at = (start: string) => ({ start, end: start, room_id: 1 }) as unknown as Session;
    expect(firstStart([at('2026-07-10T09:40:00Z'), at('2026-07-10T07:15:00Z')], '2026-07-10', 'UTC')).toBe('07:15:00');
    expect(firstStart([at('2026-07-10T09:40:00Z')], '2026-07-10', 'Europe/Zurich')).toBe('11:40:00');
    expect(firstStart([], '2026-07-10', 'UTC')).toBe('08:00:00');
  });

  it('draws the sessions of the columns in view and a screen either side, in steps', () => {
    // 92 rooms, 6 fit the view: 3 columns either side, moving 3 at a time.
    expect(columnWindow(0, 6, 92)).toEqual({ from: 0, to: 12 });
    expect(columnWindow(5, 6, 92)).toEqual({ from: 0, to: 12 });
    expect(columnWindow(6, 6, 92)).toEqual({ from: 3, to: 15 });
    expect(columnWindow(88, 6, 92)).toEqual({ from: 84, to: 92 });
    expect(columnWindow(0, 6, 4)).toEqual({ from: 0, to: 4 });
    expect(columnWindow(3, 0, 10)).toEqual({ from: 2, to: 5 });
    expect(windowHolds({ from: 0, to: 24 }, 10, 6, 92)).toBe(true);
    expect(windowHolds({ from: 0, to: 12 }, 10, 6, 92)).toBe(false);
    expect(windowHolds({ from: 84, to: 92 }, 88, 6, 92)).toBe(true);
    // A margin of one: one more either side, moving one at a time.
    expect(columnWindow(0, 6, 92, 1)).toEqual({ from: 0, to: 8 });
    expect(columnWindow(10, 6, 92, 1)).toEqual({ from: 9, to: 17 });
    // Whatever the scroll, the columns in view are inside the window.
    for (let first = 0; first < 92; first++) {
      expect(windowHolds(columnWindow(first, 6, 92), first, 6, 92)).toBe(true);
      expect(windowHolds(columnWindow(first, 6, 92, 1), first, 6, 92)).toBe(true);
    }
  });

  it('fits the window of columns to fewer rooms', () => {
    expect(fitWindow({ from: 40, to: 50 }, 92)).toEqual({ from: 40, to: 50, before: 40, after: 42 });
    // The choice shrank to 3 rooms: all of them, no spacer.
    expect(fitWindow({ from: 40, to: 50 }, 3)).toEqual({ from: 0, to: 3, before: 0, after: 0 });
    // Shrank to 45: the last ten.
    expect(fitWindow({ from: 40, to: 50 }, 45)).toEqual({ from: 35, to: 45, before: 35, after: 0 });
    // Grew back: as wide as before, where it was.
    expect(fitWindow({ from: 0, to: 3 }, 92)).toEqual({ from: 0, to: 3, before: 0, after: 89 });
    expect(fitWindow({ from: 0, to: 10 }, 0)).toEqual({ from: 0, to: 0, before: 0, after: 0 });
  });

  it('names the people in speaking order, skipping unknown ones', () => {
    const s = { roles: [{ person_id: 2 }, { person_id: 9 }, { person_id: 1 }] } as unknown as Session;
    expect(peopleOf(s, new Map([[1, 'Ada Lovelace'], [2, 'Alan Turing']]))).toBe('Alan Turing, Ada Lovelace');
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

describe('filterRooms', () => {
  const room = (id: number, name: string) => ({ id, name, location: '' }) as unknown as Room;
  const halls = [room(1, 'Ada'), room(2, 'Borg'), room(3, 'Lecture room 11'), room(4, 'Chaos-West Bühne')];
  it('keeps the rooms any comma-separated part names, in any case', () => {
    expect(filterRooms(halls, 'ada, BORG').map((r) => r.name)).toEqual(['Ada', 'Borg']);
    expect(filterRooms(halls, 'room 11').map((r) => r.name)).toEqual(['Lecture room 11']);
    expect(filterRooms(halls, ' , ')).toHaveLength(4);
    expect(filterRooms(halls, 'Ada، Borg').map((r) => r.name)).toEqual(['Ada', 'Borg']);
  });
});

describe('blockLayout', () => {
  it('gives a 25-minute session at 15 min/row (37 px) one line of title and people under its time', () => {
    expect(blockLayout(25, 15, 22)).toBe('short');
    expect(blockLayout(30, 15, 22)).toBe('short');
  });
  it('gives the title alone below two lines, and separate lines from three', () => {
    expect(blockLayout(20, 15, 22)).toBe('tiny'); // 29 px
    expect(blockLayout(5, 5, 22)).toBe('tiny'); // one row
    expect(blockLayout(35, 15, 22)).toBe('full'); // 51 px
    expect(blockLayout(60, 30, 22)).toBe('short'); // two rows of 30 min: 44 px
    expect(blockLayout(45, 15, 22)).toBe('full');
  });
});

describe('placeCard', () => {
  const box = (left: number, top: number, w: number, h: number) => ({ left, top, right: left + w, bottom: top + h });
  const view = box(0, 0, 1280, 800);
  const card = { width: 320, height: 150 };
  const hit = (p: { left: number; top: number }, b: { left: number; top: number; right: number; bottom: number }) =>
    p.left < b.right && p.left + card.width > b.left && p.top < b.bottom && p.top + card.height > b.top;
  const block = box(400, 300, 170, 60);

  it('goes beside the block on the inline end when nothing is there, the start in right-to-left', () => {
    expect(placeCard(block, card, view, [], false)).toEqual({ left: 578, top: 300 });
    expect(placeCard(block, card, view, [], true)).toEqual({ left: 72, top: 300 });
  });

  it('avoids the next room\'s session: the other side, or below when both sides are taken', () => {
    const next = box(572, 280, 170, 80);
    const before = box(228, 280, 170, 80);
    expect(placeCard(block, card, view, [next], false)).toEqual({ left: 72, top: 300 });
    const p = placeCard(block, card, view, [next, before], false);
    expect(p).toEqual({ left: 400, top: 368 });
    expect(hit(p, next) || hit(p, before) || hit(p, block)).toBe(false);
  });

  it('covers the least of the others when every place covers some, never the block itself', () => {
    // Tall sessions in both neighbouring rooms and one right below: above the block it covers
    // the least (148 × 92 px of the next room), beside it 164 × 150 px.
    const others = [box(572, 200, 170, 400), box(228, 200, 170, 400), box(400, 362, 170, 100)];
    const p = placeCard(block, card, view, others, false);
    expect(p).toEqual({ left: 400, top: 142 });
    expect(hit(p, block)).toBe(false);
  });

  it('stays inside the grid\'s box: never over the toolbar above it or the sticky headers', () => {
    // The grid's rows from y 200 (the toolbar and room headers above), columns from x 60 (the
    // time axis) to 1000.
    const grid = box(60, 200, 940, 560);
    // A block scrolled half under the room header: the card goes beside it, from the grid's top.
    const under = box(300, 180, 170, 120);
    const p = placeCard(under, card, grid, [], false);
    expect(p).toEqual({ left: 478, top: 208 });
    // At the grid's end edge, the card goes before the block, still inside.
    const atEnd = box(830, 400, 170, 60);
    const q = placeCard(atEnd, card, grid, [], false);
    expect(q.left).toBeGreaterThanOrEqual(68);
    expect(q.left + card.width).toBeLessThanOrEqual(992);
    expect(hit(q, atEnd)).toBe(false);
    // A grid shorter than the card: the card keeps to the grid's top, never above it.
    const low = box(60, 600, 940, 100);
    expect(placeCard(box(300, 620, 170, 40), card, low, [], false).top).toBe(608);
    // Right to left, a grid narrower than the card keeps its right edge.
    expect(placeCard(box(40, 620, 100, 40), card, box(0, 600, 200, 300), [], true).left).toBe(200 - 8 - card.width);
  });

  it('stays inside the window near its edges', () => {
    const atEdge = box(1100, 700, 170, 60);
    const p = placeCard(atEdge, card, view, [], false);
    expect(p.left).toBeGreaterThanOrEqual(8);
    expect(p.left + card.width).toBeLessThanOrEqual(1272);
    expect(p.top + card.height).toBeLessThanOrEqual(792);
    expect(hit(p, atEdge)).toBe(false);
  });
});

describe('openingDay', () => {
  const days = ['2027-07-07', '2027-07-08', '2027-07-09'];
  it('opens the first visit on the first day, whatever was asked before it', () => {
    expect(openingDay(days, '2027-07-09', '2026-11-29', false)).toBe('2027-07-07');
  });
  it('opens the first visit on today while the event is on', () => {
    expect(openingDay(days, null, '2027-07-08', false)).toBe('2027-07-08');
  });
  it('opens later visits on the day last viewed, if it is one of the days', () => {
    expect(openingDay(days, '2027-07-09', '2027-07-08', true)).toBe('2027-07-09');
    expect(openingDay(days, '2019-12-27', '2026-11-29', true)).toBe('2027-07-07');
  });
});

describe('the grid\'s reading order (Tab, Shift+Tab, the skip link)', () => {
  // Rooms 30, 10, 20 in that column order; times in UTC.
  const at = (h: number, m = 0) => `2026-07-10T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00Z`;
  const day = [
    s(1, at(9), at(10), 10),
    s(2, at(8), at(9), 20),
    s(3, at(11), at(12), 30),
    s(4, at(9), at(9, 30), 30),
    s(5, at(9), at(9, 15), 30), // same start as 4, ends first
    s(6, at(7), at(8), 99), // a room not shown
    s(7, null, null, 10), // no time
  ];
  const rooms = [30, 10, 20];

  it('goes room by room in column order, each room from its earliest session', () => {
    expect(readingOrder(day, rooms).map((x) => x.id)).toEqual([5, 4, 3, 1, 2]);
  });

  it('steps forward and back, and ends at either end (Tab then leaves the grid)', () => {
    const order = readingOrder(day, rooms);
    expect(nextInOrder(order, 3, false)?.id).toBe(1);
    expect(nextInOrder(order, 1, true)?.id).toBe(3);
    expect(nextInOrder(order, 2, false)).toBeNull();
    expect(nextInOrder(order, 5, true)).toBeNull();
    expect(nextInOrder(order, 6, false)).toBeNull();
  });
});

describe('scrollToShow', () => {
  const view = { left: 100, top: 50, right: 500, bottom: 450 };
  it('does not scroll a block already in view', () => {
    expect(scrollToShow({ left: 100, top: 50, right: 270, bottom: 61 }, view, false)).toEqual({ left: 0, top: 0 });
  });
  it('scrolls the least that shows a block cut at any edge', () => {
    // Half under the time axis and the room headers.
    expect(scrollToShow({ left: 15, top: 40, right: 185, bottom: 51 }, view, false)).toEqual({ left: -85, top: -10 });
    // Half past the right edge and the foot (the walk's 11 px block in a cut column).
    expect(scrollToShow({ left: 415, top: 445, right: 585, bottom: 456 }, view, false)).toEqual({ left: 85, top: 6 });
    // The same in Arabic: the amounts are viewport differences either way.
    expect(scrollToShow({ left: 415, top: 100, right: 585, bottom: 120 }, view, true)).toEqual({ left: 85, top: 0 });
  });
  it('shows the top and inline start of a block larger than the view', () => {
    expect(scrollToShow({ left: 0, top: 0, right: 600, bottom: 900 }, view, false)).toEqual({ left: -100, top: -50 });
    expect(scrollToShow({ left: 0, top: 0, right: 600, bottom: 900 }, view, true)).toEqual({ left: 100, top: -50 });
  });
});

describe('peopleWithRoles', () => {
  it('names each person with their role, in speaking order', () => {
    const session = { roles: [{ person_id: 2, role: 'moderator' }, { person_id: 1, role: 'panellist' }, { person_id: 9, role: 'speaker' }] } as unknown as Session;
    const names = new Map([[1, 'Amina Diallo'], [2, 'Chen Wei']]);
    expect(peopleWithRoles(session, names)).toEqual([{ name: 'Chen Wei', role: 'moderator' }, { name: 'Amina Diallo', role: 'panellist' }]);
  });
});
