// A form that appears moves the focus to its heading, so keyboard and screen-reader users
// land where the new content is (the heading has tabindex="-1").
export function focusOnMount(el: HTMLElement): void {
  el.focus();
}
