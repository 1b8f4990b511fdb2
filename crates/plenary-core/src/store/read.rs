//! Queries. Whole-event reads fetch each table once and assemble in memory, so reading an
//! event costs a handful of statements however many sessions it has.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::from_json;
use crate::error::{Error, Result};
use crate::model::*;

pub struct Reader<'c> {
    conn: &'c Connection,
}

pub(crate) fn instant(secs: Option<i64>) -> Option<DateTime<Utc>> {
    secs.and_then(|s| DateTime::from_timestamp(s, 0))
}

fn instant_req(secs: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(secs, 0).unwrap_or_default()
}

fn uuid_col(row: &Row, idx: usize) -> rusqlite::Result<Uuid> {
    let text: String = row.get(idx)?;
    Uuid::parse_str(&text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e)))
}

fn date_col(row: &Row, idx: usize) -> rusqlite::Result<NaiveDate> {
    let text: String = row.get(idx)?;
    NaiveDate::parse_from_str(&text, "%Y-%m-%d")
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e)))
}

fn time_col(row: &Row, idx: usize) -> rusqlite::Result<NaiveTime> {
    let text: String = row.get(idx)?;
    NaiveTime::parse_from_str(&text, "%H:%M:%S")
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e)))
}

fn enum_col<T: std::str::FromStr<Err = String>>(row: &Row, idx: usize) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    text.parse::<T>()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, e.into()))
}

fn json_col<T: serde::de::DeserializeOwned + Default>(row: &Row, idx: usize) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    from_json(&text)
}

pub(crate) const EVENT_COLS: &str =
    "id, uuid, slug, title, tagline, description, organisers, timezone, start_date, end_date, links, day_change";

fn event_row(row: &Row) -> rusqlite::Result<Event> {
    Ok(Event {
        id: row.get(0)?,
        uuid: uuid_col(row, 1)?,
        data: EventData {
            slug: row.get(2)?,
            title: row.get(3)?,
            tagline: row.get(4)?,
            description: row.get(5)?,
            organisers: json_col(row, 6)?,
            timezone: row.get(7)?,
            start_date: date_col(row, 8)?,
            end_date: date_col(row, 9)?,
            links: json_col(row, 10)?,
            day_change: time_col(row, 11)?,
        },
    })
}

const VENUE_COLS: &str = "id, uuid, event_id, name, address, latitude, longitude";

fn venue_row(row: &Row) -> rusqlite::Result<Venue> {
    Ok(Venue {
        id: row.get(0)?,
        uuid: uuid_col(row, 1)?,
        event_id: row.get(2)?,
        data: VenueData {
            name: row.get(3)?,
            address: row.get(4)?,
            latitude: row.get(5)?,
            longitude: row.get(6)?,
        },
    })
}

const ROOM_COLS: &str = "id, uuid, event_id, venue_id, name, capacity, location, can_stream, can_record, \
     interpretation_booths, is_virtual, join_url, opening_hours, position";

fn room_row(row: &Row) -> rusqlite::Result<Room> {
    Ok(Room {
        id: row.get(0)?,
        uuid: uuid_col(row, 1)?,
        event_id: row.get(2)?,
        data: RoomData {
            venue_id: row.get(3)?,
            name: row.get(4)?,
            capacity: row.get(5)?,
            location: row.get(6)?,
            can_stream: row.get(7)?,
            can_record: row.get(8)?,
            interpretation_booths: row.get(9)?,
            is_virtual: row.get(10)?,
            join_url: row.get(11)?,
            opening_hours: json_col(row, 12)?,
            position: row.get(13)?,
        },
    })
}

const PERSON_COLS: &str = "id, uuid, honorific, name, function, organisation, bio, email, phone, availability";

fn person_row(row: &Row) -> rusqlite::Result<Person> {
    Ok(Person {
        id: row.get(0)?,
        uuid: uuid_col(row, 1)?,
        data: PersonData {
            honorific: row.get(2)?,
            name: row.get(3)?,
            function: row.get(4)?,
            organisation: row.get(5)?,
            bio: row.get(6)?,
            email: row.get(7)?,
            phone: row.get(8)?,
            availability: json_col(row, 9)?,
        },
    })
}

const SESSION_COLS: &str = "id, uuid, event_id, code, title, subtitle, kind, start, end, room_id, participation, \
     join_url, join_instructions, passcode, registration_url, description, languages, interpretation, status, \
     expected_attendance, organisers, links, private_notes, revision, created, modified";

