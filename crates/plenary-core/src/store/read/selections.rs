//! Selections and acknowledged findings.

use super::Reader;
use crate::error::{Error, Result};
use crate::model::*;

impl Reader<'_> {
    /// The named selections of sessions in `event` (a moderator's sessions, a track's …), by name.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
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

    /// The selection of `event` called `name`.
    ///
    /// # Errors
    /// [`Error::NotFound`] naming `name` when there is none.
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
}
