//! One VEVENT into sessions: its instances, its data, and the write.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use plenary_core::report::ImportReport;
use plenary_core::report::Remark;
use plenary_core::{Error, SessionData, SessionStatus, Upsert};
use uuid::Uuid;

use crate::parse::{Component, Note};

use super::session::ForeignFields;
use super::{skip, Context};

/// What a VEVENT says about its sessions, read once and laid over each instance.
enum Fields {
    /// From elsewhere: laid over what the store has.
    Foreign(ForeignFields),
    /// Plenary's own, built from the first instance; what the store keeps per session is
    /// taken per instance.
    Plenary(Box<SessionData>),
}

/// One instance of a VEVENT: (UID, session UUID, start, end).
type Occurrence = (String, Uuid, DateTime<Utc>, DateTime<Utc>);

impl<'a, 't> Context<'a, 't> {
    /// Imports one VEVENT: each of its instances within the event's days becomes a session
    /// (created, updated or unchanged) or a skip with the reason, in `report`. Only a store
    /// failure is an error.
    pub(super) fn import_event(
        &mut self,
        e: &Component,
        overridden: &HashMap<&str, HashSet<DateTime<Utc>>>,
        report: &mut ImportReport,
        notes: &mut Vec<Note>,
    ) -> plenary_core::Result<()> {
        if let Some(reason) = not_a_session(e) {
            report.skipped.push(skip(e, reason));
            return Ok(());
        }
        let occurrences = match self.occurrences(e, overridden, notes) {
            Ok(o) => o,
            Err(reason) => {
                report.skipped.push(skip(e, reason));
                return Ok(());
            }
        };
        let fields = match self.fields(e, &occurrences, notes) {
            Ok(f) => f,
            Err(err @ Error::Invalid { .. }) => {
                report
                    .skipped
                    .push(skip(e, Remark::refusal(&err).unwrap_or_else(|| err.to_string().into())));
                return Ok(());
            }
            Err(other) => return Err(other),
        };
        let recurring = e.prop("RECURRENCE-ID").is_none() && (e.prop("RRULE").is_some() || e.prop("RDATE").is_some());
        if recurring {
            // Each instance below ends as a session or a skip of its own: the report's
            // accounting counts this VEVENT as that many records.
            notes.push(Note {
                line: e.line,
                remark: Remark::Recurring {
                    uid: occurrences.first().map_or("", |o| o.0.as_str()).to_string(),
                    count: occurrences.len(),
                },
            });
        }
        let Some(fields) = fields else {
            return Ok(());
        };
        for occurrence in occurrences {
            self.import_instance(e, &fields, occurrence, report)?;
        }
        Ok(())
    }

    /// The VEVENT's fields, read once however many instances it has (reading them per
    /// instance would be instances × properties); `None` for a Plenary VEVENT without instances.
    fn fields(
        &mut self,
        e: &Component,
        occurrences: &[Occurrence],
        notes: &mut Vec<Note>,
    ) -> plenary_core::Result<Option<Fields>> {
        if e.prop("X-PLENARY-KIND").is_none() {
            return Ok(Some(Fields::Foreign(self.foreign_fields(e, notes)?)));
        }
        match occurrences.first() {
            Some((_, uuid, start, end)) => Ok(Some(Fields::Plenary(Box::new(
                self.plenary_data(e, *uuid, *start, *end, notes)?,
            )))),
            None => Ok(None),
        }
    }

    /// Stores one instance as a session and counts it, or skips it with the reason (a UUID
    /// already imported from this file, data the store refuses).
    fn import_instance(
        &mut self,
        e: &Component,
        fields: &Fields,
        (uid, uuid, start, end): Occurrence,
        report: &mut ImportReport,
    ) -> plenary_core::Result<()> {
        if let Some(first) = self.seen.get(&uuid) {
            report.skipped.push(skip(
                e,
                Remark::UidRepeats {
                    uid: uid.clone(),
                    first_line: *first,
                },
            ));
            return Ok(());
        }
        let data = match fields {
            Fields::Foreign(f) => self.foreign_data(f, uuid, start, end),
            Fields::Plenary(template) => self.plenary_instance(template, uuid, start, end),
        };
        let outcome = match self.store_session(uuid, &data) {
            Ok(o) => o,
            Err(err @ (Error::Invalid { .. } | Error::Conflict(_))) => {
                report
                    .skipped
                    .push(skip(e, Remark::refusal(&err).unwrap_or_else(|| err.to_string().into())));
                return Ok(());
            }
            Err(other) => return Err(other),
        };
        self.seen.insert(uuid, e.line);
        match outcome {
            Upsert::Created => report.created.sessions += 1,
            Upsert::Updated => report.updated.sessions += 1,
            Upsert::Unchanged => report.unchanged.sessions += 1,
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

/// Why a VEVENT gives no session of its own: a truncated file, or an item exported as an
/// event (imported with its session).
fn not_a_session(e: &Component) -> Option<Remark> {
    if !e.closed {
        return Some(Remark::EventTruncated);
    }
    e.prop("X-PLENARY-ITEM-OF").map(|parent| Remark::ItemOf {
        session: parent.value.trim().to_string(),
    })
}
