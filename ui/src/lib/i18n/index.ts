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

const sources = import.meta.glob('./ftl/*.ftl', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

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
    b = makeBundle(lang, catalogueSource(lang), lang !== 'en');
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

/** The locale Intl formats dates, times and numbers with: English in UN style ("6 July 2027"). */
export function intlLocale(lang: string = locale): string {
  return lang === 'en' ? 'en-GB' : lang;
}

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

export type Params = Record<string, string | number>;

/** Fills {name} placeholders of an English template; numbers are written the language's way. */
export function format(template: string, params: Params = {}): string {
  const numbers = new Intl.NumberFormat(intlLocale());
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** The message `key` in the chosen language (English when a catalogue lacks it). */
export function t(key: MessageKey, params?: Params): string {
  const lang = current.locale as Language;
  const id = fluentId(key);
  for (const l of lang === 'en' ? ['en' as const] : [lang, 'en' as const]) {
    const b = bundle(l);
    const message = b.getMessage(id);
    if (message?.value) return b.formatPattern(message.value, params ?? {});
  }
  return key;
}

/** For keys built from model values ("kind." + session.kind); falls back to the raw value. */
export function tv(prefix: string, value: string): string {
  const key = `${prefix}.${value}` as MessageKey;
  return key in en ? t(key) : value;
}
