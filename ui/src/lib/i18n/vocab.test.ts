// Every built-in term of plenary-core's vocab.rs has its official name in the five other
// languages, and the lookup falls back to the stored label for a user's own terms.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TERM_NAMES, VOCABULARY_DESCRIPTIONS, VOCABULARY_NAMES, termName, vocabularyDescription, vocabularyName } from './vocab';

const VOCAB_RS = fileURLToPath(new URL('../../../../crates/plenary-core/src/vocab.rs', import.meta.url));

/** `vocabulary:code` of every built-in term, read from the Rust source. */
function builtinIds(): string[] {
  const text = readFileSync(VOCAB_RS, 'utf8');
  const ids: string[] = [];
  for (const block of text.split(/pub const \w+: BuiltinVocabulary/).slice(1)) {
    const key = /key:\s*"([^"]+)"/.exec(block)![1];
    const terms = block.slice(block.indexOf('terms:'));
    for (const m of terms.matchAll(/\(\s*"([^"]+)",\s*"/g)) ids.push(`${key}:${m[1]}`);
  }
  return ids;
}

describe('built-in vocabularies in six languages', () => {
  const ids = builtinIds();

  it('reads the 17 SDGs, 19 WSIS lines and sub-lines and 5 GDC objectives', () => {
    expect(ids.filter((i) => i.startsWith('sdg:'))).toHaveLength(17);
    expect(ids.filter((i) => i.startsWith('wsis:'))).toHaveLength(19);
    expect(ids.filter((i) => i.startsWith('gdc:'))).toHaveLength(5);
  });

  it('names every built-in term, and only those, in every language', () => {
    expect(Object.keys(TERM_NAMES).sort()).toEqual([...ids].sort());
    for (const [id, names] of Object.entries(TERM_NAMES)) {
      expect(Object.keys(names).sort(), id).toEqual(['ar', 'es', 'fr', 'ru', 'zh-Hans']);
      for (const name of Object.values(names)) expect(name.trim(), id).not.toBe('');
    }
    expect(Object.keys(VOCABULARY_NAMES).sort()).toEqual(['gdc', 'sdg', 'wsis']);
    expect(Object.keys(VOCABULARY_DESCRIPTIONS).sort()).toEqual(['gdc', 'sdg', 'wsis']);
  });

  it('shows the chosen language and keeps the code as identity', () => {
    const sdg9 = { code: '9', label: 'Industry, Innovation and Infrastructure' };
    expect(termName('sdg', sdg9, 'fr')).toBe('Industrie, innovation et infrastructure');
    expect(termName('sdg', sdg9, 'zh-Hans')).toBe('产业、创新和基础设施');
    expect(termName('sdg', sdg9, 'en')).toBe(sdg9.label);
    expect(termName('dpi', { code: 'x', label: 'Mine' }, 'ar')).toBe('Mine');
    expect(vocabularyName({ key: 'wsis', name: 'WSIS Action Lines', builtin: true }, 'es')).toBe('Líneas de acción de la CMSI');
    expect(vocabularyName({ key: 'sdg', name: 'My goals', builtin: false }, 'es')).toBe('My goals');
    expect(vocabularyDescription({ key: 'gdc', description: 'The five objectives', builtin: true }, 'ru')).toBe('Пять целей Глобального цифрового договора (A/RES/79/1).');
  });
});
