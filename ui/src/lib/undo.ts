// Undo/redo of agenda changes. Each entry knows how to reverse and re-apply itself through
// commands, so the store stays the single source of truth (no local snapshots to drift).
export interface UndoEntry {
  /**
   * The change in words for the status line and the Undo button ("Moved …"), in the language
   * of the moment: entries define it as a getter over a catalogue key and its parameters, so a
   * language switch rewords the history rather than keep the words of the day it was made.
   */
  readonly label: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

/** Thrown by `undo`/`redo` for an entry made before another program changed the store: its rows
 * may have changed under it, so it is dropped instead of run (`markStale`). */
export class StaleEntry extends Error {
  constructor(readonly entry: UndoEntry, readonly direction: 'undo' | 'redo') {
    super(entry.label);
  }
}

export class UndoStack {
  private done: UndoEntry[] = [];
  private undone: UndoEntry[] = [];
  /** Entries recorded before the last outside change. */
  private stale = new WeakSet<UndoEntry>();
  constructor(private readonly limit = 100) {}

  push(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > this.limit) this.done.shift();
    // A new change makes the redo history meaningless.
    this.undone = [];
  }

  get canUndo(): boolean { return this.done.length > 0; }
  get canRedo(): boolean { return this.undone.length > 0; }
  peekUndo(): UndoEntry | undefined { return this.done[this.done.length - 1]; }
  peekRedo(): UndoEntry | undefined { return this.undone[this.undone.length - 1]; }

  /**
   * Another program changed the store: every entry so far may refer to rows that changed (a
   * session it moves may be gone, a person it puts back may be there again). Which rows changed
   * is not known, so all of them refuse with `StaleEntry` rather than fail half-way.
   */
  markStale(): void {
    for (const e of [...this.done, ...this.undone]) this.stale.add(e);
  }

  /** Reverses the last change. If the command fails the entry stays where it was. */
  async undo(): Promise<UndoEntry | undefined> {
    const entry = this.done[this.done.length - 1];
    if (!entry) return undefined;
    if (this.stale.has(entry)) { this.done.pop(); throw new StaleEntry(entry, 'undo'); }
    await entry.undo();
    this.done.pop();
    this.undone.push(entry);
    return entry;
  }

  async redo(): Promise<UndoEntry | undefined> {
    const entry = this.undone[this.undone.length - 1];
    if (!entry) return undefined;
    if (this.stale.has(entry)) { this.undone.pop(); throw new StaleEntry(entry, 'redo'); }
    await entry.redo();
    this.undone.pop();
    this.done.push(entry);
    return entry;
  }

  clear(): void { this.done = []; this.undone = []; }
}
