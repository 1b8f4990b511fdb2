//! Sessions with their items, roles and tags.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use std::collections::HashSet;
use uuid::Uuid;

use super::{check_links, check_uri, now, required, secs, Tx, Upsert};
use crate::error::{Error, Result};
use crate::model::*;
use crate::sane;
use crate::store::to_json;
use crate::validate::{InputProblem, ProblemCode, Problems};

/// The entity every session error names.
const SESSION: &str = "session";

impl Tx<'_> {
    /// Creates a session of `event` with a new UUID, revision 0.
    ///
    /// # Errors
    /// As [`Tx::insert_session`].
    pub fn create_session(&self, event: EventId, data: &SessionData) -> Result<Session> {
        self.insert_session(event, Uuid::new_v4(), data)
    }

    /// Creates a session of `event` with a given UUID (imports keep the file's identity), with
    /// its roles, items and tags.
    ///
    /// # Errors
    /// [`Error::Invalid`] naming the field (`session title`, `end`, `room_id`,
    /// `roles[1].person_id`, `items[0].start`, `tags[2]` …): no title, only one of start and end, an
    /// end before the start, a time outside the event's days, a room of another event, a person
    /// or term that does not exist, a role held twice, an unsafe link.
    pub fn insert_session(&self, event: EventId, uuid: Uuid, data: &SessionData) -> Result<Session> {
        self.validate_session(event, data)?;
        let at = now();
        self.exec_session(
            "INSERT INTO sessions (uuid, code, title, subtitle, kind, start, end, room_id, participation, join_url,
                 join_instructions, passcode, registration_url, description, languages, interpretation, status,
                 expected_attendance, organisers, links, private_notes, event_id, created, modified, revision)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
                     ?21, ?22, ?23, ?23, 0)",
            &uuid.to_string(),
            data,
            &event,
            at,
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
        self.exec_session(
            "UPDATE sessions SET code = ?2, title = ?3, subtitle = ?4, kind = ?5, start = ?6, end = ?7, room_id = ?8,
                 participation = ?9, join_url = ?10, join_instructions = ?11, passcode = ?12, registration_url = ?13,
                 description = ?14, languages = ?15, interpretation = ?16, status = ?17, expected_attendance = ?18,
                 organisers = ?19, links = ?20, private_notes = ?21, revision = ?22, modified = ?23
             WHERE id = ?1",
            &id,
            data,
            &revision,
            at,
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

    /// Deletes a session with its roles, items and tags.
    ///
    /// # Errors
    /// [`Error::NotFound`] for an unknown session.
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

    /// Runs `sql` (the INSERT or the UPDATE) with `key` (the UUID or the row id) as ?1, the
    /// fields in their stored form as ?2 to ?21, `extra` (the event for an INSERT, the revision
    /// for an UPDATE) as ?22 and `at` (UTC seconds) as ?23, so both statements bind the same way.
    fn exec_session(
        &self,
        sql: &str,
        key: &dyn rusqlite::ToSql,
        data: &SessionData,
        extra: &dyn rusqlite::ToSql,
        at: DateTime<Utc>,
    ) -> Result<usize> {
        self.exec(
            sql,
            params![
                key,
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
                extra,
                at.timestamp(),
            ],
        )
    }

    /// Every rule of a session, each broken one recorded: an `Error::Invalid` listing them all,
    /// so a form shows every problem at once. Only a database failure stops it early.
    fn validate_session(&self, event: EventId, data: &SessionData) -> Result<()> {
        let mut all = Problems::new(SESSION);
        all.take(required(SESSION, "title", &data.title))?;
        self.validate_session_times(&mut all, event, data)?;
        if let Some(room) = data.room_id {
            self.validate_session_room(&mut all, event, room)?;
        }
        for (field, url) in [
            ("join_url", &data.join_url),
            ("registration_url", &data.registration_url),
        ] {
            if let Some(url) = url {
                all.take(check_uri(SESSION, field, url))?;
            }
        }
        check_links(&mut all, SESSION, &data.links)?;
        self.validate_roles(&mut all, "roles", &data.roles)?;
        for (i, item) in data.items.iter().enumerate() {
            all.take(required(SESSION, &format!("items[{i}].title"), &item.title))?;
            if let Some(start) = item.start {
                all.take(sane::check_instant(SESSION, &format!("items[{i}].start"), start))?;
            }
            self.validate_roles(&mut all, &format!("items[{i}].roles"), &item.roles)?;
        }
        self.validate_tags(&mut all, &data.tags)?;
        all.finish()
    }

    /// Start and end both set or both unset, in order, and within the event's days.
    fn validate_session_times(&self, all: &mut Problems, event: EventId, data: &SessionData) -> Result<()> {
        let (start, end) = match (data.start, data.end) {
            (None, None) => return Ok(()),
            (Some(_), None) => {
                all.push(InputProblem::new("end", ProblemCode::MissingEnd));
                return Ok(());
            }
            (None, Some(_)) => {
                all.push(InputProblem::new("start", ProblemCode::MissingStart));
                return Ok(());
            }
            (Some(start), Some(end)) => (start, end),
        };
        if end <= start {
            all.push(InputProblem::new("end", ProblemCode::BeforeStart));
            return Ok(());
        }
        let (first, last) = self.event_bounds(event)?;
        if start < first || end > last {
            let ev = self.read().event(event)?;
            all.push(
                InputProblem::new(
                    if start < first || start >= last { "start" } else { "end" },
                    ProblemCode::OutsideEvent,
                )
                .with("first", ev.data.start_date)
                .with("last", ev.data.end_date)
                .with("zone", &ev.data.timezone),
            );
        }
        Ok(())
    }

    /// The room exists and belongs to `event` (owners cached for the transaction: an import
    /// validates thousands of sessions in a few rooms).
    fn validate_session_room(&self, all: &mut Problems, event: EventId, room: RoomId) -> Result<()> {
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
            None => all.push(InputProblem::new("room_id", ProblemCode::NoSuchRoom).with("id", room)),
            Some(owner) if owner != event => all.push(InputProblem::new("room_id", ProblemCode::OtherEventsRoom)),
            _ => {}
        }
        Ok(())
    }

    /// Each role held once per person, and every person exists; `field` names the list
    /// (`roles`, `items[2].roles`) in the problems.
    fn validate_roles(&self, all: &mut Problems, field: &str, roles: &[RoleAssignment]) -> Result<()> {
        for (i, r) in roles.iter().enumerate() {
            // One person may hold several roles, but each role once: a second "chair" for
            // the same person is a slip (or a file listing them twice), not information.
            if roles[..i]
                .iter()
                .any(|o| o.person_id == r.person_id && o.role == r.role)
            {
                all.push(
                    InputProblem::new(format!("{field}[{i}]"), ProblemCode::RoleTwice)
                        .with("person", r.person_id)
                        .with("role", r.role.as_str()),
                );
            }
        }
        let mut person_exists = self
            .tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM people WHERE id = ?1)")?;
        for (i, r) in roles.iter().enumerate() {
            if self.known.borrow().people.contains(&r.person_id) {
                continue;
            }
            let exists: bool = person_exists.query_row([r.person_id], |row| row.get(0))?;
            if exists {
                self.known.borrow_mut().people.insert(r.person_id);
            } else {
                all.push(
                    InputProblem::new(format!("{field}[{i}].person_id"), ProblemCode::NoSuchPerson)
                        .with("id", r.person_id),
                );
            }
        }
        Ok(())
    }

    /// Every tag listed once, and every term exists.
    fn validate_tags(&self, all: &mut Problems, tags: &[TermId]) -> Result<()> {
        let mut term_exists = self
            .tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM terms WHERE id = ?1)")?;
        let mut seen = HashSet::new();
        for (i, term) in tags.iter().enumerate() {
            if !seen.insert(term) {
                all.push(InputProblem::new(format!("tags[{i}]"), ProblemCode::TagTwice));
                continue;
            }
            if self.known.borrow().terms.contains(term) {
                continue;
            }
            let exists: bool = term_exists.query_row([term], |row| row.get(0))?;
            if exists {
                self.known.borrow_mut().terms.insert(*term);
            } else {
                all.push(InputProblem::new(format!("tags[{i}]"), ProblemCode::NoSuchTerm).with("id", term));
            }
        }
        Ok(())
    }
}
