// An open form follows the store (issue 12, kind 1): the record it edits may change under it
// (the command line, an undo, another screen), and a form that kept the old values would save
// them back over the new ones without anyone noticing.
//
// It is a three-way merge, field by field, as version control merges a file: `base` is what the
// store held when the form opened (or last took the store's values), `mine` is the form now,
// `theirs` is the store now. A field only they changed takes theirs at once (shown in the form);
// a field only I changed keeps mine; a field both changed, differently, is a conflict, and only
// then is the person asked: Reload (the store's values) or Keep my edits (mine for those fields).
// Lists (roles, tags, links, items) are one field each: they compare as whole values.
import { untrack } from 'svelte';
import { clearStatus } from './state.svelte';

/** A form's values, one entry per field, keyed as the form names its fields. */
export type Fields = Record<string, unknown>;

/** The same value, whatever the order of an object's keys (a row added in the form vs. the store's). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : v));
}

/** True when `a` and `b` hold the same values. */
export function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** What `merge` decided, field by field. */
export interface Merged<F extends Fields> {
  /** The form's values after the merge: theirs where only they changed, mine elsewhere. */
  values: F;
  /** Fields that took the store's value (only they changed them). */
  taken: (keyof F & string)[];
  /** Fields both changed to different values: `values` keeps mine until the person chooses. */
  conflicts: (keyof F & string)[];
}

/** The three-way merge of one record's fields (see the top of this file). */
export function merge<F extends Fields>(base: F, mine: F, theirs: F): Merged<F> {
  const values = { ...mine };
  const taken: (keyof F & string)[] = [];
  const conflicts: (keyof F & string)[] = [];
  for (const key of Object.keys(theirs) as (keyof F & string)[]) {
    const [b, m, t] = [base[key], mine[key], theirs[key]];
    if (same(t, b) || same(t, m)) continue;
    if (same(m, b)) {
      values[key] = t;
      taken.push(key);
    } else conflicts.push(key);
  }
  return { values, taken, conflicts };
}

/** How a form is read and written, in its own terms (`F`: one entry per field). */
export interface FormFields<T, F extends Fields> {
  /** The stored record as the form shows it (times as wall clock, lists whole). */
  view(stored: T): F;
  /** The form's values now. */
  read(): F;
  /** Puts values into the form. */
  write(values: F): void;
}

/** What a form shows about a change under it (components/ChangedElsewhere.svelte). */
export interface StoreFollower {
  /** True while fields both here and elsewhere changed wait for the person's choice. */
  readonly changed: boolean;
  /** The fields in conflict (the form's keys), for the notice to name by their labels. */
  readonly conflicts: readonly string[];
  /** Fields the last change made elsewhere altered and the form took (the form's keys), to say so. */
  readonly taken: readonly string[];
  /** True when the form holds values other than the store's (leaving it asks first). */
  readonly dirty: boolean;
  /** Takes the store's values into the form, dropping every edit. */
  reload(): void;
  /** Keeps my values for the conflicting fields: a save writes them over the store's. */
  keep(): void;
  /** The store took the form's values (a save): they are the new base. */
  saved(): void;
}

/**
 * The decision behind `followStore`, without the effect (unit-tested on its own): `see` is
 * given the stored record each time it is read.
 */
export class StoreFollowing<T, F extends Fields> implements StoreFollower {
  #base = $state.raw<F>(null as unknown as F);
  #theirs: F | null = null;
  /** The stored record as last seen, or null before the first sight (the form opening) and
   * after a save: only a change from this is news (`taken`). */
  #seen: F | null = null;
  #conflicts = $state.raw<string[]>([]);
  #taken = $state.raw<string[]>([]);
  #form: FormFields<T, F>;

  /** `form` reads and writes the form; its values when this is made are the base. */
  constructor(form: FormFields<T, F>) {
    this.#form = form;
    this.#base = untrack(() => form.read());
  }

  get changed(): boolean { return this.#conflicts.length > 0; }
  get conflicts(): readonly string[] { return this.#conflicts; }
  get taken(): readonly string[] { return this.#taken; }
  get dirty(): boolean { return !same(this.#form.read(), this.#base); }

  /** The stored record as read now; null (a new record) is never followed. */
  see(stored: T | null): void {
    if (stored === null) return;
    const theirs = this.#form.view(stored);
    const before = this.#seen;
    this.#seen = theirs;
    if (same(theirs, this.#base)) return;
    const mine = this.#form.read();
    const result = merge(this.#base, mine, theirs);
    // A field still waiting for a choice stays in conflict while mine differs from theirs, even
    // when this change left it alone (the new base is theirs: the merge alone would keep mine).
    const waiting = this.#conflicts.filter((k) => !result.conflicts.includes(k) && !same(mine[k], theirs[k]));
    this.#base = theirs;
    this.#theirs = theirs;
    this.#conflicts = [...result.conflicts, ...waiting];
    // The notice names what this change altered, and only that: not fields taken by an earlier
    // merge, nor fields the form spells otherwise than the store (the first sight when the form
    // opens, the store reading back a save), whose value nobody changed elsewhere.
    this.#taken = result.taken.filter((k) => before !== null && !same(before[k], theirs[k]) && !this.#conflicts.includes(k));
    if (result.taken.length > 0) this.#form.write(result.values);
  }

  reload(): void {
    const theirs = this.#theirs;
    this.#conflicts = [];
    if (theirs) {
      this.#form.write(theirs);
      this.#base = theirs;
    }
  }

  keep(): void { this.#conflicts = []; }

  saved(): void {
    this.#base = this.#form.read();
    // The store reads the save back next: that is the form's own change, no news.
    this.#seen = null;
    this.#conflicts = [];
    this.#taken = [];
  }
}

/**
 * Keeps a form in step with the stored record. `stored` reads it reactively (the loaded
 * schedule, a screen's list), or gives null for a new record, which has nothing stored to
 * follow (its blank values may be made from the schedule, and changing them is no news to the
 * person filling it in). Each change is merged into the form (StoreFollowing). Call it while
 * the form's component is created (it owns an effect). Opening a form starts another task, so
 * the status line's words about the last one (such as "Saved …") go.
 */
export function followStore<T, F extends Fields>(stored: () => T | null, form: FormFields<T, F>): StoreFollower {
  const following = new StoreFollowing(form);
  untrack(clearStatus);
  $effect(() => {
    const value = stored();
    untrack(() => following.see(value));
  });
  return following;
}

/**
 * `followStore` for a form that edits the stored record as it is (no field shown otherwise):
 * `data` reads the form's copy, `write` replaces it.
 */
export function followRecord<T extends Fields>(stored: () => T | null, data: () => T, write: (values: T) => void): StoreFollower {
  return followStore(stored, {
    view: (v) => $state.snapshot(v) as T,
    read: () => $state.snapshot(data()) as T,
    write,
  });
}
