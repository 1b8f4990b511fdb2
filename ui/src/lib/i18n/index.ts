// The one message catalogue. Every string a person reads goes through t(). en.ts is the typed
// list of keys with the English text; the other languages are Fluent files in ftl/ with the same
// ids (a dotted key `a.b` is the Fluent id `a-b`), plural forms as select expressions on the
// language's CLDR categories. docs/translations.md says how to review or add one.
import type { FluentBundle } from '@fluent/bundle';
import { en, type MessageKey } from './en';
import { fluentId, makeBundle, toFluent } from './fluent';
import { current } from './current.svelte';

export type { MessageKey };

/** The six UN languages, in the order the language menu lists them (by code). */
export const LANGUAGES = ['ar', 'zh-Hans', 'en', 'fr', 'ru', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Languages written right to left; the root element's `dir` follows the locale. */
const RTL = new Set(['ar', 'fa', 'he', 'ur']);

const sources = import.meta.glob(['./ftl/*.ftl', '!./ftl/en.ftl'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** The Fluent source of a language's catalogue; English is made from en.ts so it is never stale. */
export function catalogueSource(lang: Language): string {
  return lang === 'en' ? toFluent(en) : (sources[`./ftl/${lang}.ftl`] ?? '');
}

const bundles = new Map<Language, FluentBundle>();
function bundle(lang: Language): FluentBundle {
  let b = bundles.get(lang);
  if (!b) {
    // Placeables (names, titles the user typed) are isolated so that mixed scripts keep their
    // order; English is left plain, as the CLI and the end-to-end tests read it.
    // The bundle formats numeric params with Intl in intlLocale's tag, so counts in a sentence
    // use the same digits as dates and formatNumber.
    b = makeBundle(intlLocale(lang), catalogueSource(lang), lang !== 'en');
    bundles.set(lang, b);
  }
  return b;
}

/**
 * The chosen language, a live binding: modules and screens that pass `locale` to Intl read the
 * current value (the App re-mounts its screens on a switch, see setLocale).
 */
export let locale: Language = 'en';
/** `ltr` or `rtl` for the chosen language, also a live binding. */
export let dir: 'ltr' | 'rtl' = 'ltr';

/** The closest of the six to a BCP 47 tag (navigator.language): zh-CN → zh-Hans, pt → null. */
export function matchLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) return /hant|-tw|-hk|-mo/.test(lower) ? null : 'zh-Hans';
  const base = lower.split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : null;
}

/** Switches the language: messages re-render (Svelte state), `<html lang dir>` follow. */
export function setLocale(lang: Language): void {
  locale = lang;
  dir = RTL.has(lang.split('-')[0]) ? 'rtl' : 'ltr';
  current.locale = lang;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
  }
}

/** Where the chosen language is remembered (the webview's storage, kept in the app's data folder). */
const STORAGE_KEY = 'plenary.language';

/**
 * The language to start in: the one chosen before, else the system's (`navigator.languages`)
 * when it is one of the six, else English.
 */
export function initialLanguage(stored: string | null, system: readonly string[]): Language {
  if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
  for (const tag of system) {
    const lang = matchLanguage(tag);
    if (lang) return lang;
  }
  return 'en';
}

/** Starts in the remembered or the system's language (called once by the App). */
export function startLanguage(): void {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be unavailable (private mode, tests): the system's language then decides.
  }
  const system = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  setLocale(initialLanguage(stored, system));
}

/** The language menu's choice: switches and remembers it for the next start. */
export function chooseLanguage(lang: Language): void {
  setLocale(lang);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered; the switch itself still happens.
  }
}

/** A language's name in `inLang` ("français" in French), capitalised as a menu item. */
export function languageName(code: string, inLang: string = code): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([inLang], { type: 'language' }).of(code);
  } catch {
    name = undefined;
  }
  if (!name) return code;
  return name.charAt(0).toLocaleUpperCase(inLang) + name.slice(1);
}

