//! Spreadsheets: CSV import of people and of sessions with a header mapping, and CSV export of
//! sessions, people and the coverage matrix (sessions against SDGs, WSIS Action Lines and GDC
//! objectives).
//!
//! Import maps each column to a field: by the header itself when it names a field (or a common
//! synonym: "E-mail", "Organization", "Speakers"…), or by an explicit `header=field` mapping.
//! A row that cannot be imported is skipped with its line and the reason; the other rows are
//! imported, all in one transaction. Times are local times in the event's zone.

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveTime, Utc};
use chrono_tz::Tz;
use plenary_core::time::{self, Fold};
use plenary_core::{
    Event, Link, Participation, PersonData, Role, RoleAssignment, RoomData, Schedule, SessionKind, SessionStatus,
    Store, Tx,
};
use uuid::Uuid;

use crate::{in_transaction, EventRef, ImportError, ImportReport};
use plenary_core::link::check_link;

pub const PERSON_FIELDS: &[&str] = &[
    "uuid",
    "honorific",
    "name",
    "function",
    "organisation",
    "bio",
    "email",
    "phone",
];

/// Session fields a column can map to. Role columns hold names separated by ";".
pub const SESSION_FIELDS: &[&str] = &[
    "uuid",
    "code",
    "title",
    "subtitle",
    "kind",
    "status",
    "date",
    "start",
    "end",
    "minutes",
    "room",
    "participation",
    "description",
    "languages",
    "interpretation",
    "join_url",
    "registration_url",
    "expected_attendance",
    "organisers",
    "links",
    "tags",
    "moderators",
    "masters_of_ceremonies",
    "chairs",
    "keynote_speakers",
    "speakers",
    "panellists",
    "presenters",
    "rapporteurs",
    "organiser_contacts",
];

fn role_column(role: Role) -> &'static str {
    match role {
        Role::Moderator => "moderators",
        Role::MasterOfCeremonies => "masters_of_ceremonies",
        Role::Chair => "chairs",
        Role::KeynoteSpeaker => "keynote_speakers",
        Role::Speaker => "speakers",
        Role::Panellist => "panellists",
        Role::Presenter => "presenters",
        Role::Rapporteur => "rapporteurs",
        Role::OrganiserContact => "organiser_contacts",
    }
}

/// Common header spellings for a field.
fn synonym(header: &str) -> Option<&'static str> {
    let h: String = header
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect();
    let h = h.trim_matches('_');
    Some(match h {
        "full_name" | "person" | "speaker_name" => "name",
        "title_honorific" | "salutation" | "prefix" => "honorific",
        "position" | "job_title" | "role_title" | "job" => "function",
        "organization" | "organisation" | "affiliation" | "company" | "institution" => "organisation",
        "biography" | "about" => "bio",
        "e_mail" | "mail" | "email_address" => "email",
        "telephone" | "phone_number" | "mobile" => "phone",
        "session" | "session_title" | "name_of_session" => "title",
        "type" | "format" | "session_type" => "kind",
        "day" => "date",
        "start_time" | "from" | "begins" => "start",
        "end_time" | "to" | "ends" => "end",
        "duration" | "length" => "minutes",
        "location" | "venue" => "room",
        "abstract" | "summary" => "description",
        "language" => "languages",
        "speaker" => "speakers",
        "moderator" => "moderators",
        "panelist" | "panelists" | "panellist" => "panellists",
        "keywords" | "topics" => "tags",
        "number" | "id" | "session_code" => "code",
        _ => return None,
    })
}

