//! A store's schedule into its public snapshot ([`PublicSnapshot::of`]) and back
//! ([`PublicSnapshot::to_schedule`]), keeping only what the public exports show.

use std::collections::{BTreeSet, HashMap};

use uuid::Uuid;

use super::diff::display_name;
use super::*;

impl PublicSnapshot {
    /// The public view of `schedule`: unsafe links left out (`link::without_unsafe_links`),
    /// private fields never copied.
    pub fn of(schedule: &Schedule) -> PublicSnapshot {
        let schedule = &*crate::link::without_unsafe_links(schedule);
        let uuids = StoreUuids {
            rooms: schedule.rooms.iter().map(|r| (r.id, r.uuid)).collect(),
            people: schedule.people.iter().map(|p| (p.id, p.uuid)).collect(),
            terms: schedule.terms.iter().map(|t| (t.id, t.uuid)).collect(),
        };
        PublicSnapshot {
            format: SNAPSHOT_FORMAT,
            event: public_event(&schedule.event),
            rooms: schedule.rooms.iter().map(|r| public_room(schedule, r)).collect(),
            sessions: schedule.sessions.iter().map(|s| uuids.session(s)).collect(),
            people: schedule
                .people
                .iter()
                .map(|p| PublicPerson {
                    uuid: p.uuid,
                    honorific: p.data.honorific.clone(),
                    name: p.data.name.clone(),
                    function: p.data.function.clone(),
                    organisation: p.data.organisation.clone(),
                    bio: p.data.bio.clone(),
                })
                .collect(),
            terms: public_terms(schedule),
        }
    }

    /// The snapshot as a [`Schedule`] for the exporters: ids are positions (from 1) in the
    /// snapshot's lists, private fields are empty, every person is available at any time.
    pub fn to_schedule(&self) -> Schedule {
        let index = |uuids: &mut dyn Iterator<Item = Uuid>| -> HashMap<Uuid, i64> {
            uuids.enumerate().map(|(i, u)| (u, i as i64 + 1)).collect()
        };
        let ids = SnapshotIds {
            rooms: index(&mut self.rooms.iter().map(|r| r.uuid)),
            people: index(&mut self.people.iter().map(|p| p.uuid)),
            terms: index(&mut self.terms.iter().map(|t| t.uuid)),
        };
        let venue_names = self.venue_names();
        let vocab_keys = self.vocabulary_keys();
        Schedule {
            venues: self.venues(&venue_names),
            rooms: self.rooms.iter().map(|r| ids.room(r, &venue_names)).collect(),
            sessions: self
                .sessions
                .iter()
                .enumerate()
                .map(|(i, s)| ids.session(i as i64 + 1, s))
                .collect(),
            people: self.people.iter().map(|p| ids.person(p)).collect(),
            vocabularies: self.vocabularies(&vocab_keys),
            terms: self.terms.iter().map(|t| ids.term(t, &vocab_keys)).collect(),
            event: self.store_event(),
        }
    }

    /// The event as the store's [`Event`] (id 1).
    fn store_event(&self) -> Event {
        let e = &self.event;
        Event {
            id: 1,
            uuid: e.uuid,
            data: EventData {
                slug: e.slug.clone(),
                title: e.title.clone(),
                tagline: e.tagline.clone(),
                description: e.description.clone(),
                organisers: e.organisers.clone(),
                timezone: e.timezone.clone(),
                start_date: e.start_date,
                end_date: e.end_date,
                day_change: e.day_change,
                links: e.links.clone(),
            },
        }
    }

    /// The rooms' venue names, each once, in room order (a snapshot keeps venues by name).
    fn venue_names(&self) -> Vec<&str> {
        let mut venue_names: Vec<&str> = Vec::new();
        for r in &self.rooms {
            if !r.venue.is_empty() && !venue_names.contains(&r.venue.as_str()) {
                venue_names.push(&r.venue);
            }
        }
        venue_names
    }

    /// The terms' vocabularies as (key, name), each once, in term order.
    fn vocabulary_keys(&self) -> Vec<(&str, &str)> {
        let mut vocab_keys: Vec<(&str, &str)> = Vec::new();
        for t in &self.terms {
            if !vocab_keys.iter().any(|(k, _)| *k == t.vocabulary) {
                vocab_keys.push((&t.vocabulary, &t.vocabulary_name));
            }
        }
        vocab_keys
    }

