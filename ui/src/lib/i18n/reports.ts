// An import report's skip reasons and notes in the chosen language. They travel from Rust as
// values (plenary-core report::Remark: a `code` and its params; report::Record: what was
// skipped), never as English sentences; the CLI words the same values in English (Remark's
// Display in plenary-core). The switches below fail to compile when Rust adds a code without
// words here. Code `text` has no words of its own: its English `text` is shown as it is.
import type { CopyWhy } from '../bindings/CopyWhy';
import type { Days } from '../bindings/Days';
import type { DurationWhy } from '../bindings/DurationWhy';
import type { LineProblem } from '../bindings/LineProblem';
import type { LinkTrouble } from '../bindings/LinkTrouble';
import type { Omitted } from '../bindings/Omitted';
import type { PublishReason } from '../bindings/PublishReason';
import type { Record as Rec } from '../bindings/Record';
import type { Remark } from '../bindings/Remark';
import type { RruleExpected } from '../bindings/RruleExpected';
import type { Side } from '../bindings/Side';
import type { Skipped } from '../bindings/Skipped';
import type { Note } from '../bindings/Note';
import { problemText } from '../errors';
import { en } from './en';
import { locale, t, type MessageKey } from './index';

export type { Remark, Rec as ReportRecord };

/** Values such as column names or line numbers as a list in the chosen language. */
function list(items: readonly (string | number)[]): string {
  return new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(items.map(String));
}

/** A role's name (`speaker`) in the chosen language; an unknown one as it is. */
function roleName(role: string): string {
  const key = `role.${role}`;
  return key in en ? t(key as MessageKey) : role;
}

/**
 * A field as the model names it (`start`, `join_url`, `room_id`) in words, by the CSV
 * columns' labels; a field without one as it is.
 */
export function fieldName(field: string): string {
  const key = `csvField.${field.replace(/_id$/, '')}`;
  return key in en ? t(key as MessageKey) : field;
}

/** A link field (`join_url`) in words. */
function linkField(field: string): string {
  const key = `linkField.${field}`;
  return key in en ? t(key as MessageKey) : field;
}

/** What a skipped record or a note is about, as a person finds it in the file. */
export function recordText(r: Rec): string {
  switch (r.kind) {
    case 'component':
      if (r.summary !== null) return t('record.component', { component: r.component, summary: r.summary });
      if (r.uid !== null) return t('record.componentUid', { component: r.component, uid: r.uid });
      return t('record.componentBare', { component: r.component });
    case 'frab_event': return t('record.frabEvent', { id: r.id, title: r.title });
    case 'row': return t('record.row', { row: r.row });
    case 'titled': return t('record.titled', { title: r.title });
    case 'session': return t('record.session', { code: r.code, title: r.title });
    case 'room': return t('record.room', { name: r.name });
    case 'venue': return t('record.venue', { name: r.name });
    case 'person': return t('record.person', { name: r.name });
    case 'event': return t('record.event');
    default: return unknown(r);
  }
}

/** The record, with its line when the remark gives one. */
function recordAt(r: Rec, line: number | null): string {
  return line === null ? recordText(r) : t('record.atLine', { record: recordText(r), line });
}

function trouble(p: LinkTrouble): string {
  switch (p.problem) {
    case 'not_a_link': return t('linkTrouble.notALink');
    case 'spaces': return t('linkTrouble.spaces');
    case 'no_host': return t('linkTrouble.noHost');
    case 'scheme': return t('linkTrouble.scheme', { scheme: p.scheme });
    default: return unknown(p);
  }
}

function lineProblem(p: LineProblem): string {
  switch (p.problem) {
    case 'no_colon': return t('lineProblem.noColon', { text: p.text });
    case 'not_a_name': return t('lineProblem.notAName', { text: p.text });
    case 'parameter_no_value': return t('lineProblem.parameterNoValue', { property: p.property });
    case 'unclosed_quote': return t('lineProblem.unclosedQuote', { parameter: p.parameter, property: p.property });
    case 'no_value': return t('lineProblem.noValue', { property: p.property });
    default: return unknown(p);
  }
}

