//! frab schedule XML and schedule JSON: the format conference apps (Giggity, EventFahrplan,
//! ConfClerk) read. Export is strict (it validates against the c3voc schemas); import is lenient,
//! because real files break the schema in many ways: times without offsets, dates in UTC beside
//! local start times, duplicate ids and guids, nulls, relative links.
//!
//! Identity on import: a session's UUID is its frab `guid`; without one, a UUID derived (v5)
//! from the file's event id, so importing the same file again updates the same sessions instead
//! of duplicating them. People and rooms work the same way. Fields the file does not carry
//! (private notes, passcodes, e-mail addresses, tags of other vocabularies) are kept.

pub mod export;
mod json_in;
mod xml_in;

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use plenary_core::time::{self, Fold};
use plenary_core::{
    slugify, EventData, Link, PersonData, Role, RoleAssignment, RoomData, RoomId, SessionData, SessionKind,
    SessionStatus, Store, TermId, Tx,
};
use uuid::Uuid;

use crate::{derived_uuid, in_transaction, is_absolute_uri, EventRef, ImportError, ImportReport, IMPORT_NAMESPACE};

pub use export::{to_json, to_xml, Exported};

/// The vocabulary imported tracks become terms of (and exported tracks come from).
pub const TRACKS_VOCABULARY: &str = "tracks";

#[derive(Debug, Clone, Default)]
pub struct FrabOptions {
    /// IANA zone to use when the file names none, or to use instead of the one it names.
    pub timezone: Option<String>,
    /// Do everything, then roll back.
    pub dry_run: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Xml,
    Json,
}

/// XML or JSON, by the first character that is not white space (a UTF-8 byte-order mark is
/// skipped).
pub fn detect(bytes: &[u8]) -> Option<Format> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match bytes.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'<') => Some(Format::Xml),
        Some(b'{') => Some(Format::Json),
        _ => None,
    }
}

// ---- the parsed file, before any decision about time zones or identities

#[derive(Debug, Default)]
pub(crate) struct Doc {
    pub format: &'static str,
    pub title: String,
    pub acronym: String,
    pub time_zone: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub url: Option<String>,
    pub base_url: Option<String>,
    pub day_change: Option<String>,
    /// The program that wrote the file, lower case ("pretalx", "frab"), when it says.
    pub generator: Option<String>,
    /// What the parser noticed about the file as a whole (report notes).
    pub notes: Vec<String>,
    pub tracks: Vec<DocTrack>,
    pub rooms: Vec<DocRoom>,
    /// schedule2's top-level list of people (with biographies).
    pub people: Vec<DocPerson>,
    pub days: Vec<DocDay>,
    pub events: Vec<DocEvent>,
    /// Index into `rooms` by name, so that every mention of a room costs the same.
    pub room_index: HashMap<String, usize>,
}

impl Doc {
    /// Adds a room by name, or fills in what an earlier mention of it lacked.
    pub(crate) fn add_room(&mut self, room: DocRoom) {
        if room.name.is_empty() {
            return;
        }
        if let Some(known) = self.room_index.get(&room.name).and_then(|i| self.rooms.get_mut(*i)) {
            if known.guid.is_none() {
                known.guid = room.guid;
            }
            if known.capacity.is_none() {
                known.capacity = room.capacity;
            }
            if known.description.is_empty() {
                known.description = room.description;
            }
        } else {
            self.room_index.insert(room.name.clone(), self.rooms.len());
            self.rooms.push(room);
        }
    }
}

