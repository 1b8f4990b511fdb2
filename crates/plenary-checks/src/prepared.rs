//! The schedule reduced to what the checks need: instants as Unix seconds, rooms and people by
//! dense index, nested items laid out in time, each person's busy intervals per session.
//!
//! Item layout (the model leaves items without a `start` to follow one another):
//! - an item with a `start` begins then; an item without begins where the previous item ended
//!   (the first at the session's start);
//! - an item with `minutes` lasts that long;
//! - items without `minutes` share the time left in their stretch: the stretch runs from the
//!   session's start or an item with an explicit `start`, to the next item with an explicit
//!   `start` or the session's end; the minutes of the sized items in it are taken off first and
//!   the rest is split evenly. When nothing is left, such an item is empty and clashes with
//!   nothing.
//!
//! A person with a role in the session itself is busy for the whole session; a person with a role
//! only in items is busy during those items. Both together make one merged set per session, so a
//! person in two roles of one session never clashes with themself.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use plenary_core::model::*;
use uuid::Uuid;

use crate::finding::CheckConfig;

pub(crate) type Span = (i64, i64);

/// A map with a multiply-rotate hasher: the keys are small integers and tuples of them, made by
/// this crate (no untrusted keys, so no need for SipHash's flooding protection, and 10,000
/// sessions index noticeably faster).
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<IntHasher>>;

#[derive(Default, Clone, Copy)]
pub(crate) struct IntHasher(u64);

impl IntHasher {
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for IntHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.add(u64::from(b));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn write_i64(&mut self, i: i64) {
        self.add(i as u64);
    }
    fn write_isize(&mut self, i: isize) {
        self.add(i as u64);
    }
}

#[derive(Debug, Clone)]
pub(crate) struct RoomRec {
    pub id: RoomId,
    pub uuid: Uuid,
    pub name: String,
    pub venue: Option<VenueId>,
    pub capacity: Option<u32>,
    pub can_stream: bool,
    pub booths: u32,
    pub is_virtual: bool,
    pub has_link: bool,
    /// Opening hours as merged UTC spans; `None` = open whenever the event runs.
    pub hours: Option<Vec<Span>>,
    pub position: i32,
}

#[derive(Debug, Clone)]
pub(crate) struct PersonRec {
    pub id: PersonId,
    pub uuid: Uuid,
    pub name: String,
    /// Merged availability; `None` = available at any time.
    pub available: Option<Vec<Span>>,
}

#[derive(Debug, Clone)]
pub(crate) struct ItemRec {
    pub uuid: Uuid,
    pub title: String,
    /// The item's own `start` and `minutes`, from which `span` is laid out.
    pub explicit_start: Option<i64>,
    pub minutes: Option<u32>,
    /// `None` while the session has no valid time.
    pub span: Option<Span>,
    pub people: Vec<usize>,
}

#[derive(Debug, Clone)]
pub(crate) struct SessionRec {
    pub uuid: Uuid,
    pub revision: u32,
    pub modified: i64,
    pub code: String,
    pub title: String,
    /// False for a cancelled (or removed) session: it clashes with nothing.
    pub active: bool,
    pub kind: SessionKind,
    pub participation: Participation,
    pub has_link: bool,
    pub interpretation: usize,
    /// The session's own join link is set (the room's may stand in: see `has_link`).
    pub own_link: bool,
    pub expected: Option<u32>,
    pub has_moderator: bool,
    pub room: Option<usize>,
    pub start: Option<i64>,
    pub end: Option<i64>,
    pub items: Vec<ItemRec>,
    /// The people with a role in the session itself: busy for all of it.
    pub session_people: Vec<usize>,
    /// (person, interval), sorted and merged per person, non-empty intervals only; empty unless
    /// the session is timed. One flat list keeps building 10,000 sessions to one allocation each.
    pub busy: Vec<(usize, Span)>,
}

impl SessionRec {
    /// The session's interval when it takes part in clashes: active with a positive duration.
    pub fn timed(&self) -> Option<Span> {
        match (self.active, self.start, self.end) {
            (true, Some(s), Some(e)) if e > s => Some((s, e)),
            _ => None,
        }
    }

    /// Works out the items' spans and each person's busy intervals from the session's time.
    pub fn lay_out(&mut self) {
        self.busy.clear();
        let Some(span) = self.timed() else {
            self.items.iter_mut().for_each(|i| i.span = None);
            return;
        };
        let items = &mut self.items;
        layout_with(items, span);
        let busy = &mut self.busy;
        busy.extend(self.session_people.iter().map(|&p| (p, span)));
        for item in items.iter() {
            if let Some(sp) = item.span {
                busy.extend(item.people.iter().map(|&p| (p, sp)));
            }
        }
        busy.retain(|(_, (a, b))| b > a);
        busy.sort_unstable();
        let mut kept = 0;
        for k in 0..busy.len() {
            let (p, (a, b)) = busy[k];
            if kept > 0 && busy[kept - 1].0 == p && a <= busy[kept - 1].1 .1 {
                busy[kept - 1].1 .1 = busy[kept - 1].1 .1.max(b);
            } else {
                busy[kept] = (p, (a, b));
                kept += 1;
            }
        }
        busy.truncate(kept);
    }

