//! Free slots: where and when a new session of a given length could go without breaking a rule.
//!
//! Candidates start on a grid (every `step_minutes`, 15 by default) inside each room's opening
//! hours on each day of the range (08:00–20:00 local time for a room without opening hours),
//! within the event's days. A candidate is feasible when the room meets the needs (capacity,
//! streaming, interpretation booths), the room is free including its changeover buffer, and
//! every person is available and free including their changeover buffer (the venue buffer when
//! their neighbouring session is in another venue).
//!
//! Best first, by a penalty (lower is better), then the earlier start, then the room's column:
//! - room fit: 1 point per 10 % of spare seats over the capacity asked for (at most 50);
//! - room gaps: 1 point per 15 minutes between the slot (plus the room buffer) and the nearest
//!   session in that room that day (at most 10, and 10 for an empty room): packed rooms leave
//!   usable time free elsewhere;
//! - people's gaps: per person, 1 point per 15 minutes idle before or after their nearest
//!   session that day (at most 16), and 8 points when they have nothing else that day;
//! - day: 2 points per day after the first day of the range.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use plenary_core::model::{Person, PersonId, RoomId, Schedule, SessionId};
use plenary_core::Error;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::checker::Checker;
use crate::finding::CheckConfig;
use crate::prepared::{covered, day_span, instant, local_instant, merge, Span};

/// What the new session needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct SlotRequest {
    pub minutes: u32,
    pub people: Vec<PersonId>,
    /// Seats needed; rooms of unknown capacity do not qualify.
    pub capacity: Option<u32>,
    /// A hybrid session: the room must be able to stream.
    pub streaming: bool,
    /// Interpretation booths needed (one per language interpreted into).
    pub interpretation_booths: u32,
    /// The days to search (inclusive); the event's days by default.
    pub first_day: Option<NaiveDate>,
    pub last_day: Option<NaiveDate>,
    /// Only these rooms; every room by default.
    pub rooms: Vec<RoomId>,
    /// Whether online-only rooms qualify (for a remote session).
    pub include_virtual: bool,
    /// A session being rescheduled: its own bookings do not block its new slot.
    pub ignore_session: Option<SessionId>,
    pub step_minutes: u32,
    /// At most this many slots (0 = all).
    pub limit: usize,
}

impl Default for SlotRequest {
    fn default() -> Self {
        SlotRequest {
            minutes: 45,
            people: Vec::new(),
            capacity: None,
            streaming: false,
            interpretation_booths: 0,
            first_day: None,
            last_day: None,
            rooms: Vec::new(),
            include_virtual: false,
            ignore_session: None,
            step_minutes: 15,
            limit: 20,
        }
    }
}

/// A feasible time and room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Slot {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub room_id: RoomId,
    pub room_uuid: Uuid,
    pub room: String,
    /// Lower is better (see the module documentation for the points).
    pub penalty: u32,
}

/// Free slots in `schedule` (people not in any of its sessions are passed in `extra_people` so
/// that their availability counts).
///
/// # Errors
/// As [`Checker::free_slots`].
pub fn free_slots(
    schedule: &Schedule,
    config: &CheckConfig,
    extra_people: &[Person],
    request: &SlotRequest,
) -> Result<Vec<Slot>, Error> {
    let mut checker = Checker::new(schedule, config, &[]);
    for p in extra_people {
        checker.know_person(p);
    }
    checker.free_slots(request)
}

impl Checker {
    /// Registers a person who has no session in the event yet (for availability in slots).
    pub fn know_person(&mut self, person: &Person) {
        let i = self.model.know_person(person);
        if self.people.len() <= i {
            self.people.resize(i + 1, Vec::new());
        }
    }

