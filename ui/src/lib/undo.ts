// Undo/redo of agenda changes. Each entry knows how to reverse and re-apply itself through
// commands, so the store stays the single source of truth (no local snapshots to drift).
export interface UndoEntry {
  /** Catalogue key describing the change, for the status line ("Moved …"). */
  label: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

export class UndoStack {
  private done: UndoEntry[] = [];
  private undone: UndoEntry[] = [];
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

  /** Reverses the last change. If the command fails the entry stays where it was. */
  async undo(): Promise<UndoEntry | undefined> {
    const entry = this.done[this.done.length - 1];
    if (!entry) return undefined;
    await entry.undo();
    this.done.pop();
    this.undone.push(entry);
    return entry;
  }

  async redo(): Promise<UndoEntry | undefined> {
    const entry = this.undone[this.undone.length - 1];
    if (!entry) return undefined;
    await entry.redo();
    this.undone.pop();
    this.done.push(entry);
    return entry;
  }

  clear(): void { this.done = []; this.undone = []; }
}
