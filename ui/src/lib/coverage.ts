// Coverage of the programme against the built-in frameworks: which sessions address which SDG,
// WSIS Action Line or GDC objective. A tag on a narrower term (C7.e-health) also covers its
// broader term (C7), as the WSIS framework reads.
import type { Session, Term, Vocabulary } from './types';

export const FRAMEWORKS = ['sdg', 'wsis', 'gdc'] as const;

export interface CoverageColumn { term: Term; vocabulary: Vocabulary }
export interface CoverageRow { session: Session; covered: boolean[] }
export interface Coverage { columns: CoverageColumn[]; rows: CoverageRow[]; totals: number[] }

export function computeCoverage(
  sessions: Session[], vocabularies: Vocabulary[], terms: Term[], keys: readonly string[] = FRAMEWORKS,
): Coverage {
  const columns: CoverageColumn[] = [];
  for (const key of keys) {
    const vocabulary = vocabularies.find((v) => v.key === key);
    if (!vocabulary) continue;
    const own = terms.filter((t) => t.vocabulary_id === vocabulary.id).sort((a, b) => a.position - b.position);
    for (const term of own) columns.push({ term, vocabulary });
  }
  const byId = new Map(terms.map((t) => [t.id, t]));
  const rows = sessions.map((session) => {
    const hit = new Set<string>();
    for (const id of session.tags) {
      const t = byId.get(id);
      if (!t) continue;
      hit.add(`${t.vocabulary_id}:${t.code}`);
      if (t.parent_code) hit.add(`${t.vocabulary_id}:${t.parent_code}`);
    }
    return { session, covered: columns.map((c) => hit.has(`${c.vocabulary.id}:${c.term.code}`)) };
  });
  const totals = columns.map((_, i) => rows.filter((r) => r.covered[i]).length);
  return { columns, rows, totals };
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 CSV: one line per session, one column per term ("sdg 3"), 1 where covered. */
export function coverageToCsv(c: Coverage, headings: { code: string; title: string; total: string }): string {
  const header = [headings.code, headings.title, ...c.columns.map((col) => `${col.vocabulary.key} ${col.term.code}`)];
  const lines = [header, ...c.rows.map((r) => [r.session.code, r.session.title, ...r.covered.map((x) => (x ? '1' : '0'))])];
  lines.push(['', headings.total, ...c.totals.map(String)]);
  return lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}
