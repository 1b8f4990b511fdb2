// The Publish screen's commands (src-tauri/src/commands/publish.rs, files.rs's folder dialog),
// called through api.ts's `call` (the same error handling), and the words for what changed.
import { call } from './api';
import { t, type MessageKey } from './i18n';
import type { ReleaseSummary } from './bindings/ReleaseSummary';
import type { ReleaseChanges } from './bindings/ReleaseChanges';
import type { SessionChange } from './bindings/SessionChange';
import type { ChangeKind } from './bindings/ChangeKind';
import type { PublishReport } from './bindings/PublishReport';
import type { Target } from './bindings/Target';
import type { Scope } from './bindings/Scope';
import type { SiteSummary } from './bindings/SiteSummary';

export type { ReleaseSummary, ReleaseChanges, SessionChange, ChangeKind, PublishReport, Target, Scope, SiteSummary };


export const publishApi = {
  listReleases: (eventId: number) => call<ReleaseSummary[]>('list_releases', { eventId }),
  /** `to` null: the store as it is now; `from` null: the release before `to`. */
  releaseChanges: (eventId: number, from: string | null, to: string | null) =>
    call<ReleaseChanges>('release_changes', { eventId, from, to }),
  createRelease: (eventId: number, name: string, note: string) =>
    call<ReleaseSummary>('create_release', { eventId, name, note }),
  /** The shell's folder dialog: the chosen folder (the only kind the site is written into), or null. */
  pickFolder: () => call<string | null>('pick_folder'),
  /** Writes the site of `release` (null: the store as it is) into a folder from `pickFolder`. */
  publishSite: (eventId: number, release: string | null, folder: string) =>
    call<SiteSummary>('publish_site', { eventId, release, folder }),
  /** The password is sent for this run only; the shell never stores it. */
  publishCaldav: (eventId: number, target: Target, password: string, dryRun: boolean) =>
    call<PublishReport>('publish_caldav', { eventId, target, password, dryRun }),
};

/** The kinds of change in the order a summary lists them. */
export const CHANGE_KINDS: ChangeKind[] = [
  'added', 'removed', 'cancelled', 'reinstated', 'moved_time', 'moved_room', 'retitled', 'people_changed', 'join_link_changed',
];

const CHANGE_LABELS: Record<ChangeKind, MessageKey> = {
  added: 'change.added',
  removed: 'change.removed',
  cancelled: 'change.cancelled',
  reinstated: 'change.reinstated',
  moved_time: 'change.movedTime',
  moved_room: 'change.movedRoom',
  retitled: 'change.retitled',
  people_changed: 'change.peopleChanged',
  join_link_changed: 'change.joinLinkChanged',
};

/** A kind of change in words ("moved (time)"). */
export function changeLabel(kind: ChangeKind): string {
  return t(CHANGE_LABELS[kind]);
}

/** How many changes have each kind, only kinds that occur, in `CHANGE_KINDS` order. */
export function countByKind(changes: SessionChange[]): [ChangeKind, number][] {
  return CHANGE_KINDS
    .map((k): [ChangeKind, number] => [k, changes.filter((c) => c.kinds.includes(k)).length])
    .filter(([, n]) => n > 0);
}

/** The scope of a CalDAV publish from the form's choice and key; null when a key is missing. */
export function caldavScope(kind: 'whole' | 'room' | 'track' | 'person', key: string): Scope | null {
  if (kind === 'whole') return { kind: 'whole' };
  const k = key.trim();
  return k ? { kind, key: k } : null;
}
