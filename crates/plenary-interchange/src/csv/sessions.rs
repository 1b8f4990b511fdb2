//! Sessions: import (update by uuid or code, else create; rooms, people and terms found or
//! created) and export.

use chrono::{DateTime, Duration, NaiveTime, Utc};
use chrono_tz::Tz;
use plenary_core::link::check_link;
use plenary_core::store::RoomIndex;
use plenary_core::time::{self, Fold};
use plenary_core::{
    Event, Link, Participation, PersonData, Role, RoleAssignment, RoomData, Schedule, Session, SessionData,
    SessionKind, SessionStatus, Store, Tx,
};
use uuid::Uuid;

use super::columns::{mapping, role_column, SESSION_FIELDS};
use super::{finish, for_each_row, rows, write_row, CsvOptions, NoteAt, Row};
use crate::{in_transaction, EventRef, ImportError, ImportReport};
use plenary_core::report::{Record, Remark};

fn parse_clock(text: &str) -> Option<NaiveTime> {
    let t = text.trim();
    NaiveTime::parse_from_str(t, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M:%S"))
        .or_else(|_| NaiveTime::parse_from_str(t, "%H.%M"))
        .ok()
}

/// A start or end: a full local "2026-07-10 09:00", or a clock time on the row's date.
fn local_instant(tz: Tz, row: &Row<'_>, field: &str) -> Result<Option<DateTime<Utc>>, Remark> {
    let text = row.get(field);
    if text.is_empty() {
        return Ok(None);
    }
    let local = match time::parse_local(text, "session", field) {
        Ok(local) => local,
        Err(_) => {
            let clock = parse_clock(text).ok_or_else(|| Remark::NotATime {
                field: field.into(),
                value: text.into(),
            })?;
            let date_text = row.get("date");
            if date_text.is_empty() {
                return Err(Remark::TimeWithoutDate {
                    field: field.into(),
                    value: text.into(),
                });
            }
            let date = time::parse_date(date_text, "session", "date").map_err(|e| refusal(&e))?;
            date.and_time(clock)
        }
    };
    time::local_to_utc(tz, local, Fold::Earlier, "session", field)
        .map(Some)
        .map_err(|e| refusal(&e))
}

/// A core error about one cell, as the row's skip reason.
fn refusal(err: &plenary_core::Error) -> Remark {
    Remark::refusal(err).unwrap_or_else(|| Remark::text(err.to_string()))
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
        for_each_row(&records, &map, progress, |i, row| {
            let line = row.line;
            let title = row.get("title");
            let what = if title.is_empty() {
                Record::Row { row: i + 2 }
            } else {
                Record::Titled { title: title.into() }
            };
            match session_row(tx, (&event, tz), &mut rooms, &row, &mut report) {
                Ok(()) => Ok(()),
                Err(RowError::Skip(reason)) => {
                    report.skip(line, what, reason);
                    Ok(())
                }
                Err(RowError::Store(err @ plenary_core::Error::Invalid { .. })) => {
                    report.skip(line, what, refusal(&err));
                    Ok(())
                }
                Err(RowError::Store(err)) => Err(ImportError::from(err)),
            }
        })?;
        Ok(report)
    })
}

enum RowError {
    Skip(Remark),
    Store(plenary_core::Error),
}

impl From<plenary_core::Error> for RowError {
    fn from(e: plenary_core::Error) -> Self {
        RowError::Store(e)
    }
}

impl From<Remark> for RowError {
    fn from(e: Remark) -> Self {
        RowError::Skip(e)
    }
}

/// One row: the session it names (by uuid or code) is updated, or a new one created. The
/// steps run in this order and the first failing one skips the row; a room or person an
/// earlier step created stays created (the whole import is one transaction).
fn session_row(
    tx: &Tx<'_>,
    (event, tz): (&Event, Tz),
    rooms: &mut RoomIndex,
    row: &Row<'_>,
    report: &mut ImportReport,
) -> Result<(), RowError> {
    let title = row.get("title");
    if title.is_empty() {
        return Err(RowError::Skip(Remark::TitleEmpty));
    }
    let uuid = row_uuid(row)?;
    let known = known_session(tx, event, uuid, row)?;
    let mut data = known.as_ref().map(|s| s.data.clone()).unwrap_or_default();
    data.title = title.to_string();
    read_texts_and_kinds(&mut data, row)?;
    read_times(&mut data, tz, row)?;
    read_room(tx, rooms, &mut data, row, report)?;
    read_lists(&mut data, row);
    let what = Record::Titled {
        title: data.title.clone(),
    };
    read_urls(&mut data, row, report, &what);
    read_expected_attendance(&mut data, row)?;
    read_links(&mut data, row, report, &what);
    read_tags(tx, &mut data, row)?;
    read_roles(tx, &mut data, row, report, &what)?;
    save_session(tx, event, known, uuid, &data, report)
}

