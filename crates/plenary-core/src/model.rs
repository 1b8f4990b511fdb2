//! The schedule model: plain data, no I/O.
//!
//! Every entity has a row id (`id`, fast joins inside one store) and a permanent UUID (`uuid`,
//! stable across exports, imports and machines). Instants are stored in UTC; the event carries
//! the IANA zone in which they are entered and shown. Editable fields live in a `…Data` struct
//! so that the same shape serves create, update and the UI's forms.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// Row id of an event: valid inside one store only (exports use the UUID).
pub type EventId = i64;
/// Row id of a venue, inside one store.
pub type VenueId = i64;
/// Row id of a room, inside one store.
pub type RoomId = i64;
/// Row id of a session, inside one store.
pub type SessionId = i64;
/// Row id of a person, inside one store.
pub type PersonId = i64;
/// Row id of a vocabulary, inside one store.
pub type VocabularyId = i64;
/// Row id of a term, inside one store.
pub type TermId = i64;
/// Row id of a selection, inside one store.
pub type SelectionId = i64;

/// A named link ("Register", "CAST homepage").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
pub struct Link {
    pub label: String,
    pub url: String,
}

/// The editable fields of an event (create, update, the event form).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, Default)]
pub struct EventData {
    /// Short unique handle used on the command line and in file names: `[a-z0-9-]+`.
    pub slug: String,
    pub title: String,
    pub tagline: String,
    pub description: String,
    /// Organising organisations, in the order they are credited.
    pub organisers: Vec<String>,
    /// IANA time-zone name in which the programme is entered and shown ("Europe/Zurich").
    pub timezone: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    /// The local time at which each conference day begins (frab's `day_change`): with 06:00, a
    /// session at 02:00 belongs to the day before, and the event's days run from `start_date`
    /// at 06:00 to the day after `end_date` at 06:00. Midnight (the default) means calendar days.
    #[serde(default)]
    pub day_change: NaiveTime,
    pub links: Vec<Link>,
}

impl EventData {
    /// The conference day an instant belongs to: its local date in `tz`, or the day before when
    /// its local time is before the day change.
    pub fn conference_day(&self, tz: chrono_tz::Tz, t: DateTime<Utc>) -> NaiveDate {
        let local = t.with_timezone(&tz).naive_local();
        if local.time() < self.day_change {
            local.date().pred_opt().unwrap_or(local.date())
        } else {
            local.date()
        }
    }
}

/// A stored event: a symposium over one or more days (`start_date`..=`end_date`, local dates
/// in its `timezone`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Event {
    pub id: EventId,
    pub uuid: Uuid,
    #[serde(flatten)]
    pub data: EventData,
}

/// One row of `events list`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct EventSummary {
    pub id: EventId,
    pub uuid: Uuid,
    pub slug: String,
    pub title: String,
    pub timezone: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub sessions: u32,
    pub rooms: u32,
}

/// The editable fields of a venue: a site with an address; latitude and longitude in degrees
/// (WGS 84), as iCalendar's GEO.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, Default)]
pub struct VenueData {
    pub name: String,
    pub address: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
}

/// A stored venue of one event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Venue {
    pub id: VenueId,
    pub uuid: Uuid,
    pub event_id: EventId,
    #[serde(flatten)]
    pub data: VenueData,
}

/// When a room is open on one day of the event (local times in the event's zone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OpeningHours {
    pub date: NaiveDate,
    pub opens: NaiveTime,
    pub closes: NaiveTime,
}

/// The editable fields of a room.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, Default)]
pub struct RoomData {
    pub name: String,
    /// The venue the room is in; `None` for an online-only (virtual) room.
    pub venue_id: Option<VenueId>,
    pub capacity: Option<u32>,
    /// Building, floor or directions ("Building 1, level 0").
    pub location: String,
    pub can_stream: bool,
    pub can_record: bool,
    pub interpretation_booths: u32,
    /// Online-only room: sessions in it are remote and use its join link.
    pub is_virtual: bool,
    pub join_url: Option<String>,
    /// Empty means open whenever the event runs.
    pub opening_hours: Vec<OpeningHours>,
    /// Column order in the agenda grid.
    pub position: i32,
}

/// A stored room of one event (a column of the agenda).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Room {
    pub id: RoomId,
    pub uuid: Uuid,
    pub event_id: EventId,
    #[serde(flatten)]
    pub data: RoomData,
}

/// What sort of session it is; stored and serialised in snake_case (`interactive_session`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    Keynote,
    Panel,
    #[default]
    Presentation,
    Workshop,
    InteractiveSession,
    Plenary,
    Networking,
    Break,
    Meal,
    Ceremony,
    Social,
    Other,
}

