//! The lenient importer. One file is one transaction: sessions that cannot be taken are
//! skipped with their line and the reason, and anything that would leave the store half
//! changed (a database error) rolls the whole import back.
//!
//! Identity: `<uuid>@plenary` UIDs (Plenary's own exports) give the session's UUID back; any
//! other UID maps to a UUID v5 of the UID, so importing a file again updates its sessions
//! instead of duplicating them. Instances of a recurring event get a UUID v5 of
//! `UID#<instance start in UTC>`, the same one a RECURRENCE-ID override of that instance gets.
//!
//! Choices (documented in ARCHITECTURE.md): all-day events are skipped (sessions have times);
//! DAILY and WEEKLY RRULEs (with INTERVAL, COUNT, UNTIL, BYDAY) and RDATEs are expanded within
//! the event's days, other rules refuse their event with the reason; ATTENDEE and ORGANIZER
//! are not imported as people (only Plenary's own X-PLENARY-ROLE lines are).

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Utc, Weekday};
use chrono_tz::Tz;
use plenary_core::report::{self, EventRef, ImportReport, Skipped};
use plenary_core::store::slugify;
use plenary_core::{
    time, Error, EventData, EventId, Link, Participation, PersonData, PersonId, Role, RoleAssignment, RoomData, RoomId,
    Session, SessionData, SessionItem, SessionKind, SessionStatus, Store, TermId, Tx, Upsert, VenueData, VenueId,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::parse::{parse_in, Component, Note, ParseError, Property};
use crate::text::{split_text_list, unescape_text};
use crate::windows_zones::windows_to_iana;
use crate::zone::{self, Resolved, Zone};

/// Namespace of the UUID v5s made from foreign UIDs (fixed forever: changing it would
/// duplicate every session imported before).
pub const UID_NAMESPACE: Uuid = Uuid::from_u128(0x8f3c_2a61_5b7e_4d0a_9c1f_6e2d_7a4b_3c10);

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImportOptions {
    /// Work out the report, change nothing.
    pub dry_run: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file is not iCalendar at all; nothing was changed.
    #[error("{0}")]
    Parse(#[from] ParseError),
    /// The store refused the import as a whole; nothing was changed.
    #[error(transparent)]
    Store(#[from] Error),
}

/// Imports iCalendar `bytes` (read from `source`, the file name the report shows) into `event`
/// in one transaction (rolled back with `dry_run`). `progress(done, total)` is called as VEVENTs
/// are processed.
pub fn import_ics(
    store: &mut Store,
    event: EventId,
    source: &str,
    bytes: &[u8],
    options: &ImportOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<ImportReport, ImportError> {
    let arena = bumpalo::Bump::new();
    let (roots, notes) = parse_in(bytes, &arena)?;
    let mut report = store.write_or_dry_run(options.dry_run, |tx| {
        import_components(tx, event, &roots, notes, progress)
    })?;
    report.source = source.to_string();
    report.dry_run = options.dry_run;
    Ok(report)
}

/// Imports iCalendar `bytes` as an event of their own, in one transaction (rolled back with
/// `dry_run`), as the frab import does: the event is named by the calendar's NAME or
/// X-WR-CALNAME (else the file name), its zone is X-WR-TIMEZONE (else the IANA zone most of
/// the DTSTARTs name, else UTC) and its days span the file's sessions (a recurring VEVENT by
/// its first instance). Importing the same calendar again (same X-WR-RELCALID, else the same
/// name) imports into the event it made, widening its days if needed. The report counts the
/// event as created, updated or unchanged and says in a note how it was made.
///
/// Errors: the file is not iCalendar ([`ImportError::Parse`]); no VEVENT has a start time, or
/// the sessions span more days than an event may ([`ImportError::Store`], naming the field).
pub fn import_ics_as_event(
    store: &mut Store,
    source: &str,
    bytes: &[u8],
    options: &ImportOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<ImportReport, ImportError> {
    let arena = bumpalo::Bump::new();
    let (roots, notes) = parse_in(bytes, &arena)?;
    // A new event none of whose sessions could be imported would be left empty: the whole
    // transaction is rolled back instead, and the report (its skipped records) kept here.
    let mut nothing: Option<ImportReport> = None;
    let written = store.write_or_dry_run(options.dry_run, |tx| {
        let (event, outcome, how) = event_for_file(tx, source, &roots)?;
        let mut report = import_components(tx, event, &roots, notes, progress)?;
        if outcome == Upsert::Created && report.created.sessions == 0 {
            nothing = Some(report);
            return Err(Error::Conflict("no session imported".into()));
        }
        match outcome {
            Upsert::Created => report.created.events += 1,
            Upsert::Updated => report.updated.events += 1,
            Upsert::Unchanged => report.unchanged.events += 1,
        }
        report.notes.insert(
            0,
            report::Note {
                line: None,
                message: how,
            },
        );
        Ok::<_, Error>(report)
    });
    let mut report = match (written, nothing) {
        (_, Some(mut report)) => {
            report.event = None;
            report.created = report::Counts::default();
            report.updated = report::Counts::default();
            report.unchanged = report::Counts::default();
            report.notes.insert(
                0,
                report::Note {
                    line: None,
                    message: "no --event given, and no session of the file could be imported, so no event was made from it; nothing was changed".into(),
                },
            );
            report
        }
        (written, None) => written?,
    };
    report.source = source.to_string();
    report.dry_run = options.dry_run;
    Ok(report)
}

/// The event a file without `--event` goes into: made (or found again) from the calendar's
/// name, zone and the span of its sessions. Returns the event, whether it was created,
/// updated or left alone, and a note saying how it was made.
fn event_for_file(tx: &Tx<'_>, source: &str, roots: &[Component]) -> plenary_core::Result<(EventId, Upsert, String)> {
    let found = Found::of(roots);
    if found.calendars.is_empty() {
        return Err(Error::invalid("import", "file", "the file has no VCALENDAR"));
    }
    let cal_text = |name: &str| {
        found
            .calendars
            .iter()
            .filter_map(|c| c.prop(name))
            .map(|p| unescape_text(&p.value).trim().to_string())
            .find(|v| !v.is_empty())
    };
    let file_stem = std::path::Path::new(source)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "Imported calendar".into());
    let (title, title_from) = match cal_text("NAME").or_else(|| cal_text("X-WR-CALNAME")) {
        Some(name) => (name, "the calendar's name"),
        None => (file_stem, "the file name"),
    };
    // The zone: the calendar's own, else the one most DTSTARTs name, else UTC.
    let (tz, zone_from) = match cal_text("X-WR-TIMEZONE").and_then(|z| zone::iana(&z)) {
        Some(tz) => (tz, "X-WR-TIMEZONE".to_string()),
        None => {
            let mut counts: Vec<(Tz, usize)> = Vec::new();
            for (e, _) in &found.events {
                let Some(tzid) = e.prop("DTSTART").and_then(|p| p.param("TZID")) else {
                    continue;
                };
                let tzid = tzid.trim().trim_matches('"');
                let Some(tz) = zone::iana(tzid).or_else(|| windows_to_iana(tzid).and_then(|n| n.parse().ok())) else {
                    continue;
                };
                match counts.iter_mut().find(|(z, _)| *z == tz) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((tz, 1)),
                }
            }
            // The most used; of equals, the first seen.
            let best = counts.iter().rev().max_by_key(|(_, n)| *n).map(|(tz, _)| *tz);
            match best {
                Some(tz) => (tz, "the TZID most of its DTSTARTs use".to_string()),
                None => (chrono_tz::UTC, "no zone in the file".to_string()),
            }
        }
    };
    let key = cal_text("X-WR-RELCALID").unwrap_or_else(|| title.clone());
    let uuid = Uuid::new_v5(&UID_NAMESPACE, format!("ics-event:{key}").as_bytes());
    let existing = tx.read().event_by_uuid(uuid)?;
    // The times are read with the import's own rules (TZIDs, VTIMEZONEs, folds), which need
    // an event: a new one starts on a placeholder day and gets its days below, in this
    // transaction.
    let event = match &existing {
        Some(e) => e.clone(),
        None => {
            let placeholder = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
            tx.insert_event(
                uuid,
                &EventData {
                    slug: tx.unique_slug(&title)?,
                    title: title.clone(),
                    timezone: tz.name().to_string(),
                    start_date: placeholder,
                    end_date: placeholder,
                    ..Default::default()
                },
            )?
        }
    };
    let mut scratch = Vec::new();
    let superseded = choose_copies(&found.events, &mut scratch);
    let mut span: Option<(DateTime<Utc>, DateTime<Utc>)> = None;
    {
        let mut cx = Context::new(tx, event.id, &found.calendars)?;
        for (i, (e, cal)) in found.events.iter().enumerate() {
            if superseded.contains_key(&i) || e.prop("X-PLENARY-ITEM-OF").is_some() {
                continue;
            }
            cx.enter(cal);
            let Some(Ok(When::At(start))) = e.prop("DTSTART").map(|p| cx.when(p, e.line, &mut scratch)) else {
                continue;
            };
            // A start outside the years Plenary plans in makes no day of the event (its
            // session is skipped with the reason).
            if plenary_core::sane::check_instant("session", "start", start).is_err() {
                continue;
            }
            let end = match (e.prop("DTEND"), e.prop("DURATION")) {
                (Some(p), _) => match cx.when(p, e.line, &mut scratch) {
                    Ok(When::At(t)) => t,
                    _ => start,
                },
                (None, Some(p)) => parse_duration(&p.value)
                    .ok()
                    .and_then(|d| start.checked_add_signed(d))
                    .unwrap_or(start),
                (None, None) => start,
            };
            // A session longer than an event may last (a year) cannot be imported anyway (it
            // is skipped with the reason): only its start counts, which also keeps absurd
            // DURATIONs away from the edge of chrono's range.
            let longest = start.checked_add_signed(Duration::days(366)).unwrap_or(start);
            let end = if end > longest { start } else { end.max(start) };
            span = Some(match span {
                None => (start, end),
                Some((a, b)) => (a.min(start), b.max(end)),
            });
        }
    }
    if found.vevents == 0 {
        return Err(Error::invalid(
            "import",
            "file",
            "the file holds no VEVENT (an empty calendar), so there are no sessions to make an event from",
        ));
    }
    let Some((first, last)) = span else {
        return Err(Error::invalid(
            "import",
            "file",
            "no VEVENT in the file has a start time (in the years Plenary plans in, 1900–2200), so the event's days are unknown; import into an event with --event",
        ));
    };
    // Conference days in the event's zone (an event found again keeps its own zone and day
    // change: a session in the night after its last day, before the day change, belongs to
    // that day and widens nothing).
    let day_tz: Tz = event.data.timezone.parse().unwrap_or(tz);
    let first_day = event.data.conference_day(day_tz, first);
    // A session that ends at the day change does not make a day of the next one.
    let last_day = event
        .data
        .conference_day(day_tz, last - Duration::seconds(1))
        .max(first_day);
    let mut data = event.data.clone();
    let outcome = match existing {
        Some(_) => {
            data.start_date = data.start_date.min(first_day);
            data.end_date = data.end_date.max(last_day);
            if data == event.data {
                Upsert::Unchanged
            } else {
                Upsert::Updated
            }
        }
        None => {
            data.start_date = first_day;
            data.end_date = last_day;
            Upsert::Created
        }
    };
    if outcome != Upsert::Unchanged {
        tx.update_event(event.id, &data)?;
    }
    let verb = match outcome {
        Upsert::Created => "made",
        Upsert::Updated => "widened",
        Upsert::Unchanged => "found again",
    };
    let how = format!(
        "no --event given: event \"{}\" ({}) {verb} from the file: named from {title_from}, zone {} from {zone_from}, days {} to {} spanning its sessions (a recurring VEVENT by its first instance)",
        data.title,
        data.slug,
        data.timezone,
        data.start_date,
        data.end_date
    );
    Ok((event.id, outcome, how))
}

/// Imports parsed components inside a transaction the caller owns. The report's `source` is
/// left empty for the caller to fill.
///
/// Every VEVENT of the file is a record, wherever it sits: those directly in a VCALENDAR (any
/// number of calendars: one per event is common) are imported, any other is skipped with the
/// reason, so the report accounts for each one. A recurring VEVENT gives one session per
/// instance within the event's days (a note says how many); of several copies of one UID (and
/// RECURRENCE-ID) the one with the higher SEQUENCE is imported (RFC 5545 §3.8.7.4), the others
/// are skipped naming the copy kept.
pub fn import_components(
    tx: &Tx<'_>,
    event: EventId,
    roots: &[Component],
    mut notes: Vec<Note>,
    progress: &mut dyn FnMut(usize, usize),
) -> plenary_core::Result<ImportReport> {
    let mut report = ImportReport::new("", "iCalendar", "VEVENTs");
    report.event = Some(EventRef::of(&tx.read().event(event)?));
    let found = Found::of(roots);
    if found.calendars.is_empty() {
        return Err(Error::invalid("import", "file", "the file has no VCALENDAR"));
    }
    report.records = found.vevents;
    report.skipped.extend(found.skipped);
    if found.calendars.len() > 1 {
        let lines: Vec<String> = found.calendars.iter().map(|c| c.line.to_string()).collect();
        notes.push(Note {
            line: found.calendars[0].line,
            message: format!(
                "the file holds {} calendars (VCALENDAR at lines {}); the VEVENTs of every one are imported",
                found.calendars.len(),
                lines.join(", ")
            ),
        });
    }
    let mut cx = Context::new(tx, event, &found.calendars)?;
    let events = found.events;
    let superseded = choose_copies(&events, &mut notes);
    // Instances that a RECURRENCE-ID override replaces, per UID.
    let mut overridden: HashMap<&str, HashSet<DateTime<Utc>>> = HashMap::new();
    for (i, (e, cal)) in events.iter().enumerate() {
        if superseded.contains_key(&i) {
            continue;
        }
        if let (Some(uid), Some(rid)) = (e.prop("UID"), e.prop("RECURRENCE-ID")) {
            cx.enter(cal);
            if let Ok(When::At(t)) = cx.when(rid, e.line, &mut notes) {
                overridden.entry(uid.value.trim()).or_default().insert(t);
            }
        }
    }
    let total = events.len();
    for (i, (e, cal)) in events.iter().enumerate() {
        if i.is_multiple_of(256) {
            progress(i, total);
        }
        if let Some(reason) = superseded.get(&i) {
            report.skipped.push(skip(e, reason.clone()));
            continue;
        }
        cx.enter(cal);
        cx.import_event(e, &overridden, &mut report, &mut notes)?;
    }
    progress(total, total);
    report.notes = notes
        .into_iter()
        .map(|n| report::Note {
            line: Some(n.line),
            message: n.message,
        })
        .collect();
    // In file order, as a person reads the file.
    report.skipped.sort_by_key(|s| s.line);
    report.notes.sort_by_key(|n| n.line);
    report.created.rooms = cx.rooms_created;
    report.created.people = cx.people_created;
    Ok(report)
}

/// What a parsed file holds: its calendars, the VEVENTs to import (with their calendar), and
/// the components skipped before any is read.
struct Found<'c, 'a> {
    calendars: Vec<&'c Component<'a>>,
    events: Vec<(&'c Component<'a>, &'c Component<'a>)>,
    /// Every VEVENT in the file, imported or not.
    vevents: usize,
    skipped: Vec<Skipped>,
}

impl<'c, 'a> Found<'c, 'a> {
    /// Walks the whole tree without recursion (a file may nest components thousands deep).
    fn of(roots: &'c [Component<'a>]) -> Self {
        let mut found = Found {
            calendars: Vec::new(),
            events: Vec::new(),
            vevents: 0,
            skipped: Vec::new(),
        };
        for root in roots {
            if root.name == "VCALENDAR" {
                found.calendars.push(root);
            } else {
                if root.name == "VEVENT" {
                    found.vevents += 1;
                }
                found
                    .skipped
                    .push(skip(root, format!("{} outside VCALENDAR is not imported", root.name)));
            }
            for (c, parent) in root.descendants() {
                match (c.name.as_str(), parent.name.as_str()) {
                    ("VCALENDAR", _) => found.calendars.push(c),
                    ("VEVENT", "VCALENDAR") => {
                        found.vevents += 1;
                        found.events.push((c, parent));
                    }
                    ("VEVENT", _) => {
                        found.vevents += 1;
                        found.skipped.push(skip(
                            c,
                            format!(
                                "VEVENT inside {} (line {}) is not imported: a calendar's VEVENTs sit directly in its VCALENDAR",
                                parent.name, parent.line
                            ),
                        ));
                    }
                    ("VTIMEZONE", "VCALENDAR") => {}
                    (_, "VCALENDAR") => found.skipped.push(skip(
                        c,
                        format!("{} is not a session; only VEVENT components are imported", c.name),
                    )),
                    _ => {}
                }
            }
        }
        found
    }
}

/// SEQUENCE and the later of DTSTAMP and LAST-MODIFIED: which copy of a UID is newer.
fn revision_of(e: &Component) -> (i64, Option<NaiveDateTime>) {
    let sequence = e
        .prop("SEQUENCE")
        .and_then(|p| p.value.trim().parse::<i64>().ok())
        .unwrap_or(0);
    let stamp = ["LAST-MODIFIED", "DTSTAMP"]
        .iter()
        .filter_map(|n| e.prop(n).and_then(|p| zone::parse_local(&p.value)))
        .max();
    (sequence, stamp)
}

/// Of several VEVENTs with one UID (and RECURRENCE-ID), the one to import: the higher
/// SEQUENCE (RFC 5545 §3.8.7.4), then the later DTSTAMP/LAST-MODIFIED, then the later in the
/// file (a feed that appends a changed copy puts it after the old one). Returns the others by
/// index with the reason they are skipped, and notes which copy was kept and why.
fn choose_copies(events: &[(&Component, &Component)], notes: &mut Vec<Note>) -> HashMap<usize, String> {
    let mut copies: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for (i, (e, _)) in events.iter().enumerate() {
        let Some(uid) = e.prop("UID").map(|p| p.value.trim()).filter(|u| !u.is_empty()) else {
            continue;
        };
        let rid = e.prop("RECURRENCE-ID").map_or("", |p| p.value.trim());
        copies.entry((uid, rid)).or_default().push(i);
    }
    let mut superseded = HashMap::new();
    let mut groups: Vec<_> = copies.into_iter().filter(|(_, v)| v.len() > 1).collect();
    groups.sort_by_key(|(_, v)| v[0]);
    for ((uid, rid), indices) in groups {
        let revision = |i: usize| revision_of(events[i].0);
        let Some(&kept) = indices.iter().max_by_key(|&&i| (revision(i), i)) else {
            continue;
        };
        let kept_line = events[kept].0.line;
        let (kept_seq, kept_stamp) = revision(kept);
        let why = |other: usize| -> String {
            let (seq, stamp) = revision(other);
            let fmt =
                |t: Option<NaiveDateTime>| t.map_or("none".to_string(), |t| t.format("%Y%m%dT%H%M%SZ").to_string());
            if kept_seq != seq {
                format!("higher SEQUENCE ({kept_seq} > {seq})")
            } else if kept_stamp != stamp {
                format!(
                    "same SEQUENCE {seq}, later DTSTAMP/LAST-MODIFIED ({} > {})",
                    fmt(kept_stamp),
                    fmt(stamp)
                )
            } else {
                format!("same SEQUENCE {seq} and DTSTAMP/LAST-MODIFIED; the later in the file is kept")
            }
        };
        let name = if rid.is_empty() {
            format!("UID {uid}")
        } else {
            format!("UID {uid} RECURRENCE-ID {rid}")
        };
        let mut others = Vec::new();
        for &i in indices.iter().filter(|&&i| i != kept) {
            let line = events[i].0.line;
            others.push(format!("line {line}: {}", why(i)));
            superseded.insert(
                i,
                format!(
                    "{name} has a newer copy at line {kept_line}, which was imported instead: {} (RFC 5545 §3.8.7.4)",
                    why(i)
                ),
            );
        }
        notes.push(Note {
            line: kept_line,
            message: format!(
                "{name} appears {} times; the copy at line {kept_line} was imported (RFC 5545 §3.8.7.4; against {})",
                indices.len(),
                others.join("; ")
            ),
        });
    }
    superseded
}

/// A skipped component, named by its SUMMARY or else its UID, at the line of its BEGIN.
fn skip(c: &Component, reason: String) -> Skipped {
    let what = match (c.prop("SUMMARY"), c.prop("UID")) {
        (Some(summary), _) => format!("{} {:?}", c.name, unescape_text(&summary.value)),
        (None, Some(uid)) => format!("{} {}", c.name, uid.value.trim()),
        (None, None) => c.name.clone(),
    };
    Skipped {
        line: Some(c.line),
        what,
        reason,
    }
}

enum When {
    At(DateTime<Utc>),
    Day(NaiveDate),
}

struct Context<'a, 't> {
    tx: &'a Tx<'t>,
    event: EventId,
    event_tz: Tz,
    /// First and last instant of the event's days.
    bounds: (DateTime<Utc>, DateTime<Utc>),
    /// Zone of times without TZID and without Z.
    floating: Zone,
    private_included: bool,
    /// Line of the VCALENDAR whose VEVENTs are being read.
    calendar_line: Option<usize>,
    vtimezones: HashMap<String, &'a Component<'a>>,
    zones: HashMap<String, Result<Rc<Zone>, String>>,
    existing: HashMap<Uuid, Session>,
    seen: HashMap<Uuid, usize>,
    rooms: HashMap<String, RoomId>,
    next_room_position: i32,
    venues: HashMap<String, VenueId>,
    people: HashMap<Uuid, PersonId>,
    /// The file's X-PLENARY-PERSON lines by UUID: who the X-PLENARY-ROLE lines name.
    people_in_file: HashMap<Uuid, &'a Property<'a>>,
    /// Term ids by vocabulary key, then code (two levels: looked up without building a key).
    terms: HashMap<String, HashMap<String, TermId>>,
    rooms_created: usize,
    people_created: usize,
}

fn text(c: &Component, name: &str) -> Option<String> {
    c.prop(name).map(|p| unescape_text(&p.value))
}

fn uid_to_uuid(uid: &str) -> Uuid {
    uid.strip_suffix("@plenary")
        .and_then(|u| Uuid::parse_str(u).ok())
        .unwrap_or_else(|| Uuid::new_v5(&UID_NAMESPACE, uid.as_bytes()))
}

fn instance_uuid(uid: &str, t: DateTime<Utc>) -> Uuid {
    Uuid::new_v5(
        &UID_NAMESPACE,
        format!("{uid}#{}", t.format("%Y%m%dT%H%M%SZ")).as_bytes(),
    )
}

/// ISO 8601 / RFC 5545 duration: "PT1H30M", "P1D", "-PT15M", "P1W". Checked: a duration
/// beyond what a date can hold ("P999999999999999999W") is an error, never an overflow.
fn parse_duration(text: &str) -> Result<Duration, &'static str> {
    const NOT: &str = "is not a duration";
    const LONG: &str = "is too long to be a duration";
    let t = text.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let t = t.strip_prefix('P').ok_or(NOT)?;
    let mut seconds: i64 = 0;
    let mut num = String::new();
    let mut in_time = false;
    for c in t.chars() {
        match c {
            'T' => in_time = true,
            '0'..='9' => num.push(c),
            _ => {
                if num.is_empty() {
                    return Err(NOT);
                }
                // All digits: a parse failure here is a number too big for i64.
                let n: i64 = num.parse().map_err(|_| LONG)?;
                num.clear();
                let unit: i64 = match (c, in_time) {
                    ('W', false) => 7 * 86_400,
                    ('D', false) => 86_400,
                    ('H', true) => 3_600,
                    ('M', true) => 60,
                    ('S', true) => 1,
                    _ => return Err(NOT),
                };
                seconds = n.checked_mul(unit).and_then(|s| seconds.checked_add(s)).ok_or(LONG)?;
            }
        }
    }
    if !num.is_empty() {
        return Err(NOT);
    }
    let d = Duration::try_seconds(seconds).ok_or(LONG)?;
    Ok(if neg { -d } else { d })
}

/// `t + d`, or the reason it cannot be a time.
fn add_checked(t: DateTime<Utc>, d: Duration, what: &str, line: usize) -> Result<DateTime<Utc>, String> {
    t.checked_add_signed(d)
        .ok_or_else(|| format!("{what} (line {line}) takes the time beyond any date a calendar can hold"))
}

/// Plain text from an HTML description: tags removed, block ends as newlines, entities decoded.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let Some(gt) = rest[lt..].find('>') else {
            out.push_str(&rest[lt..]);
            rest = "";
            break;
        };
        let tag = rest[lt + 1..lt + gt].trim().to_ascii_lowercase();
        let name = tag.trim_start_matches('/').split([' ', '/']).next().unwrap_or("");
        if matches!(
            name,
            "br" | "p" | "div" | "li" | "tr" | "h1" | "h2" | "h3" | "h4" | "ul" | "ol"
        ) && (name == "br" || tag.starts_with('/') || name == "li")
            && !out.ends_with('\n')
        {
            out.push('\n');
        }
        if name == "li" && !tag.starts_with('/') {
            out.push_str("• ");
        }
        rest = &rest[lt + gt + 1..];
    }
    out.push_str(rest);
    let mut decoded = String::with_capacity(out.len());
    let mut s = out.as_str();
    while let Some(amp) = s.find('&') {
        decoded.push_str(&s[..amp]);
        let tail = &s[amp..];
        let end = tail.find(';').filter(|&e| e <= 10);
        let entity = end.map(|e| &tail[1..e]);
        let ch = match entity {
            Some("amp") => Some('&'),
            Some("lt") => Some('<'),
            Some("gt") => Some('>'),
            Some("quot") => Some('"'),
            Some("apos") => Some('\''),
            Some("nbsp") => Some(' '),
            Some(e) if e.starts_with("#x") || e.starts_with("#X") => {
                u32::from_str_radix(&e[2..], 16).ok().and_then(char::from_u32)
            }
            Some(e) if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match (ch, end) {
            (Some(c), Some(e)) => {
                decoded.push(c);
                s = &tail[e + 1..];
            }
            _ => {
                decoded.push('&');
                s = &tail[1..];
            }
        }
    }
    decoded.push_str(s);
    decoded.trim().to_string()
}

