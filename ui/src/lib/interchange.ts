// What the Import and Export cards of the Import and export screen ask the shell to do, kept
// apart from the screen so that the choice of command and its arguments is tested.
import { api, type CommandError } from './api';
import type { FileFilter } from './dialogs';
import type { MessageKey, Params } from './i18n';
import { reportRecords } from './i18n/report';
import type { ImportReport } from './types';
import type { InterchangeFormat } from './bindings/InterchangeFormat';
import type { MergeSide } from './bindings/MergeSide';
import type { ColumnMap } from './bindings/ColumnMap';
import type { CsvKind } from './bindings/CsvKind';
import type { CsvColumn } from './bindings/CsvColumn';
import type { Conflict } from './bindings/Conflict';
import type { SessionChoice } from './bindings/SessionChoice';

export type ImportFormat = 'ics' | 'frab' | 'csv-people' | 'csv-sessions' | 'event-file';

/** Import formats in the order the screen offers them, with their label. */
export const IMPORT_FORMATS: readonly (readonly [ImportFormat, MessageKey])[] = [
  ['ics', 'io.formatIcs'],
  ['frab', 'io.formatFrab'],
  ['csv-people', 'io.formatCsvPeople'],
  ['csv-sessions', 'io.formatCsvSessions'],
  ['event-file', 'io.formatEventFile'],
];

export const EXPORT_FORMATS: readonly (readonly [InterchangeFormat, MessageKey])[] = [
  ['frab-xml', 'io.formatFrabXml'],
  ['frab-json', 'io.formatFrabJson'],
  ['csv-sessions', 'io.exportCsvSessions'],
  ['csv-people', 'io.exportCsvPeople'],
  ['event-file', 'io.exportEventFile'],
];

/** The formats that can carry e-mail addresses, phone numbers, passcodes and private notes. */
export function carriesPrivate(format: InterchangeFormat): boolean {
  return format === 'csv-people' || format === 'event-file';
}

/** The extension a file of the format gets, and the open dialog's filter (name as a catalogue key). */
const FILES: Record<ImportFormat | InterchangeFormat, { extensions: string[]; name: MessageKey }> = {
  ics: { extensions: ['ics', 'ical', 'ifb'], name: 'io.filterIcs' },
  frab: { extensions: ['xml', 'json'], name: 'io.filterFrab' },
  'frab-xml': { extensions: ['xml'], name: 'io.filterXml' },
  'frab-json': { extensions: ['json'], name: 'io.filterJson' },
  'csv-people': { extensions: ['csv', 'tsv', 'txt'], name: 'io.filterCsv' },
  'csv-sessions': { extensions: ['csv', 'tsv', 'txt'], name: 'io.filterCsv' },
  'event-file': { extensions: ['json'], name: 'io.filterEventFile' },
};

export function fileFilters(format: ImportFormat | InterchangeFormat, translate: (key: MessageKey) => string): FileFilter[] {
  const f = FILES[format];
  return [{ name: translate(f.name), extensions: f.extensions }];
}

/** The name the save dialog proposes: wsis-forum-2026.schedule.xml, …-people.csv, …plenary.json. */
export function exportFileName(slug: string, format: InterchangeFormat): string {
  switch (format) {
    case 'frab-xml': return `${slug}.schedule.xml`;
    case 'frab-json': return `${slug}.schedule.json`;
    case 'csv-sessions': return `${slug}-sessions.csv`;
    case 'csv-people': return `${slug}-people.csv`;
    case 'event-file': return `${slug}.plenary.json`;
  }
}

/** What the Import card's controls say, besides the file. */
export interface ImportChoice {
  format: ImportFormat;
  /** The programme's IANA zone for a frab file that names none; blank means none given. */
  timezone: string;
  /** Event-file merges: whose version wins where both organisers changed a session. */
  take: MergeSide;
  /** CSV columns whose header does not name their field; rows without a header are unfinished. */
  columns: ColumnMap[];
  /** Event-file merges: the side chosen for single conflicting sessions, overriding `take`. */
  choices?: SessionChoice[];
}

/** Which spreadsheet a CSV import format reads, or null for the other formats. */
export function csvKind(format: ImportFormat): CsvKind | null {
  return format === 'csv-people' ? 'people' : format === 'csv-sessions' ? 'sessions' : null;
}

/** One command call: its name (for tests and messages) and how to run it. */
export interface ImportCall {
  command: 'import_ics' | 'import_frab' | 'import_csv' | 'import_event_file';
  args: Record<string, unknown>;
  run: () => Promise<ImportReport>;
}

export function importCall(choice: ImportChoice, eventId: number, path: string, dryRun: boolean): ImportCall {
  switch (choice.format) {
    case 'ics':
      return { command: 'import_ics', args: { eventId, path, dryRun }, run: () => api.importIcs(eventId, path, dryRun) };
    case 'frab': {
      const timezone = choice.timezone.trim() || null;
      return {
        command: 'import_frab', args: { path, timezone, dryRun },
        run: () => api.importFrab(path, timezone, dryRun),
      };
    }
    case 'csv-people':
    case 'csv-sessions': {
      const what = choice.format === 'csv-people' ? 'people' : 'sessions';
      const map = choice.columns
        .filter((c) => c.header.trim() !== '')
        .map((c) => ({ header: c.header.trim(), field: c.field }));
      return {
        command: 'import_csv', args: { eventId, path, what, map, dryRun },
        run: () => api.importCsv(eventId, path, what, map, dryRun),
      };
    }
    case 'event-file': {
      const choices = choice.choices ?? [];
      return {
        command: 'import_event_file', args: { path, take: choice.take, choices, dryRun },
        run: () => api.importEventFile(path, choice.take, choices, dryRun),
      };
    }
  }
}

