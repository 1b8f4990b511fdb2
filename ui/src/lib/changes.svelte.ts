// Changes to sessions that can be undone: every move, edit, creation and deletion goes
// through here, calls the command, updates the loaded schedule and records the reverse.
import { api, CommandError, inTauri, onStoreChanged, toCommandError, type Deletable, type Removed, type Restored } from './api';
import { t, locale } from './i18n';
import { app, history, fail, say, displayZone, reloadAll, loadSchedule } from './state.svelte';
import { StaleEntry, type UndoEntry } from './undo';
import { IdMap } from './agenda';
import { withClash } from './findings.svelte';
import { formatTime } from './time';
import type { Session, SessionData } from './types';

export const ids = new IdMap();

function put(s: Session): void {
  if (!app.schedule) return;
  const i = app.schedule.sessions.findIndex((x) => x.id === s.id);
  if (i >= 0) app.schedule.sessions[i] = s;
  else app.schedule.sessions.push(s);
  // The loaded schedule lists the people of this event's sessions only: a person just created,
  // or picked from another event, is not in it yet, and the agenda would show the session
  // without them. Reading the schedule again brings them in.
  const known = new Set(app.schedule.people.map((p) => p.id));
  if (s.roles.some((r) => !known.has(r.person_id))) void loadSchedule();
}

function drop(id: number): void {
  if (!app.schedule) return;
  app.schedule.sessions = app.schedule.sessions.filter((x) => x.id !== id);
}

function dataOf(s: Session): SessionData {
  const { id: _i, uuid: _u, event_id: _e, revision: _r, created: _c, modified: _m, ...data } = $state.snapshot(s) as Session;
  return data as SessionData;
}

function roomName(id: number | null): string {
  return app.schedule?.rooms.find((r) => r.id === id)?.name ?? t('session.noRoom');
}

// The findings follow `historyVersion` (findings.svelte.ts `watchFindings`): every change
// recorded here re-runs the checker, whether or not "Run checks" was pressed.
function bump(): void {
  app.historyVersion++;
}

export interface Placement { start: string | null; end: string | null; roomId: number | null }

/** Moves (or resizes, or unschedules) a session. Returns false when the command refused. */
export async function moveSession(s: Session, to: Placement): Promise<boolean> {
  const from: Placement = { start: s.start, end: s.end, roomId: s.room_id };
  try {
    const moved = await api.moveSession(s.id, to.start, to.end, to.roomId);
    put(moved);
    const title = moved.title;
    const go = async (p: Placement) => put(await api.moveSession(ids.live(s.id), p.start, p.end, p.roomId));
    history.push({ get label() { return t('agenda.what.move', { title }); }, undo: () => go(from), redo: () => go(to) });
    bump();
    const time = moved.start ? formatTime(moved.start, displayZone(), locale) : '—';
    const resized = from.start === to.start && from.roomId === to.roomId && from.end !== to.end;
    const said = resized ? t('agenda.resized', { title }) : t('agenda.moved', { title, time, room: roomName(moved.room_id) });
    // Worded at each read: the check after the move answers a moment later, and a clash it finds
    // is said where the person is looking, not only on the block.
    say(() => withClash(said, moved.uuid));
    return true;
  } catch (e) {
    fail(e);
    return false;
  }
}

export async function updateSession(before: Session, data: SessionData): Promise<Session> {
  const after = await api.updateSession(before.id, data);
  put(after);
  const old = dataOf(before);
  const go = async (d: SessionData) => put(await api.updateSession(ids.live(before.id), d));
  history.push({ get label() { return t('agenda.what.edit', { title: after.title }); }, undo: () => go(old), redo: () => go(data) });
  bump();
  return after;
}

export async function createSession(eventId: number, data: SessionData): Promise<Session> {
  const created = await api.createSession(eventId, data);
  put(created);
  let current = created;
  history.push({
    get label() { return t('agenda.what.create', { title: created.title }); },
    undo: async () => { await api.deleteSession(ids.live(current.id)); drop(ids.live(current.id)); },
    redo: async () => {
      const back = await api.restoreSession(eventId, current);
      ids.set(current.id, back.id);
      current = back;
      put(back);
    },
  });
  bump();
  return created;
}

export async function deleteSession(s: Session): Promise<boolean> {
  const eventId = s.event_id;
  let current = $state.snapshot(s) as Session;
  try {
    await api.deleteSession(s.id);
    drop(s.id);
    history.push({
      get label() { return t('agenda.what.delete', { title: s.title }); },
      undo: async () => {
        const back = await api.restoreSession(eventId, current);
        ids.set(current.id, back.id);
        current = back;
        put(back);
      },
      redo: async () => { await api.deleteSession(ids.live(current.id)); drop(ids.live(current.id)); },
    });
    bump();
    say(t('agenda.deletedSession', { title: s.title }));
    return true;
  } catch (e) {
    fail(e);
    return false;
  }
}

