import { describe, expect, it } from 'vitest';
import { CommandError, NO_WINDOW } from './api';
import {
  carriesPrivate, csvKind, EXPORT_FORMATS, exportFileName, fileFilters, importCall, IMPORT_FORMATS, mergeRun, needsZone, otherEvent,
  sessionChoices, type ImportChoice,
} from './interchange';
import { en } from './i18n/en';
import { t } from './i18n';
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