/// A term code for a category label: its slug, or for a label without Latin letters or
/// digits ("会议"), a stable code from its UUID v5 so that different labels stay different.
fn category_code(label: &str) -> String {
    if label.chars().any(|c| c.is_ascii_alphanumeric()) {
        slugify(label)
    } else {
        let id = Uuid::new_v5(&UID_NAMESPACE, label.as_bytes()).simple().to_string();
        format!("c-{}", &id[..8])
    }
}

/// The link `value` (from property `p`) if a participant can safely open it
/// (`plenary_core::link`: https, http, tel, sip …, never javascript: or data:); otherwise
/// `None` and a note naming the line and why. One bad link drops the link, not the session.
fn safe_link(p: &Property, value: &str, notes: &mut Vec<Note>) -> Option<String> {
    let v = value.trim();
    match plenary_core::link::check_link(v) {
        Ok(()) => Some(v.to_string()),
        Err(problem) => {
            notes.push(Note {
                line: p.line,
                message: format!("{} {:?} {problem}; the link is left out", p.name, short(v)),
            });
            None
        }
    }
}

fn looks_like_html(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    [
        "<p>", "<p ", "<br", "<div", "<a href", "</", "<ul", "<li", "<b>", "<i>", "<strong", "<em>", "<html",
    ]
    .iter()
    .any(|t| lower.contains(t))
}