/// A session without its roles, items and tags (filled in by `attach_parts`).
fn session_row(row: &Row) -> rusqlite::Result<Session> {
    Ok(Session {
        id: row.get(0)?,
        uuid: uuid_col(row, 1)?,
        event_id: row.get(2)?,
        revision: row.get(23)?,
        created: instant_req(row.get(24)?),
        modified: instant_req(row.get(25)?),
        data: SessionData {
            code: row.get(3)?,
            title: row.get(4)?,
            subtitle: row.get(5)?,
            kind: enum_col(row, 6)?,
            start: instant(row.get(7)?),
            end: instant(row.get(8)?),
            room_id: row.get(9)?,
            participation: enum_col(row, 10)?,
            join_url: row.get(11)?,
            join_instructions: row.get(12)?,
            passcode: row.get(13)?,
            registration_url: row.get(14)?,
            description: row.get(15)?,
            languages: json_col(row, 16)?,
            interpretation: json_col(row, 17)?,
            status: enum_col(row, 18)?,
            expected_attendance: row.get(19)?,
            organisers: json_col(row, 20)?,
            links: json_col(row, 21)?,
            private_notes: row.get(22)?,
            roles: Vec::new(),
            items: Vec::new(),
            tags: Vec::new(),
        },
    })
}

const VOCABULARY_COLS: &str = "id, uuid, key, name, description, builtin";

fn vocabulary_row(row: &Row) -> rusqlite::Result<Vocabulary> {
    Ok(Vocabulary {
        id: row.get(0)?,
        uuid: uuid_col(row, 1)?,
        key: row.get(2)?,
        name: row.get(3)?,
        description: row.get(4)?,
        builtin: row.get(5)?,
    })
}

const TERM_COLS: &str = "id, uuid, vocabulary_id, code, label, parent_code, position";

fn term_row(row: &Row) -> rusqlite::Result<Term> {
    Ok(Term {
        id: row.get(0)?,
        uuid: uuid_col(row, 1)?,
        vocabulary_id: row.get(2)?,
        code: row.get(3)?,
        label: row.get(4)?,
        parent_code: row.get(5)?,
        position: row.get(6)?,
    })
}

/// Which sessions to read.
enum SessionFilter {
    Event(EventId),
    One(SessionId),
}

impl<'c> Reader<'c> {
    pub(crate) fn new(conn: &'c Connection) -> Self {
        Reader { conn }
    }

