//! What a check reports: the rule broken, how bad it is, what is involved and a sentence.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// How much a finding matters. `check` exits 1 when an unacknowledged error remains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
    Information,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Information => "information",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! rules {
    ($($variant:ident => $name:literal, $severity:ident, $doc:literal;)+) => {
        /// A check's stable name: stored with acknowledgements and printed in JSON, so never rename one.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
        #[serde(rename_all = "snake_case")]
        pub enum Rule {
            $(#[doc = $doc] $variant,)+
        }

        impl Rule {
            pub const ALL: &'static [Rule] = &[$(Rule::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $(Rule::$variant => $name),+ }
            }

            /// The severity every finding of this rule has.
            pub fn severity(self) -> Severity {
                match self { $(Rule::$variant => Severity::$severity),+ }
            }

            /// One line saying what the rule checks (for `--help`-like listings and the UI).
            pub fn description(self) -> &'static str {
                match self { $(Rule::$variant => $doc),+ }
            }
        }

        impl std::str::FromStr for Rule {
            type Err = String;
            fn from_str(text: &str) -> Result<Self, String> {
                match text {
                    $($name => Ok(Rule::$variant),)+
                    _ => Err(format!("{text:?} is not a check rule")),
                }
            }
        }
    };
}

rules! {
    RoomDoubleBooked => "room_double_booked", Error,
        "Two sessions overlap in one room (across midnight too).";
    PersonDoubleBooked => "person_double_booked", Error,
        "A person has a role (in a session or a nested item) in two sessions that overlap.";
    PersonUnavailable => "person_unavailable", Error,
        "A person is on at a time outside the availability they gave.";
    ChangeoverTooShort => "changeover_too_short", Warning,
        "Too little time between two sessions of one person or one room (longer between venues).";
    OutsideEventDays => "outside_event_days", Error,
        "A session falls outside the event's days.";
    OutsideRoomHours => "outside_room_hours", Warning,
        "A session falls outside its room's opening hours.";
    OverCapacity => "over_capacity", Warning,
        "The expected attendance is larger than the room's capacity.";
    MissingJoinLink => "missing_join_link", Warning,
        "A remote or hybrid session has no join link (neither its own nor its room's).";
    NoStreamingInRoom => "no_streaming_in_room", Error,
        "A hybrid session is in a room that cannot stream.";
    NoInterpretationInRoom => "no_interpretation_in_room", Error,
        "A session with interpretation is in a room with too few interpretation booths.";
    PanelWithoutModerator => "panel_without_moderator", Warning,
        "A panel has nobody as moderator or chair.";
    ItemOutsideParent => "item_outside_parent", Warning,
        "A nested item runs outside its session's time.";
    ItemsOverlap => "items_overlap", Warning,
        "Two nested items of one session overlap.";
    NonPositiveDuration => "non_positive_duration", Error,
        "A session ends before it starts, or when it starts.";
    Unscheduled => "unscheduled", Information,
        "A session has no time yet, or a time but no room.";
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Every `Finding::wording`: the window's catalogue has a message `finding.<wording>` for each
/// (a test of the UI reads this list), and every finding the rules make uses one of them.
pub const WORDINGS: &[&str] = &[
    "room_double_booked",
    "person_double_booked",
    "person_unavailable",
    "changeover_too_short.room",
    "changeover_too_short.person",
    "outside_event_days",
    "outside_room_hours",
    "over_capacity",
    "missing_join_link.remote",
    "missing_join_link.hybrid",
    "missing_join_link.remote_room",
    "missing_join_link.hybrid_room",
    "no_streaming_in_room",
    "no_interpretation_in_room",
    "panel_without_moderator",
    "item_outside_parent",
    "items_overlap",
    "non_positive_duration",
    "unscheduled.no_time",
    "unscheduled.no_room",
];

/// One thing a moderator should look at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    /// UUIDs of the sessions involved (two for a clash, in time order).
    pub sessions: Vec<Uuid>,
    pub people: Vec<Uuid>,
    pub rooms: Vec<Uuid>,
    /// The time the finding is about (the overlap of a clash, the gap of a changeover).
    pub start: Option<DateTime<Utc>>,
    pub end: Option<DateTime<Utc>>,
    /// A sentence naming people, rooms and local times, in English (what the CLI prints).
    pub message: String,
    /// Which sentence of the rule this is, e.g. `unscheduled.no_room` or
    /// `changeover_too_short.person`: the window words the finding with its catalogue's message
    /// `finding.<wording>` in the chosen language, filled in from `params`.
    pub wording: String,
    /// The values `message` is made of, by name, for the window to word in any language:
    /// `session`, `session2`, `item`, `item2` (a session's code and title, an item's title);
    /// `room`, `room1`, `room2`, `person` (names); `zone` (the event's IANA zone); `span`,
    /// `span1`, `span2`, `itemSpan`, `item2Span` (ISO 8601 intervals of UTC instants,
    /// `2027-07-06T08:00:00Z/2027-07-06T09:00:00Z`); `endTime`, `startTime` (UTC instants);
    /// `firstDay`, `lastDay` (dates, `2027-07-06`); `minutes`, `needMinutes`, `expected`,
    /// `capacity`, `languages`, `booths` (whole numbers in decimal).
    pub params: BTreeMap<String, String>,
    /// Stable while the sessions involved are unchanged; the key of an acknowledgement.
    pub fingerprint: String,
    pub acknowledged: bool,
}

