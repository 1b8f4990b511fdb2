// The live findings: the checker runs after every change to the open event (a move, an edit,
// an import, undo, redo, a schedule read again), and every screen reads `app.findings`, so the
// agenda's blocks, the session form, the moderator view and the navigation show what the store
// holds now, without "Run checks".
import { untrack } from 'svelte';
import { api, toCommandError, type CommandError } from './api';
import { intlLocale, locale, t } from './i18n';
import { app } from './state.svelte';
import type { Finding, Rule } from './types';
import { findingText } from './i18n/findings';

export const live = $state({
  /** Why the last check could not run (the Checks screen says so); null when it ran. */
  error: null as CommandError | null,
  /** A polite announcement of the open findings' count, set only when it changed. */
  announcement: '',
});

/** Findings nobody acknowledged: what the navigation counts and the blocks mark. */
export function openFindings(findings: Finding[]): Finding[] {
  return findings.filter((f) => !f.acknowledged);
}

/** The open findings that name the session `uuid`, errors first. */
export function findingsOf(findings: Finding[], uuid: string): Finding[] {
  const order = { error: 0, warning: 1, information: 2 } as const;
  return openFindings(findings)
    .filter((f) => f.sessions.includes(uuid))
    .sort((a, b) => order[a.severity] - order[b.severity]);
}

// One check at a time: a change made while one runs asks for one more run afterwards, so the
// last answer always reflects the last change and a burst of changes does not pile up calls.
let again = false;
let current: Promise<void> | null = null;

/**
 * Checks the open event (again, after the check under way) and keeps `app.findings`; resolves
 * once the findings are the store's as of this call. A failure goes to `live.error`.
 */
export function refreshFindings(): Promise<void> {
  again = true;
  current ??= checkUntilCurrent().finally(() => { current = null; });
  return current;
}

async function checkUntilCurrent(): Promise<void> {
  while (again) {
    again = false;
    const eventId = app.eventId;
    if (eventId === null) { app.findings = []; continue; }
    try {
      // User Timing marks, for the figures of the end-to-end benchmark (tests/e2e/findings.rs).
      performance.mark('findings:asked');
      const findings = await api.checkEvent(eventId);
      performance.mark('findings:answered');
      // Another event opened meanwhile: its own check follows (`again` is set).
      if (app.eventId !== eventId) continue;
      announce(openFindings(app.findings).length, openFindings(findings).length);
      app.findings = findings;
      live.error = null;
    } catch (e) {
      live.error = toCommandError(e);
    }
  }
}

let announcedEvent: number | null = null;

/** Says the new count once it changed; not on opening an event (nothing changed then). */
function announce(before: number, after: number): void {
  const opened = announcedEvent !== app.eventId;
  announcedEvent = app.eventId;
  if (opened || before === after) return;
  // Cleared first so that the same words are announced again after a change back.
  live.announcement = '';
  queueMicrotask(() => { live.announcement = t('checks.liveCount', { count: after }); });
}

/**
 * Keeps the findings current: call once from the root component. Runs the check whenever the
 * open event, its schedule (read again after an import or a change by others) or the undo
 * history (every change made in this window) changes.
 */
export function watchFindings(): void {
  $effect(() => {
    void app.eventId;
    void app.schedule;
    void app.historyVersion;
    untrack(() => { void refreshFindings(); });
  });
}

const CLASHES: ReadonlySet<Rule> = new Set(['room_double_booked', 'person_double_booked']);

/**
 * The open clashes (a room or a person booked twice) of the session with `uuid`, most severe
 * first, in the current findings: what a status line adds after a move or a save.
 */
export function clashesOf(uuid: string): Finding[] {
  return findingsOf(app.findings, uuid).filter((f) => CLASHES.has(f.rule));
}

/**
 * What a list row says of session `uuid`'s open findings (the agenda blocks' findings): the
 * clashes counted apart from the rest, as in "1 clash and 2 other findings", with the most
 * severe finding's severity for its colour; null when it has none.
 */
export function findingsMark(findings: Finding[], uuid: string): { severity: Finding['severity']; text: string } | null {
  const mine = findingsOf(findings, uuid);
  if (mine.length === 0) return null;
  const clashes = mine.filter((f) => CLASHES.has(f.rule)).length;
  const rest = mine.length - clashes;
  const parts = [
    ...(clashes > 0 ? [t('session.markClashes', { count: clashes })] : []),
    ...(rest > 0 ? [clashes > 0 ? t('session.markOthers', { count: rest }) : t('checks.count', { count: rest })] : []),
  ];
  return { severity: mine[0].severity, text: new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(parts) };
}

/** `said` followed by the first clash of session `uuid` in words, or `said` alone. */
export function withClash(said: string, uuid: string): string {
  const [first] = clashesOf(uuid);
  return first ? `${said} ${t('agenda.itClashes', { first: findingText(first, app.schedule?.event.timezone) })}` : said;
}
