//! Releases of an event's public programme: the public snapshot a release keeps, and the
//! difference between two snapshots by UUID (what attendees see changed).
//!
//! A snapshot holds only what the public exports show (the iCalendar and frab exporters without
//! `include_private`): never e-mails, phone numbers, passcodes, private notes or availability.
//! It turns back into a [`Schedule`] ([`PublicSnapshot::to_schedule`]) so the site, the
//! calendars and schedule.xml of a release are written by the same exporters as today's store.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::model::*;

/// The snapshot format's version, stored in each snapshot so a later Plenary can read old ones.
pub const SNAPSHOT_FORMAT: u32 = 1;

/// What was public of an event at one moment. Sessions, rooms, people and terms are listed by
/// UUID; ids of the store never appear.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PublicSnapshot {
    pub format: u32,
    pub event: PublicEvent,
    pub rooms: Vec<PublicRoom>,
    /// In the schedule's order: by start (unscheduled last), then code.
    pub sessions: Vec<PublicSession>,
    /// The people with a role in any session, by name.
    pub people: Vec<PublicPerson>,
    /// The terms sessions are tagged with, with their vocabulary.
    pub terms: Vec<PublicTerm>,
}

/// The event's public fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PublicEvent {
    pub uuid: Uuid,
    pub slug: String,
    pub title: String,
    pub tagline: String,
    pub description: String,
    pub organisers: Vec<String>,
    /// IANA zone of the programme's local times.
    pub timezone: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub day_change: NaiveTime,
    pub links: Vec<Link>,
}

/// A room's public fields; `venue` is the venue's name ("" for none).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PublicRoom {
    pub uuid: Uuid,
    pub name: String,
    pub venue: String,
    pub location: String,
    pub capacity: Option<u32>,
    pub is_virtual: bool,
    pub join_url: Option<String>,
    pub position: i32,
}

/// A person in a role, by UUID.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PublicRole {
    pub person: Uuid,
    pub role: Role,
}

/// A part of a session (see [`SessionItem`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PublicItem {
    pub uuid: Uuid,
    pub title: String,
    pub start: Option<DateTime<Utc>>,
    pub minutes: Option<u32>,
    pub roles: Vec<PublicRole>,
    pub description: String,
}

/// A session's public fields: everything but the passcode and private notes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PublicSession {
    pub uuid: Uuid,
    pub code: String,
    pub title: String,
    pub subtitle: String,
    pub kind: SessionKind,
    pub start: Option<DateTime<Utc>>,
    pub end: Option<DateTime<Utc>>,
    pub room: Option<Uuid>,
    pub participation: Participation,
    pub join_url: Option<String>,
    pub join_instructions: String,
    pub registration_url: Option<String>,
    pub description: String,
    pub languages: Vec<String>,
    pub interpretation: Vec<String>,
    pub status: SessionStatus,
    pub organisers: Vec<String>,
    pub links: Vec<Link>,
    pub roles: Vec<PublicRole>,
    pub items: Vec<PublicItem>,
    /// Term UUIDs (see [`PublicSnapshot::terms`]).
    pub tags: Vec<Uuid>,
    /// The iCalendar SEQUENCE and LAST-MODIFIED keep their meaning in a release's calendars.
    pub revision: u32,
    pub created: DateTime<Utc>,
    pub modified: DateTime<Utc>,
}

/// A person's public fields: no e-mail, phone or availability.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PublicPerson {
    pub uuid: Uuid,
    pub honorific: String,
    pub name: String,
    pub function: String,
    pub organisation: String,
    pub bio: String,
}

/// A tag's term with its vocabulary (`vocabulary` is the key: "sdg", "tracks").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PublicTerm {
    pub uuid: Uuid,
    pub vocabulary: String,
    pub vocabulary_name: String,
    pub code: String,
    pub label: String,
    pub parent_code: Option<String>,
    pub position: i32,
}

/// One release of an event, without its snapshot (`release list`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ReleaseSummary {
    pub id: i64,
    pub uuid: Uuid,
    pub event_id: EventId,
    /// "1.0", "1.1 — room changes": unique within the event.
    pub name: String,
    pub note: String,
    /// When the release was made (UTC, whole seconds).
    pub created: DateTime<Utc>,
    /// How many sessions its snapshot holds.
    pub sessions: u32,
}