    /// Each person's busy intervals: (person, [(person, interval)...]).
    pub fn busy_groups(&self) -> impl Iterator<Item = (usize, &[(usize, Span)])> {
        self.busy.chunk_by(|a, b| a.0 == b.0).map(|c| (c[0].0, c))
    }

    pub fn label(&self) -> String {
        if self.code.is_empty() {
            format!("“{}”", self.title)
        } else {
            format!("{} “{}”", self.code, self.title)
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Model {
    pub tz: Tz,
    pub event_span: Span,
    /// The event's first and last day as stored (checked before the slot search walks them).
    pub event_days: (NaiveDate, NaiveDate),
    pub config: CheckConfig,
    pub rooms: Vec<RoomRec>,
    pub room_index: FastMap<RoomId, usize>,
    pub people: Vec<PersonRec>,
    pub person_index: FastMap<PersonId, usize>,
    pub sessions: Vec<SessionRec>,
    pub session_index: FastMap<SessionId, usize>,
}

/// The instant of a local time, stepping over a DST gap and taking the earlier of a fold, so that
/// opening hours such as 02:30 on the night clocks change still mean something.
pub(crate) fn local_instant(tz: Tz, local: NaiveDateTime) -> i64 {
    let mut t = local;
    for _ in 0..(3 * 60) {
        match tz.from_local_datetime(&t) {
            LocalResult::Single(x) => return x.timestamp(),
            LocalResult::Ambiguous(a, b) => return a.min(b).timestamp(),
            LocalResult::None => match t.checked_add_signed(Duration::minutes(1)) {
                Some(next) => t = next,
                None => break,
            },
        }
    }
    Utc.from_utc_datetime(&local).timestamp()
}

pub(crate) fn day_span(tz: Tz, date: NaiveDate) -> Span {
    day_span_from(tz, date, NaiveTime::MIN)
}

/// The span of the conference day `date` that begins at the local time `change` (the event's day
/// change). The last date chrono holds has no next day: its span ends a day later in seconds
/// (the store refuses such dates; this only keeps a hand-written store from panicking here).
pub(crate) fn day_span_from(tz: Tz, date: NaiveDate, change: NaiveTime) -> Span {
    let start = plenary_core::time::day_start_at(tz, date, change).timestamp();
    let end = match date.succ_opt() {
        Some(next) => plenary_core::time::day_start_at(tz, next, change).timestamp(),
        None => start + 24 * 3600,
    };
    (start, end)
}

/// Sorts and merges overlapping or touching spans, dropping empty ones.
pub(crate) fn merge(mut spans: Vec<Span>) -> Vec<Span> {
    spans.retain(|(s, e)| e > s);
    spans.sort_unstable();
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// Whether `span` lies inside the union of the merged `cover`.
pub(crate) fn covered(cover: &[Span], span: Span) -> bool {
    cover.iter().any(|&(s, e)| s <= span.0 && span.1 <= e)
}

pub(crate) fn instant(secs: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(secs, 0).unwrap_or_default()
}

/// Lays out a session's items in time (see the module comment). `span` is the session's time.
/// What the layout reads and writes of an item.
trait Laid {
    fn start(&self) -> Option<i64>;
    fn minutes(&self) -> Option<u32>;
    fn set(&mut self, span: Span);
}

impl Laid for ItemRec {
    fn start(&self) -> Option<i64> {
        self.explicit_start
    }
    fn minutes(&self) -> Option<u32> {
        self.minutes
    }
    fn set(&mut self, span: Span) {
        self.span = Some(span);
    }
}

impl Laid for (Option<i64>, Option<u32>, Span) {
    fn start(&self) -> Option<i64> {
        self.0
    }
    fn minutes(&self) -> Option<u32> {
        self.1
    }
    fn set(&mut self, span: Span) {
        self.2 = span;
    }
}

/// The layout of items given as (start, minutes); see the module documentation.
#[cfg(test)]
pub(crate) fn layout_items(items: &[(Option<i64>, Option<u32>)], span: Span) -> Vec<Span> {
    let mut laid: Vec<(Option<i64>, Option<u32>, Span)> = items.iter().map(|&(s, m)| (s, m, (0, 0))).collect();
    layout_with(&mut laid, span);
    laid.into_iter().map(|l| l.2).collect()
}

fn layout_with<T: Laid>(items: &mut [T], span: Span) {
    let mut cursor = span.0;
    let mut i = 0;
    while i < items.len() {
        // A stretch: item i (perhaps explicitly started) and the implicit ones after it.
        let begin = items[i].start().unwrap_or(cursor);
        let mut j = i + 1;
        while j < items.len() && items[j].start().is_none() {
            j += 1;
        }
        let stretch_end = if j < items.len() {
            items[j].start().unwrap_or(span.1)
        } else {
            span.1
        };
        let sized: i64 = items[i..j]
            .iter()
            .filter_map(|it| it.minutes())
            .map(|m| i64::from(m) * 60)
            .sum();
        let unsized_count = items[i..j].iter().filter(|it| it.minutes().is_none()).count() as i64;
        let share = if unsized_count > 0 {
            ((stretch_end - begin - sized).max(0)) / unsized_count
        } else {
            0
        };
        let mut t = begin;
        for item in &mut items[i..j] {
            let len = item.minutes().map_or(share, |m| i64::from(m) * 60);
            item.set((t, t + len));
            t += len;
        }
        cursor = t;
        i = j;
    }
}

impl Model {
    pub fn new(schedule: &Schedule, config: &CheckConfig) -> Model {
        let tz: Tz = schedule.event.data.timezone.parse().unwrap_or(chrono_tz::UTC);
        // The event's days run from its day change, as the store's rule for sessions does.
        let change = schedule.event.data.day_change;
        let first = day_span_from(tz, schedule.event.data.start_date, change).0;
        let last = day_span_from(tz, schedule.event.data.end_date, change).1;
        let rooms: Vec<RoomRec> = schedule.rooms.iter().map(|r| room_rec(tz, r)).collect();
        let room_index = rooms.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
        let people: Vec<PersonRec> = schedule.people.iter().map(person_rec).collect();
        let person_index = people.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
        let mut model = Model {
            tz,
            event_span: (first, last),
            event_days: (schedule.event.data.start_date, schedule.event.data.end_date),
            config: config.clone(),
            rooms,
            room_index,
            people,
            person_index,
            sessions: Vec::with_capacity(schedule.sessions.len()),
            session_index: FastMap::with_capacity_and_hasher(schedule.sessions.len(), Default::default()),
        };
        for s in &schedule.sessions {
            let rec = model.session_rec(s);
            model.session_index.insert(s.id, model.sessions.len());
            model.sessions.push(rec);
        }
        model
    }

    /// The dense index of a person; a person the schedule did not list (added since) gets a
    /// placeholder with no availability limits.
    fn person_slot(&mut self, id: PersonId) -> usize {
        if let Some(&i) = self.person_index.get(&id) {
            return i;
        }
        self.people.push(PersonRec {
            id,
            uuid: Uuid::nil(),
            name: format!("person {id}"),
            available: None,
        });
        self.person_index.insert(id, self.people.len() - 1);
        self.people.len() - 1
    }

    pub fn session_rec(&mut self, s: &Session) -> SessionRec {
        let d = &s.data;
        let room = d.room_id.and_then(|r| self.room_index.get(&r).copied());
        let mut session_people: Vec<usize> = Vec::new();
        for r in &d.roles {
            let p = self.person_slot(r.person_id);
            if !session_people.contains(&p) {
                session_people.push(p);
            }
        }
        let mut items = Vec::with_capacity(d.items.len());
        for item in &d.items {
            let mut item_people = Vec::new();
            for r in &item.roles {
                let p = self.person_slot(r.person_id);
                if !item_people.contains(&p) {
                    item_people.push(p);
                }
            }
            items.push(ItemRec {
                uuid: item.uuid,
                title: item.title.clone(),
                explicit_start: item.start.map(|t| t.timestamp()),
                minutes: item.minutes,
                span: None,
                people: item_people,
            });
        }
        let is_lead = |r: &RoleAssignment| matches!(r.role, Role::Moderator | Role::Chair | Role::MasterOfCeremonies);
        let room_link = room.is_some_and(|r| self.rooms[r].has_link);
        let mut rec = SessionRec {
            uuid: s.uuid,
            revision: s.revision,
            modified: s.modified.timestamp(),
            code: d.code.clone(),
            title: d.title.clone(),
            active: d.status != SessionStatus::Cancelled,
            kind: d.kind,
            participation: d.participation,
            own_link: d.join_url.as_deref().is_some_and(|u| !u.trim().is_empty()),
            has_link: false,
            interpretation: d.interpretation.len(),
            expected: d.expected_attendance,
            has_moderator: d.roles.iter().any(is_lead) || d.items.iter().any(|i| i.roles.iter().any(is_lead)),
            room,
            start: d.start.map(|t| t.timestamp()),
            end: d.end.map(|t| t.timestamp()),
            items,
            session_people,
            busy: Vec::new(),
        };
        rec.has_link = rec.own_link || room_link;
        rec.lay_out();
        rec
    }

    /// Seconds a person needs between sessions `a` and `b`.
    pub fn person_buffer(&self, a: usize, b: usize) -> i64 {
        self.buffer_between(self.sessions[a].room, self.sessions[b].room)
    }

    /// Seconds a person needs between sessions in these rooms: none in the same room, the venue
    /// buffer between two venues, the person buffer otherwise (one venue, online or no room).
    pub fn buffer_between(&self, ra: Option<usize>, rb: Option<usize>) -> i64 {
        let minutes = match (ra, rb) {
            (Some(x), Some(y)) if x == y => 0,
            (Some(x), Some(y)) => {
                let (x, y) = (&self.rooms[x], &self.rooms[y]);
                match (x.venue, y.venue) {
                    (Some(vx), Some(vy)) if vx != vy && !x.is_virtual && !y.is_virtual => {
                        self.config.venue_changeover_minutes
                    }
                    _ => self.config.person_changeover_minutes,
                }
            }
            _ => self.config.person_changeover_minutes,
        };
        i64::from(minutes) * 60
    }

    /// Registers a person's name and availability (a person with no session in the event yet).
    pub fn know_person(&mut self, p: &Person) -> usize {
        let i = self.person_slot(p.id);
        self.people[i] = person_rec(p);
        i
    }

    pub fn max_person_buffer(&self) -> i64 {
        i64::from(
            self.config
                .person_changeover_minutes
                .max(self.config.venue_changeover_minutes),
        ) * 60
    }

    pub fn room_buffer(&self) -> i64 {
        i64::from(self.config.room_changeover_minutes) * 60
    }
}

fn room_rec(tz: Tz, r: &Room) -> RoomRec {
    let hours = (!r.data.opening_hours.is_empty()).then(|| {
        merge(
            r.data
                .opening_hours
                .iter()
                .map(|h| {
                    let open = local_instant(tz, h.date.and_time(h.opens));
                    // Closing at or before opening means closing after midnight.
                    let close_date = if h.closes <= h.opens {
                        h.date.succ_opt().unwrap_or(h.date)
                    } else {
                        h.date
                    };
                    (open, local_instant(tz, close_date.and_time(h.closes)))
                })
                .collect(),
        )
    });
    RoomRec {
        id: r.id,
        uuid: r.uuid,
        name: r.data.name.clone(),
        venue: r.data.venue_id,
        capacity: r.data.capacity,
        can_stream: r.data.can_stream,
        booths: r.data.interpretation_booths,
        is_virtual: r.data.is_virtual,
        has_link: r.data.join_url.as_deref().is_some_and(|u| !u.trim().is_empty()),
        hours,
        position: r.data.position,
    }
}

fn person_rec(p: &Person) -> PersonRec {
    PersonRec {
        id: p.id,
        uuid: p.uuid,
        name: p.data.display_name(),
        available: (!p.data.availability.is_empty()).then(|| {
            merge(
                p.data
                    .availability
                    .iter()
                    .map(|a| (a.start.timestamp(), a.end.timestamp()))
                    .collect(),
            )
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(start: Option<i64>, minutes: Option<u32>) -> (Option<i64>, Option<u32>) {
        (start, minutes)
    }

    #[test]
    fn items_follow_one_another_and_unsized_share_the_rest() {
        let span = (0, 3600);
        let items = [item(None, Some(10)), item(None, None), item(None, Some(20))];
        assert_eq!(layout_items(&items, span), vec![(0, 600), (600, 2400), (2400, 3600)]);
        let items = [item(None, None), item(None, None)];
        assert_eq!(layout_items(&items, span), vec![(0, 1800), (1800, 3600)]);
    }

    #[test]
    fn explicit_starts_cut_stretches() {
        let span = (0, 3600);
        let items = [item(None, None), item(Some(1200), Some(10)), item(None, None)];
        assert_eq!(layout_items(&items, span), vec![(0, 1200), (1200, 1800), (1800, 3600)]);
    }

    #[test]
    fn overfull_items_run_past_the_end_and_unsized_ones_are_empty() {
        let items = [item(None, Some(50)), item(None, None), item(None, Some(20))];
        assert_eq!(
            layout_items(&items, (0, 3600)),
            vec![(0, 3000), (3000, 3000), (3000, 4200)]
        );
    }

    #[test]
    fn merge_joins_touching_spans() {
        assert_eq!(merge(vec![(5, 6), (0, 2), (2, 3), (4, 4)]), vec![(0, 3), (5, 6)]);
    }
}
