// The running order of a session for its moderator: when each item begins and how long it is.
import type { Session, SessionItem } from './types';
import { addMinutes } from './time';

export interface TimedItem { item: SessionItem; start: string | null; minutes: number | null }

/**
 * An item without its own start begins when the one before it ends (the first at the session's
 * start). After an item without minutes the following start is unknown until one sets its own.
 */
export function runningOrder(session: Pick<Session, 'start' | 'items'>): TimedItem[] {
  let next: string | null = session.start;
  return session.items.map((item) => {
    const start = item.start ?? next;
    next = start && item.minutes !== null ? addMinutes(start, item.minutes) : null;
    return { item, start, minutes: item.minutes };
  });
}

/** A person's sessions in time order, unscheduled ones last. */
export function inTimeOrder(sessions: Session[]): Session[] {
  return [...sessions].sort((a, b) => {
    if (!a.start || !b.start) return a.start ? -1 : b.start ? 1 : a.title.localeCompare(b.title);
    return Date.parse(a.start) - Date.parse(b.start);
  });
}
