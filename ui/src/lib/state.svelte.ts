// Application state shared by the screens: which screen, which event, its schedule, the
// last error and the status line. Screens call commands through `api` and report here.
import { api, CommandError, NO_WINDOW, succeeded, toCommandError } from './api';
import { t } from './i18n';
import { importErrorText } from './importError';
import { labelledText } from './errors';
import type { Finding, Schedule } from './types';
import { UndoStack } from './undo';
import { localZone } from './time';

export const SCREENS = [
  'events', 'agenda', 'sessions', 'rooms', 'people', 'vocabularies', 'moderator', 'import-export', 'checks', 'publish',
] as const;
export type Screen = (typeof SCREENS)[number];

export const app = $state({
  screen: 'events' as Screen,
  eventId: null as number | null,
  schedule: null as Schedule | null,
  /** Error of the last command that no form showed itself. */
  error: null as CommandError | null,
  status: '',
  /** When set, words `status` again at each read, so the status line follows a language switch. */
  statusWords: null as (() => string) | null,
  /** When set, whether `status` is a warning (a save that made a clash), asked at each read. */
  statusWarns: null as (() => boolean) | null,
  /** Session opened in the editor; null with `newSession` set means "create". */
  editSessionId: null as number | null,
  newSession: null as { start: string | null; end: string | null; roomId: number | null } | null,
  /** The screen that opened the session editor; saving or cancelling goes back there. */
  editorReturn: null as Screen | null,
  /** The agenda's day, kept while other screens are open. */
  agendaDay: null as string | null,
  /** The agenda shows times in the event's zone unless this is set. */
  useLocalZone: false,
  /** The open event's findings, kept current after every change (findings.svelte.ts). */
  findings: [] as Finding[],
  /** Bumped after every undo stack change (and a switch of event) so buttons re-render. */
  historyVersion: 0,
  /** Bumped by `reloadAll`: screens that keep their own lists (people, vocabularies) read them again. */
  dataVersion: 0,
});

export const history = new UndoStack();

/**
 * The open form's guard (LeaveGuard registers itself here): `through(then)` runs `then` at once,
 * or after asking Save / Discard / Keep editing when the form has unsaved changes. For leaving
 * that is not a click, such as switching the language (it re-draws every screen).
 */
export const leaving: { through: ((then: () => void) => void) | null } = { through: null };

/** The zone times are shown in. */
export function displayZone(): string {
  return app.useLocalZone ? localZone() : (app.schedule?.event.timezone ?? 'UTC');
}

export function eventZone(): string {
  return app.schedule?.event.timezone ?? 'UTC';
}

/**
 * A failed command in the catalogue's words: a refused import by its kind, else every problem
 * (the file named, `ghost.ics: there is no such file`); `label` gives a field's label when the
 * error is shown away from the form (the banner passes none: the words alone). The shell's
 * English `message` shows only for a problem of code `other`.
 */
export function errorText(e: CommandError | null, label: (field: string) => string | null = () => null): string {
  if (!e) return '';
  if (e.import_error && e.import_error.kind !== 'store') return importErrorText(e.import_error, e.message);
  if (e.message === NO_WINDOW) return t('error.noWindow');
  // Only English from the shell (or a form's own translated words): as it came.
  if (e.problems.every((p) => p.code === 'other')) return e.message;
  return e.problems.map((p) => labelledText(p, label)).join(' ');
}

// The banner's error is cleared by the next success of the command that failed (as by leaving
// the screen, `go`): it is no longer true.
succeeded.listener = (command) => {
  if (app.error?.command === command) app.error = null;
};

/** Records a failed command for the banner and returns it for forms that show it themselves. */
export function fail(raw: unknown): CommandError {
  const e = toCommandError(raw);
  app.error = e;
  return e;
}

/** A CommandError for a failure a screen shows itself (not in the banner). */
export function toCommand(raw: unknown): CommandError {
  return toCommandError(raw);
}

