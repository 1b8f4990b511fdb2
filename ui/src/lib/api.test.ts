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

  it('lets end-to-end tests bypass the native dialogs', async () => {
    (globalThis as { window?: unknown }).window = { __PLENARY_E2E__: { openPath: '/tmp/in.ics', savePath: '/tmp/out.ics' } };
    expect(await chooseOpenPath([])).toBe('/tmp/in.ics');
    expect(await chooseSavePath('x.ics', [])).toBe('/tmp/out.ics');
  });
});
