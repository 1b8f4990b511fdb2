//! What an import report says about a record or the file, as a code plus parameters: the
//! reason a record was skipped, or a note on something the import interpreted. The window words
//! each code in the chosen language (`ui/src/lib/i18n/reports.ts`); the CLI words it in English
//! here, in [`Remark`]'s and [`Record`]'s `Display`, the one place for those English words.
//!
//! Serialised with a `code` tag in snake_case and the parameters beside it
//! (`{"code":"not_uuid","value":"x"}`); a [`Record`] with a `kind` tag.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::error::Error;
use crate::link::LinkProblem;
use crate::validate::InputProblem;

/// The record of the input a remark is about, as a person would find it in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Record {
    /// An iCalendar component (`VEVENT`), named by its SUMMARY, else its UID, when it has one.
    Component {
        component: String,
        summary: Option<String>,
        uid: Option<String>,
    },
    /// An event of a frab schedule: its id (else code, else guid, else "?") and title.
    FrabEvent { id: String, title: String },
    /// A CSV row by its number in the spreadsheet (the header is row 1).
    Row { row: usize },
    /// A session or person of a CSV file, by its title or name.
    Titled { title: String },
    /// A session of an event file: its code (may be empty) and title.
    Session { code: String, title: String },
    /// A room, by its name.
    Room { name: String },
    /// A venue, by its name.
    Venue { name: String },
    /// A person of an event file, by name.
    Person { name: String },
    /// The event itself.
    Event,
}

/// Why a link was left out (mirrors [`LinkProblem`], which is not serialised).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum LinkTrouble {
    /// No scheme, or nothing after it.
    NotALink,
    /// White space or control characters in it.
    Spaces,
    /// A web link without a host.
    NoHost,
    /// A scheme participants cannot open safely; `scheme` as written, lower case.
    Scheme { scheme: String },
}

impl From<&LinkProblem> for LinkTrouble {
    fn from(p: &LinkProblem) -> Self {
        match p {
            LinkProblem::NotALink => LinkTrouble::NotALink,
            LinkProblem::Spaces => LinkTrouble::Spaces,
            LinkProblem::NoHost => LinkTrouble::NoHost,
            LinkProblem::Scheme(s) => LinkTrouble::Scheme { scheme: s.clone() },
        }
    }
}

impl LinkTrouble {
    fn problem(&self) -> LinkProblem {
        match self {
            LinkTrouble::NotALink => LinkProblem::NotALink,
            LinkTrouble::Spaces => LinkProblem::Spaces,
            LinkTrouble::NoHost => LinkProblem::NoHost,
            LinkTrouble::Scheme { scheme } => LinkProblem::Scheme(scheme.clone()),
        }
    }
}

/// Which side's values an event-file import kept where both differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The store's.
    Store,
    /// The file's.
    File,
}

/// Why a frab duration "a:b:c" was read the way it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DurationWhy {
    /// pretalx writes D:HH:MM once a talk lasts a day.
    Pretalx,
    /// Its last field is not zero, and timetables count minutes, not seconds (D:HH:MM).
    LastFieldNotZero,
    /// As H:MM:SS it would run past the conference (D:HH:MM).
    HmsTooLong,
    /// H:MM:SS is the frab schema's form.
    Schema,
    /// As D:HH:MM it would run past the conference (H:MM:SS).
    DhmTooLong,
}

/// Why one copy of a VEVENT (same UID and RECURRENCE-ID) wins over another (RFC 5545
/// §3.8.7.4): a higher SEQUENCE, else a later DTSTAMP/LAST-MODIFIED ("20260801T100000Z", or
/// none), else the later in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum CopyWhy {
    HigherSequence {
        kept: i64,
        other: i64,
    },
    LaterStamp {
        sequence: i64,
        kept: Option<String>,
        other: Option<String>,
    },
    LaterInFile {
        sequence: i64,
    },
}

impl fmt::Display for CopyWhy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CopyWhy::HigherSequence { kept, other } => write!(f, "higher SEQUENCE ({kept} > {other})"),
            CopyWhy::LaterStamp { sequence, kept, other } => write!(
                f,
                "same SEQUENCE {sequence}, later DTSTAMP/LAST-MODIFIED ({} > {})",
                kept.as_deref().unwrap_or("none"),
                other.as_deref().unwrap_or("none")
            ),
            CopyWhy::LaterInFile { sequence } => {
                write!(
                    f,
                    "same SEQUENCE {sequence} and DTSTAMP/LAST-MODIFIED; the later in the file is kept"
                )
            }
        }
    }
}

/// Why an iCalendar line is not a content line (RFC 5545 §3.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum LineProblem {
    /// No ':' anywhere (`text`: the line's start).
    NoColon { text: String },
    /// Not a property name before the parameters or value.
    NotAName { text: String },
    /// A parameter of `property` with no value and no ':' after it.
    ParameterNoValue { property: String },
    /// A quoted parameter (`parameter` of `property`) never closed.
    UnclosedQuote { parameter: String, property: String },
    /// `property` has no ':' before its value.
    NoValue { property: String },
}

impl fmt::Display for LineProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LineProblem::NoColon { text } => write!(f, "{text:?} is not a content line (no ':')"),
            LineProblem::NotAName { text } => write!(f, "{text:?} is not a property name"),
            LineProblem::ParameterNoValue { property } => {
                write!(f, "parameter of {property} has no value and no ':' follows")
            }
            LineProblem::UnclosedQuote { parameter, property } => {
                write!(f, "parameter {parameter} of {property} has an unclosed quote")
            }
            LineProblem::NoValue { property } => write!(f, "property {property} has no ':' before its value"),
        }
    }
}

/// What an RRULE part's value should have been.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RruleExpected {
    /// A list of valid numbers (BYMONTH, BYMONTHDAY).
    Numbers,
    /// Plain weekdays, no ordinals such as 1MO (BYDAY).
    PlainWeekdays,
    /// A weekday (WKST).
    Weekday,
    /// A date or a date-time (UNTIL).
    Date,
    /// A positive number (INTERVAL, COUNT).
    Positive,
}

/// One copy a VEVENT's kept copy won against: its line and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Against {
    pub line: usize,
    pub why: CopyWhy,
}

/// "3 d 2 h 30 min" (the CLI's words for a length in seconds).
fn duration_words(seconds: i64) -> String {
    let (days, hours, minutes, secs) = (seconds / 86_400, seconds / 3600 % 24, seconds / 60 % 60, seconds % 60);
    let mut out = Vec::new();
    if days > 0 {
        out.push(format!("{days} d"));
    }
    if hours > 0 {
        out.push(format!("{hours} h"));
    }
    if minutes > 0 || out.is_empty() {
        out.push(format!("{minutes} min"));
    }
    if secs > 0 {
        out.push(format!("{secs} s"));
    }
    out.join(" ")
}

/// The event's days, as a skip reason about them names them: from `first` to `last` (ISO
/// dates), each day from `day_change` ("HH:MM", none when days run from midnight), in `zone`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Days {
    pub first: String,
    pub last: String,
    pub day_change: Option<String>,
    pub zone: String,
}

