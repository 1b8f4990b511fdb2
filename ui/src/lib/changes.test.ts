// Undo and redo of agenda changes through the command boundary. The shell is replaced by a
// small in-memory double of its session commands (the end-to-end tests drive the real one).
import { beforeEach, describe, expect, it } from 'vitest';
import type { Finding, Schedule, Session } from './types';

type Args = Record<string, unknown>;
const EVENT_1 = { id: 1, timezone: 'Europe/Zurich', title: 'Forum' };
let store: Session[] = [];
let nextId = 100;
let people = new Set<number>();
let restoreMissing: string[] = [];
const calls: string[] = [];

const commands: Record<string, (a: Args) => unknown> = {
  move_session: ({ sessionId, start, end, roomId }) => {
    const s = store.find((x) => x.id === sessionId);
    if (!s) throw { kind: 'not_found', message: `no session ${sessionId}`, field: null };
    Object.assign(s, { start, end, room_id: roomId });
    return structuredClone(s);
  },
  delete_session: ({ sessionId }) => {
    if (!store.some((x) => x.id === sessionId)) throw { kind: 'not_found', message: `no session ${sessionId}`, field: null };
    store = store.filter((x) => x.id !== sessionId);
    return null;
  },
  // Like the store: the restored session keeps its UUID but gets a new row id.
  // A person deleted and restored: the restore gives the row a new id (as when the old one was
  // taken meanwhile), so a redo must address that one.
  remove: ({ target }) => {
    const { kind, id } = target as { kind: string; id: number };
    if (!people.has(id)) throw { kind: 'not_found', message: `no ${kind} ${id}`, field: null };
    people.delete(id);
    return { kind: 'person', person: { id, uuid: 'p', name: 'Ana Silva' }, roles: [] };
  },
  restore: () => {
    const id = nextId++;
    people.add(id);
    return { id, name: 'Ana Silva', missing: restoreMissing };
  },
  // Event 1 holds the sessions of `store`; event 2 is another, empty one.
  get_schedule: ({ eventId }) => (eventId === 2
    ? { event: { id: 2, timezone: 'UTC', title: 'Other event' }, rooms: [], people: [], sessions: [] }
    : { event: EVENT_1, rooms: [], people: [], sessions: structuredClone(store) }),
  restore_session: ({ session }) => {
    const s = { ...(session as Session), id: nextId++ };
    store.push(s);
    return structuredClone(s);
  },
};

// The window's own events (the agenda listens for MOVED_BY_HISTORY) go through a real EventTarget.
const windowEvents = new EventTarget();
(globalThis as { window?: unknown }).window = {
  dispatchEvent: (e: Event) => windowEvents.dispatchEvent(e),
  __TAURI_INTERNALS__: {
    invoke: async (cmd: string, args: Args) => {
      calls.push(cmd);
      const run = commands[cmd];
      if (!run) throw { kind: 'io', message: `no command ${cmd}`, field: null };
      return run(args);
    },
  },
};

const { app, history, statusText, statusWarns, openEvent, REPEAT_MS } = await import('./state.svelte');
const { setLocale } = await import('./i18n');
const { moveSession, deleteSession, undo, redo, removeWithUndo, outsideChange, onUndoKey, historyHint, MOVED_BY_HISTORY } = await import('./changes.svelte');
type MovedByHistory = import('./changes.svelte').MovedByHistory;

function session(id: number, start: string, end: string, room_id: number): Session {
  return { id, uuid: `u${id}`, event_id: 1, title: `S${id}`, start, end, room_id, roles: [] } as unknown as Session;
}

beforeEach(() => {
  store = [session(1, '2026-07-10T07:00:00Z', '2026-07-10T08:00:00Z', 1)];
  calls.length = 0;
  people = new Set([4]);
  nextId = 100;
  restoreMissing = [];
  app.error = null;
  app.eventId = 1;
  history.clear();
  app.schedule = { event: EVENT_1, rooms: [], people: [], sessions: structuredClone(store) } as unknown as Schedule;
});

/** Sessions with ids no earlier test mapped to a restored row (`ids` lives as long as the module). */
function only(...sessions: Session[]): void {
  store = sessions;
  app.schedule!.sessions = structuredClone(sessions);
}