    fn all<T>(&self, sql: &str, params: impl rusqlite::Params, map: fn(&Row) -> rusqlite::Result<T>) -> Result<Vec<T>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(params, map)?;
        Ok(rows.collect::<rusqlite::Result<Vec<T>>>()?)
    }

    fn one<T>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        map: fn(&Row) -> rusqlite::Result<T>,
    ) -> Result<Option<T>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        Ok(stmt.query_row(params, map).optional()?)
    }

    // ---- events

    pub fn events(&self) -> Result<Vec<EventSummary>> {
        self.all(
            "SELECT e.id, e.uuid, e.slug, e.title, e.timezone, e.start_date, e.end_date,
                    (SELECT COUNT(*) FROM sessions s WHERE s.event_id = e.id),
                    (SELECT COUNT(*) FROM rooms r WHERE r.event_id = e.id)
             FROM events e ORDER BY e.start_date DESC, e.title",
            [],
            |row| {
                Ok(EventSummary {
                    id: row.get(0)?,
                    uuid: uuid_col(row, 1)?,
                    slug: row.get(2)?,
                    title: row.get(3)?,
                    timezone: row.get(4)?,
                    start_date: date_col(row, 5)?,
                    end_date: date_col(row, 6)?,
                    sessions: row.get(7)?,
                    rooms: row.get(8)?,
                })
            },
        )
    }

    pub fn event(&self, id: EventId) -> Result<Event> {
        self.one(
            &format!("SELECT {EVENT_COLS} FROM events WHERE id = ?1"),
            [id],
            event_row,
        )?
        .ok_or_else(|| Error::not_found("event", id))
    }

    pub fn event_by_uuid(&self, uuid: Uuid) -> Result<Option<Event>> {
        self.one(
            &format!("SELECT {EVENT_COLS} FROM events WHERE uuid = ?1"),
            [uuid.to_string()],
            event_row,
        )
    }

    /// An event by id, slug or UUID, as typed on the command line.
    pub fn find_event(&self, key: &str) -> Result<Event> {
        let found = self.one(
            &format!("SELECT {EVENT_COLS} FROM events WHERE slug = ?1 OR uuid = ?1 OR CAST(id AS TEXT) = ?1"),
            [key],
            event_row,
        )?;
        found.ok_or_else(|| Error::not_found("event", key))
    }

    // ---- venues and rooms

    pub fn venues(&self, event: EventId) -> Result<Vec<Venue>> {
        self.all(
            &format!("SELECT {VENUE_COLS} FROM venues WHERE event_id = ?1 ORDER BY name, id"),
            [event],
            venue_row,
        )
    }

    pub fn venue(&self, id: VenueId) -> Result<Venue> {
        self.one(
            &format!("SELECT {VENUE_COLS} FROM venues WHERE id = ?1"),
            [id],
            venue_row,
        )?
        .ok_or_else(|| Error::not_found("venue", id))
    }

    pub fn rooms(&self, event: EventId) -> Result<Vec<Room>> {
        self.all(
            &format!("SELECT {ROOM_COLS} FROM rooms WHERE event_id = ?1 ORDER BY position, name, id"),
            [event],
            room_row,
        )
    }

    pub fn room(&self, id: RoomId) -> Result<Room> {
        self.one(&format!("SELECT {ROOM_COLS} FROM rooms WHERE id = ?1"), [id], room_row)?
            .ok_or_else(|| Error::not_found("room", id))
    }

    /// A room of `event` by id, UUID or exact name.
    pub fn find_room(&self, event: EventId, key: &str) -> Result<Room> {
        self.one(
            &format!(
                "SELECT {ROOM_COLS} FROM rooms WHERE event_id = ?1
                 AND (name = ?2 OR uuid = ?2 OR CAST(id AS TEXT) = ?2) ORDER BY id LIMIT 1"
            ),
            params![event, key],
            room_row,
        )?
        .ok_or_else(|| Error::not_found("room", key))
    }

    // ---- people

    pub fn people(&self) -> Result<Vec<Person>> {
        self.all(
            &format!("SELECT {PERSON_COLS} FROM people ORDER BY name COLLATE NOCASE, id"),
            [],
            person_row,
        )
    }

    pub fn person(&self, id: PersonId) -> Result<Person> {
        self.one(
            &format!("SELECT {PERSON_COLS} FROM people WHERE id = ?1"),
            [id],
            person_row,
        )?
        .ok_or_else(|| Error::not_found("person", id))
    }

    pub fn person_by_uuid(&self, uuid: Uuid) -> Result<Option<Person>> {
        self.one(
            &format!("SELECT {PERSON_COLS} FROM people WHERE uuid = ?1"),
            [uuid.to_string()],
            person_row,
        )
    }

    /// A person by id, UUID or exact name (the first of that name, by id).
    pub fn find_person(&self, key: &str) -> Result<Person> {
        self.one(
            &format!(
                "SELECT {PERSON_COLS} FROM people WHERE name = ?1 OR uuid = ?1 OR CAST(id AS TEXT) = ?1
                 ORDER BY id LIMIT 1"
            ),
            [key],
            person_row,
        )?
        .ok_or_else(|| Error::not_found("person", key))
    }

    // ---- sessions

    pub fn sessions(&self, event: EventId) -> Result<Vec<Session>> {
        self.sessions_where(SessionFilter::Event(event))
    }

    pub fn session(&self, id: SessionId) -> Result<Session> {
        self.sessions_where(SessionFilter::One(id))?
            .pop()
            .ok_or_else(|| Error::not_found("session", id))
    }

    pub fn session_by_uuid(&self, uuid: Uuid) -> Result<Option<Session>> {
        let id: Option<SessionId> = self.one("SELECT id FROM sessions WHERE uuid = ?1", [uuid.to_string()], |r| {
            r.get(0)
        })?;
        id.map(|id| self.session(id)).transpose()
    }

    /// A session of `event` by `key`: its id, UUID or code ("231"); `id:12`, `code:231` or
    /// `uuid:…` match that field alone. A bare key that matches more than one session (a numeric
    /// code that is another session's id, or a code two sessions share) is refused as `Invalid`
    /// naming each session and the form that picks it, never guessed; no match is `NotFound`.
    pub fn find_session(&self, event: EventId, key: &str) -> Result<Session> {
        let (cond, value) = match key.split_once(':') {
            Some(("id", v)) => ("CAST(id AS TEXT) = ?2", v.trim()),
            Some(("code", v)) => ("code = ?2", v),
            Some(("uuid", v)) => ("uuid = ?2", v.trim()),
            _ => ("(code = ?2 OR uuid = ?2 OR CAST(id AS TEXT) = ?2)", key),
        };
        let found = self.all(
            &format!("SELECT id, code, title FROM sessions WHERE event_id = ?1 AND {cond} ORDER BY id LIMIT 5"),
            params![event, value],
            |r| {
                Ok((
                    r.get::<_, SessionId>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            },
        )?;
        match found.as_slice() {
            [] => Err(Error::not_found("session", key)),
            [(id, ..)] => self.session(*id),
            many => Err(ambiguous_session(key, many)),
        }
    }

    fn sessions_where(&self, filter: SessionFilter) -> Result<Vec<Session>> {
        let (cond, key) = match filter {
            SessionFilter::Event(id) => ("s.event_id = ?1", id),
            SessionFilter::One(id) => ("s.id = ?1", id),
        };
        let order = "ORDER BY s.start IS NULL, s.start, s.code, s.id";
        let mut sessions = self.all(
            &format!(
                "SELECT {} FROM sessions s WHERE {cond} {order}",
                prefixed(SESSION_COLS, "s")
            ),
            [key],
            session_row,
        )?;
        if sessions.is_empty() {
            return Ok(sessions);
        }
        let index: HashMap<SessionId, usize> = sessions.iter().enumerate().map(|(i, s)| (s.id, i)).collect();

        // Items, then roles (of sessions or of items), then tags; each ordered by position.
        let mut item_slot: HashMap<i64, (usize, usize)> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT i.id, i.session_id, i.uuid, i.title, i.start, i.minutes, i.description
             FROM session_items i JOIN sessions s ON s.id = i.session_id WHERE {cond}
             ORDER BY i.session_id, i.position"
        ))?;
        let mut rows = stmt.query([key])?;
        while let Some(row) = rows.next()? {
            let item_id: i64 = row.get(0)?;
            let session_id: SessionId = row.get(1)?;
            let Some(&si) = index.get(&session_id) else { continue };
            let items = &mut sessions[si].data.items;
            item_slot.insert(item_id, (si, items.len()));
            items.push(SessionItem {
                uuid: uuid_col(row, 2)?,
                title: row.get(3)?,
                start: instant(row.get(4)?),
                minutes: row.get(5)?,
                roles: Vec::new(),
                description: row.get(6)?,
            });
        }
        drop(rows);

        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT r.session_id, r.item_id, r.person_id, r.role
             FROM session_roles r JOIN sessions s ON s.id = r.session_id WHERE {cond}
             ORDER BY r.session_id, r.item_id IS NOT NULL, r.item_id, r.position"
        ))?;
        let mut rows = stmt.query([key])?;
        while let Some(row) = rows.next()? {
            let session_id: SessionId = row.get(0)?;
            let item_id: Option<i64> = row.get(1)?;
            let assignment = RoleAssignment {
                person_id: row.get(2)?,
                role: enum_col(row, 3)?,
            };
            match item_id {
                None => {
                    if let Some(&si) = index.get(&session_id) {
                        sessions[si].data.roles.push(assignment);
                    }
                }
                Some(item) => {
                    if let Some(&(si, ii)) = item_slot.get(&item) {
                        sessions[si].data.items[ii].roles.push(assignment);
                    }
                }
            }
        }
        drop(rows);

        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT t.session_id, t.term_id FROM session_tags t JOIN sessions s ON s.id = t.session_id
             WHERE {cond} ORDER BY t.session_id, t.position"
        ))?;
        let mut rows = stmt.query([key])?;
        while let Some(row) = rows.next()? {
            let session_id: SessionId = row.get(0)?;
            if let Some(&si) = index.get(&session_id) {
                sessions[si].data.tags.push(row.get(1)?);
            }
        }
        Ok(sessions)
    }

    /// Every session, in any event, in which `person` has a role (in the session or an item),
    /// in time order.
    pub fn person_sessions(&self, person: PersonId) -> Result<Vec<Session>> {
        let ids: Vec<SessionId> = self.all(
            "SELECT DISTINCT s.id FROM sessions s JOIN session_roles r ON r.session_id = s.id
             WHERE r.person_id = ?1 ORDER BY s.start IS NULL, s.start, s.id",
            [person],
            |r| r.get(0),
        )?;
        ids.into_iter().map(|id| self.session(id)).collect()
    }

    // ---- vocabularies

    pub fn vocabularies(&self) -> Result<Vec<Vocabulary>> {
        self.all(
            &format!("SELECT {VOCABULARY_COLS} FROM vocabularies ORDER BY builtin DESC, id"),
            [],
            vocabulary_row,
        )
    }

    pub fn vocabulary_by_key(&self, key: &str) -> Result<Vocabulary> {
        self.one(
            &format!("SELECT {VOCABULARY_COLS} FROM vocabularies WHERE key = ?1"),
            [key],
            vocabulary_row,
        )?
        .ok_or_else(|| Error::not_found("vocabulary", key))
    }

    pub fn terms(&self) -> Result<Vec<Term>> {
        self.all(
            &format!("SELECT {TERM_COLS} FROM terms ORDER BY vocabulary_id, position, id"),
            [],
            term_row,
        )
    }

    /// A term written as `vocabulary:code` ("sdg:9", "wsis:C7.e-health", "days:dpi-day").
    pub fn find_term(&self, reference: &str) -> Result<Term> {
        let (vocabulary, code) = reference.split_once(':').ok_or_else(|| {
            Error::invalid(
                "tag",
                "term",
                format!("{reference:?} is not written vocabulary:code, as in sdg:9"),
            )
        })?;
        self.one(
            &format!(
                "SELECT {} FROM terms t JOIN vocabularies v ON v.id = t.vocabulary_id
                 WHERE v.key = ?1 AND t.code = ?2",
                prefixed(TERM_COLS, "t")
            ),
            params![vocabulary, code],
            term_row,
        )?
        .ok_or_else(|| Error::not_found("term", reference))
    }

    // ---- selections and acknowledged findings

    pub fn selections(&self, event: EventId) -> Result<Vec<Selection>> {
        let mut selections = self.all(
            "SELECT id, event_id, name FROM selections WHERE event_id = ?1 ORDER BY name",
            [event],
            |r| {
                Ok(Selection {
                    id: r.get(0)?,
                    event_id: r.get(1)?,
                    name: r.get(2)?,
                    sessions: Vec::new(),
                })
            },
        )?;
        for selection in &mut selections {
            selection.sessions = self.all(
                "SELECT x.session_id FROM selection_sessions x JOIN sessions s ON s.id = x.session_id
                 WHERE x.selection_id = ?1 ORDER BY s.start, s.id",
                [selection.id],
                |r| r.get(0),
            )?;
        }
        Ok(selections)
    }

    pub fn find_selection(&self, event: EventId, name: &str) -> Result<Selection> {
        self.selections(event)?
            .into_iter()
            .find(|s| s.name == name)
            .ok_or_else(|| Error::not_found("selection", name))
    }

    /// Fingerprints of the findings acknowledged in `event` (see plenary-checks).
    pub fn acknowledged(&self, event: EventId) -> Result<Vec<String>> {
        self.all(
            "SELECT fingerprint FROM finding_acks WHERE event_id = ?1 ORDER BY fingerprint",
            [event],
            |r| r.get(0),
        )
    }

    // ---- whole event

    /// The event with everything in it, in a few statements.
    pub fn schedule(&self, event: EventId) -> Result<Schedule> {
        let event = self.event(event)?;
        let sessions = self.sessions(event.id)?;
        let people = self.all(
            &format!(
                "SELECT {} FROM people p WHERE p.id IN (
                   SELECT r.person_id FROM session_roles r JOIN sessions s ON s.id = r.session_id
                   WHERE s.event_id = ?1)
                 ORDER BY p.name COLLATE NOCASE, p.id",
                prefixed(PERSON_COLS, "p")
            ),
            [event.id],
            person_row,
        )?;
        Ok(Schedule {
            venues: self.venues(event.id)?,
            rooms: self.rooms(event.id)?,
            sessions,
            people,
            vocabularies: self.vocabularies()?,
            terms: self.terms()?,
            event,
        })
    }
}

/// "a, b" → "s.a, s.b": the same column list, qualified for a join.
fn prefixed(cols: &str, table: &str) -> String {
    cols.split(',')
        .map(|c| format!("{table}.{}", c.trim()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The refusal of a session key that names several sessions: each one, what of it matched, and
/// the `id:`/`code:` form that picks it.
fn ambiguous_session(key: &str, found: &[(SessionId, String, String)]) -> Error {
    let by_code = found.iter().filter(|(_, code, _)| code == key).count();
    let mut named = Vec::new();
    let mut picks = Vec::new();
    for (id, code, title) in found {
        let what = if id.to_string() == key {
            "the id"
        } else if code == key {
            "the code"
        } else {
            "the UUID"
        };
        let code = if code.is_empty() {
            String::new()
        } else {
            format!("code {code}, ")
        };
        named.push(format!("{what} of session {id} ({code}{title:?})"));
        picks.push(if id.to_string() != key && by_code == 1 && what == "the code" {
            format!("code:{key}")
        } else {
            format!("id:{id}")
        });
    }
    Error::invalid(
        "session",
        "id or code",
        format!(
            "{key:?} names more than one session: {}; say which with {}",
            named.join(" and "),
            picks.join(" or ")
        ),
    )
}
