//! Deleting what others depend on, and taking the deletion back.
//!
//! [`Reader::dependents`] lists what a deletion would change elsewhere (the sessions a person
//! leaves, the sessions a room's deletion sends back to the tray, …) so a confirmation can say
//! so. [`Tx::remove`] deletes and returns a [`Removed`]: the thing with every link the delete
//! cut, by UUID, serialisable so the window's undo can hold it. [`Tx::restore`] brings it back in
//! one transaction, with its UUID (calendars rely on it) and, when still free, its row id.
//!
//! What restore does when the store moved on meanwhile (the links are by UUID, so sessions
//! deleted and restored again still count): a link to a session, item or room that no longer
//! exists, or a session that has found another room in the meantime, is left out, and the
//! [`Restored::missing`] list names each one (by title), so the window can say so. The thing
//! itself coming back is not optional: when that cannot happen (its event or vocabulary was
//! deleted, its UUID or code is taken again) the restore fails whole with words and changes
//! nothing. Bringing back the links that still can be brought back, rather than nothing,
//! keeps an undo useful after a small unrelated change, and saying which were left out keeps it
//! honest.
//!
//! An event is kept whole, as its stored rows ([`EventRows`]): venues, rooms, sessions with
//! items, roles and tags, selections, acknowledged findings, releases and CalDAV targets, so
//! restoring gives back the same UUIDs and slug (an attendee's calendar sees the same events,
//! not copies). People and vocabularies are a directory shared by events and stay; roles and
//! tags name them by UUID. A row whose id was taken meanwhile gets a new one and its links
//! follow; a role of a person (or tag of a term) deleted meanwhile is left out and its session
//! named in [`Restored::missing`]; an event whose UUID or slug is in use again does not come
//! back.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::{now, Tx};
use crate::error::{Error, RestoreBlock, Result};
use crate::model::*;
use crate::store::read::Reader;

/// Something the window deletes whose deletion reaches other records; JSON
/// `{"kind": "person", "id": 4}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Deletable {
    Person(PersonId),
    Room(RoomId),
    Venue(VenueId),
    Term(TermId),
    /// An event goes with its venues, rooms, sessions, releases, selections, acknowledged
    /// findings and CalDAV targets; the people and vocabularies stay (a shared directory).
    Event(EventId),
}

/// What deleting a [`Deletable`] changes elsewhere, for the confirmation. Names and titles as
/// stored; lists in the agenda's order (sessions by start, unscheduled last).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, TS)]
pub struct Dependents {
    /// The target's own name (a person's or room's name, a term's label).
    pub name: String,
    /// Sessions that lose the person's roles, their room or the tag; for an event, all of them.
    pub sessions: Vec<Dependent>,
    /// Rooms left without the venue, or (an event) deleted with it.
    pub rooms: Vec<String>,
    /// Venues deleted with the event.
    pub venues: Vec<String>,
    /// Releases deleted with the event.
    pub releases: Vec<String>,
}

/// One session a deletion changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Dependent {
    pub title: String,
    /// The roles the deleted person holds there (in the session or its items), in order; empty
    /// for other targets.
    pub roles: Vec<Role>,
}

/// A deleted thing with every link its deletion cut, by UUID: what [`Tx::restore`] takes back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Removed {
    /// A person and the roles they held.
    Person { person: Person, roles: Vec<RemovedRole> },
    /// A room and the sessions that were in it (they went back to the tray, times kept).
    Room { room: Room, sessions: Vec<SessionLink> },
    /// A venue and the rooms that were in it.
    Venue { venue: Venue, rooms: Vec<RoomLink> },
    /// A term and the sessions tagged with it.
    Term { term: Term, tags: Vec<RemovedTag> },
    /// An event with every row it owns, as stored (see [`EventRows`]).
    Event { title: String, tables: Vec<EventRows> },
}

/// The rows of one table that an event owns, as stored: restoring puts them back as they were
/// (UUIDs, slug, times, revisions), so calendars subscribed to the event see the same events.
///
/// Rows, not the model's types, so that nothing an event owns (releases' snapshots, CalDAV ETags,
/// acknowledged findings, selections) is left out or rebuilt differently. Two columns hold a
/// UUID instead of a row id: `session_roles.person_id` (a person) and `session_tags.term_id` (a
/// term), because people and vocabularies are shared and stay; restore links them by UUID.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct EventRows {
    /// The table's name, one of the event's tables.
    pub table: String,
    /// Its column names, in the order of each row's cells.
    pub columns: Vec<String>,
    /// Each row's cells: SQL NULL, an integer, a real or a text.
    #[ts(type = "Array<Array<null | number | string>>")]
    pub rows: Vec<Vec<Cell>>,
}

