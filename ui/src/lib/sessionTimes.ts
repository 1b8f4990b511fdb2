// A session form's Starts and Ends, kept as calendars keep them (issue 12): moving the start
// keeps the length (the end follows), changing the end changes the length, and an end at or
// before the start is said at once, under Ends, not only when the store refuses it on Save.
// Times here are wall-clock texts in the event's zone, "YYYY-MM-DDTHH:MM" (DateTimeField's
// value); the length is wall-clock minutes, as the person sees it on the form.

/** Minutes a new session lasts when nothing says otherwise: the common length of a talk slot. */
export const DEFAULT_MINUTES = 60;

const WALL = /^\d{4}-\d\d-\d\dT\d\d:\d\d$/;

/** Milliseconds of a wall-clock text counted as if it were UTC, or null when it is not one. */
function ms(wall: string): number | null {
  if (!WALL.test(wall)) return null;
  const v = Date.parse(`${wall}:00Z`);
  return Number.isNaN(v) ? null : v;
}

/** `wall` moved by `minutes` (wall-clock minutes), in the same "YYYY-MM-DDTHH:MM" form. */
export function addMinutes(wall: string, minutes: number): string {
  const v = ms(wall);
  if (v === null) return wall;
  return new Date(v + minutes * 60_000).toISOString().slice(0, 16);
}

/** Minutes from `start` to `end` (negative when the end comes first); null unless both are times. */
export function minutesBetween(start: string, end: string): number | null {
  const a = ms(start);
  const b = ms(end);
  return a === null || b === null ? null : Math.round((b - a) / 60_000);
}

/**
 * The end once the start moved from `oldStart` to `newStart`: the length the form had is kept;
 * an empty end gets DEFAULT_MINUTES after the new start; an end that was not after the start
 * (no length to keep) or a start that is not a whole time yet leave the end as it is.
 */
export function endAfterStartMoved(oldStart: string, oldEnd: string, newStart: string): string {
  if (ms(newStart) === null) return oldEnd;
  if (oldEnd === '') return addMinutes(newStart, DEFAULT_MINUTES);
  const length = minutesBetween(oldStart, oldEnd);
  return length !== null && length > 0 ? addMinutes(newStart, length) : oldEnd;
}

/** True when both are times and the end is at or before the start (the store refuses that). */
export function endsBeforeStart(start: string, end: string): boolean {
  const length = minutesBetween(start, end);
  return length !== null && length <= 0;
}

/**
 * Where a new session starts when nobody picked a time: on `day` ("YYYY-MM-DD"), the first whole
 * hour from 09:00 (a conference's usual first slot) at which `busy` (the day's sessions, as
 * wall-clock spans) leaves `minutes` free in the whole event, so the new session does not land
 * on top of one already planned; 09:00 when the day is full until 18:00. An organiser moves it
 * anyway; a time already on the form beats an empty one that cannot be typed into quickly.
 */
export function firstFreeHour(day: string, busy: { start: string; end: string }[], minutes = DEFAULT_MINUTES): { start: string; end: string } {
  const at = (hour: number) => `${day}T${String(hour).padStart(2, '0')}:00`;
  for (let hour = 9; hour + minutes / 60 <= 18; hour++) {
    const start = at(hour);
    const end = addMinutes(start, minutes);
    if (busy.every((b) => b.end <= start || b.start >= end)) return { start, end };
  }
  return { start: at(9), end: addMinutes(at(9), minutes) };
}