/// A skip reason or a note of an import report: a code and its parameters. Times are local
/// wall-clock text ("2027-07-06 09:00") in the zone the remark names, or UTC where it says so;
/// lines are 1-based lines of the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Remark {
    // ---- Why a record was skipped ----
    /// A frab event without a title.
    NoTitle,
    /// A CSV session whose title is empty.
    TitleEmpty,
    /// A CSV person whose name is empty.
    NameEmpty,
    /// A CSV `uuid` cell that is not a UUID.
    NotUuid { value: String },
    /// A CSV row with a start but neither an end nor minutes.
    StartWithoutEnd,
    /// A CSV row with an end but no start.
    EndWithoutStart,
    /// A CSV `minutes` cell that is not a positive whole number.
    MinutesNotPositive { value: String },
    /// A CSV cell (`field`) that is not a time like 09:00 or 2026-07-10 09:00.
    NotATime { field: String, value: String },
    /// A CSV cell (`field`) that is not a number.
    NotANumber { field: String, value: String },
    /// A CSV cell (`field`: kind, status, participation) that is none of `allowed`.
    NotOneOf {
        field: String,
        value: String,
        allowed: Vec<String>,
    },
    /// A CSV `minutes` cell too large for a session.
    MinutesTooLarge { value: String },
    /// A CSV time cell (`field`) holding a time but no date, with no date column.
    TimeWithoutDate { field: String, value: String },
    /// The store refused the record (`entity`: "session", "person"…) for `problems`, each
    /// naming its field (worded like a form's problems).
    Invalid {
        entity: String,
        problems: Vec<InputProblem>,
    },
    /// The store refused the record as contradicting its state (the store's words).
    Refused { message: String },
    /// An event file's session whose UUID is a session of another event in this store.
    UuidOfAnotherEvent,
    /// An iCalendar all-day entry (`date`, ISO).
    AllDay { date: String },
    /// A VEVENT without DTSTART.
    NoStart,
    /// A VEVENT without SUMMARY.
    NoSummary,
    /// A VEVENT with neither DTEND nor DURATION.
    NoEnd,
    /// A VEVENT whose end (`end`, UTC) is at or before its start (`start`, UTC).
    EndsBeforeStart { start: String, end: String },
    /// A VEVENT whose DTEND (at `line`) is a date while DTSTART is a date-time.
    EndIsDate { line: usize },
    /// A VEVENT starting at `start` (local, in `days.zone`) outside the event's days.
    OutsideDays { start: String, days: Box<Days> },
    /// A recurring VEVENT none of whose instances falls within the event's days.
    NoInstanceWithinDays { days: Box<Days> },
    /// A VEVENT whose UID repeats the one at `first_line`; the first was imported.
    UidRepeats { uid: String, first_line: usize },
    /// A VEVENT (`uid`, and `recurrence_id` for an override) with a newer copy at `kept_line`,
    /// imported instead.
    NewerCopy {
        uid: String,
        recurrence_id: Option<String>,
        kept_line: usize,
        why: Box<CopyWhy>,
    },
    /// A tag cell naming no term of the store (`tag`, as written).
    UnknownTag { tag: String },
    /// A line of an iCalendar file that is not a content line: ignored.
    LineIgnored { problem: LineProblem },
    /// A time zone (`tzid`) that is neither known nor given by a VTIMEZONE in the file.
    UnknownZone { tzid: String },
    /// A property (`property`, at `line`) whose value is not a date (`date`) or date-time.
    NotADate {
        property: String,
        value: String,
        line: usize,
        date: bool,
    },
    /// A duration (`property`: DURATION, RDATE period; at `line`) that is not one, or is too
    /// long to be one (`too_long`).
    BadDuration {
        property: String,
        value: String,
        line: usize,
        too_long: bool,
    },
    /// A duration (`property`, at `line`) that takes the time beyond any date a calendar holds.
    BeyondCalendar { property: String, line: usize },
    /// An instance override whose RECURRENCE-ID is a date (all-day): not imported.
    RecurrenceIdDate,
    /// An RRULE (at `line`) refused for `why` (one of the `rrule_…` codes): the event is not
    /// imported, since ignoring a part would give wrong times.
    RruleRefused { line: usize, why: Box<Remark> },
    /// An RRULE part Plenary cannot expand (only INTERVAL, COUNT, UNTIL, BYDAY, WKST, BYMONTH,
    /// BYMONTHDAY).
    RrulePart { part: String },
    /// An RRULE FREQ other than DAILY and WEEKLY.
    RruleFreq { freq: String },
    /// An RRULE without FREQ.
    RruleNoFreq,
    /// An RRULE part (`part`=`value`) whose value is not what it should be.
    RruleValue {
        part: String,
        value: String,
        expected: RruleExpected,
    },
    /// A frab event with no usable start time (its `<date>` and `<start>`, when it has them).
    NoStartTime {
        date: Option<String>,
        start: Option<String>,
    },
    /// A frab event starting at `start` (local), outside the conference's days (`first` to
    /// `last`, local, when known): refused as a data-entry error.
    StartsOutsideConference {
        start: String,
        first: Option<String>,
        last: Option<String>,
    },
    /// A frab event ending at `end` (local), after the conference (which ends by `latest`).
    EndsAfterConference { end: String, latest: String },
    /// A frab `<duration>` (`text`) that is not HH:MM.
    DurationNotHhmm { text: String },
    /// A frab `<duration>` (`text`, `seconds` long) that would run past the conference (which
    /// ends by `latest`, local; none: the file gives no dates and a session lasts at most a week).
    DurationTooLong {
        text: String,
        seconds: i64,
        latest: Option<String>,
    },
    /// A frab `<duration>` "a:b:c" that would run past the conference read either way
    /// (`dhm` and `hms` seconds long; none when that reading is impossible).
    DurationTooLongEitherWay {
        text: String,
        dhm: Option<i64>,
        hms: Option<i64>,
        latest: Option<String>,
    },
    /// A component (`component`) outside any VCALENDAR.
    OutsideCalendar { component: String },
    /// A VEVENT nested in another component (`parent`, at `parent_line`).
    NestedEvent { parent: String, parent_line: usize },
    /// A VEVENT the file ends inside (a truncated file).
    EventTruncated,
    /// A VEVENT that is an item of another session (`session`'s UID): imported with it.
    ItemOf { session: String },
    /// A component of the calendar that is not a VEVENT (VTODO, VJOURNAL…).
    NotASession { component: String },

    // ---- Notes ----
    /// A VEVENT (`uid`, `recurrence_id`) appears `count` times: the copy at `kept_line` was
    /// imported, `against` the others.
    Copies {
        uid: String,
        recurrence_id: Option<String>,
        count: usize,
        kept_line: usize,
        against: Vec<Against>,
    },
    /// Columns of a CSV file that no field takes.
    ColumnsNotImported { columns: Vec<String> },
    /// A link of `record` left out; `field` is the link field (`join_url`), none for one of
    /// its links.
    LinkLeftOut {
        record: Box<Record>,
        field: Option<String>,
        url: String,
        trouble: LinkTrouble,
    },
    /// An iCalendar property (`property`) whose link was left out.
    PropertyLinkLeftOut {
        property: String,
        value: String,
        trouble: LinkTrouble,
    },
    /// Fields of `record` (none: the event itself) that differ between store and file, and the
    /// side whose values were kept.
    Differ {
        record: Option<Box<Record>>,
        fields: Vec<String>,
        kept: Side,
    },
    /// The event's slug is taken in this store; the event got `given`.
    SlugTaken { slug: String, given: String },
    /// A role of `record` names a person (by UUID) the file does not hold.
    PersonNotInFile { record: Box<Record>, person: Uuid },
    /// A person (by UUID) holds the same role twice in `record`.
    PersonTwice {
        record: Box<Record>,
        person: Uuid,
        role: String,
    },
    /// A person (by name) holds the same role twice in `record` (at `line`, when known).
    NamedTwice {
        record: Box<Record>,
        line: Option<usize>,
        name: String,
        role: String,
    },
    /// An attendee holds the same role twice in one VEVENT, in an item of it when `in_item`.
    RoleTwice { name: String, role: String, in_item: bool },
    /// A frab event without a duration or end: put in the tray, unscheduled.
    NoDuration { record: Box<Record>, line: Option<usize> },
    /// A frab event that lasts no time (starts and ends at `at`, local): unscheduled.
    LastsNoTime {
        record: Box<Record>,
        line: Option<usize>,
        at: String,
    },
    /// A frab event whose guid or id appeared before; imported as another session (`uuid`).
    GuidRepeats {
        record: Box<Record>,
        line: Option<usize>,
        uuid: Uuid,
    },
    /// A frab event whose guid (`uuid`) is a session of another event; imported as `fresh`.
    GuidOfAnotherEvent {
        record: Box<Record>,
        uuid: Uuid,
        fresh: Uuid,
    },
    /// `count` links left out (relative, not links, unsafe), with a few `examples`.
    LinksDropped { count: usize, examples: Vec<String> },
    /// A room whose guid is another room's in this file; given a new UUID.
    RoomGuidRepeats { room: String, uuid: Uuid },
    /// A room whose guid is a room of another event in this store; given a new UUID.
    RoomGuidOfAnotherEvent { room: String, uuid: Uuid },
    /// Two tracks share a code and become one.
    TracksShareCode {
        first: String,
        second: String,
        track_code: String,
    },
    /// A person without a name in `record`, left out.
    PersonWithoutName { record: Box<Record> },
    /// Roles the import does not know, read as speaker.
    UnknownRoles { roles: Vec<String> },
    /// The file's time zone name is not an IANA name; ignored.
    NotIanaZone { zone: String },
    /// The zone asked for (`zone`) was used; the file named `file_zone`, or none.
    ZoneAsAsked { file_zone: Option<String>, zone: String },
    /// A frab file's `<day>`s overlap (a night session at `night`, a day starting with one at
    /// `day`, local clocks): calendar days are kept.
    DaysOverlap { night: String, day: String },
    /// A frab file names no day_change: its conference days begin at `change`, as the
    /// `<day>`s' start times show (`shown`) or else the first whole hour after the night's
    /// sessions, which start until `night_latest` (ending by `night_end`) and from
    /// `day_earliest` on a day's own date (local clocks, "HH:MM").
    DayChange {
        change: String,
        shown: bool,
        night_latest: String,
        night_end: Option<String>,
        day_earliest: String,
    },
    /// `count` frab times carry an offset other than `zone`'s, e.g. `text` at `offset` while
    /// `zone` is at `zone_offset` then ("+01:00"); the offsets were trusted because `<start>`
    /// shows another clock (`zone_known`) or because the zone is only the file's own name.
    OffsetsTrusted {
        count: usize,
        zone: String,
        zone_known: bool,
        text: String,
        offset: String,
        zone_offset: String,
    },
    /// `count` frab sessions whose `<date>` offset is not `zone`'s while `<start>` shows the same
    /// clock: read as `<start>` in `zone`, e.g. `text` is `local` ("2026-08-01 10:00 +02:00"),
    /// not `utc` ("2026-08-01 09:00Z").
    StartUsed {
        count: usize,
        zone: String,
        text: String,
        local: String,
        utc: String,
    },
    /// `count` frab durations "a:b:c" read as D:HH:MM (`days`) or H:MM:SS, e.g. `text`, a length
    /// of `seconds`, for `why`, from `start` to `end` (local, "2026-08-01 10:00").
    DurationsRead {
        count: usize,
        days: bool,
        text: String,
        seconds: i64,
        why: DurationWhy,
        start: String,
        end: String,
    },
    /// `count` dates without an offset, read as local times in `zone`.
    NaiveDates { count: usize, zone: String },
    /// A TZID with no VTIMEZONE in the file, read as the IANA zone of that name.
    TzidWithoutVtimezone { tzid: String },
    /// A Windows zone name read as the IANA `iana`.
    WindowsZone { tzid: String, iana: String },
    /// A local time (`property` `local`) that happens twice in `zone`: the first was taken,
    /// `first` UTC at `offset_minutes` from UTC, not `second` UTC.
    Fold {
        property: String,
        local: String,
        zone: String,
        first: DateTime<Utc>,
        offset_minutes: i32,
        second: DateTime<Utc>,
    },
    /// A local time (`property` `local`) that does not exist in `zone`; read with the offset
    /// before the gap.
    Gap {
        property: String,
        local: String,
        zone: String,
    },
    /// An RDATE that is a date only on a timed event; ignored.
    RdateDateOnly { value: String },
    /// An EXDATE that is a date on a timed series: the instance on that day is excluded.
    ExdateDate { date: String },
    /// A recurring VEVENT (`uid`) with `count` instances in the event's days.
    Recurring { uid: String, count: usize },
    /// No event given, and no session could be imported: nothing was changed.
    NoEventMade,
    /// A VEVENT without UID, identified by its SUMMARY and DTSTART.
    NoUid,
    /// An HTML description converted to plain text.
    HtmlDescription,
    /// The file holds `count` calendars (VCALENDAR at `lines`).
    Calendars { count: usize, lines: Vec<usize> },
    /// A property (`property`) outside any component; ignored.
    OutsideComponent { property: String },
    /// `END:name` without a matching BEGIN; ignored.
    EndWithoutBegin { name: String },
    /// The component `name` is not closed before `END:end`.
    NotClosed { name: String, end: String },
    /// The file ends before `END:name`.
    Truncated { name: String },
    /// A blank line, not allowed by RFC 5545; ignored.
    BlankLine,
    /// Bytes that are not UTF-8, read as Latin-1.
    Latin1,
    /// Words made in Rust that have no code yet (English): the window shows them as they are.
    Text { text: String },
}

