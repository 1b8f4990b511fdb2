//! What the two formats share: the sessions that fit a timetable, grouped by day, with their
//! frab ids, rooms (with stand-ins for sessions without one), tracks and people.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use plenary_core::time;
use plenary_core::{slugify, EventData, Room, Schedule, Session, SessionStatus};
use uuid::Uuid;

use super::{http_uri_ok, OmitWhy, Omitted};
use crate::frab::TRACKS_VOCABULARY;

pub(super) struct Plan<'s> {
    pub tz: Tz,
    /// The local time at which each conference day begins (the event's day change).
    pub day_change: NaiveTime,
    pub days: Vec<NaiveDate>,
    /// Per day, the sessions starting that day (local), in time order.
    pub by_day: Vec<Vec<&'s Session>>,
    pub ids: HashMap<Uuid, u64>,
    pub rooms: Vec<Room>,
    pub tracks: HashMap<i64, String>,
    /// Per session, the index of its room in `rooms`.
    pub room_index: HashMap<Uuid, usize>,
    pub people: HashMap<i64, &'s plenary_core::Person>,
    pub acronym: Option<String>,
    pub omitted: Vec<Omitted>,
    pub version: String,
}

/// The sessions that fit a timetable, by day, with their frab ids; the others, with the reason;
/// the stand-in room names of sessions without a room.
struct Placed<'s> {
    by_day: Vec<Vec<&'s Session>>,
    ids: HashMap<Uuid, u64>,
    fallback_rooms: HashMap<Uuid, String>,
    omitted: Vec<Omitted>,
}

impl<'s> Plan<'s> {
    pub(super) fn new(schedule: &'s Schedule) -> Plan<'s> {
        let tz: Tz = schedule.event.data.timezone.parse().unwrap_or(chrono_tz::UTC);
        let days = event_days(&schedule.event.data);
        let placed = place(schedule, tz, &days);
        let rooms = rooms_with_fallbacks(schedule, &placed.fallback_rooms);
        let room_index = room_index(&rooms, &placed);
        Plan {
            tz,
            day_change: schedule.event.data.day_change,
            days,
            by_day: placed.by_day,
            ids: placed.ids,
            rooms,
            tracks: tracks(schedule),
            room_index,
            people: schedule.people.iter().map(|p| (p.id, p)).collect(),
            acronym: Some(acronym(&schedule.event.data.slug)),
            omitted: placed.omitted,
            version: version(schedule),
        }
    }

    /// The sessions of one day in one room (by index in `rooms`), in time order.
    pub(super) fn in_room(&self, day: usize, room: usize) -> impl Iterator<Item = &'s Session> + '_ {
        self.by_day[day]
            .iter()
            .copied()
            .filter(move |s| self.room_index[&s.uuid] == room)
    }

    /// An instant with the offset of the event's zone ("2020-01-10T22:30:00+01:00").
    pub(super) fn stamp(&self, t: DateTime<Utc>) -> String {
        t.with_timezone(&self.tz).format("%Y-%m-%dT%H:%M:%S%:z").to_string()
    }

    /// The local clock of an instant ("22:30"), frab's `<start>`.
    pub(super) fn clock(&self, t: DateTime<Utc>) -> String {
        time::utc_to_local(self.tz, t).format("%H:%M").to_string()
    }

    /// A conference day's start and end: from its date at the day change to the next day's
    /// (later when a session runs longer). The import reads the day change back from the starts.
    pub(super) fn day_bounds(&self, index: usize) -> (String, String) {
        let date = self.days[index];
        let start = time::day_start_at(self.tz, date, self.day_change);
        let next = date.succ_opt().unwrap_or(date);
        let mut end = time::day_start_at(self.tz, next, self.day_change);
        for s in &self.by_day[index] {
            if let Some(e) = s.data.end {
                end = end.max(e);
            }
        }
        (self.stamp(start), self.stamp(end))
    }

    pub(super) fn slug(&self, s: &Session) -> String {
        let prefix = self.acronym.clone().unwrap_or_default();
        format!("{prefix}-{}-{}", self.ids[&s.uuid], slugify(&s.data.title))
    }

    /// The session's first link (or registration page) that the schemas' URI type accepts.
    pub(super) fn url(&self, s: &Session) -> Option<String> {
        s.data
            .links
            .iter()
            .map(|l| l.url.clone())
            .chain(s.data.registration_url.clone())
            .find(|u| http_uri_ok(u))
    }

    /// "HH:MM" (hours may exceed 23).
    pub(super) fn duration(s: &Session) -> String {
        let minutes = match (s.data.start, s.data.end) {
            (Some(a), Some(b)) => (b - a).num_minutes(),
            _ => 0,
        };
        format!("{:02}:{:02}", minutes / 60, minutes % 60)
    }

    /// The tracks of the planned sessions, in the order they first appear.
    pub(super) fn tracks_used(&self) -> Vec<String> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for day in &self.by_day {
            for s in day {
                if let Some(t) = self.tracks.get(&s.id) {
                    if seen.insert(t.clone()) {
                        out.push(t.clone());
                    }
                }
            }
        }
        out
    }
}

/// The event's days, first to last.
fn event_days(event: &EventData) -> Vec<NaiveDate> {
    let mut days = Vec::new();
    // An event lasts at most a year (the store's rule), so this ends; `succ_opt` guards
    // the last representable date all the same.
    let mut d = Some(event.start_date);
    while let Some(day) = d.filter(|d| *d <= event.end_date) {
        days.push(day);
        d = day.succ_opt();
    }
    days
}

