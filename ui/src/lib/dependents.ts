// What a deletion takes with it, in words for the confirmation: "Removes Ana Silva from these
// sessions (3): Opening (Moderator), …". The lists come from the shell's `dependents`.
import { t, locale, type MessageKey } from './i18n';
import type { Deletable, Dependents } from './api';

/** How many names a confirmation lists before "and more (n)". */
export const SHOWN = 8;

export interface Affects {
  /** The sentence before the list; empty when nothing else changes. */
  heading: string;
  items: string[];
  /** Names left out of `items` (more than `SHOWN`). */
  more: number;
}

function list(heading: string, names: string[]): Affects {
  return { heading, items: names.slice(0, SHOWN), more: Math.max(0, names.length - SHOWN) };
}

/** The words for what deleting `target` changes elsewhere. */
export function affects(kind: Deletable['kind'], d: Dependents): Affects {
  const count = d.sessions.length;
  switch (kind) {
    case 'person': {
      const roles = new Intl.ListFormat(locale, { type: 'unit' });
      const items = d.sessions.map((s) =>
        s.roles.length === 0 ? s.title : t('removal.withRoles', { title: s.title, roles: roles.format(s.roles.map((r) => t(`role.${r}` as MessageKey))) }));
      return count === 0 ? list('', []) : list(t('removal.person', { name: d.name, count }), items);
    }
    case 'room':
      return count === 0 ? list('', []) : list(t('removal.room', { count }), d.sessions.map((s) => s.title));
    case 'term':
      return count === 0 ? list('', []) : list(t('removal.term', { count }), d.sessions.map((s) => s.title));
    case 'venue':
      return d.rooms.length === 0 ? list('', []) : list(t('removal.venue', { count: d.rooms.length }), d.rooms);
    case 'event':
      return list(t('removal.event', {
        sessions: count, rooms: d.rooms.length, venues: d.venues.length, releases: d.releases.length,
      }), d.sessions.map((s) => s.title));
  }
}