#[derive(Debug, Default, Clone)]
pub(crate) struct DocTrack {
    pub name: String,
    pub slug: Option<String>,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct DocRoom {
    pub name: String,
    pub guid: Option<String>,
    pub capacity: Option<u32>,
    pub description: String,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct DocDay {
    pub date: Option<String>,
    pub start: Option<String>,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct DocPerson {
    pub id: Option<String>,
    pub guid: Option<String>,
    pub name: String,
    pub role: Option<String>,
    pub bio: String,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct DocEvent {
    pub line: Option<usize>,
    /// Why the parser could not read this event as a whole (it is skipped with this reason).
    pub problem: Option<String>,
    /// Index into `Doc::days`.
    pub day: Option<usize>,
    pub id: Option<String>,
    pub guid: Option<String>,
    pub code: Option<String>,
    pub date: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub duration: Option<String>,
    pub room: String,
    pub room_guid: Option<String>,
    pub title: String,
    pub subtitle: String,
    pub track: String,
    pub kind: String,
    pub language: String,
    pub abstract_: String,
    pub description: String,
    pub url: Option<String>,
    pub persons: Vec<DocPerson>,
    pub links: Vec<Link>,
}

impl DocEvent {
    fn label(&self) -> String {
        let id = self
            .id
            .as_deref()
            .or(self.code.as_deref())
            .or(self.guid.as_deref())
            .unwrap_or("?");
        format!("event {id} {:?}", self.title)
    }
}

/// Parses a file without touching any store (for previews and tests): the number of sessions,
/// rooms, people and tracks it holds.
pub fn parse_counts(source: &str, bytes: &[u8]) -> Result<(usize, usize, usize, usize), ImportError> {
    let doc = parse(source, bytes)?;
    let mut people = HashSet::new();
    for e in &doc.events {
        for p in &e.persons {
            people.insert((p.guid.clone(), p.id.clone(), p.name.clone()));
        }
    }
    let tracks: HashSet<&str> = doc
        .tracks
        .iter()
        .map(|t| t.name.as_str())
        .chain(doc.events.iter().map(|e| e.track.as_str()))
        .filter(|t| !t.is_empty())
        .collect();
    Ok((doc.events.len(), doc.rooms.len(), people.len(), tracks.len()))
}

fn parse(source: &str, bytes: &[u8]) -> Result<Doc, ImportError> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match detect(body) {
        Some(Format::Xml) => xml_in::parse(source, body),
        Some(Format::Json) => json_in::parse(source, body),
        None => Err(ImportError::format(
            source,
            Some(1),
            "neither frab schedule XML (starting with <) nor schedule JSON (starting with {)",
        )),
    }
}

// ---- reading times

fn parse_offset_datetime(text: &str) -> Option<DateTime<FixedOffset>> {
    let text = text.trim();
    DateTime::parse_from_rfc3339(text).ok().or_else(|| {
        [
            "%Y-%m-%dT%H:%M:%S%z",
            "%Y-%m-%dT%H:%M%:z",
            "%Y-%m-%d %H:%M:%S%:z",
            "%Y-%m-%dT%H:%M:%S%.f%:z",
        ]
        .iter()
        .find_map(|f| DateTime::parse_from_str(text, f).ok())
    })
}

fn parse_naive_datetime(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text.get(..10).unwrap_or(text), "%Y-%m-%d").ok()
}

fn parse_clock(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    NaiveTime::parse_from_str(text, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(text, "%H:%M:%S"))
        .ok()
}

/// A frab `<duration>` as read from the text, before its context decides between readings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DurationText {
    /// "HH:MM" or a bare number of minutes: one reading.
    One(Duration),
    /// "a:b:c": `H:MM:SS` in the XSD, but `D:HH:MM` in pretalx once a talk lasts a day or
    /// more. Either reading may be impossible (`None`: a field out of range or too large).
    Three {
        hms: Option<Duration>,
        dhm: Option<Duration>,
        /// Whether the last field is not zero: seconds are rare in a timetable, minutes are not.
        last_nonzero: bool,
    },
}

/// `Σ value × unit seconds` with checked arithmetic: `None` when a number from the file is
/// too large for a duration (instead of a panic).
fn checked_duration(parts: &[(i64, i64)]) -> Option<Duration> {
    let mut total: i64 = 0;
    for (value, unit) in parts {
        total = total.checked_add(value.checked_mul(*unit)?)?;
    }
    Duration::try_seconds(total)
}

/// Reads "HH:MM", "a:b:c" (both readings) or a bare number of minutes; `None` when it is none
/// of these (negative, not numbers, a field out of range in every reading, or too large).
fn parse_duration(text: &str) -> Option<DurationText> {
    let nums: Option<Vec<i64>> = text.trim().split(':').map(|p| p.trim().parse::<i64>().ok()).collect();
    let nums = nums?;
    if nums.iter().any(|n| *n < 0) {
        return None;
    }
    match nums.as_slice() {
        [m] => checked_duration(&[(*m, 60)]).map(DurationText::One),
        [h, m] if *m < 60 => checked_duration(&[(*h, 3600), (*m, 60)]).map(DurationText::One),
        [a, b, c] => {
            let hms = (*b < 60 && *c < 60)
                .then(|| checked_duration(&[(*a, 3600), (*b, 60), (*c, 1)]))
                .flatten();
            // pretalx switches to D:HH:MM only once a talk lasts a day, so "0:05:30" is H:MM:SS.
            let dhm = (*a >= 1 && *b < 24 && *c < 60)
                .then(|| checked_duration(&[(*a, 86_400), (*b, 3600), (*c, 60)]))
                .flatten();
            (hms.is_some() || dhm.is_some()).then_some(DurationText::Three {
                hms,
                dhm,
                last_nonzero: *c != 0,
            })
        }
        _ => None,
    }
}

/// "3 days 2 h 30 min": a duration for a reason in the report.
fn duration_words(d: Duration) -> String {
    let (days, hours, minutes) = (d.num_days(), d.num_hours() % 24, d.num_minutes() % 60);
    let seconds = d.num_seconds() % 60;
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
    if seconds > 0 {
        out.push(format!("{seconds} s"));
    }
    out.join(" ")
}

fn offset_text(offset: FixedOffset) -> String {
    let secs = offset.local_minus_utc();
    let sign = if secs < 0 { '-' } else { '+' };
    let secs = secs.abs();
    format!("{sign}{:02}:{:02}", secs / 3600, secs % 3600 / 60)
}

/// The outcome of reading one event's times.
enum Times {
    Scheduled(DateTime<Utc>, DateTime<Utc>),
    /// A start without a usable length: kept in the tray with the reason as a warning.
    Unscheduled(String),
}

struct TimeReader {
    tz: Tz,
    /// Whether the zone was known apart from the file (the user's `--timezone`, or the zone of
    /// the store's event): then a `<date>` offset that disagrees with it and with `<start>` is
    /// the odd one out.
    zone_known: bool,
    /// Whether pretalx wrote the file (its "a:b:c" durations are D:HH:MM).
    pretalx: bool,
    day_change: Option<NaiveTime>,
    /// No session may end after this (the end of the day after the conference's last day): a
    /// duration that runs past it is a data-entry error, not a talk.
    latest: Option<DateTime<Utc>>,
    /// No session may start before this (the day before the conference's first day).
    earliest: Option<DateTime<Utc>>,
    /// Dates whose offset disagrees with the zone and were trusted: (count, example).
    offset_mismatch: (usize, String),
    /// Dates whose offset disagrees with the zone and with `<start>`, read as `<start>` in the
    /// zone instead: (count, example).
    start_used: (usize, String),
    /// "a:b:c" durations read as D:HH:MM and as H:MM:SS: (count, example) each.
    read_dhm: (usize, String),
    read_hms: (usize, String),
    naive_dates: usize,
}

/// Counts one case of a kind of note and keeps its first example.
fn tally(slot: &mut (usize, String), example: impl FnOnce() -> String) {
    if slot.0 == 0 {
        slot.1 = example();
    }
    slot.0 += 1;
}

impl TimeReader {
    fn local(&self, local: NaiveDateTime, field: &str) -> Result<DateTime<Utc>, String> {
        time::local_to_utc(self.tz, local, Fold::Earlier, "session", field).map_err(|e| e.to_string())
    }

    fn instant(&mut self, text: &str, field: &str) -> Option<Result<DateTime<Utc>, String>> {
        if let Some(t) = parse_offset_datetime(text) {
            return Some(Ok(self.cross_checked(text, t, None)));
        }
        if let Some(local) = parse_naive_datetime(text) {
            self.naive_dates += 1;
            return Some(self.local(local, field));
        }
        None
    }

