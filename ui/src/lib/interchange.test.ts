import { describe, expect, it } from 'vitest';
import { CommandError, NO_WINDOW } from './api';
import {
  carriesPrivate, columnMaps, csvColumnChoices, csvKind, EXPORT_FORMATS, exportFileName, fieldOptions, fileFilters, importCall, IMPORT_FORMATS,
  mappable, mergeRun, namesItsEvent, needsZone, otherEvent, repeatedFields, reportHeading, reportSummary, sessionChoices,
  type ImportChoice,
} from './interchange';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { en } from './i18n/en';
import { t, tv } from './i18n';
import type { ImportReport } from './types';

const choice = (over: Partial<ImportChoice>): ImportChoice => ({ format: 'ics', timezone: '', take: 'store', columns: [], ...over });

describe('import calls', () => {
  it('sends each format to its command with the arguments the shell reads', () => {
    expect(importCall(choice({}), 4, '/a.ics', true)).toMatchObject({ command: 'import_ics', args: { eventId: 4, path: '/a.ics', dryRun: true } });
    expect(importCall(choice({ format: 'csv-people' }), 4, '/p.csv', false))
      .toMatchObject({ command: 'import_csv', args: { eventId: 4, path: '/p.csv', what: 'people', map: [], dryRun: false } });
    expect(importCall(choice({ format: 'csv-sessions' }), 4, '/s.csv', false).args.what).toBe('sessions');
    expect(importCall(choice({ format: 'event-file', take: 'file' }), 4, '/e.json', true))
      .toEqual(expect.objectContaining({ command: 'import_event_file', args: { path: '/e.json', take: 'file', choices: [], dryRun: true } }));
    const choices = [{ session: 'u-1', take: 'file' as const }];
    expect(importCall(choice({ format: 'event-file', choices }), 4, '/e.json', false).args)
      .toEqual({ path: '/e.json', take: 'store', choices, dryRun: false });
  });

  it('sends the finished column mappings, trimmed, and only for CSV', () => {
    const columns = [{ header: ' E-mail address ', field: 'email' }, { header: '  ', field: 'name' }];
    expect(importCall(choice({ format: 'csv-people', columns }), 1, '/p.csv', true).args.map)
      .toEqual([{ header: 'E-mail address', field: 'email' }]);
    expect(importCall(choice({ format: 'frab', columns }), 1, '/f.xml', true).args).not.toHaveProperty('map');
    expect([csvKind('csv-people'), csvKind('csv-sessions'), csvKind('frab')]).toEqual(['people', 'sessions', null]);
  });

  it('sends a frab zone trimmed, and none when the field is blank', () => {
    expect(importCall(choice({ format: 'frab', timezone: '  Europe/Brussels ' }), 1, '/f.xml', false).args)
      .toEqual({ path: '/f.xml', timezone: 'Europe/Brussels', dryRun: false });
    expect(importCall(choice({ format: 'frab', timezone: '   ' }), 1, '/f.xml', true).args.timezone).toBeNull();
  });

  it('runs through the command wrapper (which refuses outside the window)', async () => {
    const err = await importCall(choice({ format: 'frab' }), 1, '/f.xml', true).run().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommandError);
    expect((err as CommandError).message).toBe(NO_WINDOW);
  });

  it('recognises the missing-zone refusal by its field', () => {
    expect(needsZone(new CommandError('invalid', 'x.xml: the file names no time zone', 'timezone'))).toBe(true);
    expect(needsZone(new CommandError('invalid', 'x.xml:3: not XML'))).toBe(false);
  });
});