/**
 * Language codes of a session (spoken, interpretation: "fr", "ar") as names in `inLang`, joined
 * the language's way ("French and Arabic"); text that is no language tag is shown as typed.
 */
export function languageList(codes: readonly string[], inLang: string = locale): string {
  const names = codes.map((c) => c.trim()).filter(Boolean).map((code) => {
    try {
      return new Intl.DisplayNames([inLang], { type: 'language', fallback: 'code' }).of(code) ?? code;
    } catch {
      return code; // not a well-formed language tag
    }
  });
  return new Intl.ListFormat(inLang, { type: 'conjunction' }).format(names);
}

/**
 * The Intl locale tag for one of the window's languages. English is written in UN style, day
 * before month ("6 July 2027"), which is en-GB's. Arabic is pinned to Arabic-Indic digits (٠–٩),
 * as UN Arabic documents write them: CLDR's default numbering for plain `ar` differs between ICU
 * versions (WebKitGTK gave ١٢ for dates, Node gives 12), and a screen must not mix the two.
 */
export function intlLocale(lang: string): string {
  if (lang === 'en') return 'en-GB';
  if (lang === 'ar') return 'ar-u-nu-arab';
  return lang;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number as the language writes it: digits and grouping of `lang` (default: the chosen
 * language, read as Svelte state so the text follows a switch): 1351 → "1,351" (en), "1 351"
 * (fr), "١٬٣٥١" (ar). Use it for every count or quantity a screen shows outside a message; inside
 * a message pass the number itself (not a string) and the catalogue formats it the same way.
 */
export function formatNumber(n: number, lang: string = current.locale): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(lang));
    numberFormats.set(lang, f);
  }
  return f.format(n);
}

/**
 * A zone name ("Europe/Berlin") that a line never breaks at its slash. In a right-to-left line a
 * break there left "Europe/" at the end of one line and "Berlin)." at the start of the next, each
 * half beside the other half's parenthesis; a word joiner (U+2060, invisible) after the slash
 * keeps the name whole. Other languages get the name as it is.
 */
export function unbrokenZone(zone: string, lang: string = current.locale): string {
  return RTL.has(lang.split('-')[0]) ? zone.replace(/\//g, '/\u2060') : zone;
}

export type Params = Record<string, string | number>;

/** `text` between Unicode bidi isolates (FSI … PDI): it keeps its own direction in any line. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, and their forms). */
const RTL_TEXT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * English messages are not isolated as a whole (their text is what the CLI and tests read), but
 * a right-to-left value (an Arabic title) still is, so the sentence around it keeps its order.
 */
function isolateRtl(params: Params): Params {
  const out: Params = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = typeof value === 'string' && RTL_TEXT.test(value) ? isolate(value) : value;
  }
  return out;
}

/**
 * User text for a string built outside the catalogue (a list of names and roles): isolated
 * (FSI … PDI) the way t() isolates params, so a Latin name keeps its order in an Arabic line and
 * an Arabic one in an English line; English text of Latin script is left plain.
 */
export function isolated(text: string): string {
  return current.locale !== 'en' || RTL_TEXT.test(text) ? isolate(text) : text;
}

/** The message `key` in the chosen language (English when a catalogue lacks it). */
export function t(key: MessageKey, params?: Params): string {
  const lang = current.locale as Language;
  const id = fluentId(key);
  for (const l of lang === 'en' ? ['en' as const] : [lang, 'en' as const]) {
    const b = bundle(l);
    const message = b.getMessage(id);
    if (!message?.value) continue;
    // With an errors list Fluent never throws: a missing parameter shows as {$name}.
    const errors: Error[] = [];
    return b.formatPattern(message.value, l === 'en' ? isolateRtl(params ?? {}) : (params ?? {}), errors);
  }
  return key;
}

/** For keys built from model values ("kind." + session.kind); falls back to the raw value. */
export function tv(prefix: string, value: string): string {
  const key = `${prefix}.${value}` as MessageKey;
  return key in en ? t(key) : value;
}