    /// The instant of a time written with an offset, cross-checked with the zone and with the
    /// event's `<start>` (local clock). When the offset is not the zone's: if `<start>` shows the
    /// same clock as the date and the zone is known apart from the file, the date's offset is
    /// the one source that disagrees, so the date's clock is read in the zone; otherwise the
    /// offset is trusted (the file's own zone name is often a server default). Both are counted
    /// for the report's notes.
    fn cross_checked(&mut self, text: &str, t: DateTime<FixedOffset>, start: Option<&str>) -> DateTime<Utc> {
        let utc = t.with_timezone(&Utc);
        let zone_offset = self.tz.offset_from_utc_datetime(&utc.naive_utc()).fix();
        if zone_offset == *t.offset() {
            return utc;
        }
        let wall = t.naive_local();
        let same_clock = start
            .and_then(parse_clock)
            .is_some_and(|c| c.hour() == wall.hour() && c.minute() == wall.minute());
        if self.zone_known && same_clock {
            if let Ok(local) = self.local(wall, "start") {
                let tz = self.tz;
                tally(&mut self.start_used, || {
                    format!(
                        "{text} with <start> {} is {} in {}, not {}",
                        wall.format("%H:%M"),
                        local.with_timezone(&tz).format("%Y-%m-%d %H:%M %:z"),
                        tz.name(),
                        utc.format("%Y-%m-%d %H:%MZ")
                    )
                });
                return local;
            }
        }
        let tz = self.tz;
        tally(&mut self.offset_mismatch, || {
            format!(
                "{text} is at {} but {} is at {} then",
                offset_text(*t.offset()),
                tz.name(),
                offset_text(zone_offset)
            )
        });
        utc
    }

    /// The end of a session from its `<duration>`, choosing between the readings of "a:b:c"
    /// with the file's other sources: pretalx writes D:HH:MM; a last field that is not zero is
    /// minutes rather than seconds; and no reading may run past the conference (`latest`).
    fn end_from_duration(&mut self, start: DateTime<Utc>, text: &str) -> Result<DateTime<Utc>, String> {
        let parsed = parse_duration(text).ok_or_else(|| format!("duration {text:?} is not HH:MM"))?;
        let latest = self.latest;
        let local = |t: DateTime<Utc>| time::utc_to_local(self.tz, t).format("%Y-%m-%d %H:%M").to_string();
        // A reading fits when its end exists and is not after the conference's end (or, when the
        // file gives no dates, when the session lasts at most a week).
        let fits = |d: Duration| -> Option<DateTime<Utc>> {
            let end = start.checked_add_signed(d)?;
            match latest {
                Some(latest) => (end <= latest).then_some(end),
                None => (d <= Duration::days(7)).then_some(end),
            }
        };
        let bound = match latest {
            Some(l) => format!("the conference ends by {}", local(l)),
            None => "the file gives no conference dates and a session may last at most a week".to_string(),
        };
        match parsed {
            DurationText::One(d) => fits(d).ok_or_else(|| {
                format!(
                    "duration {text:?} ({}) would run past the conference ({bound}); refused as a data-entry error",
                    duration_words(d)
                )
            }),
            DurationText::Three { hms, dhm, last_nonzero } => {
                let dhm_first = self.pretalx || last_nonzero;
                let order = if dhm_first {
                    [(dhm, true), (hms, false)]
                } else {
                    [(hms, false), (dhm, true)]
                };
                for (reading, is_dhm) in order {
                    let Some(d) = reading else { continue };
                    let Some(end) = fits(d) else { continue };
                    let why = match (is_dhm, dhm_first) {
                        (true, true) if self.pretalx => "pretalx writes D:HH:MM once a talk lasts a day",
                        (true, true) => "its last field is not zero, and timetables count minutes, not seconds",
                        (true, false) => "as H:MM:SS it would run past the conference",
                        (false, false) => "H:MM:SS is the frab schema's form",
                        (false, true) => "as D:HH:MM it would run past the conference",
                    };
                    let example = || {
                        format!(
                            "{text:?} = {} ({why}), {} → {}",
                            duration_words(d),
                            local(start),
                            local(end)
                        )
                    };
                    tally(if is_dhm { &mut self.read_dhm } else { &mut self.read_hms }, example);
                    return Ok(end);
                }
                let words = |d: Option<Duration>| d.map(duration_words).unwrap_or_else(|| "impossible".into());
                Err(format!(
                    "duration {text:?} would run past the conference read either way (as D:HH:MM {}, as H:MM:SS {}; {bound}); refused as a data-entry error",
                    words(dhm),
                    words(hms)
                ))
            }
        }
    }

