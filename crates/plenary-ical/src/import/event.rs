//! One VEVENT into sessions: its instances, its data, and the write.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use plenary_core::report::ImportReport;
use plenary_core::{Error, SessionData, SessionStatus, Upsert};
use uuid::Uuid;

use crate::parse::{Component, Note};

use super::{skip, Context};

impl<'a, 't> Context<'a, 't> {
    pub(super) fn import_event(
        &mut self,
        e: &Component,
        overridden: &HashMap<&str, HashSet<DateTime<Utc>>>,
        report: &mut ImportReport,
        notes: &mut Vec<Note>,
    ) -> plenary_core::Result<()> {
        if !e.closed {
            report
                .skipped
                .push(skip(e, "the file ends inside this VEVENT (truncated file)".into()));
            return Ok(());
        }
        if let Some(parent) = e.prop("X-PLENARY-ITEM-OF") {
            report.skipped.push(skip(
                e,
                format!("item of session {}: imported with that session", parent.value.trim()),
            ));
            return Ok(());
        }
        let occurrences = match self.occurrences(e, overridden, notes) {
            Ok(o) => o,
            Err(reason) => {
                report.skipped.push(skip(e, reason));
                return Ok(());
            }
        };
        let plenary = e.prop("X-PLENARY-KIND").is_some();
        // The file's fields are read once per VEVENT, then laid over each instance.
        let foreign = if plenary {
            None
        } else {
            match self.foreign_fields(e, notes) {
                Ok(f) => Some(f),
                Err(Error::Invalid { entity, field, message }) => {
                    report.skipped.push(skip(e, format!("{entity} {field}: {message}")));
                    return Ok(());
                }
                Err(other) => return Err(other),
            }
        };
        // A Plenary VEVENT's data is built once too (from its first instance); what the store
        // keeps per session is taken per instance.
        let plenary_template = match occurrences.first() {
            Some((_, uuid, start, end)) if plenary => match self.plenary_data(e, *uuid, *start, *end, notes) {
                Ok(d) => Some(d),
                Err(Error::Invalid { entity, field, message }) => {
                    report.skipped.push(skip(e, format!("{entity} {field}: {message}")));
                    return Ok(());
                }
                Err(other) => return Err(other),
            },
            _ => None,
        };
        let recurring = e.prop("RECURRENCE-ID").is_none() && (e.prop("RRULE").is_some() || e.prop("RDATE").is_some());
        if recurring {
            // Each instance below ends as a session or a skip of its own: the report's
            // accounting counts this VEVENT as that many records.
            notes.push(Note {
                line: e.line,
                message: format!(
                    "recurring event {}: {} instance(s) within the event's days, each imported as a session",
                    occurrences.first().map_or("", |o| o.0.as_str()),
                    occurrences.len()
                ),
            });
        }
        for (uid, uuid, start, end) in occurrences {
            if let Some(first) = self.seen.get(&uuid) {
                report.skipped.push(skip(
                    e,
                    format!("UID {uid} repeats the VEVENT of line {first}; the first one was imported"),
                ));
                continue;
            }
            let data = match (&foreign, &plenary_template) {
                (Some(f), _) => self.foreign_data(f, uuid, start, end),
                (None, Some(template)) => self.plenary_instance(template, uuid, start, end),
                (None, None) => continue,
            };
            let outcome = match self.store_session(uuid, &data) {
                Ok(o) => o,
                Err(Error::Invalid { entity, field, message }) => {
                    report.skipped.push(skip(e, format!("{entity} {field}: {message}")));
                    continue;
                }
                Err(Error::Conflict(message)) => {
                    report.skipped.push(skip(e, message));
                    continue;
                }
                Err(other) => return Err(other),
            };
            self.seen.insert(uuid, e.line);
            match outcome {
                Upsert::Created => report.created.sessions += 1,
                Upsert::Updated => report.updated.sessions += 1,
                Upsert::Unchanged => report.unchanged.sessions += 1,
            }
        }
        Ok(())
    }

    pub(super) fn status(e: &Component) -> SessionStatus {
        match e.prop("STATUS").map(|p| p.value.trim().to_ascii_uppercase()).as_deref() {
            Some("TENTATIVE") => SessionStatus::Draft,
            Some("CANCELLED") => SessionStatus::Cancelled,
            _ => SessionStatus::Confirmed,
        }
    }

    /// Writes one session. A UUID is stored at most once per file (`seen` skips repeats
    /// before this), so `existing` need not learn the sessions written here.
    pub(super) fn store_session(&mut self, uuid: Uuid, data: &SessionData) -> plenary_core::Result<Upsert> {
        let tx = self.tx;
        match self.existing.get(&uuid) {
            Some(old) if old.data == *data => Ok(Upsert::Unchanged),
            Some(old) => tx.update_session(old.id, data).map(|_| Upsert::Updated),
            None => {
                if tx.read().session_by_uuid(uuid)?.is_some() {
                    return Err(Error::Conflict(format!(
                        "session {uuid} belongs to another event in this store; not imported here"
                    )));
                }
                tx.insert_session(self.event, uuid, data).map(|_| Upsert::Created)
            }
        }
    }
}