/// Which column holds which field: explicit mappings first, then headers named like fields,
/// then synonyms. An explicit mapping to the empty field leaves that column out (the window's
/// "not imported" for a column the headers would otherwise map). Unknown explicit fields and two
/// columns mapped to one field are usage errors; unmapped columns a warning.
fn mapping(
    headers: &csv::StringRecord,
    explicit: &[(String, String)],
    fields: &[&'static str],
    report: &mut ImportReport,
) -> Result<HashMap<&'static str, usize>, ImportError> {
    let mut map: HashMap<&'static str, usize> = HashMap::new();
    let mut left_out = Vec::new();
    for (header, field) in explicit {
        let leave_out = field.trim().is_empty();
        let known = fields.iter().find(|f| **f == field.as_str());
        if known.is_none() && !leave_out {
            return Err(ImportError::Usage(format!(
                "--map {header}={field}: {field:?} is not a field; use one of {}",
                fields.join(", ")
            )));
        }
        let Some(col) = headers.iter().position(|h| h.trim() == header.trim()) else {
            return Err(ImportError::Usage(format!(
                "--map {header}={field}: there is no column {header:?}; the columns are {}",
                headers.iter().map(|h| format!("{h:?}")).collect::<Vec<_>>().join(", ")
            )));
        };
        match known {
            None => left_out.push(col),
            Some(field) => {
                if let Some(other) = map.insert(field, col).filter(|other| *other != col) {
                    return Err(ImportError::Usage(format!(
                        "--map {header}={field}: the column {:?} is mapped to {field} too; map one column to it",
                        headers.get(other).unwrap_or("")
                    )));
                }
            }
        }
    }
    let mut unmapped = Vec::new();
    for (col, header) in headers.iter().enumerate() {
        if map.values().any(|c| *c == col) {
            continue;
        }
        if left_out.contains(&col) {
            unmapped.push(format!("{header:?}"));
            continue;
        }
        let lower = header.trim().to_lowercase().replace([' ', '-'], "_");
        let field = fields
            .iter()
            .copied()
            .find(|f| *f == lower)
            .or_else(|| synonym(header).filter(|s| fields.contains(s)));
        match field {
            Some(f) if !map.contains_key(f) => {
                map.insert(f, col);
            }
            _ => unmapped.push(format!("{header:?}")),
        }
    }
    if !unmapped.is_empty() {
        report.warn(format!("columns not imported: {}", unmapped.join(", ")));
    }
    Ok(map)
}

/// The columns of a CSV file (its header row) and the field each one maps to by its header
/// alone, by the same rule an import without explicit mappings applies; `None` where a column
/// would not be imported. Lets a window show what an import will do before it runs.
pub fn columns(
    source: &str,
    bytes: &[u8],
    fields: &[&'static str],
) -> Result<Vec<(String, Option<&'static str>)>, ImportError> {
    let (_, headers) = reader(source, bytes)?;
    let mut unused = ImportReport::new(source, "CSV", "rows");
    let map = mapping(&headers, &[], fields, &mut unused)?;
    Ok(headers
        .iter()
        .enumerate()
        .map(|(col, header)| {
            let field = map.iter().find(|(_, c)| **c == col).map(|(f, _)| *f);
            (header.to_string(), field)
        })
        .collect())
}

struct Row<'a> {
    record: &'a csv::StringRecord,
    map: &'a HashMap<&'static str, usize>,
    /// The record's line in the file, for notes.
    line: Option<usize>,
}

/// Notes about one row name its line when the reader knows it.
trait NoteAt {
    fn note_at(&mut self, line: Option<usize>, message: String);
}

impl NoteAt for ImportReport {
    fn note_at(&mut self, line: Option<usize>, message: String) {
        match line {
            Some(l) => self.note(l, message),
            None => self.warn(message),
        }
    }
}

impl Row<'_> {
    fn get(&self, field: &str) -> &str {
        self.map
            .get(field)
            .and_then(|c| self.record.get(*c))
            .map(str::trim)
            .map(unguard)
            .unwrap_or("")
    }
    fn has(&self, field: &str) -> bool {
        self.map.contains_key(field)
    }
    fn list(&self, field: &str) -> Vec<String> {
        split_list(self.get(field))
    }
}

/// The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV
/// injection): `=`, `+`, `-`, `@`, and tab or carriage return before any of them.
const FORMULA_STARTS: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// A cell as exports write it: control characters other than line feed and tab removed, and an
/// apostrophe before a first character that would make a spreadsheet run it as a formula.
pub fn guard_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    if text.starts_with(FORMULA_STARTS) {
        out.push('\'');
    }
    out.extend(text.chars().filter(|c| !c.is_control() || matches!(c, '\n' | '\t')));
    out
}

/// A cell as the import reads it: the apostrophe [`guard_cell`] put before a formula character
/// is taken off again, so export → import gives back the text.
fn unguard(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => text,
    }
}