/** The shell names the `timezone` field when a frab file gives no zone and none was chosen. */
export function needsZone(error: CommandError): boolean {
  return error.field === 'timezone';
}

/** The event a real import wrote into, when it is not the one open (a frab or event file made it). */
export function otherEvent(report: ImportReport, openEventId: number | null): { id: number; title: string } | null {
  if (report.dry_run || !report.event || report.event.id === openEventId) return null;
  return { id: report.event.id, title: report.event.title };
}

/**
 * Whether an import format goes into the event its file names (a frab schedule by its acronym,
 * an event file by its event), not into the open one.
 */
export function namesItsEvent(format: ImportFormat): boolean {
  return format === 'frab' || format === 'event-file';
}

/**
 * The heading of an import's report; when the file named its event (`namesEvent`), it says which
 * event the import went into: "Imported into “36th Chaos Communication Congress”".
 */
export function reportHeading(
  report: Pick<ImportReport, 'dry_run' | 'event'>,
  namesEvent: boolean,
  translate: (key: MessageKey, params?: Params) => string,
): string {
  if (namesEvent && report.event) {
    return translate(report.dry_run ? 'io.reportDryInto' : 'io.reportInto', { title: report.event.title });
  }
  return translate(report.dry_run ? 'io.reportDry' : 'io.report');
}

/**
 * What the live region says once an import's report is shown: its heading, what the file held,
 * and how many records were skipped, e.g. "Import report · In the file: 1,351 sessions · 2 skipped".
 */
export function reportSummary(
  report: Pick<ImportReport, 'dry_run' | 'event' | 'records' | 'records_name' | 'skipped'>,
  translate: (key: MessageKey, params?: Params) => string,
  namesEvent = false,
): string {
  const parts = [reportHeading(report, namesEvent, translate), reportRecords(report)];
  if (report.skipped.length) parts.push(translate('io.skipped', { count: report.skipped.length }));
  return parts.join(' · ');
}

/** An event-file run whose conflicts the person can still decide one by one, by session UUID. */
export interface MergeRun {
  path: string;
  take: MergeSide;
  /** The conflicts open to a choice, and the side each one is set to. */
  conflicts: Conflict[];
  picks: Record<string, MergeSide>;
}

/**
 * The conflicts of an event-file report that a further run can still decide, each set to the
 * side the run applied (its own choice, else `take`). After a check run every conflict is open;
 * after a real import only those where this store's version was kept, since the file's version
 * of the others is already in the store. Null when nothing is left to choose.
 */
export function mergeRun(report: ImportReport, path: string, take: MergeSide, choices: SessionChoice[] = []): MergeRun | null {
  const applied = new Map(choices.map((c) => [c.session, c.take]));
  const sideOf = (c: Conflict) => applied.get(c.session) ?? take;
  const conflicts = report.conflicts.filter((c) => report.dry_run || sideOf(c) === 'store');
  if (!conflicts.length) return null;
  return { path, take, conflicts, picks: Object.fromEntries(conflicts.map((c) => [c.session, sideOf(c)])) };
}

/** What the shell reads for a re-run: one explicit side per open conflict ("keep mine" if unset). */
export function sessionChoices(run: MergeRun): SessionChoice[] {
  return run.conflicts.map((c) => ({ session: c.session, take: run.picks[c.session] ?? 'store' }));
}

/**
 * One column of the chosen CSV file in the mapping table: its header, the field the import gives
 * it by the header alone (null: left out), and the field chosen for it ('' means not imported).
 */
export interface CsvColumnChoice {
  header: string;
  auto: string | null;
  field: string;
}

/** The table's rows for the columns the shell read, each set to its automatic field. */
export function csvColumnChoices(columns: CsvColumn[]): CsvColumnChoice[] {
  return columns.map((c) => ({ header: c.header, auto: c.field, field: c.field ?? '' }));
}

/**
 * Whether the column at `index` can be mapped: a mapping names a column by its header, so a column
 * without one, or whose header an earlier column already has, keeps what the import gives it.
 */
export function mappable(columns: CsvColumnChoice[], index: number): boolean {
  const header = columns[index]?.header.trim() ?? '';
  return header !== '' && columns.findIndex((c) => c.header.trim() === header) === index;
}

/** One option of a column's field select: the value sent to the shell and its label. */
export interface FieldOption {
  value: string;
  label: string;
}

/**
 * The options of a column's select: "not imported" first, then every field in the shell's order,
 * labelled from the catalogue (`csvField.<field>`, the raw name if the catalogue lacks it).
 */
export function fieldOptions(fields: string[], label: (field: string) => string, notImported: string): FieldOption[] {
  return [{ value: '', label: notImported }, ...fields.map((f) => ({ value: f, label: label(f) }))];
}

/** The fields chosen for more than one column; the shell refuses such a mapping. */
export function repeatedFields(columns: CsvColumnChoice[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const [i, c] of columns.entries()) {
    if (!c.field || !mappable(columns, i)) continue;
    if (seen.has(c.field)) repeated.add(c.field);
    seen.add(c.field);
  }
  return repeated;
}

/**
 * The mapping the import is run with: every column with a header, as the table shows it, so that
 * the shell's own header matching changes nothing (a column left out does not let a later one with
 * a matching header take its field). Columns that cannot be
 * mapped (see `mappable`) are not sent.
 */
export function columnMaps(columns: CsvColumnChoice[]): ColumnMap[] {
  return columns.filter((_, i) => mappable(columns, i)).map((c) => ({ header: c.header.trim(), field: c.field }));
}
