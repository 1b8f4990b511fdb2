// Import reports in the window's six languages: every skip reason and note plenary-core can
// make (remarks.sample.json, written by plenary-core's report::remark test: one sample of every
// code) has words in every catalogue, with every parameter filled, and a report captured from a
// real fixture (`plenary import ics --event … --json tests/fixtures/ics/pyical_missing_vtimezone.ics`)
// reads with no English sentence left in French or Arabic.
import { afterEach, describe, expect, it } from 'vitest';
import samples from './remarks.sample.json';
import fixture from './fixtures/report-pyical-missing-vtimezone.json';
import type { ImportReport } from '../bindings/ImportReport';
import type { Remark } from '../bindings/Remark';
import type { Note } from '../bindings/Note';
import type { Skipped } from '../bindings/Skipped';
import { LANGUAGES, setLocale } from './index';
import type { PublishReason } from '../bindings/PublishReason';
import {
  fieldName, groupByRemark, groupTitle, noteText, omittedText, publishReasonText, recordText, remarkDetails, remarkText, resolutionText,
  skippedText,
} from './reports';

const remarks = samples as Remark[];
const report = fixture as unknown as ImportReport;

/** English words no French or Arabic sentence of a report should hold (values aside). */
const ENGLISH = /\b(the|is|are|was|were|not|and|has|have|with|without|left out|imported|ignored|file|session|line)\b/i;

/** Remarks whose params carry English by design: `text` (no code yet) and the store's own words. */
const CARRIES_ENGLISH = new Set(['text', 'refused']);

/**
 * The words of `text` without its values: the catalogues isolate every value (a title, a zone,
 * a URL) between U+2068 and U+2069 in every language but English, so what is left is sentence.
 */
function words(text: string): string {
  let out = text;
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(/\u2068[^\u2068\u2069]*\u2069/g, '');
  }
  return out;
}

/** Every sentence of a report, worded in the chosen language. */
function sentences(r: ImportReport): string[] {
  return [
    ...r.skipped.map((s) => `${recordText(s.what)} — ${remarkText(s.reason)}`),
    ...r.notes.map((n) => remarkText(n.remark)),
    ...r.conflicts.map((c) => resolutionText(c.resolution)),
  ];
}