impl SessionKind {
    /// Every kind, in the order pickers list them.
    pub const ALL: [SessionKind; 12] = [
        Self::Keynote,
        Self::Panel,
        Self::Presentation,
        Self::Workshop,
        Self::InteractiveSession,
        Self::Plenary,
        Self::Networking,
        Self::Break,
        Self::Meal,
        Self::Ceremony,
        Self::Social,
        Self::Other,
    ];
}

/// How people take part: in the room, online only, or both (a hybrid session has a join link).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
pub enum Participation {
    #[default]
    OnSite,
    Remote,
    Hybrid,
}

/// Where a session stands; a cancelled one is exported as iCalendar `STATUS:CANCELLED`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    #[default]
    Draft,
    Confirmed,
    Cancelled,
}

/// What a person does in a session. The order of this list is the conventional order of
/// credits (moderators first), used when a session lists no explicit order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Moderator,
    MasterOfCeremonies,
    Chair,
    KeynoteSpeaker,
    Speaker,
    Panellist,
    Presenter,
    Rapporteur,
    OrganiserContact,
}

impl Role {
    pub const ALL: [Role; 9] = [
        Self::Moderator,
        Self::MasterOfCeremonies,
        Self::Chair,
        Self::KeynoteSpeaker,
        Self::Speaker,
        Self::Panellist,
        Self::Presenter,
        Self::Rapporteur,
        Self::OrganiserContact,
    ];

    /// English label; the UI translates through its own catalogue.
    pub fn label(self) -> &'static str {
        match self {
            Self::Moderator => "Moderator",
            Self::MasterOfCeremonies => "Master of ceremonies",
            Self::Chair => "Chair",
            Self::KeynoteSpeaker => "Keynote speaker",
            Self::Speaker => "Speaker",
            Self::Panellist => "Panellist",
            Self::Presenter => "Presenter",
            Self::Rapporteur => "Rapporteur",
            Self::OrganiserContact => "Organiser contact",
        }
    }
}

/// A person in a role. The position in the containing list is the speaking/credit order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RoleAssignment {
    pub person_id: PersonId,
    pub role: Role,
}

/// A part of a session: a keynote inside an opening segment, one intervention of a panel.
/// Without `start`, an item begins when the one before it ends (the first at the session's
/// start); `minutes` is its length.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
pub struct SessionItem {
    pub uuid: Uuid,
    pub title: String,
    pub start: Option<DateTime<Utc>>,
    pub minutes: Option<u32>,
    pub roles: Vec<RoleAssignment>,
    pub description: String,
}

/// The editable fields of a session (create, update, the session form).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, Default)]
pub struct SessionData {
    /// The programme's own number or code ("231").
    pub code: String,
    pub title: String,
    pub subtitle: String,
    pub kind: SessionKind,
    /// Both set (scheduled) or both unset (in the tray). Instants in UTC.
    pub start: Option<DateTime<Utc>>,
    pub end: Option<DateTime<Utc>>,
    /// `None` = unscheduled (or a time without a room yet).
    pub room_id: Option<RoomId>,
    pub participation: Participation,
    pub join_url: Option<String>,
    pub join_instructions: String,
    /// Private: never exported unless asked for.
    pub passcode: String,
    pub registration_url: Option<String>,
    pub description: String,
    /// Spoken languages (BCP 47 tags or names), and those interpreted into.
    pub languages: Vec<String>,
    pub interpretation: Vec<String>,
    pub status: SessionStatus,
    pub expected_attendance: Option<u32>,
    pub organisers: Vec<String>,
    pub links: Vec<Link>,
    /// Private: never exported unless asked for.
    pub private_notes: String,
    pub roles: Vec<RoleAssignment>,
    pub items: Vec<SessionItem>,
    pub tags: Vec<TermId>,
}

/// A stored session of one event, with its revision and timestamps (UTC).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Session {
    pub id: SessionId,
    pub uuid: Uuid,
    pub event_id: EventId,
    /// Goes up whenever the time, room, status or title changes: the iCalendar SEQUENCE.
    pub revision: u32,
    pub created: DateTime<Utc>,
    pub modified: DateTime<Utc>,
    #[serde(flatten)]
    pub data: SessionData,
}

/// A span of time in which a person can take part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Availability {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

/// The editable fields of a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
pub struct PersonData {
    /// "Mr.", "Dr", "H.E."
    pub honorific: String,
    pub name: String,
    /// Function or title ("UN Secretary-General Technology Envoy").
    pub function: String,
    pub organisation: String,
    pub bio: String,
    /// Private: never exported unless asked for.
    pub email: String,
    /// Private: never exported unless asked for.
    pub phone: String,
    /// Empty means available at any time.
    pub availability: Vec<Availability>,
}

