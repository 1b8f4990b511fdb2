// Numbers, zones and user text as the chosen language shows them: every count through Intl in
// the language's own digits (the catalogue's numbers too), zones kept whole in a right-to-left
// line, user text isolated.
import { afterEach, describe, expect, it } from 'vitest';
import { catalogueSource, formatNumber, intlLocale, isolated, setLocale, t, unbrokenZone } from './index';
import { formatDate } from '../time';
import { findingText } from './findings';

describe('numbers in the chosen language', () => {
  afterEach(() => setLocale('en'));

  it('writes counts with the language’s digits and grouping', () => {
    expect(formatNumber(1351, 'en')).toBe('1,351');
    expect(formatNumber(1351, 'ar')).toBe('١٬٣٥١');
    expect(formatNumber(92, 'ar')).toBe('٩٢');
    expect(formatNumber(1351, 'fr')).toBe('1\u202f351');
    expect(formatNumber(1351, 'zh-Hans')).toBe('1,351');
  });

  it('follows the chosen language by default', () => {
    setLocale('ar');
    expect(formatNumber(5)).toBe('٥');
    setLocale('ru');
    expect(formatNumber(12345)).toBe('12\u00a0345');
  });

  it('uses in Arabic the same digits for counts in messages, plain counts and dates', () => {
    setLocale('ar');
    const shown = t('agenda.roomsShown', { shown: 3, total: 92 }).replace(/[\u2068\u2069]/g, '');
    expect(shown).toContain('٣');
    expect(shown).toContain('٩٢');
    expect(shown).not.toMatch(/[0-9]/);
    expect(formatDate('2019-12-27', 'ar')).toContain('٢٧');
    expect(formatDate('2019-12-27', 'ar')).not.toMatch(/[0-9]/);
    expect(intlLocale('ar')).toBe('ar-u-nu-arab');
    expect(intlLocale('en')).toBe('en-GB');
    expect(intlLocale('fr')).toBe('fr');
  });
});

describe('user text in a line of the other direction', () => {
  afterEach(() => setLocale('en'));

  it('keeps a zone whole in a right-to-left line only', () => {
    expect(unbrokenZone('Europe/Berlin', 'ar')).toBe('Europe/\u2060Berlin');
    expect(unbrokenZone('America/Argentina/Buenos_Aires', 'ar')).toBe('America/\u2060Argentina/\u2060Buenos_Aires');
    expect(unbrokenZone('Europe/Berlin', 'en')).toBe('Europe/Berlin');
    expect(unbrokenZone('Europe/Berlin', 'fr')).toBe('Europe/Berlin');
  });

  it('isolates user text outside English, and right-to-left text in English', () => {
    expect(isolated('Dr Amina Diallo')).toBe('Dr Amina Diallo');
    expect(isolated('أمينة')).toBe('\u2068أمينة\u2069');
    setLocale('ar');
    expect(isolated('Dr Amina Diallo')).toBe('\u2068Dr Amina Diallo\u2069');
  });

  it('keeps the zone of an Arabic finding whole, and an English one as it is', () => {
    const f = { wording: 'outside_room_hours', message: '', params: { session: 'Opening', room: 'Room K', zone: 'Europe/Berlin', span: '2026-07-10T07:30:00Z/2026-07-10T07:45:00Z' } };
    expect(findingText(f)).toContain('(Europe/Berlin)');
    setLocale('ar');
    expect(findingText(f)).toContain('(\u2068Europe/\u2060Berlin\u2069)');
  });

  it('writes the Arabic catalogue’s own numbers in Arabic-Indic digits', () => {
    // Western digits stay only in what is typed or named as is: times and dates to type (09:00),
    // versions and codes (1.0, wsis-2026, UTF-8, 1MO), and numbers after a Latin name (HTTP 507).
    const western: string[] = [];
    for (const line of catalogueSource('ar').split('\n')) {
      if (line.trimStart().startsWith('#')) continue;
      const tokens = line.replace(/\{[^}]*\}/g, ' ').split(/\s+/).map((w) => w.replace(/[«»()،؛.]+$|^[«»()]+/g, ''));
      tokens.forEach((w, i) => {
        if (/[0-9]/.test(w) && !/[A-Za-z:.-]/.test(w) && !/^[A-Z]+$/.test(tokens[i - 1] ?? '')) western.push(`${w} in: ${line}`);
      });
    }
    expect(western).toEqual([]);
  });
});


describe('plural forms in counts', () => {
  afterEach(() => setLocale('en'));
  it('French says one room shown in the singular, more in the plural', () => {
    setLocale('fr');
    const plain = (s: string) => s.replace(/[\u2068\u2069]/g, ''); // Fluent's isolation marks
    expect(plain(t('agenda.roomsShown', { shown: 1, total: 92 }))).toBe('1 salle affichée sur 92');
    expect(plain(t('agenda.roomsShown', { shown: 3, total: 92 }))).toBe('3 salles affichées sur 92');
  });
});
