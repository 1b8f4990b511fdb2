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
    time, Error, EventId, Link, Participation, PersonData, PersonId, Role, RoleAssignment, RoomData, RoomId, Session,
    SessionData, SessionItem, SessionKind, SessionStatus, Store, TermId, Tx, Upsert, VenueData, VenueId,
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

/// Imports parsed components inside a transaction the caller owns. The report's `source` is
/// left empty for the caller to fill.
pub fn import_components(
    tx: &Tx<'_>,
    event: EventId,
    roots: &[Component],
    mut notes: Vec<Note>,
    progress: &mut dyn FnMut(usize, usize),
) -> plenary_core::Result<ImportReport> {
    let mut report = ImportReport::new("", "iCalendar", "VEVENTs");
    report.event = Some(EventRef::of(&tx.read().event(event)?));
    let Some(cal) = roots.iter().find(|c| c.name == "VCALENDAR") else {
        return Err(Error::invalid("import", "file", "the file has no VCALENDAR"));
    };
    for other in roots.iter().filter(|c| c.name != "VCALENDAR") {
        report
            .skipped
            .push(skip(other, format!("{} outside VCALENDAR is not imported", other.name)));
    }
    let mut cx = Context::new(tx, event, cal)?;
    let events: Vec<&Component> = cal.children.iter().filter(|c| c.name == "VEVENT").collect();
    report.records = events.len();
    for c in cal
        .children
        .iter()
        .filter(|c| c.name != "VEVENT" && c.name != "VTIMEZONE")
    {
        report.skipped.push(skip(
            c,
            format!("{} is not a session; only VEVENT components are imported", c.name),
        ));
    }
    // Instances that a RECURRENCE-ID override replaces, per UID.
    let mut overridden: HashMap<&str, HashSet<DateTime<Utc>>> = HashMap::new();
    for e in &events {
        if let (Some(uid), Some(rid)) = (e.prop("UID"), e.prop("RECURRENCE-ID")) {
            if let Ok(When::At(t)) = cx.when(rid, e.line, &mut notes) {
                overridden.entry(uid.value.trim()).or_default().insert(t);
            }
        }
    }
    let total = events.len();
    for (i, e) in events.iter().enumerate() {
        if i.is_multiple_of(256) {
            progress(i, total);
        }
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

/// ISO 8601 / RFC 5545 duration: "PT1H30M", "P1D", "-PT15M", "P1W".
fn parse_duration(text: &str) -> Option<Duration> {
    let t = text.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let t = t.strip_prefix('P')?;
    let mut total = Duration::zero();
    let mut num = String::new();
    let mut in_time = false;
    for c in t.chars() {
        match c {
            'T' => in_time = true,
            '0'..='9' => num.push(c),
            _ => {
                let n: i64 = num.parse().ok()?;
                num.clear();
                total += match (c, in_time) {
                    ('W', false) => Duration::weeks(n),
                    ('D', false) => Duration::days(n),
                    ('H', true) => Duration::hours(n),
                    ('M', true) => Duration::minutes(n),
                    ('S', true) => Duration::seconds(n),
                    _ => return None,
                };
            }
        }
    }
    if !num.is_empty() {
        return None;
    }
    Some(if neg { -total } else { total })
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

/// What the store accepts as a link (`plenary_core::link`), once trimmed.
fn looks_like_uri(value: &str) -> bool {
    plenary_core::link::is_safe_link(value.trim())
}

fn looks_like_html(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    [
        "<p>", "<p ", "<br", "<div", "<a href", "</", "<ul", "<li", "<b>", "<i>", "<strong", "<em>", "<html",
    ]
    .iter()
    .any(|t| lower.contains(t))
}

struct Rule {
    daily: bool,
    interval: i64,
    count: Option<usize>,
    until: Option<DateTime<Utc>>,
    days: Vec<Weekday>,
}

impl<'a, 't> Context<'a, 't> {
    fn new(tx: &'a Tx<'t>, event: EventId, cal: &'a Component) -> plenary_core::Result<Self> {
        let reader = tx.read();
        let ev = reader.event(event)?;
        let event_tz = time::parse_zone(&ev.data.timezone, "event", "timezone")?;
        let bounds = (
            time::start_of_day(event_tz, ev.data.start_date),
            time::start_of_day(event_tz, ev.data.end_date + Duration::days(1)),
        );
        let floating = cal
            .prop("X-WR-TIMEZONE")
            .and_then(|p| zone::iana(&unescape_text(&p.value)))
            .map(Zone::Iana)
            .unwrap_or(Zone::Iana(event_tz));
        let private_included = cal
            .prop("X-PLENARY-PRIVATE")
            .is_some_and(|p| p.value.trim().eq_ignore_ascii_case("TRUE"));
        let vtimezones = cal
            .children
            .iter()
            .filter(|c| c.name == "VTIMEZONE")
            .filter_map(|c| c.prop("TZID").map(|p| (unescape_text(&p.value).trim().to_string(), c)))
            .collect();
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
        let people_in_file = cal
            .props("X-PLENARY-PERSON")
            .filter_map(|p| p.param("PERSON").and_then(|u| Uuid::parse_str(u).ok()).map(|u| (u, p)))
            .collect();
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
            floating,
            private_included,
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
            Resolved::Fold => notes.push(Note {
                line: p.line,
                message: format!(
                    "{} {} happens twice in {} (clocks go back); the first is taken",
                    p.name,
                    local.format("%Y-%m-%d %H:%M"),
                    zone.name()
                ),
            }),
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
            return NaiveDate::parse_from_str(v, "%Y%m%d")
                .map(When::Day)
                .map_err(|_| format!("{} {v:?} is not a date (line {})", p.name, p.line));
        }
        let local =
            zone::parse_local(v).ok_or_else(|| format!("{} {v:?} is not a date-time (line {})", p.name, p.line))?;
        if v.ends_with(['Z', 'z']) {
            return Ok(When::At(DateTime::from_naive_utc_and_offset(local, Utc)));
        }
        self.local_in(p, local, notes).map(When::At)
    }

    fn rule(&mut self, p: &Property, notes: &mut Vec<Note>) -> Result<Rule, String> {
        let mut rule = Rule {
            daily: true,
            interval: 1,
            count: None,
            until: None,
            days: Vec::new(),
        };
        let mut freq = None;
        for part in p.value.trim().split(';').filter(|s| !s.is_empty()) {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            match k.to_ascii_uppercase().as_str() {
                "FREQ" => freq = Some(v.to_ascii_uppercase()),
                "INTERVAL" => rule.interval = v.parse().ok().filter(|&n| n > 0).ok_or(format!("INTERVAL={v}"))?,
                "COUNT" => rule.count = Some(v.parse().map_err(|_| format!("COUNT={v}"))?),
                "UNTIL" => {
                    let up = Property {
                        name: "UNTIL".into(),
                        params: Vec::new(),
                        value: v.into(),
                        line: p.line,
                    };
                    rule.until = Some(match self.when(&up, p.line, notes)? {
                        When::At(t) => t,
                        When::Day(d) => time::start_of_day(self.event_tz, d + Duration::days(1)),
                    });
                }
                "BYDAY" => {
                    for d in v.split(',') {
                        rule.days.push(weekday(d).ok_or_else(|| {
                            format!("BYDAY={v}: only plain weekdays can be expanded (no ordinals such as 1MO)")
                        })?);
                    }
                }
                "WKST" => {}
                other => return Err(format!("RRULE part {other} cannot be expanded by Plenary")),
            }
        }
        match freq.as_deref() {
            Some("DAILY") => rule.daily = true,
            Some("WEEKLY") => rule.daily = false,
            Some(f) => {
                return Err(format!(
                    "RRULE FREQ={f} cannot be expanded by Plenary (only DAILY and WEEKLY)"
                ))
            }
            None => return Err("RRULE without FREQ".into()),
        }
        Ok(rule)
    }

    /// Starts of the instances of `rule` from `first` that begin within the event's days.
    fn expand(
        &mut self,
        rule: &Rule,
        dtstart: &Property,
        first_local: NaiveDateTime,
        notes: &mut Vec<Note>,
    ) -> Result<Vec<DateTime<Utc>>, String> {
        let mut out = Vec::new();
        let mut count = 0usize;
        let first_date = first_local.date();
        let week_start = first_date - Duration::days(first_date.weekday().num_days_from_monday().into());
        let mut days: Vec<u32> = rule.days.iter().map(|d| d.num_days_from_monday()).collect();
        days.sort_unstable();
        days.dedup();
        // Enough periods to reach any event within a century of DTSTART.
        for period in 0..40_000i64 {
            let candidates: Vec<NaiveDate> = if rule.daily {
                let d = first_date + Duration::days(period * rule.interval);
                if days.is_empty() || days.contains(&d.weekday().num_days_from_monday()) {
                    vec![d]
                } else {
                    vec![]
                }
            } else {
                let ws = week_start + Duration::weeks(period * rule.interval);
                if days.is_empty() {
                    vec![ws + Duration::days(first_date.weekday().num_days_from_monday().into())]
                } else {
                    days.iter().map(|&d| ws + Duration::days(d.into())).collect()
                }
            };
            for d in candidates {
                if d < first_date {
                    continue;
                }
                let t = self.local_in(dtstart, d.and_time(first_local.time()), notes)?;
                if rule.until.is_some_and(|u| t > u) || t >= self.bounds.1 {
                    return Ok(out);
                }
                count += 1;
                if t >= self.bounds.0 {
                    out.push(t);
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
        for (uid, uuid, start, end) in occurrences {
            if let Some(first) = self.seen.get(&uuid) {
                report.skipped.push(skip(
                    e,
                    format!("UID {uid} repeats the VEVENT of line {first}; the first one was imported"),
                ));
                continue;
            }
            let built = if plenary {
                self.plenary_data(e, uuid, start, end)
            } else {
                self.foreign_data(e, uuid, start, end, notes)
            };
            let data = match built {
                Ok(d) => d,
                Err(Error::Invalid { entity, field, message }) => {
                    report.skipped.push(skip(e, format!("{entity} {field}: {message}")));
                    continue;
                }
                Err(other) => return Err(other),
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
            start
                + parse_duration(&p.value)
                    .ok_or_else(|| format!("DURATION {:?} (line {}) is not a duration", p.value, p.line))?
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
        // A recurring event: expand within the event's days.
        let mut starts: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::new();
        let first_local = zone::parse_local(&dtstart.value).ok_or("DTSTART is not a date-time")?;
        if rrules.is_empty() && start >= self.bounds.0 && start < self.bounds.1 {
            starts.push((start, end));
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
            starts.extend(instances.into_iter().map(|t| (t, t + length)));
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
                        message: "RDATE with a date only (all-day) ignored".into(),
                    });
                    continue;
                };
                let t_end = match (period, b) {
                    (true, Some(b)) => match parse_duration(b) {
                        Some(d) => t + d,
                        None => {
                            let q = Property {
                                value: b.into(),
                                ..(*rd).clone()
                            };
                            match self.when(&q, rd.line, notes)? {
                                When::At(x) => x,
                                When::Day(_) => t + length,
                            }
                        }
                    },
                    _ => t + length,
                };
                if t >= self.bounds.0 && t < self.bounds.1 {
                    starts.push((t, t_end));
                }
            }
        }
        let mut excluded: HashSet<DateTime<Utc>> = overridden.get(uid.as_str()).cloned().unwrap_or_default();
        for ex in e.props("EXDATE") {
            for part in ex.value.split(',') {
                let p = Property {
                    value: part.into(),
                    ..ex.clone()
                };
                if let When::At(t) = self.when(&p, ex.line, notes)? {
                    excluded.insert(t);
                }
            }
        }
        starts.retain(|(t, _)| !excluded.contains(t));
        starts.sort();
        starts.dedup();
        if starts.is_empty() {
            return Err(format!(
                "recurring event with no instance within the event's days ({})",
                self.days_text()
            ));
        }
        notes.push(Note {
            line: e.line,
            message: format!(
                "recurring event {uid}: {} instance(s) within the event's days imported",
                starts.len()
            ),
        });
        Ok(starts
            .into_iter()
            .map(|(a, b)| (uid.clone(), instance_uuid(&uid, a), a, b))
            .collect())
    }

    fn days_text(&self) -> String {
        let ev = self.tx.read().event(self.event).ok();
        ev.map(|e| format!("{} to {}, {}", e.data.start_date, e.data.end_date, e.data.timezone))
            .unwrap_or_default()
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

    fn foreign_data(
        &mut self,
        e: &Component,
        uuid: Uuid,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        notes: &mut Vec<Note>,
    ) -> plenary_core::Result<SessionData> {
        let mut d = self.existing.get(&uuid).map(|s| s.data.clone()).unwrap_or_default();
        d.title = text(e, "SUMMARY").unwrap_or_default().trim().to_string();
        d.start = Some(start);
        d.end = Some(end);
        d.status = Self::status(e);
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
        let conferences: Vec<&Property> = e.props("CONFERENCE").collect();
        let join = conferences
            .iter()
            .find(|p| {
                p.param_values("FEATURE")
                    .iter()
                    .any(|f| f.eq_ignore_ascii_case("VIDEO"))
            })
            .or_else(|| conferences.iter().find(|p| p.value.trim().starts_with("https:")))
            .or(conferences.first());
        let join = join.filter(|p| {
            let ok = looks_like_uri(&p.value);
            if !ok {
                notes.push(Note {
                    line: p.line,
                    message: format!("CONFERENCE {:?} is not a URI; ignored", p.value.trim()),
                });
            }
            ok
        });
        if let Some(p) = join {
            d.join_url = Some(p.value.trim().to_string());
            d.participation = if d.room_id.is_some() {
                Participation::Hybrid
            } else {
                Participation::Remote
            };
        } else if online_only {
            d.participation = Participation::Remote;
        }
        if let Some(p) = e.prop("URL") {
            if looks_like_uri(&p.value) {
                d.links = vec![Link {
                    label: "Details".into(),
                    url: p.value.trim().to_string(),
                }];
            } else {
                notes.push(Note {
                    line: p.line,
                    message: format!("URL {:?} is not a URI; ignored", p.value.trim()),
                });
            }
        }
        if e.prop("CATEGORIES").is_some() {
            let mut tags = Vec::new();
            for p in e.props("CATEGORIES") {
                for label in split_text_list(&p.value) {
                    let label = label.trim();
                    if label.is_empty() {
                        continue;
                    }
                    let id = self.term_id("categories", "Calendar categories", &category_code(label), label)?;
                    if !tags.contains(&id) {
                        tags.push(id);
                    }
                }
            }
            d.tags = tags;
        }
        Ok(d)
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
        for p in e.props("X-PLENARY-TAG") {
            let reference = unescape_text(&p.value);
            let (vocab, code) = reference.split_once(':').unwrap_or(("categories", reference.as_str()));
            let label = p.param("LABEL").unwrap_or(code);
            let vocab_name = p.param("VOCABULARY").unwrap_or(vocab);
            let id = self.term_id(vocab, vocab_name, code, label)?;
            if !tags.contains(&id) {
                tags.push(id);
            }
        }
        let mut roles = Vec::new();
        let mut items: Vec<SessionItem> = Vec::new();
        for p in e.props("X-PLENARY-ITEM") {
            let item_uuid = p
                .param("ITEM")
                .and_then(|u| Uuid::parse_str(u).ok())
                .unwrap_or_else(Uuid::new_v4);
            let start = p.param("START").and_then(zone::parse_local).map(|t| t.and_utc());
            let minutes = p.param("MINUTES").and_then(|m| m.parse().ok());
            let description = e
                .props("X-PLENARY-ITEM-DESCRIPTION")
                .find(|d| d.param("ITEM") == p.param("ITEM"))
                .map(|d| unescape_text(&d.value))
                .unwrap_or_default();
            items.push(SessionItem {
                uuid: item_uuid,
                title: unescape_text(&p.value),
                start,
                minutes,
                roles: Vec::new(),
                description,
            });
        }
        for p in e.props("X-PLENARY-ROLE") {
            let role: Role = p
                .param("ROLE")
                .unwrap_or("")
                .parse()
                .map_err(|m: String| Error::invalid("session", "roles", format!("line {}: ROLE {m}", p.line)))?;
            let person_id = self.person_id(p)?;
            let assignment = RoleAssignment { person_id, role };
            match p.param("ITEM").and_then(|u| Uuid::parse_str(u).ok()) {
                Some(item) => match items.iter_mut().find(|i| i.uuid == item) {
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
        Ok(SessionData {
            code: field("X-PLENARY-CODE"),
            title: field("SUMMARY").trim().to_string(),
            subtitle: field("X-PLENARY-SUBTITLE"),
            kind,
            start: Some(start),
            end: Some(end),
            room_id,
            participation,
            join_url: text(e, "X-PLENARY-JOIN-URL"),
            join_instructions: field("X-PLENARY-JOIN-INSTRUCTIONS"),
            passcode,
            registration_url: text(e, "X-PLENARY-REGISTRATION-URL"),
            description: field("X-PLENARY-DESCRIPTION"),
            languages: list("X-PLENARY-LANGUAGE"),
            interpretation: list("X-PLENARY-INTERPRETATION"),
            status: Self::status(e),
            expected_attendance: old.as_ref().and_then(|o| o.expected_attendance),
            organisers: list("X-PLENARY-ORGANISER"),
            links: e
                .props("X-PLENARY-LINK")
                .map(|p| Link {
                    label: p.param("LABEL").unwrap_or("").to_string(),
                    url: unescape_text(&p.value),
                })
                .collect(),
            private_notes,
            roles,
            items,
            tags,
        })
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
        assert_eq!(parse_duration("PT1H30M"), Some(Duration::minutes(90)));
        assert_eq!(parse_duration("P1D"), Some(Duration::days(1)));
        assert_eq!(parse_duration("-PT15M"), Some(Duration::minutes(-15)));
        assert_eq!(parse_duration("P1W"), Some(Duration::weeks(1)));
        assert_eq!(parse_duration("1H"), None);
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
