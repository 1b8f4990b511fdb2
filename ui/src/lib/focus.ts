// A form that appears moves the focus to where the new content is: its first field for the
// entity forms (typing starts at once; the form is labelled by its heading, so a screen reader
// names it on entering), its heading (tabindex="-1") for the others.
export function focusOnMount(el: HTMLElement): void {
  el.focus();
}
