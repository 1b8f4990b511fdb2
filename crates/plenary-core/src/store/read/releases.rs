//! Releases and the difference between two of them (or a release and the store as it is).

use rusqlite::Row;

use super::{instant_req, uuid_col, Reader};
use crate::error::{Error, Result};
use crate::model::EventId;
use crate::release::{diff, empty_snapshot, PublicSnapshot, Release, ReleaseDiff, ReleaseSummary};

const SUMMARY_COLS: &str = "id, uuid, event_id, name, note, created, json_array_length(snapshot, '$.sessions')";

fn summary_row(row: &Row) -> rusqlite::Result<ReleaseSummary> {
    Ok(ReleaseSummary {
        id: row.get(0)?,
        uuid: uuid_col(row, 1)?,
        event_id: row.get(2)?,
        name: row.get(3)?,
        note: row.get(4)?,
        created: instant_req(row.get(5)?),
        sessions: row.get::<_, Option<u32>>(6)?.unwrap_or(0),
    })
}

/// The name a diff gives the store as it is.
pub const CURRENT: &str = "(current)";
/// The name a diff gives the side before the first release.
pub const NOTHING: &str = "(nothing)";

impl Reader<'_> {
    /// The releases of `event`, oldest first.
    pub fn releases(&self, event: EventId) -> Result<Vec<ReleaseSummary>> {
        self.all(
            &format!("SELECT {SUMMARY_COLS} FROM releases WHERE event_id = ?1 ORDER BY created, id"),
            [event],
            summary_row,
        )
    }

    /// The newest release of `event`, if any.
    pub fn latest_release(&self, event: EventId) -> Result<Option<ReleaseSummary>> {
        Ok(self.releases(event)?.pop())
    }

    /// The release `name` of `event`, with its snapshot.
    ///
    /// # Errors
    /// [`Error::NotFound`] naming the release; [`Error::Invalid`] naming `release snapshot`
    /// when the stored snapshot is not one this program reads.
    pub fn find_release(&self, event: EventId, name: &str) -> Result<Release> {
        let found: Option<(ReleaseSummary, String)> = self.one(
            &format!("SELECT {SUMMARY_COLS}, snapshot FROM releases WHERE event_id = ?1 AND name = ?2"),
            rusqlite::params![event, name],
            |row| Ok((summary_row(row)?, row.get(7)?)),
        )?;
        let (summary, text) = found.ok_or_else(|| Error::not_found("release", name))?;
        let snapshot: PublicSnapshot = serde_json::from_str(&text).map_err(|e| {
            Error::invalid(
                "release",
                "snapshot",
                format!("release {name:?} holds a snapshot this Plenary cannot read: {e}"),
            )
        })?;
        Ok(Release { summary, snapshot })
    }

    /// The public view of `event` as the store holds it now (what a release would keep).
    pub fn public_snapshot(&self, event: EventId) -> Result<PublicSnapshot> {
        Ok(PublicSnapshot::of(&self.schedule(event)?))
    }

    /// What changed from release `from` to release `to` of `event`.
    ///
    /// `to` unset means the store as it is ([`CURRENT`]). `from` unset means the release before
    /// `to` (the latest release when `to` is the store), or nothing before the first release, so
    /// that every session counts as added.
    ///
    /// # Errors
    /// [`Error::NotFound`] naming a release that does not exist.
    pub fn release_diff(&self, event: EventId, from: Option<&str>, to: Option<&str>) -> Result<ReleaseDiff> {
        let (to_name, new) = match to {
            Some(name) => (name.to_string(), self.find_release(event, name)?.snapshot),
            None => (CURRENT.to_string(), self.public_snapshot(event)?),
        };
        let (from_name, old) = match from {
            Some(name) => (name.to_string(), self.find_release(event, name)?.snapshot),
            None => {
                let releases = self.releases(event)?;
                let before = match to {
                    Some(name) => releases
                        .iter()
                        .position(|r| r.name == name)
                        .and_then(|i| i.checked_sub(1))
                        .map(|i| &releases[i]),
                    None => releases.last(),
                };
                match before {
                    Some(r) => (r.name.clone(), self.find_release(event, &r.name)?.snapshot),
                    None => (NOTHING.to_string(), empty_snapshot(&new)),
                }
            }
        };
        Ok(diff(&old, &new, &from_name, &to_name))
    }
}