/**
 * Shows `message` on the status line; a function is worded again at each read (a language
 * switch). `warns` tells a success with a catch (saved, but it clashes) from a clean one, read
 * again at each read too (the check after a save answers a moment later): the line then takes
 * the warning's colour and sign instead of the success green.
 */
export function say(message: string | (() => string), warns: () => boolean = () => false): void {
  const words = typeof message === 'function' ? message : () => message;
  // A screen reader speaks a live region when its text differs from what it last read. Cleared
  // and set again in one go, the same words would not differ (both land in one rendering), so a
  // repeat (two undos of moves of one session) lands a moment later, once the empty line showed.
  const repeat = app.status !== '' && statusText() === words();
  app.status = '';
  app.statusWords = null;
  app.statusWarns = null;
  const mine = ++said;
  const show = () => {
    if (mine !== said) return; // a later message took its place
    app.statusWords = typeof message === 'function' ? message : null;
    app.statusWarns = warns;
    app.status = words();
  };
  if (repeat) setTimeout(show, REPEAT_MS);
  else queueMicrotask(show);
}

/** How long a repeated status message waits after the clearing (see `say`): a few frames. */
export const REPEAT_MS = 150;
/** Counts `say` calls: only the latest one's words land. */
let said = 0;

/** The status line's text in the current language (empty once something cleared `status`). */
export function statusText(): string {
  return app.status && app.statusWords ? app.statusWords() : app.status;
}

/** True while the status line shows a warning (see `say`). */
export function statusWarns(): boolean {
  return app.status !== '' && (app.statusWarns?.() ?? false);
}

/**
 * Clears the status line when the person starts another task (a form opens): "Saved …" is about
 * the last one. A message queued by `say` just before still lands after this, as with `go`.
 */
export function clearStatus(): void {
  app.status = '';
  app.statusWords = null;
  app.statusWarns = null;
}

export async function loadSchedule(): Promise<void> {
  if (app.eventId === null) { app.schedule = null; return; }
  try {
    app.schedule = await api.getSchedule(app.eventId);
  } catch (e) {
    fail(e);
  }
}

/** Reads again everything the screens show (the schedule, and through `dataVersion` the open
 * screen's own lists), after a change that reached beyond one session or came from outside. */
export async function reloadAll(): Promise<void> {
  app.dataVersion++;
  if (app.eventId === null) return;
  try {
    app.schedule = await api.getSchedule(app.eventId);
  } catch (e) {
    // The open event was deleted elsewhere (the command line): back to the list of events.
    if (toCommandError(e).kind !== 'not_found') { fail(e); return; }
    // Its entries can never run again; other events' stay.
    const gone = app.eventId;
    history.forget((entry) => entry.eventId === gone);
    app.historyVersion++;
    app.eventId = null;
    app.schedule = null;
    go('events');
  }
}

export async function openEvent(eventId: number, screen: Screen = 'agenda'): Promise<void> {
  if (app.eventId !== eventId) {
    // The undo history stays (each entry names its event when another is open): switching to
    // another event and back finds Undo and Redo as they were.
    app.historyVersion++;
    app.findings = [];
    app.agendaDay = null;
  }
  app.eventId = eventId;
  // A large event takes a moment to read; say so rather than look stuck.
  say(t('app.loading'));
  await loadSchedule();
  app.status = '';
  app.screen = screen;
}

/** Leaves the session editor for the screen that opened it, if another screen did. */
export function closeEditor(): void {
  const back = app.editorReturn;
  app.editorReturn = null;
  if (back) go(back);
  else { app.editSessionId = null; app.newSession = null; }
}

export function go(screen: Screen): void {
  app.screen = screen;
  app.error = null;
  // A message queued by say() just before still shows: it lands after this.
  app.status = '';
}

export function editSession(id: number | null, placement: typeof app.newSession = null): void {
  app.editorReturn = app.screen === 'sessions' ? null : app.screen;
  app.editSessionId = id;
  app.newSession = id === null ? (placement ?? { start: null, end: null, roomId: null }) : null;
  go('sessions');
}
