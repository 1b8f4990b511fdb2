// One typed function per Tauri command (src-tauri/src/commands/, files.rs). Every failure becomes a
// CommandError carrying the shell's message, so screens can show it in words.
import type {
  Event, EventData, EventSummary, Person, PersonData, Room, RoomData, Schedule, Selection, Session,
  SessionData, Term, Venue, VenueData, Vocabulary, ErrorKind, Finding, Slot, SlotRequest, ImportReport,
} from './types';
import type { CsvKind } from './bindings/CsvKind';
import type { ColumnMap } from './bindings/ColumnMap';
import type { CsvColumn } from './bindings/CsvColumn';
import type { Coverage } from './bindings/Coverage';
import type { MergeSide } from './bindings/MergeSide';
import type { SessionChoice } from './bindings/SessionChoice';
import type { InterchangeExport } from './bindings/InterchangeExport';
import type { ExportResult } from './bindings/ExportResult';
import type { ExportOptions } from './bindings/ExportOptions';
import type { NextEdition } from './bindings/NextEdition';
import type { Progress } from './bindings/Progress';
import type { FileFilter } from './bindings/FileFilter';
import type { CommandError as CommandErrorBody } from './bindings/CommandError';
import type { ImportError } from './bindings/ImportError';
import type { InputProblem } from './bindings/InputProblem';
import type { Deletable } from './bindings/Deletable';
import type { Dependents } from './bindings/Dependents';
import type { Removed } from './bindings/Removed';
import type { Restored } from './bindings/Restored';

/**
 * The shell's error (`CommandErrorBody`, generated from src-tauri/src/error.rs) as a thrown Error.
 * `problems` are worded by lib/errors.ts; a CommandError made in the window (a form's own check)
 * has one problem of code `other` holding its already translated `message`.
 */
export class CommandError extends Error implements CommandErrorBody {
  kind: ErrorKind;
  field: string | null;
  problems: InputProblem[];
  /** Why an import was refused, whole; worded by `importErrorText`. */
  import_error: ImportError | null;
  /** The shell command that failed (set by `call`); null for a form's own check. */
  command: string | null = null;
  constructor(kind: ErrorKind, message: string, field: string | null = null, importError: ImportError | null = null,
    problems: InputProblem[] | null = null) {
    super(message);
    this.kind = kind;
    this.field = field;
    this.import_error = importError;
    this.problems = problems ?? [{ field: field ?? '', code: 'other', params: { message } }];
  }
}

/** Message used when the page runs in a plain browser instead of Plenary's window. */
export const NO_WINDOW = 'no_window';

export function inTauri(): boolean {
  return typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window;
}

/** Turns whatever invoke rejected with into a CommandError. */
export function toCommandError(raw: unknown): CommandError {
  if (raw instanceof CommandError) return raw;
  if (raw && typeof raw === 'object' && 'message' in raw) {
    const r = raw as Partial<CommandErrorBody> & { message: unknown };
    const problems = Array.isArray(r.problems) && r.problems.length > 0 ? r.problems : null;
    return new CommandError(r.kind ?? 'io', String(r.message), r.field ?? null, r.import_error ?? null, problems);
  }
  return new CommandError('io', typeof raw === 'string' ? raw : String(raw));
}

/** Runs a shell command; a refusal arrives as a CommandError (also with no window around). */
export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  if (!inTauri()) throw new CommandError('io', NO_WINDOW);
  // Imported lazily so a plain browser (preview, screenshots) never touches Tauri internals.
  const { invoke } = await import('@tauri-apps/api/core');
  let result: T;
  try {
    result = await invoke<T>(command, args);
  } catch (raw) {
    const e = toCommandError(raw);
    e.command = command;
    throw e;
  }
  succeeded.listener?.(command);
  return result;
}

/**
 * Told of every command that succeeded: the shared error banner (state.svelte.ts) clears an
 * error of that same command, which is no longer true. A hook, as state.svelte.ts imports this file.
 */
export const succeeded: { listener: ((command: string) => void) | null } = { listener: null };

// Argument and result types are generated from the Rust types (ui/src/lib/bindings); screens
// import these from here. `IcsOptions` is plenary-ical's ExportOptions.
export type { ExportResult, NextEdition, Progress, ExportOptions as IcsOptions };
export type { Deletable, Dependents, Removed, Restored };