    /// A venue per name, id its position from 1.
    fn venues(&self, venue_names: &[&str]) -> Vec<Venue> {
        venue_names
            .iter()
            .enumerate()
            .map(|(i, name)| Venue {
                id: i as i64 + 1,
                // Stable across publishes: derived from the event and the venue's name.
                uuid: Uuid::new_v5(&self.event.uuid, name.as_bytes()),
                event_id: 1,
                data: VenueData {
                    name: name.to_string(),
                    ..Default::default()
                },
            })
            .collect()
    }

    /// A vocabulary per (key, name), id its position from 1.
    fn vocabularies(&self, vocab_keys: &[(&str, &str)]) -> Vec<Vocabulary> {
        vocab_keys
            .iter()
            .enumerate()
            .map(|(i, (key, name))| Vocabulary {
                id: i as i64 + 1,
                uuid: Uuid::new_v5(&self.event.uuid, key.as_bytes()),
                key: key.to_string(),
                name: name.to_string(),
                description: String::new(),
                builtin: false,
            })
            .collect()
    }

    /// Display names by UUID ("Dr Ada Lovelace").
    pub fn names(&self) -> HashMap<Uuid, String> {
        self.people.iter().map(|p| (p.uuid, display_name(p))).collect()
    }
}

/// The store's ids to UUIDs, for [`PublicSnapshot::of`].
struct StoreUuids {
    rooms: HashMap<RoomId, Uuid>,
    people: HashMap<PersonId, Uuid>,
    terms: HashMap<TermId, Uuid>,
}

impl StoreUuids {
    /// Roles by person UUID; a role whose person is not in the schedule is left out.
    fn roles(&self, roles: &[RoleAssignment]) -> Vec<PublicRole> {
        roles
            .iter()
            .filter_map(|r| {
                self.people
                    .get(&r.person_id)
                    .map(|&person| PublicRole { person, role: r.role })
            })
            .collect()
    }

    /// The session's public fields: no passcode, private notes or expected attendance.
    fn session(&self, s: &Session) -> PublicSession {
        let d = &s.data;
        PublicSession {
            uuid: s.uuid,
            code: d.code.clone(),
            title: d.title.clone(),
            subtitle: d.subtitle.clone(),
            kind: d.kind,
            start: d.start,
            end: d.end,
            room: d.room_id.and_then(|r| self.rooms.get(&r).copied()),
            participation: d.participation,
            join_url: d.join_url.clone(),
            join_instructions: d.join_instructions.clone(),
            registration_url: d.registration_url.clone(),
            description: d.description.clone(),
            languages: d.languages.clone(),
            interpretation: d.interpretation.clone(),
            status: d.status,
            organisers: d.organisers.clone(),
            links: d.links.clone(),
            roles: self.roles(&d.roles),
            items: d
                .items
                .iter()
                .map(|i| PublicItem {
                    uuid: i.uuid,
                    title: i.title.clone(),
                    start: i.start,
                    minutes: i.minutes,
                    roles: self.roles(&i.roles),
                    description: i.description.clone(),
                })
                .collect(),
            tags: d.tags.iter().filter_map(|t| self.terms.get(t).copied()).collect(),
            revision: s.revision,
            created: s.created,
            modified: s.modified,
        }
    }
}

fn public_event(event: &Event) -> PublicEvent {
    let e = &event.data;
    PublicEvent {
        uuid: event.uuid,
        slug: e.slug.clone(),
        title: e.title.clone(),
        tagline: e.tagline.clone(),
        description: e.description.clone(),
        organisers: e.organisers.clone(),
        timezone: e.timezone.clone(),
        start_date: e.start_date,
        end_date: e.end_date,
        day_change: e.day_change,
        links: e.links.clone(),
    }
}

/// The room with its venue by name.
fn public_room(schedule: &Schedule, r: &Room) -> PublicRoom {
    PublicRoom {
        uuid: r.uuid,
        name: r.data.name.clone(),
        venue: schedule.venue_name(r),
        location: r.data.location.clone(),
        capacity: r.data.capacity,
        is_virtual: r.data.is_virtual,
        join_url: r.data.join_url.clone(),
        position: r.data.position,
    }
}

