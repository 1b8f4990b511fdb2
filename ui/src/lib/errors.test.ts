import { afterEach, describe, expect, it, vi } from 'vitest';
import { call, CommandError, toCommandError } from './api';
import { labelledText, problemText, problemsOf, RESTORE_WHYS, WORDED_CODES } from './errors';
import { app, errorText, fail } from './state.svelte';
import { LANGUAGES, setLocale } from './i18n';
import type { InputProblem } from './bindings/InputProblem';

// What the shell sends for a session with no title and a join link that is not one.
const twoProblems = {
  kind: 'invalid',
  message: 'session title: must not be empty; session join_url: "htp:/register" is not a link; …',
  field: 'title',
  problems: [
    { field: 'title', code: 'required', params: {} },
    { field: 'join_url', code: 'not_a_link', params: { value: 'htp:/register' } },
  ],
  import_error: null,
};
const ghost: InputProblem = { field: 'path', code: 'file_not_found', params: { file: 'ghost.ics' } };
const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');

afterEach(() => setLocale('en'));

describe('problems in words', () => {
  it('words every code in every language, with its parameters', () => {
    for (const lang of LANGUAGES) {
      setLocale(lang);
      for (const code of WORDED_CODES) {
        const text = problemText({ field: 'x', code, params: { value: 'V', file: 'F', scheme: 'S', first: '1', last: '2', zone: 'Z', message: 'M',
          user: 'U', status: '403', url: 'https://dav.example.org/', field: 'start_date', what: 'W', why: 'already_there' } });
        expect(text, `${lang} ${code}`).not.toMatch(/^problem\./);
        expect(text, `${lang} ${code}`).not.toContain('{$');
      }
    }
  });

  it('words every reason an undo cannot bring a thing back, in every language', () => {
    const params = { what: 'W', event: 'E', slug: 's-1', vocabulary: 'V', code: 'c-1', table: 'sessions' };
    for (const lang of LANGUAGES) {
      setLocale(lang);
      const texts = RESTORE_WHYS.map((why) => strip(problemText({ field: '', code: 'cannot_restore', params: { ...params, why } })));
      for (const [i, text] of texts.entries()) {
        expect(text, `${lang} ${RESTORE_WHYS[i]}`).toContain('W');
        expect(text, `${lang} ${RESTORE_WHYS[i]}`).not.toMatch(/^problem\.|\{\$/);
      }
      expect(new Set(texts).size, `${lang}: one sentence per reason`).toBe(RESTORE_WHYS.length);
      expect(texts[RESTORE_WHYS.indexOf('short_name_taken')], lang).toMatch(/E.*s-1/s);
      expect(texts[RESTORE_WHYS.indexOf('code_taken')], lang).toMatch(/V.*c-1/s);
    }
  });

  it('shows a failed undo in the window’s language, not the store’s English', () => {
    // What the shell sends when undoing the deletion of a person someone added back meanwhile.
    const e = toCommandError({ kind: 'conflict', message: 'Ana Silva is in the directory already', field: null,
      problems: [{ field: '', code: 'cannot_restore', params: { what: 'Ana Silva', why: 'in_directory' } }], import_error: null });
    expect(errorText(e)).toBe('“Ana Silva” cannot come back: this person is in the directory already.');
    setLocale('fr');
    expect(strip(errorText(e))).toBe('«\u202fAna Silva\u202f» ne peut pas revenir\u202f: cette personne est déjà dans l’annuaire.');
    setLocale('en');
    const taken = toCommandError({ kind: 'conflict', message: 'WSIS 2026 cannot come back: Usurper has its short name wsis-2026 now',
      field: null, import_error: null,
      problems: [{ field: '', code: 'cannot_restore', params: { what: 'WSIS 2026', why: 'short_name_taken', event: 'Usurper', slug: 'wsis-2026' } }] });
    expect(errorText(taken)).toBe(
      '“WSIS 2026” cannot come back: the event “Usurper” has its short name wsis-2026 now. Change that event’s short name, then undo again.',
    );
  });

  it('names a missing file in words, never the OS’s', () => {
    expect(problemText(ghost)).toBe('ghost.ics: there is no such file.');
    setLocale('fr');
    expect(strip(problemText(ghost))).toBe('ghost.ics\u202f: ce fichier n’existe pas.');
  });

  it('words the calendar server’s answers and the shell’s own failures, never in the shell’s English', () => {
    const login: InputProblem = { field: 'password', code: 'server_refused_login', params: { user: 'ana' } };
    const silent: InputProblem = { field: 'url', code: 'server_silent', params: { url: 'https://dav.example.org/' } };
    expect(problemText(login)).toBe('The server refused the password of user “ana”: check the user name and the password.');
    setLocale('fr');
    expect(strip(problemText(login))).toBe(
      'Le serveur a refusé le mot de passe de l’utilisateur «\u202fana\u202f»\u202f: vérifiez le nom d’utilisateur et le mot de passe.',
    );
    expect(strip(problemText(silent))).toContain('Le serveur https://dav.example.org/ n’a pas répondu');
    setLocale('ar');
    expect(strip(problemText({ field: '', code: 'job_failed', params: {} }))).toBe(
      'تعذّر على Plenary إتمام هذه المهمة بسبب خطأ داخلي؛ لم يتغير أي شيء. يُرجى الإبلاغ عن هذه المشكلة.',
    );
    // A refused form with every empty field: each worded, none in English.
    setLocale('es');
    const empty = toCommandError({ kind: 'invalid', message: 'calendar server url: must not be empty; …', field: 'url',
      problems: ['url', 'user', 'password'].map((field) => ({ field, code: 'required', params: {} })), import_error: null });
    expect(errorText(empty)).toBe('Este campo es obligatorio. Este campo es obligatorio. Este campo es obligatorio.');
  });

  it('words an import the store refused from the store’s codes', () => {
    const notFound: InputProblem = { field: '', code: 'not_found', params: { entity: 'event', key: '9' } };
    const e = toCommandError({ kind: 'not_found', message: 'p.csv: no event 9; nothing was imported', field: null,
      problems: [notFound],
      import_error: { kind: 'store', error: { kind: 'not_found', field: null, message: 'no event 9', problems: [notFound] } } });
    setLocale('fr');
    expect(errorText(e)).toBe('Cet élément n’est plus enregistré\u202f: il a été supprimé ou modifié ailleurs.');
  });

  it('keeps every problem of a refusal and labels each with its field', () => {
    const e = toCommandError(twoProblems);
    expect(e.problems).toHaveLength(2);
    expect(problemsOf(e, 'join_url').map((p) => p.code)).toEqual(['not_a_link']);
    const labels: Record<string, string> = { title: 'Title', join_url: 'Join link (video conference)' };
    expect(errorText(e, (f) => labels[f] ?? null)).toBe(
      'Title: This is required. Join link (video conference): “htp:/register” is not a link: write it in full, as in https://example.org/join.',
    );
    // Without labels (the banner), the words alone; never the field's internal name.
    expect(errorText(e)).not.toContain('join_url');
    expect(labelledText(twoProblems.problems[0] as InputProblem, () => null)).toBe('This is required.');
  });

  it('shows the shell’s English only for problems it has no code for', () => {
    const e = toCommandError({ kind: 'conflict', message: 'event slug "x" is already used; choose another', field: null,
      problems: [{ field: '', code: 'other', params: { message: 'event slug "x" is already used; choose another' } }], import_error: null });
    expect(errorText(e)).toBe('event slug "x" is already used; choose another');
    // A form's own check (already translated) keeps its words and its field.
    const own = new CommandError('invalid', 'Set both', 'end');
    expect(own.problems).toEqual([{ field: 'end', code: 'other', params: { message: 'Set both' } }]);
    expect(errorText(own)).toBe('Set both');
  });
});

// The shell, answering each command as the test says.
const answers: Record<string, () => unknown> = {};
vi.mock('@tauri-apps/api/core', () => ({
  invoke: async (command: string) => answers[command](),
}));

describe('the banner', () => {
  afterEach(() => { delete (globalThis as { window?: unknown }).window; app.error = null; });

  it('is cleared by the next success of the command that failed, not of another', async () => {
    (globalThis as { window?: unknown }).window = { __TAURI_INTERNALS__: {} };
    answers.move_session = () => { throw { kind: 'io', message: 'ghost.ics: there is no such file', field: 'path', import_error: null,
      problems: [ghost] }; };
    answers.list_people = () => [];
    await call('move_session').catch(fail);
    expect(app.error?.command).toBe('move_session');
    expect(errorText(app.error)).toBe('ghost.ics: there is no such file.');
    await call('list_people');
    expect(app.error, 'another command’s success').not.toBeNull();
    answers.move_session = () => null;
    await call('move_session');
    expect(app.error).toBeNull();
  });
});
