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
 * Keeps a form in step with the stored record. `stored` reads it reactively (the loaded
 * schedule, a screen's list); when it differs from the values the form last took, a form
 * without unsaved edits (`dirty` false) takes the new ones at once through `load`; a form with
 * edits keeps them and `changed` turns true until the person chooses. Records are compared as
 * JSON, so a reload that brings the same values changes nothing. Call it while the form's
 * component is created (it owns an effect).
 */
export function followStore<T>(stored: () => T, dirty: () => boolean, load: (value: T) => void): StoreFollower {
  const key = (value: T) => JSON.stringify(value);
  let base = untrack(() => key(stored()));
  let pending = $state<{ value: T } | null>(null);
  $effect(() => {
    const value = stored();
    const k = key(value);
    if (k === base) return;
    base = k;
    if (untrack(dirty)) pending = { value };
    else {
      pending = null;
      untrack(() => load(value));
    }
  });
  return {
    get changed() { return pending !== null; },
    reload() {
      const p = pending;
      pending = null;
      if (p) load(p.value);
    },
    keep() { pending = null; },
  };
}
