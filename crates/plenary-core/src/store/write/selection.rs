//! Named selections of sessions and acknowledged findings.

use rusqlite::params;

use super::{now, required, Tx};
use crate::error::{Error, Result};
use crate::model::*;

impl Tx<'_> {
    /// Creates or replaces the named selection of sessions.
    pub fn save_selection(&self, event: EventId, name: &str, sessions: &[SessionId]) -> Result<Selection> {
        required("selection", "name", name)?;
        for (i, id) in sessions.iter().enumerate() {
            let owner = self.read().session(*id).map_err(|_| {
                Error::invalid(
                    "selection",
                    format!("sessions[{i}]"),
                    format!("there is no session {id}"),
                )
            })?;
            if owner.event_id != event {
                return Err(Error::invalid(
                    "selection",
                    format!("sessions[{i}]"),
                    "the session belongs to another event",
                ));
            }
        }
        self.exec(
            "DELETE FROM selections WHERE event_id = ?1 AND name = ?2",
            params![event, name],
        )?;
        self.exec(
            "INSERT INTO selections (event_id, name) VALUES (?1, ?2)",
            params![event, name],
        )?;
        let id = self.tx.last_insert_rowid();
        for session in sessions {
            self.exec(
                "INSERT OR IGNORE INTO selection_sessions (selection_id, session_id) VALUES (?1, ?2)",
                params![id, session],
            )?;
        }
        self.read().find_selection(event, name)
    }

    pub fn delete_selection(&self, id: SelectionId) -> Result<()> {
        let changed = self.exec("DELETE FROM selections WHERE id = ?1", [id])?;
        self.must_change("selection", id, changed)
    }

    pub fn acknowledge(&self, event: EventId, rule: &str, fingerprint: &str) -> Result<()> {
        self.exec(
            "INSERT OR REPLACE INTO finding_acks (event_id, fingerprint, rule, acknowledged_at) VALUES (?1, ?2, ?3, ?4)",
            params![event, fingerprint, rule, now().timestamp()],
        )?;
        Ok(())
    }

    pub fn unacknowledge(&self, event: EventId, fingerprint: &str) -> Result<()> {
        self.exec(
            "DELETE FROM finding_acks WHERE event_id = ?1 AND fingerprint = ?2",
            params![event, fingerprint],
        )?;
        Ok(())
    }
}