/// The fields a VEVENT from elsewhere carries ([`Context::foreign_fields`]); `None` where the
/// file says nothing, so the store's value stays.
#[derive(Default)]
struct ForeignFields {
    title: String,
    status: SessionStatus,
    description: String,
    room_id: Option<RoomId>,
    join_url: Option<String>,
    online_only: bool,
    links: Option<Vec<Link>>,
    tags: Option<Vec<TermId>>,
}

/// A DAILY or WEEKLY RRULE, every part of it applied (anything else is refused by [`Context::rule`]).
struct Rule {
    daily: bool,
    interval: i64,
    /// COUNT; a number too big to write is as good as none (the expansion stops at the event's end).
    count: Option<u64>,
    until: Option<DateTime<Utc>>,
    days: Vec<Weekday>,
    /// WKST: where a week starts, which decides the weeks that INTERVAL skips.
    week_start: Weekday,
    /// BYMONTH and BYMONTHDAY: limits (RFC 5545 §3.3.10 table: "Limit" for DAILY and WEEKLY).
    months: Vec<u32>,
    month_days: Vec<i32>,
}

impl Rule {
    fn keeps(&self, d: NaiveDate) -> bool {
        let month_ok = self.months.is_empty() || self.months.contains(&d.month());
        let day_ok = self.month_days.is_empty() || {
            let len = days_in_month(d);
            self.month_days
                .iter()
                .any(|&m| m == d.day() as i32 || (m < 0 && len as i32 + 1 + m == d.day() as i32))
        };
        month_ok && day_ok
    }
}

