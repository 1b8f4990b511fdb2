// The IANA time zones a picker offers, found by typing part of a name ("Zur", "new york") or one
// of a few well-known cities that share another city's zone ("Geneva" → Europe/Zurich), each
// shown with its UTC offset at a given moment (the offset changes with daylight saving time).
import { intlLocale } from './i18n';

/**
 * Cities organisers type that have no zone of their own, with the zone they keep. Short on
 * purpose: IANA names a zone after its largest city; these are the UN and conference cities
 * whose zone is named after another one.
 */
const CITIES: Record<string, string> = {
  Geneva: 'Europe/Zurich', Bern: 'Europe/Zurich', 'New Delhi': 'Asia/Kolkata', Mumbai: 'Asia/Kolkata',
  'Washington': 'America/New_York', Boston: 'America/New_York', 'San Francisco': 'America/Los_Angeles',
  'Beijing': 'Asia/Shanghai', 'Hong Kong': 'Asia/Hong_Kong', Nairobi: 'Africa/Nairobi', 'The Hague': 'Europe/Amsterdam',
  Montreal: 'America/Toronto', Ottawa: 'America/Toronto', Hamburg: 'Europe/Berlin', Munich: 'Europe/Berlin',
  Leipzig: 'Europe/Berlin', Milan: 'Europe/Rome', Barcelona: 'Europe/Madrid', Sydney: 'Australia/Sydney',
};

/** Every zone the engine knows (IANA names, "Europe/Zurich"), with "UTC" first. */
export function allZones(): string[] {
  const known = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return ['UTC', ...known.filter((z) => z !== 'UTC')];
}

/** Lower case, no accents, "_" and "/" as spaces: "America/New_York" → "america new york". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[_/]/g, ' ').toLowerCase();
}

/**
 * The zones of `zones` whose name, or a city of `CITIES` kept in them, contains every word of
 * `text` (any case or accents), names first, at most `limit`; all (up to `limit`) for blank text.
 */
export function searchZones(zones: readonly string[], text: string, limit = Infinity): string[] {
  const words = fold(text).split(/\s+/).filter(Boolean);
  const hit = (hay: string) => words.every((w) => fold(hay).includes(w));
  const byName = zones.filter((z) => hit(z));
  const byCity = Object.entries(CITIES).filter(([city, z]) => hit(city) && zones.includes(z) && !byName.includes(z)).map(([, z]) => z);
  return [...new Set([...byName, ...byCity])].slice(0, limit);
}

/**
 * What a zone picker lists: the matches of `text` (`searchZones`), or, while nothing is typed,
 * `first` (zones suggested by the caller, such as those fitting an imported file's offsets)
 * before the rest, at most `limit` in all.
 */
export function zoneChoices(zones: readonly string[], text: string, first: readonly string[] = [], limit = Infinity): string[] {
  if (text.trim() || first.length === 0) return searchZones(zones, text, limit);
  const offered = first.filter((z) => zones.includes(z));
  return [...new Set([...offered, ...zones])].slice(0, limit);
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** `zone`'s offset from UTC at the instant `at`, as "+01:00" ("+00:00" for UTC); null if the
 * engine does not know the zone. */
export function offsetAt(zone: string, at: Date): string | null {
  let f = offsetFormats.get(zone);
  try {
    if (!f) {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
      offsetFormats.set(zone, f);
    }
  } catch {
    return null;
  }
  // "GMT+01:00"; "GMT" alone for zero; some engines write "GMT+1".
  const name = f.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /^GMT(?:([+\-−])(\d{1,2})(?::?(\d{2}))?)?$/.exec(name);
  if (!m) return null;
  if (!m[1]) return '+00:00';
  return `${m[1] === '+' ? '+' : '-'}${m[2].padStart(2, '0')}:${m[3] ?? '00'}`;
}

/**
 * `zone`'s offset from UTC at `at` as "UTC+01:00" ("UTC+00:00" for zero), digits in the
 * language `lang` writes (Arabic-Indic for ar); "" for a zone the engine does not know.
 */
export function utcOffset(zone: string, at: Date, lang = 'en'): string {
  const offset = offsetAt(zone, at);
  return offset === null ? '' : localDigits(`UTC${offset}`, lang);
}

/** A zone's UTC offset at noon UTC of `date` (YYYY-MM-DD), as "+01:00"; null if the zone is unknown. */
export function zoneOffset(zone: string, date: string): string | null {
  return offsetAt(zone, new Date(`${date}T12:00:00Z`));
}

/**
 * What a zone picker shows beside `zone`: its UTC offset over the event's days `first`…`last`
 * (YYYY-MM-DD, at noon UTC as `zoneOffset`), "UTC+01:00", or both when a clock change falls
 * between them, "UTC+01:00 / UTC+02:00"; digits in `lang`'s. Without a valid first day (a new
 * event not yet dated) the offset at `today`. "" for a zone the engine does not know.
 */
export function offsetOver(zone: string, first: string, last: string, lang = 'en', today = new Date()): string {
  // A date field being typed may hold a part of a date, or none.
  const isDay = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d));
  if (!isDay(first)) return utcOffset(zone, today, lang);
  const start = zoneOffset(zone, first);
  if (start === null) return '';
  const end = isDay(last) && last > first ? zoneOffset(zone, last) : null;
  const shown = end && end !== start ? `UTC${start} / UTC${end}` : `UTC${start}`;
  return localDigits(shown, lang);
}