    /// Free slots in the schedule as it stands now (moves included), best first.
    ///
    /// # Errors
    /// [`Error::Invalid`] naming the request's field (entity `slots`): a zero `minutes` or
    /// `step_minutes`, `days` outside the event; [`Error::NotFound`] for a person or room not in
    /// the event.
    pub fn free_slots(&self, request: &SlotRequest) -> Result<Vec<Slot>, Error> {
        let search = self.search_for(request)?;
        let m = &self.model;
        let mut slots = Vec::new();
        for (r, room) in m.rooms.iter().enumerate() {
            if !room_suits(room, request) {
                continue;
            }
            let mut day = search.first;
            while day <= search.last {
                let day_index = (day - search.first).num_days();
                let day_span = day_span(m.tz, day);
                for (open, close) in self.room_windows(r, day, day_span) {
                    let mut s = open;
                    while s + search.length <= close {
                        let cand = (s, s + search.length);
                        s += search.step;
                        if !self.room_free(r, cand, search.ignore) || !self.people_free(&search, r, cand) {
                            continue;
                        }
                        slots.push(Slot {
                            start: instant(cand.0),
                            end: instant(cand.1),
                            room_id: room.id,
                            room_uuid: room.uuid,
                            room: room.name.clone(),
                            penalty: self.penalty(request, r, &search.people, cand, day_span, day_index, search.ignore),
                        });
                    }
                }
                day += Duration::days(1);
            }
        }
        slots.sort_by(|a, b| {
            let pa = m.rooms[m.room_index[&a.room_id]].position;
            let pb = m.rooms[m.room_index[&b.room_id]].position;
            (a.penalty, a.start, pa, a.room_id).cmp(&(b.penalty, b.start, pb, b.room_id))
        });
        if request.limit > 0 {
            slots.truncate(request.limit);
        }
        Ok(slots)
    }

    /// The request checked against the event and turned into dense indices and seconds.
    fn search_for(&self, request: &SlotRequest) -> Result<Search, Error> {
        const E: &str = "slots";
        if request.minutes == 0 {
            return Err(Error::invalid(E, "minutes", "the duration must be at least one minute"));
        }
        if request.step_minutes == 0 {
            return Err(Error::invalid(
                E,
                "step_minutes",
                "the step must be at least one minute",
            ));
        }
        let m = &self.model;
        let event_first = instant(m.event_span.0).with_timezone(&m.tz).date_naive();
        let event_last = instant(m.event_span.1 - 1).with_timezone(&m.tz).date_naive();
        // The search walks the event's days one by one: an event with absurd days (a store
        // written by hand) is refused instead of searched for hours or overflowing a date.
        let (start_date, end_date) = m.event_days;
        plenary_core::sane::check_event_days(&plenary_core::EventData {
            start_date,
            end_date,
            ..Default::default()
        })?;
        let first = request.first_day.unwrap_or(event_first).max(event_first);
        let last = request.last_day.unwrap_or(event_last).min(event_last);
        if first > last {
            return Err(Error::invalid(
                E,
                "days",
                format!("no event day in the range; the event runs {event_first} to {event_last}"),
            ));
        }
        let mut people = Vec::with_capacity(request.people.len());
        for id in &request.people {
            people.push(*m.person_index.get(id).ok_or_else(|| Error::not_found("person", id))?);
        }
        for id in &request.rooms {
            if !m.room_index.contains_key(id) {
                return Err(Error::not_found("room", id));
            }
        }
        Ok(Search {
            first,
            last,
            people,
            ignore: request.ignore_session.and_then(|id| m.session_index.get(&id).copied()),
            length: i64::from(request.minutes) * 60,
            step: i64::from(request.step_minutes) * 60,
        })
    }

    /// When room `r` is open on `day` (`day_span` its local midnight to midnight), within the
    /// event: its opening hours, or 08:00–20:00 local time when it has none.
    fn room_windows(&self, r: usize, day: NaiveDate, day_span: Span) -> Vec<Span> {
        let m = &self.model;
        let windows: Vec<Span> = match &m.rooms[r].hours {
            Some(hours) => hours
                .iter()
                .map(|&(a, b)| (a.max(day_span.0), b.min(day_span.1)))
                .filter(|(a, b)| b > a)
                .collect(),
            None => {
                let open = NaiveTime::from_hms_opt(8, 0, 0).expect("valid time");
                let close = NaiveTime::from_hms_opt(20, 0, 0).expect("valid time");
                vec![(
                    local_instant(m.tz, day.and_time(open)),
                    local_instant(m.tz, day.and_time(close)),
                )]
            }
        };
        windows
            .into_iter()
            .map(|(open, close)| (open.max(m.event_span.0), close.min(m.event_span.1)))
            .collect()
    }

