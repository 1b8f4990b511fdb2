import { describe, expect, it } from 'vitest';
import { COALESCE_MS, StaleEntry, UndoStack, undoShortcut, type UndoEntry } from './undo';

function counter() {
  const state = { value: 0 };
  const change = (by: number) => ({
    label: 'agenda.moved',
    undo: async () => { state.value -= by; },
    redo: async () => { state.value += by; },
  });
  return { state, change };
}

describe('UndoStack', () => {
  it('undoes and redoes in order', async () => {
    const s = new UndoStack();
    const { state, change } = counter();
    state.value += 1; s.push(change(1));
    state.value += 10; s.push(change(10));
    await s.undo();
    expect(state.value).toBe(1);
    await s.undo();
    expect(state.value).toBe(0);
    expect(s.canUndo).toBe(false);
    await s.redo();
    expect(state.value).toBe(1);
    expect(s.canRedo).toBe(true);
  });

  it('forgets the entries of an event that is gone, keeping the others in order', async () => {
    const s = new UndoStack();
    const { state, change } = counter();
    state.value += 1; s.push({ ...change(1), eventId: 1 });
    state.value += 10; s.push({ ...change(10), eventId: 2 });
    state.value += 100; s.push({ ...change(100), eventId: 1 });
    await s.undo();
    s.forget((e) => e.eventId === 2);
    expect(s.canRedo).toBe(true);
    await s.undo();
    expect(state.value).toBe(10);
    expect(s.canUndo).toBe(false);
  });

  it('drops the redo history after a new change', async () => {
    const s = new UndoStack();
    const { state, change } = counter();
    state.value += 1; s.push(change(1));
    await s.undo();
    state.value += 5; s.push(change(5));
    expect(s.canRedo).toBe(false);
    expect(state.value).toBe(5);
  });

  it('keeps the entry when the reversing command fails', async () => {
    const s = new UndoStack();
    s.push({ label: 'x', undo: async () => { throw new Error('no'); }, redo: async () => {} });
    await expect(s.undo()).rejects.toThrow('no');
    expect(s.canUndo).toBe(true);
    expect(s.canRedo).toBe(false);
  });

  it('forgets the oldest entries past its limit', async () => {
    const s = new UndoStack(2);
    const { change } = counter();
    s.push(change(1)); s.push(change(2)); s.push(change(3));
    await s.undo(); await s.undo();
    expect(s.canUndo).toBe(false);
  });

  it('drops an entry that refuses (its rows changed elsewhere) and keeps the older ones', async () => {
    const s = new UndoStack();
    const { state, change } = counter();
    state.value += 1; s.push(change(1));
    const refusing: UndoEntry = { label: 'move of “Opening”', undo: async () => { throw new StaleEntry(refusing, 'undo', 'Opening'); }, redo: async () => {} };
    s.push(refusing);
    await expect(s.undo()).rejects.toMatchObject({ title: 'Opening', direction: 'undo' });
    expect(s.canRedo).toBe(false);
    // The entry before it still undoes.
    expect(await s.undo()).toBeDefined();
    expect(state.value).toBe(0);
  });

  it('runs undos one at a time: two quick presses undo two entries', async () => {
    const s = new UndoStack();
    const { state, change } = counter();
    state.value += 1; s.push(change(1));
    state.value += 10; s.push(change(10));
    await Promise.all([s.undo(), s.undo()]);
    expect(state.value).toBe(0);
    expect(s.canUndo).toBe(false);
  });
});

/** Moves of one thing along a line: `absorb` keeps the first start and the last end, as a
 * keyboard move entry does. */
function mover(state: { at: number }, from: number, to: number, key = 'a'): UndoEntry {
  const e: UndoEntry & { key: string; from: number; to: number } = {
    key, from, to,
    label: `move ${key} ${from}→${to}`,
    undo: async () => { state.at = from; },
    redo: async () => { state.at = to; },
    absorb: (next) => {
      const n = next as typeof e;
      return n.key === key ? mover(state, from, n.to, key) : null;
    },
  };
  return e;
}

describe('coalescing', () => {
  it('makes a quick run of moves one entry: undo to the first position, redo to the last', async () => {
    const s = new UndoStack();
    const state = { at: 0 };
    for (let i = 0; i < 8; i++) { state.at = i + 1; s.push(mover(state, i, i + 1), 1000 + i * 300); }
    await s.undo();
    expect(state.at).toBe(0);
    expect(s.canUndo).toBe(false);
    await s.redo();
    expect(state.at).toBe(8);
    expect(s.peekUndo()?.label).toBe('move a 0→8');
  });

  it('starts a new entry after a pause longer than COALESCE_MS', async () => {
    const s = new UndoStack();
    const state = { at: 0 };
    s.push(mover(state, 0, 1), 1000);
    s.push(mover(state, 1, 2), 1000 + COALESCE_MS);
    s.push(mover(state, 2, 3), 1000 + 2 * COALESCE_MS + 1);
    state.at = 3;
    await s.undo();
    expect(state.at).toBe(2);
    await s.undo();
    expect(state.at).toBe(0);
  });

  it('keeps moves apart across another change, an undo, an outside change or another thing', async () => {
    const s = new UndoStack();
    const state = { at: 0 };
    const { change } = counter();
    s.push(mover(state, 0, 1), 0);
    s.push(change(1), 10); // another change between
    s.push(mover(state, 1, 2), 20);
    s.push(mover(state, 2, 3, 'b'), 30); // another session
    s.seal(); // another program changed the store
    s.push(mover(state, 3, 4, 'b'), 40);
    expect(s.peekUndo()?.label).toBe('move b 3→4');
    await s.undo();
    s.push(mover(state, 4, 5, 'b'), 50); // after an undo: not into the entry below
    expect(s.peekUndo()?.label).toBe('move b 4→5');
    await s.undo(); await s.undo();
    expect(s.peekUndo()?.label).toBe('move a 1→2');
  });
});

describe('undoShortcut', () => {
  const el = (tagName: string, extra: Record<string, unknown> = {}) => ({
    tagName, isContentEditable: false, type: undefined, closest: () => null, ...extra,
  }) as unknown as EventTarget;
  const key = (k: string, target: EventTarget, mods: Partial<KeyboardEvent> = {}) =>
    undoShortcut({ key: k, ctrlKey: true, metaKey: false, shiftKey: false, altKey: false, defaultPrevented: false, target, ...mods });

  it('reads Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and ⌘Z outside text', () => {
    const button = el('BUTTON');
    expect(key('z', button)).toBe('undo');
    expect(key('Z', button, { shiftKey: true })).toBe('redo');
    expect(key('y', button)).toBe('redo');
    expect(key('z', button, { ctrlKey: false, metaKey: true })).toBe('undo');
    expect(key('z', button, { ctrlKey: false })).toBeNull();
    expect(key('x', button)).toBeNull();
    expect(key('z', el('INPUT', { type: 'checkbox' }))).toBe('undo');
  });

  it('leaves the key to text fields, contenteditable and date segments', () => {
    expect(key('z', el('INPUT', { type: 'text' }))).toBeNull();
    expect(key('z', el('INPUT', { type: 'search' }))).toBeNull();
    expect(key('y', el('TEXTAREA'))).toBeNull();
    expect(key('z', el('DIV', { isContentEditable: true }))).toBeNull();
    // A bits-ui segment: a span inside `[data-segment]`.
    expect(key('z', el('SPAN', { closest: (sel: string) => (sel.includes('[data-segment]') ? {} : null) }))).toBeNull();
  });
});