/// A release with its snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Release {
    #[serde(flatten)]
    pub summary: ReleaseSummary,
    pub snapshot: PublicSnapshot,
}

/// What changed about one session between two snapshots.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Added,
    Removed,
    Cancelled,
    /// Was cancelled, is not any more.
    Reinstated,
    /// Start or end changed (also: scheduled or taken off the timetable).
    MovedTime,
    MovedRoom,
    Retitled,
    /// Someone joined or left, or a role changed (items included).
    PeopleChanged,
    JoinLinkChanged,
}

impl ChangeKind {
    /// English words for the changelog and the terminal ("moved (time)").
    pub fn label(self) -> &'static str {
        match self {
            Self::Added => "added",
            Self::Removed => "removed",
            Self::Cancelled => "cancelled",
            Self::Reinstated => "reinstated",
            Self::MovedTime => "moved (time)",
            Self::MovedRoom => "moved (room)",
            Self::Retitled => "retitled",
            Self::PeopleChanged => "people changed",
            Self::JoinLinkChanged => "join link changed",
        }
    }
}

/// A session as a diff shows it on one side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionSide {
    pub code: String,
    pub title: String,
    pub start: Option<DateTime<Utc>>,
    pub end: Option<DateTime<Utc>>,
    /// The room's name ("" for none).
    pub room: String,
    pub status: SessionStatus,
    pub join_url: Option<String>,
    /// Display names with the role, in credit order ("Ada Lovelace (moderator)").
    pub people: Vec<String>,
}

/// One changed session: its kinds of change and how it looked before and after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionChange {
    pub uuid: Uuid,
    /// Sorted; never empty.
    pub kinds: Vec<ChangeKind>,
    /// `None` when added.
    pub before: Option<SessionSide>,
    /// `None` when removed.
    pub after: Option<SessionSide>,
    /// Everyone with a role on either side, by UUID (who should be told).
    pub people: Vec<Uuid>,
}

/// The changes of one person's sessions ("your sessions that changed").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PersonChanges {
    pub person: Uuid,
    pub name: String,
    pub changes: Vec<SessionChange>,
}

/// The difference between two snapshots.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReleaseDiff {
    /// The older side's name ("1.0"; "(nothing)" before the first release).
    pub from: String,
    /// The newer side's name ("1.1"; "(current)" for the store as it is).
    pub to: String,
    /// In the newer side's session order, then removed sessions in the older side's order.
    pub changes: Vec<SessionChange>,
}

impl ReleaseDiff {
    /// How many changes have `kind`.
    pub fn count(&self, kind: ChangeKind) -> usize {
        self.changes.iter().filter(|c| c.kinds.contains(&kind)).count()
    }

    /// The changes, grouped by person (by name, then UUID), for everyone with a changed session.
    /// `names` maps a person's UUID to their display name (both sides' people).
    pub fn by_person(&self, names: &HashMap<Uuid, String>) -> Vec<PersonChanges> {
        let mut people: BTreeSet<(String, Uuid)> = BTreeSet::new();
        for change in &self.changes {
            for p in &change.people {
                people.insert((names.get(p).cloned().unwrap_or_default(), *p));
            }
        }
        people
            .into_iter()
            .map(|(name, person)| PersonChanges {
                person,
                name,
                changes: self
                    .changes
                    .iter()
                    .filter(|c| c.people.contains(&person))
                    .cloned()
                    .collect(),
            })
            .collect()
    }
}

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
        venue: r
            .data
            .venue_id
            .and_then(|v| schedule.venue(v))
            .map(|v| v.data.name.clone())
            .unwrap_or_default(),
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

fn display_name(p: &PublicPerson) -> String {
    if p.honorific.is_empty() {
        p.name.clone()
    } else {
        format!("{} {}", p.honorific, p.name)
    }
}

/// Everyone in a session's and its items' roles, as (person, role) pairs in credit order.
fn role_pairs(s: &PublicSession) -> Vec<(Uuid, Role)> {
    s.roles
        .iter()
        .chain(s.items.iter().flat_map(|i| i.roles.iter()))
        .map(|r| (r.person, r.role))
        .collect()
}

