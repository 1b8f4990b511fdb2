// The Import and export screen's kept state: the person's choices outlast a change of event,
// the results of the last runs belong to the event they ran in.
import { describe, expect, it } from 'vitest';
import { io, keepFor, sayIn } from './importState.svelte';
import type { ImportReport } from './types';

describe('keepFor', () => {
  it('keeps the chosen formats and zone for another event, and clears the last report', () => {
    keepFor(1);
    io.format = 'frab';
    io.timezone = 'Europe/Brussels';
    io.exportFormat = 'csv-sessions';
    io.report = { source: 'fosdem.xml' } as unknown as ImportReport;
    sayIn('import', 'io.cancelled');
    keepFor(1); // back on the screen, same event: everything stays
    expect(io.report).not.toBeNull();
    keepFor(2); // another event opened (the one a frab import made, say)
    expect(io.format).toBe('frab');
    expect(io.timezone).toBe('Europe/Brussels');
    expect(io.exportFormat).toBe('csv-sessions');
    expect(io.report).toBeNull();
    expect(io.said.import).toBeNull();
    expect(io.eventId).toBe(2);
  });
});
