//! Venues and rooms.

use rusqlite::{params, Row};

use super::{json_col, uuid_col, Reader};
use crate::error::{Error, Result};
use crate::model::*;

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

impl Reader<'_> {
    /// The venues of `event`, by name.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn venues(&self, event: EventId) -> Result<Vec<Venue>> {
        self.all(
            &format!("SELECT {VENUE_COLS} FROM venues WHERE event_id = ?1 ORDER BY name, id"),
            [event],
            venue_row,
        )
    }

    /// The venue with row id `id`.
    ///
    /// # Errors
    /// [`Error::NotFound`] when there is none.
    pub fn venue(&self, id: VenueId) -> Result<Venue> {
        self.one(
            &format!("SELECT {VENUE_COLS} FROM venues WHERE id = ?1"),
            [id],
            venue_row,
        )?
        .ok_or_else(|| Error::not_found("venue", id))
    }

    /// The rooms of `event` in the organiser's order (`position`, then name).
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn rooms(&self, event: EventId) -> Result<Vec<Room>> {
        self.all(
            &format!("SELECT {ROOM_COLS} FROM rooms WHERE event_id = ?1 ORDER BY position, name, id"),
            [event],
            room_row,
        )
    }

    /// The room with row id `id`.
    ///
    /// # Errors
    /// [`Error::NotFound`] when there is none.
    pub fn room(&self, id: RoomId) -> Result<Room> {
        self.one(&format!("SELECT {ROOM_COLS} FROM rooms WHERE id = ?1"), [id], room_row)?
            .ok_or_else(|| Error::not_found("room", id))
    }

    /// A room of `event` by id, UUID or exact name.
    ///
    /// # Errors
    /// [`Error::NotFound`] naming `key` when nothing matches.
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
}
