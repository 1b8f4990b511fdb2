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

export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function t(key: MessageKey, params?: Params): string {
  const text = catalogues[locale]?.[key] ?? en[key];
  return format(text ?? key, params);
}

/** For keys built from model values ("kind." + session.kind); falls back to the raw value. */
export function tv(prefix: string, value: string): string {
  const key = `${prefix}.${value}` as MessageKey;
  return key in en ? t(key) : value;
}
