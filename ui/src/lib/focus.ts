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