    fn read(&mut self, doc: &Doc, e: &DocEvent) -> Result<Times, String> {
        if let Some(problem) = &e.problem {
            return Err(problem.clone());
        }
        let dated = e.date.as_deref().and_then(|d| parse_offset_datetime(d).map(|t| (d, t)));
        let start = if let Some((text, t)) = dated {
            self.cross_checked(text, t, e.start.as_deref())
        } else if let Some(r) = e.date.as_deref().and_then(|d| self.instant(d, "date")) {
            r?
        } else if let Some(r) = e.start.as_deref().and_then(|s| self.instant(s, "start")) {
            r?
        } else {
            let clock = e
                .start
                .as_deref()
                .and_then(parse_clock)
                .ok_or_else(|| format!("no usable start time (date {:?}, start {:?})", e.date, e.start))?;
            let day = e.day.and_then(|d| doc.days.get(d));
            let date = day
                .and_then(|d| d.date.as_deref())
                .and_then(parse_date)
                .ok_or_else(|| "the start time has no date (its <day> has no date attribute)".to_string())?;
            // Times before the day changes belong to the night after the day's date.
            let change = self.day_change.or_else(|| {
                day.and_then(|d| d.start.as_deref()).and_then(|s| {
                    parse_offset_datetime(s)
                        .map(|t| time::utc_to_local(self.tz, t.with_timezone(&Utc)).time())
                        .or_else(|| parse_naive_datetime(s).map(|t| t.time()))
                })
            });
            let date = match change {
                Some(change) if clock < change => date
                    .succ_opt()
                    .ok_or_else(|| format!("the day {date} has no day after it"))?,
                _ => date,
            };
            self.local(date.and_time(clock), "start")?
        };
        // A start far from the conference (a mistyped year) costs its session, not the file.
        let outside = |t: &DateTime<Utc>| self.earliest.is_some_and(|e| *t < e) || self.latest.is_some_and(|l| *t >= l);
        if outside(&start) {
            let local = |t: DateTime<Utc>| time::utc_to_local(self.tz, t).format("%Y-%m-%d %H:%M").to_string();
            let (from, to) = (self.earliest.map(local), self.latest.map(local));
            return Err(format!(
                "it starts {}, outside the conference's days ({} to {}); refused as a data-entry error",
                local(start),
                from.as_deref().unwrap_or("?"),
                to.as_deref().unwrap_or("?")
            ));
        }
        let end = if let Some(r) = e.end.as_deref().and_then(|t| self.instant(t, "end")) {
            r?
        } else {
            match e.duration.as_deref() {
                Some(text) => self.end_from_duration(start, text)?,
                None => return Ok(Times::Unscheduled("it has no duration or end".into())),
            }
        };
        if let Some(latest) = self.latest.filter(|l| end > *l) {
            let local = |t: DateTime<Utc>| time::utc_to_local(self.tz, t).format("%Y-%m-%d %H:%M");
            return Err(format!(
                "it ends {}, after the conference (which ends by {}); refused as a data-entry error",
                local(end),
                local(latest)
            ));
        }
        if end <= start {
            let local = time::utc_to_local(self.tz, start).format("%Y-%m-%d %H:%M");
            return Ok(Times::Unscheduled(format!(
                "it lasts no time (starts and ends at {local}); put in the tray, unscheduled"
            )));
        }
        Ok(Times::Scheduled(start, end))
    }
}

/// The local time at which the file's conference days begin, read from its `<day>`s when it
/// names none. Every session a `<day>` holds starts on that day's date or in the night after it,
/// so the day change lies after the latest start in such a night and no later than the earliest
/// start on a day's own date. Of the times that fit, the one most `<day start>`s show is taken
/// (a Plenary export writes every day's start at the day change), else the first whole hour.
/// Midnight when no session runs past midnight or the days say nothing consistent. The note
/// says which was taken and why.
fn derive_day_change(doc: &Doc, resolved: &[Option<Times>], tz: Tz) -> (NaiveTime, Option<String>) {
    let mut night_latest: Option<NaiveTime> = None;
    // When the night's sessions end (the same morning): a day change no earlier keeps them
    // inside the event's last night.
    let mut night_end: Option<NaiveTime> = None;
    let mut day_earliest: Option<NaiveTime> = None;
    for (e, t) in doc.events.iter().zip(resolved) {
        let Some(Times::Scheduled(start, end)) = t else {
            continue;
        };
        let Some(date) = e
            .day
            .and_then(|d| doc.days.get(d))
            .and_then(|d| d.date.as_deref())
            .and_then(parse_date)
        else {
            continue;
        };
        let local = time::utc_to_local(tz, *start);
        if local.date() == date {
            day_earliest = Some(day_earliest.map_or(local.time(), |t| t.min(local.time())));
        } else if Some(local.date()) == date.succ_opt() {
            night_latest = Some(night_latest.map_or(local.time(), |t| t.max(local.time())));
            let end = time::utc_to_local(tz, *end);
            if end.date() == local.date() {
                night_end = Some(night_end.map_or(end.time(), |t| t.max(end.time())));
            }
        } else {
            // A session outside its day: the days do not describe conference days.
            return (NaiveTime::MIN, None);
        }
    }
    let Some(after) = night_latest else {
        return (NaiveTime::MIN, None);
    };
    let by = day_earliest.unwrap_or(NaiveTime::from_hms_opt(23, 59, 0).unwrap_or(NaiveTime::MIN));
    let clock = |t: NaiveTime| t.format("%H:%M").to_string();
    if by <= after {
        return (
            NaiveTime::MIN,
            Some(format!(
                "the file's <day>s overlap (a night session at {} but a day beginning with one at {}); calendar days are kept",
                clock(after),
                clock(by)
            )),
        );
    }
    let ends_by = night_end.filter(|e| *e <= by);
    let fits = |t: &NaiveTime| after < *t && ends_by.is_none_or(|e| e <= *t) && *t <= by;
    let mut starts: HashMap<NaiveTime, usize> = HashMap::new();
    for day in &doc.days {
        let start = day.start.as_deref().and_then(|s| {
            parse_offset_datetime(s)
                .map(|t| time::utc_to_local(tz, t.with_timezone(&Utc)).time())
                .or_else(|| parse_naive_datetime(s).map(|t| t.time()))
        });
        if let Some(start) = start.filter(fits) {
            *starts.entry(start).or_default() += 1;
        }
    }
    let from_days = starts
        .into_iter()
        .max_by_key(|(t, n)| (*n, std::cmp::Reverse(*t)))
        .map(|(t, _)| t);
    let (change, how) = match from_days {
        Some(t) => (t, "as the <day>s' start times show"),
        None => {
            let hour = (after.hour() + 1..24)
                .filter_map(|h| NaiveTime::from_hms_opt(h, 0, 0))
                .find(fits);
            (hour.unwrap_or(by), "the first whole hour after the night's sessions")
        }
    };
    (
        change,
        Some(format!(
            "conference days begin at {} ({how}): the file names no day_change, and its <day>s hold sessions starting \
             until {} (ending by {}) in the night after their date and from {} on it; sessions after midnight stay on the \
             day before",
            clock(change),
            clock(after),
            night_end.map_or_else(|| "-".to_string(), clock),
            clock(by)
        )),
    )
}

// ---- mapping values

/// frab's free-text `<type>` to a session kind. Plenary's own exports write the kind names
/// (with "lecture" and "meeting" for the two frab conventions), so they map back exactly.
pub(crate) fn kind_from_type(kind: &str) -> SessionKind {
    let k = kind.to_lowercase();
    if let Ok(exact) = k.parse::<SessionKind>() {
        return exact;
    }
    let has = |words: &[&str]| words.iter().any(|w| k.contains(w));
    if has(&["keynote"]) {
        SessionKind::Keynote
    } else if has(&["workshop", "hands-on", "hands_on", "handson", "solder", "löten"]) {
        SessionKind::Workshop
    } else if has(&["panel", "podium", "discussion", "debate"]) {
        SessionKind::Panel
    } else if has(&["ceremony", "opening", "closing"]) {
        SessionKind::Ceremony
    } else if has(&["plenum", "plenary"]) {
        SessionKind::Plenary
    } else if has(&["meeting", "meetup", "bof", "session", "interactive"]) {
        SessionKind::InteractiveSession
    } else if has(&["networking"]) {
        SessionKind::Networking
    } else if has(&["break", "pause"]) {
        SessionKind::Break
    } else if has(&["lunch", "dinner", "breakfast", "meal"]) {
        SessionKind::Meal
    } else if has(&[
        "dj",
        "concert",
        "party",
        "performance",
        "game",
        "movie",
        "screening",
        "film",
        "theatre",
        "show",
        "music",
        "kunst",
        "art",
        "klang",
    ]) {
        SessionKind::Social
    } else if k.is_empty()
        || has(&[
            "lecture",
            "talk",
            "lightning",
            "vortrag",
            "maintrack",
            "devroom",
            "presentation",
            "slot",
            "länge",
            "educational",
            "podcast",
        ])
    {
        SessionKind::Presentation
    } else {
        SessionKind::Other
    }
}

fn role_from(text: Option<&str>) -> Option<Role> {
    let Some(text) = text else { return Some(Role::Speaker) };
    let t = text.trim().to_lowercase().replace([' ', '-'], "_");
    if let Ok(role) = t.parse::<Role>() {
        return Some(role);
    }
    Some(match t.as_str() {
        "" | "speaker" | "submitter" | "presenter_speaker" => Role::Speaker,
        "moderator" | "moderation" => Role::Moderator,
        "host" | "mc" => Role::MasterOfCeremonies,
        "contributor" | "participant" => Role::Presenter,
        "panelist" => Role::Panellist,
        "keynote" => Role::KeynoteSpeaker,
        _ => return None,
    })
}

fn valid_uuid(text: Option<&str>) -> Option<Uuid> {
    text.and_then(|t| Uuid::parse_str(t.trim()).ok())
        .filter(|u| !u.is_nil())
}

/// A term code from a track's slug or name: no spaces or colons (the store's rule).
fn track_code(track: &DocTrack) -> String {
    track
        .slug
        .as_deref()
        .filter(|s| !s.is_empty() && !s.contains(':') && !s.chars().any(char::is_whitespace))
        .map(str::to_string)
        .unwrap_or_else(|| slugify(&track.name))
}

/// Resolves a link against the file's base URL when it is relative ("/system/logo.png").
fn absolute_link(url: &str, base: Option<&str>) -> Option<String> {
    let url = url.trim();
    if is_absolute_uri(url) {
        return Some(url.to_string());
    }
    let base = base.filter(|b| is_absolute_uri(b))?;
    let joined = format!("{}/{}", base.trim_end_matches('/'), url.trim_start_matches('/'));
    is_absolute_uri(&joined).then_some(joined)
}

// ---- import

/// Imports a frab schedule (XML or JSON, detected) into `store`, creating an event or updating
/// the one an earlier import of the same programme created. `progress(done, total)` is called
/// as sessions are written.
pub fn import(
    store: &mut Store,
    source: &str,
    bytes: &[u8],
    options: &FrabOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<ImportReport, ImportError> {
    let doc = parse(source, bytes)?;
    let user_zone = options
        .timezone
        .as_deref()
        .map(|z| {
            time::parse_zone(z, "import", "--timezone").map_err(|_| {
                ImportError::Usage(format!(
                    "--timezone {z:?} is not a time zone; use an IANA name such as Europe/Berlin"
                ))
            })
        })
        .transpose()?;
    in_transaction(store, options.dry_run, |tx| {
        write_doc(tx, source, &doc, user_zone, progress)
    })
}

fn write_doc(
    tx: &Tx<'_>,
    source: &str,
    doc: &Doc,
    user_zone: Option<Tz>,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<ImportReport, ImportError> {
    let mut report = ImportReport::new(source, doc.format, "events");
    report.records = doc.events.len();
    for note in &doc.notes {
        report.warn(note.clone());
    }
    let read = tx.read();

    // Which event: the one an earlier import of this programme made (same derived UUID), or
    // the one that already holds these sessions (a Plenary export coming back).
    let key = [&doc.acronym, &doc.title]
        .into_iter()
        .find(|k| !k.is_empty())
        .map(|k| k.to_lowercase())
        .unwrap_or_else(|| source.to_string());
    let mut event_uuid = derived_uuid(&IMPORT_NAMESPACE, &format!("frab-event:{key}"));
    let mut existing = read.event_by_uuid(event_uuid)?;
    if existing.is_none() {
        for guid in doc.events.iter().filter_map(|e| valid_uuid(e.guid.as_deref())) {
            if let Some(session) = read.session_by_uuid(guid)? {
                let event = read.event(session.event_id)?;
                event_uuid = event.uuid;
                existing = Some(event);
                break;
            }
        }
    }

    // The zone: the user's, else the existing event's, else the file's.
    let file_zone = match doc.time_zone.as_deref() {
        Some(name) => match name.parse::<Tz>() {
            Ok(tz) => Some(tz),
            Err(_) => {
                report.warn(format!(
                    "the file's time zone {name:?} is not an IANA zone name; ignored"
                ));
                None
            }
        },
        None => None,
    };
    let store_zone = existing.as_ref().and_then(|e| e.data.timezone.parse::<Tz>().ok());
    // The store's zone is independent of the file only when it differs from the file's own
    // name: an event made by importing this file took its zone from it, and a re-import must
    // read the times exactly as the first import did (else every session would "move").
    let zone_known = user_zone.is_some() || (store_zone.is_some() && store_zone != file_zone);
    let tz = match (user_zone, store_zone, file_zone) {
        (Some(user), _, file) => {
            match file {
                Some(file) if file != user => report.warn(format!(
                    "the file names the time zone {}; using {} as asked",
                    file.name(),
                    user.name()
                )),
                None => report.warn(format!("the file names no time zone; using {} as asked", user.name())),
                _ => {}
            }
            user
        }
        (None, Some(store), _) => store,
        (None, None, Some(file)) => file,
        (None, None, None) => {
            let offsets: HashSet<String> = doc
                .events
                .iter()
                .filter_map(|e| e.date.as_deref().or(e.start.as_deref()).and_then(parse_offset_datetime))
                .map(|t| offset_text(*t.offset()))
                .collect();
            let mut offsets: Vec<String> = offsets.into_iter().collect();
            offsets.sort();
            let seen = if offsets.is_empty() {
                "its times are plain local times without an offset".to_string()
            } else {
                format!("its times carry the offset {}", offsets.join(" and "))
            };
            return Err(ImportError::NeedsTimezone {
                source_name: source.to_string(),
                message: format!(
                    "the file names no time zone (no time_zone_name) and {seen}; \
                     give the programme's zone with --timezone, as in --timezone Europe/Brussels"
                ),
            });
        }
    };
    let conference_date = |text: &Option<String>| {
        text.as_deref().and_then(|t| {
            parse_offset_datetime(t)
                .map(|d| time::utc_to_local(tz, d.with_timezone(&Utc)).date())
                .or_else(|| parse_date(t))
        })
    };
    let (conf_start, conf_end) = (conference_date(&doc.start), conference_date(&doc.end));
    // The last day the file names (the conference's end, else its last <day>): sessions may run
    // into the night and the day after it, not beyond.
    let last_named = conf_end
        .into_iter()
        .chain(doc.days.iter().filter_map(|d| d.date.as_deref().and_then(parse_date)))
        .max();
    let first_named = conf_start
        .into_iter()
        .chain(doc.days.iter().filter_map(|d| d.date.as_deref().and_then(parse_date)))
        .min();
    let file_day_change = doc.day_change.as_deref().and_then(parse_clock);
    let mut times = TimeReader {
        tz,
        zone_known,
        pretalx: doc.generator.as_deref().is_some_and(|g| g.contains("pretalx")),
        day_change: file_day_change.filter(|t| *t != NaiveTime::MIN),
        latest: last_named
            .and_then(|d| d.checked_add_days(chrono::Days::new(2)))
            .map(|d| time::start_of_day(tz, d)),
        earliest: first_named
            .and_then(|d| d.pred_opt())
            .map(|d| time::start_of_day(tz, d)),
        offset_mismatch: (0, String::new()),
        start_used: (0, String::new()),
        read_dhm: (0, String::new()),
        read_hms: (0, String::new()),
        naive_dates: 0,
    };

    // Times of every event first: they decide the event's days.
    let mut resolved: Vec<Option<Times>> = Vec::with_capacity(doc.events.len());
    for e in &doc.events {
        match times.read(doc, e) {
            Ok(t) => resolved.push(Some(t)),
            Err(reason) => {
                report.skip(e.line, e.label(), reason);
                resolved.push(None);
            }
        }
    }
    if times.offset_mismatch.0 > 0 {
        let why = if zone_known {
            "and <start> does not show the same clock, so the offsets were trusted"
        } else {
            "the zone is the file's own name and every such time carries its offset, so the offsets were trusted (if the \
             zone is right and the offsets wrong, import again with --timezone)"
        };
        report.warn(format!(
            "{} times carry an offset that differs from {} ({}); {why}, so the instants are as the file says",
            times.offset_mismatch.0,
            tz.name(),
            times.offset_mismatch.1
        ));
    }
    if times.start_used.0 > 0 {
        report.warn(format!(
            "{} sessions: <date> carries an offset that is not {}'s, while <start> shows the same clock as <date>; read as \
             <start> in {}, the zone known apart from the file, because <start> and the zone agree and only the offset \
             disagrees (e.g. {})",
            times.start_used.0,
            tz.name(),
            tz.name(),
            times.start_used.1
        ));
    }
    for (slot, reading) in [
        (&times.read_dhm, "D:HH:MM (days, hours, minutes)"),
        (&times.read_hms, "H:MM:SS"),
    ] {
        if slot.0 > 0 {
            report.warn(format!(
                "{} durations of the form a:b:c were read as {reading}, e.g. {}",
                slot.0, slot.1
            ));
        }
    }
    if times.naive_dates > 0 {
        report.warn(format!(
            "{} dates carry no offset; read as local times in {}",
            times.naive_dates,
            tz.name()
        ));
    }

    // The local time at which conference days begin: the file's <day_change>, else what its
    // <day>s and the sessions in them show.
    let day_change = match file_day_change {
        Some(change) => change,
        None => {
            let (change, why) = derive_day_change(doc, &resolved, tz);
            if let Some(why) = why {
                report.warn(why);
            }
            change
        }
    };
    let probe = EventData {
        day_change,
        ..Default::default()
    };

    // The event's days: the conference days of the sessions, widened to the conference's own
    // dates when they are plausible.
    let mut first: Option<NaiveDate> = None;
    let mut last: Option<NaiveDate> = None;
    let mut widen = |d: NaiveDate| {
        first = Some(first.map_or(d, |f| f.min(d)));
        last = Some(last.map_or(d, |l| l.max(d)));
    };
    for t in resolved.iter().flatten() {
        if let Times::Scheduled(s, e) = t {
            widen(probe.conference_day(tz, *s));
            widen(probe.conference_day(tz, e.checked_sub_signed(Duration::seconds(1)).unwrap_or(*s)));
        }
    }
    let span_ok = |a: NaiveDate, b: NaiveDate| b >= a && (b - a).num_days() <= 366;
    match (first, last, conf_start, conf_end) {
        (Some(f), Some(l), Some(cs), Some(ce)) if span_ok(f.min(cs), l.max(ce)) => {
            first = Some(f.min(cs));
            last = Some(l.max(ce));
        }
        (None, None, Some(cs), Some(ce)) if span_ok(cs, ce) => {
            first = Some(cs);
            last = Some(ce);
        }
        (Some(_), Some(_), _, _) => {}
        _ => {
            return Err(ImportError::format(
                source,
                None,
                "the file gives no dates: no session has a time and the conference has no start and end",
            ))
        }
    }
    let (first, last) = (first.expect("set above"), last.expect("set above"));
    if !span_ok(first, last) {
        return Err(ImportError::format(
            source,
            None,
            format!("the sessions span {first} to {last}, more than a year; an event may last at most a year"),
        ));
    }

    let links: Vec<Link> = doc
        .url
        .iter()
        .filter(|u| is_absolute_uri(u))
        .map(|u| Link {
            label: "Website".into(),
            url: u.clone(),
        })
        .collect();
    let event = match existing {
        Some(event) => {
            let mut data = event.data.clone();
            data.start_date = data.start_date.min(first);
            data.end_date = data.end_date.max(last);
            if data.day_change == NaiveTime::MIN && day_change != NaiveTime::MIN {
                data.day_change = day_change;
            }
            if data != event.data {
                report.updated.events += 1;
                tx.update_event(event.id, &data)?
            } else {
                report.unchanged.events += 1;
                event
            }
        }
        None => {
            let title = [&doc.title, &doc.acronym]
                .into_iter()
                .find(|t| !t.is_empty())
                .cloned()
                .unwrap_or_else(|| source.to_string());
            let slug = tx.unique_slug(if doc.acronym.is_empty() { &title } else { &doc.acronym })?;
            let data = EventData {
                slug,
                title,
                timezone: tz.name().to_string(),
                start_date: first,
                end_date: last,
                day_change,
                links,
                ..Default::default()
            };
            report.created.events += 1;
            tx.insert_event(event_uuid, &data)?
        }
    };
    report.event = Some(EventRef::of(&event));

    // Rooms: by name within the event; a file's room guid becomes the room's UUID unless
    // another event in this store already uses it.
    let mut other_room_uuids = HashSet::new();
    for summary in read.events()? {
        if summary.id != event.id {
            other_room_uuids.extend(read.rooms(summary.id)?.into_iter().map(|r| r.uuid));
        }
    }
    let existing_rooms = read.rooms(event.id)?;
    let mut room_ids: HashMap<String, RoomId> = HashMap::new();
    let mut next_position = existing_rooms.iter().map(|r| r.data.position + 1).max().unwrap_or(0);
    let mut rooms = doc.rooms.clone();
    let mut room_names: HashSet<String> = rooms.iter().map(|r| r.name.clone()).collect();
    for e in &doc.events {
        if !e.room.is_empty() && room_names.insert(e.room.clone()) {
            rooms.push(DocRoom {
                name: e.room.clone(),
                guid: e.room_guid.clone(),
                ..Default::default()
            });
        }
    }
    let existing_by_uuid: HashMap<Uuid, RoomId> = existing_rooms.iter().map(|r| (r.uuid, r.id)).collect();
    let mut existing_by_name: HashMap<&str, RoomId> = HashMap::new();
    for r in &existing_rooms {
        existing_by_name.entry(r.data.name.as_str()).or_insert(r.id);
    }
    let mut room_uuids_here = HashSet::new();
    for room in &rooms {
        let mut uuid = valid_uuid(room.guid.as_deref())
            .unwrap_or_else(|| derived_uuid(&event_uuid, &format!("room:{}", room.name)));
        if !room_uuids_here.insert(uuid) {
            report.warn(format!(
                "room {:?}: its guid {uuid} is also another room's in this file; given a new UUID",
                room.name
            ));
            uuid = derived_uuid(&event_uuid, &format!("room:{}", room.name));
            room_uuids_here.insert(uuid);
        }
        if other_room_uuids.contains(&uuid) {
            report.warn(format!(
                "room {:?}: its guid {uuid} belongs to a room of another event in this store; given a new UUID",
                room.name
            ));
            uuid = derived_uuid(&event_uuid, &format!("room-guid:{uuid}"));
        }
        if let Some(known) = existing_by_uuid
            .get(&uuid)
            .or_else(|| existing_by_name.get(room.name.as_str()))
        {
            report.unchanged.rooms += 1;
            room_ids.insert(room.name.clone(), *known);
            continue;
        }
        let data = RoomData {
            name: room.name.clone(),
            capacity: room.capacity,
            location: room.description.clone(),
            position: next_position,
            ..Default::default()
        };
        next_position += 1;
        let created = tx.insert_room(event.id, uuid, &data)?;
        report.created.rooms += 1;
        room_ids.insert(room.name.clone(), created.id);
    }

    // Tracks: terms of the "tracks" vocabulary, found by name or slug.
    let mut track_terms: HashMap<String, TermId> = HashMap::new();
    let mut tracks = doc.tracks.clone();
    let mut track_keys: HashSet<String> = tracks
        .iter()
        .flat_map(|t| std::iter::once(t.name.clone()).chain(t.slug.clone()))
        .collect();
    for e in &doc.events {
        if !e.track.is_empty() && track_keys.insert(e.track.clone()) {
            tracks.push(DocTrack {
                name: e.track.clone(),
                slug: None,
            });
        }
    }
    let mut codes_seen: HashMap<String, String> = HashMap::new();
    for track in &tracks {
        let code = track_code(track);
        if let Some(other) = codes_seen.get(&code) {
            if other != &track.name {
                report.warn(format!(
                    "tracks {other:?} and {:?} share the code {code:?}; they become one track",
                    track.name
                ));
            }
        } else {
            let known = read.find_term(&format!("{TRACKS_VOCABULARY}:{code}")).is_ok();
            if known {
                report.unchanged.tracks += 1;
            } else {
                report.created.tracks += 1;
            }
            codes_seen.insert(code.clone(), track.name.clone());
        }
        let term = tx.ensure_term(TRACKS_VOCABULARY, "Tracks", &code, &track.name)?;
        track_terms.insert(track.name.clone(), term.id);
        if let Some(slug) = &track.slug {
            track_terms.entry(slug.clone()).or_insert(term.id);
        }
    }
    let track_ids: HashSet<TermId> = track_terms.values().copied().collect();

    // People: by guid, else by the file's id and name (merged files reuse ids for different
    // people), else by name. Fields the file lacks (e-mail, phone, function) are kept.
    let bios: HashMap<&str, &DocPerson> = doc
        .people
        .iter()
        .filter_map(|p| p.guid.as_deref().map(|g| (g, p)))
        .collect();
    let mut person_ids: HashMap<Uuid, i64> = HashMap::new();
    let person_uuid = |p: &DocPerson| -> Uuid {
        valid_uuid(p.guid.as_deref()).unwrap_or_else(|| match &p.id {
            Some(id) => derived_uuid(&event_uuid, &format!("person:{id}:{}", p.name)),
            None => derived_uuid(&event_uuid, &format!("person-name:{}", p.name)),
        })
    };

    // Sessions.
    let existing_sessions: HashMap<Uuid, plenary_core::Session> =
        read.sessions(event.id)?.into_iter().map(|s| (s.uuid, s)).collect();
    let mut used_uuids: HashSet<Uuid> = HashSet::new();
    let mut unknown_roles: HashSet<String> = HashSet::new();
    let mut dropped_links: Vec<String> = Vec::new();
    let total = doc.events.len();
    for (i, (e, t)) in doc.events.iter().zip(&resolved).enumerate() {
        if i % 64 == 0 {
            progress(i, total);
        }
        let Some(t) = t else { continue };
        if e.title.trim().is_empty() {
            report.skip(e.line, e.label(), "it has no title");
            continue;
        }
        let (start, end) = match t {
            Times::Scheduled(s, e) => (Some(*s), Some(*e)),
            Times::Unscheduled(why) => {
                let at = e.line.map(|l| format!(" (line {l})")).unwrap_or_default();
                report.warn(format!("{}{at}: {why}", e.label()));
                (None, None)
            }
        };
        // Identity.
        let base = valid_uuid(e.guid.as_deref()).unwrap_or_else(|| {
            let id = e.id.as_deref().or(e.code.as_deref()).unwrap_or(&e.title);
            derived_uuid(&event_uuid, &format!("event:{id}"))
        });
        let mut uuid = base;
        if used_uuids.contains(&uuid) {
            // The same guid (or id) again: in merged files, another time slot of the same
            // workshop. Kept as its own session with a UUID derived from the slot.
            let slot = start.map(|s| s.to_rfc3339()).unwrap_or_else(|| i.to_string());
            uuid = derived_uuid(&base, &format!("slot:{slot}"));
            report.warn(format!(
                "{}{}: its guid/id appears again; imported as another session (UUID {uuid})",
                e.label(),
                e.line.map(|l| format!(" (line {l})")).unwrap_or_default()
            ));
        }
        if !existing_sessions.contains_key(&uuid) {
            if let Some(other) = read.session_by_uuid(uuid)? {
                if other.event_id != event.id {
                    let fresh = derived_uuid(&event_uuid, &format!("moved:{uuid}"));
                    report.warn(format!(
                        "{}: its guid {uuid} belongs to a session of another event in this store; imported with UUID {fresh}",
                        e.label()
                    ));
                    uuid = fresh;
                }
            }
        }
        used_uuids.insert(uuid);

        // People and roles.
        let mut roles: Vec<RoleAssignment> = Vec::new();
        let mut held: HashSet<(i64, Role)> = HashSet::new();
        for p in &e.persons {
            let name = p.name.trim();
            if name.is_empty() {
                report.warn(format!("{}: a person without a name was left out", e.label()));
                continue;
            }
            let role = role_from(p.role.as_deref()).unwrap_or_else(|| {
                unknown_roles.insert(p.role.clone().unwrap_or_default());
                Role::Speaker
            });
            let puuid = person_uuid(p);
            let person_id = match person_ids.get(&puuid) {
                Some(id) => *id,
                None => {
                    let bio = bios
                        .get(p.guid.as_deref().unwrap_or(""))
                        .map(|b| b.bio.clone())
                        .filter(|b| !b.is_empty())
                        .unwrap_or_else(|| p.bio.clone());
                    let id = match read.person_by_uuid(puuid)? {
                        Some(known) => {
                            let mut data = known.data.clone();
                            data.name = name.to_string();
                            if !bio.is_empty() {
                                data.bio = bio;
                            }
                            if data != known.data {
                                tx.update_person(known.id, &data)?;
                                report.updated.people += 1;
                            } else {
                                report.unchanged.people += 1;
                            }
                            known.id
                        }
                        None => {
                            let data = PersonData {
                                name: name.to_string(),
                                bio,
                                ..Default::default()
                            };
                            report.created.people += 1;
                            tx.insert_person(puuid, &data)?.id
                        }
                    };
                    person_ids.insert(puuid, id);
                    id
                }
            };
            if !held.insert((person_id, role)) {
                let at = e.line.map(|l| format!(" (line {l})")).unwrap_or_default();
                report.warn(format!(
                    "{}{at}: {name:?} is named more than once as {}; kept once",
                    e.label(),
                    role.as_str()
                ));
            } else {
                roles.push(RoleAssignment { person_id, role });
            }
        }

        let mut links: Vec<Link> = Vec::new();
        let mut urls: HashSet<String> = HashSet::new();
        let candidates = e.links.iter().cloned().chain(e.url.iter().map(|u| Link {
            label: "Event page".into(),
            url: u.clone(),
        }));
        for link in candidates {
            match absolute_link(&link.url, doc.base_url.as_deref()) {
                Some(url) if urls.insert(url.clone()) => links.push(Link {
                    label: if link.label.is_empty() { url.clone() } else { link.label },
                    url,
                }),
                Some(_) => {}
                None => dropped_links.push(link.url.clone()),
            }
        }
        let description = match (e.abstract_.trim(), e.description.trim()) {
            (a, d) if d.is_empty() || a == d => a.to_string(),
            ("", d) => d.to_string(),
            (a, d) => format!("{a}\n\n{d}"),
        };
        // pretalx and schedule2 name sessions by code; frab by id.
        let code = e.code.clone().or_else(|| e.id.clone()).unwrap_or_default();
        let mut data = SessionData {
            code,
            title: e.title.trim().to_string(),
            subtitle: e.subtitle.clone(),
            kind: kind_from_type(&e.kind),
            start,
            end,
            room_id: room_ids.get(&e.room).copied(),
            description,
            languages: if e.language.is_empty() {
                vec![]
            } else {
                vec![e.language.clone()]
            },
            status: SessionStatus::Confirmed,
            links,
            roles,
            tags: track_terms.get(&e.track).copied().into_iter().collect(),
            ..Default::default()
        };
        match existing_sessions.get(&uuid) {
            Some(old) => {
                // Keep what only the store knows.
                let o = &old.data;
                data.participation = o.participation;
                data.join_url = o.join_url.clone();
                data.join_instructions = o.join_instructions.clone();
                data.passcode = o.passcode.clone();
                data.registration_url = o.registration_url.clone();
                data.interpretation = o.interpretation.clone();
                data.expected_attendance = o.expected_attendance;
                data.organisers = o.organisers.clone();
                data.private_notes = o.private_notes.clone();
                data.items = o.items.clone();
                data.status = o.status;
                let file_people: HashSet<i64> = data.roles.iter().map(|r| r.person_id).collect();
                data.roles
                    .extend(o.roles.iter().filter(|r| !file_people.contains(&r.person_id)).cloned());
                data.tags
                    .extend(o.tags.iter().filter(|t| !track_ids.contains(t)).copied());
                if data == old.data {
                    report.unchanged.sessions += 1;
                } else {
                    match tx.update_session(old.id, &data) {
                        Ok(_) => report.updated.sessions += 1,
                        Err(err @ plenary_core::Error::Invalid { .. }) => {
                            report.skip(e.line, e.label(), err.to_string())
                        }
                        Err(err) => return Err(err.into()),
                    }
                }
            }
            None => match tx.insert_session(event.id, uuid, &data) {
                Ok(_) => report.created.sessions += 1,
                Err(err @ plenary_core::Error::Invalid { .. }) => report.skip(e.line, e.label(), err.to_string()),
                Err(err) => return Err(err.into()),
            },
        }
    }
    progress(total, total);
    if !dropped_links.is_empty() {
        let examples: Vec<String> = dropped_links.iter().take(3).map(|u| format!("{u:?}")).collect();
        report.warn(format!(
            "{} links were left out: relative without a base URL in the file, not links at all, or of a kind \
             participants cannot open safely (only https, http, mailto, tel, sip … are kept), e.g. {}",
            dropped_links.len(),
            examples.join(", ")
        ));
    }
    if !unknown_roles.is_empty() {
        let mut roles: Vec<String> = unknown_roles.into_iter().collect();
        roles.sort();
        report.warn(format!("unknown roles {roles:?} were read as speaker"));
    }
    Ok(report)
}

#[cfg(test)]
mod tests;
