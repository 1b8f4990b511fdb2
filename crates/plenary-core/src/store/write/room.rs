//! Venues and rooms.

use rusqlite::params;
use uuid::Uuid;

use super::{check_uri, now, required, Tx};
use crate::error::{Error, Result};
use crate::model::*;
use crate::sane;
use crate::store::to_json;
use crate::validate::{InputProblem, ProblemCode, Problems};

/// Every rule of a room's fields, each broken one recorded (see `Problems`).
fn validate_room(data: &RoomData) -> Result<()> {
    let mut all = Problems::new("room");
    all.take(required("room", "name", &data.name))?;
    if let Some(url) = &data.join_url {
        all.take(check_uri("room", "join_url", url))?;
    }
    for (i, h) in data.opening_hours.iter().enumerate() {
        all.take(sane::check_date("room", &format!("opening_hours[{i}].date"), h.date))?;
        if h.closes <= h.opens {
            all.push(InputProblem::new(
                format!("opening_hours[{i}].closes"),
                ProblemCode::ClosesBeforeOpens,
            ));
        }
    }
    all.finish()
}

impl Tx<'_> {
    /// Creates a venue of `event` with a new UUID.
    ///
    /// # Errors
    /// As [`Tx::insert_venue`].
    pub fn create_venue(&self, event: EventId, data: &VenueData) -> Result<Venue> {
        self.insert_venue(event, Uuid::new_v4(), data)
    }

    /// Creates a venue of `event` with a given UUID.
    ///
    /// # Errors
    /// [`Error::NotFound`] for an unknown event; [`Error::Invalid`] (`venue name`) without a name.
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

    /// Replaces a venue's fields.
    ///
    /// # Errors
    /// As [`Tx::insert_venue`]; [`Error::NotFound`] for an unknown venue.
    pub fn update_venue(&self, id: VenueId, data: &VenueData) -> Result<Venue> {
        required("venue", "name", &data.name)?;
        let changed = self.exec(
            "UPDATE venues SET name = ?2, address = ?3, latitude = ?4, longitude = ?5 WHERE id = ?1",
            params![id, data.name, data.address, data.latitude, data.longitude],
        )?;
        self.must_change("venue", id, changed)?;
        self.read().venue(id)
    }

    /// Deletes a venue; its rooms stay, without a venue.
    ///
    /// # Errors
    /// [`Error::NotFound`] for an unknown venue.
    pub fn delete_venue(&self, id: VenueId) -> Result<()> {
        let changed = self.exec("DELETE FROM venues WHERE id = ?1", [id])?;
        self.must_change("venue", id, changed)
    }

    /// Creates a room of `event` with a new UUID.
    ///
    /// # Errors
    /// As [`Tx::insert_room`].
    pub fn create_room(&self, event: EventId, data: &RoomData) -> Result<Room> {
        self.insert_room(event, Uuid::new_v4(), data)
    }

    /// Creates a room of `event` with a given UUID.
    ///
    /// # Errors
    /// [`Error::NotFound`] for an unknown event; [`Error::Invalid`] naming the field (no name, no
    /// such venue or one of another event, an unsafe join link, an opening day outside
    /// 1900–2200, opening hours that close before they open).
    pub fn insert_room(&self, event: EventId, uuid: Uuid, data: &RoomData) -> Result<Room> {
        validate_room(data)?;
        self.read().event(event)?;
        self.check_venue(event, data.venue_id)?;
        self.exec_room(
            "INSERT INTO rooms (uuid, venue_id, name, capacity, location, can_stream, can_record,
                                interpretation_booths, is_virtual, join_url, opening_hours, position, event_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            &uuid.to_string(),
            data,
            Some(event),
        )?;
        self.read().room(self.tx.last_insert_rowid())
    }

    /// Replaces a room's fields.
    ///
    /// # Errors
    /// As [`Tx::insert_room`]; [`Error::NotFound`] for an unknown room.
    pub fn update_room(&self, id: RoomId, data: &RoomData) -> Result<Room> {
        validate_room(data)?;
        let room = self.read().room(id)?;
        self.check_venue(room.event_id, data.venue_id)?;
        self.exec_room(
            "UPDATE rooms SET venue_id = ?2, name = ?3, capacity = ?4, location = ?5, can_stream = ?6,
                    can_record = ?7, interpretation_booths = ?8, is_virtual = ?9, join_url = ?10,
                    opening_hours = ?11, position = ?12 WHERE id = ?1",
            &id,
            data,
            None,
        )?;
        self.read().room(id)
    }

    /// Runs `sql` (the INSERT or the UPDATE) with `key` (the UUID or the row id) as ?1, the
    /// fields in their stored form as ?2 to ?12, and for an INSERT the event as ?13.
    fn exec_room(
        &self,
        sql: &str,
        key: &dyn rusqlite::ToSql,
        data: &RoomData,
        event: Option<EventId>,
    ) -> Result<usize> {
        let fields = params![
            key,
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
        ];
        match event {
            Some(event) => self.exec(
                sql,
                rusqlite::params_from_iter(fields.iter().copied().chain([&event as &dyn rusqlite::ToSql])),
            ),
            None => self.exec(sql, fields),
        }
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
}
