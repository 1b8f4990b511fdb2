// Changes to sessions that can be undone: every move, edit, creation and deletion goes
// through here, calls the command, updates the loaded schedule and records the reverse.
import { api, CommandError, inTauri, onStoreChanged, toCommandError, type Deletable, type Removed, type Restored } from './api';
import { t, locale } from './i18n';
import { app, history, fail, say, displayZone, reloadAll, loadSchedule } from './state.svelte';
import { StaleEntry, undoShortcut, type UndoEntry } from './undo';
import { IdMap } from './agenda';
import { clashesOf, withClash } from './findings.svelte';
import { formatTime } from './time';
import { same } from './formSync.svelte';
import type { Session, SessionData } from './types';

export const ids = new IdMap();

// The history outlasts a switch of event: an entry may run while another event is open, and then
// leaves the loaded schedule (another event's) alone.
function put(s: Session): void {
  if (!app.schedule || app.schedule.event.id !== s.event_id) return;
  const i = app.schedule.sessions.findIndex((x) => x.id === s.id);
  if (i >= 0) app.schedule.sessions[i] = s;
  else app.schedule.sessions.push(s);
  // The loaded schedule lists the people of this event's sessions only: a person just created,
  // or picked from another event, is not in it yet, and the agenda would show the session
  // without them. Reading the schedule again brings them in.
  const known = new Set(app.schedule.people.map((p) => p.id));
  if (s.roles.some((r) => !known.has(r.person_id))) void loadSchedule();
}

function drop(eventId: number, id: number): void {
  if (!app.schedule || app.schedule.event.id !== eventId) return;
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

/** The event an entry changes, named when the entry is made (it is the open one then). */
interface EventNamed { id: number; title: string }

function eventNamed(id: number): EventNamed {
  return { id, title: app.schedule?.event.id === id ? app.schedule.event.title : '' };
}

/** The words of a change made in `ev`, naming that event while another one is open. */
function scoped(ev: EventNamed, what: string): string {
  return app.eventId === ev.id || !ev.title ? what : t('agenda.what.inEvent', { what, event: ev.title });
}

/**
 * Counts the outside changes seen (another program wrote the store). An entry last run at an
 * older count reads its session from the store before it runs again, and refuses when that row
 * is no longer as it left it; with no outside change since, the window's own history is the
 * whole story and nothing needs reading.
 */
let outsideChanges = 0;

/** Before an entry runs after an outside change: the session with `uuid` as the store holds it
 * now must pass `as`, else the entry refuses (`StaleEntry`, naming `title`). */
class Guard {
  private seen = outsideChanges;
  constructor(private readonly eventId: number, private readonly uuid: string) {}

  async check(entry: UndoEntry, direction: 'undo' | 'redo', title: string, as: (stored: Session | undefined) => boolean): Promise<void> {
    if (this.seen === outsideChanges) return;
    const stored = (await api.getSchedule(this.eventId)).sessions.find((x) => x.uuid === this.uuid);
    if (!as(stored)) throw new StaleEntry(entry, direction, title);
    this.seen = outsideChanges;
  }
}

/** Key-order-free comparison of two sessions' data (revision and timestamps aside). */
function sameData(a: Session | undefined, b: SessionData): boolean {
  return a !== undefined && same(dataOf(a), b);
}

/** Two instants in RFC 3339, or both none; the store may spell an instant otherwise than sent. */
function sameTime(a: string | null, b: string | null): boolean {
  return a === b || (a !== null && b !== null && Date.parse(a) === Date.parse(b));
}

/** A keyboard move recorded in the history, for coalescing a run of them (`UndoEntry.absorb`). */
interface KeyboardMove { uuid: string; title: string; to: Placement }
const keyboardMoves = new WeakMap<UndoEntry, KeyboardMove>();

/** The window event an undo or redo of a move sends once the session is put (detail: `MovedByHistory`). */
export const MOVED_BY_HISTORY = 'plenary-moved-by-history';

/**
 * What an undo or redo of a move tells the agenda: which session moved, and `settle`, through
 * which the agenda hands back its moving of the focus to that session's block. The undo says
 * what it did only once the focus is there: a screen reader speaks the newly focused block and
 * drops a polite announcement made just before, so "Undone: move of …" would go unheard.
 */
export interface MovedByHistory { id: number; settle: (focused: Promise<unknown>) => void }

/** The entry of a move of `s` from `from` to `to`. Keyboard moves absorb the next keyboard move
 * of the same session: one undo goes back to where the run began, one redo to where it ended. */
function moveEntry(s: Session, title: string, from: Placement, to: Placement, keyboard: boolean, ev = eventNamed(s.event_id)): UndoEntry {
  const id = s.id;
  const guard = new Guard(s.event_id, s.uuid);
  const at = (p: Placement) => (x: Session | undefined) => !!x && sameTime(x.start, p.start) && sameTime(x.end, p.end) && x.room_id === p.roomId;
  const go = async (p: Placement) => {
    const moved = await api.moveSession(ids.live(id), p.start, p.end, p.roomId);
    put(moved);
    // The agenda puts the focus back on the moved block (its old one is gone); the words wait for it.
    const focusing: Promise<unknown>[] = [];
    const detail: MovedByHistory = { id: moved.id, settle: (focused) => { focusing.push(focused); } };
    if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(MOVED_BY_HISTORY, { detail }));
    // At most a second: a hidden window draws no frames, and the history must not wait on it.
    if (focusing.length) await Promise.race([Promise.allSettled(focusing), new Promise((r) => setTimeout(r, 1000))]);
  };
  const entry: UndoEntry = {
    eventId: ev.id,
    get label() { return scoped(ev, t('agenda.what.move', { title })); },
    undo: async () => { await guard.check(entry, 'undo', title, at(to)); await go(from); },
    redo: async () => { await guard.check(entry, 'redo', title, at(from)); await go(to); },
  };
  if (keyboard) {
    keyboardMoves.set(entry, { uuid: s.uuid, title, to });
    entry.absorb = (next) => {
      const later = keyboardMoves.get(next);
      return later && later.uuid === s.uuid ? moveEntry(s, later.title, from, later.to, true, ev) : null;
    };
  }
  return entry;
}