impl Remark {
    /// A remark with no code yet, in English.
    pub fn text(text: impl Into<String>) -> Remark {
        Remark::Text { text: text.into() }
    }
}

impl Remark {
    /// Why the store refused a record, when it refuses it as invalid or contradicting its state
    /// (the importers skip the record then); `None` for the errors that stop the whole import.
    pub fn refusal(err: &Error) -> Option<Remark> {
        match err {
            Error::Invalid { entity, problems, .. } => Some(Remark::Invalid {
                entity: entity.to_string(),
                problems: problems.clone(),
            }),
            Error::Conflict(message) => Some(Remark::Refused {
                message: message.clone(),
            }),
            _ => None,
        }
    }
}

impl From<String> for Remark {
    fn from(text: String) -> Remark {
        Remark::Text { text }
    }
}

impl From<&str> for Remark {
    fn from(text: &str) -> Remark {
        Remark::text(text)
    }
}

impl fmt::Display for Record {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Record::Component {
                component,
                summary: Some(s),
                ..
            } => write!(f, "{component} {s:?}"),
            Record::Component {
                component,
                uid: Some(u),
                ..
            } => write!(f, "{component} {u}"),
            Record::Component { component, .. } => f.write_str(component),
            Record::FrabEvent { id, title } => write!(f, "event {id} {title:?}"),
            Record::Row { row } => write!(f, "row {row}"),
            Record::Titled { title } => write!(f, "{title:?}"),
            Record::Session { code, title } => write!(f, "session {code} {title:?}"),
            Record::Room { name } => write!(f, "room {name:?}"),
            Record::Venue { name } => write!(f, "venue {name:?}"),
            Record::Person { name } => write!(f, "person {name:?}"),
            Record::Event => f.write_str("the event"),
        }
    }
}