function daysText(d: Days): string {
  return d.day_change === null
    ? t('remark.days', { first: d.first, last: d.last, zone: d.zone })
    : t('remark.daysFrom', { first: d.first, last: d.last, change: d.day_change, zone: d.zone });
}

/** "2026-10-25T00:30:00Z" as "2026-10-25 00:30" (UTC, as the remark says). */
function utc(instant: string): string {
  return instant.slice(0, 16).replace('T', ' ');
}

/** Minutes east of UTC as "+02:00". */
function offset(minutes: number): string {
  const m = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** A length in seconds as "1 day 2 hr 30 min" in the chosen language. */
function length(seconds: number): string {
  const parts: [number, string][] = [
    [Math.floor(seconds / 86400), 'day'], [Math.floor(seconds / 3600) % 24, 'hour'],
    [Math.floor(seconds / 60) % 60, 'minute'], [seconds % 60, 'second'],
  ];
  const shown = parts.filter(([n]) => n > 0);
  return (shown.length ? shown : [[0, 'minute'] as [number, string]])
    .map(([n, unit]) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(n))
    .join(' ');
}

const EXPECTED: Record<RruleExpected, MessageKey> = {
  numbers: 'rruleExpected.numbers',
  plain_weekdays: 'rruleExpected.plainWeekdays',
  weekday: 'rruleExpected.weekday',
  date: 'rruleExpected.date',
  positive: 'rruleExpected.positive',
};

const WHY: Record<DurationWhy, MessageKey> = {
  pretalx: 'durationWhy.pretalx',
  last_field_not_zero: 'durationWhy.lastFieldNotZero',
  hms_too_long: 'durationWhy.hmsTooLong',
  schema: 'durationWhy.schema',
  dhm_too_long: 'durationWhy.dhmTooLong',
};

/** What a frab duration may not run past. */
function bound(latest: string | null): string {
  return latest === null ? t('remark.boundWeek') : t('remark.boundEnds', { latest });
}

/** "UID u", with its RECURRENCE-ID for an override. */
function copyName(uid: string, rid: string | null): string {
  return rid === null ? t('remark.copyName', { uid }) : t('remark.copyNameRid', { uid, rid });
}

function copyWhy(w: CopyWhy): string {
  const stamp = (s: string | null) => s ?? t('copyWhy.none');
  switch (w.by) {
    case 'higher_sequence': return t('copyWhy.higherSequence', { kept: String(w.kept), other: String(w.other) });
    case 'later_stamp':
      return t('copyWhy.laterStamp', { sequence: String(w.sequence), kept: stamp(w.kept), other: stamp(w.other) });
    case 'later_in_file': return t('copyWhy.laterInFile', { sequence: String(w.sequence) });
    default: return unknown(w);
  }
}

function kept(side: Side): 'remark.differStore' | 'remark.differFile' {
  return side === 'store' ? 'remark.differStore' : 'remark.differFile';
}

/** Whose version an event-file import kept for a conflict, in words. */
export function resolutionText(side: Side): string {
  return t(side === 'store' ? 'conflict.keptStore' : 'conflict.tookFile');
}

/** A skip reason or note in the chosen language. */
export function remarkText(r: Remark): string {
  switch (r.code) {
    case 'no_title': return t('remark.noTitle');
    case 'title_empty': return t('remark.titleEmpty');
    case 'name_empty': return t('remark.nameEmpty');
    case 'not_uuid': return t('remark.notUuid', { value: r.value });
    case 'start_without_end': return t('remark.startWithoutEnd');
    case 'end_without_start': return t('remark.endWithoutStart');
    case 'minutes_not_positive': return t('remark.minutesNotPositive', { value: r.value });
    case 'not_a_time': return t('remark.notATime', { field: fieldName(r.field), value: r.value });
    case 'not_a_number': return t('remark.notANumber', { field: fieldName(r.field), value: r.value });
    case 'not_one_of': return t('remark.notOneOf', { field: fieldName(r.field), value: r.value, allowed: list(r.allowed) });
    case 'minutes_too_large': return t('remark.minutesTooLarge', { value: r.value });
    case 'time_without_date': return t('remark.timeWithoutDate', { field: fieldName(r.field), value: r.value });
    case 'invalid': {
      const problems = r.problems.map((p) => (p.field ? `${fieldName(p.field)}: ${problemText(p)}` : problemText(p)));
      return t('remark.invalid', { problems: problems.join('; ') });
    }
    case 'refused': return t('remark.refused', { message: r.message });
    case 'uuid_of_another_event': return t('remark.uuidOfAnotherEvent');
    case 'all_day': return t('remark.allDay', { date: r.date });
    case 'no_start': return t('remark.noStart');
    case 'no_summary': return t('remark.noSummary');
    case 'no_end': return t('remark.noEnd');
    case 'ends_before_start': return t('remark.endsBeforeStart', { start: r.start, end: r.end });
    case 'end_is_date': return t('remark.endIsDate', { line: r.line });
    case 'outside_days': return t('remark.outsideDays', { start: r.start, zone: r.days.zone, days: daysText(r.days) });
    case 'no_instance_within_days': return t('remark.noInstanceWithinDays', { days: daysText(r.days) });
    case 'uid_repeats': return t('remark.uidRepeats', { uid: r.uid, firstLine: r.first_line });
    case 'newer_copy':
      return t('remark.newerCopy', { name: copyName(r.uid, r.recurrence_id), keptLine: r.kept_line, why: copyWhy(r.why) });
    case 'unknown_tag': return t('remark.unknownTag', { tag: r.tag });
    case 'line_ignored': return t('remark.lineIgnored', { problem: lineProblem(r.problem) });
    case 'unknown_zone': return t('remark.unknownZone', { tzid: r.tzid });
    case 'not_a_date':
      return t(r.date ? 'remark.notADate' : 'remark.notADateTime', { property: r.property, value: r.value, line: r.line });
    case 'bad_duration':
      return t(r.too_long ? 'remark.durationTooLongIcal' : 'remark.badDuration', { property: r.property, value: r.value, line: r.line });
    case 'beyond_calendar': return t('remark.beyondCalendar', { property: r.property, line: r.line });
    case 'recurrence_id_date': return t('remark.recurrenceIdDate');
    case 'rrule_refused': return t('remark.rruleRefused', { why: remarkText(r.why), line: r.line });
    case 'rrule_part': return t('remark.rrulePart', { part: r.part });
    case 'rrule_freq': return t('remark.rruleFreq', { freq: r.freq });
    case 'rrule_no_freq': return t('remark.rruleNoFreq');
    case 'rrule_value': return t(EXPECTED[r.expected], { part: r.part, value: r.value });
    case 'no_start_time':
      return t('remark.noStartTime', { date: r.date ?? '–', start: r.start ?? '–' });
    case 'starts_outside_conference':
      return t('remark.startsOutsideConference', {
        start: r.start, first: r.first ?? t('remark.unknownDate'), last: r.last ?? t('remark.unknownDate'),
      });
    case 'ends_after_conference': return t('remark.endsAfterConference', { end: r.end, latest: r.latest });
    case 'duration_not_hhmm': return t('remark.durationNotHhmm', { text: r.text });
    case 'duration_too_long':
      return t('remark.durationTooLong', { text: r.text, length: length(r.seconds), bound: bound(r.latest) });
    case 'duration_too_long_either_way': {
      const either = (s: number | null) => (s === null ? t('remark.impossible') : length(s));
      return t('remark.durationTooLongEitherWay', { text: r.text, dhm: either(r.dhm), hms: either(r.hms), bound: bound(r.latest) });
    }
    case 'copies':
      return t('remark.copies', {
        name: copyName(r.uid, r.recurrence_id), count: r.count, keptLine: r.kept_line,
        against: r.against.map((a) => t('remark.againstLine', { line: a.line, why: copyWhy(a.why) })).join('; '),
      });
    case 'outside_calendar': return t('remark.outsideCalendar', { component: r.component });
    case 'nested_event': return t('remark.nestedEvent', { parent: r.parent, parentLine: r.parent_line });
    case 'event_truncated': return t('remark.eventTruncated');
    case 'item_of': return t('remark.itemOf', { session: r.session });
    case 'not_a_session': return t('remark.notASession', { component: r.component });
    case 'columns_not_imported': return t('remark.columnsNotImported', { columns: list(r.columns) });
    case 'link_left_out':
      return r.field === null
        ? t('remark.linkLeftOut', { record: recordText(r.record), url: r.url, trouble: trouble(r.trouble) })
        : t('remark.linkFieldLeftOut', { record: recordText(r.record), field: linkField(r.field), url: r.url, trouble: trouble(r.trouble) });
    case 'property_link_left_out':
      return t('remark.propertyLinkLeftOut', { property: r.property, value: r.value, trouble: trouble(r.trouble) });
    case 'differ':
      return t(kept(r.kept), { record: r.record ? recordText(r.record) : t('record.event'), fields: list(r.fields.map(fieldName)) });
    case 'slug_taken': return t('remark.slugTaken', { slug: r.slug, given: r.given });
    case 'person_not_in_file': return t('remark.personNotInFile', { record: recordText(r.record), person: r.person });
    case 'person_twice':
      return t('remark.personTwice', { record: recordText(r.record), person: r.person, role: roleName(r.role) });
    case 'named_twice':
      return t('remark.namedTwice', { record: recordAt(r.record, r.line), name: r.name, role: roleName(r.role) });
    case 'role_twice':
      return t(r.in_item ? 'remark.roleTwiceItem' : 'remark.roleTwice', { name: r.name, role: roleName(r.role) });
    case 'no_duration': return t('remark.noDuration', { record: recordAt(r.record, r.line) });
    case 'lasts_no_time': return t('remark.lastsNoTime', { record: recordAt(r.record, r.line), at: r.at });
    // Identity remarks: no identifier in the sentence (remarkDetails gives them).
    case 'guid_repeats': return t('remark.guidRepeats', { record: recordAt(r.record, r.line) });
    case 'guid_of_another_event': return t('remark.guidOfAnotherEvent', { record: recordText(r.record) });
    case 'links_dropped': return t('remark.linksDropped', { count: r.count, examples: list(r.examples) });
    case 'room_guid_repeats': return t('remark.roomGuidRepeats', { room: r.room });
    case 'room_guid_of_another_event': return t('remark.roomGuidOfAnotherEvent', { room: r.room });
    case 'tracks_share_code': return t('remark.tracksShareCode', { first: r.first, second: r.second, code: r.track_code });
    case 'person_without_name': return t('remark.personWithoutName', { record: recordText(r.record) });
    case 'unknown_roles': return t('remark.unknownRoles', { roles: list(r.roles) });
    case 'not_iana_zone': return t('remark.notIanaZone', { zone: r.zone });
    case 'zone_as_asked':
      return r.file_zone === null
        ? t('remark.zoneAsAskedNone', { zone: r.zone })
        : t('remark.zoneAsAsked', { fileZone: r.file_zone, zone: r.zone });
    case 'days_overlap': return t('remark.daysOverlap', { night: r.night, day: r.day });
    case 'day_change':
      return t(r.shown ? 'remark.dayChangeShown' : 'remark.dayChangeHour', {
        change: r.change, nightLatest: r.night_latest, nightEnd: r.night_end ?? '–', dayEarliest: r.day_earliest,
      });
    case 'offsets_trusted':
      return t(r.zone_known ? 'remark.offsetsTrustedKnown' : 'remark.offsetsTrustedFile', {
        count: r.count, zone: r.zone, text: r.text, offset: r.offset, zoneOffset: r.zone_offset,
      });
    case 'start_used':
      return t('remark.startUsed', { count: r.count, zone: r.zone, text: r.text, local: r.local, utc: r.utc });
    case 'durations_read':
      return t('remark.durationsRead', {
        count: r.count, reading: t(r.days ? 'remark.readingDays' : 'remark.readingHms'), text: r.text,
        length: length(Number(r.seconds)), why: t(WHY[r.why]), start: r.start, end: r.end,
      });
    case 'naive_dates': return t('remark.naiveDates', { count: r.count, zone: r.zone });
    case 'tzid_without_vtimezone': return t('remark.tzidWithoutVtimezone', { tzid: r.tzid });
    case 'windows_zone': return t('remark.windowsZone', { tzid: r.tzid, iana: r.iana });
    case 'fold':
      return t('remark.fold', {
        property: r.property, local: r.local, zone: r.zone,
        first: utc(r.first), offset: offset(r.offset_minutes), second: utc(r.second),
      });
    case 'gap': return t('remark.gap', { property: r.property, local: r.local, zone: r.zone });
    case 'rdate_date_only': return t('remark.rdateDateOnly', { value: r.value });
    case 'exdate_date': return t('remark.exdateDate', { date: r.date });
    case 'recurring': return t('remark.recurring', { uid: r.uid, count: r.count });
    case 'no_event_made': return t('remark.noEventMade');
    case 'no_uid': return t('remark.noUid');
    case 'html_description': return t('remark.htmlDescription');
    case 'calendars': return t('remark.calendars', { count: r.count, lines: list(r.lines) });
    case 'outside_component': return t('remark.outsideComponent', { property: r.property });
    case 'end_without_begin': return t('remark.endWithoutBegin', { name: r.name });
    case 'not_closed': return t('remark.notClosed', { name: r.name, end: r.end });
    case 'truncated': return t('remark.truncated', { name: r.name });
    case 'blank_line': return t('remark.blankLine');
    case 'latin1': return t('remark.latin1');
    case 'text': return r.text;
    default: return unknown(r);
  }
}

/**
 * The identifiers a remark is about, one line each ("Identifier in the file: …"), for the
 * report's collapsed Technical details: organisers know sessions by title and code and rooms by
 * name, so the sentence (remarkText) names them so, and only these lines carry the UUIDs.
 * Empty for remarks without identifiers.
 */
export function remarkDetails(r: Remark): string[] {
  switch (r.code) {
    case 'guid_repeats': return [t('io.idGiven', { id: r.uuid })];
    case 'guid_of_another_event': return [t('io.idInFile', { id: r.uuid }), t('io.idGiven', { id: r.fresh })];
    case 'room_guid_repeats':
    case 'room_guid_of_another_event': return [t('io.idInFile', { id: r.uuid })];
    default: return [];
  }
}

/** `text` after "Line 12: ", or alone without a line; the colon is the catalogue's (French
 * spaces it, Chinese writes its own), so the words come whole from there. */
function atLine(line: number | null, text: string): string {
  return line === null ? text : t('io.atLine', { line, text });
}

/** A skipped record as one line of the report: where, what and why. */
export function skippedText(k: Skipped): string {
  return atLine(k.line, `${recordText(k.what)} — ${remarkText(k.reason)}`);
}

/** A note as one line of the report. Without a line, a remark that names its record (a session,
 * a room) says where it is itself; any other is about the whole file. */
export function noteText(n: Note): string {
  const names = 'record' in n.remark || 'room' in n.remark;
  return n.line === null && !names ? t('io.wholeFile', { text: remarkText(n.remark) }) : atLine(n.line, remarkText(n.remark));
}

/** Entries sharing a remark code are gathered when there are at least this many. */
export const GROUP_AT = 4;

/** One line of a report's list: an entry, or the entries that share a remark code. */
export type Grouped<T> = { kind: 'one'; item: T } | { kind: 'many'; code: Remark['code']; items: T[] };

/**
 * A report's entries (skipped records or notes) in their order, those whose remark code comes
 * `min` times or more gathered into one group at the place of the first: 36C3 makes the same
 * remark for hundreds of sessions, which read as one line with a count.
 */
export function groupByRemark<T>(items: readonly T[], remarkOf: (item: T) => Remark, min = GROUP_AT): Grouped<T>[] {
  const byCode = new Map<Remark['code'], T[]>();
  for (const item of items) {
    const code = remarkOf(item).code;
    const same = byCode.get(code);
    if (same) same.push(item);
    else byCode.set(code, [item]);
  }
  const out: Grouped<T>[] = [];
  const placed = new Set<Remark['code']>();
  for (const item of items) {
    const code = remarkOf(item).code;
    const same = byCode.get(code) ?? [];
    if (same.length < min) out.push({ kind: 'one', item });
    else if (!placed.has(code)) {
      placed.add(code);
      out.push({ kind: 'many', code, items: same });
    }
  }
  return out;
}

const GROUP_TITLES: Partial<Record<Remark['code'], MessageKey>> = {
  guid_of_another_event: 'io.groupGuidOfAnotherEvent',
  guid_repeats: 'io.groupGuidRepeats',
  room_guid_of_another_event: 'io.groupRoomGuidOfAnotherEvent',
  room_guid_repeats: 'io.groupRoomGuidRepeats',
};

/**
 * A group's line: its own words with the count for the common identity remarks, else the first
 * entry's sentence (`first`) and how many more are like it.
 */
export function groupTitle(code: Remark['code'], count: number, first: string): string {
  const key = GROUP_TITLES[code];
  return key ? t(key, { count }) : t('io.groupMore', { text: first, count: count - 1 });
}

/**
 * Why a CalDAV publish left a session alone or stopped (plenary-caldav PublishReason), in the
 * chosen language; a connection error's own words (`no_answer`'s `error`, the HTTP library's
 * English) are left out.
 */
export function publishReasonText(r: PublishReason): string {
  switch (r.code) {
    case 'changed_on_server': return t('publishReason.changedOnServer');
    case 'no_etag': return t('publishReason.noEtag');
    case 'left_scope_changed': return t('publishReason.leftScopeChanged');
    case 'not_ours': return t('publishReason.notOurs');
    case 'refused': return t('publishReason.refused', { status: String(r.status) });
    case 'password_refused': return t('publishReason.passwordRefused');
    case 'server_answered':
      return t(r.status === 507 ? 'publishReason.outOfSpace' : 'publishReason.serverAnswered', { status: String(r.status) });
    // The HTTP library's English reason stays in the CLI's report and the log.
    case 'no_answer': return t('publishReason.noAnswer');
    default: return unknown(r);
  }
}

/** A session an export left out (plenary-interchange frab::Omitted), with why, in words. */
export function omittedText(o: Omitted): string {
  const session = o.code ? t('omitted.label', { code: o.code, title: o.title }) : t('record.titled', { title: o.title });
  switch (o.why) {
    case 'not_scheduled': return t('omitted.notScheduled', { session });
    case 'cancelled': return t('omitted.cancelled', { session });
    case 'too_long': return t('omitted.tooLong', { session });
    case 'outside_days': return t('omitted.outsideDays', { session });
    default: return unknown(o.why);
  }
}

/** A value the bindings do not know (a newer Plenary's): shown as its code, never a crash. */
function unknown(value: never): string {
  if (typeof value === 'string') return value;
  const v = value as { code?: string; kind?: string; problem?: string };
  return v.code ?? v.kind ?? v.problem ?? '?';
}
