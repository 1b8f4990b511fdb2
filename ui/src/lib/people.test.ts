// The session form's people: a picker shows who is chosen, a row nobody chose is refused, and
// the People screen's count says what its list shows (issue 12).
import { afterEach, describe, expect, it } from 'vitest';
import { chosenLabel, peopleCount, unchosenPeople } from './people';
import { setLocale } from './i18n';
import type { Person } from './types';

const amina = { id: 7, uuid: 'a', honorific: 'Dr', name: 'Amina Diallo', organisation: 'ITU', function: '' } as Person;
const ben = { id: 9, uuid: 'b', honorific: '', name: 'Ben Okafor', organisation: '', function: '' } as Person;

afterEach(() => setLocale('en'));

describe('chosenLabel', () => {
  it('names the chosen person and leaves the field empty for nobody', () => {
    expect(chosenLabel([amina, ben], 7)).toBe('Dr Amina Diallo — ITU');
    expect(chosenLabel([amina, ben], 9)).toBe('Ben Okafor');
    expect(chosenLabel([amina, ben], null)).toBe('');
    // A directory not read yet (or a person gone): empty, never someone else's name.
    expect(chosenLabel([], 7)).toBe('');
  });
});

describe('unchosenPeople', () => {
  it('refuses every role row without a picked person, under that row, session and items alike', () => {
    const problems = unchosenPeople({
      roles: [{ person_id: 7, role: 'moderator' }, { person_id: null, role: 'speaker' }],
      items: [{ roles: [] }, { roles: [{ person_id: null, role: 'speaker' }, { person_id: 9, role: 'speaker' }] }],
    });
    expect(problems.map((p) => p.field)).toEqual(['roles[1].person_id', 'items[1].roles[0].person_id']);
    expect(problems[0].params.message).toBe('Choose a person from the list.');
  });
  it('finds nothing when every row names someone', () => {
    expect(unchosenPeople({ roles: [{ person_id: 7, role: 'moderator' }], items: [] })).toEqual([]);
  });
});

describe('peopleCount', () => {
  it('counts what the list shows and says how many other events hold', () => {
    expect(peopleCount(3, 926)).toBe('3 people in this event · 926 more in other events');
    expect(peopleCount(1, 2)).toBe('1 person in this event · 2 more in other events');
    expect(peopleCount(929, 0)).toBe('929 people');
    setLocale('fr');
    // Without Fluent's isolation marks (U+2068/U+2069) and with plain spaces.
    expect(peopleCount(3, 926).replace(/[\u2068\u2069]/g, '').replace(/\s/g, ' ')).toBe('3 personnes dans cette manifestation · 926 de plus dans d’autres manifestations');
  });
});
