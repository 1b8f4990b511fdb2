//! Importing an event file into a store: a new event, or a merge by UUID with conflicts
//! reported (the rules are in the parent module's docs).

use std::collections::{HashMap, HashSet};

use plenary_core::link::check_link;
use plenary_core::{
    Event, EventId, Link, PersonId, Role, RoleAssignment, Room, RoomId, Session, SessionData, SessionItem, TermId, Tx,
    Upsert, Venue, VenueId,
};
use serde::Serialize;
use uuid::Uuid;

use crate::{Conflict, EventRef, ImportError, ImportReport};
use plenary_core::report::{Record, Remark, Side};

use super::{EventFile, EventFileOptions, FileRole, FileSession, FileTerm, Take};

/// Leaves out the links a participant could not safely open (`plenary_core::link`), each with a
/// note naming `what` and the reason, so one bad link costs the link, not the record.
fn keep_safe_links(links: &mut Vec<Link>, what: &Record, report: &mut ImportReport) {
    links.retain(|l| match check_link(&l.url) {
        Ok(()) => true,
        Err(why) => {
            report.warn(Remark::LinkLeftOut {
                record: Box::new(what.clone()),
                field: None,
                url: l.url.clone(),
                trouble: (&why).into(),
            });
            false
        }
    });
}

/// The same for a single link field (`join_url`, `registration_url`).
fn keep_safe_link(link: &mut Option<String>, what: &Record, field: &str, report: &mut ImportReport) {
    if let Some(Err(why)) = link.as_deref().map(check_link) {
        report.warn(Remark::LinkLeftOut {
            record: Box::new(what.clone()),
            field: Some(field.into()),
            url: link.take().unwrap_or_default(),
            trouble: (&why).into(),
        });
    }
}

/// The file's event refused by the store's rules (dates outside the years Plenary plans in, a
/// bad zone …): the whole file is refused, naming the file and the event's field.
fn event_refused(source: &str, err: plenary_core::Error) -> ImportError {
    match err {
        plenary_core::Error::Invalid { .. } => ImportError::format(
            source,
            None,
            plenary_core::FormatProblem::EventNotAccepted,
            format!("the file's event cannot be imported: {err}"),
        ),
        other => other.into(),
    }
}

/// Fills the store's empty fields from the file and names the fields where the two differ.
fn merge_fields<T: Serialize + serde::de::DeserializeOwned>(store: &T, file: &T, take: Take) -> (T, Vec<String>) {
    let mut s = serde_json::to_value(store).expect("model values serialise");
    let f = serde_json::to_value(file).expect("model values serialise");
    let mut differing = Vec::new();
    if let (Some(s_obj), Some(f_obj)) = (s.as_object_mut(), f.as_object()) {
        for (key, fv) in f_obj {
            let sv = s_obj.get(key).cloned().unwrap_or(serde_json::Value::Null);
            if sv == *fv {
                continue;
            }
            let empty = matches!(&sv, serde_json::Value::Null)
                || sv.as_str().is_some_and(str::is_empty)
                || sv.as_array().is_some_and(Vec::is_empty);
            if empty || take == Take::File {
                if !empty {
                    differing.push(key.clone());
                }
                s_obj.insert(key.clone(), fv.clone());
            } else {
                differing.push(key.clone());
            }
        }
    }
    (
        serde_json::from_value(s).expect("merged values keep their shape"),
        differing,
    )
}

/// What every step of one file's merge shares: the transaction, the file, who wins a
/// difference, and the report the steps add to.
struct Merge<'m, 't> {
    tx: &'m Tx<'t>,
    file: &'m EventFile,
    take: Take,
    report: ImportReport,
}