/// Sorts the sessions into the days (or the omitted, with the reason), gives each a frab id and
/// notes a stand-in room for those without one.
fn place<'s>(schedule: &'s Schedule, tz: Tz, days: &[NaiveDate]) -> Placed<'s> {
    let mut placed = Placed {
        by_day: vec![Vec::new(); days.len()],
        ids: HashMap::new(),
        fallback_rooms: HashMap::new(),
        omitted: Vec::new(),
    };
    let mut ids = FrabIds::new(schedule);
    for s in &schedule.sessions {
        let (Some(start), Some(end)) = (s.data.start, s.data.end) else {
            placed.omitted.push(Omitted::of(s, OmitWhy::NotScheduled));
            continue;
        };
        if s.data.status == SessionStatus::Cancelled {
            placed.omitted.push(Omitted::of(s, OmitWhy::Cancelled));
            continue;
        }
        if (end - start).num_minutes() > 99 * 60 + 59 {
            placed.omitted.push(Omitted::of(s, OmitWhy::TooLong));
            continue;
        }
        // Sessions after midnight but before the day change belong to the day before.
        let date = schedule.event.data.conference_day(tz, start);
        let Some(day) = days.iter().position(|d| *d == date) else {
            placed.omitted.push(Omitted::of(s, OmitWhy::OutsideDays));
            continue;
        };
        placed.by_day[day].push(s);
        placed.ids.insert(s.uuid, ids.next(s));
        if s.data.room_id.and_then(|r| schedule.room(r)).is_none() {
            let name = if s.data.participation == plenary_core::Participation::Remote {
                "Online"
            } else {
                "To be announced"
            };
            placed.fallback_rooms.insert(s.uuid, name.to_string());
        }
    }
    placed
}

/// frab's positive integer ids: a session's code when it is a positive number used by no other
/// session, else 31 bits of its UUID, stepped on while taken.
struct FrabIds {
    code_count: HashMap<u64, usize>,
    taken: HashSet<u64>,
}

impl FrabIds {
    fn new(schedule: &Schedule) -> Self {
        let mut code_count: HashMap<u64, usize> = HashMap::new();
        for s in &schedule.sessions {
            if let Ok(n) = s.data.code.parse::<u64>() {
                *code_count.entry(n).or_default() += 1;
            }
        }
        let taken = code_count
            .iter()
            .filter(|(n, c)| **c == 1 && **n > 0)
            .map(|(n, _)| *n)
            .collect();
        FrabIds { code_count, taken }
    }

    fn next(&mut self, s: &Session) -> u64 {
        match s.data.code.parse::<u64>() {
            Ok(n) if n > 0 && self.code_count.get(&n) == Some(&1) => n,
            _ => {
                // 31 bits of the UUID: stable, positive, and rarely taken; step on if it is.
                let mut n = (s.uuid.as_u128() as u64 & 0x7fff_ffff).max(1);
                while self.taken.contains(&n) {
                    n = n % 0x7fff_ffff + 1;
                }
                self.taken.insert(n);
                n
            }
        }
    }
}

/// The event's rooms, then a stand-in room per fallback name the event lacks.
fn rooms_with_fallbacks(schedule: &Schedule, fallback_rooms: &HashMap<Uuid, String>) -> Vec<Room> {
    let mut rooms = schedule.rooms.clone();
    let mut fallback_names: Vec<&String> = fallback_rooms.values().collect();
    fallback_names.sort();
    fallback_names.dedup();
    for name in fallback_names {
        if !rooms.iter().any(|r| &r.data.name == name) {
            rooms.push(Room {
                id: -1,
                uuid: Uuid::new_v5(&schedule.event.uuid, format!("room:{name}").as_bytes()),
                event_id: schedule.event.id,
                data: plenary_core::RoomData {
                    name: name.clone(),
                    ..Default::default()
                },
            });
        }
    }
    rooms
}

/// Per planned session, the index of its room (or stand-in) in `rooms`.
fn room_index(rooms: &[Room], placed: &Placed<'_>) -> HashMap<Uuid, usize> {
    let by_name: HashMap<&str, usize> = rooms
        .iter()
        .enumerate()
        .map(|(i, r)| (r.data.name.as_str(), i))
        .collect();
    let by_id: HashMap<i64, usize> = rooms.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
    let mut room_index = HashMap::new();
    for s in placed.by_day.iter().flatten() {
        let index = match s.data.room_id.and_then(|r| by_id.get(&r)) {
            Some(i) => *i,
            None => by_name[placed.fallback_rooms[&s.uuid].as_str()],
        };
        room_index.insert(s.uuid, index);
    }
    room_index
}

/// A session's track: its term in the "tracks" vocabulary, else its first tag.
fn tracks(schedule: &Schedule) -> HashMap<i64, String> {
    let tracks_vocab = schedule
        .vocabularies
        .iter()
        .find(|v| v.key == TRACKS_VOCABULARY)
        .map(|v| v.id);
    let mut tracks = HashMap::new();
    for s in &schedule.sessions {
        let terms: Vec<_> = s.data.tags.iter().filter_map(|t| schedule.term(*t)).collect();
        let chosen = terms
            .iter()
            .find(|t| Some(t.vocabulary_id) == tracks_vocab)
            .or_else(|| terms.first())
            .map(|t| t.label.clone());
        if let Some(track) = chosen {
            tracks.insert(s.id, track);
        }
    }
    tracks
}

/// The XSD's acronym is [a-z0-9_-]{4,}; the JSON schema's allows no dashes after the first
/// character. Underscores for dashes satisfy both; the import turns them back.
fn acronym(slug: &str) -> String {
    let mut acronym = slug.replace('-', "_");
    while acronym.len() < 4 {
        acronym.push('_');
    }
    acronym
}

/// The schedule's version: when a session was last changed, else "1".
fn version(schedule: &Schedule) -> String {
    schedule
        .sessions
        .iter()
        .map(|s| s.modified)
        .max()
        .map(|m| m.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|| "1".into())
}