fn days_in_month(d: NaiveDate) -> u32 {
    let first = d.with_day(1).unwrap_or(d);
    let next = first.checked_add_months(chrono::Months::new(1)).unwrap_or(first);
    u32::try_from((next - first).num_days()).unwrap_or(31)
}

/// A parse-able list of numbers within `range`, or the reason.
fn number_list<T: std::str::FromStr + PartialOrd + Copy>(
    part: &str,
    v: &str,
    range: std::ops::RangeInclusive<T>,
) -> Result<Vec<T>, String> {
    v.split(',')
        .map(|x| {
            x.trim()
                .parse::<T>()
                .ok()
                .filter(|n| range.contains(n))
                .ok_or_else(|| format!("{part}={v} is not a list of valid numbers"))
        })
        .collect()
}

/// The first characters of a value for a message (a value can be megabytes long).
fn short(value: &str) -> String {
    let v = value.trim();
    if v.chars().count() <= 40 {
        v.to_string()
    } else {
        format!("{}…", v.chars().take(40).collect::<String>())
    }
}

impl<'a, 't> Context<'a, 't> {
    /// The context for importing the VEVENTs of `calendars` (all the file's VCALENDARs: their
    /// VTIMEZONEs and X-PLENARY-PERSON lines are shared; the first definition of a TZID wins).
    fn new(tx: &'a Tx<'t>, event: EventId, calendars: &[&'a Component<'a>]) -> plenary_core::Result<Self> {
        let reader = tx.read();
        let ev = reader.event(event)?;
        let event_tz = time::parse_zone(&ev.data.timezone, "event", "timezone")?;
        // The store's own bounds: conference days begin at the event's day change.
        let after_last = ev.data.end_date.succ_opt().unwrap_or(ev.data.end_date);
        let bounds = (
            time::day_start_at(event_tz, ev.data.start_date, ev.data.day_change),
            time::day_start_at(event_tz, after_last, ev.data.day_change),
        );
        let mut vtimezones = HashMap::new();
        let mut people_in_file = HashMap::new();
        for cal in calendars {
            for c in cal.children.iter().filter(|c| c.name == "VTIMEZONE") {
                if let Some(p) = c.prop("TZID") {
                    vtimezones
                        .entry(unescape_text(&p.value).trim().to_string())
                        .or_insert(c);
                }
            }
            for p in cal.props("X-PLENARY-PERSON") {
                if let Some(u) = p.param("PERSON").and_then(|u| Uuid::parse_str(u).ok()) {
                    people_in_file.entry(u).or_insert(p);
                }
            }
        }
        let existing = reader.sessions(event)?.into_iter().map(|s| (s.uuid, s)).collect();
        let room_list = reader.rooms(event)?;
        let next_room_position = room_list.iter().map(|r| r.data.position + 1).max().unwrap_or(0);
        let rooms = room_list
            .into_iter()
            .map(|r| (r.data.name.to_lowercase(), r.id))
            .collect();
        let venues = reader
            .venues(event)?
            .into_iter()
            .map(|v| (v.data.name.to_lowercase(), v.id))
            .collect();
        let people = reader.people()?.into_iter().map(|p| (p.uuid, p.id)).collect();
        let vocab_keys: HashMap<i64, String> = reader.vocabularies()?.into_iter().map(|v| (v.id, v.key)).collect();
        let mut terms: HashMap<String, HashMap<String, TermId>> = HashMap::new();
        for t in reader.terms()? {
            if let Some(k) = vocab_keys.get(&t.vocabulary_id) {
                terms.entry(k.clone()).or_default().insert(t.code, t.id);
            }
        }
        Ok(Context {
            tx,
            event,
            event_tz,
            bounds,
            floating: Zone::Iana(event_tz),
            private_included: false,
            calendar_line: None,
            vtimezones,
            zones: HashMap::new(),
            existing,
            seen: HashMap::new(),
            rooms,
            next_room_position,
            venues,
            people,
            people_in_file,
            terms,
            rooms_created: 0,
            people_created: 0,
        })
    }

    /// Reads the VEVENTs of `cal` from here on: its X-WR-TIMEZONE for times without a zone,
    /// its X-PLENARY-PRIVATE.
    fn enter(&mut self, cal: &Component) {
        if self.calendar_line == Some(cal.line) {
            return;
        }
        self.calendar_line = Some(cal.line);
        self.floating = cal
            .prop("X-WR-TIMEZONE")
            .and_then(|p| zone::iana(&unescape_text(&p.value)))
            .map(Zone::Iana)
            .unwrap_or(Zone::Iana(self.event_tz));
        self.private_included = cal
            .prop("X-PLENARY-PRIVATE")
            .is_some_and(|p| p.value.trim().eq_ignore_ascii_case("TRUE"));
    }

    fn zone(&mut self, tzid: &str, notes: &mut Vec<Note>, line: usize) -> Result<Rc<Zone>, String> {
        let tzid = tzid.trim().trim_matches('"');
        if let Some(z) = self.zones.get(tzid) {
            return z.clone();
        }
        let resolved = if tzid.eq_ignore_ascii_case("UTC") || tzid.eq_ignore_ascii_case("GMT") {
            Ok(Zone::Utc)
        } else if let Some(tz) = zone::iana(tzid) {
            if !self.vtimezones.contains_key(tzid) {
                notes.push(Note {
                    line,
                    message: format!("TZID {tzid} has no VTIMEZONE in the file; the IANA zone is used"),
                });
            }
            Ok(Zone::Iana(tz))
        } else if let Some(iana) = windows_to_iana(tzid) {
            notes.push(Note {
                line,
                message: format!("TZID {tzid:?} is a Windows zone name, read as {iana}"),
            });
            Ok(Zone::Iana(iana.parse().expect("the table holds known zones")))
        } else if let Some(block) = self.vtimezones.get(tzid) {
            zone::from_vtimezone(tzid, block)
        } else {
            Err(format!(
                "unknown time zone {tzid:?} and no VTIMEZONE for it in the file"
            ))
        };
        let resolved = resolved.map(Rc::new);
        self.zones.insert(tzid.to_string(), resolved.clone());
        resolved
    }

    fn local_in(&mut self, p: &Property, local: NaiveDateTime, notes: &mut Vec<Note>) -> Result<DateTime<Utc>, String> {
        let zone = match p.param("TZID") {
            Some(tzid) => self.zone(tzid, notes, p.line)?,
            None => Rc::new(self.floating.clone()),
        };
        let (t, how) = zone.to_utc(local);
        match how {
            Resolved::Exact => {}
            Resolved::Fold(later) => {
                let offset = (local - t.naive_utc()).num_minutes();
                notes.push(Note {
                    line: p.line,
                    message: format!(
                        "{} {} happens twice in {} (clocks go back); the first is taken (RFC 5545 §3.3.5): {} UTC, at UTC{}{:02}:{:02}, not the second at {} UTC",
                        p.name,
                        local.format("%Y-%m-%d %H:%M"),
                        zone.name(),
                        t.format("%Y-%m-%d %H:%M"),
                        if offset < 0 { '-' } else { '+' },
                        offset.abs() / 60,
                        offset.abs() % 60,
                        later.format("%Y-%m-%d %H:%M"),
                    ),
                })
            }
            Resolved::Gap => notes.push(Note {
                line: p.line,
                message: format!(
                    "{} {} does not exist in {} (clocks go forward); read with the offset before the gap, as RFC 5545 says",
                    p.name,
                    local.format("%Y-%m-%d %H:%M"),
                    zone.name()
                ),
            }),
        }
        Ok(t)
    }

