// The one message catalogue. Every string a person reads goes through t(); other languages add
// a file beside en.ts with the same keys.
import { en, type MessageKey } from './en';

export type { MessageKey };
const catalogues: Record<string, Record<MessageKey, string>> = { en };

/** Languages written right to left; the root element's `dir` follows the locale. */
const RTL = new Set(['ar', 'fa', 'he', 'ur']);

export const locale = 'en';
export const dir: 'ltr' | 'rtl' = RTL.has(locale.split('-')[0]) ? 'rtl' : 'ltr';

export type Params = Record<string, string | number>;

const numbers = new Intl.NumberFormat(locale);

/** Fills {name} placeholders; numbers are written the language's way ("12,345"). */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** Plural categories in the order a catalogue lists its forms. */
const CATEGORY_ORDER: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Picks the form of "one|other" (or more forms) that `count` needs in `lang`. */
export function plural(text: string, count: number, lang: string): string {
  const forms = text.split('|');
  if (forms.length === 1) return text;
  const rules = new Intl.PluralRules(lang);
  const categories = rules.resolvedOptions().pluralCategories;
  const ordered = CATEGORY_ORDER.filter((c) => categories.includes(c));
  const index = ordered.indexOf(rules.select(count));
  return forms[Math.min(index < 0 ? forms.length - 1 : index, forms.length - 1)];
}

export function t(key: MessageKey, params?: Params): string {
  let text: string = catalogues[locale]?.[key] ?? en[key] ?? key;
  if (typeof params?.count === 'number') text = plural(text, params.count, locale);
  return format(text, params);
}

/** For keys built from model values ("kind." + session.kind); falls back to the raw value. */
export function tv(prefix: string, value: string): string {
  const key = `${prefix}.${value}` as MessageKey;
  return key in en ? t(key) : value;
}
