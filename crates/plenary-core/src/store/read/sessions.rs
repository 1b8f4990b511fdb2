//! Sessions with their roles, items and tags; the refusal of an ambiguous session key.

use std::collections::HashMap;

use rusqlite::{params, Row};
use uuid::Uuid;

use super::{enum_col, instant, instant_req, json_col, prefixed, uuid_col, Reader};
use crate::error::{Error, Result};
use crate::model::*;

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

/// Which sessions to read.
enum SessionFilter {
    Event(EventId),
    One(SessionId),
}

impl Reader<'_> {
    /// The sessions of `event` with their roles, items and tags, in time order (unscheduled last).
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn sessions(&self, event: EventId) -> Result<Vec<Session>> {
        self.sessions_where(SessionFilter::Event(event))
    }

    /// The session with row id `id`, with its roles, items and tags.
    ///
    /// # Errors
    /// [`Error::NotFound`] when there is none.
    pub fn session(&self, id: SessionId) -> Result<Session> {
        self.sessions_where(SessionFilter::One(id))?
            .pop()
            .ok_or_else(|| Error::not_found("session", id))
    }

    /// The session whose permanent UUID (its iCalendar UID, frab guid) is `uuid`, if any.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
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