    fn when(&mut self, p: &Property, _line: usize, notes: &mut Vec<Note>) -> Result<When, String> {
        let v = p.value.trim();
        let is_date = p.param("VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE")) || v.len() == 8;
        if is_date {
            return zone::parse_local(v)
                .filter(|_| v.len() == 8)
                .map(|l| When::Day(l.date()))
                .ok_or_else(|| format!("{} {:?} is not a date (line {})", p.name, short(v), p.line));
        }
        let local = zone::parse_local(v)
            .ok_or_else(|| format!("{} {:?} is not a date-time (line {})", p.name, short(v), p.line))?;
        if v.ends_with(['Z', 'z']) {
            return Ok(When::At(DateTime::from_naive_utc_and_offset(local, Utc)));
        }
        self.local_in(p, local, notes).map(When::At)
    }

    /// Reads a DAILY or WEEKLY RRULE. Every part that changes the result is applied (INTERVAL,
    /// COUNT, UNTIL, BYDAY, WKST, BYMONTH, BYMONTHDAY) or the rule is refused with the reason:
    /// never ignored.
    fn rule(&mut self, p: &Property, notes: &mut Vec<Note>) -> Result<Rule, String> {
        let mut rule = Rule {
            daily: true,
            interval: 1,
            count: None,
            until: None,
            days: Vec::new(),
            week_start: Weekday::Mon,
            months: Vec::new(),
            month_days: Vec::new(),
        };
        let mut freq = None;
        for part in p.value.trim().split(';').filter(|s| !s.is_empty()) {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            let v = v.trim();
            match k.trim().to_ascii_uppercase().as_str() {
                "FREQ" => freq = Some(v.to_ascii_uppercase()),
                "INTERVAL" => {
                    rule.interval = v
                        .parse::<i64>()
                        .ok()
                        .filter(|&n| n > 0)
                        .or_else(|| (!v.is_empty() && v.bytes().all(|b| b.is_ascii_digit())).then_some(i64::MAX))
                        .ok_or(format!("INTERVAL={} is not a positive number", short(v)))?
                }
                "COUNT" => {
                    let digits = !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit());
                    rule.count = Some(match v.parse::<u64>() {
                        Ok(n) if n > 0 => n,
                        Err(_) if digits => u64::MAX,
                        _ => return Err(format!("COUNT={} is not a positive number", short(v))),
                    });
                }
                "UNTIL" => {
                    let up = Property {
                        name: "UNTIL".into(),
                        params: Vec::new(),
                        value: v.into(),
                        line: p.line,
                    };
                    let until = self
                        .when(&up, p.line, notes)
                        .map_err(|_| format!("UNTIL={} is not a date or a date-time", short(v)))?;
                    rule.until = Some(match until {
                        When::At(t) => t,
                        When::Day(d) => match d.succ_opt() {
                            Some(next) => time::start_of_day(self.event_tz, next),
                            None => DateTime::<Utc>::MAX_UTC,
                        },
                    });
                }
                "BYDAY" => {
                    for d in v.split(',') {
                        rule.days.push(weekday(d).ok_or_else(|| {
                            format!("BYDAY={}: only plain weekdays can be expanded (no ordinals such as 1MO)", short(v))
                        })?);
                    }
                }
                "WKST" => {
                    rule.week_start = weekday(v).ok_or_else(|| format!("WKST={} is not a weekday", short(v)))?;
                }
                "BYMONTH" => rule.months = number_list("BYMONTH", v, 1..=12)?,
                "BYMONTHDAY" => {
                    rule.month_days = number_list("BYMONTHDAY", v, -31..=31)?;
                    if rule.month_days.contains(&0) {
                        return Err(format!("BYMONTHDAY={} is not a list of valid numbers", short(v)));
                    }
                }
                other => {
                    return Err(format!(
                        "RRULE part {} cannot be expanded by Plenary (only INTERVAL, COUNT, UNTIL, BYDAY, WKST, BYMONTH and BYMONTHDAY), and ignoring it would give wrong times",
                        short(other)
                    ))
                }
            }
        }
        match freq.as_deref() {
            Some("DAILY") => rule.daily = true,
            Some("WEEKLY") => rule.daily = false,
            Some(f) => {
                return Err(format!(
                    "RRULE FREQ={} cannot be expanded by Plenary (only DAILY and WEEKLY)",
                    short(f)
                ))
            }
            None => return Err("RRULE without FREQ".into()),
        }
        Ok(rule)
    }

    /// Starts of the instances of `rule` from `first` that begin within the event's days,
    /// each with its local date (for DATE-valued EXDATEs). All date arithmetic is checked: an
    /// INTERVAL that leaves the calendar ends the series.
    fn expand(
        &mut self,
        rule: &Rule,
        dtstart: &Property,
        first_local: NaiveDateTime,
        notes: &mut Vec<Note>,
    ) -> Result<Vec<(DateTime<Utc>, NaiveDate)>, String> {
        let mut out = Vec::new();
        let mut count = 0u64;
        let first_date = first_local.date();
        let from_wkst =
            |d: Weekday| i64::from((7 + d.num_days_from_monday() - rule.week_start.num_days_from_monday()) % 7);
        let week_start = first_date - Duration::days(from_wkst(first_date.weekday()));
        let mut offsets: Vec<i64> = rule.days.iter().map(|&d| from_wkst(d)).collect();
        offsets.sort_unstable();
        offsets.dedup();
        let period_days = if rule.daily {
            rule.interval
        } else {
            rule.interval.saturating_mul(7)
        };
        // Without COUNT, the periods before the event's days need not be walked: start a
        // little before them (the rule's phase is kept, as whole periods are skipped).
        // Past this local date no instance can start within the event's days.
        let stop_date = time::utc_to_local(self.event_tz, self.bounds.1).date() + Duration::days(2);
        let mut period: i64 = 0;
        if rule.count.is_none() {
            let event_first = time::utc_to_local(self.event_tz, self.bounds.0).date();
            let gap = (event_first - first_date).num_days() - 2;
            if gap > 0 {
                period = gap / period_days;
            }
        }
        // Enough periods to cover any event's days (a week of dates per period at most).
        let last_period = period.saturating_add(40_000);
        while period < last_period {
            let Some(base) = period
                .checked_mul(period_days)
                .and_then(Duration::try_days)
                .and_then(|d| (if rule.daily { first_date } else { week_start }).checked_add_signed(d))
            else {
                break;
            };
            period += 1;
            let candidates: Vec<NaiveDate> = if rule.daily {
                if rule.days.is_empty() || rule.days.contains(&base.weekday()) {
                    vec![base]
                } else {
                    vec![]
                }
            } else if offsets.is_empty() {
                base.checked_add_signed(Duration::days(from_wkst(first_date.weekday())))
                    .into_iter()
                    .collect()
            } else {
                offsets
                    .iter()
                    .filter_map(|&o| base.checked_add_signed(Duration::days(o)))
                    .collect()
            };
            for d in candidates {
                if d > stop_date {
                    return Ok(out);
                }
                if d < first_date || !rule.keeps(d) {
                    continue;
                }
                let t = self.local_in(dtstart, d.and_time(first_local.time()), notes)?;
                if rule.until.is_some_and(|u| t > u) || t >= self.bounds.1 {
                    return Ok(out);
                }
                count += 1;
                if t >= self.bounds.0 {
                    out.push((t, d));
                }
                if rule.count.is_some_and(|c| count >= c) {
                    return Ok(out);
                }
            }
        }
        Ok(out)
    }

    fn import_event(
        &mut self,
        e: &Component,
        overridden: &HashMap<&str, HashSet<DateTime<Utc>>>,
        report: &mut ImportReport,
        notes: &mut Vec<Note>,
    ) -> plenary_core::Result<()> {
        if !e.closed {
            report
                .skipped
                .push(skip(e, "the file ends inside this VEVENT (truncated file)".into()));
            return Ok(());
        }
        if let Some(parent) = e.prop("X-PLENARY-ITEM-OF") {
            report.skipped.push(skip(
                e,
                format!("item of session {}: imported with that session", parent.value.trim()),
            ));
            return Ok(());
        }
        let occurrences = match self.occurrences(e, overridden, notes) {
            Ok(o) => o,
            Err(reason) => {
                report.skipped.push(skip(e, reason));
                return Ok(());
            }
        };
        let plenary = e.prop("X-PLENARY-KIND").is_some();
        // The file's fields are read once per VEVENT, then laid over each instance.
        let foreign = if plenary {
            None
        } else {
            match self.foreign_fields(e, notes) {
                Ok(f) => Some(f),
                Err(Error::Invalid { entity, field, message }) => {
                    report.skipped.push(skip(e, format!("{entity} {field}: {message}")));
                    return Ok(());
                }
                Err(other) => return Err(other),
            }
        };
        // A Plenary VEVENT's data is built once too (from its first instance); what the store
        // keeps per session is taken per instance.
        let plenary_template = match occurrences.first() {
            Some((_, uuid, start, end)) if plenary => match self.plenary_data(e, *uuid, *start, *end, notes) {
                Ok(d) => Some(d),
                Err(Error::Invalid { entity, field, message }) => {
                    report.skipped.push(skip(e, format!("{entity} {field}: {message}")));
                    return Ok(());
                }
                Err(other) => return Err(other),
            },
            _ => None,
        };
        let recurring = e.prop("RECURRENCE-ID").is_none() && (e.prop("RRULE").is_some() || e.prop("RDATE").is_some());
        if recurring {
            // Each instance below ends as a session or a skip of its own: the report's
            // accounting counts this VEVENT as that many records.
            notes.push(Note {
                line: e.line,
                message: format!(
                    "recurring event {}: {} instance(s) within the event's days, each imported as a session",
                    occurrences.first().map_or("", |o| o.0.as_str()),
                    occurrences.len()
                ),
            });
        }
        for (uid, uuid, start, end) in occurrences {
            if let Some(first) = self.seen.get(&uuid) {
                report.skipped.push(skip(
                    e,
                    format!("UID {uid} repeats the VEVENT of line {first}; the first one was imported"),
                ));
                continue;
            }
            let data = match (&foreign, &plenary_template) {
                (Some(f), _) => self.foreign_data(f, uuid, start, end),
                (None, Some(template)) => self.plenary_instance(template, uuid, start, end),
                (None, None) => continue,
            };
            let outcome = match self.store_session(uuid, &data) {
                Ok(o) => o,
                Err(Error::Invalid { entity, field, message }) => {
                    report.skipped.push(skip(e, format!("{entity} {field}: {message}")));
                    continue;
                }
                Err(Error::Conflict(message)) => {
                    report.skipped.push(skip(e, message));
                    continue;
                }
                Err(other) => return Err(other),
            };
            self.seen.insert(uuid, e.line);
            match outcome {
                Upsert::Created => report.created.sessions += 1,
                Upsert::Updated => report.updated.sessions += 1,
                Upsert::Unchanged => report.unchanged.sessions += 1,
            }
        }
        Ok(())
    }

    /// (UID, session UUID, start, end) of each instance of the VEVENT within the event's days.
    #[allow(clippy::type_complexity)]
    fn occurrences(
        &mut self,
        e: &Component,
        overridden: &HashMap<&str, HashSet<DateTime<Utc>>>,
        notes: &mut Vec<Note>,
    ) -> Result<Vec<(String, Uuid, DateTime<Utc>, DateTime<Utc>)>, String> {
        let dtstart = e.prop("DTSTART").ok_or("no DTSTART: a session needs a start time")?;
        if e.prop("SUMMARY").is_none_or(|s| s.value.trim().is_empty()) {
            return Err("no SUMMARY: a session needs a title".into());
        }
        let start = match self.when(dtstart, e.line, notes)? {
            When::At(t) => t,
            When::Day(d) => {
                return Err(format!(
                "all-day event ({d}): Plenary sessions have start and end times, so all-day entries are not imported"
            ))
            }
        };
        let end = if let Some(p) = e.prop("DTEND") {
            match self.when(p, e.line, notes)? {
                When::At(t) => t,
                When::Day(_) => return Err(format!("DTEND (line {}) is a date but DTSTART a date-time", p.line)),
            }
        } else if let Some(p) = e.prop("DURATION") {
            let d = parse_duration(&p.value)
                .map_err(|why| format!("DURATION {:?} (line {}) {why}", short(&p.value), p.line))?;
            add_checked(start, d, "DURATION", p.line)?
        } else {
            return Err("no DTEND or DURATION: a session needs an end time".into());
        };
        if end <= start {
            return Err(format!(
                "has no duration: ends ({}) at or before its start ({})",
                end.format("%Y-%m-%d %H:%M UTC"),
                start.format("%Y-%m-%d %H:%M UTC")
            ));
        }
        let length = end - start;
        let uid_prop = e
            .prop("UID")
            .map(|p| p.value.trim().to_string())
            .filter(|u| !u.is_empty());
        let uid = match uid_prop {
            Some(u) => u,
            None => {
                let made = format!(
                    "{}|{}",
                    e.prop("SUMMARY").map(|p| p.value.as_ref()).unwrap_or(""),
                    dtstart.value.trim()
                );
                notes.push(Note {
                    line: e.line,
                    message: "VEVENT without UID: identified by its SUMMARY and DTSTART".into(),
                });
                made
            }
        };
        if let Some(rid) = e.prop("RECURRENCE-ID") {
            // An override of one instance: it takes that instance's identity.
            let When::At(instance) = self.when(rid, e.line, notes)? else {
                return Err("RECURRENCE-ID is a date; all-day instances are not imported".into());
            };
            if start < self.bounds.0 || start >= self.bounds.1 {
                return Err(self.outside(start));
            }
            return Ok(vec![(uid.clone(), instance_uuid(&uid, instance), start, end)]);
        }
        let rrules: Vec<&Property> = e.props("RRULE").collect();
        let rdates: Vec<&Property> = e.props("RDATE").collect();
        if rrules.is_empty() && rdates.is_empty() {
            if start < self.bounds.0 || start >= self.bounds.1 {
                return Err(self.outside(start));
            }
            return Ok(vec![(uid.clone(), uid_to_uuid(&uid), start, end)]);
        }
        // A recurring event: expand within the event's days. Each instance keeps its local
        // date, which a DATE-valued EXDATE names.
        let mut starts: Vec<(DateTime<Utc>, DateTime<Utc>, NaiveDate)> = Vec::new();
        let first_local = zone::parse_local(&dtstart.value).ok_or("DTSTART is not a date-time")?;
        if rrules.is_empty() && start >= self.bounds.0 && start < self.bounds.1 {
            starts.push((start, end, first_local.date()));
        }
        for r in &rrules {
            let rule = self
                .rule(r, notes)
                .map_err(|m| format!("{m} (line {}); event not imported", r.line))?;
            let instances = if dtstart.value.trim().ends_with(['Z', 'z']) {
                // A UTC rule repeats in UTC.
                let mut utc_start = dtstart.clone();
                utc_start.params.retain(|(n, _)| n != "TZID");
                let saved = std::mem::replace(&mut self.floating, Zone::Utc);
                let r = self.expand(&rule, &utc_start, first_local, notes);
                self.floating = saved;
                r?
            } else {
                self.expand(&rule, dtstart, first_local, notes)?
            };
            for (t, d) in instances {
                starts.push((t, add_checked(t, length, "the event's length", e.line)?, d));
            }
        }
        for rd in &rdates {
            let period = rd.param("VALUE").is_some_and(|v| v.eq_ignore_ascii_case("PERIOD"));
            for part in rd.value.split(',') {
                let (a, b) = part.split_once('/').map_or((part, None), |(a, b)| (a, Some(b)));
                let p = Property {
                    value: a.into(),
                    ..(*rd).clone()
                };
                let When::At(t) = self.when(&p, rd.line, notes)? else {
                    notes.push(Note {
                        line: rd.line,
                        message: format!("RDATE {} is a date only (all-day) on a timed event; ignored", short(a)),
                    });
                    continue;
                };
                let t_end = match (period, b) {
                    (true, Some(b)) if b.trim_start().starts_with(['P', '+', '-']) => {
                        let d = parse_duration(b)
                            .map_err(|why| format!("RDATE period {:?} (line {}) {why}", short(b), rd.line))?;
                        add_checked(t, d, "RDATE period", rd.line)?
                    }
                    (true, Some(b)) => {
                        let q = Property {
                            value: b.into(),
                            ..(*rd).clone()
                        };
                        match self.when(&q, rd.line, notes)? {
                            When::At(x) => x,
                            When::Day(_) => add_checked(t, length, "RDATE", rd.line)?,
                        }
                    }
                    _ => add_checked(t, length, "RDATE", rd.line)?,
                };
                if t >= self.bounds.0 && t < self.bounds.1 {
                    let day = zone::parse_local(a).map_or_else(|| t.date_naive(), |l| l.date());
                    starts.push((t, t_end, day));
                }
            }
        }
        let mut excluded: HashSet<DateTime<Utc>> = overridden.get(uid.as_str()).cloned().unwrap_or_default();
        let mut excluded_days: HashSet<NaiveDate> = HashSet::new();
        for ex in e.props("EXDATE") {
            for part in ex.value.split(',') {
                let p = Property {
                    value: part.into(),
                    ..ex.clone()
                };
                match self.when(&p, ex.line, notes)? {
                    When::At(t) => {
                        excluded.insert(t);
                    }
                    // A date on a timed series: the instance on that day goes (as Google,
                    // Outlook and ical.js read it), said in the report.
                    When::Day(d) => {
                        if excluded_days.insert(d) {
                            notes.push(Note {
                                line: ex.line,
                                message: format!(
                                    "EXDATE {d} is a date on a timed series: the instance on that day is excluded"
                                ),
                            });
                        }
                    }
                }
            }
        }
        starts.retain(|(t, _, d)| !excluded.contains(t) && !excluded_days.contains(d));
        let mut starts: Vec<(DateTime<Utc>, DateTime<Utc>)> = starts.into_iter().map(|(a, b, _)| (a, b)).collect();
        starts.sort();
        starts.dedup();
        if starts.is_empty() {
            return Err(format!(
                "recurring event with no instance within the event's days ({})",
                self.days_text()
            ));
        }
        Ok(starts
            .into_iter()
            .map(|(a, b)| (uid.clone(), instance_uuid(&uid, a), a, b))
            .collect())
    }

    /// The event's days for a reason: its first and last day, and when its days are
    /// conference days (a day change other than midnight) the hours each one covers.
    fn days_text(&self) -> String {
        let Ok(ev) = self.tx.read().event(self.event) else {
            return String::new();
        };
        let d = &ev.data;
        if d.day_change == chrono::NaiveTime::MIN {
            return format!("{} to {}, {}", d.start_date, d.end_date, d.timezone);
        }
        let change = d.day_change.format("%H:%M");
        format!(
            "{} to {}, each from {change} to {change} the next day, {}",
            d.start_date, d.end_date, d.timezone
        )
    }

    fn outside(&self, start: DateTime<Utc>) -> String {
        format!(
            "starts {} ({}), outside the event's days ({})",
            time::utc_to_local(self.event_tz, start).format("%Y-%m-%d %H:%M"),
            self.event_tz.name(),
            self.days_text()
        )
    }

    fn room_id(&mut self, name: &str, venue: Option<&str>, is_virtual: bool) -> plenary_core::Result<RoomId> {
        if let Some(id) = self.rooms.get(&name.to_lowercase()) {
            return Ok(*id);
        }
        let venue_id = match venue.filter(|v| !v.trim().is_empty()) {
            None => None,
            Some(v) => Some(match self.venues.get(&v.to_lowercase()) {
                Some(id) => *id,
                None => {
                    let created = self.tx.create_venue(
                        self.event,
                        &VenueData {
                            name: v.to_string(),
                            ..Default::default()
                        },
                    )?;
                    self.venues.insert(v.to_lowercase(), created.id);
                    created.id
                }
            }),
        };
        let room = self.tx.create_room(
            self.event,
            &RoomData {
                name: name.to_string(),
                venue_id,
                is_virtual,
                position: self.next_room_position,
                ..Default::default()
            },
        )?;
        self.next_room_position += 1;
        self.rooms.insert(name.to_lowercase(), room.id);
        self.rooms_created += 1;
        Ok(room.id)
    }

    fn term_id(&mut self, vocab_key: &str, vocab_name: &str, code: &str, label: &str) -> plenary_core::Result<TermId> {
        if let Some(id) = self.terms.get(vocab_key).and_then(|codes| codes.get(code)) {
            return Ok(*id);
        }
        let term = self.tx.ensure_term(vocab_key, vocab_name, code, label)?;
        self.terms
            .entry(vocab_key.to_string())
            .or_default()
            .insert(code.to_string(), term.id);
        Ok(term.id)
    }

    fn status(e: &Component) -> SessionStatus {
        match e.prop("STATUS").map(|p| p.value.trim().to_ascii_uppercase()).as_deref() {
            Some("TENTATIVE") => SessionStatus::Draft,
            Some("CANCELLED") => SessionStatus::Cancelled,
            _ => SessionStatus::Confirmed,
        }
    }

    /// What a VEVENT from elsewhere says about its sessions, read once however many
    /// instances it has (reading it per instance would be instances × properties).
    fn foreign_fields(&mut self, e: &Component, notes: &mut Vec<Note>) -> plenary_core::Result<ForeignFields> {
        let mut d = ForeignFields {
            title: text(e, "SUMMARY").unwrap_or_default().trim().to_string(),
            status: Self::status(e),
            ..Default::default()
        };
        let description = text(e, "DESCRIPTION");
        d.description = match description {
            Some(desc) if looks_like_html(&desc) => {
                notes.push(Note {
                    line: e.line,
                    message: "HTML description converted to plain text".into(),
                });
                html_to_text(&desc)
            }
            Some(desc) => desc.trim_end().to_string(),
            None => match e.prop("X-ALT-DESC") {
                Some(p) => html_to_text(&unescape_text(&p.value)),
                None => String::new(),
            },
        };
        let location = text(e, "LOCATION")
            .map(|l| {
                l.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .filter(|l| !l.is_empty());
        let online_only = location.as_deref().is_some_and(|l| l.eq_ignore_ascii_case("online"));
        d.room_id = match location.as_deref() {
            Some(name) if !online_only => Some(self.room_id(name, None, false)?),
            _ => None,
        };
        // Only links a participant can safely open are candidates; the others get a note.
        let conferences: Vec<(&Property, String)> = e
            .props("CONFERENCE")
            .filter_map(|p| safe_link(p, &p.value, notes).map(|url| (p, url)))
            .collect();
        let join = conferences
            .iter()
            .find(|(p, _)| {
                p.param_values("FEATURE")
                    .iter()
                    .any(|f| f.eq_ignore_ascii_case("VIDEO"))
            })
            .or_else(|| conferences.iter().find(|(_, url)| url.starts_with("https:")))
            .or(conferences.first())
            .map(|(_, url)| url);
        d.join_url = join.cloned();
        d.online_only = online_only;
        if let Some(p) = e.prop("URL") {
            if let Some(url) = safe_link(p, &p.value, notes) {
                d.links = Some(vec![Link {
                    label: "Details".into(),
                    url,
                }]);
            }
        }
        if e.prop("CATEGORIES").is_some() {
            let mut tags = Vec::new();
            let mut have = HashSet::new();
            for p in e.props("CATEGORIES") {
                for label in split_text_list(&p.value) {
                    let label = label.trim();
                    if label.is_empty() {
                        continue;
                    }
                    let id = self.term_id("categories", "Calendar categories", &category_code(label), label)?;
                    if have.insert(id) {
                        tags.push(id);
                    }
                }
            }
            d.tags = Some(tags);
        }
        Ok(d)
    }

    /// One instance's data from a VEVENT from elsewhere: the store's session (if any) with
    /// what the file carries laid over it; what the file does not carry is kept.
    fn foreign_data(&self, f: &ForeignFields, uuid: Uuid, start: DateTime<Utc>, end: DateTime<Utc>) -> SessionData {
        let mut d = self.existing.get(&uuid).map(|s| s.data.clone()).unwrap_or_default();
        d.title = f.title.clone();
        d.start = Some(start);
        d.end = Some(end);
        d.status = f.status;
        d.description = f.description.clone();
        d.room_id = f.room_id;
        if let Some(url) = &f.join_url {
            d.join_url = Some(url.clone());
            d.participation = if d.room_id.is_some() {
                Participation::Hybrid
            } else {
                Participation::Remote
            };
        } else if f.online_only {
            d.participation = Participation::Remote;
        }
        if let Some(links) = &f.links {
            d.links = links.clone();
        }
        if let Some(tags) = &f.tags {
            d.tags = tags.clone();
        }
        d
    }

    fn person_id(&mut self, p: &Property) -> plenary_core::Result<PersonId> {
        let uuid = p
            .param("PERSON")
            .and_then(|u| Uuid::parse_str(u).ok())
            .unwrap_or_else(|| Uuid::new_v5(&UID_NAMESPACE, unescape_text(&p.value).as_bytes()));
        if let Some(id) = self.people.get(&uuid) {
            return Ok(*id);
        }
        // The person's details are on the calendar's X-PLENARY-PERSON line (older files put
        // them on the role line itself).
        let p = self.people_in_file.get(&uuid).copied().unwrap_or(p);
        let name = unescape_text(&p.value);
        let get = |n: &str| p.param(n).unwrap_or("").to_string();
        let private = self.private_included;
        let person = self.tx.insert_person(
            uuid,
            &PersonData {
                honorific: get("HONORIFIC"),
                name,
                function: get("FUNCTION"),
                organisation: get("ORGANISATION"),
                email: if private { get("EMAIL") } else { String::new() },
                phone: if private { get("PHONE") } else { String::new() },
                ..Default::default()
            },
        )?;
        self.people.insert(uuid, person.id);
        self.people_created += 1;
        Ok(person.id)
    }

    fn plenary_data(
        &mut self,
        e: &Component,
        uuid: Uuid,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        notes: &mut Vec<Note>,
    ) -> plenary_core::Result<SessionData> {
        let old = self.existing.get(&uuid).map(|s| s.data.clone());
        let field = |name: &str| text(e, name).unwrap_or_default();
        let list = |name: &str| e.props(name).map(|p| unescape_text(&p.value)).collect::<Vec<_>>();
        let parse_enum = |name: &str| -> plenary_core::Result<String> { Ok(field(name).trim().to_string()) };
        let kind: SessionKind = parse_enum("X-PLENARY-KIND")?
            .parse()
            .map_err(|m: String| Error::invalid("session", "kind", format!("X-PLENARY-KIND {m}")))?;
        let participation: Participation = parse_enum("X-PLENARY-PARTICIPATION")?
            .parse()
            .map_err(|m: String| Error::invalid("session", "participation", format!("X-PLENARY-PARTICIPATION {m}")))?;
        let room_id = match e.prop("X-PLENARY-ROOM") {
            Some(p) => {
                let name = unescape_text(&p.value);
                let is_virtual = p.param("VIRTUAL").is_some_and(|v| v.eq_ignore_ascii_case("TRUE"));
                Some(self.room_id(&name, p.param("VENUE"), is_virtual)?)
            }
            None => None,
        };
        let mut tags = Vec::new();
        let mut have_tags = HashSet::new();
        for p in e.props("X-PLENARY-TAG") {
            let reference = unescape_text(&p.value);
            let (vocab, code) = reference.split_once(':').unwrap_or(("categories", reference.as_str()));
            let label = p.param("LABEL").unwrap_or(code);
            let vocab_name = p.param("VOCABULARY").unwrap_or(vocab);
            let id = self.term_id(vocab, vocab_name, code, label)?;
            if have_tags.insert(id) {
                tags.push(id);
            }
        }
        let mut roles = Vec::new();
        let mut items: Vec<SessionItem> = Vec::new();
        // Looked up by item, not searched per item: a VEVENT may carry thousands of lines.
        let mut item_descriptions: HashMap<Option<&str>, String> = HashMap::new();
        for d in e.props("X-PLENARY-ITEM-DESCRIPTION") {
            item_descriptions
                .entry(d.param("ITEM"))
                .or_insert_with(|| unescape_text(&d.value));
        }
        for p in e.props("X-PLENARY-ITEM") {
            let item_uuid = p
                .param("ITEM")
                .and_then(|u| Uuid::parse_str(u).ok())
                .unwrap_or_else(Uuid::new_v4);
            let start = p.param("START").and_then(zone::parse_local).map(|t| t.and_utc());
            let minutes = p.param("MINUTES").and_then(|m| m.parse().ok());
            let description = item_descriptions.get(&p.param("ITEM")).cloned().unwrap_or_default();
            items.push(SessionItem {
                uuid: item_uuid,
                title: unescape_text(&p.value),
                start,
                minutes,
                roles: Vec::new(),
                description,
            });
        }
        let item_index: HashMap<Uuid, usize> = items.iter().enumerate().map(|(i, it)| (it.uuid, i)).collect();
        let mut held: HashSet<(Option<Uuid>, PersonId, Role)> = HashSet::new();
        for p in e.props("X-PLENARY-ROLE") {
            let role: Role = p
                .param("ROLE")
                .unwrap_or("")
                .parse()
                .map_err(|m: String| Error::invalid("session", "roles", format!("line {}: ROLE {m}", p.line)))?;
            let person_id = self.person_id(p)?;
            let item = p.param("ITEM").and_then(|u| Uuid::parse_str(u).ok());
            // The same person in the same role twice in one place says nothing more, and the
            // store refuses it: kept once, with a note.
            if !held.insert((item, person_id, role)) {
                notes.push(Note {
                    line: p.line,
                    message: format!(
                        "{:?} holds the role {} twice in {}; kept once",
                        unescape_text(&p.value),
                        p.param("ROLE").unwrap_or("").trim(),
                        if item.is_some() { "this item" } else { "this session" }
                    ),
                });
                continue;
            }
            let assignment = RoleAssignment { person_id, role };
            match item {
                Some(item) => match item_index.get(&item).and_then(|&i| items.get_mut(i)) {
                    Some(i) => i.roles.push(assignment),
                    None => {
                        return Err(Error::invalid(
                            "session",
                            "items",
                            format!(
                                "line {}: X-PLENARY-ROLE names item {item}, which is not in the VEVENT",
                                p.line
                            ),
                        ))
                    }
                },
                None => roles.push(assignment),
            }
        }
        let (passcode, private_notes) = if self.private_included {
            (field("X-PLENARY-PASSCODE"), field("X-PLENARY-PRIVATE-NOTES"))
        } else {
            // The file was exported without private data: keep what the store has.
            old.as_ref()
                .map(|o| (o.passcode.clone(), o.private_notes.clone()))
                .unwrap_or_default()
        };
        // A link a participant cannot safely open is left out with a note, not the session.
        let link_of = |name: &str, notes: &mut Vec<Note>| {
            e.prop(name)
                .filter(|p| !p.value.trim().is_empty())
                .and_then(|p| safe_link(p, &unescape_text(&p.value), notes))
        };
        let links = e
            .props("X-PLENARY-LINK")
            .filter_map(|p| {
                safe_link(p, &unescape_text(&p.value), notes).map(|url| Link {
                    label: p.param("LABEL").unwrap_or("").to_string(),
                    url,
                })
            })
            .collect();
        Ok(SessionData {
            code: field("X-PLENARY-CODE"),
            title: field("SUMMARY").trim().to_string(),
            subtitle: field("X-PLENARY-SUBTITLE"),
            kind,
            start: Some(start),
            end: Some(end),
            room_id,
            participation,
            join_url: link_of("X-PLENARY-JOIN-URL", notes),
            join_instructions: field("X-PLENARY-JOIN-INSTRUCTIONS"),
            passcode,
            registration_url: link_of("X-PLENARY-REGISTRATION-URL", notes),
            description: field("X-PLENARY-DESCRIPTION"),
            languages: list("X-PLENARY-LANGUAGE"),
            interpretation: list("X-PLENARY-INTERPRETATION"),
            status: Self::status(e),
            expected_attendance: old.as_ref().and_then(|o| o.expected_attendance),
            organisers: list("X-PLENARY-ORGANISER"),
            links,
            private_notes,
            roles,
            items,
            tags,
        })
    }

    /// Another instance of a Plenary VEVENT whose first instance gave `template`: its times,
    /// and what the store keeps per session (attendance; private fields unless the file has them).
    fn plenary_instance(
        &self,
        template: &SessionData,
        uuid: Uuid,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> SessionData {
        let old = self.existing.get(&uuid).map(|s| &s.data);
        let mut d = template.clone();
        d.start = Some(start);
        d.end = Some(end);
        d.expected_attendance = old.and_then(|o| o.expected_attendance);
        if !self.private_included {
            d.passcode = old.map(|o| o.passcode.clone()).unwrap_or_default();
            d.private_notes = old.map(|o| o.private_notes.clone()).unwrap_or_default();
        }
        d
    }

    /// Writes one session. A UUID is stored at most once per file (`seen` skips repeats
    /// before this), so `existing` need not learn the sessions written here.
    fn store_session(&mut self, uuid: Uuid, data: &SessionData) -> plenary_core::Result<Upsert> {
        let tx = self.tx;
        match self.existing.get(&uuid) {
            Some(old) if old.data == *data => Ok(Upsert::Unchanged),
            Some(old) => tx.update_session(old.id, data).map(|_| Upsert::Updated),
            None => {
                if tx.read().session_by_uuid(uuid)?.is_some() {
                    return Err(Error::Conflict(format!(
                        "session {uuid} belongs to another event in this store; not imported here"
                    )));
                }
                tx.insert_session(self.event, uuid, data).map(|_| Upsert::Created)
            }
        }
    }
}

fn weekday(code: &str) -> Option<Weekday> {
    Some(match code.trim().to_ascii_uppercase().as_str() {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_codes_keep_non_latin_labels_apart() {
        assert_eq!(category_code("Open source"), "open-source");
        assert_ne!(category_code("会议"), category_code("研讨"));
        assert!(category_code("会议").starts_with("c-"));
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("PT1H30M"), Ok(Duration::minutes(90)));
        assert_eq!(parse_duration("P1D"), Ok(Duration::days(1)));
        assert_eq!(parse_duration("-PT15M"), Ok(Duration::minutes(-15)));
        assert_eq!(parse_duration("P1W"), Ok(Duration::weeks(1)));
        assert_eq!(parse_duration("P1DT2H"), Ok(Duration::hours(26)));
        assert!(parse_duration("1H").is_err());
        assert!(parse_duration("PTH").is_err());
        // Too big for the weeks, for i64 and for chrono: refused, never an overflow.
        for huge in [
            "P999999999999999999W",
            "P99999999999999999999D",
            "PT9223372036854775807S",
            "P15250284452471W",
        ] {
            assert_eq!(parse_duration(huge), Err("is too long to be a duration"), "{huge}");
        }
    }

    #[test]
    fn html_descriptions_become_text() {
        assert_eq!(
            html_to_text("<p>Hello &amp; welcome</p><p>Line<br>two &#233;</p><ul><li>a</li><li>b</li></ul>"),
            "Hello & welcome\nLine\ntwo é\n• a\n• b"
        );
        assert!(looks_like_html("<p>x</p>"));
        assert!(!looks_like_html("a < b and c > d"));
    }

    #[test]
    fn plenary_uids_give_the_uuid_back_and_foreign_ones_are_stable() {
        let u = Uuid::new_v4();
        assert_eq!(uid_to_uuid(&format!("{u}@plenary")), u);
        assert_eq!(uid_to_uuid("460@KOLT20"), uid_to_uuid("460@KOLT20"));
        assert_ne!(uid_to_uuid("460@KOLT20"), uid_to_uuid("461@KOLT20"));
    }
}
