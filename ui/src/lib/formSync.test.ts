// followStore's decision (StoreFollowing) and its three-way merge: base = the values when the
// form opened or last took the store's, mine = the form, theirs = the store now. A field only
// they changed takes theirs at once, one only I changed keeps mine, one both changed is a
// conflict (asked: Reload / Keep my edits). `see` stands for the effect reading the store again.
import { describe, expect, it } from 'vitest';
import { merge, same, StoreFollowing } from './formSync.svelte';

interface Rec { [key: string]: unknown; title: string; description: string; roles: { person_id: number; role: string }[] }

const OPENING: Rec = { title: 'Opening Ceremony', description: '', roles: [{ person_id: 1, role: 'speaker' }] };

function open(first: Rec) {
  const form = { values: structuredClone(first) };
  const sync = new StoreFollowing<Rec, Rec>({
    view: (v) => structuredClone(v),
    read: () => structuredClone(form.values),
    write: (v) => { form.values = structuredClone(v); },
  });
  sync.see(first); // the effect's first run: the values the form opened with, no news
  return { form, sync };
}

describe('merge', () => {
  it('takes theirs where only they changed, keeps mine where only I did', () => {
    const base = { title: 'A', description: 'd', room: 1 };
    const mine = { title: 'A', description: 'mine', room: 1 };
    const theirs = { title: 'B', description: 'd', room: 1 };
    expect(merge(base, mine, theirs)).toEqual({ values: { title: 'B', description: 'mine', room: 1 }, taken: ['title'], conflicts: [] });
  });

  it('finds a conflict only where both changed to different values', () => {
    const base = { title: 'A', description: 'd' };
    expect(merge(base, { title: 'Mine', description: 'd' }, { title: 'Theirs', description: 'd' }).conflicts).toEqual(['title']);
    // The same change made in both places is no conflict.
    expect(merge(base, { title: 'Same', description: 'd' }, { title: 'Same', description: 'd' })).toEqual({
      values: { title: 'Same', description: 'd' }, taken: [], conflicts: [],
    });
  });

  it('compares lists as whole values, whatever the order of an object’s keys', () => {
    expect(same({ a: 1, b: [{ x: 1, y: 2 }] }, { b: [{ y: 2, x: 1 }], a: 1 })).toBe(true);
    const base = { roles: [{ person_id: 1, role: 'speaker' }] };
    const mine = { roles: [{ role: 'speaker', person_id: 1 }] }; // the same row, rebuilt by the form
    const theirs = { roles: [{ person_id: 2, role: 'speaker' }] };
    expect(merge(base, mine, theirs)).toEqual({ values: theirs, taken: ['roles'], conflicts: [] });
  });
});

