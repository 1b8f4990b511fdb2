// An open form follows the store (issue 12, kind 1): the record it edits may change under it
// (the command line, an undo, another screen), and a form that kept the old values would save
// them back over the new ones without anyone noticing.
import { untrack } from 'svelte';

/** What a form shows about a change under it (components/ChangedElsewhere.svelte). */
export interface StoreFollower {
  /** True while the store holds values other than the ones a form with unsaved edits started from. */
  readonly changed: boolean;
  /** Takes the store's values into the form, dropping its edits. */
  reload(): void;
  /** Keeps the edits: the notice goes and a save overwrites the store's values, as expected. */
  keep(): void;
}

/**
 * The decision behind `followStore`, without the effect (unit-tested on its own): `see` is
 * given the stored record each time it is read.
 */
export class StoreFollowing<T> implements StoreFollower {
  #pending = $state<{ value: T } | null>(null);
  #base: string;
  #dirty: () => boolean;
  #load: (value: T) => void;

  /** `first`: the record the form opened with (null for a new one). */
  constructor(first: T | null, dirty: () => boolean, load: (value: T) => void) {
    this.#base = JSON.stringify(first);
    this.#dirty = dirty;
    this.#load = load;
  }

  get changed(): boolean { return this.#pending !== null; }

  /** The stored record as read now; null (a new record) is never followed. */
  see(value: T | null): void {
    if (value === null) return;
    const key = JSON.stringify(value);
    if (key === this.#base) return;
    this.#base = key;
    if (this.#dirty()) this.#pending = { value };
    else {
      this.#pending = null;
      this.#load(value);
    }
  }

  reload(): void {
    const p = this.#pending;
    this.#pending = null;
    if (p) this.#load(p.value);
  }

  keep(): void { this.#pending = null; }
}

/**
 * Keeps a form in step with the stored record. `stored` reads it reactively (the loaded
 * schedule, a screen's list), or gives null for a new record, which has nothing stored to
 * follow (its blank values may be made from the schedule, and changing them is no news to the
 * person filling it in); when it differs from the values the form last took, a form without
 * unsaved edits (`dirty` false) takes the new ones at once through `load`; a form with edits
 * keeps them and `changed` turns true until the person chooses. Records are compared as JSON,
 * so a reload that brings the same values changes nothing. Call it while the form's component
 * is created (it owns an effect).
 */
export function followStore<T>(stored: () => T | null, dirty: () => boolean, load: (value: T) => void): StoreFollower {
  const following = new StoreFollowing(untrack(stored), dirty, load);
  $effect(() => {
    const value = stored();
    untrack(() => following.see(value));
  });
  return following;
}
