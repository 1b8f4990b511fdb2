// A refused import (the shell's CommandError.import_error, generated from plenary-core's
// ImportError) in the catalogue's words, naming the window's controls: the time zone field,
// the column mapping table. The store's own refusals keep the shell's message. A file not in its
// format is worded from its code and params, never the parser's English `message`.
import type { FormatProblem } from './bindings/FormatProblem';
import type { ImportError } from './bindings/ImportError';
import { t, tv, type MessageKey } from './i18n';

/** The file's name without its folders: what the person picked, as the dialog showed it. */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

const quoted = (names: string[]) => names.map((n) => `“${n}”`).join(', ');

/** The catalogue's words for each code (a missing code does not compile). */
const FORMAT_WORDS: Record<FormatProblem, MessageKey> = {
  not_json: 'formatProblem.not_json',
  not_an_event_file: 'formatProblem.not_an_event_file',
  newer_event_file: 'formatProblem.newer_event_file',
  bad_event_file: 'formatProblem.bad_event_file',
  event_not_accepted: 'formatProblem.event_not_accepted',
  unreadable_header: 'formatProblem.unreadable_header',
  no_header_row: 'formatProblem.no_header_row',
  unreadable_row: 'formatProblem.unreadable_row',
  not_xml: 'formatProblem.not_xml',
  bad_text: 'formatProblem.bad_text',
  bad_cdata: 'formatProblem.bad_cdata',
  unknown_entity: 'formatProblem.unknown_entity',
  empty: 'formatProblem.empty',
  not_a_schedule: 'formatProblem.not_a_schedule',
  not_a_schedule_file: 'formatProblem.not_a_schedule_file',
  no_schedule: 'formatProblem.no_schedule',
  no_conference: 'formatProblem.no_conference',
  no_schedule_dates: 'formatProblem.no_schedule_dates',
  span_too_long: 'formatProblem.span_too_long',
  not_icalendar: 'formatProblem.not_icalendar',
  no_vcalendar: 'formatProblem.no_vcalendar',
  no_vevent: 'formatProblem.no_vevent',
};

/** Every code the window words (for tests). */
export const FORMAT_CODES = Object.keys(FORMAT_WORDS) as FormatProblem[];

/** Why a file is not in its format, in the catalogue's words (its params filled in). */
function formatReason(code: FormatProblem, params: Partial<Record<string, string>>): string {
  const given = Object.entries(params).filter((p): p is [string, string] => p[1] !== undefined);
  return t(FORMAT_WORDS[code], Object.fromEntries(given));
}

/** Why the import was refused, in words; `fallback` (the shell's message) for the store's errors. */
export function importErrorText(e: ImportError, fallback: string): string {
  switch (e.kind) {
    case 'format':
    case 'parse': {
      const message = formatReason(e.code, e.params);
      return e.line === null
        ? t('importError.format', { file: fileName(e.file), message })
        : t('importError.formatAt', { file: fileName(e.file), line: e.line, message });
    }
    case 'needs_timezone':
      return e.offsets.length === 0
        ? t('importError.needsTimezone', { file: fileName(e.file) })
        : t('importError.needsTimezoneOffsets', { file: fileName(e.file), offsets: e.offsets.join(', ') });
    case 'no_dates':
      return t('importError.noDates', { file: fileName(e.file) });
    case 'unknown_timezone':
      return t('importError.unknownTimezone', { zone: e.zone });
    case 'unknown_field':
      return t('importError.unknownField', { header: e.header, field: e.field });
    case 'unknown_column':
      return t('importError.unknownColumn', { header: e.header, columns: quoted(e.columns) });
    case 'field_mapped_twice':
      return t('importError.fieldMappedTwice', { header: e.header, other: e.other, field: tv('csvField', e.field) });
    case 'missing_column':
      return t('importError.missingColumn', { field: tv('csvField', e.field), columns: quoted(e.columns) });
    case 'store':
      return fallback;
  }
}
