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
function minutesFrom(date: string, wall: string): number {
  const days = Math.round((Date.parse(`${wall.slice(0, 10)}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
  return days * 1440 + Number(wall.slice(11, 13)) * 60 + Number(wall.slice(14, 16));
}

/** Sessions waiting in the tray: no time, or a time but no room yet. */
export function unscheduled(sessions: Session[]): Session[] {
  return sessions.filter((s) => !s.start || !s.end || s.room_id === null);
}

/**
 * Hours to show: the day's sessions rounded out to whole hours, at least 08:00–18:00. With a day
 * change ("06:00:00") the conference day runs into the night, so the grid may reach past 24:00
 * (up to the next day change); with calendar days a session past midnight ends the grid at 24:00.
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
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return { min: hhmm(min), max: hhmm(max) };
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
  const q = filter.trim().toLowerCase();
  return q ? rooms.filter((r) => `${r.name} ${r.location}`.toLowerCase().includes(q)) : rooms;
}

/**
 * The agenda shows a page of rooms at a time: with hundreds of rooms one grid would be
 * unreadable and slow. Returns the rooms of `page` (clamped) and the number of pages.
 */
export function roomPage(rooms: Room[], page: number, perPage: number): { shown: Room[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rooms.length / perPage));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { shown: rooms.slice(p * perPage, (p + 1) * perPage), page: p, pages };
}

/** The page on which a room appears, or -1. */
export function pageOf(rooms: Room[], roomId: number, perPage: number): number {
  const i = rooms.findIndex((r) => r.id === roomId);
  return i < 0 ? -1 : Math.floor(i / perPage);
}

/** The first of a session's tags that belongs to `vocabularyId`: its "track" in that vocabulary. */
export function trackOf(tags: number[], vocabularyId: number, terms: Term[]): Term | undefined {
  for (const id of tags) {
    const term = terms.find((x) => x.id === id);
    if (term && term.vocabulary_id === vocabularyId) return term;
  }
  return undefined;
}