pub(super) fn write_file(
    tx: &Tx<'_>,
    source: &str,
    file: &EventFile,
    options: &EventFileOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<ImportReport, ImportError> {
    let mut report = ImportReport::new(source, "Plenary event file", "sessions");
    report.records = file.sessions.len();
    let mut m = Merge {
        tx,
        file,
        take: options.take,
        report,
    };
    let event = m.event(source)?;
    m.report.event = Some(EventRef::of(&event));
    let venue_ids = m.venues(event.id)?;
    let room_ids = m.rooms(event.id, &venue_ids)?;
    let links = Links {
        rooms: room_ids,
        people: m.people()?,
        terms: m.terms()?,
    };
    let existing: HashMap<Uuid, Session> = tx.read().sessions(event.id)?.into_iter().map(|s| (s.uuid, s)).collect();
    let total = file.sessions.len();
    for (i, s) in file.sessions.iter().enumerate() {
        if i % 64 == 0 {
            progress(i, total);
        }
        m.session(event.id, s, &links, existing.get(&s.uuid), options)?;
    }
    progress(total, total);
    Ok(m.report)
}

/// Store ids of what the file's sessions name: rooms and people by UUID, terms by reference.
struct Links {
    rooms: HashMap<Uuid, RoomId>,
    people: HashMap<Uuid, PersonId>,
    terms: HashMap<String, TermId>,
}

impl Merge<'_, '_> {
    /// "took the file's" or "kept the store's": how the report words a difference.
    fn kept(&self) -> Side {
        side(self.take)
    }

    /// The store's `stored` merged with the file's values; a warning names `what`'s differing
    /// fields.
    fn merged<T: Serialize + serde::de::DeserializeOwned>(&mut self, what: Record, stored: &T, file: &T) -> T {
        let (data, differing) = merge_fields(stored, file, self.take);
        if !differing.is_empty() {
            self.report.warn(Remark::Differ {
                record: Some(Box::new(what)),
                fields: differing,
                kept: self.kept(),
            });
        }
        data
    }

    /// The event, widened to the file's days so every session fits, or created (under a free
    /// slug) when the store has no event with the file's UUID.
    fn event(&mut self, source: &str) -> Result<Event, ImportError> {
        let file = &self.file.event;
        let mut file_event = file.data.clone();
        keep_safe_links(&mut file_event.links, &Record::Event, &mut self.report);
        match self.tx.read().event_by_uuid(file.uuid)? {
            Some(existing) => {
                let (mut data, differing) = merge_fields(&existing.data, &file_event, self.take);
                data.start_date = data.start_date.min(file.data.start_date);
                data.end_date = data.end_date.max(file.data.end_date);
                if !differing.is_empty() {
                    self.report.warn(Remark::Differ {
                        record: None,
                        fields: differing,
                        kept: self.kept(),
                    });
                }
                if data == existing.data {
                    self.report.unchanged.events += 1;
                    return Ok(existing);
                }
                self.report.updated.events += 1;
                self.tx
                    .update_event(existing.id, &data)
                    .map_err(|e| event_refused(source, e))
            }
            None => {
                let mut data = file_event;
                let slug = self.tx.unique_slug(&data.slug)?;
                if slug != data.slug {
                    self.report.warn(Remark::SlugTaken {
                        slug: data.slug.clone(),
                        given: slug.clone(),
                    });
                    data.slug = slug;
                }
                self.report.created.events += 1;
                self.tx
                    .insert_event(file.uuid, &data)
                    .map_err(|e| event_refused(source, e))
            }
        }
    }

    /// The file's venues merged into the event's by UUID: their store ids by UUID.
    fn venues(&mut self, event: EventId) -> Result<HashMap<Uuid, VenueId>, ImportError> {
        let stored: HashMap<Uuid, Venue> = self.tx.read().venues(event)?.into_iter().map(|v| (v.uuid, v)).collect();
        let mut ids = HashMap::new();
        for v in &self.file.venues {
            let id = match stored.get(&v.uuid) {
                Some(known) => {
                    let data = self.merged(
                        Record::Venue {
                            name: known.data.name.clone(),
                        },
                        &known.data,
                        &v.data,
                    );
                    self.report.counts(self.tx.keep_or_update_venue(known, &data)?).venues += 1;
                    known.id
                }
                None => {
                    self.report.created.venues += 1;
                    self.tx.insert_venue(event, v.uuid, &v.data)?.id
                }
            };
            ids.insert(v.uuid, id);
        }
        Ok(ids)
    }

    /// The file's rooms merged into the event's by UUID (unsafe join links left out): their
    /// store ids by UUID.
    fn rooms(
        &mut self,
        event: EventId,
        venue_ids: &HashMap<Uuid, VenueId>,
    ) -> Result<HashMap<Uuid, RoomId>, ImportError> {
        let stored: HashMap<Uuid, Room> = self.tx.read().rooms(event)?.into_iter().map(|r| (r.uuid, r)).collect();
        let mut ids = HashMap::new();
        for r in &self.file.rooms {
            let mut file_data = r.data.clone();
            file_data.venue_id = r.venue.and_then(|v| venue_ids.get(&v).copied());
            let what = Record::Room {
                name: file_data.name.clone(),
            };
            keep_safe_link(&mut file_data.join_url, &what, "join_url", &mut self.report);
            let id = match stored.get(&r.uuid) {
                Some(known) => {
                    let data = self.merged(
                        Record::Room {
                            name: known.data.name.clone(),
                        },
                        &known.data,
                        &file_data,
                    );
                    self.report.counts(self.tx.keep_or_update_room(known, &data)?).rooms += 1;
                    known.id
                }
                None => {
                    self.report.created.rooms += 1;
                    self.tx.insert_room(event, r.uuid, &file_data)?.id
                }
            };
            ids.insert(r.uuid, id);
        }
        Ok(ids)
    }

    /// The file's people merged into the store's by UUID: their store ids by UUID. Private
    /// fields a file without them lacks are not a difference.
    fn people(&mut self) -> Result<HashMap<Uuid, PersonId>, ImportError> {
        let mut ids = HashMap::new();
        for p in &self.file.people {
            let id = match self.tx.read().person_by_uuid(p.uuid)? {
                Some(known) => {
                    let mut file_data = p.data.clone();
                    if !self.file.includes_private {
                        file_data.email = known.data.email.clone();
                        file_data.phone = known.data.phone.clone();
                    }
                    let data = self.merged(
                        Record::Person {
                            name: known.data.name.clone(),
                        },
                        &known.data,
                        &file_data,
                    );
                    self.report.counts(self.tx.keep_or_update_person(&known, &data)?).people += 1;
                    known.id
                }
                None => {
                    self.report.created.people += 1;
                    self.tx.insert_person(p.uuid, &p.data)?.id
                }
            };
            ids.insert(p.uuid, id);
        }
        Ok(ids)
    }

    /// The terms the sessions name (`vocabulary:code`), found or created with the file's label
    /// and vocabulary name; a reference without a vocabulary is left out.
    fn terms(&mut self) -> Result<HashMap<String, TermId>, ImportError> {
        let labels: HashMap<(&str, &str), &FileTerm> = self
            .file
            .vocabularies
            .iter()
            .flat_map(|v| v.terms.iter().map(move |t| ((v.key.as_str(), t.code.as_str()), t)))
            .collect();
        let vocab_names: HashMap<&str, &str> = self
            .file
            .vocabularies
            .iter()
            .map(|v| (v.key.as_str(), v.name.as_str()))
            .collect();
        let mut ids: HashMap<String, TermId> = HashMap::new();
        for reference in self.file.sessions.iter().flat_map(|s| s.terms.iter()) {
            if ids.contains_key(reference) {
                continue;
            }
            let Some((key, code)) = reference.split_once(':') else {
                continue;
            };
            let label = labels.get(&(key, code)).map_or(code, |t| t.label.as_str());
            let name = vocab_names.get(key).copied().unwrap_or(key);
            let (term, outcome) = self.tx.find_or_create_term(key, name, code, label)?;
            self.report.counts(outcome).tracks += 1;
            ids.insert(reference.clone(), term.id);
        }
        Ok(ids)
    }

    /// The roles of a session or item: people by the file's UUIDs. The store refuses one person
    /// twice in one role of a session: the first is kept, the rest named in a warning.
    fn roles(&mut self, roles: &[FileRole], people: &HashMap<Uuid, PersonId>, what: &Record) -> Vec<RoleAssignment> {
        let mut out: Vec<RoleAssignment> = Vec::with_capacity(roles.len());
        let mut held: HashSet<(PersonId, Role)> = HashSet::new();
        for r in roles {
            let Some(id) = people.get(&r.person) else {
                self.report.warn(Remark::PersonNotInFile {
                    record: Box::new(what.clone()),
                    person: r.person,
                });
                continue;
            };
            if !held.insert((*id, r.role)) {
                self.report.warn(Remark::PersonTwice {
                    record: Box::new(what.clone()),
                    person: r.person,
                    role: r.role.as_str().into(),
                });
                continue;
            }
            out.push(RoleAssignment {
                person_id: *id,
                role: r.role,
            });
        }
        out
    }

    /// The file's session with store ids, unsafe links left out.
    fn session_data(&mut self, s: &FileSession, links: &Links, what: &Record) -> SessionData {
        let mut data = s.data.clone();
        data.room_id = s.room.and_then(|r| links.rooms.get(&r).copied());
        data.roles = self.roles(&s.people, &links.people, what);
        data.items = s
            .parts
            .iter()
            .map(|item| SessionItem {
                uuid: item.uuid,
                title: item.title.clone(),
                start: item.start,
                minutes: item.minutes,
                roles: self.roles(&item.roles, &links.people, what),
                description: item.description.clone(),
            })
            .collect();
        data.tags = s.terms.iter().filter_map(|t| links.terms.get(t).copied()).collect();
        keep_safe_links(&mut data.links, what, &mut self.report);
        keep_safe_link(&mut data.join_url, what, "join_url", &mut self.report);
        keep_safe_link(&mut data.registration_url, what, "registration_url", &mut self.report);
        data
    }

    /// One session: created, or merged with the stored one (`old`). When both changed since
    /// the export, the conflict is reported and the chosen side kept; data the store refuses
    /// skips the session with the reason.
    fn session(
        &mut self,
        event: EventId,
        s: &FileSession,
        links: &Links,
        old: Option<&Session>,
        options: &EventFileOptions,
    ) -> Result<(), ImportError> {
        let what = Record::Session {
            code: s.data.code.clone(),
            title: s.data.title.clone(),
        };
        let mut data = self.session_data(s, links, &what);
        let written = match old {
            None => {
                if self.tx.read().session_by_uuid(s.uuid)?.is_some() {
                    self.report.skip(None, what, Remark::UuidOfAnotherEvent);
                    return Ok(());
                }
                self.tx.insert_session(event, s.uuid, &data).map(|_| Upsert::Created)
            }
            Some(old) => {
                if !self.file.includes_private {
                    // The file holds no private fields: they are not a difference.
                    data.passcode = old.data.passcode.clone();
                    data.private_notes = old.data.private_notes.clone();
                }
                if data == old.data {
                    self.report.unchanged.sessions += 1;
                    return Ok(());
                }
                if old.modified >= s.modified && self.conflict(s, &old.data, &data, options) == Take::Store {
                    return Ok(());
                }
                self.tx.update_session(old.id, &data).map(|_| Upsert::Updated)
            }
        };
        match written {
            Ok(outcome) => self.report.counts(outcome).sessions += 1,
            Err(err @ plenary_core::Error::Invalid { .. }) => {
                let reason = Remark::refusal(&err).unwrap_or_else(|| Remark::text(err.to_string()));
                self.report.skip(None, what, reason)
            }
            Err(err) => return Err(err.into()),
        }
        Ok(())
    }

    /// Both sides changed the session since the file was exported: reports the conflict and
    /// says which side wins (the person's choice for this session, else the import's).
    fn conflict(
        &mut self,
        s: &FileSession,
        stored: &SessionData,
        file: &SessionData,
        options: &EventFileOptions,
    ) -> Take {
        let choice = options.choices.get(&s.uuid).copied().unwrap_or(self.take);
        self.report.conflicts.push(Conflict {
            session: s.uuid,
            code: s.data.code.clone(),
            title: s.data.title.clone(),
            fields: differing_session_fields(stored, file),
            resolution: side(choice),
        });
        choice
    }
}

/// The report's name for a side the import took.
fn side(take: Take) -> Side {
    match take {
        Take::Store => Side::Store,
        Take::File => Side::File,
    }
}

fn differing_session_fields(a: &SessionData, b: &SessionData) -> Vec<String> {
    let a = serde_json::to_value(a).expect("model values serialise");
    let b = serde_json::to_value(b).expect("model values serialise");
    let mut fields = Vec::new();
    if let (Some(a), Some(b)) = (a.as_object(), b.as_object()) {
        for (key, value) in a {
            if b.get(key) != Some(value) {
                fields.push(key.clone());
            }
        }
    }
    fields
}
