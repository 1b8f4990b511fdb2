import { describe, expect, it } from 'vitest';
import { computeCoverage, coverageToCsv } from './coverage';
import type { Session, Term, Vocabulary } from './types';

const vocab = (id: number, key: string) => ({ id, key, name: key, uuid: '', description: '', builtin: true }) as Vocabulary;
const term = (id: number, vocabulary_id: number, code: string, position: number, parent_code: string | null = null) =>
  ({ id, vocabulary_id, code, label: code, position, parent_code, uuid: '' }) as Term;
const session = (id: number, code: string, title: string, tags: number[]) => ({ id, code, title, tags }) as unknown as Session;

const vocabularies = [vocab(1, 'sdg'), vocab(2, 'wsis'), vocab(3, 'topics')];
const terms = [term(11, 1, '4', 4), term(10, 1, '3', 3), term(20, 2, 'C7', 7), term(21, 2, 'C7.e-health', 8, 'C7'), term(30, 3, 'ai', 1)];

describe('coverage', () => {
  it('marks tagged terms, counts parents, and ignores other vocabularies', () => {
    const c = computeCoverage([session(1, '231', 'Open source, health', [10, 21, 30]), session(2, '232', 'Education', [11])], vocabularies, terms);
    expect(c.columns.map((x) => x.term.code)).toEqual(['3', '4', 'C7', 'C7.e-health']);
    expect(c.rows[0].covered).toEqual([true, false, true, true]);
    expect(c.rows[1].covered).toEqual([false, true, false, false]);
    expect(c.totals).toEqual([1, 1, 1, 1]);
  });

  it('writes quoted CSV with a totals line', () => {
    const c = computeCoverage([session(1, '231', 'Open source, "health"', [10])], vocabularies, terms);
    const csv = coverageToCsv(c, { code: 'Code', title: 'Title', total: 'Total' });
    expect(csv.split('\r\n')).toEqual([
      'Code,Title,sdg 3,sdg 4,wsis C7,wsis C7.e-health',
      '231,"Open source, ""health""",1,0,0,0',
      ',Total,1,0,0,0',
      '',
    ]);
  });
});
