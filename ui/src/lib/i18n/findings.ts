// A check finding worded in the chosen language from its rule's wording and params
// (plenary-checks `Finding::wording` and `Finding::params`); the English `message` made in Rust
// is only the fallback for a wording this window does not know yet.
import type { Finding } from '../bindings/Finding';
import { formatDate, formatMoment, formatSpan } from '../time';
import { en, type MessageKey } from './en';
import { locale, t, unbrokenZone, type Params } from './index';

/** Params that are whole numbers: passed as numbers so that they are written the language's way. */
const NUMBERS = new Set(['minutes', 'needMinutes', 'expected', 'capacity', 'languages', 'booths']);

/**
 * The values of a finding's sentence, shown in `zone` (default: the one the finding names):
 * spans (`span`, `itemSpan`, …: ISO intervals) and instants (`endTime`, `startTime`) in local
 * time, dates (`firstDay`, `lastDay`) in words, a missing room as "no room".
 */
export function findingParams(f: Pick<Finding, 'params'>, zone?: string, lang: string = locale): Params {
  const shownIn = zone ?? f.params.zone ?? 'UTC';
  const out: Params = {};
  for (const [name, value] of Object.entries(f.params)) {
    if (value === undefined) continue;
    if (/[sS]pan\d?$/.test(name) && value.includes('/')) {
      const [start, end] = value.split('/');
      out[name] = formatSpan(start, end, shownIn, lang);
    } else if (name.endsWith('Time')) {
      out[name] = formatMoment(value, shownIn, lang);
    } else if (name.endsWith('Day')) {
      out[name] = formatDate(value, lang, 'short');
    } else if (NUMBERS.has(name) && /^\d+$/.test(value)) {
      out[name] = Number(value);
    } else if (/^room\d?$/.test(name) && value === '') {
      out[name] = t('finding.noRoom');
    } else {
      out[name] = value;
    }
  }
  out.zone = unbrokenZone(shownIn, lang);
  return out;
}

/** The finding as a sentence in the chosen language; times in `zone` (default: the event's). */
export function findingText(f: Pick<Finding, 'wording' | 'params' | 'message'>, zone?: string): string {
  const key = `finding.${f.wording}`;
  return key in en ? t(key as MessageKey, findingParams(f, zone)) : f.message;
}
