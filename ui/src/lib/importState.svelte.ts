// What the Import and export screen shows, kept at module level: the App re-mounts its screens
// on a language switch, and an import's report, the chosen format or a refusal must survive it
// (they are worded from codes, so they read in the new language). The person's choices (formats,
// zone, which side wins, private fields) are theirs and stay for every event; a change of the
// open event clears only what belongs to the event it was made in (reports, files, messages).
import type { CommandError } from './api';
import type { MessageKey, Params } from './i18n';
import type { ImportReport } from './types';
import type { InterchangeFormat } from './bindings/InterchangeFormat';
import type { MergeSide } from './bindings/MergeSide';
import type { Omitted } from './bindings/Omitted';
import type { CsvColumnChoice, ImportFormat, MergeRun } from './interchange';

/**
 * What a section's status line says, as a catalogue key and its values so that it is worded
 * again in the language chosen later; `n` makes a repeat of the same words a change the live
 * region announces.
 */
export interface Said {
  key: MessageKey;
  params?: Params;
  n: number;
}

/** What the person chose: kept while the window is open, whatever event is open. */
function choices() {
  return {
    // Import card.
    format: 'ics' as ImportFormat,
    /** The zone for a file that names none. */
    timezone: '',
    take: 'store' as MergeSide,
    // Export of interchange formats.
    exportFormat: 'frab-xml' as InterchangeFormat,
    includePrivate: false,
  };
}

/** What the last runs made: it belongs to the event they ran in. */
function results() {
  return {
    /** The event the state below belongs to. */
    eventId: null as number | null,
    /** The CSV file chosen for the next check or import, and the field chosen for each of its columns. */
    csvFile: null as { path: string; name: string; columns: CsvColumnChoice[] } | null,
    report: null as ImportReport | null,
    /** Whether the report's file named the event it went into (frab, event file): its heading says which. */
    reportNamesEvent: false,
    /** The refusal of a frab file that names no zone, shown at the zone field. */
    zoneError: null as CommandError | null,
    /** The file and run kind of that refused import, so the person can retry without the dialog. */
    retry: null as { path: string; dryRun: boolean } | null,
    /** A real import that wrote into another event than the open one. */
    written: null as { id: number; title: string } | null,
    /** The event file of the last run and its conflicts still open to a choice, one by one. */
    merge: null as MergeRun | null,
    importError: null as CommandError | null,
    omitted: [] as Omitted[],
    exportError: null as CommandError | null,
    exportEmpty: false,
    // Export iCalendar.
    icsError: null as CommandError | null,
    icsEmpty: false,
    /** Each section's status line (import, interchange export, iCalendar export). */
    said: { import: null, interchange: null, ics: null } as Record<'import' | 'interchange' | 'ics', Said | null>,
  };
}

/** The screen's state; read and bind its fields directly. */
export const io = $state({ ...choices(), ...results() });

let count = 0;

/** Sets a section's status line (null clears it). */
export function sayIn(section: keyof typeof io.said, key: MessageKey | null, params?: Params): void {
  io.said[section] = key === null ? null : { key, params, n: ++count };
}

/** Clears the last runs' results when the open event is not the one they belong to; the
 * person's choices stay (a newcomer who picked frab and opened the event it made finds frab). */
export function keepFor(eventId: number | null): void {
  if (io.eventId === eventId) return;
  Object.assign(io, results(), { eventId });
}

/**
 * Leaving the screen: its refusals and status lines are no longer true of anything on screen,
 * so they go (issue 12: errors cleared when no longer true); the chosen format, zone and the
 * last report stay for the next visit. Not called on a language switch's re-mount.
 */
export function forgetMessages(): void {
  io.importError = null;
  io.zoneError = null;
  io.retry = null;
  io.exportError = null;
  io.icsError = null;
  io.exportEmpty = false;
  io.icsEmpty = false;
  io.said = { import: null, interchange: null, ics: null };
}
