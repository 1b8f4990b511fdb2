//! Releases: a named, dated snapshot of an event's public programme.

use rusqlite::params;
use uuid::Uuid;

use super::{now, required, Tx};
use crate::error::{Error, Result};
use crate::model::EventId;
use crate::release::{PublicSnapshot, Release};
use crate::store::to_json;

impl Tx<'_> {
    /// Releases the public programme of `event` as it is now, under `name` (unique within the
    /// event; surrounding white space is trimmed) with an optional `note`.
    ///
    /// # Errors
    /// `release name` empty, longer than 200 characters, or already used by this event
    /// ([`Error::Taken`] at `name`); no such event ([`Error::NotFound`]); the event's stored days out
    /// of the sane range.
    pub fn create_release(&self, event: EventId, name: &str, note: &str) -> Result<Release> {
        let name = name.trim();
        required("release", "name", name)?;
        if name.chars().count() > 200 {
            return Err(Error::invalid("release", "name", "is longer than 200 characters"));
        }
        let schedule = self.read().schedule(event)?;
        crate::sane::check_event_days(&schedule.event.data)?;
        if self.read().find_release(event, name).is_ok() {
            return Err(Error::Taken {
                entity: "release",
                field: "name",
                value: name.to_string(),
            });
        }
        let snapshot = PublicSnapshot::of(&schedule);
        self.exec(
            "INSERT INTO releases (uuid, event_id, name, note, created, snapshot) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                Uuid::new_v4().to_string(),
                event,
                name,
                note.trim(),
                now().timestamp(),
                to_json(&snapshot)
            ],
        )?;
        self.read().find_release(event, name)
    }

    /// Deletes the release `name` of `event`.
    ///
    /// # Errors
    /// [`Error::NotFound`] naming the release.
    pub fn delete_release(&self, event: EventId, name: &str) -> Result<()> {
        let changed = self.exec(
            "DELETE FROM releases WHERE event_id = ?1 AND name = ?2",
            params![event, name],
        )?;
        if changed == 0 {
            return Err(Error::not_found("release", name));
        }
        Ok(())
    }
}