fn side(s: &PublicSession, snap: &PublicSnapshot, names: &HashMap<Uuid, String>) -> SessionSide {
    SessionSide {
        code: s.code.clone(),
        title: s.title.clone(),
        start: s.start,
        end: s.end,
        room: s
            .room
            .and_then(|r| snap.rooms.iter().find(|x| x.uuid == r))
            .map(|r| r.name.clone())
            .unwrap_or_default(),
        status: s.status,
        join_url: s.join_url.clone(),
        people: role_pairs(s)
            .into_iter()
            .map(|(p, role)| format!("{} ({})", names.get(&p).map_or("?", String::as_str), role.as_str()))
            .collect(),
    }
}

/// The difference from `old` to `new` by session UUID. `from` and `to` name the two sides.
/// A session counts as moved in time when its start or end changed, in room when its room's
/// UUID changed, retitled when its title changed; people changed compares the (person, role)
/// pairs of the session and its items as sets.
pub fn diff(old: &PublicSnapshot, new: &PublicSnapshot, from: &str, to: &str) -> ReleaseDiff {
    let old_names = old.names();
    let new_names = new.names();
    let before: HashMap<Uuid, &PublicSession> = old.sessions.iter().map(|s| (s.uuid, s)).collect();
    let after: HashMap<Uuid, &PublicSession> = new.sessions.iter().map(|s| (s.uuid, s)).collect();
    let mut changes = Vec::new();
    for s in &new.sessions {
        let Some(o) = before.get(&s.uuid) else {
            changes.push(SessionChange {
                uuid: s.uuid,
                kinds: vec![ChangeKind::Added],
                before: None,
                after: Some(side(s, new, &new_names)),
                people: people_of(&[s]),
            });
            continue;
        };
        let mut kinds = Vec::new();
        let cancelled = |x: &PublicSession| x.status == SessionStatus::Cancelled;
        if cancelled(s) && !cancelled(o) {
            kinds.push(ChangeKind::Cancelled);
        }
        if cancelled(o) && !cancelled(s) {
            kinds.push(ChangeKind::Reinstated);
        }
        if (o.start, o.end) != (s.start, s.end) {
            kinds.push(ChangeKind::MovedTime);
        }
        if o.room != s.room {
            kinds.push(ChangeKind::MovedRoom);
        }
        if o.title != s.title {
            kinds.push(ChangeKind::Retitled);
        }
        let pairs = |x: &PublicSession| role_pairs(x).into_iter().collect::<BTreeSet<_>>();
        if pairs(o) != pairs(s) {
            kinds.push(ChangeKind::PeopleChanged);
        }
        if o.join_url != s.join_url {
            kinds.push(ChangeKind::JoinLinkChanged);
        }
        if !kinds.is_empty() {
            kinds.sort();
            changes.push(SessionChange {
                uuid: s.uuid,
                kinds,
                before: Some(side(o, old, &old_names)),
                after: Some(side(s, new, &new_names)),
                people: people_of(&[o, s]),
            });
        }
    }
    for o in &old.sessions {
        if !after.contains_key(&o.uuid) {
            changes.push(SessionChange {
                uuid: o.uuid,
                kinds: vec![ChangeKind::Removed],
                before: Some(side(o, old, &old_names)),
                after: None,
                people: people_of(&[o]),
            });
        }
    }
    ReleaseDiff {
        from: from.to_string(),
        to: to.to_string(),
        changes,
    }
}

fn people_of(sessions: &[&PublicSession]) -> Vec<Uuid> {
    let mut seen = Vec::new();
    for s in sessions {
        for (p, _) in role_pairs(s) {
            if !seen.contains(&p) {
                seen.push(p);
            }
        }
    }
    seen
}

/// An empty snapshot of `event`: the "before" of the first release.
pub fn empty_snapshot(like: &PublicSnapshot) -> PublicSnapshot {
    PublicSnapshot {
        format: SNAPSHOT_FORMAT,
        event: like.event.clone(),
        rooms: Vec::new(),
        sessions: Vec::new(),
        people: Vec::new(),
        terms: Vec::new(),
    }
}

#[cfg(test)]
mod tests;