/**
 * Moves (or resizes, or unschedules) a session. Returns false when the command refused.
 * `by` is how: consecutive keyboard moves of one session make one undo entry (`COALESCE_MS`),
 * a pointer's drag or placement is one entry each.
 */
export async function moveSession(s: Session, to: Placement, by: 'keyboard' | 'pointer' = 'pointer'): Promise<boolean> {
  const sent = sendMove(s, to, by);
  movesUnderWay.add(sent);
  try { return await sent; } finally { movesUnderWay.delete(sent); }
}

/**
 * Moves sent and not answered yet. An undo or redo waits for them: a Ctrl+Z pressed right after
 * a quick run of arrow keys, while the last move is still on its way, undoes the whole run (that
 * move included) and its words come last, not before the move's "Moved …".
 */
const movesUnderWay = new Set<Promise<boolean>>();

async function sendMove(s: Session, to: Placement, by: 'keyboard' | 'pointer'): Promise<boolean> {
  const from: Placement = { start: s.start, end: s.end, roomId: s.room_id };
  try {
    const moved = await api.moveSession(s.id, to.start, to.end, to.roomId);
    put(moved);
    const title = moved.title;
    history.push(moveEntry(moved, title, from, { start: moved.start, end: moved.end, roomId: moved.room_id }, by === 'keyboard'));
    bump();
    const time = moved.start ? formatTime(moved.start, displayZone(), locale) : '—';
    const resized = from.start === to.start && from.roomId === to.roomId && from.end !== to.end;
    const said = resized ? t('agenda.resized', { title }) : t('agenda.moved', { title, time, room: roomName(moved.room_id) });
    // Worded at each read: the check after the move answers a moment later, and a clash it finds
    // is said where the person is looking, not only on the block. A clash makes the line a
    // warning: its ⚠ comes first, so the line says so even where a long sentence is cut short.
    say(() => withClash(said, moved.uuid), () => clashesOf(moved.uuid).length > 0);
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
  const now = dataOf(after);
  const title = after.title;
  const guard = new Guard(after.event_id, after.uuid);
  const go = async (d: SessionData) => put(await api.updateSession(ids.live(before.id), d));
  const ev = eventNamed(after.event_id);
  const entry: UndoEntry = {
    eventId: ev.id,
    get label() { return scoped(ev, t('agenda.what.edit', { title })); },
    undo: async () => { await guard.check(entry, 'undo', title, (x) => sameData(x, now)); await go(old); },
    redo: async () => { await guard.check(entry, 'redo', title, (x) => sameData(x, old)); await go(data); },
  };
  history.push(entry);
  bump();
  return after;
}

export async function createSession(eventId: number, data: SessionData): Promise<Session> {
  const created = await api.createSession(eventId, data);
  put(created);
  let current = created;
  const guard = new Guard(eventId, created.uuid);
  const ev = eventNamed(eventId);
  const entry: UndoEntry = {
    eventId,
    get label() { return scoped(ev, t('agenda.what.create', { title: created.title })); },
    undo: async () => {
      await guard.check(entry, 'undo', created.title, (x) => sameData(x, dataOf(current)));
      await api.deleteSession(ids.live(current.id));
      drop(eventId, ids.live(current.id));
    },
    redo: async () => {
      await guard.check(entry, 'redo', created.title, (x) => x === undefined);
      const back = await api.restoreSession(eventId, current);
      ids.set(current.id, back.id);
      current = back;
      put(back);
    },
  };
  history.push(entry);
  bump();
  return created;
}

export async function deleteSession(s: Session): Promise<boolean> {
  const eventId = s.event_id;
  const title = s.title;
  let current = $state.snapshot(s) as Session;
  const guard = new Guard(eventId, current.uuid);
  try {
    const ev = eventNamed(eventId);
    await api.deleteSession(s.id);
    drop(eventId, s.id);
    const entry: UndoEntry = {
      eventId,
      get label() { return scoped(ev, t('agenda.what.delete', { title })); },
      undo: async () => {
        await guard.check(entry, 'undo', title, (x) => x === undefined);
        const back = await api.restoreSession(eventId, current);
        ids.set(current.id, back.id);
        current = back;
        put(back);
      },
      redo: async () => {
        await guard.check(entry, 'redo', title, (x) => sameData(x, dataOf(current)));
        await api.deleteSession(ids.live(current.id));
        drop(eventId, ids.live(current.id));
      },
    };
    history.push(entry);
    bump();
    say(t('agenda.deletedSession', { title }));
    return true;
  } catch (e) {
    fail(e);
    return false;
  }
}

export async function undo(): Promise<void> {
  await Promise.allSettled([...movesUnderWay]);
  const entry = history.peekUndo();
  try {
    const done = await history.undo();
    say(() => (done ? t('agenda.undone', { what: done.label }) : t('agenda.nothingToUndo')));
  } catch (e) { failUndo(e, entry, 'undo'); }
  bump();
}

export async function redo(): Promise<void> {
  await Promise.allSettled([...movesUnderWay]);
  const entry = history.peekRedo();
  try {
    const done = await history.redo();
    say(() => (done ? t('agenda.redone', { what: done.label }) : t('agenda.nothingToRedo')));
  } catch (e) { failUndo(e, entry, 'redo'); }
  bump();
}

/**
 * What the Undo or Redo button will do, for its tooltip and accessible description: "Undo: move
 * of “X”", "Redo: deletion of “Chen Wei” in “Alpine Forum”" (an entry made in another event
 * names it, `scoped`), or "Nothing to undo.".
 */
export function historyHint(direction: 'undo' | 'redo'): string {
  void app.historyVersion; // re-evaluated after every change of the history
  void app.eventId; // and on a switch of event: the label names the event or not
  const entry = direction === 'undo' ? history.peekUndo() : history.peekRedo();
  if (entry) return t(direction === 'undo' ? 'agenda.undoWhat' : 'agenda.redoWhat', { what: entry.label });
  return t(direction === 'undo' ? 'agenda.nothingToUndo' : 'agenda.nothingToRedo');
}

/** An entry whose rows changed elsewhere since is refused in words, not run. */
function failUndo(e: unknown, entry: UndoEntry | undefined, direction: 'undo' | 'redo'): void {
  if (e instanceof StaleEntry) {
    const words = e.title !== null
      ? t(e.direction === 'undo' ? 'agenda.changedElsewhere' : 'agenda.changedElsewhereRedo', { title: e.title })
      : t(e.direction === 'undo' ? 'removal.staleUndo' : 'removal.staleRedo', { what: e.entry.label });
    fail(new CommandError('conflict', words));
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
  // The open event deleted: the window closes it and opens it again on undo, so "undo" gives
  // back what was on screen.
  let wasOpen = target.kind === 'event' && app.eventId === target.id;
  // The event open at the deletion, named while another one is open: a person is in the shared
  // directory, but deleting them took their roles in this event's sessions, and a room, venue or
  // term is this event's. An event's own deletion names nothing more (its title is the name).
  const ev = target.kind === 'event' || app.eventId === null ? null : eventNamed(app.eventId);
  if (wasOpen) closeEvent();
  let id = target.id;
  // The undo checks itself: `restore` refuses in words when what it brings back is blocked
  // (`Error::CannotRestore`). The redo cannot: nothing reads a person, room, venue, term or
  // event as it was restored to compare, so after an outside change it refuses (`StaleEntry`).
  let seen = outsideChanges;
  const entry: UndoEntry = {
    get label() {
      const what = t('agenda.what.delete', { title: name });
      return ev ? scoped(ev, what) : what;
    },
    undo: async () => {
      const back = await api.restore(current);
      id = back.id;
      seen = outsideChanges;
      if (wasOpen) app.eventId = back.id;
      sayRestored(back);
      await reloadAll();
    },
    redo: async () => {
      if (seen !== outsideChanges) throw new StaleEntry(entry, 'redo');
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

/** Closes the open event: nothing is shown. The history stays: its edits' entries lie below the
 * deletion's, so they run only once undoing the deletion has brought their rows back (same ids). */
function closeEvent(): void {
  app.eventId = null;
  app.schedule = null;
  app.findings = [];
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
 * emptied in the shell; here every screen reads the store again. The undo history stays: each
 * entry checks, when next run, that the rows it touches are still as it left them (`Guard`).
 * A run of keyboard moves ends here (the next move is a new entry).
 */
export async function outsideChange(): Promise<void> {
  outsideChanges++;
  history.seal();
  bump();
  await reloadAll();
  say(t('removal.outside'));
}

/**
 * The window-wide Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (App.svelte): undo or redo on every screen,
 * said on the status line, except where the key is a text field's own (`undoShortcut`).
 */
export function onUndoKey(e: KeyboardEvent): void {
  const what = undoShortcut(e);
  if (!what) return;
  e.preventDefault();
  void (what === 'undo' ? undo() : redo());
}

// Listened to once, when the window starts (App.svelte imports this module for its keys). A
// failed subscription (no event plugin, as in unit tests) leaves the window as it was before.
if (inTauri()) onStoreChanged(() => void outsideChange()).catch(() => {});

export { dataOf };
