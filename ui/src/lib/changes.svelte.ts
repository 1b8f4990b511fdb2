// Changes to sessions that can be undone: every move, edit, creation and deletion goes
// through here, calls the command, updates the loaded schedule and records the reverse.
import { api } from './api';
import { t, locale } from './i18n';
import { app, history, fail, say, displayZone } from './state.svelte';
import { IdMap } from './agenda';
import { formatTime } from './time';
import type { Session, SessionData } from './types';

export const ids = new IdMap();

function put(s: Session): void {
  if (!app.schedule) return;
  const i = app.schedule.sessions.findIndex((x) => x.id === s.id);
  if (i >= 0) app.schedule.sessions[i] = s;
  else app.schedule.sessions.push(s);
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
    history.push({ label: t('agenda.what.move', { title }), undo: () => go(from), redo: () => go(to) });
    bump();
    const time = moved.start ? formatTime(moved.start, displayZone(), locale) : '—';
    const resized = from.start === to.start && from.roomId === to.roomId && from.end !== to.end;
    say(resized ? t('agenda.resized', { title }) : t('agenda.moved', { title, time, room: roomName(moved.room_id) }));
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
  history.push({ label: t('agenda.what.edit', { title: after.title }), undo: () => go(old), redo: () => go(data) });
  bump();
  return after;
}

export async function createSession(eventId: number, data: SessionData): Promise<Session> {
  const created = await api.createSession(eventId, data);
  put(created);
  let current = created;
  history.push({
    label: t('agenda.what.create', { title: created.title }),
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
      label: t('agenda.what.delete', { title: s.title }),
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
  try {
    const done = await history.undo();
    say(done ? t('agenda.undone', { what: done.label }) : t('agenda.nothingToUndo'));
  } catch (e) { fail(e); }
  bump();
}

export async function redo(): Promise<void> {
  try {
    const done = await history.redo();
    say(done ? t('agenda.redone', { what: done.label }) : t('agenda.nothingToRedo'));
  } catch (e) { fail(e); }
  bump();
}

export { dataOf };