export async function undo(): Promise<void> {
  const entry = history.peekUndo();
  try {
    const done = await history.undo();
    say(() => (done ? t('agenda.undone', { what: done.label }) : t('agenda.nothingToUndo')));
  } catch (e) { failUndo(e, entry, 'undo'); }
  bump();
}

export async function redo(): Promise<void> {
  const entry = history.peekRedo();
  try {
    const done = await history.redo();
    say(() => (done ? t('agenda.redone', { what: done.label }) : t('agenda.nothingToRedo')));
  } catch (e) { failUndo(e, entry, 'redo'); }
  bump();
}

/** An entry made before another program changed the store is refused in words, not run. */
function failUndo(e: unknown, entry: UndoEntry | undefined, direction: 'undo' | 'redo'): void {
  if (e instanceof StaleEntry) {
    const key = e.direction === 'undo' ? 'removal.staleUndo' : 'removal.staleRedo';
    fail(new CommandError('conflict', t(key, { what: e.entry.label })));
    return;
  }
  // A row the entry names is gone (deleted elsewhere before the watch noticed): words, not
  // "no person 4", and the screens catch up.
  if (toCommandError(e).kind === 'not_found' && entry) {
    const key = direction === 'undo' ? 'removal.goneUndo' : 'removal.goneRedo';
    fail(new CommandError('not_found', t(key, { what: entry.label })));
    void reloadAll();
  } else fail(e);
}

/** The last deletion made with `removeWithUndo`, for the screen's "Deleted … Undo" notice. */
let lastEntry: UndoEntry | null = null;

/** The label of the last deletion while undoing it is the next undo (the notice shows then). */
export function undoableRemoval(): string | null {
  void app.historyVersion; // re-evaluated after every change of the history
  return lastEntry !== null && history.peekUndo() === lastEntry ? lastEntry.label : null;
}

/**
 * Deletes a person, room, venue, term or event with everything that pointed at it, records the
 * undo (which brings it back with its links, in one transaction) and reloads every screen, since
 * the deletion reached sessions the agenda shows. Returns false when the command refused (shown).
 */
export async function removeWithUndo(target: Deletable, name: string): Promise<boolean> {
  let current: Removed;
  try {
    current = await api.remove(target);
  } catch (e) {
    goneOrFail(e, name);
    return false;
  }
  // The open event deleted: the window closes it (its session edits' undo went with it) and
  // opens it again on undo, so "undo" gives back what was on screen.
  let wasOpen = target.kind === 'event' && app.eventId === target.id;
  if (wasOpen) closeEvent();
  let id = target.id;
  const entry: UndoEntry = {
    get label() { return t('agenda.what.delete', { title: name }); },
    undo: async () => {
      const back = await api.restore(current);
      id = back.id;
      if (wasOpen) app.eventId = back.id;
      sayRestored(back);
      await reloadAll();
    },
    redo: async () => {
      current = await api.remove({ kind: current.kind, id });
      wasOpen = current.kind === 'event' && app.eventId === id;
      if (wasOpen) { app.eventId = null; app.schedule = null; }
      await reloadAll();
    },
  };
  history.push(entry);
  lastEntry = entry;
  bump();
  await reloadAll();
  say(t('common.deleted', { name }));
  return true;
}

/** Closes the open event: nothing is shown and the undo history of its edits is dropped. */
function closeEvent(): void {
  app.eventId = null;
  app.schedule = null;
  app.findings = [];
  history.clear();
}

/** A thing deleted elsewhere a moment ago (before the watch noticed) is said in words, and the
 * screens catch up; any other refusal is shown as it came. */
export function goneOrFail(e: unknown, name: string): void {
  if (toCommandError(e).kind !== 'not_found') { fail(e); return; }
  fail(new CommandError('not_found', t('removal.gone', { name })));
  void reloadAll();
}

function sayRestored(back: Restored): void {
  if (back.missing.length === 0) return;
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(back.missing);
  fail(new CommandError('conflict', t('removal.missing', { name: back.name, list })));
}

/**
 * Another program changed the store while the window was open: the drag checkers are already
 * emptied in the shell; here every screen reads the store again and the undo history made before
 * refuses in words (`UndoStack.markStale`).
 */
export async function outsideChange(): Promise<void> {
  history.markStale();
  bump();
  await reloadAll();
  say(t('removal.outside'));
}

// Listened to once, from the first screen that records changes (the agenda opens first). A
// failed subscription (no event plugin, as in unit tests) leaves the window as it was before.
if (inTauri()) onStoreChanged(() => void outsideChange()).catch(() => {});

export { dataOf };