/// One stored value; JSON `null`, a number or a string.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Cell {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
}

/// What a link column of an event's table points to on restore.
#[derive(Clone, Copy)]
enum Points {
    /// A row of this event's table of that name (its id may change when taken meanwhile).
    Row(&'static str),
    /// A person by UUID (the directory is shared: they are kept).
    Person,
    /// A term by UUID (vocabularies are shared).
    Term,
}

/// A table's link columns and what each points to.
type Links = &'static [(&'static str, Points)];

/// An event's tables in the order restore inserts them (parents first): the query that reads
/// the event's rows (`?1`: the event's id) and the link columns.
const EVENT_TABLES: &[(&str, &str, Links)] = &[
    ("events", "SELECT * FROM events WHERE id = ?1", &[]),
    (
        "venues",
        "SELECT * FROM venues WHERE event_id = ?1 ORDER BY id",
        &[("event_id", Points::Row("events"))],
    ),
    (
        "rooms",
        "SELECT * FROM rooms WHERE event_id = ?1 ORDER BY id",
        &[("event_id", Points::Row("events")), ("venue_id", Points::Row("venues"))],
    ),
    (
        "sessions",
        "SELECT * FROM sessions WHERE event_id = ?1 ORDER BY id",
        &[("event_id", Points::Row("events")), ("room_id", Points::Row("rooms"))],
    ),
    (
        "session_items",
        "SELECT i.* FROM session_items i JOIN sessions s ON s.id = i.session_id WHERE s.event_id = ?1 ORDER BY i.id",
        &[("session_id", Points::Row("sessions"))],
    ),
    (
        "session_roles",
        "SELECT r.session_id, r.item_id, r.position, p.uuid AS person_id, r.role FROM session_roles r
         JOIN sessions s ON s.id = r.session_id JOIN people p ON p.id = r.person_id
         WHERE s.event_id = ?1 ORDER BY r.session_id, r.item_id IS NOT NULL, r.item_id, r.position",
        &[
            ("session_id", Points::Row("sessions")),
            ("item_id", Points::Row("session_items")),
            ("person_id", Points::Person),
        ],
    ),
    (
        "session_tags",
        "SELECT t.session_id, m.uuid AS term_id, t.position FROM session_tags t
         JOIN sessions s ON s.id = t.session_id JOIN terms m ON m.id = t.term_id
         WHERE s.event_id = ?1 ORDER BY t.session_id, t.position",
        &[("session_id", Points::Row("sessions")), ("term_id", Points::Term)],
    ),
    (
        "selections",
        "SELECT * FROM selections WHERE event_id = ?1 ORDER BY id",
        &[("event_id", Points::Row("events"))],
    ),
    (
        "selection_sessions",
        "SELECT x.* FROM selection_sessions x JOIN selections l ON l.id = x.selection_id
         WHERE l.event_id = ?1 ORDER BY x.selection_id, x.session_id",
        &[
            ("selection_id", Points::Row("selections")),
            ("session_id", Points::Row("sessions")),
        ],
    ),
    (
        "finding_acks",
        "SELECT * FROM finding_acks WHERE event_id = ?1 ORDER BY fingerprint",
        &[("event_id", Points::Row("events"))],
    ),
    (
        "releases",
        "SELECT * FROM releases WHERE event_id = ?1 ORDER BY id",
        &[("event_id", Points::Row("events"))],
    ),
    (
        "caldav_targets",
        "SELECT * FROM caldav_targets WHERE event_id = ?1 ORDER BY id",
        &[("event_id", Points::Row("events"))],
    ),
    (
        "caldav_resources",
        "SELECT x.* FROM caldav_resources x JOIN caldav_targets t ON t.id = x.target_id
         WHERE t.event_id = ?1 ORDER BY x.target_id, x.session_uuid",
        &[("target_id", Points::Row("caldav_targets"))],
    ),
];

