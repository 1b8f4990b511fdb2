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

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * `zone`'s offset from UTC at `at` as "UTC+01:00" ("UTC+00:00" for zero), digits in the
 * language `lang` writes (Arabic-Indic for ar); "" for a zone the engine does not know.
 */
export function utcOffset(zone: string, at: Date, lang = 'en'): string {
  let f = offsetFormats.get(zone);
  try {
    if (!f) {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
      offsetFormats.set(zone, f);
    }
  } catch {
    return '';
  }
  // "GMT+01:00"; some engines give a bare "GMT" for zero, which is written out like the others.
  const name = f.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const utc = name === 'GMT' ? 'UTC+00:00' : name.replace(/^GMT/, 'UTC');
  return localDigits(utc, lang);
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
