// The chosen language as Svelte state: t() reads it, so every message re-renders on a switch.
export const current = $state({ locale: 'en' });
