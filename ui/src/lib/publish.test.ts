import { describe, expect, it } from 'vitest';
import { caldavScope, changeLabel, countByKind, CHANGE_KINDS, type SessionChange } from './publish';

const change = (kinds: SessionChange['kinds']): SessionChange => ({
  uuid: crypto.randomUUID(), kinds, before: null, after: null, people: [],
});

describe('publish screen helpers', () => {
  it('counts changes by kind in the summary order, leaving out kinds that did not occur', () => {
    const counts = countByKind([change(['moved_time', 'moved_room']), change(['moved_time']), change(['added'])]);
    expect(counts).toEqual([['added', 1], ['moved_time', 2], ['moved_room', 1]]);
    expect(countByKind([])).toEqual([]);
  });

  it('has words for every kind of change', () => {
    expect(CHANGE_KINDS.map(changeLabel)).toEqual([
      'added', 'removed', 'cancelled', 'reinstated', 'moved (time)', 'moved (room)', 'retitled', 'people changed', 'join link changed',
    ]);
  });

  it('builds the CalDAV scope, refusing a missing key', () => {
    expect(caldavScope('whole', '')).toEqual({ kind: 'whole' });
    expect(caldavScope('room', ' 5b1c ')).toEqual({ kind: 'room', key: '5b1c' });
    expect(caldavScope('track', '  ')).toBeNull();
  });
});