/// A role a deleted person held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RemovedRole {
    pub session: SessionLink,
    /// The item of the session the role was on (`None`: the session itself).
    pub item: Option<Uuid>,
    /// Its place among the roles of the session (or item), from 0.
    pub position: i64,
    pub role: Role,
}

/// A session tagged with a deleted term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RemovedTag {
    pub session: SessionLink,
    /// The term's place among the session's tags, from 0.
    pub position: i64,
}

/// A session by UUID, with its title to name it when it is gone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionLink {
    pub uuid: Uuid,
    pub title: String,
}

/// A room by UUID, with its name to name it when it is gone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RoomLink {
    pub uuid: Uuid,
    pub name: String,
}

/// What [`Tx::restore`] brought back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Restored {
    /// The row id of the thing now (its old one unless that was taken meanwhile).
    pub id: i64,
    pub name: String,
    /// Sessions (or rooms, for a venue; the venue, for a room) whose link could not come back
    /// because they were deleted or changed meanwhile, by title or name, once each.
    pub missing: Vec<String>,
}

impl Reader<'_> {
    /// What deleting `target` changes elsewhere.
    ///
    /// # Errors
    /// [`Error::NotFound`] when there is no such target.
    pub fn dependents(&self, target: Deletable) -> Result<Dependents> {
        let conn = self.conn();
        let titles = |sql: &str, id: i64| -> Result<Vec<String>> {
            let mut stmt = conn.prepare_cached(sql)?;
            let rows = stmt.query_map([id], |r| r.get(0))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        let sessions = |sql: &str, id: i64| -> Result<Vec<Dependent>> {
            Ok(titles(sql, id)?
                .into_iter()
                .map(|title| Dependent { title, roles: vec![] })
                .collect())
        };
        let mut out = Dependents::default();
        match target {
            Deletable::Person(id) => {
                out.name = self.person(id)?.data.name;
                let mut stmt = conn.prepare_cached(
                    "SELECT s.id, s.title, r.role FROM session_roles r JOIN sessions s ON s.id = r.session_id
                     WHERE r.person_id = ?1
                     ORDER BY s.start IS NULL, s.start, s.id, r.item_id IS NOT NULL, r.item_id, r.position",
                )?;
                let rows = stmt.query_map([id], |r| {
                    Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
                })?;
                let mut last = None;
                for row in rows {
                    let (session, title, role) = row?;
                    let role: Role = role
                        .parse()
                        .map_err(|e: String| Error::invalid("session", "roles", e))?;
                    if last != Some(session) {
                        out.sessions.push(Dependent { title, roles: vec![] });
                        last = Some(session);
                    }
                    if let Some(d) = out.sessions.last_mut() {
                        if !d.roles.contains(&role) {
                            d.roles.push(role);
                        }
                    }
                }
            }
            Deletable::Room(id) => {
                out.name = self.room(id)?.data.name;
                out.sessions = sessions(
                    "SELECT title FROM sessions WHERE room_id = ?1 ORDER BY start IS NULL, start, id",
                    id,
                )?;
            }
            Deletable::Venue(id) => {
                out.name = self.venue(id)?.data.name;
                out.rooms = titles("SELECT name FROM rooms WHERE venue_id = ?1 ORDER BY position, id", id)?;
            }
            Deletable::Term(id) => {
                out.name = self.term(id)?.label;
                out.sessions = sessions(
                    "SELECT s.title FROM session_tags t JOIN sessions s ON s.id = t.session_id
                     WHERE t.term_id = ?1 ORDER BY s.start IS NULL, s.start, s.id",
                    id,
                )?;
            }
            Deletable::Event(id) => {
                out.name = self.event(id)?.data.title;
                out.sessions = sessions(
                    "SELECT title FROM sessions WHERE event_id = ?1 ORDER BY start IS NULL, start, id",
                    id,
                )?;
                out.rooms = titles("SELECT name FROM rooms WHERE event_id = ?1 ORDER BY position, id", id)?;
                out.venues = titles("SELECT name FROM venues WHERE event_id = ?1 ORDER BY id", id)?;
                out.releases = titles("SELECT name FROM releases WHERE event_id = ?1 ORDER BY created, id", id)?;
            }
        }
        Ok(out)
    }

    /// One term by id.
    ///
    /// # Errors
    /// [`Error::NotFound`] when there is no such term.
    pub fn term(&self, id: TermId) -> Result<Term> {
        self.terms()?
            .into_iter()
            .find(|t| t.id == id)
            .ok_or_else(|| Error::not_found("term", id))
    }

    /// SQLite's `PRAGMA data_version` on this connection: it changes when another connection
    /// (the CLI, another window) commits to the file, never for this connection's own writes,
    /// so a watcher that polls it sees exactly the other writers.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self.conn().query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }
}

