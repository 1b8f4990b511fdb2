import { describe, expect, it } from 'vitest';
import { CommandError, toCommandError } from './api';
import { importErrorText } from './importError';
import { errorText } from './state.svelte';
import { needsZone } from './interchange';

describe('a refused import in words', () => {
  it('asks for the programme’s time zone at the window’s field, naming the file', () => {
    const text = importErrorText({ kind: 'needs_timezone', file: '/home/a/fosdem.xml', offsets: ['+01:00'] }, 'x');
    expect(text).toBe('fosdem.xml names no time zone and its times carry the offset +01:00: choose the programme’s time zone and try again. Nothing was imported.');
    expect(text).not.toContain('--timezone');
    expect(importErrorText({ kind: 'needs_timezone', file: 'C:\\in\\f.json', offsets: [] }, 'x'))
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

  it('names the file and line of a broken file, and keeps the shell’s words for the store’s refusals', () => {
    expect(importErrorText({ kind: 'format', file: '/d/bad.xml', line: 3, message: 'bad text' }, 'x'))
      .toBe('bad.xml, line 3: bad text. Nothing was imported.');
    expect(importErrorText({ kind: 'parse', file: 'page.html', line: 1, message: 'not an iCalendar file' }, 'x'))
      .toBe('page.html, line 1: not an iCalendar file. Nothing was imported.');
    expect(importErrorText({ kind: 'no_dates', file: '/d/c.ics' }, 'x'))
      .toBe('c.ics gives no dates: none of its events has a start time. Import it into an event instead. Nothing was imported.');
    expect(importErrorText({ kind: 'format', file: 'e.json', line: null, message: 'the file is empty' }, 'x'))
      .toBe('e.json: the file is empty. Nothing was imported.');
    const store = { kind: 'store' as const, error: { kind: 'not_found' as const, field: null, message: 'no event 9', problems: [] } };
    expect(importErrorText(store, 'p.csv: no event 9; nothing was imported')).toBe('p.csv: no event 9; nothing was imported');
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