fn split_list(text: &str) -> Vec<String> {
    text.split([';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn reader<'b>(source: &str, bytes: &'b [u8]) -> Result<(csv::Reader<&'b [u8]>, csv::StringRecord), ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // Spreadsheets in many locales save with ";" between fields: take the one the header uses.
    let first_line = bytes.split(|b| *b == b'\n').next().unwrap_or(b"");
    let count = |d: u8| first_line.iter().filter(|b| **b == d).count();
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| count(*d))
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(bytes);
    let headers = reader
        .headers()
        .map_err(|e| ImportError::format(source, Some(1), format!("cannot read the header row: {e}")))?
        .clone();
    if headers.is_empty() {
        return Err(ImportError::format(source, Some(1), "the file has no header row"));
    }
    Ok((reader, headers))
}

fn line_of(record: &csv::StringRecord) -> Option<usize> {
    record.position().map(|p| p.line() as usize)
}

#[derive(Debug, Clone, Default)]
pub struct CsvOptions {
    /// (column header, field) pairs.
    pub map: Vec<(String, String)>,
    pub dry_run: bool,
}

/// Imports people. A row with a `uuid` updates that person; otherwise a person of the same name
/// is updated (empty cells leave fields alone); otherwise a person is created.
pub fn import_people(
    store: &mut Store,
    source: &str,
    bytes: &[u8],
    options: &CsvOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<ImportReport, ImportError> {
    let (mut rd, headers) = reader(source, bytes)?;
    let records: Vec<csv::StringRecord> = rd
        .records()
        .collect::<Result<_, _>>()
        .map_err(|e| ImportError::format(source, e.position().map(|p| p.line() as usize), e.to_string()))?;
    in_transaction(store, options.dry_run, |tx| {
        let mut report = ImportReport::new(source, "CSV people", "rows");
        report.records = records.len();
        let map = mapping(&headers, &options.map, PERSON_FIELDS, &mut report)?;
        if !map.contains_key("name") {
            return Err(ImportError::Usage(format!(
                "no column holds the name; map one with --map HEADER=name (columns: {})",
                headers.iter().collect::<Vec<_>>().join(", ")
            )));
        }
        let people = tx.read().people()?;
        let mut by_name: HashMap<String, i64> = people.iter().map(|p| (p.data.name.to_lowercase(), p.id)).collect();
        let total = records.len();
        for (i, record) in records.iter().enumerate() {
            progress(i, total);
            let line = line_of(record);
            let row = Row {
                record,
                map: &map,
                line,
            };
            let name = row.get("name");
            if name.is_empty() {
                report.skip(line, format!("row {}", i + 2), "the name is empty");
                continue;
            }
            let what = format!("{name:?}");
            let uuid = match row.get("uuid") {
                "" => None,
                text => match Uuid::parse_str(text) {
                    Ok(u) => Some(u),
                    Err(_) => {
                        report.skip(line, what, format!("uuid {text:?} is not a UUID"));
                        continue;
                    }
                },
            };
            let known = match uuid {
                Some(u) => tx.read().person_by_uuid(u)?,
                None => match by_name.get(&name.to_lowercase()) {
                    Some(id) => Some(tx.read().person(*id)?),
                    None => None,
                },
            };
            let mut data = known.as_ref().map(|p| p.data.clone()).unwrap_or_default();
            for (field, slot) in [
                ("honorific", &mut data.honorific),
                ("name", &mut data.name),
                ("function", &mut data.function),
                ("organisation", &mut data.organisation),
                ("bio", &mut data.bio),
                ("email", &mut data.email),
                ("phone", &mut data.phone),
            ] {
                let value = row.get(field);
                if !value.is_empty() {
                    *slot = value.to_string();
                }
            }
            let result = match &known {
                Some(p) if p.data == data => {
                    report.unchanged.people += 1;
                    Ok(())
                }
                Some(p) => tx.update_person(p.id, &data).map(|_| report.updated.people += 1),
                None => {
                    let created = match uuid {
                        Some(u) => tx.insert_person(u, &data),
                        None => tx.create_person(&data),
                    };
                    created.map(|p| {
                        by_name.insert(p.data.name.to_lowercase(), p.id);
                        report.created.people += 1;
                    })
                }
            };
            match result {
                Ok(()) => {}
                Err(err @ plenary_core::Error::Invalid { .. }) => report.skip(line, what, err.to_string()),
                Err(err) => return Err(err.into()),
            }
        }
        progress(total, total);
        Ok(report)
    })
}

fn parse_clock(text: &str) -> Option<NaiveTime> {
    let t = text.trim();
    NaiveTime::parse_from_str(t, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M:%S"))
        .or_else(|_| NaiveTime::parse_from_str(t, "%H.%M"))
        .ok()
}

/// A start or end: a full local "2026-07-10 09:00", or a clock time on the row's date.
fn local_instant(tz: Tz, row: &Row<'_>, field: &str) -> Result<Option<DateTime<Utc>>, String> {
    let text = row.get(field);
    if text.is_empty() {
        return Ok(None);
    }
    let local = match time::parse_local(text, "session", field) {
        Ok(local) => local,
        Err(_) => {
            let clock = parse_clock(text)
                .ok_or_else(|| format!("{field} {text:?} is not a time like 09:00 or 2026-07-10 09:00"))?;
            let date_text = row.get("date");
            if date_text.is_empty() {
                return Err(format!("{field} {text:?} is a time without a date; add a date column"));
            }
            let date = time::parse_date(date_text, "session", "date").map_err(|e| e.to_string())?;
            date.and_time(clock)
        }
    };
    time::local_to_utc(tz, local, Fold::Earlier, "session", field)
        .map(Some)
        .map_err(|e| e.to_string())
}

/// Imports sessions into `event`. A row with a `uuid`, or a `code` the event already has,
/// updates that session; otherwise a session is created. Rooms and people are found by name
/// and created when missing; tags are `vocabulary:code` references ("sdg:3; wsis:C7").
pub fn import_sessions(
    store: &mut Store,
    source: &str,
    bytes: &[u8],
    event: &str,
    options: &CsvOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<ImportReport, ImportError> {
    let (mut rd, headers) = reader(source, bytes)?;
    let records: Vec<csv::StringRecord> = rd
        .records()
        .collect::<Result<_, _>>()
        .map_err(|e| ImportError::format(source, e.position().map(|p| p.line() as usize), e.to_string()))?;
    in_transaction(store, options.dry_run, |tx| {
        let mut report = ImportReport::new(source, "CSV sessions", "rows");
        report.records = records.len();
        let event = tx.read().find_event(event)?;
        report.event = Some(EventRef::of(&event));
        let map = mapping(&headers, &options.map, SESSION_FIELDS, &mut report)?;
        if !map.contains_key("title") {
            return Err(ImportError::Usage(format!(
                "no column holds the title; map one with --map HEADER=title (columns: {})",
                headers.iter().collect::<Vec<_>>().join(", ")
            )));
        }
        let tz = time::parse_zone(&event.data.timezone, "event", "timezone")?;
        let total = records.len();
        for (i, record) in records.iter().enumerate() {
            progress(i, total);
            let line = line_of(record);
            let row = Row {
                record,
                map: &map,
                line,
            };
            let title = row.get("title");
            let what = if title.is_empty() {
                format!("row {}", i + 2)
            } else {
                format!("{title:?}")
            };
            match session_row(tx, &event, tz, &row, &mut report) {
                Ok(()) => {}
                Err(RowError::Skip(reason)) => report.skip(line, what, reason),
                Err(RowError::Store(err @ plenary_core::Error::Invalid { .. })) => {
                    report.skip(line, what, err.to_string())
                }
                Err(RowError::Store(err)) => return Err(err.into()),
            }
        }
        progress(total, total);
        Ok(report)
    })
}

enum RowError {
    Skip(String),
    Store(plenary_core::Error),
}

impl From<plenary_core::Error> for RowError {
    fn from(e: plenary_core::Error) -> Self {
        RowError::Store(e)
    }
}

impl From<String> for RowError {
    fn from(e: String) -> Self {
        RowError::Skip(e)
    }
}

fn session_row(tx: &Tx<'_>, event: &Event, tz: Tz, row: &Row<'_>, report: &mut ImportReport) -> Result<(), RowError> {
    let read = tx.read();
    let title = row.get("title");
    if title.is_empty() {
        return Err(RowError::Skip("the title is empty".into()));
    }
    let uuid = match row.get("uuid") {
        "" => None,
        text => Some(Uuid::parse_str(text).map_err(|_| format!("uuid {text:?} is not a UUID"))?),
    };
    let known = match uuid {
        Some(u) => read.session_by_uuid(u)?.filter(|s| s.event_id == event.id),
        None => match row.get("code") {
            "" => None,
            // By code alone: a numeric code may also be another session's id.
            code => read
                .find_session(event.id, &format!("code:{code}"))
                .ok()
                .filter(|s| s.data.code == code),
        },
    };
    let mut data = known.as_ref().map(|s| s.data.clone()).unwrap_or_default();
    data.title = title.to_string();
    for (field, slot) in [
        ("code", &mut data.code),
        ("subtitle", &mut data.subtitle),
        ("description", &mut data.description),
    ] {
        if row.has(field) {
            *slot = row.get(field).to_string();
        }
    }
    if !row.get("kind").is_empty() {
        data.kind = row.get("kind").parse::<SessionKind>()?;
    }
    if !row.get("status").is_empty() {
        data.status = row.get("status").parse::<SessionStatus>()?;
    }
    if !row.get("participation").is_empty() {
        data.participation = row.get("participation").parse::<Participation>()?;
    }
    let start = local_instant(tz, row, "start")?;
    let end = match local_instant(tz, row, "end")? {
        Some(end) => Some(end),
        None => match (start, row.get("minutes")) {
            (Some(s), m) if !m.is_empty() => {
                let minutes: i64 = m.parse().map_err(|_| format!("minutes {m:?} is not a number"))?;
                if minutes <= 0 {
                    return Err(RowError::Skip(format!("minutes {m:?} is not a positive number")));
                }
                // Checked: a number from the file meets a date.
                let end = Duration::try_minutes(minutes).and_then(|d| s.checked_add_signed(d));
                Some(end.ok_or_else(|| format!("minutes {m:?} is too large for a session"))?)
            }
            _ => None,
        },
    };
    if row.has("start") || row.has("end") {
        match (start, end) {
            (Some(_), None) => return Err(RowError::Skip("it has a start but no end or minutes".into())),
            (None, Some(_)) => return Err(RowError::Skip("it has an end but no start".into())),
            _ => {}
        }
        data.start = start;
        data.end = end;
    }
    if row.has("room") {
        let name = row.get("room");
        data.room_id = if name.is_empty() {
            None
        } else {
            match read.find_room(event.id, name) {
                Ok(room) => Some(room.id),
                Err(_) => {
                    let position = read.rooms(event.id)?.len() as i32;
                    let room = tx.create_room(
                        event.id,
                        &RoomData {
                            name: name.to_string(),
                            position,
                            ..Default::default()
                        },
                    )?;
                    report.created.rooms += 1;
                    Some(room.id)
                }
            }
        };
    }
    for (field, slot) in [
        ("languages", &mut data.languages),
        ("interpretation", &mut data.interpretation),
        ("organisers", &mut data.organisers),
    ] {
        if row.has(field) {
            *slot = row.list(field);
        }
    }
    let what = format!("{:?}", data.title);
    for (field, slot) in [
        ("join_url", &mut data.join_url),
        ("registration_url", &mut data.registration_url),
    ] {
        if row.has(field) {
            *slot = Some(row.get(field).to_string()).filter(|s| !s.is_empty());
            // An unsafe link costs the link (with a note), not the row.
            if let Some(Err(why)) = slot.as_deref().map(check_link) {
                report.note_at(
                    row.line,
                    format!("{what}: {field} {:?} {why}; left out", row.get(field)),
                );
                *slot = None;
            }
        }
    }
    if row.has("expected_attendance") {
        let text = row.get("expected_attendance");
        data.expected_attendance = if text.is_empty() {
            None
        } else {
            Some(
                text.parse()
                    .map_err(|_| format!("expected_attendance {text:?} is not a number"))?,
            )
        };
    }
    if row.has("links") {
        data.links = row
            .list("links")
            .into_iter()
            .map(|entry| match entry.rsplit_once(' ') {
                // "Label https://…" or just the URL.
                Some((label, url)) if url.contains(':') => Link {
                    label: label.trim().to_string(),
                    url: url.to_string(),
                },
                _ => Link {
                    label: entry.clone(),
                    url: entry,
                },
            })
            .filter(|link| match check_link(&link.url) {
                Ok(()) => true,
                Err(why) => {
                    report.note_at(row.line, format!("{what}: link {:?} {why}; left out", link.url));
                    false
                }
            })
            .collect();
    }
    if row.has("tags") {
        let mut tags = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for reference in row.list("tags") {
            let term = read
                .find_term(&reference)
                .map_err(|e| format!("tag {reference:?}: {e}"))?;
            if seen.insert(term.id) {
                tags.push(term.id);
            }
        }
        data.tags = tags;
    }
    let role_fields: Vec<Role> = Role::ALL.into_iter().filter(|r| row.has(role_column(*r))).collect();
    if !role_fields.is_empty() {
        // Roles of the mapped columns are replaced; other roles stay.
        data.roles.retain(|r| !role_fields.contains(&r.role));
        let mut held: std::collections::HashSet<(i64, Role)> =
            data.roles.iter().map(|r| (r.person_id, r.role)).collect();
        for role in role_fields {
            for name in row.list(role_column(role)) {
                let person_id = match read.find_person(&name) {
                    Ok(p) => p.id,
                    Err(_) => {
                        report.created.people += 1;
                        tx.create_person(&PersonData {
                            name: name.clone(),
                            ..Default::default()
                        })?
                        .id
                    }
                };
                if !held.insert((person_id, role)) {
                    report.note_at(
                        row.line,
                        format!(
                            "{what}: {name:?} is named more than once as {}; kept once",
                            role.as_str()
                        ),
                    );
                } else {
                    data.roles.push(RoleAssignment { person_id, role });
                }
            }
        }
    }
    match known {
        Some(old) if old.data == data => report.unchanged.sessions += 1,
        Some(old) => {
            tx.update_session(old.id, &data)?;
            report.updated.sessions += 1;
        }
        None => {
            match uuid {
                Some(u) => tx.insert_session(event.id, u, &data)?,
                None => tx.create_session(event.id, &data)?,
            };
            report.created.sessions += 1;
        }
    }
    Ok(())
}

// ---- export

/// Writes one row with every cell guarded ([`guard_cell`]).
fn write_row<I, T>(w: &mut csv::Writer<Vec<u8>>, cells: I)
where
    I: IntoIterator<Item = T>,
    T: AsRef<str>,
{
    let _ = w.write_record(cells.into_iter().map(|c| guard_cell(c.as_ref())));
}

fn finish(writer: csv::Writer<Vec<u8>>) -> String {
    let bytes = writer.into_inner().expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("CSV of UTF-8 text is UTF-8")
}

/// Sessions, one row each, with the columns the session import reads back. Times are local in
/// the event's zone. The passcode and private notes are never exported.
///
/// Links a participant could not safely open (an old store may hold them) are left out.
pub fn export_sessions(schedule: &Schedule) -> String {
    let schedule = &*plenary_core::link::without_unsafe_links(schedule);
    let tz: Tz = schedule.event.data.timezone.parse().unwrap_or(chrono_tz::UTC);
    let mut w = csv::Writer::from_writer(Vec::new());
    write_row(
        &mut w,
        SESSION_FIELDS.iter().filter(|f| !matches!(**f, "date" | "minutes")),
    );
    for s in &schedule.sessions {
        let d = &s.data;
        let local = |t: Option<DateTime<Utc>>| {
            t.map(|t| time::utc_to_local(tz, t).format("%Y-%m-%d %H:%M").to_string())
                .unwrap_or_default()
        };
        let names = |role: Role| {
            d.roles
                .iter()
                .filter(|r| r.role == role)
                .filter_map(|r| schedule.person(r.person_id))
                .map(|p| p.data.name.clone())
                .collect::<Vec<_>>()
                .join("; ")
        };
        let tags = d
            .tags
            .iter()
            .filter_map(|t| schedule.term(*t))
            .filter_map(|t| {
                schedule
                    .vocabulary(t.vocabulary_id)
                    .map(|v| format!("{}:{}", v.key, t.code))
            })
            .collect::<Vec<_>>()
            .join("; ");
        let links = d
            .links
            .iter()
            .map(|l| format!("{} {}", l.label, l.url))
            .collect::<Vec<_>>()
            .join("; ");
        let mut record = vec![
            s.uuid.to_string(),
            d.code.clone(),
            d.title.clone(),
            d.subtitle.clone(),
            d.kind.to_string(),
            d.status.to_string(),
            local(d.start),
            local(d.end),
            d.room_id
                .and_then(|r| schedule.room(r))
                .map(|r| r.data.name.clone())
                .unwrap_or_default(),
            d.participation.to_string(),
            d.description.clone(),
            d.languages.join("; "),
            d.interpretation.join("; "),
            d.join_url.clone().unwrap_or_default(),
            d.registration_url.clone().unwrap_or_default(),
            d.expected_attendance.map(|n| n.to_string()).unwrap_or_default(),
            d.organisers.join("; "),
            links,
            tags,
        ];
        record.extend(Role::ALL.into_iter().map(names));
        write_row(&mut w, &record);
    }
    finish(w)
}

/// The people with a role in the event. E-mail and phone only with `include_private`.
pub fn export_people(schedule: &Schedule, include_private: bool) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["uuid", "honorific", "name", "function", "organisation", "bio"];
    if include_private {
        header.extend(["email", "phone"]);
    }
    header.push("sessions");
    write_row(&mut w, &header);
    for p in &schedule.people {
        let sessions = schedule
            .sessions
            .iter()
            .filter(|s| {
                s.data
                    .roles
                    .iter()
                    .chain(s.data.items.iter().flat_map(|i| &i.roles))
                    .any(|r| r.person_id == p.id)
            })
            .map(|s| {
                if s.data.code.is_empty() {
                    s.data.title.clone()
                } else {
                    s.data.code.clone()
                }
            })
            .collect::<Vec<_>>()
            .join("; ");
        let d = &p.data;
        let mut record = vec![
            p.uuid.to_string(),
            d.honorific.clone(),
            d.name.clone(),
            d.function.clone(),
            d.organisation.clone(),
            d.bio.clone(),
        ];
        if include_private {
            record.extend([d.email.clone(), d.phone.clone()]);
        }
        record.push(sessions);
        write_row(&mut w, &record);
    }
    finish(w)
}

/// The coverage matrix: one row per session, one column per SDG, WSIS Action Line and GDC
/// objective ("sdg:3", "wsis:C7.e-health", "gdc:1"); "x" where the session is tagged with the
/// term, "(x)" in a parent's column (C7) when it is tagged with one of its sub-lines. The last
/// row counts the sessions per column.
pub fn export_coverage(schedule: &Schedule) -> String {
    let mut columns = Vec::new();
    for key in ["sdg", "wsis", "gdc"] {
        if let Some(v) = schedule.vocabularies.iter().find(|v| v.key == key) {
            for t in schedule.terms.iter().filter(|t| t.vocabulary_id == v.id) {
                columns.push((v.id, t.id, t.code.clone(), format!("{key}:{}", t.code)));
            }
        }
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["code".to_string(), "title".to_string()];
    header.extend(columns.iter().map(|c| c.3.clone()));
    write_row(&mut w, &header);
    let mut totals = vec![0usize; columns.len()];
    for s in &schedule.sessions {
        let tagged: Vec<_> = s.data.tags.iter().filter_map(|t| schedule.term(*t)).collect();
        let mut record = vec![s.data.code.clone(), s.data.title.clone()];
        for (i, (vocab, term, code, _)) in columns.iter().enumerate() {
            let cell = if tagged.iter().any(|t| t.id == *term) {
                "x"
            } else if tagged
                .iter()
                .any(|t| t.vocabulary_id == *vocab && t.parent_code.as_deref() == Some(code.as_str()))
            {
                "(x)"
            } else {
                ""
            };
            if !cell.is_empty() {
                totals[i] += 1;
            }
            record.push(cell.to_string());
        }
        write_row(&mut w, &record);
    }
    let mut last = vec![String::new(), "sessions".to_string()];
    last.extend(totals.iter().map(|n| n.to_string()));
    write_row(&mut w, &last);
    finish(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use plenary_core::EventData;

    fn store_with_event() -> (Store, Event) {
        let mut store = Store::open_in_memory().unwrap();
        let event = store
            .write(|tx| {
                tx.create_event(&EventData {
                    slug: "forum".into(),
                    title: "Forum".into(),
                    timezone: "Europe/Zurich".into(),
                    start_date: "2026-07-06".parse().unwrap(),
                    end_date: "2026-07-10".parse().unwrap(),
                    ..Default::default()
                })
            })
            .unwrap();
        (store, event)
    }

    fn cells(text: &str) -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn exports_neutralise_formulas_and_control_characters_and_import_takes_them_back() {
        let (mut store, event) = store_with_event();
        let title = "=HYPERLINK(\"https://evil.example\",\"x\")";
        let subtitle = "\u{1b}[31mred\u{7} alert";
        let description = "+cmd|' /C calc'!A0\nsecond line";
        store
            .write(|tx| {
                let person = tx.create_person(&PersonData {
                    name: "@SUM(1+1)".into(),
                    organisation: "-2+3".into(),
                    bio: "\t=tabbed".into(),
                    function: "\r=cr".into(),
                    ..Default::default()
                })?;
                tx.create_session(
                    event.id,
                    &plenary_core::SessionData {
                        title: title.into(),
                        subtitle: subtitle.into(),
                        description: description.into(),
                        roles: vec![RoleAssignment {
                            person_id: person.id,
                            role: Role::Speaker,
                        }],
                        ..Default::default()
                    },
                )
            })
            .unwrap();
        let schedule = store.read().schedule(event.id).unwrap();

        let sessions = cells(&export_sessions(&schedule));
        let col = |rows: &[Vec<String>], name: &str| rows[0].iter().position(|h| h == name).unwrap();
        let row = &sessions[1];
        assert_eq!(row[col(&sessions, "title")], format!("'{title}"));
        assert_eq!(row[col(&sessions, "subtitle")], "[31mred alert");
        assert_eq!(row[col(&sessions, "description")], format!("'{description}"));
        assert_eq!(row[col(&sessions, "speakers")], "'@SUM(1+1)");

        let people = cells(&export_people(&schedule, false));
        let row = &people[1];
        assert_eq!(row[col(&people, "name")], "'@SUM(1+1)");
        assert_eq!(row[col(&people, "organisation")], "'-2+3");
        assert_eq!(row[col(&people, "bio")], "'\t=tabbed");
        // The carriage return makes the cell a formula start; it is guarded, then removed.
        assert_eq!(row[col(&people, "function")], "'=cr");
        for rows in [&sessions, &people] {
            for cell in rows.iter().flatten() {
                assert!(!cell.starts_with(FORMULA_STARTS), "{cell:?}");
                assert!(
                    !cell.chars().any(|c| c.is_control() && c != '\n' && c != '\t'),
                    "{cell:?}"
                );
            }
        }

        // Importing the export gives the text back, not the apostrophes.
        let exported = export_sessions(&schedule);
        let report = import_sessions(
            &mut store,
            "s.csv",
            exported.as_bytes(),
            "forum",
            &CsvOptions::default(),
            &mut |_, _| {},
        )
        .unwrap();
        assert!(report.skipped.is_empty(), "{:?}", report.skipped);
        let again = store.read().schedule(event.id).unwrap();
        assert_eq!(again.sessions.len(), 1);
        assert_eq!(again.sessions[0].data.title, title);
        assert_eq!(again.sessions[0].data.description, description);
    }

    #[test]
    fn absurd_minutes_unsafe_links_and_repeated_roles_cost_the_value_not_the_file() {
        let (mut store, _) = store_with_event();
        let file = "title,start,minutes,links,join_url,speakers\n\
            Good,2026-07-06 09:00,60,Slides https://example.org/s,https://meet.example.org/1,Ada\n\
            Huge,2026-07-06 10:00,99999999999999999,,,\n\
            Overflow,2026-07-06 10:00,9223372036854775807,,,\n\
            Negative,2026-07-06 10:00,-5,,,\n\
            Links,2026-07-06 11:00,30,Bad javascript:alert(1); Good https://example.org,\"data:text/html;base64,PHNjcmlwdD4=\",Ada; Ada\n";
        let report = import_sessions(
            &mut store,
            "s.csv",
            file.as_bytes(),
            "forum",
            &CsvOptions::default(),
            &mut |_, _| {},
        )
        .unwrap();
        assert_eq!(report.created.sessions, 2, "{report:?}");
        let skipped: Vec<(Option<usize>, &str)> = report.skipped.iter().map(|s| (s.line, s.reason.as_str())).collect();
        assert_eq!(skipped.len(), 3, "{skipped:?}");
        assert_eq!(skipped[0].0, Some(3));
        assert!(skipped[0].1.contains("too large"), "{skipped:?}");
        assert_eq!(skipped[1].0, Some(4));
        assert!(skipped[2].1.contains("not a positive number"), "{skipped:?}");
        let notes: Vec<&str> = report.notes.iter().map(|n| n.message.as_str()).collect();
        assert!(
            notes
                .iter()
                .any(|n| n.contains("javascript:alert(1)") && n.contains("left out")),
            "{notes:?}"
        );
        assert!(
            notes.iter().any(|n| n.contains("join_url") && n.contains("data:")),
            "{notes:?}"
        );
        assert!(
            notes
                .iter()
                .any(|n| n.contains("\"Ada\" is named more than once as speaker")),
            "{notes:?}"
        );
        let event = store.read().find_event("forum").unwrap();
        let s = store.read().schedule(event.id).unwrap();
        let links = s.sessions.iter().find(|x| x.data.title == "Links").unwrap();
        assert_eq!(links.data.links.len(), 1);
        assert_eq!(links.data.links[0].url, "https://example.org");
        assert_eq!(links.data.join_url, None);
        assert_eq!(links.data.roles.len(), 1);
    }
}
