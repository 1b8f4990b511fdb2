//! What the templates show, computed once from the public schedule: local times as text, links
//! between pages, people in their roles. Every list is in a fixed order (never a hash map's),
//! so publishing twice writes the same bytes.

use serde::Serialize;

mod build;
mod paths;

pub use build::{build, day_label};
pub use paths::*;

/// A link to another page: its text and its path from the site's root.
#[derive(Debug, Clone, Serialize)]
pub struct Ref {
    pub label: String,
    pub url: String,
}

/// A person in a role, linked to their page.
#[derive(Debug, Clone, Serialize)]
pub struct RoleView {
    pub name: String,
    pub url: String,
    pub role: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct ItemView {
    pub title: String,
    /// "09:05–09:15", or "" when the item has no time.
    pub time: String,
    pub people: Vec<RoleView>,
    pub description: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SessionView {
    pub uuid: String,
    pub url: String,
    pub code: String,
    pub title: String,
    pub subtitle: String,
    pub kind: &'static str,
    pub cancelled: bool,
    pub draft: bool,
    /// The conference day ("2026-07-07") and its label ("Tuesday 7 July 2026"); empty when
    /// not scheduled.
    pub day: String,
    pub day_label: String,
    /// "09:00–10:30" in the event's zone; empty when not scheduled.
    pub time: String,
    /// Local start ("09:00"), the grid's row.
    pub start_clock: String,
    /// Instants in milliseconds since 1970 (the room screen's clock compares them).
    pub start_ms: i64,
    pub end_ms: i64,
    /// ISO 8601 with offset, for `<time datetime>`.
    pub start_iso: String,
    pub end_iso: String,
    pub room: Option<Ref>,
    pub participation: &'static str,
    pub join_url: Option<String>,
    pub join_instructions: String,
    pub registration_url: Option<String>,
    pub description: String,
    pub languages: Vec<String>,
    pub interpretation: Vec<String>,
    pub organisers: Vec<String>,
    pub people: Vec<RoleView>,
    /// "Ada Lovelace, Grace Hopper": people in credit order, for lists and screens.
    pub people_text: String,
    pub items: Vec<ItemView>,
    pub tags: Vec<Ref>,
    pub links: Vec<Ref>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PersonView {
    pub uuid: String,
    pub url: String,
    pub calendar: String,
    pub name: String,
    pub function: String,
    pub organisation: String,
    pub bio: String,
    /// Their sessions in time order, with their roles there.
    pub sessions: Vec<PersonSession>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PersonSession {
    pub session: usize,
    pub roles: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RoomView {
    pub uuid: String,
    pub url: String,
    pub screen: String,
    pub calendar: String,
    pub name: String,
    pub venue: String,
    pub location: String,
    pub capacity: Option<u32>,
    pub is_virtual: bool,
    /// Per conference day, its sessions (indexes into the site's sessions).
    pub days: Vec<DayList>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TagView {
    pub uuid: String,
    pub url: String,
    pub calendar: String,
    pub label: String,
    pub code: String,
    pub vocabulary: String,
    pub sessions: Vec<usize>,
}

/// One day's sessions (indexes into the site's sessions).
#[derive(Debug, Clone, Serialize)]
pub struct DayList {
    pub day: String,
    pub label: String,
    pub sessions: Vec<usize>,
}

/// One day of the programme: the grid of rooms × start times, and the list.
#[derive(Debug, Clone, Serialize)]
pub struct DayView {
    pub day: String,
    pub label: String,
    pub calendar: String,
    pub rooms: Vec<Ref>,
    /// One row per distinct start time: the clock and, per room column, the sessions starting then.
    pub rows: Vec<GridRow>,
    pub sessions: Vec<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GridRow {
    pub clock: String,
    pub cells: Vec<Vec<usize>>,
}

/// The whole public programme as the templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct SiteView {
    pub title: String,
    pub tagline: String,
    pub description: String,
    pub organisers: Vec<String>,
    pub links: Vec<Ref>,
    pub timezone: String,
    /// "6–10 July 2026".
    pub dates: String,
    pub sessions: Vec<SessionView>,
    pub days: Vec<DayView>,
    /// Sessions without a time, by code.
    pub unscheduled: Vec<usize>,
    pub people: Vec<PersonView>,
    pub rooms: Vec<RoomView>,
    pub tags: Vec<TagView>,
}
