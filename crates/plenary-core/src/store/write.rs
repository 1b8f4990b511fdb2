//! Changes. Each method validates its input first and returns a typed error naming the field;
//! the surrounding `Store::write` rolls everything back when any step fails.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Datelike, Days, Duration, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension, Transaction};
use uuid::Uuid;

use super::read::Reader;
use super::to_json;
use crate::error::{Error, Result};
use crate::model::*;
use crate::sane;
use crate::time;
use crate::vocab::BUILTIN;

/// What an upsert by UUID did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Upsert {
    Created,
    Updated,
    Unchanged,
}

pub struct Tx<'c> {
    tx: Transaction<'c>,
    /// Facts already looked up in this transaction, so that validating thousands of sessions in
    /// one import does not ask SQLite the same questions thousands of times. Entries are only
    /// ever positive facts and are dropped when a change could make them false.
    known: RefCell<Known>,
}

#[derive(Default)]
struct Known {
    bounds: HashMap<EventId, (DateTime<Utc>, DateTime<Utc>)>,
    room_event: HashMap<RoomId, EventId>,
    people: HashSet<PersonId>,
    terms: HashSet<TermId>,
}

fn now() -> DateTime<Utc> {
    // Whole seconds: what the store keeps, so a value read back equals the value returned.
    DateTime::from_timestamp(Utc::now().timestamp(), 0).unwrap_or_default()
}

fn secs(t: Option<DateTime<Utc>>) -> Option<i64> {
    t.map(|t| t.timestamp())
}

fn required(entity: &'static str, field: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(Error::invalid(entity, field, "must not be empty"));
    }
    Ok(())
}

/// A link must be one a participant can safely open (`crate::link`, the one rule for links).
fn check_uri(entity: &'static str, field: &str, value: &str) -> Result<()> {
    crate::link::check_link(value).map_err(|why| Error::invalid(entity, field, format!("{value:?} {why}")))
}

fn check_links(entity: &'static str, links: &[Link]) -> Result<()> {
    for (i, link) in links.iter().enumerate() {
        check_uri(entity, &format!("links[{i}].url"), &link.url)?;
    }
    Ok(())
}

fn check_slug(slug: &str) -> Result<()> {
    let ok = !slug.is_empty()
        && slug.len() <= 64
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-');
    if !ok {
        return Err(Error::invalid(
            "event",
            "slug",
            format!("{slug:?} must be 1–64 lower-case letters, digits and dashes, as in wsis-2026"),
        ));
    }
    Ok(())
}

/// Turns a title into a slug candidate: "WSIS Forum 2026" → "wsis-forum-2026".
pub fn slugify(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug: String = slug.chars().take(48).collect();
    if slug.is_empty() {
        "event".into()
    } else {
        slug.trim_end_matches('-').to_string()
    }
}

fn validate_event(data: &EventData) -> Result<()> {
    check_slug(&data.slug)?;
    required("event", "title", &data.title)?;
    time::parse_zone(&data.timezone, "event", "timezone")?;
    sane::check_event_days(data)?;
    check_links("event", &data.links)
}

fn validate_person(data: &PersonData) -> Result<()> {
    required("person", "name", &data.name)?;
    if !data.email.is_empty() && !data.email.contains('@') {
        return Err(Error::invalid(
            "person",
            "email",
            format!("{:?} is not an e-mail address", data.email),
        ));
    }
    for (i, a) in data.availability.iter().enumerate() {
        sane::check_instant("person", &format!("availability[{i}].start"), a.start)?;
        sane::check_instant("person", &format!("availability[{i}].end"), a.end)?;
        if a.end <= a.start {
            return Err(Error::invalid(
                "person",
                format!("availability[{i}].end"),
                "ends before it starts",
            ));
        }
    }
    Ok(())
}

fn validate_room(data: &RoomData) -> Result<()> {
    required("room", "name", &data.name)?;
    if let Some(url) = &data.join_url {
        check_uri("room", "join_url", url)?;
    }
    for (i, h) in data.opening_hours.iter().enumerate() {
        sane::check_date("room", &format!("opening_hours[{i}].date"), h.date)?;
        if h.closes <= h.opens {
            return Err(Error::invalid(
                "room",
                format!("opening_hours[{i}].closes"),
                "closes before it opens",
            ));
        }
    }
    Ok(())
}

impl<'c> Tx<'c> {
    pub(crate) fn new(tx: Transaction<'c>) -> Self {
        Tx {
            tx,
            known: RefCell::default(),
        }
    }

    pub(crate) fn commit(self) -> Result<()> {
        Ok(self.tx.commit()?)
    }

