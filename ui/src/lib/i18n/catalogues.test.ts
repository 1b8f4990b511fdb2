// Every catalogue has every key with the same variables, en.ftl is en.ts's current text, and
// plural forms follow each language's CLDR categories.
// UPDATE_FTL=1 npm test rewrites ftl/en.ftl from en.ts.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { en } from './en';
import { fluentId, makeBundle, toFluent, variables } from './fluent';
import { LANGUAGES, catalogueSource, initialLanguage, languageList, languageName, matchLanguage, setLocale, t } from './index';

const EN_FTL = fileURLToPath(new URL('./ftl/en.ftl', import.meta.url));
const HEADER = '# English: written from en.ts (UPDATE_FTL=1 npm test); the reference for translators.';

describe('Fluent catalogues', () => {
  const english = makeBundle('en', toFluent(en), false);
  const ids = Object.keys(en).map(fluentId);

  it('gives every key its own Fluent id', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps en.ftl in step with en.ts', () => {
    const expected = toFluent(en, HEADER);
    if (process.env.UPDATE_FTL) writeFileSync(EN_FTL, expected);
    expect(readFileSync(EN_FTL, 'utf8'), 'en.ftl is stale: run UPDATE_FTL=1 npm test').toBe(expected);
  });

  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    describe(lang, () => {
      const bundle = makeBundle(lang, catalogueSource(lang), false);

      it('has every key of en.ts', () => {
        expect(ids.filter((id) => !bundle.hasMessage(id))).toEqual([]);
      });

      it('has no message en.ts lacks', () => {
        const known = new Set(ids);
        const extra = [...catalogueSource(lang).matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)].map((m) => m[1]).filter((id) => !known.has(id));
        expect(extra).toEqual([]);
      });

      it('uses the same placeholders as English', () => {
        const wrong = ids.filter((id) => bundle.hasMessage(id))
          .filter((id) => variables(bundle, id).join() !== variables(english, id).join())
          .map((id) => `${id}: ${variables(bundle, id).join()} ≠ ${variables(english, id).join()}`);
        expect(wrong).toEqual([]);
      });

      it('formats every message without an error', () => {
        const bad = ids.filter((id) => bundle.hasMessage(id)).flatMap((id) => {
          const errors: Error[] = [];
          const params = Object.fromEntries(variables(english, id).map((v) => [v, v === 'count' ? 3 : 'x']));
          bundle.formatPattern(bundle.getMessage(id)!.value!, params, errors);
          return errors.length ? [`${id}: ${errors.join('; ')}`] : [];
        });
        expect(bad).toEqual([]);
      });
    });
  }

  // fr.ftl's rule (its header): a narrow no-break space (U+202F) before : ; ! ? and inside
  // « », never none and never an ordinary one. Times (09:00), codes (END:VCALENDAR) and link
  // schemes (https:, mailto:) keep their colon tight: a colon counts only before a space or the end.
  it('spaces French punctuation by one rule', () => {
    const messages = catalogueSource('fr').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    const wrong = messages.filter((l) => {
      const text = l.replace(/\b(https?|mailto|tel):/g, '');
      return /[\p{L}\p{N})»”…][;!?]/u.test(text) || /[\p{L}\p{N})»”…]:(\s|$)/u.test(text)
        || /[ \u00A0][:;!?]/.test(text) || /«[ \u00A0]|[ \u00A0]»/.test(text);
    });
    expect(wrong).toEqual([]);
    setLocale('fr');
    try {
      expect(t('app.currentEvent')).toBe('Manifestation en cours\u202F:');
    } finally {
      setLocale('en');
    }
  });

  const counts = [0, 1, 2, 3, 11, 21, 100];
  const forms = (lang: (typeof LANGUAGES)[number]) => {
    setLocale(lang);
    try {
      return counts.map((count) => t('session.count', { count }));
    } finally {
      setLocale('en');
    }
  };

  it('words Russian counts by one, few, many', () => {
    const plain = forms('ru').map((f) => f.replace(/[\u2068\u2069]/g, ''));
    expect(plain).toEqual(['0 заседаний', '1 заседание', '2 заседания', '3 заседания', '11 заседаний', '21 заседание', '100 заседаний']);
  });

  it('words Arabic counts by zero, one, two, few, many, other', () => {
    // Counts in Arabic-Indic digits, as dates (intlLocale pins them for Arabic).
    const isolate = (n: string) => `\u2068${n}\u2069`;
    expect(forms('ar')).toEqual([
      'لا جلسات', 'جلسة واحدة', 'جلستان', `${isolate('٣')} جلسات`, `${isolate('١١')} جلسةً`, `${isolate('٢١')} جلسةً`, `${isolate('١٠٠')} جلسة`,
    ]);
  });

  it('words English and Chinese counts', () => {
    expect(forms('en')).toEqual(['0 sessions', '1 session', '2 sessions', '3 sessions', '11 sessions', '21 sessions', '100 sessions']);
    expect(forms('zh-Hans')[2]).toBe('\u20682\u2069 场会议');
  });

  it('follows the system language when it is one of the six', () => {
    expect(matchLanguage('fr-CH')).toBe('fr');
    expect(matchLanguage('zh-CN')).toBe('zh-Hans');
    expect(matchLanguage('zh-TW')).toBe(null);
    expect(matchLanguage('ar-EG')).toBe('ar');
    expect(matchLanguage('de-DE')).toBe(null);
    expect(matchLanguage(undefined)).toBe(null);
  });

  it('starts in the remembered language, else the system one, else English', () => {
    expect(initialLanguage('ru', ['fr-FR'])).toBe('ru');
    expect(initialLanguage(null, ['de-DE', 'es-MX'])).toBe('es');
    expect(initialLanguage('xx', ['de-DE'])).toBe('en');
    expect(initialLanguage(null, [])).toBe('en');
  });

  it('names each language in itself for the menu', () => {
    expect(LANGUAGES.map((l) => languageName(l))).toEqual(['العربية', '简体中文', 'English', 'Français', 'Русский', 'Español']);
    expect(languageName('fr', 'ar')).toBe('الفرنسية');
  });

  it('isolates user text so that mixed scripts keep their order', () => {
    expect(t('common.saved', { name: 'Room K' })).toBe('Saved “Room K”.');
    expect(t('common.saved', { name: 'قاعة الجمعية' })).toBe('Saved “\u2068قاعة الجمعية\u2069”.');
    setLocale('ar');
    try {
      expect(t('common.saved', { name: 'Room K' })).toBe('حُفظ «\u2068Room K\u2069».');
    } finally {
      setLocale('en');
    }
  });

  it('names the languages of a session in the chosen language', () => {
    expect(languageList(['fr', 'ar'], 'en')).toBe('French and Arabic');
    expect(languageList(['fr', 'ar'], 'fr')).toBe('français et arabe');
    expect(languageList(['zh', 'ru', 'es'], 'ru')).toBe('китайский, русский и испанский');
    expect(languageList(['Sign language!'], 'en')).toBe('Sign language!');
  });

  it('writes English templates as Fluent: variables, plurals, literal braces', () => {
    expect(toFluent({ 'a.b': 'Saved {name} {x}' })).toBe('a-b = Saved { $name } { $x }\n');
    expect(toFluent({ 'a.c': 'Use { and }' })).toBe('a-c = Use { "{" } and { "}" }\n');
    const plural = makeBundle('en', toFluent({ 'n.k': '{count} item|{count} items' }), false);
    expect(plural.formatPattern(plural.getMessage('n-k')!.value!, { count: 1 })).toBe('1 item');
    expect(plural.formatPattern(plural.getMessage('n-k')!.value!, { count: 1200 })).toBe('1,200 items');
  });
});
