// followStore's decision (StoreFollowing): an unchanged form takes a change under it, a changed
// one keeps its edits and asks; Reload takes the store's values, Keep my edits keeps the form's;
// a new record (null) is never followed. `see` stands for the effect reading the store again.
import { describe, expect, it } from 'vitest';
import { StoreFollowing } from './formSync.svelte';

interface Rec { title: string }

function open(first: Rec | null) {
  const form = { title: first?.title ?? '', opened: first?.title ?? '' };
  const sync = new StoreFollowing<Rec>(first, () => form.title !== form.opened, (v) => {
    form.title = v.title;
    form.opened = v.title;
  });
  return { form, sync };
}

describe('followStore', () => {
  it('reloads an unchanged form silently', () => {
    const { form, sync } = open({ title: 'Opening' });
    sync.see({ title: 'Renamed outside' });
    expect(form.title).toBe('Renamed outside');
    expect(sync.changed).toBe(false);
  });

  it('keeps the edits of a changed form and asks; Reload takes the stored values', () => {
    const { form, sync } = open({ title: 'Opening' });
    form.title = 'My edit';
    sync.see({ title: 'Renamed outside' });
    expect(form.title).toBe('My edit');
    expect(sync.changed).toBe(true);
    sync.reload();
    expect(form.title).toBe('Renamed outside');
    expect(sync.changed).toBe(false);
  });

  it('keeps the edits on Keep my edits, and asks again on the next change only', () => {
    const { form, sync } = open({ title: 'Opening' });
    form.title = 'My edit';
    sync.see({ title: 'Renamed outside' });
    sync.keep();
    expect(sync.changed).toBe(false);
    expect(form.title).toBe('My edit');
    // The same values read again (the whole schedule reloaded) are no news.
    sync.see({ title: 'Renamed outside' });
    expect(sync.changed).toBe(false);
    sync.see({ title: 'Third' });
    expect(sync.changed).toBe(true);
    expect(form.title).toBe('My edit');
  });

  it('follows nothing for a new record', () => {
    const { form, sync } = open(null);
    form.title = 'Typed';
    sync.see(null);
    expect(sync.changed).toBe(false);
    expect(form.title).toBe('Typed');
  });
});