    /// Reads inside this transaction (they see its uncommitted changes).
    pub fn read(&self) -> Reader<'_> {
        Reader::new(&self.tx)
    }

    fn exec(&self, sql: &str, params: impl rusqlite::Params) -> Result<usize> {
        Ok(self.tx.prepare_cached(sql)?.execute(params)?)
    }

    fn must_change(&self, entity: &'static str, id: i64, changed: usize) -> Result<()> {
        if changed == 0 {
            return Err(Error::not_found(entity, id));
        }
        Ok(())
    }

    // ---- events

    pub fn create_event(&self, data: &EventData) -> Result<Event> {
        self.insert_event(Uuid::new_v4(), data)
    }

    pub fn insert_event(&self, uuid: Uuid, data: &EventData) -> Result<Event> {
        validate_event(data)?;
        self.slug_free(&data.slug, None)?;
        self.exec(
            "INSERT INTO events (uuid, slug, title, tagline, description, organisers, timezone, start_date, end_date, links,
                                 day_change)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                uuid.to_string(),
                data.slug,
                data.title,
                data.tagline,
                data.description,
                to_json(&data.organisers),
                data.timezone,
                data.start_date.to_string(),
                data.end_date.to_string(),
                to_json(&data.links),
                data.day_change.format("%H:%M:%S").to_string(),
            ],
        )?;
        self.read().event(self.tx.last_insert_rowid())
    }

    /// Changes an event. Moving its days or zone must leave every session inside its days.
    pub fn update_event(&self, id: EventId, data: &EventData) -> Result<Event> {
        validate_event(data)?;
        self.known.borrow_mut().bounds.remove(&id);
        self.slug_free(&data.slug, Some(id))?;
        let changed = self.exec(
            "UPDATE events SET slug = ?2, title = ?3, tagline = ?4, description = ?5, organisers = ?6,
                    timezone = ?7, start_date = ?8, end_date = ?9, links = ?10, day_change = ?11 WHERE id = ?1",
            params![
                id,
                data.slug,
                data.title,
                data.tagline,
                data.description,
                to_json(&data.organisers),
                data.timezone,
                data.start_date.to_string(),
                data.end_date.to_string(),
                to_json(&data.links),
                data.day_change.format("%H:%M:%S").to_string(),
            ],
        )?;
        self.must_change("event", id, changed)?;
        let (first, last) = self.event_bounds(id)?;
        let outside: Option<String> = self
            .tx
            .query_row(
                "SELECT title FROM sessions WHERE event_id = ?1 AND start IS NOT NULL
                 AND (start < ?2 OR end > ?3) LIMIT 1",
                params![id, first.timestamp(), last.timestamp()],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(title) = outside {
            return Err(Error::invalid(
                "event",
                "start_date",
                format!("session {title:?} would fall outside the event's days; move it first"),
            ));
        }
        self.read().event(id)
    }

    pub fn delete_event(&self, id: EventId) -> Result<()> {
        // Its rooms go with it.
        *self.known.borrow_mut() = Known::default();
        let changed = self.exec("DELETE FROM events WHERE id = ?1", [id])?;
        self.must_change("event", id, changed)
    }

    fn slug_free(&self, slug: &str, except: Option<EventId>) -> Result<()> {
        let taken: Option<EventId> = self
            .tx
            .query_row("SELECT id FROM events WHERE slug = ?1", [slug], |r| r.get(0))
            .optional()?;
        match taken {
            Some(other) if Some(other) != except => Err(Error::Conflict(format!(
                "event slug {slug:?} is already used; choose another"
            ))),
            _ => Ok(()),
        }
    }

    /// A slug not yet used, based on `wanted` ("osw-2027", "osw-2027-2", …).
    pub fn unique_slug(&self, wanted: &str) -> Result<String> {
        let base = slugify(wanted);
        let mut candidate = base.clone();
        for n in 2.. {
            let taken: bool = self.tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM events WHERE slug = ?1)",
                [&candidate],
                |r| r.get(0),
            )?;
            if !taken {
                break;
            }
            candidate = format!("{base}-{n}");
        }
        Ok(candidate)
    }

    /// The first and last instants of the event's days, in its zone.
    fn event_bounds(&self, id: EventId) -> Result<(DateTime<Utc>, DateTime<Utc>)> {
        if let Some(bounds) = self.known.borrow().bounds.get(&id) {
            return Ok(*bounds);
        }
        let event = self.read().event(id)?;
        let tz = time::parse_zone(&event.data.timezone, "event", "timezone")?;
        // A store written by hand or an old import may hold absurd days: refuse, don't panic.
        sane::check_event_days(&event.data)?;
        // Conference days begin at the day change, so the night after the last day is inside.
        let change = event.data.day_change;
        let bounds = (
            time::day_start_at(tz, event.data.start_date, change),
            time::day_start_at(tz, event.data.end_date + Duration::days(1), change),
        );
        self.known.borrow_mut().bounds.insert(id, bounds);
        Ok(bounds)
    }

    /// Copies an event with its venues, rooms and sessions (as drafts, with their people and
    /// tags) to new dates, keeping each session's weekday and local time: next year's edition.
    pub fn duplicate_event(&self, id: EventId, title: &str, start_date: NaiveDate) -> Result<Event> {
        let source = self.read().schedule(id)?;
        let tz = time::parse_zone(&source.event.data.timezone, "event", "timezone")?;
        sane::check_event_days(&source.event.data)?;
        sane::check_date("event", "start_date", start_date)?;
        let mut data = source.event.data.clone();
        // Both dates are in the sane range, so the shift and every date moved by it fit.
        let shift = start_date - data.start_date;
        let moved = |date: NaiveDate, entity: &'static str, field: &str| -> Result<NaiveDate> {
            date.checked_add_signed(shift).ok_or_else(|| {
                Error::invalid(
                    entity,
                    field,
                    format!("{date} cannot move by {} days", shift.num_days()),
                )
            })
        };
        data.title = title.to_string();
        data.slug = self.unique_slug(title)?;
        data.start_date = start_date;
        data.end_date = moved(data.end_date, "event", "end_date")?;
        let event = self.create_event(&data)?;
        let mut venue_ids = std::collections::HashMap::new();
        for venue in &source.venues {
            venue_ids.insert(venue.id, self.create_venue(event.id, &venue.data)?.id);
        }
        let mut room_ids = std::collections::HashMap::new();
        for room in &source.rooms {
            let mut room_data = room.data.clone();
            room_data.venue_id = room.data.venue_id.and_then(|v| venue_ids.get(&v).copied());
            for (i, hours) in room_data.opening_hours.iter_mut().enumerate() {
                hours.date = moved(hours.date, "room", &format!("opening_hours[{i}].date"))?;
            }
            room_ids.insert(room.id, self.create_room(event.id, &room_data)?.id);
        }
        let move_local = |t: DateTime<Utc>| -> Result<DateTime<Utc>> {
            let local = time::utc_to_local(tz, t).checked_add_signed(shift).ok_or_else(|| {
                Error::invalid(
                    "session",
                    "start",
                    format!("{t} cannot move by {} days", shift.num_days()),
                )
            })?;
            time::local_to_utc(tz, local, time::Fold::Earlier, "session", "start")
        };
        for session in &source.sessions {
            let mut s = session.data.clone();
            s.status = SessionStatus::Draft;
            s.room_id = s.room_id.and_then(|r| room_ids.get(&r).copied());
            s.start = s.start.map(move_local).transpose()?;
            s.end = s.end.map(move_local).transpose()?;
            for item in &mut s.items {
                item.uuid = Uuid::new_v4();
                item.start = item.start.map(move_local).transpose()?;
            }
            self.create_session(event.id, &s)?;
        }
        Ok(event)
    }

    // ---- venues and rooms

    pub fn create_venue(&self, event: EventId, data: &VenueData) -> Result<Venue> {
        self.insert_venue(event, Uuid::new_v4(), data)
    }

    pub fn insert_venue(&self, event: EventId, uuid: Uuid, data: &VenueData) -> Result<Venue> {
        required("venue", "name", &data.name)?;
        self.read().event(event)?;
        self.exec(
            "INSERT INTO venues (uuid, event_id, name, address, latitude, longitude) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                uuid.to_string(),
                event,
                data.name,
                data.address,
                data.latitude,
                data.longitude
            ],
        )?;
        self.read().venue(self.tx.last_insert_rowid())
    }

    pub fn update_venue(&self, id: VenueId, data: &VenueData) -> Result<Venue> {
        required("venue", "name", &data.name)?;
        let changed = self.exec(
            "UPDATE venues SET name = ?2, address = ?3, latitude = ?4, longitude = ?5 WHERE id = ?1",
            params![id, data.name, data.address, data.latitude, data.longitude],
        )?;
        self.must_change("venue", id, changed)?;
        self.read().venue(id)
    }

    pub fn delete_venue(&self, id: VenueId) -> Result<()> {
        let changed = self.exec("DELETE FROM venues WHERE id = ?1", [id])?;
        self.must_change("venue", id, changed)
    }

    pub fn create_room(&self, event: EventId, data: &RoomData) -> Result<Room> {
        self.insert_room(event, Uuid::new_v4(), data)
    }

    pub fn insert_room(&self, event: EventId, uuid: Uuid, data: &RoomData) -> Result<Room> {
        validate_room(data)?;
        self.read().event(event)?;
        self.check_venue(event, data.venue_id)?;
        self.exec(
            "INSERT INTO rooms (uuid, event_id, venue_id, name, capacity, location, can_stream, can_record,
                                interpretation_booths, is_virtual, join_url, opening_hours, position)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            params![
                uuid.to_string(),
                event,
                data.venue_id,
                data.name,
                data.capacity,
                data.location,
                data.can_stream,
                data.can_record,
                data.interpretation_booths,
                data.is_virtual,
                data.join_url,
                to_json(&data.opening_hours),
                data.position,
            ],
        )?;
        self.read().room(self.tx.last_insert_rowid())
    }

    pub fn update_room(&self, id: RoomId, data: &RoomData) -> Result<Room> {
        validate_room(data)?;
        let room = self.read().room(id)?;
        self.check_venue(room.event_id, data.venue_id)?;
        self.exec(
            "UPDATE rooms SET venue_id = ?2, name = ?3, capacity = ?4, location = ?5, can_stream = ?6,
                    can_record = ?7, interpretation_booths = ?8, is_virtual = ?9, join_url = ?10,
                    opening_hours = ?11, position = ?12 WHERE id = ?1",
            params![
                id,
                data.venue_id,
                data.name,
                data.capacity,
                data.location,
                data.can_stream,
                data.can_record,
                data.interpretation_booths,
                data.is_virtual,
                data.join_url,
                to_json(&data.opening_hours),
                data.position,
            ],
        )?;
        self.read().room(id)
    }

    /// Deletes a room; its sessions keep their times and go back to the unscheduled tray.
    pub fn delete_room(&self, id: RoomId) -> Result<()> {
        self.known.borrow_mut().room_event.remove(&id);
        let affected: Vec<SessionId> = {
            let mut stmt = self.tx.prepare_cached("SELECT id FROM sessions WHERE room_id = ?1")?;
            let rows = stmt.query_map([id], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        for session in affected {
            self.exec(
                "UPDATE sessions SET room_id = NULL, revision = revision + 1, modified = ?2 WHERE id = ?1",
                params![session, now().timestamp()],
            )?;
        }
        let changed = self.exec("DELETE FROM rooms WHERE id = ?1", [id])?;
        self.must_change("room", id, changed)
    }

    fn check_venue(&self, event: EventId, venue: Option<VenueId>) -> Result<()> {
        if let Some(venue) = venue {
            let owner = self
                .read()
                .venue(venue)
                .map_err(|_| Error::invalid("room", "venue_id", format!("there is no venue {venue}")))?;
            if owner.event_id != event {
                return Err(Error::invalid("room", "venue_id", "the venue belongs to another event"));
            }
        }
        Ok(())
    }

    // ---- people

    pub fn create_person(&self, data: &PersonData) -> Result<Person> {
        self.insert_person(Uuid::new_v4(), data)
    }

    pub fn insert_person(&self, uuid: Uuid, data: &PersonData) -> Result<Person> {
        validate_person(data)?;
        self.exec(
            "INSERT INTO people (uuid, honorific, name, function, organisation, bio, email, phone, availability)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                uuid.to_string(),
                data.honorific,
                data.name,
                data.function,
                data.organisation,
                data.bio,
                data.email,
                data.phone,
                to_json(&data.availability),
            ],
        )?;
        Ok(Person {
            id: self.tx.last_insert_rowid(),
            uuid,
            data: data.clone(),
        })
    }

    pub fn update_person(&self, id: PersonId, data: &PersonData) -> Result<Person> {
        validate_person(data)?;
        let changed = self.exec(
            "UPDATE people SET honorific = ?2, name = ?3, function = ?4, organisation = ?5, bio = ?6,
                    email = ?7, phone = ?8, availability = ?9 WHERE id = ?1",
            params![
                id,
                data.honorific,
                data.name,
                data.function,
                data.organisation,
                data.bio,
                data.email,
                data.phone,
                to_json(&data.availability),
            ],
        )?;
        self.must_change("person", id, changed)?;
        self.read().person(id)
    }

    /// Deletes a person and their roles in every session.
    pub fn delete_person(&self, id: PersonId) -> Result<()> {
        self.known.borrow_mut().people.remove(&id);
        let changed = self.exec("DELETE FROM people WHERE id = ?1", [id])?;
        self.must_change("person", id, changed)
    }

    /// Creates the person, or updates the one with this UUID.
    pub fn upsert_person(&self, uuid: Uuid, data: &PersonData) -> Result<(Person, Upsert)> {
        match self.read().person_by_uuid(uuid)? {
            None => Ok((self.insert_person(uuid, data)?, Upsert::Created)),
            Some(old) if old.data == *data => Ok((old, Upsert::Unchanged)),
            Some(old) => Ok((self.update_person(old.id, data)?, Upsert::Updated)),
        }
    }

    // ---- sessions

    pub fn create_session(&self, event: EventId, data: &SessionData) -> Result<Session> {
        self.insert_session(event, Uuid::new_v4(), data)
    }

    pub fn insert_session(&self, event: EventId, uuid: Uuid, data: &SessionData) -> Result<Session> {
        self.validate_session(event, data)?;
        let at = now();
        self.exec(
            "INSERT INTO sessions (uuid, event_id, code, title, subtitle, kind, start, end, room_id, participation,
                 join_url, join_instructions, passcode, registration_url, description, languages, interpretation,
                 status, expected_attendance, organisers, links, private_notes, revision, created, modified)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
                     ?21, ?22, 0, ?23, ?23)",
            params![
                uuid.to_string(),
                event,
                data.code,
                data.title,
                data.subtitle,
                data.kind.as_str(),
                secs(data.start),
                secs(data.end),
                data.room_id,
                data.participation.as_str(),
                data.join_url,
                data.join_instructions,
                data.passcode,
                data.registration_url,
                data.description,
                to_json(&data.languages),
                to_json(&data.interpretation),
                data.status.as_str(),
                data.expected_attendance,
                to_json(&data.organisers),
                to_json(&data.links),
                data.private_notes,
                at.timestamp(),
            ],
        )?;
        let id = self.tx.last_insert_rowid();
        self.write_session_parts(id, data)?;
        Ok(Session {
            id,
            uuid,
            event_id: event,
            revision: 0,
            created: at,
            modified: at,
            data: data.clone(),
        })
    }

    /// Replaces a session's fields. The revision goes up when its time, room, status or title
    /// changes, so that calendars holding the old version replace it.
    pub fn update_session(&self, id: SessionId, data: &SessionData) -> Result<Session> {
        let old = self.read().session(id)?;
        if old.data == *data {
            return Ok(old);
        }
        self.validate_session(old.event_id, data)?;
        let significant = old.data.start != data.start
            || old.data.end != data.end
            || old.data.room_id != data.room_id
            || old.data.status != data.status
            || old.data.title != data.title;
        let revision = old.revision + u32::from(significant);
        let at = now();
        self.exec(
            "UPDATE sessions SET code = ?2, title = ?3, subtitle = ?4, kind = ?5, start = ?6, end = ?7, room_id = ?8,
                 participation = ?9, join_url = ?10, join_instructions = ?11, passcode = ?12, registration_url = ?13,
                 description = ?14, languages = ?15, interpretation = ?16, status = ?17, expected_attendance = ?18,
                 organisers = ?19, links = ?20, private_notes = ?21, revision = ?22, modified = ?23
             WHERE id = ?1",
            params![
                id,
                data.code,
                data.title,
                data.subtitle,
                data.kind.as_str(),
                secs(data.start),
                secs(data.end),
                data.room_id,
                data.participation.as_str(),
                data.join_url,
                data.join_instructions,
                data.passcode,
                data.registration_url,
                data.description,
                to_json(&data.languages),
                to_json(&data.interpretation),
                data.status.as_str(),
                data.expected_attendance,
                to_json(&data.organisers),
                to_json(&data.links),
                data.private_notes,
                revision,
                at.timestamp(),
            ],
        )?;
        self.exec("DELETE FROM session_items WHERE session_id = ?1", [id])?;
        self.exec("DELETE FROM session_roles WHERE session_id = ?1", [id])?;
        self.exec("DELETE FROM session_tags WHERE session_id = ?1", [id])?;
        self.write_session_parts(id, data)?;
        Ok(Session {
            revision,
            modified: at,
            data: data.clone(),
            ..old
        })
    }

    /// Moves a session to a time and room (`None` times put it back in the tray). Explicitly
    /// timed items move with it.
    pub fn move_session(
        &self,
        id: SessionId,
        start: Option<DateTime<Utc>>,
        end: Option<DateTime<Utc>>,
        room: Option<RoomId>,
    ) -> Result<Session> {
        let old = self.read().session(id)?;
        let mut data = old.data.clone();
        if let (Some(old_start), Some(new_start)) = (old.data.start, start) {
            let shift = new_start - old_start;
            for (i, item) in data.items.iter_mut().enumerate() {
                item.start = item
                    .start
                    .map(|t| {
                        t.checked_add_signed(shift).ok_or_else(|| {
                            Error::invalid(
                                "session",
                                format!("items[{i}].start"),
                                format!("{t} cannot move that far"),
                            )
                        })
                    })
                    .transpose()?;
            }
        }
        data.start = start;
        data.end = end;
        data.room_id = room;
        self.update_session(id, &data)
    }

    pub fn delete_session(&self, id: SessionId) -> Result<()> {
        let changed = self.exec("DELETE FROM sessions WHERE id = ?1", [id])?;
        self.must_change("session", id, changed)
    }

    /// Creates the session, or updates the one with this UUID (which must be in `event`).
    pub fn upsert_session(&self, event: EventId, uuid: Uuid, data: &SessionData) -> Result<(Session, Upsert)> {
        match self.read().session_by_uuid(uuid)? {
            None => Ok((self.insert_session(event, uuid, data)?, Upsert::Created)),
            Some(old) if old.event_id != event => Err(Error::Conflict(format!(
                "session {uuid} belongs to another event in this store"
            ))),
            Some(old) if old.data == *data => Ok((old, Upsert::Unchanged)),
            Some(old) => Ok((self.update_session(old.id, data)?, Upsert::Updated)),
        }
    }

    fn write_session_parts(&self, id: SessionId, data: &SessionData) -> Result<()> {
        let mut add_role = self.tx.prepare_cached(
            "INSERT INTO session_roles (session_id, item_id, position, person_id, role) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for (pos, r) in data.roles.iter().enumerate() {
            add_role.execute(params![id, None::<i64>, pos as i64, r.person_id, r.role.as_str()])?;
        }
        let mut add_item = self.tx.prepare_cached(
            "INSERT INTO session_items (session_id, position, uuid, title, start, minutes, description)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for (pos, item) in data.items.iter().enumerate() {
            let uuid = if item.uuid.is_nil() { Uuid::new_v4() } else { item.uuid };
            add_item.execute(params![
                id,
                pos as i64,
                uuid.to_string(),
                item.title,
                secs(item.start),
                item.minutes,
                item.description
            ])?;
            let item_id = self.tx.last_insert_rowid();
            for (rpos, r) in item.roles.iter().enumerate() {
                add_role.execute(params![id, item_id, rpos as i64, r.person_id, r.role.as_str()])?;
            }
        }
        let mut add_tag = self
            .tx
            .prepare_cached("INSERT INTO session_tags (session_id, term_id, position) VALUES (?1, ?2, ?3)")?;
        for (pos, term) in data.tags.iter().enumerate() {
            add_tag.execute(params![id, term, pos as i64])?;
        }
        Ok(())
    }

    fn validate_session(&self, event: EventId, data: &SessionData) -> Result<()> {
        const E: &str = "session";
        required(E, "title", &data.title)?;
        match (data.start, data.end) {
            (None, None) => {}
            (Some(_), None) => return Err(Error::invalid(E, "end", "set an end as well as a start, or neither")),
            (None, Some(_)) => return Err(Error::invalid(E, "start", "set a start as well as an end, or neither")),
            (Some(start), Some(end)) => {
                if end <= start {
                    return Err(Error::invalid(E, "end", "the session ends before it starts"));
                }
                let (first, last) = self.event_bounds(event)?;
                if start < first || end > last {
                    let ev = self.read().event(event)?;
                    return Err(Error::invalid(
                        E,
                        if start < first || start >= last { "start" } else { "end" },
                        format!(
                            "the session falls outside the event's days ({} to {}, {})",
                            ev.data.start_date, ev.data.end_date, ev.data.timezone
                        ),
                    ));
                }
            }
        }
        if let Some(room) = data.room_id {
            let cached = self.known.borrow().room_event.get(&room).copied();
            let owner: Option<EventId> = match cached {
                Some(owner) => Some(owner),
                None => self
                    .tx
                    .prepare_cached("SELECT event_id FROM rooms WHERE id = ?1")?
                    .query_row([room], |r| r.get(0))
                    .optional()?,
            };
            if let Some(owner) = owner {
                self.known.borrow_mut().room_event.insert(room, owner);
            }
            match owner {
                None => return Err(Error::invalid(E, "room_id", format!("there is no room {room}"))),
                Some(owner) if owner != event => {
                    return Err(Error::invalid(E, "room_id", "the room belongs to another event"))
                }
                _ => {}
            }
        }
        for (field, url) in [
            ("join_url", &data.join_url),
            ("registration_url", &data.registration_url),
        ] {
            if let Some(url) = url {
                check_uri(E, field, url)?;
            }
        }
        check_links(E, &data.links)?;
        let mut person_exists = self
            .tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM people WHERE id = ?1)")?;
        let mut check_roles = |field: String, roles: &[RoleAssignment]| -> Result<()> {
            for (i, r) in roles.iter().enumerate() {
                // One person may hold several roles, but each role once: a second "chair" for
                // the same person is a slip (or a file listing them twice), not information.
                if roles[..i]
                    .iter()
                    .any(|o| o.person_id == r.person_id && o.role == r.role)
                {
                    return Err(Error::invalid(
                        E,
                        format!("{field}[{i}]"),
                        format!("person {} already holds the role {} here", r.person_id, r.role.as_str()),
                    ));
                }
            }
            for (i, r) in roles.iter().enumerate() {
                if self.known.borrow().people.contains(&r.person_id) {
                    continue;
                }
                let exists: bool = person_exists.query_row([r.person_id], |row| row.get(0))?;
                if exists {
                    self.known.borrow_mut().people.insert(r.person_id);
                }
                if !exists {
                    return Err(Error::invalid(
                        E,
                        format!("{field}[{i}].person_id"),
                        format!("there is no person {}", r.person_id),
                    ));
                }
            }
            Ok(())
        };
        check_roles("roles".into(), &data.roles)?;
        for (i, item) in data.items.iter().enumerate() {
            required(E, &format!("items[{i}].title"), &item.title)?;
            if let Some(start) = item.start {
                sane::check_instant(E, &format!("items[{i}].start"), start)?;
            }
            check_roles(format!("items[{i}].roles"), &item.roles)?;
        }
        let mut term_exists = self
            .tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM terms WHERE id = ?1)")?;
        let mut seen = HashSet::new();
        for (i, term) in data.tags.iter().enumerate() {
            if !seen.insert(term) {
                return Err(Error::invalid(E, format!("tags[{i}]"), "the tag is listed twice"));
            }
            if self.known.borrow().terms.contains(term) {
                continue;
            }
            let exists: bool = term_exists.query_row([term], |row| row.get(0))?;
            if exists {
                self.known.borrow_mut().terms.insert(*term);
            }
            if !exists {
                return Err(Error::invalid(
                    E,
                    format!("tags[{i}]"),
                    format!("there is no term {term}"),
                ));
            }
        }
        Ok(())
    }

    // ---- vocabularies

    /// Seeds the built-in vocabularies once (called on every open; cheap when present).
    pub(crate) fn ensure_builtin_vocabularies(&self) -> Result<()> {
        for vocab in BUILTIN {
            let exists: bool = self.tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM vocabularies WHERE key = ?1)",
                [vocab.key],
                |r| r.get(0),
            )?;
            if exists {
                continue;
            }
            let created = self.insert_vocabulary(vocab.key, vocab.name, vocab.description, true)?;
            for (pos, (code, label, parent)) in vocab.terms.iter().enumerate() {
                self.insert_term(created.id, code, label, parent.map(str::to_string), pos as i32)?;
            }
        }
        Ok(())
    }

    pub fn create_vocabulary(&self, key: &str, name: &str, description: &str) -> Result<Vocabulary> {
        let ok = !key.is_empty()
            && key
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !ok {
            return Err(Error::invalid(
                "vocabulary",
                "key",
                format!("{key:?} must be lower-case letters, digits and dashes"),
            ));
        }
        required("vocabulary", "name", name)?;
        if self.read().vocabulary_by_key(key).is_ok() {
            return Err(Error::Conflict(format!("vocabulary {key:?} already exists")));
        }
        self.insert_vocabulary(key, name, description, false)
    }

    fn insert_vocabulary(&self, key: &str, name: &str, description: &str, builtin: bool) -> Result<Vocabulary> {
        let uuid = Uuid::new_v4();
        self.exec(
            "INSERT INTO vocabularies (uuid, key, name, description, builtin) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![uuid.to_string(), key, name, description, builtin],
        )?;
        Ok(Vocabulary {
            id: self.tx.last_insert_rowid(),
            uuid,
            key: key.into(),
            name: name.into(),
            description: description.into(),
            builtin,
        })
    }

    /// Adds a term to a user vocabulary (built-in ones are fixed).
    pub fn create_term(&self, vocabulary: VocabularyId, code: &str, label: &str) -> Result<Term> {
        required("term", "code", code)?;
        required("term", "label", label)?;
        if code.contains(':') || code.chars().any(char::is_whitespace) {
            return Err(Error::invalid(
                "term",
                "code",
                "a code has no spaces or colons, as in dpi-day",
            ));
        }
        let vocab = self
            .read()
            .vocabularies()?
            .into_iter()
            .find(|v| v.id == vocabulary)
            .ok_or_else(|| Error::invalid("term", "vocabulary_id", format!("there is no vocabulary {vocabulary}")))?;
        if vocab.builtin {
            return Err(Error::invalid(
                "term",
                "vocabulary_id",
                format!("{} is built in and cannot change", vocab.name),
            ));
        }
        let position: i32 = self.tx.query_row(
            "SELECT COALESCE(MAX(position) + 1, 0) FROM terms WHERE vocabulary_id = ?1",
            [vocabulary],
            |r| r.get(0),
        )?;
        let taken: bool = self.tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM terms WHERE vocabulary_id = ?1 AND code = ?2)",
            params![vocabulary, code],
            |r| r.get(0),
        )?;
        if taken {
            return Err(Error::Conflict(format!("{}:{code} already exists", vocab.key)));
        }
        self.insert_term(vocabulary, code, label, None, position)
    }

    fn insert_term(
        &self,
        vocabulary: VocabularyId,
        code: &str,
        label: &str,
        parent: Option<String>,
        position: i32,
    ) -> Result<Term> {
        let uuid = Uuid::new_v4();
        self.exec(
            "INSERT INTO terms (uuid, vocabulary_id, code, label, parent_code, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![uuid.to_string(), vocabulary, code, label, parent, position],
        )?;
        Ok(Term {
            id: self.tx.last_insert_rowid(),
            uuid,
            vocabulary_id: vocabulary,
            code: code.into(),
            label: label.into(),
            parent_code: parent,
            position,
        })
    }

    /// The term `vocabulary:code`, creating the vocabulary and term when missing (imports use
    /// this for tracks and topics).
    pub fn ensure_term(&self, vocabulary_key: &str, vocabulary_name: &str, code: &str, label: &str) -> Result<Term> {
        if let Ok(term) = self.read().find_term(&format!("{vocabulary_key}:{code}")) {
            return Ok(term);
        }
        let vocab = match self.read().vocabulary_by_key(vocabulary_key) {
            Ok(v) => v,
            Err(_) => self.create_vocabulary(vocabulary_key, vocabulary_name, "")?,
        };
        self.create_term(vocab.id, code, label)
    }

    // ---- selections and acknowledgements

    /// Creates or replaces the named selection of sessions.
    pub fn save_selection(&self, event: EventId, name: &str, sessions: &[SessionId]) -> Result<Selection> {
        required("selection", "name", name)?;
        for (i, id) in sessions.iter().enumerate() {
            let owner = self.read().session(*id).map_err(|_| {
                Error::invalid(
                    "selection",
                    format!("sessions[{i}]"),
                    format!("there is no session {id}"),
                )
            })?;
            if owner.event_id != event {
                return Err(Error::invalid(
                    "selection",
                    format!("sessions[{i}]"),
                    "the session belongs to another event",
                ));
            }
        }
        self.exec(
            "DELETE FROM selections WHERE event_id = ?1 AND name = ?2",
            params![event, name],
        )?;
        self.exec(
            "INSERT INTO selections (event_id, name) VALUES (?1, ?2)",
            params![event, name],
        )?;
        let id = self.tx.last_insert_rowid();
        for session in sessions {
            self.exec(
                "INSERT OR IGNORE INTO selection_sessions (selection_id, session_id) VALUES (?1, ?2)",
                params![id, session],
            )?;
        }
        self.read().find_selection(event, name)
    }

    pub fn delete_selection(&self, id: SelectionId) -> Result<()> {
        let changed = self.exec("DELETE FROM selections WHERE id = ?1", [id])?;
        self.must_change("selection", id, changed)
    }

    pub fn acknowledge(&self, event: EventId, rule: &str, fingerprint: &str) -> Result<()> {
        self.exec(
            "INSERT OR REPLACE INTO finding_acks (event_id, fingerprint, rule, acknowledged_at) VALUES (?1, ?2, ?3, ?4)",
            params![event, fingerprint, rule, now().timestamp()],
        )?;
        Ok(())
    }

    pub fn unacknowledge(&self, event: EventId, fingerprint: &str) -> Result<()> {
        self.exec(
            "DELETE FROM finding_acks WHERE event_id = ?1 AND fingerprint = ?2",
            params![event, fingerprint],
        )?;
        Ok(())
    }
}

/// The title of an edition that starts on `to`, made from one that started on `from`: a year in
/// the title moves on ("WSIS Forum 2026" → "WSIS Forum 2027"), otherwise the new year is added.
pub fn edition_title(title: &str, from: NaiveDate, to: NaiveDate) -> String {
    let (old_year, new_year) = (from.year().to_string(), to.year().to_string());
    if title.contains(&old_year) {
        title.replace(&old_year, &new_year)
    } else {
        format!("{title} {new_year}")
    }
}

/// The date 52 or 53 weeks later that is nearest to the same day next year, so the weekday
/// stays: 2026-06-22 (a Monday) → 2027-06-21 (a Monday).
pub fn same_weekday_next_year(date: NaiveDate) -> NaiveDate {
    let (Some(a), Some(b)) = (
        date.checked_add_days(Days::new(364)),
        date.checked_add_days(Days::new(371)),
    ) else {
        // Beyond the dates chrono holds: the store refuses such an event anyway.
        return date;
    };
    let next = date
        .with_year(date.year() + 1)
        .or_else(|| date.pred_opt()?.with_year(date.year() + 1))
        .unwrap_or(a);
    if (next - a).num_days().abs() <= (b - next).num_days().abs() {
        a
    } else {
        b
    }
}
