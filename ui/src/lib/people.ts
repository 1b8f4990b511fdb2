// Whose names the pickers offer. The directory of people is shared by every event, so after
// importing 36C3 it holds 900 strangers to the WSIS forum. A picker offers the current event's
// people: everyone who is NOT taking part only in other events, that is people with a role in a
// session (or item) of this event plus people with no role anywhere yet (just created, or
// imported as a bare directory entry), found from the store's `people_of_other_events`. People
// of other events come on request ("from other events"). Nothing remembers which event was open
// when a person was created: a new person has no role yet, so they are offered everywhere until
// they get one.
import { api } from './api';
import type { Person } from './types';

/** "Dr Ada Lovelace — Analytical Engines": how a picker names a person. */
export function personLabel(p: Person): string {
  return `${p.honorific ? `${p.honorific} ` : ''}${p.name}${p.organisation ? ` — ${p.organisation}` : ''}`;
}

/** Lower case without accents, so that "jose" finds "José" and "ÉLISE" finds "Élise". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The people whose name, honorific, organisation or function contains every word of `text` (any case,
 * any accents), in their order, at most `limit` of them; all (up to `limit`) when `text` is blank.
 */
export function searchPeople(people: readonly Person[], text: string, limit = Infinity): Person[] {
  const words = fold(text).split(/\s+/).filter(Boolean);
  const out: Person[] = [];
  for (const p of people) {
    if (out.length >= limit) break;
    const hay = fold(`${p.honorific} ${p.name} ${p.organisation} ${p.function}`);
    if (words.every((w) => hay.includes(w))) out.push(p);
  }
  return out;
}

/**
 * The people a picker offers: all of `people` with `others` set, else those not in
 * `otherEvents` (row ids of people taking part only in other events), plus `keep` (people the
 * form already names, so a chosen person never vanishes from their own list).
 */
export function offeredPeople(people: readonly Person[], otherEvents: ReadonlySet<number>, others: boolean, keep: readonly number[] = []): Person[] {
  if (others) return [...people];
  const kept = new Set(keep);
  return people.filter((p) => !otherEvents.has(p.id) || kept.has(p.id));
}

/** Row ids of the people taking part only in events other than `eventId` (empty without an event). */
export async function otherEventsPeople(eventId: number | null): Promise<Set<number>> {
  return new Set(eventId === null ? [] : await api.peopleOfOtherEvents(eventId));
}