describe('import reports in the chosen language', () => {
  afterEach(() => setLocale('en'));

  it('has a sample of many codes, each a different sentence', () => {
    const codes = new Set(remarks.map((r) => r.code));
    expect(codes.size).toBe(94);
    const english = remarks.map(remarkText);
    expect(new Set(english).size).toBe(english.length);
  });

  for (const lang of LANGUAGES) {
    it(`words every code in ${lang}, every parameter filled`, () => {
      setLocale(lang);
      for (const r of remarks) {
        const text = remarkText(r);
        expect(text, r.code).not.toBe('');
        expect(text, r.code).not.toMatch(/\{\s*\$|remark\.|record\.|linkTrouble\./);
      }
    });
  }

  for (const lang of ['fr', 'ar', 'ru', 'es', 'zh-Hans'] as const) {
    it(`leaves no English sentence in ${lang}`, () => {
      setLocale(lang);
      const leftovers = remarks
        .filter((r) => !CARRIES_ENGLISH.has(r.code))
        .map((r) => [r.code, remarkText(r)] as const)
        .filter(([, text]) => ENGLISH.test(words(text)));
      expect(leftovers).toEqual([]);
    });
  }

  it('words a real import report in French and Arabic, nothing in English', () => {
    expect(report.skipped.length).toBe(4);
    expect(report.notes.length).toBeGreaterThan(2);
    setLocale('fr');
    const fr = sentences(report);
    expect(fr.filter((s) => ENGLISH.test(words(s)))).toEqual([]);
    expect(fr).toContain('VEVENT — pas de DTSTART\u202f: une séance a besoin d’une heure de début');
    expect(fr.some((s) => s.includes('VTODO') && s.includes('n’est pas une séance'))).toBe(true);
    setLocale('ar');
    const ar = sentences(report);
    expect(ar.filter((s) => ENGLISH.test(words(s)))).toEqual([]);
    expect(ar.every((s) => /[\u0600-\u06ff]/.test(s))).toBe(true);
  });

  it('words the English as the CLI does for the common reasons', () => {
    expect(remarkText({ code: 'no_start' })).toBe('no DTSTART: a session needs a start time');
    expect(remarkText({ code: 'naive_dates', count: 1, zone: 'UTC' })).toBe('1 date carries no offset; read as local time in UTC');
    expect(recordText({ kind: 'row', row: 7 })).toBe('row 7');
    expect(resolutionText('file')).toBe('took the file’s version');
  });

  it('words every CalDAV publish reason in every language, with no English left, not even the connection’s own words', () => {
    const reasons: PublishReason[] = [
      { code: 'changed_on_server' }, { code: 'no_etag' }, { code: 'left_scope_changed' }, { code: 'not_ours' },
      { code: 'refused', status: 403, status_text: '403 Forbidden' }, { code: 'password_refused' },
      { code: 'server_answered', status: 503, status_text: '503 Service Unavailable' },
      { code: 'server_answered', status: 507, status_text: '507 Insufficient Storage' },
      { code: 'no_answer', error: 'connection refused' },
    ];
    expect(reasons.map(publishReasonText)[0]).toBe('changed on the server since Plenary last published it: left as it is');
    for (const lang of ['fr', 'ar', 'ru', 'es', 'zh-Hans'] as const) {
      setLocale(lang);
      const texts = reasons.map(publishReasonText);
      expect(new Set(texts).size, lang).toBe(reasons.length);
      expect(texts.filter((s) => ENGLISH.test(words(s)) || /Forbidden|Unavailable|Storage/.test(s)), lang).toEqual([]);
    }
    setLocale('fr');
    expect(publishReasonText({ code: 'password_refused' })).toBe('le serveur a refusé le mot de passe');
    expect(publishReasonText({ code: 'no_answer', error: 'connection refused' })).toBe('le serveur n’a pas répondu');
  });

  it('words the sessions an export left out', () => {
    const o = { code: '231', title: 'Opening', why: 'cancelled' } as const;
    expect(omittedText(o)).toBe('231 “Opening”: cancelled');
    expect(omittedText({ code: '', title: 'Lunch', why: 'not_scheduled' })).toBe('“Lunch”: no time yet (among the unscheduled sessions)');
    setLocale('fr');
    expect(omittedText(o)).toBe('\u2068\u2068231\u2069 «\u202f\u2068Opening\u2069\u202f»\u2069\u202f: annulée');
    setLocale('ar');
    expect(words(omittedText({ code: '', title: 'Lunch', why: 'too_long' }))).not.toMatch(ENGLISH);
  });

  it('puts each language’s own colon after “Line 12” and “The whole file”', () => {
    const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');
    const whole: Note = { line: null, remark: { code: 'columns_not_imported', columns: ['notes'] } };
    const skipped: Skipped = { line: 12, what: { kind: 'titled', title: 'Lunch' }, reason: { code: 'no_title' } };
    expect(noteText(whole)).toBe('The whole file: columns not imported: notes');
    expect(skippedText(skipped)).toMatch(/^Line 12: /);
    setLocale('fr');
    expect(plain(noteText(whole))).toMatch(/^Le fichier entier\u202f: colonnes non importées\u202f: /);
    expect(plain(skippedText(skipped))).toMatch(/^Ligne 12\u202f: /);
    setLocale('zh-Hans');
    expect(plain(noteText(whole))).toMatch(/^整个文件：/);
  });

  it('names fields by the CSV columns’ labels, in the chosen language', () => {
    expect(fieldName('join_url')).toBe('Online join link');
    expect(fieldName('room_id')).toBe('Room');
    expect(fieldName('no_such_field')).toBe('no_such_field');
    setLocale('fr');
    expect(fieldName('start')).not.toBe('Start time');
  });

  describe('identity remarks (issue 12)', () => {
    const IDENTITY = new Set(['guid_repeats', 'guid_of_another_event', 'room_guid_repeats', 'room_guid_of_another_event', 'not_uuid', 'uuid_of_another_event']);
    const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
    const identity = remarks.filter((r) => IDENTITY.has(r.code));

    it('has a sample of each, two of them carrying UUIDs', () => {
      expect(new Set(identity.map((r) => r.code))).toEqual(IDENTITY);
      expect(identity.filter((r) => UUID.test(JSON.stringify(r))).length).toBe(4);
    });

    for (const lang of LANGUAGES) {
      it(`words them in ${lang} with no identifier and no “guid”/“uuid”`, () => {
        setLocale(lang);
        for (const r of identity) {
          const text = remarkText(r);
          expect(text, r.code).not.toMatch(UUID);
          expect(text, r.code).not.toMatch(/guid|uuid/i);
        }
      });
    }

    it('names the session by its title and says what became of it', () => {
      const r = remarks.find((x) => x.code === 'guid_of_another_event')!;
      expect(remarkText(r)).toBe('session 9 “Workshop” was already in another event; it was imported as a new session (the other event keeps its own)');
      const room = remarks.find((x) => x.code === 'room_guid_of_another_event')!;
      expect(remarkText(room)).toBe('room “Room K” was already in another event; it was added as a new room (the other event keeps its own)');
    });

    it('keeps the identifiers for Technical details', () => {
      const r = remarks.find((x) => x.code === 'guid_of_another_event')!;
      expect(remarkDetails(r)).toEqual([
        'Identifier in the file: 6f1c1b7e-6d55-4a8e-9a51-0c5f2b9d1e01',
        'Identifier given here: 00000000-0000-0000-0000-000000000000',
      ]);
      expect(remarkDetails(remarks.find((x) => x.code === 'room_guid_repeats')!)).toEqual(['Identifier in the file: 6f1c1b7e-6d55-4a8e-9a51-0c5f2b9d1e01']);
      expect(remarkDetails({ code: 'no_start' })).toEqual([]);
    });
  });

  describe('grouping a remark made for many records', () => {
    const moved = (title: string): Remark => ({
      code: 'guid_of_another_event', record: { kind: 'frab_event', id: title, title }, uuid: '6f1c1b7e-6d55-4a8e-9a51-0c5f2b9d1e01', fresh: '6f1c1b7e-6d55-4a8e-9a51-0c5f2b9d1e02',
    });
    const notes = [{ code: 'no_start' } as Remark, ...['a', 'b', 'c', 'd', 'e'].map(moved), { code: 'no_end' } as Remark, { code: 'no_start' } as Remark];

    it('gathers a code that comes four times or more at its first place, keeps the rest in order', () => {
      const grouped = groupByRemark(notes, (r) => r);
      expect(grouped.map((g) => (g.kind === 'one' ? g.item.code : `${g.code}×${g.items.length}`))).toEqual([
        'no_start', 'guid_of_another_event×5', 'no_end', 'no_start',
      ]);
      expect(groupByRemark(notes.slice(0, 4), (r) => r).every((g) => g.kind === 'one')).toBe(true);
    });

    it('titles a group with its count, in the language’s plural', () => {
      expect(groupTitle('guid_of_another_event', 312, '')).toBe('Already in another event, imported as new sessions (312 sessions)');
      expect(groupTitle('no_start', 5, 'no DTSTART')).toBe('no DTSTART — and 4 more like it');
      setLocale('ru');
      expect(groupTitle('room_guid_of_another_event', 3, '')).toContain('(\u20683\u2069 зала)');
      expect(groupTitle('room_guid_of_another_event', 5, '')).toContain('залов');
    });
  });
});
