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

mod copies;
mod event;
mod file_event;
mod rrule;
mod session;
mod times;
mod values;

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use plenary_core::report::{self, EventRef, ImportReport, Record, Remark, Skipped};
use plenary_core::store::RoomIndex;
use plenary_core::{time, Error, EventId, ImportError, PersonId, Session, Store, TermId, Tx, Upsert, VenueId};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::parse::{parse_in, Component, Note, ParseError, Property};
use crate::text::unescape_text;
use crate::zone::{self, Zone};

use copies::{choose_copies, Found};
use file_event::event_for_file;
pub use values::html_to_text;

/// Namespace of the UUID v5s made from foreign UIDs (fixed forever: changing it would
/// duplicate every session imported before).
pub const UID_NAMESPACE: Uuid = Uuid::from_u128(0x8f3c_2a61_5b7e_4d0a_9c1f_6e2d_7a4b_3c10);

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImportOptions {
    /// Work out the report, change nothing.
    pub dry_run: bool,
}

/// The file is not iCalendar at all: a [`ImportError::Parse`] naming the file and the line.
fn unreadable(source: &str, err: ParseError) -> ImportError {
    ImportError::Parse {
        file: source.to_string(),
        line: err.line,
        code: err.code,
        params: err.params,
        message: err.message,
    }
}

/// The store's refusal as an import error; the file's own problem (no VCALENDAR, the one
/// refusal [`import_components`] makes for field `file`) is the file's format problem, naming
/// the file.
fn refused(source: &str, err: Error) -> ImportError {
    match err {
        Error::Invalid {
            entity: "import",
            field,
            message,
            ..
        } if field == "file" => ImportError::format(source, None, plenary_core::FormatProblem::NoVcalendar, message),
        other => other.into(),
    }
}

