//! Sessions: import (update by uuid or code, else create; rooms, people and terms found or
//! created) and export.

use chrono::{DateTime, Duration, NaiveTime, Utc};
use chrono_tz::Tz;
use plenary_core::link::check_link;
use plenary_core::store::RoomIndex;
use plenary_core::time::{self, Fold};
use plenary_core::{
    Event, Link, Participation, PersonData, Role, RoleAssignment, RoomData, Schedule, SessionKind, SessionStatus,
    Store, Tx,
};
use uuid::Uuid;

use super::columns::{mapping, role_column, SESSION_FIELDS};
use super::{finish, line_of, rows, write_row, CsvOptions, NoteAt, Row};
use crate::{in_transaction, EventRef, ImportError, ImportReport};

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
    let (headers, records) = rows(source, bytes)?;
    in_transaction(store, options.dry_run, |tx| {
        let mut report = ImportReport::new(source, "CSV sessions", "rows");
        report.records = records.len();
        let event = tx.read().find_event(event)?;
        report.event = Some(EventRef::of(&event));
        let map = mapping(&headers, &options.map, SESSION_FIELDS, &mut report)?;
        if !map.contains_key("title") {
            return Err(ImportError::MissingColumn {
                field: "title".into(),
                columns: headers.iter().map(str::to_string).collect(),
            });
        }
        let tz = time::parse_zone(&event.data.timezone, "event", "timezone")?;
        let mut rooms = RoomIndex::of(&tx.read(), event.id)?;
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
            match session_row(tx, (&event, tz), &mut rooms, &row, &mut report) {
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

fn session_row(
    tx: &Tx<'_>,
    (event, tz): (&Event, Tz),
    rooms: &mut RoomIndex,
    row: &Row<'_>,
    report: &mut ImportReport,
) -> Result<(), RowError> {
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
            match rooms.by_reference(name) {
                Some(id) => Some(id),
                None => {
                    let data = RoomData {
                        name: name.to_string(),
                        ..Default::default()
                    };
                    let room = rooms.create(tx, None, data)?;
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