describe('followStore', () => {
  it('the walk: I edit Description, the CLI renames; the form takes the new title and keeps my text, asking nothing', () => {
    const { form, sync } = open(OPENING);
    form.values.description = 'Welcome by the ITU Secretary-General.';
    expect(sync.dirty).toBe(true);
    sync.see({ ...OPENING, title: 'Opening Ceremony (CLI edit)' });
    expect(form.values).toEqual({ ...OPENING, title: 'Opening Ceremony (CLI edit)', description: 'Welcome by the ITU Secretary-General.' });
    expect(sync.changed).toBe(false);
    expect(sync.taken).toEqual(['title']);
    expect(sync.dirty).toBe(true); // the description is still to be saved
    sync.saved();
    expect(sync.dirty).toBe(false);
    expect(sync.taken).toEqual([]);
  });

  it('reloads an unchanged form silently, saying which fields came from elsewhere', () => {
    const { form, sync } = open(OPENING);
    sync.see({ ...OPENING, title: 'Renamed outside' });
    expect(form.values.title).toBe('Renamed outside');
    expect(sync.changed).toBe(false);
    expect(sync.taken).toEqual(['title']);
    expect(sync.dirty).toBe(false);
  });

  it('asks only about a field both changed; Keep my edits keeps mine there and theirs elsewhere', () => {
    const { form, sync } = open(OPENING);
    form.values.title = 'My title';
    sync.see({ ...OPENING, title: 'Their title', description: 'Their text' });
    expect(sync.changed).toBe(true);
    expect(sync.conflicts).toEqual(['title']);
    expect(form.values).toEqual({ ...OPENING, title: 'My title', description: 'Their text' });
    sync.keep();
    expect(sync.changed).toBe(false);
    expect(form.values.title).toBe('My title');
    // The same values read again (the whole schedule reloaded) are no news.
    sync.see({ ...OPENING, title: 'Their title', description: 'Their text' });
    expect(sync.changed).toBe(false);
  });

  it('Reload takes every stored value, dropping the edits', () => {
    const { form, sync } = open(OPENING);
    form.values.title = 'My title';
    form.values.description = 'My text';
    sync.see({ ...OPENING, title: 'Their title' });
    expect(sync.conflicts).toEqual(['title']);
    sync.reload();
    expect(form.values).toEqual({ ...OPENING, title: 'Their title' });
    expect(sync.changed).toBe(false);
    expect(sync.dirty).toBe(false);
  });

  it('no longer says a field was updated from elsewhere once it is in conflict', () => {
    const { form, sync } = open(OPENING);
    sync.see({ ...OPENING, title: 'Theirs 1' });
    expect(sync.taken).toEqual(['title']);
    form.values.title = 'Mine';
    sync.see({ ...OPENING, title: 'Theirs 2', description: 'Their text' });
    expect(sync.conflicts).toEqual(['title']);
    expect(sync.taken).toEqual(['description']);
  });

  it('keeps asking about a waiting conflict when another field changes elsewhere meanwhile', () => {
    const { form, sync } = open(OPENING);
    form.values.title = 'My title';
    sync.see({ ...OPENING, title: 'Their title' });
    sync.see({ ...OPENING, title: 'Their title', roles: [] });
    expect(sync.conflicts).toEqual(['title']);
    expect(form.values.roles).toEqual([]);
    expect(sync.taken).toEqual(['roles']);
  });

  it('names only the fields the latest change elsewhere altered, not those of an earlier one', () => {
    const { sync } = open(OPENING);
    sync.see({ ...OPENING, title: 'Renamed outside' });
    expect(sync.taken).toEqual(['title']);
    sync.see({ ...OPENING, title: 'Renamed outside', description: 'Added outside' });
    expect(sync.taken).toEqual(['description']);
  });

  it('says nothing of fields the form only spells otherwise than the store, on opening or after a save', () => {
    // The form trims the description it shows; the store keeps the spaces. Nobody changed it.
    const form = { values: { ...OPENING, description: 'Welcome' } };
    const sync = new StoreFollowing<Rec, Rec>({
      view: (v) => structuredClone(v),
      read: () => structuredClone(form.values),
      write: (v) => { form.values = { ...structuredClone(v), description: v.description.trim() }; },
    });
    const stored = { ...OPENING, description: '  Welcome ' };
    sync.see(stored); // the form opening
    expect(sync.taken).toEqual([]);
    form.values.title = 'My title';
    sync.saved();
    sync.see({ ...stored, title: 'My title', description: 'Welcome  ' }); // the save read back
    expect(sync.taken).toEqual([]);
    expect(sync.changed).toBe(false);
    // A real change elsewhere after that is named, and only it.
    sync.see({ ...stored, title: 'Renamed outside', description: 'Welcome  ' });
    expect(sync.taken).toEqual(['title']);
  });

  it('follows nothing for a new record', () => {
    const { form, sync } = open(OPENING);
    form.values.title = 'Typed';
    sync.see(null);
    expect(sync.changed).toBe(false);
    expect(form.values.title).toBe('Typed');
  });
});