/// Imports iCalendar `bytes` (read from `source`, the file name the report shows) into `event`
/// in one transaction (rolled back with `dry_run`). `progress(done, total)` is called as VEVENTs
/// are processed. A VEVENT that cannot be read is skipped and listed in the report with its line.
///
/// # Errors
/// Nothing is written on any error: the file is not iCalendar ([`ImportError::Parse`] naming
/// the file and the line) or has no VCALENDAR ([`ImportError::Format`]); the store refuses the
/// import as a whole ([`ImportError::Store`]: an unknown event, naming the field otherwise).
pub fn import_ics(
    store: &mut Store,
    event: EventId,
    source: &str,
    bytes: &[u8],
    options: &ImportOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<ImportReport, ImportError> {
    let arena = bumpalo::Bump::new();
    let (roots, notes) = parse_in(bytes, &arena).map_err(|e| unreadable(source, e))?;
    let mut report = store
        .write_or_dry_run(options.dry_run, |tx| {
            import_components(tx, event, &roots, notes, progress)
        })
        .map_err(|e| refused(source, e))?;
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
/// # Errors
/// The file is not iCalendar ([`ImportError::Parse`] naming the file and the line), has no
/// VCALENDAR or VEVENT ([`ImportError::Format`]), or no VEVENT with a start time
/// ([`ImportError::NoDates`]); the sessions span more days than an event may
/// ([`ImportError::Store`], naming the field).
pub fn import_ics_as_event(
    store: &mut Store,
    source: &str,
    bytes: &[u8],
    options: &ImportOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<ImportReport, ImportError> {
    let arena = bumpalo::Bump::new();
    let (roots, notes) = parse_in(bytes, &arena).map_err(|e| unreadable(source, e))?;
    // A new event none of whose sessions could be imported would be left empty: the whole
    // transaction is rolled back instead, and the report (its skipped records) kept here.
    let mut nothing: Option<ImportReport> = None;
    let written = store.write_or_dry_run(options.dry_run, |tx| {
        let (event, outcome, how) = event_for_file(tx, source, &roots)?;
        let mut report = import_components(tx, event, &roots, notes, progress)?;
        if outcome == Upsert::Created && report.created.sessions == 0 {
            nothing = Some(report);
            return Err(Error::Conflict("no session imported".into()).into());
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
                remark: how.into(),
            },
        );
        Ok::<_, ImportError>(report)
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
                    remark: Remark::NoEventMade,
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
    notes.extend(many_calendars_note(&found.calendars));
    let mut cx = Context::new(tx, event, &found.calendars)?;
    let events = found.events;
    let superseded = choose_copies(&events, &mut notes);
    let overridden = overridden_instances(&mut cx, &events, &superseded, &mut notes);
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
            remark: n.remark,
        })
        .collect();
    // In file order, as a person reads the file.
    report.skipped.sort_by_key(|s| s.line);
    report.notes.sort_by_key(|n| n.line);
    report.created.rooms = cx.rooms_created;
    report.created.people = cx.people_created;
    Ok(report)
}

/// A note for a file of several VCALENDARs (one per event is common), naming their lines.
fn many_calendars_note(calendars: &[&Component]) -> Option<Note> {
    if calendars.len() < 2 {
        return None;
    }
    Some(Note {
        line: calendars[0].line,
        remark: Remark::Calendars {
            count: calendars.len(),
            lines: calendars.iter().map(|c| c.line).collect(),
        },
    })
}

/// Instances that a RECURRENCE-ID override replaces, per UID (overrides that lose to a
/// newer copy, `superseded`, left out).
fn overridden_instances<'c>(
    cx: &mut Context,
    events: &[(&'c Component, &Component)],
    superseded: &HashMap<usize, Remark>,
    notes: &mut Vec<Note>,
) -> HashMap<&'c str, HashSet<DateTime<Utc>>> {
    let mut overridden: HashMap<&str, HashSet<DateTime<Utc>>> = HashMap::new();
    for (i, (e, cal)) in events.iter().enumerate() {
        if superseded.contains_key(&i) {
            continue;
        }
        if let (Some(uid), Some(rid)) = (e.prop("UID"), e.prop("RECURRENCE-ID")) {
            cx.enter(cal);
            if let Ok(When::At(t)) = cx.when(rid, e.line, notes) {
                overridden.entry(uid.value.trim()).or_default().insert(t);
            }
        }
    }
    overridden
}

/// A skipped component, named by its SUMMARY or else its UID, at the line of its BEGIN.
fn skip(c: &Component, reason: impl Into<Remark>) -> Skipped {
    Skipped {
        line: Some(c.line),
        what: Record::Component {
            component: c.name.to_string(),
            summary: c.prop("SUMMARY").map(|s| unescape_text(&s.value).to_string()),
            uid: c.prop("UID").map(|u| u.value.trim().to_string()),
        },
        reason: reason.into(),
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
    zones: HashMap<String, Result<Rc<Zone>, Remark>>,
    existing: HashMap<Uuid, Session>,
    seen: HashMap<Uuid, usize>,
    /// The event's rooms, found by name in any case.
    rooms: RoomIndex,
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

/// The VEVENT's UID, or for one without, "SUMMARY|DTSTART" (with a note).
fn uid_of(e: &Component, dtstart: &Property, notes: &mut Vec<Note>) -> String {
    let uid_prop = e
        .prop("UID")
        .map(|p| p.value.trim().to_string())
        .filter(|u| !u.is_empty());
    match uid_prop {
        Some(u) => u,
        None => {
            let made = format!(
                "{}|{}",
                e.prop("SUMMARY").map(|p| p.value.as_ref()).unwrap_or(""),
                dtstart.value.trim()
            );
            notes.push(Note {
                line: e.line,
                remark: Remark::NoUid,
            });
            made
        }
    }
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
        let rooms = RoomIndex::of(&reader, event)?;
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
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::times::parse_duration;
    use super::values::{category_code, html_to_text, looks_like_html};
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
