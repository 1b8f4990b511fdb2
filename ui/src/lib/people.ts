// Whose names the pickers offer. The directory of people is shared by every event, so after
// importing 36C3 it holds 900 strangers to the WSIS forum. A picker offers the current event's
// people: everyone who is NOT taking part only in other events, that is people with a role in a
// session (or item) of this event plus people with no role anywhere yet (just created, or
// imported as a bare directory entry), found from the store's `people_of_other_events`. People
// of other events come on request ("from other events"). Nothing remembers which event was open
// when a person was created: a new person has no role yet, so they are offered everywhere until
// they get one.
import { api } from './api';
import type { Person, Role } from './types';
import type { InputProblem } from './bindings/InputProblem';
import { t } from './i18n';

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

/** The picker's text for the chosen person `id`: their label, or empty when none is chosen (or unknown). */
export function chosenLabel(everyone: readonly Person[], id: number | null): string {
  const p = id === null ? undefined : everyone.find((x) => x.id === id);
  return p ? personLabel(p) : '';
}

/** A role row as a form holds it: `person_id` stays null until a person is picked from the list. */
export type DraftRole = { person_id: number | null; role: Role };

/**
 * One problem per role row of `data` (the session's and its items') without a chosen person, at
 * `roles[i].person_id` / `items[j].roles[i].person_id`, so the form refuses to save rather than
 * guess who was meant; empty when every row names someone.
 */
export function unchosenPeople(data: { roles: DraftRole[]; items: { roles: DraftRole[] }[] }): InputProblem[] {
  const rows = (roles: DraftRole[], prefix: string) => roles.flatMap((r, i) => (r.person_id === null
    ? [{ field: `${prefix}[${i}].person_id`, code: 'other' as const, params: { message: t('session.choosePerson') } }] : []));
  return [...rows(data.roles, 'roles'), ...data.items.flatMap((it, j) => rows(it.roles, `items[${j}].roles`))];
}

/** "3 people in this event · 926 more in other events": how many the People list shows, and how many it leaves out. */
export function peopleCount(shown: number, hidden: number): string {
  return hidden > 0 ? t('people.countHidden', { count: shown, hidden }) : t('people.count', { count: shown });
}
