// Completeness of the catalogue: every literal key passed to t() in the sources exists, and
// parameters named in the code are placeholders of the message.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { en } from './en';
import { t, tv } from './index';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name: string) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'bindings' ? [] : sources(path);
    return /\.(ts|svelte)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Names of an object literal's top-level properties, read from just after its `{`. */
function paramNames(text: string, from: number): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) {
      if (depth === 0) break;
      depth--;
    }
    if (ch === ',' && depth === 0) { parts.push(current); current = ''; } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => /^\s*(\w+)\s*(?::|$)/.exec(p)?.[1]).filter((n): n is string => !!n);
}

describe('message catalogue', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const files = sources(root);
  const calls = files.flatMap((f) => {
    const text = readFileSync(f, 'utf8');
    return [...text.matchAll(/\bt\('([\w.-]+)'(,\s*\{)?/g)]
      .map((m) => ({ file: f, key: m[1], params: m[2] ? paramNames(text, m.index! + m[0].length) : [] }));
  });

  it('scans the real sources', () => {
    expect(files.some((f) => f.endsWith('App.svelte'))).toBe(true);
    expect(calls.length).toBeGreaterThan(30);
  });

  it('has every key the code uses', () => {
    const missing = calls.filter((c) => !(c.key in en)).map((c) => `${c.key} (${c.file})`);
    expect(missing).toEqual([]);
  });

  it('has the placeholders the code fills in', () => {
    const wrong = calls.filter((c) => c.key in en).flatMap((c) => {
      const names = c.params;
      const text = en[c.key as keyof typeof en];
      return names.filter((n) => !text.includes(`{${n}}`)).map((n) => `${c.key}: {${n}}`);
    });
    expect(wrong).toEqual([]);
  });

  it('has a label for every enum value of the model', () => {
    const values = {
      kind: ['keynote', 'panel', 'presentation', 'workshop', 'interactive_session', 'plenary', 'networking', 'break', 'meal', 'ceremony', 'social', 'other'],
      role: ['moderator', 'master_of_ceremonies', 'chair', 'keynote_speaker', 'speaker', 'panellist', 'presenter', 'rapporteur', 'organiser_contact'],
      participation: ['on_site', 'remote', 'hybrid'],
      status: ['draft', 'confirmed', 'cancelled'],
      severity: ['error', 'warning', 'information'],
      imported: ['events', 'venues', 'rooms', 'sessions', 'people', 'tracks'],
      upsert: ['created', 'updated', 'unchanged'],
      rule: ['room_double_booked', 'person_double_booked', 'person_unavailable', 'changeover_too_short', 'outside_event_days', 'outside_room_hours', 'over_capacity', 'missing_join_link', 'no_streaming_in_room', 'no_interpretation_in_room', 'panel_without_moderator', 'item_outside_parent', 'items_overlap', 'non_positive_duration', 'unscheduled'],
    };
    for (const [prefix, list] of Object.entries(values)) {
      for (const v of list) expect(`${prefix}.${v}` in en, `${prefix}.${v}`).toBe(true);
    }
  });

  it('has no message the code never uses', () => {
    const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    // Keys built from model values or screen names are looked up with a prefix.
    const dynamic = ['kind.', 'role.', 'participation.', 'status.', 'severity.', 'nav.', 'upsert.', 'task.', 'imported.', 'csvField.', 'finding.', 'rule.'];
    const unused = Object.keys(en).filter((k) => !dynamic.some((d) => k.startsWith(d)) && !text.includes(`'${k}'`));
    expect(unused).toEqual([]);
  });

  it('picks plural forms by the language’s rules', () => {
    expect(t('session.count', { count: 1 })).toBe('1 session');
    expect(t('session.count', { count: 0 })).toBe('0 sessions');
    expect(t('people.count', { count: 2 })).toBe('2 people');
    // Arabic and Russian: catalogues.test.ts.
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(t('common.saved', { name: 'Room K' })).toBe('Saved “Room K”.');
    expect(t('common.saved', {})).toBe('Saved “{$name}”.');
    expect(t('io.exported', { count: 2, bytes: 12345, path: '/tmp/x.ics' })).toBe('Wrote 2 sessions (12,345 bytes) to /tmp/x.ics.');
    expect(tv('kind', 'panel')).toBe('Panel');
    expect(tv('kind', 'unknown_kind')).toBe('unknown_kind');
  });
});
