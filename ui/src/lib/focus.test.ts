import { describe, expect, it } from 'vitest';
import { focusWithRing } from './focus';

/** An element stand-in: focus() takes the document's focus unless `refuses`; blur() gives it up. */
function fakeElement(doc: { activeElement: unknown }, refuses = false) {
  const listeners: (() => void)[] = [];
  const el = {
    dataset: {} as Record<string, string>,
    ownerDocument: doc,
    options: undefined as FocusOptions | undefined,
    focus(options?: FocusOptions) { el.options = options; if (!refuses) doc.activeElement = el; },
    blur() { doc.activeElement = null; listeners.splice(0).forEach((f) => f()); },
    addEventListener(type: string, f: () => void) { if (type === 'blur') listeners.push(f); },
  };
  return el;
}

describe('focusWithRing', () => {
  it('focuses the element with a ring that goes when the focus does', () => {
    const doc = { activeElement: null as unknown };
    const el = fakeElement(doc);
    focusWithRing(el as unknown as HTMLElement);
    expect(doc.activeElement).toBe(el);
    expect(el.dataset.focusRing).toBe('');
    el.blur();
    expect('focusRing' in el.dataset).toBe(false);
  });

  it('leaves an element that did not take the focus without a ring', () => {
    const doc = { activeElement: null as unknown };
    const el = fakeElement(doc, true);
    focusWithRing(el as unknown as HTMLElement);
    expect('focusRing' in el.dataset).toBe(false);
  });

  it('passes its options on to focus() (the agenda grid scrolls its blocks itself)', () => {
    const doc = { activeElement: null as unknown };
    const el = fakeElement(doc);
    focusWithRing(el as unknown as HTMLElement, { preventScroll: true });
    expect(el.options).toEqual({ preventScroll: true });
    expect(el.dataset.focusRing).toBe('');
  });
});
