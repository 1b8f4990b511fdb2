// The import report's format and records worded in the chosen language.
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from './index';
import { reportFormat, reportRecords } from './report';

describe('import report words', () => {
  afterEach(() => setLocale('en'));
  const plain = (s: string) => s.replace(/[\u2068\u2069]/g, '');

  it('names what the file holds with the right plural', () => {
    expect(reportRecords({ records: 1, records_name: 'events' })).toBe('In the file: 1 session');
    expect(reportRecords({ records: 12, records_name: 'VEVENTs' })).toBe('In the file: 12 calendar entries');
    expect(reportRecords({ records: 3, records_name: 'things' })).toBe('In the file: 3 things');
    setLocale('ru');
    expect(plain(reportRecords({ records: 22, records_name: 'rows' }))).toBe('В файле: 22 строки');
    setLocale('ar');
    expect(plain(reportRecords({ records: 2, records_name: 'sessions' }))).toBe('في الملف: جلستان');
  });

  it('names the format, or shows an unknown one as written', () => {
    expect(reportFormat('schedule2 JSON')).toBe('frab schedule JSON (version 2)');
    setLocale('fr');
    expect(reportFormat('CSV people')).toBe('tableur CSV de personnes');
    expect(reportFormat('toString')).toBe('toString');
    expect(reportFormat('Pentabarf XML')).toBe('Pentabarf XML');
  });
});