/// The row's `uuid`, if it has one.
fn row_uuid(row: &Row<'_>) -> Result<Option<Uuid>, RowError> {
    match row.get("uuid") {
        "" => Ok(None),
        text => Ok(Some(
            Uuid::parse_str(text).map_err(|_| Remark::NotUuid { value: text.into() })?,
        )),
    }
}

/// The event's session the row updates: by `uuid`, else by `code`; `None` creates one.
fn known_session(tx: &Tx<'_>, event: &Event, uuid: Option<Uuid>, row: &Row<'_>) -> Result<Option<Session>, RowError> {
    let read = tx.read();
    Ok(match uuid {
        Some(u) => read.session_by_uuid(u)?.filter(|s| s.event_id == event.id),
        None => match row.get("code") {
            "" => None,
            // By code alone: a numeric code may also be another session's id.
            code => read
                .find_session(event.id, &format!("code:{code}"))
                .ok()
                .filter(|s| s.data.code == code),
        },
    })
}

/// Code, subtitle and description (a mapped column replaces, even with ""); kind, status and
/// participation (an empty cell leaves them alone).
fn read_texts_and_kinds(data: &mut SessionData, row: &Row<'_>) -> Result<(), RowError> {
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
        data.kind = one_of(row, "kind", SessionKind::names())?;
    }
    if !row.get("status").is_empty() {
        data.status = one_of(row, "status", SessionStatus::names())?;
    }
    if !row.get("participation").is_empty() {
        data.participation = one_of(row, "participation", Participation::names())?;
    }
    Ok(())
}

/// The cell of `field` read as one of the `allowed` names.
fn one_of<T: std::str::FromStr>(row: &Row<'_>, field: &str, allowed: &[&str]) -> Result<T, Remark> {
    let value = row.get(field);
    value.parse::<T>().map_err(|_| Remark::NotOneOf {
        field: field.into(),
        value: value.into(),
        allowed: allowed.iter().map(|n| n.to_string()).collect(),
    })
}

/// Start and end (or start and minutes), both or neither, when either column is mapped.
fn read_times(data: &mut SessionData, tz: Tz, row: &Row<'_>) -> Result<(), RowError> {
    let start = local_instant(tz, row, "start")?;
    let end = match local_instant(tz, row, "end")? {
        Some(end) => Some(end),
        None => end_from_minutes(start, row)?,
    };
    if row.has("start") || row.has("end") {
        match (start, end) {
            (Some(_), None) => return Err(RowError::Skip(Remark::StartWithoutEnd)),
            (None, Some(_)) => return Err(RowError::Skip(Remark::EndWithoutStart)),
            _ => {}
        }
        data.start = start;
        data.end = end;
    }
    Ok(())
}

/// The end `minutes` after `start`, when the row has both.
fn end_from_minutes(start: Option<DateTime<Utc>>, row: &Row<'_>) -> Result<Option<DateTime<Utc>>, RowError> {
    match (start, row.get("minutes")) {
        (Some(s), m) if !m.is_empty() => {
            let minutes: i64 = m.parse().map_err(|_| Remark::NotANumber {
                field: "minutes".into(),
                value: m.into(),
            })?;
            if minutes <= 0 {
                return Err(RowError::Skip(Remark::MinutesNotPositive { value: m.into() }));
            }
            // Checked: a number from the file meets a date.
            let end = Duration::try_minutes(minutes).and_then(|d| s.checked_add_signed(d));
            Ok(Some(end.ok_or_else(|| Remark::MinutesTooLarge { value: m.into() })?))
        }
        _ => Ok(None),
    }
}

/// The room by name or reference, created when the event has none of that name.
fn read_room(
    tx: &Tx<'_>,
    rooms: &mut RoomIndex,
    data: &mut SessionData,
    row: &Row<'_>,
    report: &mut ImportReport,
) -> Result<(), RowError> {
    if !row.has("room") {
        return Ok(());
    }
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
    Ok(())
}

