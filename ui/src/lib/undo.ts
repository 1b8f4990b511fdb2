// Undo/redo of agenda changes. Each entry knows how to reverse and re-apply itself through
// commands, so the store stays the single source of truth (no local snapshots to drift).
export interface UndoEntry {
  /**
   * The change in words for the status line and the Undo button ("Moved …"), in the language
   * of the moment: entries define it as a getter over a catalogue key and its parameters, so a
   * language switch rewords the history rather than keep the words of the day it was made.
   */
  readonly label: string;
  /** Reverses the change. Throws `StaleEntry` when the rows it touches changed elsewhere since. */
  undo: () => Promise<void>;
  /** Makes the change again. Throws `StaleEntry` as `undo` does. */
  redo: () => Promise<void>;
  /**
   * Coalescing: the one entry that stands for this change followed at once by `next` (a run of
   * keyboard moves of one session), or null when the two stay separate entries.
   */
  absorb?: (next: UndoEntry) => UndoEntry | null;
  /** The event whose sessions the entry changes, when it belongs to one: the history outlasts a
   * switch of event, and an event deleted elsewhere takes its entries with it (`forget`). */
  readonly eventId?: number;
}

/** Thrown by an entry's `undo`/`redo` when the rows it touches are no longer as it left them
 * (another program changed them): it is refused, not run, and dropped from the history, since
 * it can never apply again. `title` names the changed thing for the message, when there is one. */
export class StaleEntry extends Error {
  constructor(readonly entry: UndoEntry, readonly direction: 'undo' | 'redo', readonly title: string | null = null) {
    super(entry.label);
  }
}

/**
 * The longest pause, in milliseconds, between two keyboard moves of one session that still
 * makes them one undo entry. A pause rather than "until focus leaves the block": the calendar
 * re-creates a moved block on every move, so the focus leaves it each time and cannot mark the
 * end of a run; 1.5 s is longer than key repeat or deliberate stepping, shorter than turning
 * to something else.
 */
export const COALESCE_MS = 1500;

export class UndoStack {
  private done: UndoEntry[] = [];
  private undone: UndoEntry[] = [];
  /** When the top entry was pushed (ms), or null when anything else happened since: an undo,
   * a redo, a clear. Only then may the next push be absorbed into it. */
  private pushedAt: number | null = null;
  /** Undo and redo run one at a time: two quick Ctrl+Z must not both reverse the top entry. */
  private queue: Promise<unknown> = Promise.resolve();
  constructor(private readonly limit = 100) {}

  /**
   * Records a change made just now (`at`, ms; the clock by default). It is absorbed into the
   * top entry when that one was pushed last, at most `COALESCE_MS` before, and accepts it
   * (`UndoEntry.absorb`).
   */
  push(entry: UndoEntry, at: number = Date.now()): void {
    const top = this.done[this.done.length - 1];
    const merged = top?.absorb && this.pushedAt !== null && at - this.pushedAt <= COALESCE_MS ? top.absorb(entry) : null;
    if (merged) this.done[this.done.length - 1] = merged;
    else this.done.push(entry);
    if (this.done.length > this.limit) this.done.shift();
    this.pushedAt = at;
    // A new change makes the redo history meaningless.
    this.undone = [];
  }

  get canUndo(): boolean { return this.done.length > 0; }
  get canRedo(): boolean { return this.undone.length > 0; }
  peekUndo(): UndoEntry | undefined { return this.done[this.done.length - 1]; }
  peekRedo(): UndoEntry | undefined { return this.undone[this.undone.length - 1]; }

  /** Reverses the last change. If the command fails the entry stays where it was; if the entry
   * refuses (`StaleEntry`) it is dropped and the error passed on. */
  undo(): Promise<UndoEntry | undefined> {
    return this.serial(() => this.step(this.done, this.undone, 'undo'));
  }

  /** Makes the last undone change again, as `undo` does the other way. */
  redo(): Promise<UndoEntry | undefined> {
    return this.serial(() => this.step(this.undone, this.done, 'redo'));
  }

  clear(): void { this.done = []; this.undone = []; this.pushedAt = null; }

  /** Drops the entries `gone` picks (their rows can never come back), keeping the others. */
  forget(gone: (entry: UndoEntry) => boolean): void {
    this.done = this.done.filter((e) => !gone(e));
    this.undone = this.undone.filter((e) => !gone(e));
    this.pushedAt = null;
  }

  /** Something else happened (another program changed the store): the next push is an entry of
   * its own, never absorbed into the top one. */
  seal(): void { this.pushedAt = null; }

  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => {});
    return next;
  }

  private async step(from: UndoEntry[], to: UndoEntry[], direction: 'undo' | 'redo'): Promise<UndoEntry | undefined> {
    this.pushedAt = null;
    const entry = from[from.length - 1];
    if (!entry) return undefined;
    try {
      await entry[direction]();
    } catch (e) {
      if (e instanceof StaleEntry && from[from.length - 1] === entry) from.pop();
      throw e;
    }
    // The history may have changed while the command ran (a push drops the redo list).
    const at = from.lastIndexOf(entry);
    if (at >= 0) from.splice(at, 1);
    to.push(entry);
    return entry;
  }
}

/**
 * The history command a key press asks for — Ctrl+Z (⌘Z) undo, Ctrl+Shift+Z or Ctrl+Y (⌘⇧Z,
 * ⌘Y) redo — or null. Null too where the key belongs to something else: a text field, text
 * area, contenteditable or date/time segment (bits-ui's `[data-segment]` spinbuttons) keeps its
 * own text undo, and an open dialog's form is not saved yet, so the history beneath it stays put.
 */
export function undoShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'target' | 'defaultPrevented'>): 'undo' | 'redo' | null {
  if (e.defaultPrevented || e.altKey || !(e.ctrlKey || e.metaKey)) return null;
  const key = e.key.toLowerCase();
  const what = key === 'z' ? (e.shiftKey ? 'redo' : 'undo') : key === 'y' && !e.shiftKey ? 'redo' : null;
  if (!what || ownsTextUndo(e.target)) return null;
  return what;
}

/** Input types without text, where Ctrl+Z has nothing of its own to undo. */
const NOT_TEXT = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

function ownsTextUndo(target: EventTarget | null): boolean {
  const el = target as (HTMLElement & { type?: string }) | null;
  if (!el || typeof el.closest !== 'function') return false;
  if (el.tagName === 'TEXTAREA' || el.isContentEditable) return true;
  if (el.tagName === 'INPUT' && !NOT_TEXT.has((el.type ?? 'text').toLowerCase())) return true;
  return el.closest('[data-segment], [contenteditable]:not([contenteditable="false"]), dialog[open], [role="dialog"], [role="alertdialog"]') !== null;
}
