// An import report's file format and record count in the chosen language. The importers name
// them in English (plenary-core ImportReport::new: "frab schedule XML" …, "events", "rows" …);
// the known ones map to catalogue messages, anything else is shown as the importer wrote it.
import type { ImportReport } from '../bindings/ImportReport';
import { t, type MessageKey } from './index';

const FORMATS: Record<string, MessageKey> = {
  'frab schedule XML': 'reportFormat.frabXml',
  'schedule JSON': 'reportFormat.scheduleJson',
  'schedule2 JSON': 'reportFormat.schedule2Json',
  'Plenary event file': 'reportFormat.eventFile',
  'CSV sessions': 'reportFormat.csvSessions',
  'CSV people': 'reportFormat.csvPeople',
  iCalendar: 'reportFormat.ical',
};

const RECORDS: Record<string, MessageKey> = {
  events: 'records.events',
  sessions: 'records.sessions',
  rows: 'records.rows',
  VEVENTs: 'records.VEVENTs',
};

/** The report's format ("frab schedule XML") in the chosen language. */
export function reportFormat(format: string): string {
  return Object.hasOwn(FORMATS, format) ? t(FORMATS[format]) : format;
}

/** "In the file: 12 events", with the noun and its plural form in the chosen language. */
export function reportRecords(report: Pick<ImportReport, 'records' | 'records_name'>): string {
  const key = Object.hasOwn(RECORDS, report.records_name) ? RECORDS[report.records_name] : null;
  return key
    ? t('io.reportRecordsIn', { records: t(key, { count: report.records }) })
    : t('io.reportRecords', { count: report.records, name: report.records_name });
}