describe('reports and files', () => {
  const report = (over: Partial<ImportReport>) => ({ dry_run: false, event: null, ...over }) as ImportReport;
  const event = { id: 9, uuid: '', slug: 'democon', title: 'DemoCon', timezone: 'UTC' };

  it('names the event a real import wrote when it is another one', () => {
    expect(otherEvent(report({ event }), 2)).toEqual({ id: 9, title: 'DemoCon' });
    expect(otherEvent(report({ event }), 9)).toBeNull();
    expect(otherEvent(report({ event, dry_run: true }), 2)).toBeNull();
    expect(otherEvent(report({}), 2)).toBeNull();
  });

  it('proposes a file name per format and filters by extension', () => {
    expect(exportFileName('wsis', 'frab-xml')).toBe('wsis.schedule.xml');
    expect(exportFileName('wsis', 'event-file')).toBe('wsis.plenary.json');
    expect(exportFileName('wsis', 'csv-people')).toBe('wsis-people.csv');
    expect(fileFilters('frab', t)).toEqual([{ name: en['io.filterFrab'], extensions: ['xml', 'json'] }]);
  });

  it('offers private data only where the format can carry it', () => {
    expect(EXPORT_FORMATS.filter(([f]) => carriesPrivate(f)).map(([f]) => f)).toEqual(['csv-people', 'event-file']);
    expect(IMPORT_FORMATS.map(([f]) => f)).toEqual(['ics', 'frab', 'csv-people', 'csv-sessions', 'event-file']);
  });
});

describe('conflicts of an event-file merge', () => {
  const conflict = (session: string) => ({ session, code: session.toUpperCase(), title: `Session ${session}`, fields: ['title'], resolution: '' });
  const report = (dry_run: boolean, ...sessions: string[]) => ({ dry_run, conflicts: sessions.map(conflict) }) as unknown as ImportReport;

  it('offers every conflict of a check run, each set to the side the run applied', () => {
    const run = mergeRun(report(true, 'a', 'b'), '/e.json', 'store', [{ session: 'b', take: 'file' }]);
    expect(run).toMatchObject({ path: '/e.json', take: 'store', picks: { a: 'store', b: 'file' } });
    expect(run?.conflicts.map((c) => c.session)).toEqual(['a', 'b']);
    expect(mergeRun(report(true, 'a'), '/e.json', 'file')?.picks).toEqual({ a: 'file' });
  });

  it('after a real import offers only the sessions whose file version was not taken', () => {
    const run = mergeRun(report(false, 'a', 'b'), '/e.json', 'store', [{ session: 'a', take: 'file' }]);
    expect(run?.conflicts.map((c) => c.session)).toEqual(['b']);
    expect(run?.picks).toEqual({ b: 'store' });
    expect(mergeRun(report(false, 'a'), '/e.json', 'file')).toBeNull();
    expect(mergeRun(report(true), '/e.json', 'store')).toBeNull();
  });

  it('sends one explicit side per open conflict, keeping mine where none is set', () => {
    const run = mergeRun(report(true, 'a', 'b'), '/e.json', 'store')!;
    run.picks.b = 'file';
    delete run.picks.a;
    expect(sessionChoices(run)).toEqual([{ session: 'a', take: 'store' }, { session: 'b', take: 'file' }]);
    const call = importCall(choice({ format: 'event-file', take: run.take, choices: sessionChoices(run) }), 1, run.path, true);
    expect(call.args.choices).toEqual([{ session: 'a', take: 'store' }, { session: 'b', take: 'file' }]);
  });
});

