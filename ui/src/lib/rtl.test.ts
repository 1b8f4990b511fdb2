// The layout must mirror for right-to-left languages: styles use logical properties only.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name: string) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(css|svelte)$/.test(name) ? [path] : [];
  });
}

const PHYSICAL = /(?:^|[\s;{])(margin-(?:left|right)|padding-(?:left|right)|border-(?:left|right)|left|right|float|text-align\s*:\s*(?:left|right))\s*:/m;

describe('right-to-left readiness', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const all = files(root);

  it('finds the style sources', () => {
    expect(all.some((f) => f.endsWith('app.css'))).toBe(true);
  });

  it('uses no physical left/right properties', () => {
    const offenders = all.flatMap((f) => {
      let text = readFileSync(f, 'utf8');
      if (f.endsWith('.svelte')) text = (/<style>([\s\S]*?)<\/style>/.exec(text)?.[1] ?? '');
      return text.split('\n').filter((line) => PHYSICAL.test(line)).map((line) => `${f}: ${line.trim()}`);
    });
    expect(offenders).toEqual([]);
  });

  it('would catch a physical property', () => {
    expect(PHYSICAL.test('.x { margin-left: 1rem; }')).toBe(true);
    expect(PHYSICAL.test('.x { margin-inline-start: 1rem; }')).toBe(false);
  });
});
