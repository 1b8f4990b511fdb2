// Where the focus goes when a form appears (issue 12): to the new content, never left behind on
// the button that opened it.
//
// One rule for every entity form (session, person, event, venue, room):
// - a NEW form focuses its first field (Title, Name): there is nothing to read yet and the
//   person starts typing at once;
// - an EDIT form focuses its heading (tabindex="-1", "Edit session: …" or the record's name):
//   a screen reader announces which record is open, and a keystroke meant for the field the
//   person came to change (rarely the first) cannot land in the title. Tab goes on to the
//   first field.
// Other forms (duplicate an event, dialogs) focus their heading.

/** Focuses the element it is attached to when it mounts. */
export function focusOnMount(el: HTMLElement): void {
  el.focus();
}

/** An attachment that focuses its element on mount when `yes` (`{@attach focusIf(creating)}`). */
export function focusIf(yes: boolean): (el: HTMLElement) => void {
  return (el) => {
    if (yes) el.focus();
  };
}

/**
 * Focuses an element the code chose (a skip link's target, a block that moved) with a visible
 * ring. A focus by script matches :focus-visible only when the engine guesses a keyboard user,
 * and the walk saw the skip link's first session block take the focus with no ring (the next
 * Tab then seemed to skip it). The element wears `data-focus-ring` (styled with :focus) until it
 * loses the focus; an element that did not take the focus is left as it was. `options` go to
 * focus() (preventScroll: the agenda grid scrolls its block clear of its sticky headers itself).
 */
export function focusWithRing(el: HTMLElement, options?: FocusOptions): void {
  el.focus(options);
  if (el.ownerDocument.activeElement !== el) return;
  el.dataset.focusRing = '';
  el.addEventListener('blur', () => { delete el.dataset.focusRing; }, { once: true });
}
