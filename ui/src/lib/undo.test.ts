import { describe, expect, it } from 'vitest';
import { StaleEntry, UndoStack } from './undo';

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

  it('refuses entries made before an outside change, and drops them', async () => {
    const s = new UndoStack();
    const { state, change } = counter();
    state.value += 1; s.push(change(1));
    state.value += 2; s.push(change(2));
    await s.undo();
    s.markStale();
    state.value += 4; s.push(change(4));
    // The new change undoes; the one before the outside change refuses and is gone.
    await s.undo();
    expect(state.value).toBe(1);
    await expect(s.undo()).rejects.toBeInstanceOf(StaleEntry);
    expect(state.value).toBe(1);
    expect(s.canUndo).toBe(false);
  });
});
