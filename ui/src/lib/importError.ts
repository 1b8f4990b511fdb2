// A refused import (the shell's CommandError.import_error, generated from plenary-core's
// ImportError) in the catalogue's words, naming the window's controls: the time zone field,
// the column mapping table. The store's own refusals keep the shell's message.
import type { ImportError } from './bindings/ImportError';
import { t, tv } from './i18n';

/** The file's name without its folders: what the person picked, as the dialog showed it. */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

const quoted = (names: string[]) => names.map((n) => `“${n}”`).join(', ');

/** Why the import was refused, in words; `fallback` (the shell's message) for the store's errors. */
export function importErrorText(e: ImportError, fallback: string): string {
  switch (e.kind) {
    case 'format':
      return e.line === null
        ? t('importError.format', { file: fileName(e.file), message: e.message })
        : t('importError.formatAt', { file: fileName(e.file), line: e.line, message: e.message });
    case 'parse':
      return t('importError.formatAt', { file: fileName(e.file), line: e.line, message: e.message });
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
