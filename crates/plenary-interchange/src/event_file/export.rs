//! Writing an event file: the store's schedule as the portable document.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use plenary_core::{RoleAssignment, Schedule};
use uuid::Uuid;

use super::{
    EventFile, FileEvent, FileItem, FilePerson, FileRole, FileRoom, FileSession, FileTerm, FileVenue, FileVocabulary,
    FORMAT, VERSION,
};

/// The whole event as an event file (pretty JSON, ending in a newline). Private fields only
/// with `include_private`; unsafe links left out. The event's days are written as stored, even
/// absurd ones from a hand-written store: the file is the whole event's backup and does no
/// arithmetic on them (its import refuses such days, naming the field).
pub fn export(schedule: &Schedule, include_private: bool) -> String {
    let file = to_file(schedule, include_private, Utc::now());
    let mut text = serde_json::to_string_pretty(&file).expect("event files always serialise");
    text.push('\n');
    text
}

/// The event file's structure for `schedule` as of `now`, with links a participant could not
/// safely open left out (an old store may hold them). Dates are taken as stored.
pub fn to_file(schedule: &Schedule, include_private: bool, now: DateTime<Utc>) -> EventFile {
    let schedule = &*plenary_core::link::without_unsafe_links(schedule);
    let (sessions, used_terms) = file_sessions(schedule, include_private);
    EventFile {
        format: FORMAT.into(),
        version: VERSION,
        exported_at: now,
        generator: format!("Plenary {}", env!("CARGO_PKG_VERSION")),
        includes_private: include_private,
        event: FileEvent {
            uuid: schedule.event.uuid,
            data: schedule.event.data.clone(),
        },
        venues: schedule
            .venues
            .iter()
            .map(|v| FileVenue {
                uuid: v.uuid,
                data: v.data.clone(),
            })
            .collect(),
        rooms: file_rooms(schedule),
        people: file_people(schedule, include_private),
        vocabularies: file_vocabularies(schedule, &used_terms),
        sessions,
    }
}

/// Roles with their person's uuid; a role whose person is not in `person_uuid` is left out.
fn file_roles(roles: &[RoleAssignment], person_uuid: &HashMap<i64, Uuid>) -> Vec<FileRole> {
    roles
        .iter()
        .filter_map(|r| {
            person_uuid.get(&r.person_id).map(|p| FileRole {
                person: *p,
                role: r.role,
            })
        })
        .collect()
}

/// The sessions, with references by uuid and tags as "vocabulary:code"; and the ids of the
/// terms they use (only those terms' vocabularies are written).
fn file_sessions(schedule: &Schedule, include_private: bool) -> (Vec<FileSession>, HashSet<i64>) {
    let person_uuid: HashMap<i64, Uuid> = schedule.people.iter().map(|p| (p.id, p.uuid)).collect();
    let room_uuid: HashMap<i64, Uuid> = schedule.rooms.iter().map(|r| (r.id, r.uuid)).collect();
    let mut used_terms = HashSet::new();
    let sessions = schedule
        .sessions
        .iter()
        .map(|s| {
            let mut data = s.data.clone();
            let tags: Vec<String> = data
                .tags
                .iter()
                .filter_map(|t| schedule.term(*t))
                .filter_map(|t| {
                    used_terms.insert(t.id);
                    schedule
                        .vocabulary(t.vocabulary_id)
                        .map(|v| format!("{}:{}", v.key, t.code))
                })
                .collect();
            let items = data
                .items
                .iter()
                .map(|i| FileItem {
                    uuid: i.uuid,
                    title: i.title.clone(),
                    start: i.start,
                    minutes: i.minutes,
                    roles: file_roles(&i.roles, &person_uuid),
                    description: i.description.clone(),
                })
                .collect();
            let people = file_roles(&data.roles, &person_uuid);
            let room = data.room_id.and_then(|r| room_uuid.get(&r).copied());
            // What the file holds by reference (room, people, parts, terms) leaves the data.
            data.room_id = None;
            data.roles.clear();
            data.items.clear();
            data.tags.clear();
            if !include_private {
                data.passcode.clear();
                data.private_notes.clear();
            }
            FileSession {
                uuid: s.uuid,
                revision: s.revision,
                modified: s.modified,
                room,
                people,
                parts: items,
                terms: tags,
                data,
            }
        })
        .collect();
    (sessions, used_terms)
}

/// The event's own vocabularies (not the built-in ones) with the terms its sessions use; a
/// vocabulary with none of them is left out.
fn file_vocabularies(schedule: &Schedule, used_terms: &HashSet<i64>) -> Vec<FileVocabulary> {
    schedule
        .vocabularies
        .iter()
        .filter(|v| !v.builtin)
        .filter_map(|v| {
            let terms: Vec<FileTerm> = schedule
                .terms
                .iter()
                .filter(|t| t.vocabulary_id == v.id && used_terms.contains(&t.id))
                .map(|t| FileTerm {
                    code: t.code.clone(),
                    label: t.label.clone(),
                })
                .collect();
            (!terms.is_empty()).then(|| FileVocabulary {
                key: v.key.clone(),
                name: v.name.clone(),
                description: v.description.clone(),
                terms,
            })
        })
        .collect()
}

/// The rooms, each with its venue's uuid.
fn file_rooms(schedule: &Schedule) -> Vec<FileRoom> {
    let venue_uuid: HashMap<i64, Uuid> = schedule.venues.iter().map(|v| (v.id, v.uuid)).collect();
    schedule
        .rooms
        .iter()
        .map(|r| {
            let mut data = r.data.clone();
            let venue = data.venue_id.and_then(|v| venue_uuid.get(&v).copied());
            data.venue_id = None;
            FileRoom {
                uuid: r.uuid,
                venue,
                data,
            }
        })
        .collect()
}

/// The people; e-mail and phone only with `include_private`.
fn file_people(schedule: &Schedule, include_private: bool) -> Vec<FilePerson> {
    schedule
        .people
        .iter()
        .map(|p| {
            let mut data = p.data.clone();
            if !include_private {
                data.email.clear();
                data.phone.clear();
            }
            FilePerson { uuid: p.uuid, data }
        })
        .collect()
}