/// Languages, interpretation and organisers: "a; b" lists.
fn read_lists(data: &mut SessionData, row: &Row<'_>) {
    for (field, slot) in [
        ("languages", &mut data.languages),
        ("interpretation", &mut data.interpretation),
        ("organisers", &mut data.organisers),
    ] {
        if row.has(field) {
            *slot = row.list(field);
        }
    }
}

/// The join and registration URLs.
fn read_urls(data: &mut SessionData, row: &Row<'_>, report: &mut ImportReport, what: &Record) {
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
                    Remark::LinkLeftOut {
                        record: Box::new(what.clone()),
                        field: Some(field.into()),
                        url: row.get(field).into(),
                        trouble: (&why).into(),
                    },
                );
                *slot = None;
            }
        }
    }
}

fn read_expected_attendance(data: &mut SessionData, row: &Row<'_>) -> Result<(), RowError> {
    if row.has("expected_attendance") {
        let text = row.get("expected_attendance");
        data.expected_attendance = if text.is_empty() {
            None
        } else {
            Some(text.parse().map_err(|_| Remark::NotANumber {
                field: "expected_attendance".into(),
                value: text.into(),
            })?)
        };
    }
    Ok(())
}

/// "Label https://…; https://…" links; an unsafe one is left out with a note.
fn read_links(data: &mut SessionData, row: &Row<'_>, report: &mut ImportReport, what: &Record) {
    if !row.has("links") {
        return;
    }
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
                report.note_at(
                    row.line,
                    Remark::LinkLeftOut {
                        record: Box::new(what.clone()),
                        field: None,
                        url: link.url.clone(),
                        trouble: (&why).into(),
                    },
                );
                false
            }
        })
        .collect();
}

/// "vocabulary:code" tags, each once; an unknown one skips the row.
fn read_tags(tx: &Tx<'_>, data: &mut SessionData, row: &Row<'_>) -> Result<(), RowError> {
    if !row.has("tags") {
        return Ok(());
    }
    let read = tx.read();
    let mut tags = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for reference in row.list("tags") {
        let term = read.find_term(&reference).map_err(|e| match e {
            plenary_core::Error::NotFound { .. } => Remark::UnknownTag { tag: reference.clone() },
            other => refusal(&other),
        })?;
        if seen.insert(term.id) {
            tags.push(term.id);
        }
    }
    data.tags = tags;
    Ok(())
}

/// People by role column (created when missing). Roles of the mapped columns are replaced;
/// other roles stay.
fn read_roles(
    tx: &Tx<'_>,
    data: &mut SessionData,
    row: &Row<'_>,
    report: &mut ImportReport,
    what: &Record,
) -> Result<(), RowError> {
    let role_fields: Vec<Role> = Role::ALL.into_iter().filter(|r| row.has(role_column(*r))).collect();
    if role_fields.is_empty() {
        return Ok(());
    }
    data.roles.retain(|r| !role_fields.contains(&r.role));
    let mut held: std::collections::HashSet<(i64, Role)> = data.roles.iter().map(|r| (r.person_id, r.role)).collect();
    for role in role_fields {
        for name in row.list(role_column(role)) {
            let person_id = person_named(tx, &name, report)?;
            if !held.insert((person_id, role)) {
                report.note_at(
                    row.line,
                    Remark::NamedTwice {
                        record: Box::new(what.clone()),
                        line: None,
                        name: name.clone(),
                        role: role.as_str().into(),
                    },
                );
            } else {
                data.roles.push(RoleAssignment { person_id, role });
            }
        }
    }
    Ok(())
}

/// The id of the person called `name`, created when there is none.
fn person_named(tx: &Tx<'_>, name: &str, report: &mut ImportReport) -> Result<i64, RowError> {
    Ok(match tx.read().find_person(name) {
        Ok(p) => p.id,
        Err(_) => {
            report.created.people += 1;
            tx.create_person(&PersonData {
                name: name.to_string(),
                ..Default::default()
            })?
            .id
        }
    })
}

/// Writes the row's session: unchanged, updated, or created (with the row's uuid if any).
fn save_session(
    tx: &Tx<'_>,
    event: &Event,
    known: Option<Session>,
    uuid: Option<Uuid>,
    data: &SessionData,
    report: &mut ImportReport,
) -> Result<(), RowError> {
    match known {
        Some(old) if old.data == *data => report.unchanged.sessions += 1,
        Some(old) => {
            tx.update_session(old.id, data)?;
            report.updated.sessions += 1;
        }
        None => {
            match uuid {
                Some(u) => tx.insert_session(event.id, u, data)?,
                None => tx.create_session(event.id, data)?,
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
