// Findings worded in the window's languages from the rule's wording and params, and every
// wording plenary-checks can produce has a message.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { en } from './en';
import { findingText } from './findings';
import { setLocale } from './index';

const FINDING_RS = fileURLToPath(new URL('../../../../crates/plenary-checks/src/finding.rs', import.meta.url));

const clash = {
  wording: 'person_double_booked',
  message: 'English from Rust',
  params: {
    person: 'Amandeep Gill', session: '231 Session 231', session2: '232 Session 232', room1: 'Room K', room2: '',
    zone: 'Europe/Zurich', span: '2026-07-10T07:30:00Z/2026-07-10T07:45:00Z',
    span1: '2026-07-10T07:00:00Z/2026-07-10T07:45:00Z', span2: '2026-07-10T07:30:00Z/2026-07-10T08:15:00Z',
  },
};

describe('findings in the chosen language', () => {
  afterEach(() => setLocale('en'));

  it('has a message for every wording the checks make', () => {
    const text = readFileSync(FINDING_RS, 'utf8');
    const list = /pub const WORDINGS[^=]*= &\[([\s\S]*?)\];/.exec(text)![1];
    const wordings = [...list.matchAll(/"([\w.]+)"/g)].map((m) => m[1]);
    expect(wordings.length).toBeGreaterThan(15);
    expect(wordings.filter((w) => !(`finding.${w}` in en))).toEqual([]);
  });

  it('words a clash in English with local times and the zone', () => {
    expect(findingText(clash)).toBe(
      'Amandeep Gill is in two places at once on Fri 10 Jul, 09:30–09:45: “231 Session 231” in Room K (Fri 10 Jul, 09:00–09:45) '
      + 'and “232 Session 232” in no room (Fri 10 Jul, 09:30–10:15) (Europe/Zurich).',
    );
  });

  it('shows the times in another zone when asked', () => {
    expect(findingText(clash, 'UTC')).toContain('on Fri 10 Jul, 07:30–07:45');
  });

  it('words it in French and in Arabic', () => {
    setLocale('fr');
    const fr = findingText(clash).replace(/[\u2068\u2069]/g, '');
    expect(fr).toContain('Amandeep Gill est à deux endroits à la fois le ven. 10 juil., 09:30');
    expect(fr).toContain('dans aucune salle (ven. 10 juil., 09:30');
    setLocale('ar');
    const ar = findingText(clash);
    expect(ar).toContain('في مكانين في الوقت نفسه');
    expect(ar).toContain('\u2068Amandeep Gill\u2069');
  });

  it('falls back to the English message for a wording it does not know', () => {
    expect(findingText({ ...clash, wording: 'newer_rule' })).toBe('English from Rust');
  });
});