    /// Whether room `r` is free for `cand`, with its changeover buffer on both sides.
    fn room_free(&self, r: usize, cand: Span, ignore: Option<usize>) -> bool {
        let room_buffer = self.model.room_buffer();
        let list = &self.rooms[r];
        let upto = list.partition_point(|e| e.start < cand.1 + room_buffer);
        !list[..upto]
            .iter()
            .any(|e| Some(e.session as usize) != ignore && e.end + room_buffer > cand.0)
    }

    /// Whether every person of the search is available and free for `cand` in room `r`, with the
    /// buffer their neighbouring sessions need (the venue buffer across venues).
    fn people_free(&self, search: &Search, r: usize, cand: Span) -> bool {
        let m = &self.model;
        let max_person_buffer = m.max_person_buffer();
        search.people.iter().all(|&p| {
            if m.people[p]
                .available
                .as_ref()
                .is_some_and(|avail| !covered(avail, cand))
            {
                return false;
            }
            let list = &self.people[p];
            let upto = list.partition_point(|e| e.start < cand.1 + max_person_buffer);
            !list[..upto].iter().any(|e| {
                if Some(e.session as usize) == search.ignore {
                    return false;
                }
                let need = m.buffer_between(Some(r), m.sessions[e.session as usize].room);
                e.start < cand.1 + need && cand.0 < e.end + need
            })
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn penalty(
        &self,
        request: &SlotRequest,
        r: usize,
        people: &[usize],
        cand: Span,
        day: Span,
        day_index: i64,
        ignore: Option<usize>,
    ) -> u32 {
        let m = &self.model;
        let mut points: i64 = 2 * day_index;
        if let (Some(need), Some(cap)) = (request.capacity, m.rooms[r].capacity) {
            let spare_pct = (i64::from(cap) - i64::from(need)) * 100 / i64::from(need.max(1));
            points += (spare_pct / 10).min(50);
        }
        // Room gaps: the time left unused between the slot and its nearest neighbour that day.
        let buffer = m.room_buffer();
        let room_gap = self.rooms[r]
            .iter()
            .filter(|e| Some(e.session as usize) != ignore && e.start < day.1 && e.end > day.0)
            .map(|e| {
                if e.end <= cand.0 {
                    cand.0 - e.end
                } else {
                    (e.start - cand.1).max(0)
                }
            })
            .map(|gap| (gap - buffer).max(0))
            .min();
        points += match room_gap {
            Some(secs) => (secs / 900).min(10),
            None => 10,
        };
        for &p in people {
            let busy: Vec<Span> = merge(
                self.people[p]
                    .iter()
                    .filter(|e| Some(e.session as usize) != ignore && e.start < day.1 && e.end > day.0)
                    .map(|e| (e.start, e.end))
                    .collect(),
            );
            let idle = busy
                .iter()
                .map(|&(a, b)| if b <= cand.0 { cand.0 - b } else { (a - cand.1).max(0) })
                .min();
            points += match idle {
                Some(secs) => (secs / 900).min(16),
                None => 8,
            };
        }
        points.clamp(0, i64::from(u32::MAX)) as u32
    }
}

/// A slot search, checked: the days to walk, the people (dense indices), the session to leave
/// out (the one being moved), and the length and grid step in seconds.
struct Search {
    first: NaiveDate,
    last: NaiveDate,
    people: Vec<usize>,
    ignore: Option<usize>,
    length: i64,
    step: i64,
}

/// Whether a room meets the request's needs: chosen (or no rooms named), virtual only when
/// allowed and nothing physical is asked for, enough seats, streaming and booths.
fn room_suits(room: &crate::prepared::RoomRec, request: &SlotRequest) -> bool {
    if !request.rooms.is_empty() && !request.rooms.contains(&room.id) {
        return false;
    }
    if room.is_virtual && (!request.include_virtual || request.streaming || request.interpretation_booths > 0) {
        return false;
    }
    if let Some(need) = request.capacity {
        match room.capacity {
            Some(c) if c >= need => {}
            None if room.is_virtual => {}
            _ => return false,
        }
    }
    if request.streaming && !room.can_stream {
        return false;
    }
    room.booths >= request.interpretation_booths
}