/// The terms some session is tagged with, each with its vocabulary's key and name.
fn public_terms(schedule: &Schedule) -> Vec<PublicTerm> {
    let used_terms: BTreeSet<TermId> = schedule
        .sessions
        .iter()
        .flat_map(|s| s.data.tags.iter().copied())
        .collect();
    schedule
        .terms
        .iter()
        .filter(|t| used_terms.contains(&t.id))
        .map(|t| {
            let vocabulary = schedule.vocabulary(t.vocabulary_id);
            PublicTerm {
                uuid: t.uuid,
                vocabulary: vocabulary.map(|v| v.key.clone()).unwrap_or_default(),
                vocabulary_name: vocabulary.map(|v| v.name.clone()).unwrap_or_default(),
                code: t.code.clone(),
                label: t.label.clone(),
                parent_code: t.parent_code.clone(),
                position: t.position,
            }
        })
        .collect()
}

/// UUIDs to the ids of [`PublicSnapshot::to_schedule`] (positions from 1).
struct SnapshotIds {
    rooms: HashMap<Uuid, i64>,
    people: HashMap<Uuid, i64>,
    terms: HashMap<Uuid, i64>,
}

impl SnapshotIds {
    /// Roles by person id; a role whose person is not in the snapshot is left out.
    fn roles(&self, roles: &[PublicRole]) -> Vec<RoleAssignment> {
        roles
            .iter()
            .filter_map(|r| {
                self.people.get(&r.person).map(|&person_id| RoleAssignment {
                    person_id,
                    role: r.role,
                })
            })
            .collect()
    }

    fn room(&self, r: &PublicRoom, venue_names: &[&str]) -> Room {
        Room {
            id: self.rooms[&r.uuid],
            uuid: r.uuid,
            event_id: 1,
            data: RoomData {
                name: r.name.clone(),
                venue_id: venue_names.iter().position(|v| *v == r.venue).map(|i| i as i64 + 1),
                capacity: r.capacity,
                location: r.location.clone(),
                is_virtual: r.is_virtual,
                join_url: r.join_url.clone(),
                position: r.position,
                ..Default::default()
            },
        }
    }

    /// The session with id `id`; its private fields empty.
    fn session(&self, id: i64, s: &PublicSession) -> Session {
        Session {
            id,
            uuid: s.uuid,
            event_id: 1,
            revision: s.revision,
            created: s.created,
            modified: s.modified,
            data: SessionData {
                code: s.code.clone(),
                title: s.title.clone(),
                subtitle: s.subtitle.clone(),
                kind: s.kind,
                start: s.start,
                end: s.end,
                room_id: s.room.and_then(|r| self.rooms.get(&r).copied()),
                participation: s.participation,
                join_url: s.join_url.clone(),
                join_instructions: s.join_instructions.clone(),
                passcode: String::new(),
                registration_url: s.registration_url.clone(),
                description: s.description.clone(),
                languages: s.languages.clone(),
                interpretation: s.interpretation.clone(),
                status: s.status,
                expected_attendance: None,
                organisers: s.organisers.clone(),
                links: s.links.clone(),
                private_notes: String::new(),
                roles: self.roles(&s.roles),
                items: s
                    .items
                    .iter()
                    .map(|i| SessionItem {
                        uuid: i.uuid,
                        title: i.title.clone(),
                        start: i.start,
                        minutes: i.minutes,
                        roles: self.roles(&i.roles),
                        description: i.description.clone(),
                    })
                    .collect(),
                tags: s.tags.iter().filter_map(|t| self.terms.get(t).copied()).collect(),
            },
        }
    }

    /// The person; e-mail, phone and availability empty.
    fn person(&self, p: &PublicPerson) -> Person {
        Person {
            id: self.people[&p.uuid],
            uuid: p.uuid,
            data: PersonData {
                honorific: p.honorific.clone(),
                name: p.name.clone(),
                function: p.function.clone(),
                organisation: p.organisation.clone(),
                bio: p.bio.clone(),
                ..Default::default()
            },
        }
    }

    fn term(&self, t: &PublicTerm, vocab_keys: &[(&str, &str)]) -> Term {
        Term {
            id: self.terms[&t.uuid],
            uuid: t.uuid,
            vocabulary_id: vocab_keys.iter().position(|(k, _)| *k == t.vocabulary).unwrap_or(0) as i64 + 1,
            code: t.code.clone(),
            label: t.label.clone(),
            parent_code: t.parent_code.clone(),
            position: t.position,
        }
    }
}
