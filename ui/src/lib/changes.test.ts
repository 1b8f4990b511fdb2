// Undo and redo of agenda changes through the command boundary. The shell is replaced by a
// small in-memory double of its session commands (the end-to-end tests drive the real one).
import { beforeEach, describe, expect, it } from 'vitest';
import type { Schedule, Session } from './types';

type Args = Record<string, unknown>;
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
  get_schedule: () => structuredClone(app.schedule),
  restore_session: ({ session }) => {
    const s = { ...(session as Session), id: nextId++ };
    store.push(s);
    return structuredClone(s);
  },
};

(globalThis as { window?: unknown }).window = {
  __TAURI_INTERNALS__: {
    invoke: async (cmd: string, args: Args) => {
      calls.push(cmd);
      const run = commands[cmd];
      if (!run) throw { kind: 'io', message: `no command ${cmd}`, field: null };
      return run(args);
    },
  },
};

const { app, history, statusText } = await import('./state.svelte');
const { setLocale } = await import('./i18n');
const { moveSession, deleteSession, undo, redo, removeWithUndo, outsideChange } = await import('./changes.svelte');

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
  app.schedule = { event: { id: 1, timezone: 'Europe/Zurich' }, rooms: [], people: [], sessions: structuredClone(store) } as unknown as Schedule;
});

const shown = () => app.schedule!.sessions.map((s) => [s.id, s.start, s.room_id]);

describe('agenda changes', () => {
  it('undoes and redoes a move through move_session', async () => {
    expect(await moveSession(app.schedule!.sessions[0], { start: '2026-07-10T09:00:00Z', end: '2026-07-10T10:00:00Z', roomId: 2 })).toBe(true);
    expect(shown()).toEqual([[1, '2026-07-10T09:00:00Z', 2]]);
    await undo();
    expect(shown()).toEqual([[1, '2026-07-10T07:00:00Z', 1]]);
    expect(store[0].start).toBe('2026-07-10T07:00:00Z');
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
    expect(statusText()).toBe('Undone: deletion of “Ana Silva”');
    try {
      setLocale('fr');
      expect(plain(statusText())).toBe('Défait : suppression de « Ana Silva »');
      expect(plain(history.peekRedo()?.label)).toBe('suppression de « Ana Silva »');
    } finally { setLocale('en'); }
  });

  it('refuses in words an undo recorded before another program changed the store', async () => {
    await removeWithUndo({ kind: 'person', id: 4 }, 'Ana Silva');
    await outsideChange();
    await undo();
    expect(app.error?.message).toBe('Cannot undo the deletion of “Ana Silva”: the schedule was changed outside this window since.');
    expect(calls).not.toContain('restore');
    expect(history.canUndo).toBe(false);
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
