import { afterEach, describe, expect, it } from 'vitest';
import { CommandError, toCommandError } from './api';
import { FORMAT_CODES, importErrorText } from './importError';
import { LANGUAGES, setLocale, t, type MessageKey } from './i18n';
import { errorText } from './state.svelte';
import { needsZone } from './interchange';

const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');

afterEach(() => setLocale('en'));

describe('a refused import in words', () => {
  it('asks for the programme’s time zone at the window’s field, naming the file', () => {
    const text = importErrorText({ kind: 'needs_timezone', file: '/home/a/fosdem.xml', offsets: ['+01:00'], first_date: '2021-02-06' }, 'x');
    expect(text).toBe('fosdem.xml names no time zone and its times carry the offset +01:00: choose the programme’s time zone and try again. Nothing was imported.');
    expect(text).not.toContain('--timezone');
    expect(importErrorText({ kind: 'needs_timezone', file: 'C:\\in\\f.json', offsets: [], first_date: null }, 'x'))
      .toBe('f.json names no time zone and its times are plain local times: choose the programme’s time zone and try again. Nothing was imported.');
  });

  it('names the column mapping and the fields by their labels, never --map', () => {
    const twice = importErrorText({ kind: 'field_mapped_twice', header: 'Name', field: 'email', other: 'Mail' }, 'x');
    expect(twice).toBe('Column mapping: “Name” and “Mail” are both imported as E-mail; choose it for one column only. Nothing was imported.');
    expect(importErrorText({ kind: 'unknown_column', header: 'Mail', field: 'email', columns: ['Name', 'E-mail'] }, 'x'))
      .toBe('Column mapping: the file has no column “Mail”; its columns are “Name”, “E-mail”. Nothing was imported.');
    expect(importErrorText({ kind: 'missing_column', field: 'title', columns: ['Day'] }, 'x'))
      .toBe('No column is imported as Title (the columns are “Day”): choose it for one column in the column mapping. Nothing was imported.');
    const unknown = importErrorText({ kind: 'unknown_field', header: 'Mail', field: 'mail', fields: ['email'] }, 'x');
    expect(unknown).toContain('“mail”, chosen for the column “Mail”');
    expect(unknown).not.toContain('--map');
  });

  it('names the file and line of a broken file from its code, never the parser’s English, and keeps the shell’s words for the store’s refusals', () => {
    expect(importErrorText({ kind: 'format', file: '/d/bad.xml', line: 3, code: 'bad_text', params: {}, message: 'bad text: invalid utf-8' }, 'x'))
      .toBe('bad.xml, line 3: this text cannot be read. Nothing was imported.');
    const page = { kind: 'parse' as const, file: 'page.html', line: 1, code: 'not_icalendar' as const, params: { start: '<!DOCTYPE html>' }, message: 'PARSER' };
    expect(importErrorText(page, 'x'))
      .toBe('page.html, line 1: it is not an iCalendar file: it starts with “<!DOCTYPE html>”, not BEGIN:VCALENDAR. Nothing was imported.');
    expect(importErrorText({ kind: 'no_dates', file: '/d/c.ics' }, 'x'))
      .toBe('c.ics gives no dates: none of its events has a start time. Import it into an event instead. Nothing was imported.');
    expect(importErrorText({ kind: 'format', file: 'e.json', line: null, code: 'empty', params: {}, message: 'PARSER' }, 'x'))
      .toBe('e.json: the file is empty. Nothing was imported.');
    setLocale('fr');
    expect(strip(importErrorText({ kind: 'format', file: 'a.xml', line: 1, code: 'not_a_schedule', params: { element: 'html' }, message: 'PARSER' }, 'x')))
      .toBe('a.xml, ligne 1\u202f: ce n’est pas un programme frab\u202f: son élément racine est <html>, et non <schedule>. Rien n’a été importé.');
    setLocale('en');
    const store = { kind: 'store' as const, error: { kind: 'not_found' as const, field: null, message: 'no event 9', problems: [] } };
    expect(importErrorText(store, 'p.csv: no event 9; nothing was imported')).toBe('p.csv: no event 9; nothing was imported');
  });

  it('words every format code in every language, with its params and never the parser’s message', () => {
    const params = { version: '9', supported: '1', entity: 'nbsp', element: 'html', first: '2026-01-01', last: '2027-03-01', start: '<html>' };
    const english = new Map<string, string>();
    for (const lang of LANGUAGES) {
      setLocale(lang);
      for (const code of FORMAT_CODES) {
        const text = importErrorText({ kind: 'format', file: 'f.xml', line: 2, code, params, message: 'PARSER' }, 'x');
        expect(text, `${lang} ${code}`).not.toContain('PARSER');
        expect(text, `${lang} ${code}`).not.toMatch(/formatProblem\.|\{\s*\$|\{\w+\}/);
        const reason = t(`formatProblem.${code}` as MessageKey, params);
        expect(reason, `${lang} ${code}`).not.toBe(`formatProblem.${code}`);
        if (lang === 'en') english.set(code, reason);
        // No English left: the French reason differs from the English one.
        else if (lang === 'fr') expect(reason, code).not.toBe(english.get(code));
      }
    }
    expect(FORMAT_CODES).toHaveLength(22);
  });

  it('travels from the shell’s rejection to the text a form shows', () => {
    const raw = {
      kind: 'invalid', message: 'f.xml: the file names no time zone; nothing was imported', field: 'timezone',
      import_error: { kind: 'needs_timezone', file: 'f.xml', offsets: [] },
    };
    const e = toCommandError(raw);
    expect(needsZone(e)).toBe(true);
    expect(errorText(e)).toContain('choose the programme’s time zone');
    expect(errorText(new CommandError('invalid', 'plain words'))).toBe('plain words');
  });
});
