import { describe, expect, it } from 'vitest';
import { affects, SHOWN } from './dependents';
import type { Dependents } from './api';

const base: Dependents = { name: 'Ana Silva', sessions: [], rooms: [], venues: [], releases: [] };

describe('what a deletion affects', () => {
  it('names each session a person leaves, with the roles held there', () => {
    const d = { ...base, sessions: [
      { title: 'Opening', roles: ['moderator' as const] },
      { title: 'Closing', roles: ['chair' as const, 'speaker' as const] },
    ] };
    const a = affects('person', d);
    expect(a.heading).toBe('Removes Ana Silva from these sessions (2):');
    expect(a.items).toEqual(['Opening (Moderator)', 'Closing (Chair, Speaker)']);
    expect(a.more).toBe(0);
  });

  it('says nothing more for a person without roles', () => {
    expect(affects('person', base)).toEqual({ heading: '', items: [], more: 0 });
  });

  it('lists a few and counts the rest', () => {
    const sessions = Array.from({ length: SHOWN + 3 }, (_, i) => ({ title: `S${i}`, roles: [] }));
    const a = affects('room', { ...base, name: 'Room A', sessions });
    expect(a.heading).toBe(`These sessions go back to the unscheduled sessions (${SHOWN + 3}):`);
    expect(a.items).toHaveLength(SHOWN);
    expect(a.more).toBe(3);
  });

  it('counts what goes with an event', () => {
    const a = affects('event', { ...base, sessions: [{ title: 'x', roles: [] }], rooms: ['A', 'B'], venues: ['V'], releases: [] });
    expect(a.heading).toBe('Also deletes its sessions (1), rooms (2), venues (1) and releases (0).');
    expect(a.items).toEqual(['x']);
  });
});
