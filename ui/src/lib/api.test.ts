import { afterEach, describe, expect, it } from 'vitest';
import { api, CommandError, NO_WINDOW, toCommandError } from './api';
import { chooseOpenPath, chooseSavePath } from './dialogs';

describe('command wrapper', () => {
  afterEach(() => { delete (globalThis as { window?: unknown }).window; });

  it('refuses to run outside Plenary’s window instead of inventing data', async () => {
    const err = await api.listEvents().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommandError);
    expect((err as CommandError).message).toBe(NO_WINDOW);
  });

  it('keeps kind, message and field of the shell’s errors', () => {
    const e = toCommandError({ kind: 'invalid', message: 'event slug: taken', field: 'slug' });
    expect([e.kind, e.message, e.field]).toEqual(['invalid', 'event slug: taken', 'slug']);
    const plain = toCommandError('disk full');
    expect([plain.kind, plain.message, plain.field]).toEqual(['io', 'disk full', null]);
  });

  it('asks the shell for every path: the page has no way to name a file itself', async () => {
    // Once the bypass `window.__PLENARY_E2E__` let a page choose any path; it is gone.
    (globalThis as { window?: unknown }).window = { __PLENARY_E2E__: { openPath: '/etc/passwd', savePath: '/tmp/out.ics' } };
    for (const asked of [chooseOpenPath([]), chooseSavePath('x.ics', [])]) {
      const err = await asked.catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CommandError);
      expect((err as CommandError).message).toBe(NO_WINDOW);
    }
  });
});