const digitFormats = new Map<string, Intl.NumberFormat>();

/** `text` with its ASCII digits written in `lang`'s digits ("2027" → "٢٠٢٧" for ar); else unchanged. */
export function localDigits(text: string, lang: string): string {
  let f = digitFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(lang), { useGrouping: false });
    digitFormats.set(lang, f);
  }
  const nf = f;
  return text.replace(/[0-9]/g, (d) => nf.format(Number(d)));
}

/** `text` with Arabic-Indic (٠–٩) and Persian (۰–۹) digits as ASCII: "٦٠" → "60". */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06F0));
}

/**
 * Zones organisers most often mean, by the capitals and large cities of each region: they come
 * first among the zones that fit an offset, the rest follow alphabetically.
 */
const COMMON_ZONES = [
  'Europe/Berlin', 'Europe/Paris', 'Europe/Brussels', 'Europe/Amsterdam', 'Europe/Vienna', 'Europe/Zurich', 'Europe/Rome',
  'Europe/Madrid', 'Europe/Prague', 'Europe/Warsaw', 'Europe/Stockholm', 'Europe/London', 'Europe/Lisbon', 'Europe/Dublin',
  'Europe/Helsinki', 'Europe/Athens', 'Europe/Kyiv', 'Europe/Moscow', 'Europe/Istanbul',
  'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Toronto', 'America/Mexico_City',
  'America/Sao_Paulo', 'America/Argentina/Buenos_Aires', 'America/Bogota',
  'Africa/Cairo', 'Africa/Lagos', 'Africa/Nairobi', 'Africa/Johannesburg', 'Africa/Casablanca',
  'Asia/Dubai', 'Asia/Kolkata', 'Asia/Bangkok', 'Asia/Singapore', 'Asia/Shanghai', 'Asia/Tokyo', 'Asia/Seoul',
  'Asia/Jakarta', 'Australia/Sydney', 'Pacific/Auckland',
];

/**
 * The zones a file without a zone name may be in: those whose offset on `date` (the file's
 * first date) is one of `offsets`, the common ones first (COMMON_ZONES' order), then the rest
 * alphabetically. Fixed-offset `Etc/` zones and aliases like "UTC" are left out (they know no
 * daylight saving time, the programme's place does). Empty without offsets or a date.
 */
export function zonesAtOffset(offsets: string[], date: string | null, zones: string[]): string[] {
  if (!date || offsets.length === 0) return [];
  const wanted = new Set(offsets);
  const fits = zones.filter((z) => z.includes('/') && !z.startsWith('Etc/') && wanted.has(zoneOffset(z, date) ?? ''));
  const rank = (z: string) => { const i = COMMON_ZONES.indexOf(z); return i < 0 ? COMMON_ZONES.length : i; };
  return fits.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
