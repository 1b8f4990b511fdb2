// Time in Plenary: instants travel as RFC 3339 UTC strings; people see wall-clock times in the
// event's IANA zone (or, on request, this computer's zone). All conversion goes through Intl
// (wall clock -> instant through @internationalized/date, which uses Intl too), so DST rules come
// from the platform's tz database, like chrono-tz on the Rust side.
import {
  parseDate, parseDateTime, parseTime, toCalendarDateTime, toZoned, type CalendarDate, type CalendarDateTime, type Time,
} from '@internationalized/date';
import { CommandError } from './api';
import { intlLocale, t } from './i18n';

export { intlLocale };

const partsCache = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let f = partsCache.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    partsCache.set(zone, f);
  }
  return f;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Wall-clock fields of an instant (ms since epoch) in a zone, as ms of a "UTC" clock. */
function wallMs(instant: number, zone: string): number {
  const p: Record<string, number> = {};
  for (const part of partsFormatter(zone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
}

/** Offset of the zone from UTC at an instant, in ms (Geneva in summer: +7,200,000). */
export function zoneOffset(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallMs(whole, zone) - whole;
}

// The agenda converts every session's start on each change; with ten thousand sessions the
// Intl calls dominate, and the answers never change, so they are remembered.
const wallCache = new Map<string, string>();

/** "2026-07-10T07:00:00Z" -> "2026-07-10T09:00:00" in Europe/Zurich. */
export function toWallClock(utc: string, zone: string): string {
  const key = `${utc}|${zone}`;
  let wall = wallCache.get(key);
  if (wall === undefined) {
    if (wallCache.size > 100_000) wallCache.clear();
    wall = new Date(wallMs(Date.parse(utc), zone)).toISOString().slice(0, 19);
    wallCache.set(key, wall);
  }
  return wall;
}

export function toUtcString(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export type Fold = 'earlier' | 'later';
export interface Resolved { utc: string; gap: boolean; ambiguous: boolean }

/**
 * Local wall-clock "YYYY-MM-DDTHH:MM[:SS]" in `zone` -> UTC, by @internationalized/date (the
 * same rule as plenary_core::time::local_to_utc). In a fold (the hour that repeats when clocks
 * go back) `fold` picks which of the two and `ambiguous` is set; in a gap (the hour that does
 * not exist) the wall clock is read with the offset in force before the gap, which lands after
 * it, and `gap` is set so that callers refuse it (`wallToUtc`). Throws on text that is not a
 * local date-time.
 */
export function zonedToUtc(wall: string, zone: string, fold: Fold = 'earlier'): Resolved {
  let local: CalendarDateTime;
  try {
    local = parseDateTime(wall);
  } catch {
    throw new Error(`not a local date-time: ${wall}`);
  }
  const earlier = toZoned(local, zone, 'earlier');
  const later = toZoned(local, zone, 'later');
  const [a, b] = [earlier.toDate().getTime(), later.toDate().getTime()];
  // In a fold both readings show the wall clock asked for; in a gap neither does.
  if (toCalendarDateTime(earlier).compare(local) !== 0) {
    return { utc: toUtcString(b), gap: true, ambiguous: false };
  }
  return { utc: toUtcString(fold === 'later' ? b : a), gap: false, ambiguous: a !== b };
}

/**
 * A form's local time -> UTC: a fold takes the earlier instant (the store's rule); a time in a
 * DST gap is refused as an 'invalid' CommandError naming `field` ("start",
 * "availability[0].end"), as the store names its fields.
 */
export function wallToUtc(wall: string, zone: string, field: string): string {
  const r = zonedToUtc(wall, zone);
  if (r.gap) throw new CommandError('invalid', t('time.gap', { zone }), field);
  return r.utc;
}

export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "HH:MM" of an instant in a zone, localised, always on the 24-hour clock. */
export function formatTime(utc: string, zone: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(utc));
}

/** "09:00–10:30" in a zone, localised, 24-hour clock. */
export function formatRange(start: string, end: string, zone: string, locale: string): string {
  const f = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return f.formatRange(new Date(start), new Date(end));
}

/** Weekday, day, month and 24-hour time: how a finding names a moment ("Fri 10 Jul, 09:30"). */
function momentFormat(locale: string, zone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone,
  });
}

/** An instant in `zone` as weekday, date and 24-hour time ("Fri 10 Jul, 09:30"). */
export function formatMoment(utc: string, zone: string, locale: string): string {
  return momentFormat(locale, zone).format(new Date(utc));
}

/** A span in `zone` ("Fri 10 Jul, 09:30–09:45"; both dates when it crosses midnight). */
export function formatSpan(start: string, end: string, zone: string, locale: string): string {
  return momentFormat(locale, zone).formatRange(new Date(start), new Date(end));
}

/** An instant as date and 24-hour time ("6 Jul 2027, 14:05") in `zone` (default: this computer's). */
export function formatDateTime(utc: string, locale: string, zone?: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone,
  }).format(new Date(utc));
}

/** A calendar date ("2026-07-10") as words; dates have no zone, so format them at UTC noon. */
export function formatDate(date: string, locale: string, style: 'long' | 'short' = 'long'): string {
  const opts: Intl.DateTimeFormatOptions = style === 'long'
    ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlLocale(locale), opts).format(new Date(`${date}T12:00:00Z`));
}

/** Every date from start to end inclusive. */
export function daysBetween(start: string, end: string): string[] {
  const out: string[] = [];
  for (let d = Date.parse(`${start}T00:00:00Z`); d <= Date.parse(`${end}T00:00:00Z`); d += 86_400_000) {
    out.push(new Date(d).toISOString().slice(0, 10));
  }
  return out;
}

/** Calendar date of an instant in a zone. */
export function dateIn(utc: string, zone: string): string {
  return toWallClock(utc, zone).slice(0, 10);
}

export function minutesBetween(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
}

export function addMinutes(utc: string, minutes: number): string {
  return toUtcString(Date.parse(utc) + minutes * 60_000);
}

/** A JS Date whose local fields hold a wall clock (what the calendar library hands back) -> "YYYY-MM-DDTHH:MM". */
export function wallFromLocalFields(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** What a date/time field edits: a calendar date, a local date-time to the minute, or a time of day. */
export type FieldKind = 'date' | 'datetime' | 'time';

/**
 * A form's text ("2027-03-15", "2027-03-15T09:30", "09:30"; "" for none) as the value of a
 * segmented field (@internationalized/date's CalendarDate, CalendarDateTime or Time); text that
 * is not of the kind reads as no value, so the field shows empty segments rather than throwing.
 */
export function fieldValue(kind: FieldKind, text: string): CalendarDate | CalendarDateTime | Time | undefined {
  if (!text) return undefined;
  try {
    if (kind === 'date') return parseDate(text.slice(0, 10));
    if (kind === 'time') return parseTime(text.slice(0, 5));
    return parseDateTime(text.slice(0, 16));
  } catch {
    return undefined;
  }
}

/** The segmented field's value back as the form's text (the inverse of `fieldValue`; "" for none). */
export function fieldText(kind: FieldKind, value: CalendarDate | CalendarDateTime | Time | undefined): string {
  if (!value) return '';
  const text = value.toString();
  return kind === 'date' ? text.slice(0, 10) : kind === 'time' ? text.slice(0, 5) : text.slice(0, 16);
}
