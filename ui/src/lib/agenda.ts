// Pure helpers of the agenda screen: which sessions show on a day, the visible hours, colours.
import type { Room, Session, Term } from './types';
import { toWallClock } from './time';

/** Sessions with a time and a room whose start falls on `date` in `zone`. */
export function sessionsOnDay(sessions: Session[], date: string, zone: string, dayChange = '00:00:00'): Session[] {
  return sessions.filter((s) => s.start && s.end && s.room_id !== null && conferenceDay(toWallClock(s.start, zone), dayChange) === date);
}

/**
 * The conference day of a wall-clock time ("2026-07-11T01:30:00"): its date, or the day before
 * when it is earlier than the event's day change ("06:00:00"; midnight means calendar days).
 */
export function conferenceDay(wall: string, dayChange = '00:00:00'): string {
  if (wall.slice(11, 19) >= dayChange) return wall.slice(0, 10);
  const d = new Date(`${wall.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Minutes from midnight of `date` to a wall-clock time (1440 and more on the days after). */
export function minutesFrom(date: string, wall: string): number {
  const days = Math.round((Date.parse(`${wall.slice(0, 10)}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
  return days * 1440 + Number(wall.slice(11, 13)) * 60 + Number(wall.slice(14, 16));
}

/** Sessions waiting in the tray: no time, or a time but no room yet. */
export function unscheduled(sessions: Session[]): Session[] {
  return sessions.filter((s) => !s.start || !s.end || s.room_id === null);
}

/**
 * Hours to show: the day's sessions rounded out to whole hours, and one hour more, at least
 * 08:00–19:00. The hour after the last end keeps a session ending on the hour off the grid's
 * bottom edge, and gives that hour's line its label (the calendar labels a line only where a row
 * begins below it). With a day change ("06:00:00") the conference day runs into the night, so the
 * grid may reach past 24:00 (up to the next day change); with calendar days it ends by 24:00.
 */
export function visibleHours(sessions: Session[], date: string, zone: string, dayChange = '00:00:00'): { min: string; max: string } {
  let min = 8 * 60;
  let max = 18 * 60;
  const last = 24 * 60 + Number(dayChange.slice(0, 2)) * 60 + Number(dayChange.slice(3, 5));
  for (const s of sessions) {
    const startMin = minutesFrom(date, toWallClock(s.start!, zone));
    const endMin = Math.min(minutesFrom(date, toWallClock(s.end!, zone)), last);
    min = Math.min(min, Math.floor(startMin / 60) * 60);
    max = Math.max(max, Math.ceil(endMin / 60) * 60);
  }
  return { min: hhmm(min), max: hhmm(Math.min(max + 60, last)) };
}

/** A grid time ("HH:MM", past 24:00 on a night day) of minutes from midnight. */
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * Where the calendar's rows end for a grid that closes at `max` ("19:00"): one row past it. The
 * calendar labels an hour line only where a row starts below it, so without that row the grid's
 * last hour line, its bottom edge, had no label.
 */
export function slotEnd(max: string, minutesPerRow: number): string {
  return hhmm(minutesOf(max) + minutesPerRow);
}

export function roomsInOrder(rooms: Room[]): Room[] {
  return [...rooms].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
}

/** Dark colours that keep white text above 4.5:1 contrast (WCAG AA). */
export const PALETTE = ['#0b57a4', '#7a2e8e', '#1d6b2f', '#a4161a', '#8a4b00', '#005f73', '#5c4d00', '#4a4e69', '#9d0208', '#3a5a40', '#6a040f', '#264653'];

export function colourFor(key: string, keys: string[]): string {
  const i = keys.indexOf(key);
  return PALETTE[(i < 0 ? 0 : i) % PALETTE.length];
}

/** Relative luminance contrast of white text on a colour, per WCAG 2. */
export function contrastWithWhite(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const lum = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  return 1.05 / (lum + 0.05);
}

/** Follows ids through restores: undoing a delete may give the session a new row id. */
export class IdMap {
  private map = new Map<number, number>();
  set(from: number, to: number): void { if (from !== to) this.map.set(from, to); }
  live(id: number): number {
    const seen = new Set<number>();
    while (this.map.has(id) && !seen.has(id)) { seen.add(id); id = this.map.get(id)!; }
    return id;
  }
}

/** Rooms whose name or location contains the filter text (case-insensitive). */
export function filterRooms(rooms: Room[], filter: string): Room[] {
  // Commas separate alternatives ("Ada, Borg" shows both halls); room names hold spaces, so a
  // space does not.
  const wanted = filter.split(/[,;،、，]/).map((w) => w.trim().toLowerCase()).filter((w) => w);
  if (!wanted.length) return rooms;
  return rooms.filter((r) => {
    const text = `${r.name} ${r.location}`.toLowerCase();
    return wanted.some((w) => text.includes(w));
  });
}

/**
 * Which rooms the grid shows: the organiser narrows 36C3's 92 columns by a search on name or
 * location, by venue ('' all, 'online' the virtual rooms, else a venue id as text) and by track
 * ('' all, else a term id as text: the rooms holding a session of that term on the day); and how
 * it is drawn: minutes per grid row and column width in CSS pixels.
 */
export type RoomChoice = { search: string; venue: string; track: string; minutesPerRow: number; columnWidth: number };

export const DEFAULT_CHOICE: RoomChoice = { search: '', venue: '', track: '', minutesPerRow: 15, columnWidth: 170 };
/** Rows of 5 to 30 minutes; columns of 100 to 320 px (narrower cuts titles to nothing). */
export const ROW_MINUTES = [5, 10, 15, 30];
export const COLUMN_WIDTHS = [100, 130, 170, 220, 320];

/** The rooms `choice` keeps, in their order; `daySessions` are the sessions of the day shown. */
export function chooseRooms(rooms: Room[], daySessions: Session[], choice: RoomChoice): Room[] {
  let kept = filterRooms(rooms, choice.search);
  if (choice.venue === 'online') kept = kept.filter((r) => r.is_virtual || r.venue_id === null);
  else if (choice.venue) kept = kept.filter((r) => String(r.venue_id) === choice.venue);
  if (choice.track) {
    const term = Number(choice.track);
    const busy = new Set(daySessions.filter((s) => s.tags.includes(term)).map((s) => s.room_id));
    kept = kept.filter((r) => busy.has(r.id));
  }
  return kept;
}

/** A stored choice read back, with anything missing or malformed replaced by the default. */
export function parseChoice(text: string | null): RoomChoice {
  let raw: Record<string, unknown> = {};
  try { raw = text ? JSON.parse(text) : {}; } catch { raw = {}; }
  if (typeof raw !== 'object' || raw === null) raw = {};
  const str = (k: keyof RoomChoice) => (typeof raw[k] === 'string' ? (raw[k] as string) : (DEFAULT_CHOICE[k] as string));
  const pick = (k: 'minutesPerRow' | 'columnWidth', allowed: number[]) => (allowed.includes(raw[k] as number) ? (raw[k] as number) : DEFAULT_CHOICE[k]);
  return { search: str('search'), venue: str('venue'), track: str('track'), minutesPerRow: pick('minutesPerRow', ROW_MINUTES), columnWidth: pick('columnWidth', COLUMN_WIDTHS) };
}

/** Where an event's room choice is remembered (per event, by UUID: row ids change with a new store). */
export const choiceKey = (eventUuid: string) => `plenary.agenda.rooms.${eventUuid}`;

/** The remembered choice of an event; the default when storage is unavailable. */
export function loadChoice(storage: Pick<Storage, 'getItem'> | undefined, eventUuid: string): RoomChoice {
  try { return parseChoice(storage?.getItem(choiceKey(eventUuid)) ?? null); } catch { return { ...DEFAULT_CHOICE }; }
}

/** Remembers an event's choice; a full or refused storage only loses the memory, never the change. */
export function saveChoice(storage: Pick<Storage, 'setItem'> | undefined, eventUuid: string, choice: RoomChoice): void {
  try { storage?.setItem(choiceKey(eventUuid), JSON.stringify(choice)); } catch { /* nothing to lose but the memory */ }
}

/** The time ("HH:MM:00", past 24:00 on a night day) the grid opens scrolled to: the day's first start, or 08:00. */
export function firstStart(sessions: Session[], date: string, zone: string): string {
  let first = Infinity;
  for (const s of sessions) if (s.start) first = Math.min(first, minutesFrom(date, toWallClock(s.start, zone)));
  if (!Number.isFinite(first)) first = 8 * 60;
  return `${String(Math.floor(first / 60)).padStart(2, '0')}:${String(first % 60).padStart(2, '0')}:00`;
}

/**
 * The columns (or hours) whose sessions the grid draws, as indexes [from, to) into the shown
 * rooms (or the grid's hours): the calendar's work grows with the sessions it lays out, so with
 * 92 rooms only those in view and `margin` more either side get their sessions (every column
 * and hour still shows, so the scroll size and the headers are right). `first` is the first in
 * view, `span` how many fit the view; the window moves in steps of `margin`.
 */
export function columnWindow(first: number, span: number, total: number, margin = Math.ceil(span / 2)): { from: number; to: number } {
  const view = Math.max(1, span);
  const step = Math.max(1, margin);
  const from = Math.max(0, (Math.floor(Math.max(0, first) / step) - 1) * step);
  return { from, to: Math.min(total, from + view + 2 * step) };
}

/** Whether the columns [first, first + span) are all inside `window` (then nothing is redrawn). */
export function windowHolds(window: { from: number; to: number }, first: number, span: number, total: number): boolean {
  return window.from <= first && window.to >= Math.min(total, first + span);
}

/**
 * `window` fitted to `total` columns (after the room choice shrank): as wide as before where
 * possible, never past the end and never empty while there are columns. The calendar gets only
 * these columns as resources; `before` and `after` are how many columns the spacers stand for.
 */
export function fitWindow(window: { from: number; to: number }, total: number): { from: number; to: number; before: number; after: number } {
  const width = Math.max(1, window.to - window.from);
  const to = Math.min(total, Math.max(window.to, width));
  const from = Math.max(0, Math.min(window.from, to - width));
  return { from, to, before: from, after: total - to };
}

/** How the grid is drawn: CSS pixels per hour down, per room column across. */
export type Zoom = { pxPerHour: number; columnWidth: number };

/**
 * The scroll offsets that keep the grid's place across a zoom: the time at the top of the view
 * and the room column at its start edge (with the part of it cut off) stay where they were. The
 * body's rows start at offset 0 under the sticky header, so a time is its offset over pixels per
 * hour, and a column its offset over the column width (scrollLeft runs negative in right-to-left
 * layouts: it scales the same), to the pixel.
 */
export function keepPlace(scroll: { top: number; left: number }, before: Zoom, after: Zoom): { top: number; left: number } {
  return {
    // Whole pixels: a fractional offset can leave a hairline between the sticky headers and the box.
    top: Math.round((scroll.top / before.pxPerHour) * after.pxPerHour),
    left: Math.round((scroll.left / before.columnWidth) * after.columnWidth),
  };
}

/** Minutes of a grid time ("HH:MM" or "HH:MM:SS", past 24:00 on a night day). */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** The names of a session's people in speaking order ("Ada Lovelace, Alan Turing"). */
export function peopleOf(s: Session, names: Map<number, string>): string {
  return s.roles.map((r) => names.get(r.person_id)).filter((n): n is string => !!n).join(', ');
}

/** The first of a session's tags that belongs to `vocabularyId`: its "track" in that vocabulary. */
export function trackOf(tags: number[], vocabularyId: number, terms: Term[]): Term | undefined {
  for (const id of tags) {
    const term = terms.find((x) => x.id === id);
    if (term && term.vocabulary_id === vocabularyId) return term;
  }
  return undefined;
}

/**
 * How much a grid block of `minutes` shows, at `minutesPerRow` per row of `rowPx` CSS pixels:
 * 'full' (time, title, people on lines of their own) from three text lines' height, 'short'
 * (time, then title · people on one line) from two, 'tiny' (the title alone) below that; the
 * hover/focus card always tells the rest.
 */
export function blockLayout(minutes: number, minutesPerRow: number, rowPx: number): 'full' | 'short' | 'tiny' {
  // A text line of the block is about 16 px (13 px type at line-height 1.25) and it has 2 px of
  // padding: 34 px holds two lines, 50 px three.
  const height = (minutes / Math.max(1, minutesPerRow)) * rowPx;
  return height >= 50 ? 'full' : height >= 34 ? 'short' : 'tiny';
}

/** A rectangle in viewport CSS pixels (the fields of a DOMRect that placement reads). */
export type Box = { left: number; top: number; right: number; bottom: number };

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/**
 * Where the hover/focus card of `block` goes (its top-left corner, viewport px): beside the block
 * (the inline end first: right, or left when `rtl`), then before it, below, above, each aligned
 * with the block's start or end edge, kept `gap` px from the block and inside `bounds` (the
 * grid's rows and columns: never over the toolbar above it or the grid's sticky room headers and
 * time axis); of those that never cover the block itself, the one covering the least area of
 * `others` (the other blocks in view), the earlier on a tie. When none fits, the card goes beside
 * the block on the side with more room, clamped to the bounds; a card taller than the bounds
 * keeps to their top.
 */
export function placeCard(block: Box, card: { width: number; height: number }, bounds: Box, others: Box[], rtl: boolean, gap = 8): { left: number; top: number } {
  const { width: w, height: h } = card;
  const right = { left: block.right + gap }, left = { left: block.left - gap - w };
  const sides = rtl ? [left, right] : [right, left];
  const starts = rtl ? [block.right - w, block.left] : [block.left, block.right - w];
  const candidates: { left: number; top: number }[] = [
    ...sides.flatMap((s) => [{ ...s, top: block.top }, { ...s, top: block.bottom - h }]),
    ...starts.map((x) => ({ left: x, top: block.bottom + gap })),
    ...starts.map((x) => ({ left: x, top: block.top - gap - h })),
  ];
  // Kept inside the bounds; when the card is wider or taller than they are, their start edge
  // and top win (the max comes last).
  const clamp = (p: { left: number; top: number }) => ({
    left: rtl ? Math.min(Math.max(bounds.left + gap, p.left), bounds.right - w - gap)
      : Math.max(Math.min(p.left, bounds.right - w - gap), bounds.left + gap),
    top: Math.max(Math.min(p.top, bounds.bottom - h - gap), bounds.top + gap),
  });
  let best: { left: number; top: number } | null = null;
  let bestCover = Infinity;
  for (const c of candidates) {
    // Near the bounds' edge a candidate is pushed inside; pushed onto the block, it is no place.
    const p = clamp(c);
    const box = { left: p.left, top: p.top, right: p.left + w, bottom: p.top + h };
    if (overlap(box, block) > 0) continue;
    const cover = others.reduce((sum, o) => sum + overlap(box, o), 0);
    if (cover < bestCover) { best = p; bestCover = cover; }
  }
  if (best) return best;
  const roomRight = bounds.right - block.right, roomLeft = block.left - bounds.left;
  return clamp({ left: roomRight >= roomLeft ? block.right + gap : block.left - gap - w, top: block.top });
}

/**
 * The day ("2027-07-07") the agenda opens on, one of the event's `days`. The first visit to an
 * event's agenda in a run (`visitedBefore` false) opens on `today` while the event is on, else on
 * its first day. Later visits open on `asked` (app.agendaDay: the day last viewed on the agenda,
 * or that of a session just saved from its form) when it is one of the days. A day asked for
 * before the first visit (a session saved on the sessions screen) does not count: the walk found
 * the agenda opening on the event's last day so.
 */
export function openingDay(days: string[], asked: string | null, today: string, visitedBefore: boolean): string {
  if (visitedBefore && asked !== null && days.includes(asked)) return asked;
  return days.includes(today) ? today : days[0];
}

/**
 * The grid's reading order, which Tab and Shift+Tab follow and "Skip to the sessions" starts
 * from: room by room in the order of the columns (`roomIds`; Arabic mirrors them on screen, the
 * order stays), each room's sessions by start, then end, then id. Room by room rather than hour
 * by hour: with 36C3's 92 rooms, an hour's sessions sit dozens of columns apart, so an order by
 * time would scroll across the whole grid and back at every step; down a column it scrolls
 * little. Sessions without a time or in a room not shown are left out.
 */
export function readingOrder(sessions: Session[], roomIds: number[]): Session[] {
  const column = new Map(roomIds.map((id, i) => [id, i]));
  return sessions.filter((s) => s.start && s.end && s.room_id !== null && column.has(s.room_id))
    .sort((a, b) => column.get(a.room_id!)! - column.get(b.room_id!)!
      || Date.parse(a.start!) - Date.parse(b.start!) || Date.parse(a.end!) - Date.parse(b.end!) || a.id - b.id);
}

/**
 * The session after (or, `back`, before) session `id` in `order` (readingOrder): null past either
 * end, where Tab leaves the grid; also null when `id` is not in the order.
 */
export function nextInOrder(order: Session[], id: number, back: boolean): Session | null {
  const i = order.findIndex((s) => s.id === id);
  if (i < 0) return null;
  return order[i + (back ? -1 : 1)] ?? null;
}

/**
 * How far to scroll (CSS px, added to scrollLeft and scrollTop) so that `block` is wholly inside
 * `view` (the grid's box less its sticky room headers and time axis), the least that does it;
 * a block larger than the view shows its top and its inline start (its right edge when `rtl`).
 * scrollLeft grows to the right in both directions of writing (negative in right-to-left), so
 * the same difference of viewport positions serves both.
 */
export function scrollToShow(block: Box, view: Box, rtl: boolean): { left: number; top: number } {
  const along = (start: number, end: number, viewStart: number, viewEnd: number, keepEnd: boolean) => {
    if (end - start > viewEnd - viewStart) return keepEnd ? end - viewEnd : start - viewStart;
    if (start < viewStart) return start - viewStart;
    if (end > viewEnd) return end - viewEnd;
    return 0;
  };
  return {
    left: along(block.left, block.right, view.left, view.right, rtl),
    top: along(block.top, block.bottom, view.top, view.bottom, false),
  };
}

/** A session's people with their roles, in speaking order (the order of its roles). */
export function peopleWithRoles(s: Session, names: Map<number, string>): { name: string; role: Session['roles'][number]['role'] }[] {
  return s.roles.flatMap((r) => { const name = names.get(r.person_id); return name ? [{ name, role: r.role }] : []; });
}