impl Tx<'_> {
    /// Deletes `target` (as `delete_person`, `delete_room`, `delete_venue`, or a term with its
    /// tags) and returns it with every link the deletion cut, for [`Tx::restore`].
    ///
    /// # Errors
    /// [`Error::NotFound`] for an unknown target; [`Error::Invalid`] for an event (its deletion
    /// is not undone) or a term of a built-in vocabulary (those are fixed).
    pub fn remove(&self, target: Deletable) -> Result<Removed> {
        match target {
            Deletable::Person(id) => {
                let person = self.read().person(id)?;
                let roles = self.removed_roles(id)?;
                self.delete_person(id)?;
                Ok(Removed::Person { person, roles })
            }
            Deletable::Room(id) => {
                let room = self.read().room(id)?;
                let sessions = self.links(
                    "SELECT uuid, title FROM sessions WHERE room_id = ?1 ORDER BY id",
                    id,
                    |uuid, title| SessionLink { uuid, title },
                )?;
                self.delete_room(id)?;
                Ok(Removed::Room { room, sessions })
            }
            Deletable::Venue(id) => {
                let venue = self.read().venue(id)?;
                let rooms = self.links(
                    "SELECT uuid, name FROM rooms WHERE venue_id = ?1 ORDER BY id",
                    id,
                    |uuid, name| RoomLink { uuid, name },
                )?;
                self.delete_venue(id)?;
                Ok(Removed::Venue { venue, rooms })
            }
            Deletable::Term(id) => {
                let term = self.read().term(id)?;
                let builtin: bool = self.tx.query_row(
                    "SELECT builtin FROM vocabularies WHERE id = ?1",
                    [term.vocabulary_id],
                    |r| r.get(0),
                )?;
                if builtin {
                    return Err(Error::invalid(
                        "term",
                        "vocabulary_id",
                        format!("{} belongs to a built-in vocabulary and cannot be deleted", term.label),
                    ));
                }
                let mut stmt = self.tx.prepare_cached(
                    "SELECT s.uuid, s.title, t.position FROM session_tags t JOIN sessions s ON s.id = t.session_id
                     WHERE t.term_id = ?1 ORDER BY s.id",
                )?;
                let tags = stmt
                    .query_map([id], |r| {
                        Ok(RemovedTag {
                            session: SessionLink {
                                uuid: uuid_at(r, 0)?,
                                title: r.get(1)?,
                            },
                            position: r.get(2)?,
                        })
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                self.known.borrow_mut().terms.remove(&id);
                self.exec("DELETE FROM terms WHERE id = ?1", [id])?;
                Ok(Removed::Term { term, tags })
            }
            Deletable::Event(id) => {
                let title = self.read().event(id)?.data.title;
                let tables = EVENT_TABLES
                    .iter()
                    .map(|(table, sql, _)| self.event_rows(table, sql, id))
                    .collect::<Result<Vec<_>>>()?;
                self.delete_event(id)?;
                Ok(Removed::Event { title, tables })
            }
        }
    }

    /// Brings back what [`Tx::remove`] deleted, in this one transaction, keeping its UUID (and
    /// its row id while still free), with the links to what still exists; see the module's
    /// documentation for what happens to links whose other end changed.
    ///
    /// # Errors
    /// [`Error::Conflict`] in words when the thing cannot come back (it is back already, its
    /// event or vocabulary was deleted, its code is taken); the store is then unchanged.
    pub fn restore(&self, removed: &Removed) -> Result<Restored> {
        match removed {
            Removed::Person { person, roles } => self.restore_person(person, roles),
            Removed::Room { room, sessions } => self.restore_room(room, sessions),
            Removed::Venue { venue, rooms } => self.restore_venue(venue, rooms),
            Removed::Term { term, tags } => self.restore_term(term, tags),
            Removed::Event { title, tables } => self.restore_event(title, tables),
        }
    }

    /// The rows `sql` reads for `event`, as stored.
    fn event_rows(&self, table: &'static str, sql: &str, event: EventId) -> Result<EventRows> {
        use rusqlite::types::ValueRef;
        let mut stmt = self.tx.prepare(sql)?;
        let columns: Vec<String> = stmt.column_names().map(String::from).collect();
        let mut rows = Vec::new();
        let mut query = stmt.query([event])?;
        while let Some(row) = query.next()? {
            let mut cells = Vec::with_capacity(columns.len());
            for (i, column) in columns.iter().enumerate() {
                cells.push(match row.get_ref(i)? {
                    ValueRef::Null => Cell::Null,
                    ValueRef::Integer(n) => Cell::Integer(n),
                    ValueRef::Real(x) => Cell::Real(x),
                    ValueRef::Text(t) => Cell::Text(String::from_utf8_lossy(t).into_owned()),
                    // No table an event owns has a BLOB column.
                    ValueRef::Blob(_) => {
                        return Err(Error::invalid(table, column, "a binary value where none is kept"))
                    }
                });
            }
            rows.push(cells);
        }
        Ok(EventRows {
            table: table.to_string(),
            columns,
            rows,
        })
    }

    /// Puts an event's rows back: its own UUID and slug must be free (else nothing changes);
    /// each row keeps its id when free and takes a new one otherwise (links follow); a role of
    /// a person or a tag of a term deleted meanwhile is left out and its session named.
    fn restore_event(&self, title: &str, tables: &[EventRows]) -> Result<Restored> {
        use std::collections::HashMap;
        let mut ids: HashMap<(&str, i64), i64> = HashMap::new();
        let mut missing = Missing::default();
        let mut event_id = None;
        for (table, _, points) in EVENT_TABLES {
            let Some(rows) = tables.iter().find(|t| t.table == *table) else {
                continue;
            };
            let known: Vec<String> = self
                .tx
                .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            if let Some(bad) = rows.columns.iter().find(|c| !known.contains(c)) {
                return Err(Error::invalid(table, bad, "not a column of this table"));
            }
            let at = |name: &str| rows.columns.iter().position(|c| c == name);
            let id_at = at("id");
            if *table == "events" {
                self.event_free(&rows.columns, &rows.rows, title)?;
            }
            // Column names were checked against the table's own just above.
            let sql = format!(
                "INSERT INTO {table} ({}) VALUES ({})",
                rows.columns.join(", "),
                vec!["?"; rows.columns.len()].join(", ")
            );
            'rows: for cells in &rows.rows {
                if cells.len() != rows.columns.len() {
                    return Err(Error::invalid(
                        table,
                        "rows",
                        "a row with another number of cells than columns",
                    ));
                }
                let mut values: Vec<rusqlite::types::Value> = cells.iter().map(Cell::to_sql).collect();
                for (column, target) in points.iter() {
                    let Some(i) = at(column) else { continue };
                    let value = &mut values[i];
                    let new = match (target, &*value) {
                        (_, rusqlite::types::Value::Null) => continue,
                        (Points::Row(parent), rusqlite::types::Value::Integer(old)) => {
                            ids.get(&(*parent, *old)).copied()
                        }
                        (Points::Person, rusqlite::types::Value::Text(uuid)) => self.id_by_uuid("people", uuid)?,
                        (Points::Term, rusqlite::types::Value::Text(uuid)) => self.id_by_uuid("terms", uuid)?,
                        _ => return Err(Error::invalid(table, *column, "not a link")),
                    };
                    match new {
                        Some(new) => *value = rusqlite::types::Value::Integer(new),
                        None => {
                            if let Some(s) = at("session_id").and_then(|i| match &values[i] {
                                rusqlite::types::Value::Integer(s) => Some(*s),
                                _ => None,
                            }) {
                                let title: Option<String> = self
                                    .tx
                                    .query_row("SELECT title FROM sessions WHERE id = ?1", [s], |r| r.get(0))
                                    .optional()?;
                                if let Some(title) = title {
                                    missing.add(&title);
                                }
                            }
                            continue 'rows;
                        }
                    }
                }
                let old = id_at.and_then(|i| match values[i] {
                    rusqlite::types::Value::Integer(id) => Some(id),
                    _ => None,
                });
                if let (Some(i), Some(old)) = (id_at, old) {
                    let free: bool = self.tx.query_row(
                        &format!("SELECT NOT EXISTS (SELECT 1 FROM {table} WHERE id = ?1)"),
                        [old],
                        |r| r.get(0),
                    )?;
                    if !free {
                        values[i] = rusqlite::types::Value::Null;
                    }
                }
                self.tx
                    .prepare_cached(&sql)?
                    .execute(rusqlite::params_from_iter(values.iter()))
                    .map_err(|e| Error::CannotRestore {
                        what: title.to_string(),
                        why: RestoreBlock::Store {
                            table: table.to_string(),
                            detail: e.to_string(),
                        },
                    })?;
                if let Some(old) = old {
                    let new = self.tx.last_insert_rowid();
                    ids.insert((*table, old), new);
                    if *table == "events" {
                        event_id = Some(new);
                    }
                }
            }
        }
        let Some(id) = event_id else {
            return Err(Error::invalid("event", "tables", "the event's own row is missing"));
        };
        // What the writer knows of events, rooms and people is stale now.
        *self.known.borrow_mut() = Default::default();
        Ok(Restored {
            id,
            name: title.to_string(),
            missing: missing.0,
        })
    }

    /// Refuses in words an event whose UUID or slug is in the store again.
    fn event_free(&self, columns: &[String], rows: &[Vec<Cell>], title: &str) -> Result<()> {
        let text = |row: &[Cell], name: &str| {
            columns.iter().position(|c| c == name).and_then(|i| match row.get(i) {
                Some(Cell::Text(t)) => Some(t.clone()),
                _ => None,
            })
        };
        for row in rows {
            if let Some(uuid) = text(row, "uuid") {
                if self.id_by_uuid("events", &uuid)?.is_some() {
                    return Err(Error::CannotRestore {
                        what: title.to_string(),
                        why: RestoreBlock::AlreadyThere,
                    });
                }
            }
            if let Some(slug) = text(row, "slug") {
                let taken: Option<String> = self
                    .tx
                    .query_row("SELECT title FROM events WHERE slug = ?1", [&slug], |r| r.get(0))
                    .optional()?;
                if let Some(other) = taken {
                    return Err(Error::CannotRestore {
                        what: title.to_string(),
                        why: RestoreBlock::ShortNameTaken { event: other, slug },
                    });
                }
            }
        }
        Ok(())
    }

    fn id_by_uuid(&self, table: &'static str, uuid: &str) -> Result<Option<i64>> {
        // `table` is one of this module's literals, never input.
        Ok(self
            .tx
            .prepare_cached(&format!("SELECT id FROM {table} WHERE uuid = ?1"))?
            .query_row([uuid], |r| r.get(0))
            .optional()?)
    }

    fn restore_person(&self, person: &Person, roles: &[RemovedRole]) -> Result<Restored> {
        if self.read().person_by_uuid(person.uuid)?.is_some() {
            return Err(Error::CannotRestore {
                what: person.data.name.clone(),
                why: RestoreBlock::InDirectory,
            });
        }
        let new = self.insert_person(person.uuid, &person.data)?;
        let id = self.keep_id("people", new.id, person.id)?;
        let mut missing = Missing::default();
        for r in roles {
            let Some(session) = self.session_id(&r.session)? else {
                missing.add(&r.session.title);
                continue;
            };
            let item: Option<i64> = match r.item {
                None => None,
                Some(uuid) => match self
                    .tx
                    .prepare_cached("SELECT id FROM session_items WHERE session_id = ?1 AND uuid = ?2")?
                    .query_row(params![session, uuid.to_string()], |row| row.get(0))
                    .optional()?
                {
                    Some(item) => Some(item),
                    None => {
                        missing.add(&r.session.title);
                        continue;
                    }
                },
            };
            // Roles added since may hold the old place: make room rather than tie.
            let taken: bool = self.tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM session_roles WHERE session_id = ?1 AND item_id IS ?2 AND position = ?3)",
                params![session, item, r.position],
                |row| row.get(0),
            )?;
            if taken {
                self.exec(
                    "UPDATE session_roles SET position = position + 1
                     WHERE session_id = ?1 AND item_id IS ?2 AND position >= ?3",
                    params![session, item, r.position],
                )?;
            }
            self.exec(
                "INSERT INTO session_roles (session_id, item_id, position, person_id, role) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![session, item, r.position, id, r.role.as_str()],
            )?;
        }
        Ok(Restored {
            id,
            name: person.data.name.clone(),
            missing: missing.0,
        })
    }

    fn restore_room(&self, room: &Room, sessions: &[SessionLink]) -> Result<Restored> {
        self.not_back("rooms", room.uuid, &room.data.name)?;
        self.event_still_there(room.event_id, &room.data.name)?;
        let mut missing = Missing::default();
        let mut data = room.data.clone();
        if let Some(venue) = data.venue_id {
            let still: Option<EventId> = self
                .tx
                .query_row("SELECT event_id FROM venues WHERE id = ?1", [venue], |r| r.get(0))
                .optional()?;
            if still != Some(room.event_id) {
                // The venue went meanwhile (its own undo brings the link back).
                data.venue_id = None;
            }
        }
        let new = self.insert_room(room.event_id, room.uuid, &data)?;
        let id = self.keep_id("rooms", new.id, room.id)?;
        for link in sessions {
            // Only a session still in the tray goes back: one placed since stays where it is.
            let changed = self.exec(
                "UPDATE sessions SET room_id = ?2, revision = revision + 1, modified = ?3
                 WHERE uuid = ?1 AND room_id IS NULL AND event_id = ?4",
                params![link.uuid.to_string(), id, now().timestamp(), room.event_id],
            )?;
            if changed == 0 {
                missing.add(&link.title);
            }
        }
        Ok(Restored {
            id,
            name: room.data.name.clone(),
            missing: missing.0,
        })
    }

    fn restore_venue(&self, venue: &Venue, rooms: &[RoomLink]) -> Result<Restored> {
        self.not_back("venues", venue.uuid, &venue.data.name)?;
        self.event_still_there(venue.event_id, &venue.data.name)?;
        let new = self.insert_venue(venue.event_id, venue.uuid, &venue.data)?;
        let id = self.keep_id("venues", new.id, venue.id)?;
        let mut missing = Missing::default();
        for link in rooms {
            let changed = self.exec(
                "UPDATE rooms SET venue_id = ?2 WHERE uuid = ?1 AND venue_id IS NULL AND event_id = ?3",
                params![link.uuid.to_string(), id, venue.event_id],
            )?;
            if changed == 0 {
                missing.add(&link.name);
            }
        }
        Ok(Restored {
            id,
            name: venue.data.name.clone(),
            missing: missing.0,
        })
    }

    fn restore_term(&self, term: &Term, tags: &[RemovedTag]) -> Result<Restored> {
        self.not_back("terms", term.uuid, &term.label)?;
        let vocabulary: Option<String> = self
            .tx
            .query_row(
                "SELECT name FROM vocabularies WHERE id = ?1",
                [term.vocabulary_id],
                |r| r.get(0),
            )
            .optional()?;
        let Some(vocabulary) = vocabulary else {
            return Err(Error::CannotRestore {
                what: term.label.clone(),
                why: RestoreBlock::VocabularyGone,
            });
        };
        let taken: bool = self.tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM terms WHERE vocabulary_id = ?1 AND code = ?2)",
            params![term.vocabulary_id, term.code],
            |r| r.get(0),
        )?;
        if taken {
            return Err(Error::CannotRestore {
                what: term.label.clone(),
                why: RestoreBlock::CodeTaken {
                    vocabulary,
                    code: term.code.clone(),
                },
            });
        }
        let free: bool = self.tx.query_row(
            "SELECT NOT EXISTS (SELECT 1 FROM terms WHERE id = ?1)",
            [term.id],
            |r| r.get(0),
        )?;
        self.exec(
            "INSERT INTO terms (id, uuid, vocabulary_id, code, label, parent_code, position)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                free.then_some(term.id),
                term.uuid.to_string(),
                term.vocabulary_id,
                term.code,
                term.label,
                term.parent_code,
                term.position
            ],
        )?;
        let id = self.tx.last_insert_rowid();
        let mut missing = Missing::default();
        for tag in tags {
            let Some(session) = self.session_id(&tag.session)? else {
                missing.add(&tag.session.title);
                continue;
            };
            self.exec(
                "INSERT INTO session_tags (session_id, term_id, position) VALUES (?1, ?2, ?3)",
                params![session, id, tag.position],
            )?;
        }
        Ok(Restored {
            id,
            name: term.label.clone(),
            missing: missing.0,
        })
    }

    /// The person's roles, with their sessions and items by UUID.
    fn removed_roles(&self, person: PersonId) -> Result<Vec<RemovedRole>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT s.uuid, s.title, i.uuid, r.position, r.role FROM session_roles r
             JOIN sessions s ON s.id = r.session_id LEFT JOIN session_items i ON i.id = r.item_id
             WHERE r.person_id = ?1 ORDER BY r.session_id, r.item_id IS NOT NULL, r.item_id, r.position",
        )?;
        let rows = stmt.query_map([person], |r| {
            let item: Option<String> = r.get(2)?;
            let role: String = r.get(4)?;
            Ok((
                SessionLink {
                    uuid: uuid_at(r, 0)?,
                    title: r.get(1)?,
                },
                item,
                r.get::<_, i64>(3)?,
                role,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (session, item, position, role) = row?;
            let item = item
                .map(|text| Uuid::parse_str(&text))
                .transpose()
                .map_err(|e| Error::invalid("session", "items.uuid", e.to_string()))?;
            let role = role
                .parse()
                .map_err(|e: String| Error::invalid("session", "roles", e))?;
            out.push(RemovedRole {
                session,
                item,
                position,
                role,
            });
        }
        Ok(out)
    }

    fn links<T>(&self, sql: &str, id: i64, make: fn(Uuid, String) -> T) -> Result<Vec<T>> {
        let mut stmt = self.tx.prepare_cached(sql)?;
        let rows = stmt.query_map([id], |r| Ok(make(uuid_at(r, 0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn session_id(&self, link: &SessionLink) -> Result<Option<SessionId>> {
        Ok(self
            .tx
            .prepare_cached("SELECT id FROM sessions WHERE uuid = ?1")?
            .query_row([link.uuid.to_string()], |r| r.get(0))
            .optional()?)
    }

    /// Gives the row just inserted as `new` its old id `old` when no row holds that id now, so
    /// that a delete and its undo leave the store as it was; returns the id it has.
    fn keep_id(&self, table: &'static str, new: i64, old: i64) -> Result<i64> {
        if new == old {
            return Ok(new);
        }
        // `table` is one of this module's literals, never input.
        let changed = self.exec(
            &format!("UPDATE {table} SET id = ?2 WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM {table} WHERE id = ?2)"),
            params![new, old],
        )?;
        Ok(if changed == 1 { old } else { new })
    }

    fn not_back(&self, table: &'static str, uuid: Uuid, name: &str) -> Result<()> {
        let back: bool = self.tx.query_row(
            &format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE uuid = ?1)"),
            [uuid.to_string()],
            |r| r.get(0),
        )?;
        if back {
            return Err(Error::CannotRestore {
                what: name.to_string(),
                why: RestoreBlock::AlreadyThere,
            });
        }
        Ok(())
    }

    fn event_still_there(&self, event: EventId, name: &str) -> Result<()> {
        let there: bool = self
            .tx
            .query_row("SELECT EXISTS (SELECT 1 FROM events WHERE id = ?1)", [event], |r| {
                r.get(0)
            })?;
        if !there {
            return Err(Error::CannotRestore {
                what: name.to_string(),
                why: RestoreBlock::EventGone,
            });
        }
        Ok(())
    }
}

fn uuid_at(row: &rusqlite::Row, idx: usize) -> rusqlite::Result<Uuid> {
    let text: String = row.get(idx)?;
    Uuid::parse_str(&text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, e.into()))
}

impl Cell {
    fn to_sql(&self) -> rusqlite::types::Value {
        use rusqlite::types::Value;
        match self {
            Cell::Null => Value::Null,
            Cell::Integer(n) => Value::Integer(*n),
            Cell::Real(x) => Value::Real(*x),
            Cell::Text(t) => Value::Text(t.clone()),
        }
    }
}

/// Titles of links that could not come back, each once, in the order met.
#[derive(Default)]
struct Missing(Vec<String>);

impl Missing {
    fn add(&mut self, title: &str) {
        if !self.0.iter().any(|t| t == title) {
            self.0.push(title.to_string());
        }
    }
}

#[cfg(test)]
#[path = "removal_tests.rs"]
mod tests;
