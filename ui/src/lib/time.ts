// Time in Plenary: instants travel as RFC 3339 UTC strings; people see wall-clock times in the
// event's IANA zone (or, on request, this computer's zone). All conversion goes through Intl,
// so DST rules come from the platform's tz database, like chrono-tz on the Rust side.

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
 * Local wall-clock "YYYY-MM-DDTHH:MM[:SS]" in `zone` -> UTC. In a fold (the hour that repeats when
 * clocks go back) `fold` picks which of the two; in a gap (the hour that does not exist) the
 * result is shifted forward by the gap and `gap` is set, so callers can warn.
 */
export function zonedToUtc(wall: string, zone: string, fold: Fold = 'earlier'): Resolved {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(wall);
  if (!m) throw new Error(`not a local date-time: ${wall}`);
  const target = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0));
  const day = 86_400_000;
  const offsets = new Set([zoneOffset(target - day, zone), zoneOffset(target, zone), zoneOffset(target + day, zone)]);
  const candidates = [...offsets].map((o) => target - o).filter((c) => wallMs(c, zone) === target).sort((a, b) => a - b);
  if (candidates.length === 0) {
    // Gap: read the wall clock with the offset in force before the gap; that lands after it.
    const before = zoneOffset(target - day, zone);
    return { utc: toUtcString(target - before), gap: true, ambiguous: false };
  }
  const unique = [...new Set(candidates)];
  const pick = fold === 'later' ? unique[unique.length - 1] : unique[0];
  return { utc: toUtcString(pick), gap: false, ambiguous: unique.length > 1 };
}

export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "HH:MM" of an instant in a zone, localised. */
export function formatTime(utc: string, zone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(utc));
}

export function formatRange(start: string, end: string, zone: string, locale: string): string {
  const f = new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return f.formatRange(new Date(start), new Date(end));
}

/** A calendar date ("2026-07-10") as words; dates have no zone, so format them at UTC noon. */
export function formatDate(date: string, locale: string, style: 'long' | 'short' = 'long'): string {
  const opts: Intl.DateTimeFormatOptions = style === 'long'
    ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, opts).format(new Date(`${date}T12:00:00Z`));
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