export const api = {
  listEvents: () => call<EventSummary[]>('list_events'),
  getSchedule: (eventId: number) => call<Schedule>('get_schedule', { eventId }),
  createEvent: (data: EventData) => call<Event>('create_event', { data }),
  updateEvent: (eventId: number, data: EventData) => call<Event>('update_event', { eventId, data }),
  duplicateEvent: (eventId: number, title: string, startDate: string) =>
    call<Event>('duplicate_event', { eventId, title, startDate }),
  suggestNextEdition: (eventId: number) => call<NextEdition>('suggest_next_edition', { eventId }),

  createVenue: (eventId: number, data: VenueData) => call<Venue>('create_venue', { eventId, data }),
  updateVenue: (venueId: number, data: VenueData) => call<Venue>('update_venue', { venueId, data }),
  createRoom: (eventId: number, data: RoomData) => call<Room>('create_room', { eventId, data }),
  updateRoom: (roomId: number, data: RoomData) => call<Room>('update_room', { roomId, data }),

  listPeople: () => call<Person[]>('list_people'),
  createPerson: (data: PersonData) => call<Person>('create_person', { data }),
  updatePerson: (personId: number, data: PersonData) => call<Person>('update_person', { personId, data }),
  personSessions: (personId: number) => call<Session[]>('person_sessions', { personId }),
  /** Row ids of people with roles only in other events than `eventId` (pickers show them on request). */
  peopleOfOtherEvents: (eventId: number) => call<number[]>('people_of_other_events', { eventId }),

  createSession: (eventId: number, data: SessionData) => call<Session>('create_session', { eventId, data }),
  updateSession: (sessionId: number, data: SessionData) => call<Session>('update_session', { sessionId, data }),
  moveSession: (sessionId: number, start: string | null, end: string | null, roomId: number | null) =>
    call<Session>('move_session', { sessionId, start, end, roomId }),
  deleteSession: (sessionId: number) => call<null>('delete_session', { sessionId }),
  restoreSession: (eventId: number, session: Session) => call<Session>('restore_session', { eventId, session }),

  /** What deleting `target` changes elsewhere (the confirmation lists it). */
  dependents: (target: Deletable) => call<Dependents>('dependents', { target }),
  /** Deletes a person, room, venue or term; the result, kept by the undo, holds its links. */
  remove: (target: Deletable) => call<Removed>('remove', { target }),
  /** Undo of `remove`, in one transaction; `missing` names links that could not come back. */
  restore: (removed: Removed) => call<Restored>('restore', { removed }),

  createVocabulary: (key: string, name: string, description: string) =>
    call<Vocabulary>('create_vocabulary', { key, name, description }),
  createTerm: (vocabularyId: number, code: string, label: string) =>
    call<Term>('create_term', { vocabularyId, code, label }),

  listSelections: (eventId: number) => call<Selection[]>('list_selections', { eventId }),
  saveSelection: (eventId: number, name: string, sessionIds: number[]) =>
    call<Selection>('save_selection', { eventId, name, sessionIds }),

  exportIcs: (eventId: number, options: ExportOptions, path: string) =>
    call<ExportResult>('export_ics', { eventId, options, path }),
  previewIcs: (eventId: number, options: ExportOptions) => call<string>('preview_ics', { eventId, options }),
  importIcs: (eventId: number, path: string, dryRun: boolean) =>
    call<ImportReport>('import_ics', { eventId, path, dryRun }),
  /** A frab schedule (XML or JSON): creates an event or updates the one it made before. */
  importFrab: (path: string, timezone: string | null, dryRun: boolean) =>
    call<ImportReport>('import_frab', { path, timezone, dryRun }),
  importCsv: (eventId: number, path: string, what: CsvKind, map: ColumnMap[], dryRun: boolean) =>
    call<ImportReport>('import_csv', { eventId, path, what, map, dryRun }),
  /** The fields a CSV column can be mapped to. */
  csvFields: (what: CsvKind) => call<string[]>('csv_fields', { what }),
  /** A CSV file's columns and the field each goes to by its header alone (null: left out). */
  csvHeaders: (path: string, what: CsvKind) => call<CsvColumn[]>('csv_headers', { path, what }),
  importEventFile: (path: string, take: MergeSide, choices: SessionChoice[], dryRun: boolean) =>
    call<ImportReport>('import_event_file', { path, take, choices, dryRun }),
  exportInterchange: (eventId: number, options: InterchangeExport, path: string) =>
    call<ExportResult>('export_interchange', { eventId, options, path }),
  checkEvent: (eventId: number) => call<Finding[]>('check_event', { eventId }),
  findSlots: (eventId: number, request: SlotRequest) => call<Slot[]>('find_slots', { eventId, request }),
  acknowledgeFinding: (eventId: number, fingerprint: string) =>
    call<null>('acknowledge_finding', { eventId, fingerprint }),
  /** The findings a dragged session would be part of if dropped here; nothing is stored. */
  previewMove: (eventId: number, sessionId: number, start: string, end: string, roomId: number | null) =>
    call<Finding[]>('preview_move', { eventId, sessionId, start, end, roomId }),
  /** Sessions against SDGs, WSIS Action Lines and GDC objectives, by the crate's one rule. */
  coverage: (eventId: number) => call<Coverage>('coverage', { eventId }),
  /** The coverage matrix as the CSV `plenary export coverage` writes. */
  coverageCsv: (eventId: number) => call<string>('coverage_csv', { eventId }),
  /** Writes UTF-8 text to a path the person chose in a save dialog (CSV exports made in the UI). */
  saveText: (path: string, contents: string) => call<null>('save_text', { path, contents }),
  /** The shell's Open dialog: the chosen path (the only kind the import commands read), or null. */
  pickOpenFile: (filters: FileFilter[]) =>
    call<string | null>('pick_open_file', { filters }),
  /** The shell's Save dialog: the chosen path (the only kind the exports write), or null. */
  pickSaveFile: (defaultName: string, filters: FileFilter[]) =>
    call<string | null>('pick_save_file', { defaultName, filters }),
};

/** Subscribes to the shell's `store-changed` event: another program (the CLI) changed the store. */
export async function onStoreChanged(handler: () => void): Promise<() => void> {
  if (!inTauri()) return () => {};
  const { listen } = await import('@tauri-apps/api/event');
  return listen('store-changed', () => handler());
}

/** Subscribes to the shell's `progress` events; returns the unsubscribe function. */
export async function onProgress(handler: (p: Progress) => void): Promise<() => void> {
  if (!inTauri()) return () => {};
  const { listen } = await import('@tauri-apps/api/event');
  return listen<Progress>('progress', (e) => handler(e.payload));
}