impl Finding {
    /// Whether the finding is an error nobody acknowledged: what makes `plenary check` exit 1.
    pub fn is_blocking(&self) -> bool {
        self.severity == Severity::Error && !self.acknowledged
    }
}

/// The order findings are listed in: by time (untimed last), then rule, then what is involved.
pub(crate) fn listing_order(a: &Finding, b: &Finding) -> std::cmp::Ordering {
    (
        a.start.is_none(),
        a.start,
        a.end,
        a.rule,
        &a.sessions,
        &a.people,
        &a.rooms,
        &a.fingerprint,
    )
        .cmp(&(
            b.start.is_none(),
            b.start,
            b.end,
            b.rule,
            &b.sessions,
            &b.people,
            &b.rooms,
            &b.fingerprint,
        ))
}

/// Builds a fingerprint from the rule and a canonical text of what is involved. The sessions'
/// revision and modification time are part of it, so any change to them makes a new finding
/// that is no longer acknowledged. FNV-1a (64 bit) is written out here because it must stay the
/// same across Rust versions and machines, which `std`'s hasher does not promise.
#[cfg(test)]
pub(crate) fn fingerprint(rule: Rule, canonical: &str) -> String {
    let mut h = Fnv::new(rule);
    h.bytes(canonical.as_bytes());
    h.finish(rule)
}

/// The FNV-1a state of a fingerprint, fed as text is written (no intermediate string).
pub(crate) struct Fnv(u64);

impl Fnv {
    pub fn new(rule: Rule) -> Fnv {
        let mut h = Fnv(0xcbf2_9ce4_8422_2325);
        h.bytes(rule.as_str().as_bytes());
        h.bytes(&[0]);
        h
    }

    fn bytes(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    pub fn finish(&self, rule: Rule) -> String {
        format!("{}:{:016x}", rule.as_str(), self.0)
    }
}

impl std::fmt::Write for Fnv {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.bytes(s.as_bytes());
        Ok(())
    }
}

/// Knobs of the checks, serialisable so the desktop app can keep and pass them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct CheckConfig {
    /// Minutes a room needs between two sessions (cleaning, set-up).
    pub room_changeover_minutes: u32,
    /// Minutes a person needs between sessions in two rooms of one venue (or online).
    pub person_changeover_minutes: u32,
    /// Minutes a person needs between sessions in rooms of two different venues.
    pub venue_changeover_minutes: u32,
}

impl Default for CheckConfig {
    fn default() -> Self {
        CheckConfig {
            room_changeover_minutes: 0,
            person_changeover_minutes: 5,
            venue_changeover_minutes: 30,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_round_trip_and_match_serde() {
        for rule in Rule::ALL {
            assert_eq!(rule.as_str().parse::<Rule>().unwrap(), *rule);
            assert_eq!(serde_json::to_string(rule).unwrap(), format!("\"{}\"", rule.as_str()));
        }
        assert_eq!(Rule::ALL.len(), 15);
    }

    #[test]
    fn fingerprint_is_stable_and_depends_on_input() {
        let a = fingerprint(Rule::RoomDoubleBooked, "x");
        assert_eq!(a, fingerprint(Rule::RoomDoubleBooked, "x"));
        assert_ne!(a, fingerprint(Rule::RoomDoubleBooked, "y"));
        assert_ne!(a, fingerprint(Rule::PersonDoubleBooked, "x"));
        // The value itself is pinned: stored acknowledgements depend on it.
        assert_eq!(fingerprint(Rule::Unscheduled, "s"), "unscheduled:573ccafb9015c520");
    }

    #[test]
    fn config_defaults_fill_missing_fields() {
        let c: CheckConfig = serde_json::from_str(r#"{"person_changeover_minutes": 10}"#).unwrap();
        assert_eq!(c.person_changeover_minutes, 10);
        assert_eq!(c.venue_changeover_minutes, 30);
    }
}