impl fmt::Display for Days {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Days { first, last, zone, .. } = self;
        match &self.day_change {
            None => write!(f, "{first} to {last}, {zone}"),
            Some(c) => write!(f, "{first} to {last}, each from {c} to {c} the next day, {zone}"),
        }
    }
}

/// What a frab duration may not run past.
fn bound(latest: &Option<String>) -> String {
    match latest {
        Some(l) => format!("the conference ends by {l}"),
        None => "the file gives no conference dates and a session may last at most a week".into(),
    }
}

/// "UID u" or "UID u RECURRENCE-ID r".
fn copy_name(uid: &str, recurrence_id: &Option<String>) -> String {
    match recurrence_id {
        Some(rid) => format!("UID {uid} RECURRENCE-ID {rid}"),
        None => format!("UID {uid}"),
    }
}

/// " (line 7)", or nothing.
fn at(line: &Option<usize>) -> String {
    line.map(|l| format!(" (line {l})")).unwrap_or_default()
}

impl fmt::Display for Remark {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Remark::*;
        match self {
            NoTitle => f.write_str("it has no title"),
            TitleEmpty => f.write_str("the title is empty"),
            NameEmpty => f.write_str("the name is empty"),
            NotUuid { value } => write!(f, "uuid {value:?} is not a UUID"),
            StartWithoutEnd => f.write_str("it has a start but no end or minutes"),
            EndWithoutStart => f.write_str("it has an end but no start"),
            MinutesNotPositive { value } => write!(f, "minutes {value:?} is not a positive number"),
            NotATime { field, value } => {
                write!(f, "{field} {value:?} is not a time like 09:00 or 2026-07-10 09:00")
            }
            NotANumber { field, value } => write!(f, "{field} {value:?} is not a number"),
            NotOneOf { value, allowed, .. } => write!(f, "{value:?} is not one of: {}", allowed.join(", ")),
            MinutesTooLarge { value } => write!(f, "minutes {value:?} is too large for a session"),
            TimeWithoutDate { field, value } => {
                write!(f, "{field} {value:?} is a time without a date; add a date column")
            }
            Invalid { entity, problems } => {
                let words: Vec<String> = problems.iter().map(|p| format!("{entity} {}: {p}", p.field)).collect();
                f.write_str(&words.join("; "))
            }
            Refused { message } => f.write_str(message),
            UuidOfAnotherEvent => f.write_str("a session with this UUID belongs to another event in this store"),
            AllDay { date } => write!(
                f,
                "all-day event ({date}): Plenary sessions have start and end times, so all-day entries are not imported"
            ),
            NoStart => f.write_str("no DTSTART: a session needs a start time"),
            NoSummary => f.write_str("no SUMMARY: a session needs a title"),
            NoEnd => f.write_str("no DTEND or DURATION: a session needs an end time"),
            EndsBeforeStart { start, end } => {
                write!(f, "has no duration: ends ({end} UTC) at or before its start ({start} UTC)")
            }
            EndIsDate { line } => write!(f, "DTEND (line {line}) is a date but DTSTART a date-time"),
            OutsideDays { start, days } => {
                write!(f, "starts {start} ({}), outside the event's days ({days})", days.zone)
            }
            NoInstanceWithinDays { days } => {
                write!(f, "recurring event with no instance within the event's days ({days})")
            }
            UidRepeats { uid, first_line } => {
                write!(f, "UID {uid} repeats the VEVENT of line {first_line}; the first one was imported")
            }
            NewerCopy { uid, recurrence_id, kept_line, why } => write!(
                f,
                "{} has a newer copy at line {kept_line}, which was imported instead: {why} (RFC 5545 §3.8.7.4)",
                copy_name(uid, recurrence_id)
            ),
            LineIgnored { problem } => write!(f, "{problem}; line ignored"),
            UnknownZone { tzid } => write!(f, "unknown time zone {tzid:?} and no VTIMEZONE for it in the file"),
            NotADate { property, value, line, date } => write!(
                f,
                "{property} {value:?} is not a {} (line {line})",
                if *date { "date" } else { "date-time" }
            ),
            BadDuration { property, value, line, too_long } => write!(
                f,
                "{property} {value:?} (line {line}) {}",
                if *too_long { "is too long to be a duration" } else { "is not a duration" }
            ),
            BeyondCalendar { property, line } => {
                write!(f, "{property} (line {line}) takes the time beyond any date a calendar can hold")
            }
            RecurrenceIdDate => f.write_str("RECURRENCE-ID is a date; all-day instances are not imported"),
            RruleRefused { line, why } => write!(f, "{why} (line {line}); event not imported"),
            RrulePart { part } => write!(
                f,
                "RRULE part {part} cannot be expanded by Plenary (only INTERVAL, COUNT, UNTIL, BYDAY, WKST, BYMONTH and \
                 BYMONTHDAY), and ignoring it would give wrong times"
            ),
            RruleFreq { freq } => write!(f, "RRULE FREQ={freq} cannot be expanded by Plenary (only DAILY and WEEKLY)"),
            RruleNoFreq => f.write_str("RRULE without FREQ"),
            RruleValue { part, value, expected } => match expected {
                RruleExpected::Numbers => write!(f, "{part}={value} is not a list of valid numbers"),
                RruleExpected::PlainWeekdays => {
                    write!(f, "{part}={value}: only plain weekdays can be expanded (no ordinals such as 1MO)")
                }
                RruleExpected::Weekday => write!(f, "{part}={value} is not a weekday"),
                RruleExpected::Date => write!(f, "{part}={value} is not a date or a date-time"),
                RruleExpected::Positive => write!(f, "{part}={value} is not a positive number"),
            },
            NoStartTime { date, start } => write!(f, "no usable start time (date {date:?}, start {start:?})"),
            StartsOutsideConference { start, first, last } => write!(
                f,
                "it starts {start}, outside the conference's days ({} to {}); refused as a data-entry error",
                first.as_deref().unwrap_or("?"),
                last.as_deref().unwrap_or("?")
            ),
            EndsAfterConference { end, latest } => write!(
                f,
                "it ends {end}, after the conference (which ends by {latest}); refused as a data-entry error"
            ),
            DurationNotHhmm { text } => write!(f, "duration {text:?} is not HH:MM"),
            DurationTooLong { text, seconds, latest } => write!(
                f,
                "duration {text:?} ({}) would run past the conference ({}); refused as a data-entry error",
                duration_words(*seconds),
                bound(latest)
            ),
            DurationTooLongEitherWay { text, dhm, hms, latest } => {
                let words = |d: &Option<i64>| d.map(duration_words).unwrap_or_else(|| "impossible".into());
                write!(
                    f,
                    "duration {text:?} would run past the conference read either way (as D:HH:MM {}, as H:MM:SS {}; {}); \
                     refused as a data-entry error",
                    words(dhm),
                    words(hms),
                    bound(latest)
                )
            }
            UnknownTag { tag } => write!(f, "tag {tag:?}: no term {tag}"),
            Copies { uid, recurrence_id, count, kept_line, against } => {
                let against: Vec<String> = against.iter().map(|a| format!("line {}: {}", a.line, a.why)).collect();
                write!(
                    f,
                    "{} appears {count} times; the copy at line {kept_line} was imported (RFC 5545 §3.8.7.4; against {})",
                    copy_name(uid, recurrence_id),
                    against.join("; ")
                )
            }
            OutsideCalendar { component } => write!(f, "{component} outside VCALENDAR is not imported"),
            NestedEvent { parent, parent_line } => write!(
                f,
                "VEVENT inside {parent} (line {parent_line}) is not imported: a calendar's VEVENTs sit directly in its VCALENDAR"
            ),
            EventTruncated => f.write_str("the file ends inside this VEVENT (truncated file)"),
            ItemOf { session } => write!(f, "item of session {session}: imported with that session"),
            NotASession { component } => {
                write!(f, "{component} is not a session; only VEVENT components are imported")
            }
            ColumnsNotImported { columns } => write!(f, "columns not imported: {}", columns.join(", ")),
            LinkLeftOut { record, field, url, trouble } => {
                let field = field.as_deref().unwrap_or("link");
                write!(f, "{record}: {field} {url:?} {}; left out", trouble.problem())
            }
            PropertyLinkLeftOut { property, value, trouble } => {
                write!(f, "{property} {value:?} {}; the link is left out", trouble.problem())
            }
            Differ { record, fields, kept } => {
                let kept = match kept {
                    Side::Store => "kept the store's",
                    Side::File => "took the file's",
                };
                match record {
                    Some(r) => write!(f, "{r}: {} differ; {kept} values", fields.join(", ")),
                    None => write!(f, "the event's {} differ; {kept} values", fields.join(", ")),
                }
            }
            SlugTaken { slug, given } => write!(f, "the slug {slug:?} is taken here; the event is {given:?}"),
            PersonNotInFile { record, person } => {
                write!(f, "{record}: person {person} is not in the file; role left out")
            }
            PersonTwice { record, person, role } => {
                write!(f, "{record}: person {person} is named more than once as {role}; kept once")
            }
            NamedTwice { record, line, name, role } => {
                write!(f, "{record}{}: {name:?} is named more than once as {role}; kept once", at(line))
            }
            RoleTwice { name, role, in_item } => {
                let within = if *in_item { "this item" } else { "this session" };
                write!(f, "{name:?} holds the role {role} twice in {within}; kept once")
            }
            NoDuration { record, line } => write!(f, "{record}{}: it has no duration or end", at(line)),
            LastsNoTime { record, line, at: when } => write!(
                f,
                "{record}{}: it lasts no time (starts and ends at {when}); put in the tray, unscheduled",
                at(line)
            ),
            GuidRepeats { record, line, uuid } => write!(
                f,
                "{record}{}: its guid/id appears again; imported as another session (UUID {uuid})",
                at(line)
            ),
            GuidOfAnotherEvent { record, uuid, fresh } => write!(
                f,
                "{record}: its guid {uuid} belongs to a session of another event in this store; imported with UUID {fresh}"
            ),
            LinksDropped { count, examples } => write!(
                f,
                "{count} links were left out: relative without a base URL in the file, not links at all, or of a kind \
                 participants cannot open safely (only https, http, mailto, tel, sip … are kept), e.g. {}",
                examples.iter().map(|e| format!("{e:?}")).collect::<Vec<_>>().join(", ")
            ),
            RoomGuidRepeats { room, uuid } => {
                write!(f, "room {room:?}: its guid {uuid} is also another room's in this file; given a new UUID")
            }
            RoomGuidOfAnotherEvent { room, uuid } => write!(
                f,
                "room {room:?}: its guid {uuid} belongs to a room of another event in this store; given a new UUID"
            ),
            TracksShareCode { first, second, track_code: code } => {
                write!(f, "tracks {first:?} and {second:?} share the code {code:?}; they become one track")
            }
            PersonWithoutName { record } => write!(f, "{record}: a person without a name was left out"),
            UnknownRoles { roles } => write!(f, "unknown roles {roles:?} were read as speaker"),
            NotIanaZone { zone } => write!(f, "the file's time zone {zone:?} is not an IANA zone name; ignored"),
            ZoneAsAsked { file_zone: Some(file), zone } => {
                write!(f, "the file names the time zone {file}; using {zone} as asked")
            }
            ZoneAsAsked { file_zone: None, zone } => write!(f, "the file names no time zone; using {zone} as asked"),
            DaysOverlap { night, day } => write!(
                f,
                "the file's <day>s overlap (a night session at {night} but a day beginning with one at {day}); calendar days are kept"
            ),
            DayChange { change, shown, night_latest, night_end, day_earliest } => write!(
                f,
                "conference days begin at {change} ({}): the file names no day_change, and its <day>s hold sessions starting \
                 until {night_latest} (ending by {}) in the night after their date and from {day_earliest} on it; sessions \
                 after midnight stay on the day before",
                if *shown { "as the <day>s' start times show" } else { "the first whole hour after the night's sessions" },
                night_end.as_deref().unwrap_or("-"),
            ),
            OffsetsTrusted { count, zone, zone_known, text, offset, zone_offset } => write!(
                f,
                "{count} times carry an offset that differs from {zone} ({text} is at {offset} but {zone} is at {zone_offset} \
                 then); {}, so the instants are as the file says",
                if *zone_known {
                    "and <start> does not show the same clock, so the offsets were trusted"
                } else {
                    "the zone is the file's own name and every such time carries its offset, so the offsets were trusted \
                     (if the zone is right and the offsets wrong, import again with --timezone)"
                }
            ),
            StartUsed { count, zone, text, local, utc } => write!(
                f,
                "{count} sessions: <date> carries an offset that is not {zone}'s, while <start> shows the same clock as \
                 <date>; read as <start> in {zone}, the zone known apart from the file, because <start> and the zone agree \
                 and only the offset disagrees (e.g. {text} with <start> {} is {local} in {zone}, not {utc})",
                local.get(11..16).unwrap_or("")
            ),
            DurationsRead { count, days, text, seconds, why, start, end } => write!(
                f,
                "{count} durations of the form a:b:c were read as {}, e.g. {text:?} = {} ({}), {start} → {end}",
                if *days { "D:HH:MM (days, hours, minutes)" } else { "H:MM:SS" },
                duration_words(*seconds),
                match why {
                    DurationWhy::Pretalx => "pretalx writes D:HH:MM once a talk lasts a day",
                    DurationWhy::LastFieldNotZero => "its last field is not zero, and timetables count minutes, not seconds",
                    DurationWhy::HmsTooLong => "as H:MM:SS it would run past the conference",
                    DurationWhy::Schema => "H:MM:SS is the frab schema's form",
                    DurationWhy::DhmTooLong => "as D:HH:MM it would run past the conference",
                }
            ),
            NaiveDates { count, zone } => write!(f, "{count} dates carry no offset; read as local times in {zone}"),
            TzidWithoutVtimezone { tzid } => {
                write!(f, "TZID {tzid} has no VTIMEZONE in the file; the IANA zone is used")
            }
            WindowsZone { tzid, iana } => write!(f, "TZID {tzid:?} is a Windows zone name, read as {iana}"),
            Fold { property, local, zone, first, offset_minutes: m, second } => write!(
                f,
                "{property} {local} happens twice in {zone} (clocks go back); the first is taken (RFC 5545 §3.3.5): \
                 {} UTC, at UTC{}{:02}:{:02}, not the second at {} UTC",
                first.format("%Y-%m-%d %H:%M"),
                if *m < 0 { '-' } else { '+' },
                m.abs() / 60,
                m.abs() % 60,
                second.format("%Y-%m-%d %H:%M"),
            ),
            Gap { property, local, zone } => write!(
                f,
                "{property} {local} does not exist in {zone} (clocks go forward); read with the offset before the gap, as RFC 5545 says"
            ),
            RdateDateOnly { value } => write!(f, "RDATE {value} is a date only (all-day) on a timed event; ignored"),
            ExdateDate { date } => {
                write!(f, "EXDATE {date} is a date on a timed series: the instance on that day is excluded")
            }
            Recurring { uid, count } => write!(
                f,
                "recurring event {uid}: {count} instance(s) within the event's days, each imported as a session"
            ),
            NoEventMade => f.write_str(
                "no --event given, and no session of the file could be imported, so no event was made from it; nothing was changed",
            ),
            NoUid => f.write_str("VEVENT without UID: identified by its SUMMARY and DTSTART"),
            HtmlDescription => f.write_str("HTML description converted to plain text"),
            Calendars { count, lines } => {
                let lines: Vec<String> = lines.iter().map(usize::to_string).collect();
                write!(
                    f,
                    "the file holds {count} calendars (VCALENDAR at lines {}); the VEVENTs of every one are imported",
                    lines.join(", ")
                )
            }
            OutsideComponent { property } => write!(f, "{property} outside any component; ignored"),
            EndWithoutBegin { name } => write!(f, "END:{name} without a matching BEGIN; ignored"),
            NotClosed { name, end } => write!(f, "{name} is not closed before END:{end}"),
            Truncated { name } => write!(f, "the file ends before END:{name} (truncated?)"),
            BlankLine => f.write_str("blank line ignored (not allowed by RFC 5545)"),
            Latin1 => f.write_str("bytes that are not UTF-8 were read as Latin-1"),
            Text { text } => f.write_str(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::ProblemCode;

    /// The code a remark serialises with; no wildcard, so a new variant fails to compile here
    /// until it is added, with a sample below.
    fn code_of(r: &Remark) -> &'static str {
        use Remark::*;
        match r {
            NoTitle => "no_title",
            TitleEmpty => "title_empty",
            NameEmpty => "name_empty",
            NotUuid { .. } => "not_uuid",
            StartWithoutEnd => "start_without_end",
            EndWithoutStart => "end_without_start",
            MinutesNotPositive { .. } => "minutes_not_positive",
            NotATime { .. } => "not_a_time",
            NotANumber { .. } => "not_a_number",
            NotOneOf { .. } => "not_one_of",
            MinutesTooLarge { .. } => "minutes_too_large",
            TimeWithoutDate { .. } => "time_without_date",
            Invalid { .. } => "invalid",
            Refused { .. } => "refused",
            UuidOfAnotherEvent => "uuid_of_another_event",
            AllDay { .. } => "all_day",
            NoStart => "no_start",
            NoSummary => "no_summary",
            NoEnd => "no_end",
            EndsBeforeStart { .. } => "ends_before_start",
            EndIsDate { .. } => "end_is_date",
            OutsideDays { .. } => "outside_days",
            NoInstanceWithinDays { .. } => "no_instance_within_days",
            UidRepeats { .. } => "uid_repeats",
            OutsideCalendar { .. } => "outside_calendar",
            NewerCopy { .. } => "newer_copy",
            UnknownTag { .. } => "unknown_tag",
            StartsOutsideConference { .. } => "starts_outside_conference",
            NoStartTime { .. } => "no_start_time",
            UnknownZone { .. } => "unknown_zone",
            LineIgnored { .. } => "line_ignored",
            NotADate { .. } => "not_a_date",
            BadDuration { .. } => "bad_duration",
            BeyondCalendar { .. } => "beyond_calendar",
            RecurrenceIdDate => "recurrence_id_date",
            RruleRefused { .. } => "rrule_refused",
            RrulePart { .. } => "rrule_part",
            RruleFreq { .. } => "rrule_freq",
            RruleNoFreq => "rrule_no_freq",
            RruleValue { .. } => "rrule_value",
            EndsAfterConference { .. } => "ends_after_conference",
            DurationNotHhmm { .. } => "duration_not_hhmm",
            DurationTooLong { .. } => "duration_too_long",
            DurationTooLongEitherWay { .. } => "duration_too_long_either_way",
            Copies { .. } => "copies",
            NestedEvent { .. } => "nested_event",
            EventTruncated => "event_truncated",
            ItemOf { .. } => "item_of",
            NotASession { .. } => "not_a_session",
            ColumnsNotImported { .. } => "columns_not_imported",
            LinkLeftOut { .. } => "link_left_out",
            PropertyLinkLeftOut { .. } => "property_link_left_out",
            Differ { .. } => "differ",
            SlugTaken { .. } => "slug_taken",
            PersonNotInFile { .. } => "person_not_in_file",
            PersonTwice { .. } => "person_twice",
            NamedTwice { .. } => "named_twice",
            RoleTwice { .. } => "role_twice",
            NoDuration { .. } => "no_duration",
            LastsNoTime { .. } => "lasts_no_time",
            GuidRepeats { .. } => "guid_repeats",
            GuidOfAnotherEvent { .. } => "guid_of_another_event",
            LinksDropped { .. } => "links_dropped",
            RoomGuidRepeats { .. } => "room_guid_repeats",
            RoomGuidOfAnotherEvent { .. } => "room_guid_of_another_event",
            TracksShareCode { .. } => "tracks_share_code",
            PersonWithoutName { .. } => "person_without_name",
            UnknownRoles { .. } => "unknown_roles",
            NotIanaZone { .. } => "not_iana_zone",
            ZoneAsAsked { .. } => "zone_as_asked",
            DaysOverlap { .. } => "days_overlap",
            DayChange { .. } => "day_change",
            OffsetsTrusted { .. } => "offsets_trusted",
            StartUsed { .. } => "start_used",
            DurationsRead { .. } => "durations_read",
            NaiveDates { .. } => "naive_dates",
            TzidWithoutVtimezone { .. } => "tzid_without_vtimezone",
            WindowsZone { .. } => "windows_zone",
            Fold { .. } => "fold",
            Gap { .. } => "gap",
            RdateDateOnly { .. } => "rdate_date_only",
            ExdateDate { .. } => "exdate_date",
            Recurring { .. } => "recurring",
            NoEventMade => "no_event_made",
            NoUid => "no_uid",
            HtmlDescription => "html_description",
            Calendars { .. } => "calendars",
            OutsideComponent { .. } => "outside_component",
            EndWithoutBegin { .. } => "end_without_begin",
            NotClosed { .. } => "not_closed",
            Truncated { .. } => "truncated",
            BlankLine => "blank_line",
            Latin1 => "latin1",
            Text { .. } => "text",
        }
    }

    /// One remark of every code (and every kind of record and link trouble inside them), with
    /// values as an import makes them.
    fn samples() -> Vec<Remark> {
        use Remark::*;
        let s = |t: &str| t.to_string();
        let uuid = Uuid::from_u128(0x6f1c1b7e_6d55_4a8e_9a51_0c5f2b9d1e01);
        let record = |r: Record| Box::new(r);
        let days = Days {
            first: s("2026-08-01"),
            last: s("2026-08-02"),
            day_change: Some(s("06:00")),
            zone: s("Europe/Berlin"),
        };
        let at = |h: u32| DateTime::from_timestamp(1_792_888_200 + i64::from(h) * 3600, 0).unwrap();
        vec![
            NoTitle,
            TitleEmpty,
            NameEmpty,
            NotUuid { value: s("x-1") },
            StartWithoutEnd,
            EndWithoutStart,
            MinutesNotPositive { value: s("-5") },
            NotATime {
                field: s("start"),
                value: s("9h"),
            },
            NotANumber {
                field: s("expected_attendance"),
                value: s("many"),
            },
            NotOneOf {
                field: s("kind"),
                value: s("gala"),
                allowed: vec![s("plenary"), s("panel")],
            },
            MinutesTooLarge {
                value: s("99999999999"),
            },
            TimeWithoutDate {
                field: s("start"),
                value: s("09:00"),
            },
            Invalid {
                entity: s("session"),
                problems: vec![
                    InputProblem::new("end", ProblemCode::BeforeStart),
                    InputProblem::new("join_url", ProblemCode::NotALink).with("value", "zoom"),
                ],
            },
            Refused {
                message: s("the session belongs to another event"),
            },
            UuidOfAnotherEvent,
            AllDay { date: s("2026-08-01") },
            NoStart,
            NoSummary,
            NoEnd,
            EndsBeforeStart {
                start: s("2026-08-01 09:00"),
                end: s("2026-08-01 08:00"),
            },
            EndIsDate { line: 12 },
            OutsideDays {
                start: s("2026-08-03 02:00"),
                days: Box::new(Days {
                    day_change: None,
                    ..days.clone()
                }),
            },
            NoInstanceWithinDays { days: Box::new(days) },
            UidRepeats {
                uid: s("a@b"),
                first_line: 7,
            },
            OutsideCalendar { component: s("VEVENT") },
            NewerCopy {
                uid: s("w@x"),
                recurrence_id: None,
                kept_line: 13,
                why: Box::new(CopyWhy::HigherSequence { kept: 3, other: 1 }),
            },
            UnknownTag { tag: s("sdg:99") },
            UnknownZone {
                tzid: s("Mars/Olympus"),
            },
            LineIgnored {
                problem: LineProblem::NoColon { text: s("garbage") },
            },
            LineIgnored {
                problem: LineProblem::NotAName { text: s("X Y") },
            },
            LineIgnored {
                problem: LineProblem::ParameterNoValue { property: s("DTSTART") },
            },
            LineIgnored {
                problem: LineProblem::UnclosedQuote {
                    parameter: s("CN"),
                    property: s("ATTENDEE"),
                },
            },
            LineIgnored {
                problem: LineProblem::NoValue { property: s("SUMMARY") },
            },
            NotADate {
                property: s("DTSTART"),
                value: s("2026-13-01"),
                line: 8,
                date: false,
            },
            BadDuration {
                property: s("DURATION"),
                value: s("P999999999999999999W"),
                line: 8,
                too_long: true,
            },
            BeyondCalendar {
                property: s("DURATION"),
                line: 9,
            },
            RecurrenceIdDate,
            RruleRefused {
                line: 10,
                why: Box::new(RrulePart { part: s("BYSETPOS") }),
            },
            RrulePart { part: s("BYSETPOS") },
            RruleFreq { freq: s("MONTHLY") },
            RruleNoFreq,
            RruleValue {
                part: s("BYDAY"),
                value: s("1MO"),
                expected: RruleExpected::PlainWeekdays,
            },
            RruleValue {
                part: s("COUNT"),
                value: s("-1"),
                expected: RruleExpected::Positive,
            },
            RruleValue {
                part: s("BYMONTH"),
                value: s("13"),
                expected: RruleExpected::Numbers,
            },
            RruleValue {
                part: s("WKST"),
                value: s("XX"),
                expected: RruleExpected::Weekday,
            },
            RruleValue {
                part: s("UNTIL"),
                value: s("soon"),
                expected: RruleExpected::Date,
            },
            NoStartTime {
                date: None,
                start: Some(s("soon")),
            },
            StartsOutsideConference {
                start: s("2062-08-01 10:00"),
                first: Some(s("2026-08-01 06:00")),
                last: None,
            },
            EndsAfterConference {
                end: s("2026-08-05 10:00"),
                latest: s("2026-08-04 06:00"),
            },
            DurationNotHhmm { text: s("1h") },
            DurationTooLong {
                text: s("400:00"),
                seconds: 1_440_000,
                latest: Some(s("2026-08-04 06:00")),
            },
            DurationTooLongEitherWay {
                text: s("6944:11:40"),
                dhm: Some(600_000_000),
                hms: None,
                latest: None,
            },
            Copies {
                uid: s("w@x"),
                recurrence_id: Some(s("20260801T100000Z")),
                count: 3,
                kept_line: 13,
                against: vec![
                    Against {
                        line: 4,
                        why: CopyWhy::LaterStamp {
                            sequence: 1,
                            kept: Some(s("20260801T100000Z")),
                            other: None,
                        },
                    },
                    Against {
                        line: 20,
                        why: CopyWhy::LaterInFile { sequence: 1 },
                    },
                ],
            },
            NestedEvent {
                parent: s("VALARM"),
                parent_line: 9,
            },
            EventTruncated,
            ItemOf {
                session: s("s-1@example.org"),
            },
            NotASession { component: s("VTODO") },
            ColumnsNotImported {
                columns: vec![s("Shoe size"), s("Notes")],
            },
            LinkLeftOut {
                record: record(Record::Titled { title: s("Opening") }),
                field: None,
                url: s("javascript:alert(1)"),
                trouble: LinkTrouble::Scheme {
                    scheme: s("javascript"),
                },
            },
            LinkLeftOut {
                record: record(Record::Session {
                    code: s("S1"),
                    title: s("Opening"),
                }),
                field: Some(s("join_url")),
                url: s("zoom"),
                trouble: LinkTrouble::NotALink,
            },
            LinkLeftOut {
                record: record(Record::Room { name: s("Room K") }),
                field: Some(s("join_url")),
                url: s("https://a b"),
                trouble: LinkTrouble::Spaces,
            },
            PropertyLinkLeftOut {
                property: s("URL"),
                value: s("https:x"),
                trouble: LinkTrouble::NoHost,
            },
            Differ {
                record: Some(record(Record::Venue { name: s("CICG") })),
                fields: vec![s("address"), s("name")],
                kept: Side::Store,
            },
            Differ {
                record: None,
                fields: vec![s("title")],
                kept: Side::File,
            },
            SlugTaken {
                slug: s("wsis-2026"),
                given: s("wsis-2026-2"),
            },
            PersonNotInFile {
                record: record(Record::Session {
                    code: s("S1"),
                    title: s("Opening"),
                }),
                person: uuid,
            },
            PersonTwice {
                record: record(Record::Session {
                    code: s(""),
                    title: s("Opening"),
                }),
                person: uuid,
                role: s("speaker"),
            },
            NamedTwice {
                record: record(Record::FrabEvent {
                    id: s("11223"),
                    title: s("Keynote"),
                }),
                line: Some(41),
                name: s("Ada"),
                role: s("moderator"),
            },
            NamedTwice {
                record: record(Record::Person { name: s("Ada") }),
                line: None,
                name: s("Ada"),
                role: s("speaker"),
            },
            RoleTwice {
                name: s("Ada"),
                role: s("speaker"),
                in_item: true,
            },
            NoDuration {
                record: record(Record::FrabEvent {
                    id: s("7"),
                    title: s("Lunch"),
                }),
                line: Some(30),
            },
            LastsNoTime {
                record: record(Record::FrabEvent {
                    id: s("8"),
                    title: s("Break"),
                }),
                line: None,
                at: s("2026-08-01 12:00"),
            },
            GuidRepeats {
                record: record(Record::FrabEvent {
                    id: s("9"),
                    title: s("Workshop"),
                }),
                line: Some(50),
                uuid,
            },
            GuidOfAnotherEvent {
                record: record(Record::FrabEvent {
                    id: s("9"),
                    title: s("Workshop"),
                }),
                uuid,
                fresh: Uuid::nil(),
            },
            LinksDropped {
                count: 3,
                examples: vec![s("/slides"), s("file:///c")],
            },
            RoomGuidRepeats {
                room: s("Room K"),
                uuid,
            },
            RoomGuidOfAnotherEvent {
                room: s("Room K"),
                uuid,
            },
            TracksShareCode {
                first: s("Open Data"),
                second: s("Open data"),
                track_code: s("open-data"),
            },
            PersonWithoutName {
                record: record(Record::FrabEvent {
                    id: s("7"),
                    title: s("Lunch"),
                }),
            },
            UnknownRoles {
                roles: vec![s("Host"), s("Juggler")],
            },
            NotIanaZone { zone: s("CEST") },
            ZoneAsAsked {
                file_zone: Some(s("UTC")),
                zone: s("Europe/Brussels"),
            },
            ZoneAsAsked {
                file_zone: None,
                zone: s("Europe/Brussels"),
            },
            DaysOverlap {
                night: s("02:00"),
                day: s("01:00"),
            },
            DayChange {
                change: s("06:00"),
                shown: true,
                night_latest: s("05:00"),
                night_end: Some(s("05:45")),
                day_earliest: s("10:00"),
            },
            OffsetsTrusted {
                count: 4,
                zone: s("Europe/Berlin"),
                zone_known: false,
                text: s("2026-08-01T10:00:00+00:00"),
                offset: s("+00:00"),
                zone_offset: s("+02:00"),
            },
            StartUsed {
                count: 2,
                zone: s("Asia/Taipei"),
                text: s("2026-08-01T10:00:00+00:00"),
                local: s("2026-08-01 10:00 +08:00"),
                utc: s("2026-08-01 10:00Z"),
            },
            DurationsRead {
                count: 3,
                days: true,
                text: s("1:02:30"),
                seconds: 95_400,
                why: DurationWhy::LastFieldNotZero,
                start: s("2026-08-01 10:00"),
                end: s("2026-08-02 12:30"),
            },
            NaiveDates {
                count: 21,
                zone: s("Europe/Brussels"),
            },
            TzidWithoutVtimezone {
                tzid: s("Europe/Berlin"),
            },
            WindowsZone {
                tzid: s("W. Europe Standard Time"),
                iana: s("Europe/Berlin"),
            },
            Fold {
                property: s("DTSTART"),
                local: s("2026-10-25 02:30"),
                zone: s("Europe/Berlin"),
                first: at(0),
                offset_minutes: 120,
                second: at(1),
            },
            Gap {
                property: s("DTSTART"),
                local: s("2026-03-29 02:30"),
                zone: s("Europe/Berlin"),
            },
            RdateDateOnly { value: s("20260801") },
            ExdateDate { date: s("2026-08-02") },
            Recurring {
                uid: s("r@x"),
                count: 2,
            },
            NoEventMade,
            NoUid,
            HtmlDescription,
            Calendars {
                count: 2,
                lines: vec![1, 40],
            },
            OutsideComponent { property: s("SUMMARY") },
            EndWithoutBegin { name: s("VEVENT") },
            NotClosed {
                name: s("VALARM"),
                end: s("VEVENT"),
            },
            Truncated { name: s("VCALENDAR") },
            BlankLine,
            Latin1,
            Text {
                text: s("a remark with no code yet"),
            },
        ]
        .into_iter()
        .chain([
            Remark::NotASession {
                component: s("VJOURNAL"),
            },
            Remark::NoDuration {
                record: record(Record::Component {
                    component: s("VEVENT"),
                    summary: None,
                    uid: Some(s("u@x")),
                }),
                line: None,
            },
            Remark::NoDuration {
                record: record(Record::Component {
                    component: s("VEVENT"),
                    summary: Some(s("Opening")),
                    uid: None,
                }),
                line: None,
            },
            Remark::NoDuration {
                record: record(Record::Component {
                    component: s("VEVENT"),
                    summary: None,
                    uid: None,
                }),
                line: None,
            },
            Remark::NoDuration {
                record: record(Record::Row { row: 7 }),
                line: None,
            },
            Remark::NoDuration {
                record: record(Record::Event),
                line: None,
            },
        ])
        .collect()
    }

    const SAMPLE_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/src/lib/i18n/remarks.sample.json");

    #[test]
    fn every_code_serialises_with_its_code_and_params() {
        let samples = samples();
        let json: Vec<serde_json::Value> = samples.iter().map(|r| serde_json::to_value(r).unwrap()).collect();
        for (r, j) in samples.iter().zip(&json) {
            assert_eq!(j["code"], code_of(r), "{j}");
        }
        // Every code has a sample (the window's test words each of them in six languages).
        let covered: std::collections::BTreeSet<&str> = samples.iter().map(code_of).collect();
        assert_eq!(covered.len(), 94, "a code without a sample: {covered:?}");
        // Params sit beside the code, by name; records and link troubles carry their own tag.
        assert_eq!(json[3], serde_json::json!({"code": "not_uuid", "value": "x-1"}));
        let link = json.iter().find(|j| j["code"] == "link_left_out").unwrap();
        assert_eq!(
            *link,
            serde_json::json!({
                "code": "link_left_out",
                "record": {"kind": "titled", "title": "Opening"},
                "field": null,
                "url": "javascript:alert(1)",
                "trouble": {"problem": "scheme", "scheme": "javascript"},
            })
        );
        let fold = json.iter().find(|j| j["code"] == "fold").unwrap();
        assert_eq!(fold["first"], "2026-10-25T00:30:00Z");
        assert_eq!(fold["offset_minutes"], 120);
        let invalid = json.iter().find(|j| j["code"] == "invalid").unwrap();
        assert_eq!(invalid["problems"][1]["code"], "not_a_link");
        assert_eq!(invalid["problems"][1]["params"]["value"], "zoom");
        // The English words of the CLI, for a few.
        assert_eq!(
            samples.iter().find(|r| matches!(r, Remark::LinkLeftOut { field: Some(_), .. })).unwrap().to_string(),
            "session S1 \"Opening\": join_url \"zoom\" is not a link; write it in full, as in https://example.org/join; left out"
        );
        assert_eq!(
            samples.iter().find(|r| code_of(r) == "fold").unwrap().to_string(),
            "DTSTART 2026-10-25 02:30 happens twice in Europe/Berlin (clocks go back); the first is taken (RFC 5545 \
             §3.3.5): 2026-10-25 00:30 UTC, at UTC+02:00, not the second at 2026-10-25 01:30 UTC"
        );
        // The window's vitest reads the same samples (UPDATE_BINDINGS=1 rewrites the file).
        let text = serde_json::to_string_pretty(&json).unwrap() + "\n";
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(SAMPLE_FILE, &text).unwrap();
        }
        let committed = std::fs::read_to_string(SAMPLE_FILE).unwrap_or_default();
        assert!(
            committed == text,
            "{SAMPLE_FILE} is stale: run UPDATE_BINDINGS=1 cargo test -p plenary-core remark"
        );
    }
}