impl PersonData {
    /// "Mr. Amandeep Singh Gill": the name as a programme prints it.
    pub fn display_name(&self) -> String {
        if self.honorific.is_empty() {
            self.name.clone()
        } else {
            format!("{} {}", self.honorific, self.name)
        }
    }
}

/// People belong to the store, not to one event: the same moderator works many events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Person {
    pub id: PersonId,
    pub uuid: Uuid,
    #[serde(flatten)]
    pub data: PersonData,
}

/// A list of terms sessions are tagged with: the built-in SDGs, WSIS Action Lines and GDC
/// objectives, or an organiser's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Vocabulary {
    pub id: VocabularyId,
    pub uuid: Uuid,
    /// Stable handle: "sdg", "wsis", "gdc" for the built-in ones, a slug for the user's.
    pub key: String,
    pub name: String,
    pub description: String,
    pub builtin: bool,
}

/// One term of a vocabulary; its identity is `vocabulary key:code` (`sdg:9`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Term {
    pub id: TermId,
    pub uuid: Uuid,
    pub vocabulary_id: VocabularyId,
    /// Short code within its vocabulary: "3", "C7", "C7.e-health", "dpi-day".
    pub code: String,
    pub label: String,
    /// Code of the broader term (the C7 sub-lines name "C7").
    pub parent_code: Option<String>,
    pub position: i32,
}

/// An attendee's named pick of sessions ("My week"), exportable as a personal calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Selection {
    pub id: SelectionId,
    pub event_id: EventId,
    pub name: String,
    pub sessions: Vec<SessionId>,
}

/// Everything about one event, read in one go: what exports, checks and the agenda use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Schedule {
    pub event: Event,
    pub venues: Vec<Venue>,
    pub rooms: Vec<Room>,
    /// Ordered by start (unscheduled last), then code.
    pub sessions: Vec<Session>,
    /// The people who have a role in any of the sessions, ordered by name.
    pub people: Vec<Person>,
    pub vocabularies: Vec<Vocabulary>,
    /// Every term of every vocabulary (tags refer to them by id).
    pub terms: Vec<Term>,
}

impl Schedule {
    pub fn room(&self, id: RoomId) -> Option<&Room> {
        self.rooms.iter().find(|r| r.id == id)
    }
    pub fn venue(&self, id: VenueId) -> Option<&Venue> {
        self.venues.iter().find(|v| v.id == id)
    }
    /// The name of the venue `room` is in; empty for a room without one (online only).
    pub fn venue_name(&self, room: &Room) -> String {
        room.data
            .venue_id
            .and_then(|v| self.venue(v))
            .map(|v| v.data.name.clone())
            .unwrap_or_default()
    }
    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }
    pub fn term(&self, id: TermId) -> Option<&Term> {
        self.terms.iter().find(|t| t.id == id)
    }
    pub fn vocabulary(&self, id: VocabularyId) -> Option<&Vocabulary> {
        self.vocabularies.iter().find(|v| v.id == id)
    }
}

/// Text names of the model's enums, as stored and as typed on the command line; the same
/// spelling serde uses.
macro_rules! text_names {
    ($ty:ident { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $name),+ }
            }
            pub fn names() -> &'static [&'static str] {
                &[$($name),+]
            }
        }
        impl std::str::FromStr for $ty {
            type Err = String;
            fn from_str(text: &str) -> Result<Self, String> {
                match text {
                    $($name => Ok(Self::$variant),)+
                    _ => Err(format!("{text:?} is not one of: {}", Self::names().join(", "))),
                }
            }
        }
        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

text_names!(SessionKind {
    Keynote => "keynote",
    Panel => "panel",
    Presentation => "presentation",
    Workshop => "workshop",
    InteractiveSession => "interactive_session",
    Plenary => "plenary",
    Networking => "networking",
    Break => "break",
    Meal => "meal",
    Ceremony => "ceremony",
    Social => "social",
    Other => "other",
});

text_names!(Participation {
    OnSite => "on_site",
    Remote => "remote",
    Hybrid => "hybrid",
});

text_names!(SessionStatus {
    Draft => "draft",
    Confirmed => "confirmed",
    Cancelled => "cancelled",
});

text_names!(Role {
    Moderator => "moderator",
    MasterOfCeremonies => "master_of_ceremonies",
    Chair => "chair",
    KeynoteSpeaker => "keynote_speaker",
    Speaker => "speaker",
    Panellist => "panellist",
    Presenter => "presenter",
    Rapporteur => "rapporteur",
    OrganiserContact => "organiser_contact",
});