const shown = () => app.schedule!.sessions.map((s) => [s.id, s.start, s.room_id]);

describe('agenda changes', () => {
  it('undoes and redoes a move through move_session', async () => {
    expect(await moveSession(app.schedule!.sessions[0], { start: '2026-07-10T09:00:00Z', end: '2026-07-10T10:00:00Z', roomId: 2 })).toBe(true);
    expect(shown()).toEqual([[1, '2026-07-10T09:00:00Z', 2]]);
    const focusFor: number[] = [];
    windowEvents.addEventListener(MOVED_BY_HISTORY, (e) => focusFor.push((e as CustomEvent<MovedByHistory>).detail.id));
    await undo();
    expect(shown()).toEqual([[1, '2026-07-10T07:00:00Z', 1]]);
    expect(store[0].start).toBe('2026-07-10T07:00:00Z');
    // The agenda is told which block to give the focus back to.
    expect(focusFor).toEqual([1]);
    await redo();
    expect(shown()).toEqual([[1, '2026-07-10T09:00:00Z', 2]]);
  });

  it('restores a deleted session and keeps undoing moves made before the deletion', async () => {
    await moveSession(app.schedule!.sessions[0], { start: '2026-07-10T09:00:00Z', end: '2026-07-10T10:00:00Z', roomId: 2 });
    await deleteSession(app.schedule!.sessions[0]);
    expect(shown()).toEqual([]);
    await undo(); // the deletion: the session comes back with a new row id
    expect(shown()).toEqual([[100, '2026-07-10T09:00:00Z', 2]]);
    await undo(); // the move, addressed to the new id
    expect(shown()).toEqual([[100, '2026-07-10T07:00:00Z', 1]]);
    expect(app.error).toBeNull();
    await redo();
    await redo(); // deletes the restored session again
    expect(store).toEqual([]);
  });

  it('reports a refused move in words and records nothing', async () => {
    store = [];
    expect(await moveSession(app.schedule!.sessions[0], { start: null, end: null, roomId: null })).toBe(false);
    expect(app.error?.message).toBe('no session 1');
    expect(history.canUndo).toBe(false);
  });

  it('undoes a deletion with its links and redoes it on the restored row', async () => {
    expect(await removeWithUndo({ kind: 'person', id: 4 }, 'Ana Silva')).toBe(true);
    expect(people.has(4)).toBe(false);
    restoreMissing = ['Closing'];
    await undo();
    expect([...people]).toEqual([100]);
    // Links to sessions gone meanwhile are named, not hidden.
    expect(app.error?.message).toBe('Brought back “Ana Silva”, but not its links to these, deleted or changed since: Closing.');
    await redo();
    expect(people.size).toBe(0);
    expect(calls.filter((c) => c !== 'get_schedule')).toEqual(['remove', 'restore', 'remove']);
  });

  it('words the undo entry and the status line in the language shown, not the one of the change', async () => {
    // Fluent isolates parameters (U+2068/U+2069) and French puts narrow spaces before colons.
    const plain = (text: string | undefined) => (text ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s/g, ' ');
    await removeWithUndo({ kind: 'person', id: 4 }, 'Ana Silva');
    expect(history.peekUndo()?.label).toBe('deletion of “Ana Silva”');
    await undo();
    await new Promise((r) => setTimeout(r, 0)); // say() sets the line in a microtask
    expect(statusText()).toBe('Undone: deletion of “Ana Silva”.');
    try {
      setLocale('fr');
      expect(plain(statusText())).toBe('Défait : suppression de « Ana Silva ».');
      expect(plain(history.peekRedo()?.label)).toBe('suppression de « Ana Silva »');
    } finally { setLocale('en'); }
  });

  it('after an outside change, undoes a deletion whose rows are free and refuses its redo', async () => {
    await removeWithUndo({ kind: 'person', id: 4 }, 'Ana Silva');
    await outsideChange();
    await undo();
    expect(app.error).toBeNull();
    expect([...people]).toEqual([100]);
    // Nothing reads a restored person back to compare: its redo refuses after another outside change.
    await outsideChange();
    await redo();
    expect(app.error?.message).toBe('Cannot redo the deletion of “Ana Silva”: the schedule was changed outside this window since.');
    expect(people.has(100)).toBe(true);
    expect(history.canRedo).toBe(false);
  });

  it('after an outside change, undoes the moves whose session is as they left it and refuses the others', async () => {
    only(session(7, '2026-07-10T07:00:00Z', '2026-07-10T08:00:00Z', 1), session(8, '2026-07-10T07:00:00Z', '2026-07-10T08:00:00Z', 1));
    await moveSession(app.schedule!.sessions[1], { start: '2026-07-10T09:00:00Z', end: '2026-07-10T10:00:00Z', roomId: 1 });
    await moveSession(app.schedule!.sessions[0], { start: '2026-07-10T11:00:00Z', end: '2026-07-10T12:00:00Z', roomId: 1 });
    // Another program moves S7 (the last move's session) to another room.
    store[0].room_id = 3;
    await outsideChange();
    calls.length = 0;
    await undo();
    expect(app.error?.message).toBe('“S7” was changed elsewhere since; it was not undone.');
    expect(calls).toEqual(['get_schedule']);
    expect(store[0]).toMatchObject({ start: '2026-07-10T11:00:00Z', room_id: 3 });
    app.error = null;
    await undo(); // S8's move: its row is as the move left it
    expect(app.error).toBeNull();
    expect(store[1]).toMatchObject({ start: '2026-07-10T07:00:00Z', room_id: 1 });
    expect(history.canUndo).toBe(false);
    // A refused entry is gone: redo gives S8's move back, never S7's.
    await redo();
    expect(store[1].start).toBe('2026-07-10T09:00:00Z');
    expect(history.canRedo).toBe(false);
  });

  it('makes a run of keyboard moves of one session one entry, and a drag one of its own', async () => {
    const hour = (h: number) => `2026-07-10T${String(h).padStart(2, '0')}:00:00Z`;
    const step = (i: number) => ({ start: hour(7 + i), end: hour(8 + i), roomId: 1 });
    only(session(7, hour(7), hour(8), 1));
    for (let i = 1; i <= 2; i++) await moveSession(app.schedule!.sessions[0], step(i), 'keyboard');
    await moveSession(app.schedule!.sessions[0], { start: '2026-07-10T05:00:00Z', end: '2026-07-10T06:00:00Z', roomId: 2 });
    for (let i = 0; i < 4; i++) await moveSession(app.schedule!.sessions[0], step(i), 'keyboard');
    expect(store[0].start).toBe('2026-07-10T10:00:00Z');
    await undo(); // the four keyboard moves: back to where the drag left it
    expect(app.error).toBeNull();
    expect(store[0]).toMatchObject({ start: '2026-07-10T05:00:00Z', room_id: 2 });
    await new Promise((r) => setTimeout(r, 0));
    expect(statusText()).toBe('Undone: move of “S7”.');
    await redo();
    expect(store[0]).toMatchObject({ start: '2026-07-10T10:00:00Z', room_id: 1 });
    await undo(); await undo(); // the drag
    expect(store[0]).toMatchObject({ start: '2026-07-10T09:00:00Z', room_id: 1 });
    await undo(); // the first two keyboard moves
    expect(store[0]).toMatchObject({ start: '2026-07-10T07:00:00Z', room_id: 1 });
    expect(history.canUndo).toBe(false);
  });

  it('keeps the history across a switch of event, naming the event of an entry made in another', async () => {
    only(session(9, '2026-07-10T07:00:00Z', '2026-07-10T08:00:00Z', 1));
    await moveSession(app.schedule!.sessions[0], { start: '2026-07-10T09:00:00Z', end: '2026-07-10T10:00:00Z', roomId: 2 });
    await openEvent(2);
    expect(history.canUndo).toBe(true);
    expect(history.peekUndo()?.label).toBe('move of “S9” in “Forum”');
    await undo();
    expect(store[0]).toMatchObject({ start: '2026-07-10T07:00:00Z', room_id: 1 });
    expect(app.schedule!.sessions).toEqual([]); // the open event's schedule is not touched
    await new Promise((r) => setTimeout(r, 0));
    expect(statusText()).toBe('Undone: move of “S9” in “Forum”.');
    await redo();
    await openEvent(1);
    expect(history.peekUndo()?.label).toBe('move of “S9”');
    expect(shown()).toEqual([[9, '2026-07-10T09:00:00Z', 2]]);
  });

  it('makes the line after a move that clashes a warning, so its sign comes first where a long sentence is cut', async () => {
    only(session(15, '2026-07-10T07:00:00Z', '2026-07-10T08:00:00Z', 1));
    await moveSession(app.schedule!.sessions[0], { start: '2026-07-10T09:00:00Z', end: '2026-07-10T10:00:00Z', roomId: 1 });
    await new Promise((r) => setTimeout(r, 0));
    expect(statusWarns()).toBe(false);
    try {
      // The check after the move answers a moment later and finds the room booked twice.
      app.findings = [{ rule: 'room_double_booked', severity: 'error', sessions: ['u15', 'u16'], people: [], rooms: [], start: null, end: null,
        message: '', wording: '', params: {}, fingerprint: 'r', acknowledged: false } as unknown as Finding];
      expect(statusWarns()).toBe(true);
      expect(statusText()).toMatch(/^Moved “S15” to .*\. It clashes: /);
    } finally { app.findings = []; }
  });

  it('tells on the buttons what Undo and Redo will do, naming the event of an entry made in another', async () => {
    expect(historyHint('undo')).toBe('Nothing to undo.');
    only(session(14, '2026-07-10T07:00:00Z', '2026-07-10T08:00:00Z', 1));
    await moveSession(app.schedule!.sessions[0], { start: '2026-07-10T09:00:00Z', end: '2026-07-10T10:00:00Z', roomId: 1 });
    expect(historyHint('undo')).toBe('Undo: move of “S14”');
    await openEvent(2);
    expect(historyHint('undo')).toBe('Undo: move of “S14” in “Forum”');
    expect(historyHint('redo')).toBe('Nothing to redo.');
    await undo();
    expect(historyHint('redo')).toBe('Redo: move of “S14” in “Forum”');
  });

  it('names the event a person was deleted in, once another is open: the deletion took their roles there', async () => {
    await removeWithUndo({ kind: 'person', id: 4 }, 'Ana Silva');
    expect(historyHint('undo')).toBe('Undo: deletion of “Ana Silva”');
    await undo();
    await openEvent(2);
    expect(historyHint('redo')).toBe('Redo: deletion of “Ana Silva” in “Forum”');
    await redo();
    await new Promise((r) => setTimeout(r, 0));
    expect(people.size).toBe(0);
    expect(statusText()).toBe('Redone: deletion of “Ana Silva” in “Forum”.');
    // Back in the event of the deletion, it is named as before.
    await openEvent(1);
    expect(historyHint('undo')).toBe('Undo: deletion of “Ana Silva”');
  });

  it('names no event for a deletion made with none open, nor for the deletion of an event', async () => {
    app.eventId = null;
    app.schedule = null;
    await removeWithUndo({ kind: 'person', id: 4 }, 'Ana Silva');
    await openEvent(2);
    expect(history.peekUndo()?.label).toBe('deletion of “Ana Silva”');
    // Event 2 deleted while it is open (the double's `remove` takes any id it holds).
    people.add(2);
    await removeWithUndo({ kind: 'event', id: 2 }, 'Other event');
    await openEvent(1);
    expect(history.peekUndo()?.label).toBe('deletion of “Other event”');
  });

  it('says what an undo of a keyboard run did once the focus is back on the block, not before', async () => {
    const hour = (h: number) => `2026-07-10T${String(h).padStart(2, '0')}:00:00Z`;
    only(session(11, hour(7), hour(8), 1));
    // The agenda: the focus lands on the moved block a few frames later.
    const heard: string[] = [];
    const agenda = (e: Event) => (e as CustomEvent<MovedByHistory>).detail.settle(
      new Promise((r) => setTimeout(() => { heard.push(statusText()); r(null); }, 5)));
    windowEvents.addEventListener(MOVED_BY_HISTORY, agenda);
    try {
      for (let i = 1; i <= 3; i++) await moveSession(app.schedule!.sessions[0], { start: hour(7 + i), end: hour(8 + i), roomId: 1 }, 'keyboard');
      await undo();
      await new Promise((r) => setTimeout(r, 0));
      expect(store[0].start).toBe(hour(7));
      expect(heard).toHaveLength(1);
      expect(heard[0]).not.toContain('Undone'); // the focus first, then the words
      expect(statusText()).toBe('Undone: move of “S11”.');
    } finally { windowEvents.removeEventListener(MOVED_BY_HISTORY, agenda); }
  });

  it('undoes the whole run when Ctrl+Z comes while its last keyboard move is on its way', async () => {
    const hour = (h: number) => `2026-07-10T${String(h).padStart(2, '0')}:00:00Z`;
    only(session(12, hour(7), hour(8), 1));
    await moveSession(app.schedule!.sessions[0], { start: hour(8), end: hour(9), roomId: 1 }, 'keyboard');
    const last = moveSession(app.schedule!.sessions[0], { start: hour(9), end: hour(10), roomId: 1 }, 'keyboard');
    await undo();
    await last;
    await new Promise((r) => setTimeout(r, 0));
    expect(store[0].start).toBe(hour(7));
    expect(history.canUndo).toBe(false);
    expect(statusText()).toBe('Undone: move of “S12”.');
  });

  it('says a repeated sentence again: the line is cleared, then the same words come a moment later', async () => {
    only(session(13, '2026-07-10T07:00:00Z', '2026-07-10T08:00:00Z', 1));
    await moveSession(app.schedule!.sessions[0], { start: '2026-07-10T09:00:00Z', end: '2026-07-10T10:00:00Z', roomId: 1 });
    await moveSession(app.schedule!.sessions[0], { start: '2026-07-10T11:00:00Z', end: '2026-07-10T12:00:00Z', roomId: 1 });
    await undo();
    await new Promise((r) => setTimeout(r, 0));
    expect(statusText()).toBe('Undone: move of “S13”.');
    await undo(); // the same words for another entry
    await new Promise((r) => setTimeout(r, 0));
    expect(statusText()).toBe('');
    await new Promise((r) => setTimeout(r, REPEAT_MS + 10));
    expect(statusText()).toBe('Undone: move of “S13”.');
    expect(store[0].start).toBe('2026-07-10T07:00:00Z');
  });

  it('answers Ctrl+Z on any element but a text field', async () => {
    only(session(7, '2026-07-10T07:00:00Z', '2026-07-10T08:00:00Z', 1));
    await moveSession(app.schedule!.sessions[0], { start: '2026-07-10T09:00:00Z', end: '2026-07-10T10:00:00Z', roomId: 2 });
    let prevented = 0;
    const press = (target: object) => onUndoKey({ key: 'z', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false, defaultPrevented: false,
      target: { isContentEditable: false, closest: () => null, ...target }, preventDefault: () => { prevented++; } } as unknown as KeyboardEvent);
    press({ tagName: 'TEXTAREA' });
    await new Promise((r) => setTimeout(r, 0));
    expect(store[0].start).toBe('2026-07-10T09:00:00Z');
    expect(prevented).toBe(0);
    press({ tagName: 'BUTTON' });
    await new Promise((r) => setTimeout(r, 20));
    expect(store[0].start).toBe('2026-07-10T07:00:00Z');
    expect(prevented).toBe(1);
  });

  it('says in words when the row an entry names was deleted elsewhere', async () => {
    await removeWithUndo({ kind: 'person', id: 4 }, 'Ana Silva');
    await undo();
    people.clear(); // deleted by another program, before the watch noticed
    await redo();
    expect(app.error?.message).toBe('Cannot redo the deletion of “Ana Silva”: what it changes is no longer in the store.');
    expect(await removeWithUndo({ kind: 'person', id: 7 }, 'Ben Okafor')).toBe(false);
    expect(app.error?.message).toBe('“Ben Okafor” is no longer in the store (changed elsewhere); the screens now show what it holds.');
  });
});
