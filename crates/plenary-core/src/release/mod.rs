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

mod diff;
mod snapshot;

pub use diff::{diff, empty_snapshot};

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

#[cfg(test)]
mod tests;
