//! Sessions: identity (guid, else derived from the file's id; a repeated one becomes another
//! slot), people and roles, links, and what only the store knows kept on update.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use plenary_core::{Event, Link, RoleAssignment, RoomId, Session, SessionData, SessionStatus, TermId, Tx};
use uuid::Uuid;

use super::doc::{Doc, DocEvent};
use super::people::People;
use super::times::{Times, Unscheduled};
use super::values::{absolute_link, kind_from_type, valid_uuid};
use crate::{derived_uuid, ImportError, ImportReport};
use plenary_core::report::Remark;

/// Where the sessions go: room ids by room name, track terms by track name or slug.
pub(super) struct Places<'a> {
    pub rooms: &'a HashMap<String, RoomId>,
    pub tracks: &'a HashMap<String, TermId>,
}

/// Writes the sessions of `doc` whose times were read (`resolved`, by event) into `event`.
pub(super) fn write_sessions(
    tx: &Tx<'_>,
    doc: &Doc,
    event: &Event,
    resolved: &[Option<Times>],
    places: Places<'_>,
    report: &mut ImportReport,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<(), ImportError> {
    let mut w = Writer {
        tx,
        doc,
        event,
        existing: tx.read().sessions(event.id)?.into_iter().map(|s| (s.uuid, s)).collect(),
        track_ids: places.tracks.values().copied().collect(),
        places,
        used_uuids: HashSet::new(),
        people: People::new(doc, event.uuid),
        dropped_links: Vec::new(),
    };
    let total = doc.events.len();
    for (i, (e, t)) in doc.events.iter().zip(resolved).enumerate() {
        if i % 64 == 0 {
            progress(i, total);
        }
        let Some(t) = t else { continue };
        w.write(i, e, t, report)?;
    }
    progress(total, total);
    w.report_notes(report);
    Ok(())
}

struct Writer<'a, 't> {
    tx: &'a Tx<'t>,
    doc: &'a Doc,
    event: &'a Event,
    places: Places<'a>,
    /// The event's sessions before the import, by UUID.
    existing: HashMap<Uuid, Session>,
    /// Every track term: the tags an update replaces (other tags are kept).
    track_ids: HashSet<TermId>,
    used_uuids: HashSet<Uuid>,
    people: People<'a>,
    /// Links left out (relative without a base, or unsafe), for the report.
    dropped_links: Vec<String>,
}

impl Writer<'_, '_> {
    /// Writes the `i`th event of the file, with its times `t`.
    fn write(&mut self, i: usize, e: &DocEvent, t: &Times, report: &mut ImportReport) -> Result<(), ImportError> {
        if e.title.trim().is_empty() {
            report.skip(e.line, e.label(), Remark::NoTitle);
            return Ok(());
        }
        let (start, end) = match t {
            Times::Scheduled(s, e) => (Some(*s), Some(*e)),
            Times::Unscheduled(why) => {
                let (record, line) = (Box::new(e.label()), e.line);
                report.warn(match why {
                    Unscheduled::NoLength => Remark::NoDuration { record, line },
                    Unscheduled::NoTime(at) => Remark::LastsNoTime {
                        record,
                        line,
                        at: at.clone(),
                    },
                });
                (None, None)
            }
        };
        let uuid = self.uuid(i, e, start, report)?;
        let roles = self.people.roles(self.tx, e, report)?;
        let links = self.links(e);
        let data = self.data(e, start, end, roles, links);
        self.save(e, uuid, data, report)
    }

    /// The session's UUID: the file's guid, else derived from its id; derived from the slot when
    /// the file repeats it, and fresh when it belongs to another event in the store.
    fn uuid(
        &mut self,
        i: usize,
        e: &DocEvent,
        start: Option<DateTime<Utc>>,
        report: &mut ImportReport,
    ) -> Result<Uuid, ImportError> {
        let event_uuid = self.event.uuid;
        let base = valid_uuid(e.guid.as_deref()).unwrap_or_else(|| {
            let id = e.id.as_deref().or(e.code.as_deref()).unwrap_or(&e.title);
            derived_uuid(&event_uuid, &format!("event:{id}"))
        });
        let mut uuid = base;
        if self.used_uuids.contains(&uuid) {
            // The same guid (or id) again: in merged files, another time slot of the same
            // workshop. Kept as its own session with a UUID derived from the slot.
            let slot = start.map(|s| s.to_rfc3339()).unwrap_or_else(|| i.to_string());
            uuid = derived_uuid(&base, &format!("slot:{slot}"));
            report.warn(Remark::GuidRepeats {
                record: Box::new(e.label()),
                line: e.line,
                uuid,
            });
        }
        if !self.existing.contains_key(&uuid) {
            if let Some(other) = self.tx.read().session_by_uuid(uuid)? {
                if other.event_id != self.event.id {
                    let fresh = derived_uuid(&event_uuid, &format!("moved:{uuid}"));
                    report.warn(Remark::GuidOfAnotherEvent {
                        record: Box::new(e.label()),
                        uuid,
                        fresh,
                    });
                    uuid = fresh;
                }
            }
        }
        // The file's own UUID too: a later event with the same guid is a repeat even when this
        // one moved to a fresh UUID (else it would move to that same fresh UUID: issue 12).
        self.used_uuids.insert(base);
        self.used_uuids.insert(uuid);
        Ok(uuid)
    }

    /// The event's links and page, made absolute against the file's base URL, each once; the
    /// ones that cannot be kept are remembered for the report.
    fn links(&mut self, e: &DocEvent) -> Vec<Link> {
        let mut links: Vec<Link> = Vec::new();
        let mut urls: HashSet<String> = HashSet::new();
        let candidates = e.links.iter().cloned().chain(e.url.iter().map(|u| Link {
            label: "Event page".into(),
            url: u.clone(),
        }));
        for link in candidates {
            match absolute_link(&link.url, self.doc.base_url.as_deref()) {
                Some(url) if urls.insert(url.clone()) => links.push(Link {
                    label: if link.label.is_empty() { url.clone() } else { link.label },
                    url,
                }),
                Some(_) => {}
                None => self.dropped_links.push(link.url.clone()),
            }
        }
        links
    }

    /// The session as the file describes it.
    fn data(
        &self,
        e: &DocEvent,
        start: Option<DateTime<Utc>>,
        end: Option<DateTime<Utc>>,
        roles: Vec<RoleAssignment>,
        links: Vec<Link>,
    ) -> SessionData {
        let description = match (e.abstract_.trim(), e.description.trim()) {
            (a, d) if d.is_empty() || a == d => a.to_string(),
            ("", d) => d.to_string(),
            (a, d) => format!("{a}\n\n{d}"),
        };
        // pretalx and schedule2 name sessions by code; frab by id.
        let code = e.code.clone().or_else(|| e.id.clone()).unwrap_or_default();
        SessionData {
            code,
            title: e.title.trim().to_string(),
            subtitle: e.subtitle.clone(),
            kind: kind_from_type(&e.kind),
            start,
            end,
            room_id: self.places.rooms.get(&e.room).copied(),
            description,
            languages: if e.language.is_empty() {
                vec![]
            } else {
                vec![e.language.clone()]
            },
            status: SessionStatus::Confirmed,
            links,
            roles,
            tags: self.places.tracks.get(&e.track).copied().into_iter().collect(),
            ..Default::default()
        }
    }

    /// Inserts the session, or updates the existing one keeping what only the store knows; a
    /// session the store refuses is skipped with the store's reason.
    fn save(
        &self,
        e: &DocEvent,
        uuid: Uuid,
        mut data: SessionData,
        report: &mut ImportReport,
    ) -> Result<(), ImportError> {
        let written = match self.existing.get(&uuid) {
            Some(old) => {
                self.keep_store_fields(&mut data, &old.data);
                if data == old.data {
                    report.unchanged.sessions += 1;
                    return Ok(());
                }
                self.tx
                    .update_session(old.id, &data)
                    .map(|_| report.updated.sessions += 1)
            }
            None => self
                .tx
                .insert_session(self.event.id, uuid, &data)
                .map(|_| report.created.sessions += 1),
        };
        match written {
            Ok(()) => Ok(()),
            Err(err @ plenary_core::Error::Invalid { .. }) => {
                let reason = Remark::refusal(&err).unwrap_or_else(|| Remark::text(err.to_string()));
                report.skip(e.line, e.label(), reason);
                Ok(())
            }
            Err(err) => Err(err.into()),
        }
    }

    /// Keeps in `data` what only the store knows of the session `o`: participation, private
    /// fields, items, status, the roles of people the file does not name, non-track tags.
    fn keep_store_fields(&self, data: &mut SessionData, o: &SessionData) {
        data.participation = o.participation;
        data.join_url = o.join_url.clone();
        data.join_instructions = o.join_instructions.clone();
        data.passcode = o.passcode.clone();
        data.registration_url = o.registration_url.clone();
        data.interpretation = o.interpretation.clone();
        data.expected_attendance = o.expected_attendance;
        data.organisers = o.organisers.clone();
        data.private_notes = o.private_notes.clone();
        data.items = o.items.clone();
        data.status = o.status;
        let file_people: HashSet<i64> = data.roles.iter().map(|r| r.person_id).collect();
        data.roles
            .extend(o.roles.iter().filter(|r| !file_people.contains(&r.person_id)).cloned());
        data.tags
            .extend(o.tags.iter().filter(|t| !self.track_ids.contains(t)).copied());
    }

    /// The report's notes on links left out and roles read as speaker.
    fn report_notes(self, report: &mut ImportReport) {
        if !self.dropped_links.is_empty() {
            report.warn(Remark::LinksDropped {
                count: self.dropped_links.len(),
                examples: self.dropped_links.iter().take(3).cloned().collect(),
            });
        }
        self.people.report_notes(report);
    }
}
