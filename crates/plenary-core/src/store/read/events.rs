//! Events: the list, one by id, UUID or key.

use rusqlite::Row;
use uuid::Uuid;

use super::{date_col, json_col, time_col, uuid_col, Reader};
use crate::error::{Error, Result};
use crate::model::*;

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

impl Reader<'_> {
    /// Every event with its session and room counts, latest first (by start date, then title).
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
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

    /// The event with row id `id`.
    ///
    /// # Errors
    /// [`Error::NotFound`] when there is none; [`Error::Database`] when SQLite fails.
    pub fn event(&self, id: EventId) -> Result<Event> {
        self.one(
            &format!("SELECT {EVENT_COLS} FROM events WHERE id = ?1"),
            [id],
            event_row,
        )?
        .ok_or_else(|| Error::not_found("event", id))
    }

    /// The event whose permanent UUID is `uuid`, if any (how imports find what they made before).
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn event_by_uuid(&self, uuid: Uuid) -> Result<Option<Event>> {
        self.one(
            &format!("SELECT {EVENT_COLS} FROM events WHERE uuid = ?1"),
            [uuid.to_string()],
            event_row,
        )
    }

    /// An event by id, slug or UUID, as typed on the command line.
    ///
    /// # Errors
    /// [`Error::NotFound`] naming `key` when nothing matches.
    pub fn find_event(&self, key: &str) -> Result<Event> {
        let found = self.one(
            &format!("SELECT {EVENT_COLS} FROM events WHERE slug = ?1 OR uuid = ?1 OR CAST(id AS TEXT) = ?1"),
            [key],
            event_row,
        )?;
        found.ok_or_else(|| Error::not_found("event", key))
    }
}
