// The shell's problems (plenary-core's validate::Problem: a field, a code and parameters) in the
// catalogue's words. One entry per code: the record below fails to compile when Rust adds a code
// without words here. Code `other` has no words of its own: its English `message` is shown.
import type { InputProblem } from './bindings/InputProblem';
import type { ProblemCode } from './bindings/ProblemCode';
import type { CommandError } from './api';
import { t, type MessageKey } from './i18n';

export type { InputProblem, ProblemCode };

const WORDS: Record<Exclude<ProblemCode, 'other' | 'cannot_restore'>, MessageKey> = {
  required: 'problem.required',
  not_a_link: 'problem.notALink',
  link_spaces: 'problem.linkSpaces',
  link_no_host: 'problem.linkNoHost',
  unsafe_scheme: 'problem.unsafeScheme',
  missing_end: 'problem.missingEnd',
  missing_start: 'problem.missingStart',
  before_start: 'problem.beforeStart',
  outside_event: 'problem.outsideEvent',
  no_such_room: 'problem.noSuchRoom',
  other_events_room: 'problem.otherEventsRoom',
  no_such_person: 'problem.noSuchPerson',
  role_twice: 'problem.roleTwice',
  tag_twice: 'problem.tagTwice',
  no_such_term: 'problem.noSuchTerm',
  year_out_of_range: 'problem.yearOutOfRange',
  end_before_start_date: 'problem.endBeforeStartDate',
  too_long: 'problem.tooLong',
  bad_slug: 'problem.badSlug',
  unknown_zone: 'problem.unknownZone',
  not_an_email: 'problem.notAnEmail',
  ends_before_it_starts: 'problem.endsBeforeItStarts',
  closes_before_opens: 'problem.closesBeforeOpens',
  file_not_found: 'problem.fileNotFound',
  file_denied: 'problem.fileDenied',
  file_is_folder: 'problem.fileIsFolder',
  disk_full: 'problem.diskFull',
  read_only: 'problem.readOnly',
  file_unreadable: 'problem.fileUnreadable',
  file_failed: 'problem.fileFailed',
  not_found: 'problem.notFound',
  not_chosen: 'problem.notChosen',
  name_not_utf8: 'problem.nameNotUtf8',
  taken: 'problem.taken',
  link_has_password: 'problem.linkHasPassword',
  plain_http: 'problem.plainHttp',
  not_https: 'problem.notHttps',
  server_refused_login: 'problem.serverRefusedLogin',
  server_status: 'problem.serverStatus',
  server_full: 'problem.serverFull',
  server_silent: 'problem.serverSilent',
  bad_argument: 'problem.badArgument',
  job_failed: 'problem.jobFailed',
  store_damaged: 'problem.storeDamaged',
  store_newer: 'problem.storeNewer',
  not_a_store: 'problem.notAStore',
  database: 'problem.database',
};

/**
 * `cannot_restore` (an undo that cannot bring a deleted thing back) is worded by its `why`
 * (plenary-core's RestoreBlock::code); an unknown `why` gets the store's words.
 */
const RESTORE_WORDS: Record<string, MessageKey> = {
  already_there: 'problem.cannotRestore.alreadyThere',
  in_directory: 'problem.cannotRestore.inDirectory',
  short_name_taken: 'problem.cannotRestore.shortNameTaken',
  code_taken: 'problem.cannotRestore.codeTaken',
  vocabulary_gone: 'problem.cannotRestore.vocabularyGone',
  event_gone: 'problem.cannotRestore.eventGone',
  store: 'problem.cannotRestore.store',
};

/** Every code that has words (all but `other`), for the tests. */
export const WORDED_CODES = [...Object.keys(WORDS), 'cannot_restore'] as Exclude<ProblemCode, 'other'>[];

/** Every `why` of `cannot_restore` that has words, for the tests. */
export const RESTORE_WHYS = Object.keys(RESTORE_WORDS);

/** One problem in words, without its field's label. */
export function problemText(p: InputProblem): string {
  if (p.code === 'other') return p.params.message ?? '';
  if (p.code === 'cannot_restore') {
    return t(RESTORE_WORDS[p.params.why ?? ''] ?? 'problem.cannotRestore.store', { ...p.params });
  }
  return t(WORDS[p.code], { ...p.params });
}

/** Whether `problem` is about `field` or something inside it (`roles` holds `roles[2].person_id`). */
export function isAbout(problem: InputProblem, field: string): boolean {
  const f = problem.field;
  return f === field || f.startsWith(`${field}[`) || f.startsWith(`${field}.`);
}

/** The problems of `error` about `field` (exactly, or inside it with `within`). */
export function problemsOf(error: CommandError | null, field: string, within = false): InputProblem[] {
  return (error?.problems ?? []).filter((p) => (within ? isAbout(p, field) : p.field === field));
}

/**
 * The problem with its field's label ("Join link: “htp:/register” is not a link…"); `label` finds
 * the label the form shows for a field (null: no label, the words alone).
 */
export function labelledText(p: InputProblem, label: (field: string) => string | null): string {
  const words = problemText(p);
  const name = p.field ? label(p.field) : null;
  return name ? t('error.labelled', { label: name, message: words }) : words;
}

/**
 * The label the form around `near` shows for `field`: its `Field` (marked `data-field`), else the
 * legend of the group whose list holds it (`links[1].url` → "Links, row 2", found from the
 * group's own message). Never the internal name: null when the form has no label for it.
 */
export function formLabel(near: Element | null, field: string): string | null {
  const form = near?.closest('form, section, [role="group"]') ?? null;
  if (!form) return null;
  const box = form.querySelector(`[data-field="${CSS.escape(field)}"]`);
  const own = box?.querySelector('label, legend')?.textContent?.trim();
  if (own) return own;
  const shown = form.querySelector(`[data-testid="error-${CSS.escape(field)}"]`);
  const legend = shown?.closest('fieldset')?.querySelector('legend')?.textContent?.trim();
  if (!legend) return null;
  // The last index names the row of the list the group shows (`items[0].roles[1]` → row 2).
  const rows = [...field.matchAll(/\[(\d+)\]/g)];
  const row = rows.length > 0 ? Number(rows[rows.length - 1][1]) + 1 : null;
  return row === null ? legend : t('error.inRow', { label: legend, row });
}