describe('CSV column mapping table', () => {
  const read = [
    { header: 'Full name', field: 'name' },
    { header: 'Affiliation', field: 'organisation' },
    { header: ' Contact ', field: null },
    { header: '', field: null },
    { header: 'Full name', field: null },
  ];

  it('starts each column at the field the import gives it, or not imported', () => {
    const rows = csvColumnChoices(read);
    expect(rows.map((r) => r.field)).toEqual(['name', 'organisation', '', '', '']);
    expect(rows[2]).toEqual({ header: ' Contact ', auto: null, field: '' });
  });

  it('lets only columns the shell can name be mapped: a header, and the first column with it', () => {
    const rows = csvColumnChoices(read);
    expect(rows.map((_, i) => mappable(rows, i))).toEqual([true, true, true, false, false]);
  });

  it('sends every mappable column as the table shows it, left-out columns as the empty field', () => {
    const rows = csvColumnChoices(read);
    rows[1].field = '';
    rows[2].field = 'email';
    rows[4].field = 'bio';
    expect(columnMaps(rows)).toEqual([
      { header: 'Full name', field: 'name' },
      { header: 'Affiliation', field: '' },
      { header: 'Contact', field: 'email' },
    ]);
    const call = importCall(choice({ format: 'csv-people', columns: columnMaps(rows) }), 1, '/p.csv', false);
    expect(call.args.map).toEqual(columnMaps(rows));
  });

  it('finds a field chosen for two columns, but not "not imported" or unmappable columns', () => {
    const rows = csvColumnChoices(read);
    expect(repeatedFields(rows).size).toBe(0);
    rows[2].field = 'name';
    rows[3].field = 'organisation';
    expect([...repeatedFields(rows)]).toEqual(['name']);
  });

  it('offers "not imported" first, then the fields in order with their catalogue labels', () => {
    const options = fieldOptions(['name', 'email', 'join_url'], (f) => tv('csvField', f), t('io.notImported'));
    expect(options).toEqual([
      { value: '', label: 'Not imported' },
      { value: 'name', label: 'Name' },
      { value: 'email', label: 'E-mail' },
      { value: 'join_url', label: 'Online join link' },
    ]);
  });

  it('has a label for every field the shell can map a column to', () => {
    // The field lists of the interchange crate, read from its source so a new field needs a label.
    const source = readFileSync(fileURLToPath(new URL('../../../crates/plenary-interchange/src/csv/columns.rs', import.meta.url)), 'utf8');
    const fields = ['PERSON_FIELDS', 'SESSION_FIELDS'].flatMap((name) => {
      const list = source.match(new RegExp(`pub const ${name}: &\\[&str\\] = &\\[([^\\]]*)\\]`));
      expect(list, name).not.toBeNull();
      return [...list![1].matchAll(/"([a-z_]+)"/g)].map((m) => m[1]);
    });
    expect(fields.length).toBeGreaterThan(30);
    const missing = fields.filter((f) => !(`csvField.${f}` in en));
    expect(missing).toEqual([]);
  });
});

describe('the summary a shown report says', () => {
  it('names the report, what the file held and what was skipped', () => {
    const report = { dry_run: false, records: 1351, records_name: 'events', skipped: [] } as unknown as ImportReport;
    expect(reportSummary(report, t)).toBe('Import report · In the file: 1,351 sessions');
    const skipped = [{ line: 3, what: { kind: 'row', row: 3 }, reason: { code: 'no_title' } }];
    expect(reportSummary({ ...report, dry_run: true, records: 1, records_name: 'rows', skipped } as unknown as ImportReport, t))
      .toBe('Import check (nothing was changed) · In the file: 1 row · 1 skipped');
  });
});

describe('the report names the event a frab or event file went into', () => {
  const event = { id: 9, title: '36th Chaos Communication Congress', slug: '36c3' };
  it('heads a frab or event-file report with its event, others as before', () => {
    expect(namesItsEvent('frab')).toBe(true);
    expect(namesItsEvent('event-file')).toBe(true);
    expect(namesItsEvent('ics')).toBe(false);
    const report = { dry_run: false, event } as unknown as ImportReport;
    expect(reportHeading(report, true, t)).toBe('Imported into “36th Chaos Communication Congress”');
    expect(reportHeading({ ...report, dry_run: true }, true, t)).toBe('Import check for “36th Chaos Communication Congress” (nothing was changed)');
    expect(reportHeading(report, false, t)).toBe('Import report');
    expect(reportSummary({ ...report, records: 2, records_name: 'sessions', skipped: [] } as unknown as ImportReport, t, true))
      .toBe('Imported into “36th Chaos Communication Congress” · In the file: 2 sessions');
  });
});
