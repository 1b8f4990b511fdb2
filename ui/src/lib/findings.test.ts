// The live findings: which findings a session shows, and how checks after a burst of changes
// are coalesced so the last answer is the store's. The shell's check_event is a double whose
// answers the test releases one by one.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from './types';

type Args = Record<string, unknown>;
let stored: Finding[] = [];
const asked: number[] = [];
const pending: (() => void)[] = [];

(globalThis as { window?: unknown }).window = {
  __TAURI_INTERNALS__: {
    invoke: async (cmd: string, args: Args) => {
      if (cmd !== 'check_event') throw { kind: 'io', message: `no command ${cmd}`, field: null };
      asked.push(args.eventId as number);
      // The answer is the store's when the shell reads it, i.e. when the test releases it.
      await new Promise<void>((done) => pending.push(done));
      if (args.eventId === 99) throw { kind: 'not_found', message: 'there is no event 99', field: null };
      return structuredClone(stored);
    },
  },
};

const { app } = await import('./state.svelte');
const { findingsMark, findingsOf, openFindings, refreshFindings, live, withClash } = await import('./findings.svelte');

function finding(rule: string, severity: Finding['severity'], sessions: string[], acknowledged = false): Finding {
  return {
    rule, severity, sessions, people: [], rooms: [], start: null, end: null, message: rule, wording: rule,
    params: {}, fingerprint: `${rule}:${sessions.join('+')}`, acknowledged,
  } as Finding;
}

/** Releases the shell's answers one at a time until `check` has settled. */
async function settle(check: Promise<void>): Promise<void> {
  let done = false;
  void check.finally(() => { done = true; });
  while (!done) {
    await new Promise((r) => setTimeout(r, 5));
    pending.shift()?.();
  }
  // The announcement lands a microtask after the findings.
  await Promise.resolve();
}

beforeEach(() => {
  stored = [];
  asked.length = 0;
  pending.length = 0;
  app.eventId = 1;
  app.findings = [];
  live.error = null;
  live.announcement = '';
});

describe('a session’s findings', () => {
  it('are the open ones naming it, errors first', () => {
    const all = [
      finding('panel_without_moderator', 'warning', ['a']),
      finding('room_double_booked', 'error', ['a', 'b']),
      finding('person_double_booked', 'error', ['b', 'c']),
      finding('changeover_too_short', 'warning', ['a', 'c'], true),
    ];
    expect(findingsOf(all, 'a').map((f) => f.rule)).toEqual(['room_double_booked', 'panel_without_moderator']);
    expect(findingsOf(all, 'c').map((f) => f.rule)).toEqual(['person_double_booked']);
    expect(findingsOf(all, 'z')).toEqual([]);
    expect(openFindings(all)).toHaveLength(3);
  });
});

describe('a Sessions list row’s mark', () => {
  it('counts the open clashes apart from the other findings, with the worst severity', () => {
    const all = [
      finding('panel_without_moderator', 'warning', ['a', 'd']),
      finding('room_double_booked', 'error', ['a', 'b']),
      finding('person_double_booked', 'error', ['a', 'c']),
      finding('changeover_too_short', 'warning', ['a', 'c'], true),
      finding('hybrid_without_link', 'information', ['e']),
    ];
    expect(findingsMark(all, 'a')).toEqual({ severity: 'error', text: '2 clashes and 1 other finding' });
    expect(findingsMark(all, 'b')).toEqual({ severity: 'error', text: '1 clash' });
    // The acknowledged one is not counted; no clash: the findings alone.
    expect(findingsMark(all, 'c')).toEqual({ severity: 'error', text: '1 clash' });
    expect(findingsMark(all, 'd')).toEqual({ severity: 'warning', text: '1 finding' });
    expect(findingsMark(all, 'e')).toEqual({ severity: 'information', text: '1 finding' });
    expect(findingsMark(all, 'z')).toBeNull();
  });
});

describe('checks after changes', () => {
  it('a burst of changes makes one more check, and the last answer is the store’s', async () => {
    const first = refreshFindings();
    stored = [finding('room_double_booked', 'error', ['a', 'b'])];
    void refreshFindings();
    stored = [finding('room_double_booked', 'error', ['a', 'b']), finding('person_double_booked', 'error', ['a', 'c'])];
    const last = refreshFindings();
    expect(last).toBe(first);
    await settle(last);
    expect(asked).toEqual([1, 1]);
    expect(app.findings.map((f) => f.rule)).toEqual(['room_double_booked', 'person_double_booked']);
  });

  it('announces a changed count, not the first count of an event', async () => {
    app.eventId = 2;
    stored = [finding('room_double_booked', 'error', ['a', 'b'])];
    await settle(refreshFindings());
    expect(app.findings).toHaveLength(1);
    expect(live.announcement).toBe('');
    stored = [];
    await settle(refreshFindings());
    expect(live.announcement).toBe('Checks: 0 open findings');
    expect(app.findings).toEqual([]);
  });

  it('keeps the findings and says why when the check fails', async () => {
    app.findings = [finding('unscheduled', 'warning', ['a'])];
    app.eventId = 99;
    await settle(refreshFindings());
    expect(live.error?.message).toBe('there is no event 99');
    expect(app.findings).toHaveLength(1);
  });

  it('drops an answer for an event that is no longer open', async () => {
    app.eventId = 3;
    stored = [finding('room_double_booked', 'error', ['a', 'b'])];
    const running = refreshFindings();
    app.eventId = null;
    void refreshFindings();
    await settle(running);
    expect(asked).toEqual([3]);
    expect(app.findings).toEqual([]);
  });
});

describe('a move or save that clashes says so', () => {
  it('adds the first open clash of that session to the words, and nothing otherwise', () => {
    app.findings = [
      finding('hybrid_without_link', 'warning', ['s1']),
      finding('person_double_booked', 'error', ['s1', 's2']),
      finding('room_double_booked', 'error', ['s3', 's4'], true),
    ];
    const said = withClash('Moved.', 's1');
    expect(said.startsWith('Moved. It clashes: ')).toBe(true);
    expect(said.length).toBeGreaterThan('Moved. It clashes: '.length);
    // Not a clash, an acknowledged one, or another session's: the words alone.
    expect(withClash('Moved.', 's3')).toBe('Moved.');
    expect(withClash('Moved.', 's9')).toBe('Moved.');
    app.findings = [];
  });
});
