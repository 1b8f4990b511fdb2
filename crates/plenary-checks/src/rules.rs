//! The rules themselves, as pure functions of the prepared model: those about one session
//! (`local_findings`) and those about two sessions sharing a room or a person (`Acc` collects how
//! two sessions meet in one resource; `pair_finding` judges it). The fast checker and the naive
//! one differ only in which pairs they look at, so both report exactly the same findings.

use std::collections::HashSet;

use chrono_tz::Tz;
use plenary_core::model::{Participation, SessionKind};
use uuid::Uuid;

use crate::finding::{Finding, Fnv, Rule};
use crate::prepared::{covered, instant, Model, SessionRec, Span};

/// A room or a person, by dense index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Res {
    Room(u32),
    Person(u32),
}

/// A resource and two sessions (dense indices, smaller first).
pub(crate) type PairKey = (Res, u32, u32);

pub(crate) fn pair_key(res: Res, a: usize, b: usize) -> PairKey {
    (res, a.min(b) as u32, a.max(b) as u32)
}

/// How two sessions meet in one resource: where their intervals overlap (the hull of all
/// overlaps) and, failing that, their closest approach.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Acc {
    pub overlap: Option<Span>,
    /// (earlier end, later start) of the smallest gap.
    pub gap: Option<Span>,
}

impl Acc {
    pub fn add(&mut self, x: Span, y: Span) {
        if x.0 < y.1 && y.0 < x.1 {
            let o = (x.0.max(y.0), x.1.min(y.1));
            self.overlap = Some(match self.overlap {
                Some(p) => (p.0.min(o.0), p.1.max(o.1)),
                None => o,
            });
        } else {
            let g = if x.1 <= y.0 { (x.1, y.0) } else { (y.1, x.0) };
            let better = match self.gap {
                None => true,
                Some(p) => (g.1 - g.0, g.0) < (p.1 - p.0, p.0),
            };
            if better {
                self.gap = Some(g);
            }
        }
    }
}

/// "Tue 24 Jun 10:00–10:45", or with both dates when the span crosses midnight.
pub(crate) fn span_text(tz: Tz, (s, e): Span) -> String {
    let a = instant(s).with_timezone(&tz);
    let b = instant(e).with_timezone(&tz);
    if a.date_naive() == b.date_naive() {
        format!("{}–{}", a.format("%a %-d %b %H:%M"), b.format("%H:%M"))
    } else {
        format!("{}–{}", a.format("%a %-d %b %H:%M"), b.format("%a %-d %b %H:%M"))
    }
}

fn time_text(tz: Tz, t: i64) -> String {
    instant(t).with_timezone(&tz).format("%a %-d %b %H:%M").to_string()
}

fn minutes_text(secs: i64) -> String {
    let m = secs / 60;
    if m == 1 {
        "1 minute".into()
    } else {
        format!("{m} minutes")
    }
}

/// A finding before its fingerprint and acknowledgement are worked out.
struct Draft {
    rule: Rule,
    sessions: Vec<usize>,
    people: Vec<usize>,
    rooms: Vec<usize>,
    span: Option<Span>,
    message: String,
    /// More identity (item UUIDs) when one session can break a rule in several ways.
    extra: Vec<Uuid>,
}

fn finish(m: &Model, d: Draft, acks: &HashSet<String>) -> Finding {
    use std::fmt::Write;
    // The canonical text of what is involved goes straight into the hash.
    let mut h = Fnv::new(d.rule);
    for &s in &d.sessions {
        let s = &m.sessions[s];
        let _ = write!(h, "s{}@{}@{};", s.uuid, s.revision, s.modified);
    }
    for &p in &d.people {
        let _ = write!(h, "p{};", m.people[p].uuid);
    }
    for &r in &d.rooms {
        let _ = write!(h, "r{};", m.rooms[r].uuid);
    }
    for x in &d.extra {
        let _ = write!(h, "x{x};");
    }
    let fingerprint = h.finish(d.rule);
    Finding {
        rule: d.rule,
        severity: d.rule.severity(),
        sessions: d.sessions.iter().map(|&s| m.sessions[s].uuid).collect(),
        people: d.people.iter().map(|&p| m.people[p].uuid).collect(),
        rooms: d.rooms.iter().map(|&r| m.rooms[r].uuid).collect(),
        start: d.span.map(|s| instant(s.0)),
        end: d.span.map(|s| instant(s.1)),
        message: d.message,
        acknowledged: acks.contains(&fingerprint),
        fingerprint,
    }
}

fn room_name(m: &Model, s: &SessionRec) -> String {
    match s.room {
        Some(r) => m.rooms[r].name.clone(),
        None => "no room".into(),
    }
}

/// The findings about session `i` alone.
pub(crate) fn local_findings(m: &Model, i: usize, acks: &HashSet<String>) -> Vec<Finding> {
    let s = &m.sessions[i];
    if !s.active {
        return Vec::new();
    }
    let tz = m.tz;
    let zone = tz.name();
    let label = s.label();
    let rooms: Vec<usize> = s.room.into_iter().collect();
    let mut out = Vec::new();
    let mut push = |d: Draft| out.push(finish(m, d, acks));
    let draft = |rule: Rule, span: Option<Span>, message: String| Draft {
        rule,
        sessions: vec![i],
        people: Vec::new(),
        rooms: rooms.clone(),
        span,
        message,
        extra: Vec::new(),
    };

    match (s.start, s.end) {
        (Some(a), Some(b)) if b <= a => push(draft(
            Rule::NonPositiveDuration,
            Some((a, b)),
            format!(
                "{label} ends ({}) before or when it starts ({}) ({zone}).",
                time_text(tz, b),
                time_text(tz, a)
            ),
        )),
        (Some(_), Some(_)) => {}
        _ => push(draft(Rule::Unscheduled, None, format!("{label} has no time yet."))),
    }

    if let Some(span) = s.timed() {
        if s.room.is_none() && s.participation != Participation::Remote {
            push(draft(
                Rule::Unscheduled,
                Some(span),
                format!("{label} has a time ({}) but no room yet ({zone}).", span_text(tz, span)),
            ));
        }
        if span.0 < m.event_span.0 || span.1 > m.event_span.1 {
            let first = instant(m.event_span.0).with_timezone(&tz).date_naive();
            let last = instant(m.event_span.1 - 1).with_timezone(&tz).date_naive();
            push(draft(
                Rule::OutsideEventDays,
                Some(span),
                format!(
                    "{label} ({}) falls outside the event's days, {} to {} ({zone}).",
                    span_text(tz, span),
                    first.format("%-d %b %Y"),
                    last.format("%-d %b %Y")
                ),
            ));
        }
        if let Some(r) = s.room {
            let room = &m.rooms[r];
            if let Some(hours) = &room.hours {
                if !covered(hours, span) {
                    push(draft(
                        Rule::OutsideRoomHours,
                        Some(span),
                        format!(
                            "{label} ({}) is outside the opening hours of {} ({zone}).",
                            span_text(tz, span),
                            room.name
                        ),
                    ));
                }
            }
        }
        for (p, busy) in s.busy_groups() {
            let person = &m.people[p];
            if let Some(avail) = &person.available {
                if !busy.iter().all(|&(_, b)| covered(avail, b)) {
                    let hull = (busy[0].1 .0, busy.iter().map(|b| b.1 .1).max().unwrap_or(busy[0].1 .1));
                    let mut d = draft(
                        Rule::PersonUnavailable,
                        Some(hull),
                        format!(
                            "{} is on in {label} ({}) outside the times they said they are available ({zone}).",
                            person.name,
                            span_text(tz, hull)
                        ),
                    );
                    d.people = vec![p];
                    push(d);
                }
            }
        }
        for (k, item) in s.items.iter().enumerate() {
            let Some(isp) = item.span else { continue };
            if isp.1 > isp.0 && (isp.0 < span.0 || isp.1 > span.1) {
                let mut d = draft(
                    Rule::ItemOutsideParent,
                    Some(isp),
                    format!(
                        "Item “{}” ({}) runs outside its session {label} ({}) ({zone}).",
                        item.title,
                        span_text(tz, isp),
                        span_text(tz, span)
                    ),
                );
                d.people = item.people.clone();
                d.extra = vec![item.uuid];
                push(d);
            }
            for other in &s.items[k + 1..] {
                let Some(osp) = other.span else { continue };
                if isp.0 < osp.1 && osp.0 < isp.1 {
                    let mut d = draft(
                        Rule::ItemsOverlap,
                        Some((isp.0.max(osp.0), isp.1.min(osp.1))),
                        format!(
                            "Items “{}” ({}) and “{}” ({}) of {label} overlap ({zone}).",
                            item.title,
                            span_text(tz, isp),
                            other.title,
                            span_text(tz, osp)
                        ),
                    );
                    d.extra = vec![item.uuid, other.uuid];
                    push(d);
                }
            }
        }
    }

    let span = s.timed();
    if let Some(r) = s.room {
        let room = &m.rooms[r];
        if let (Some(expected), Some(capacity)) = (s.expected, room.capacity) {
            if expected > capacity {
                push(draft(
                    Rule::OverCapacity,
                    span,
                    format!("{label} expects {expected} people but {} holds {capacity}.", room.name),
                ));
            }
        }
        if s.participation == Participation::Hybrid && !room.is_virtual && !room.can_stream {
            push(draft(
                Rule::NoStreamingInRoom,
                span,
                format!("{label} is hybrid but {} cannot stream.", room.name),
            ));
        }
        if s.interpretation > 0 && !room.is_virtual && (room.booths as usize) < s.interpretation {
            push(draft(
                Rule::NoInterpretationInRoom,
                span,
                format!(
                    "{label} has interpretation into {} language{} but {} has {} interpretation booth{}.",
                    s.interpretation,
                    if s.interpretation == 1 { "" } else { "s" },
                    room.name,
                    room.booths,
                    if room.booths == 1 { "" } else { "s" }
                ),
            ));
        }
    }
    if matches!(s.participation, Participation::Remote | Participation::Hybrid) && !s.has_link {
        push(draft(
            Rule::MissingJoinLink,
            span,
            format!(
                "{label} is {} but has no join link{}.",
                if s.participation == Participation::Remote {
                    "remote"
                } else {
                    "hybrid"
                },
                match s.room {
                    Some(r) => format!(", and {} has none either", m.rooms[r].name),
                    None => String::new(),
                }
            ),
        ));
    }
    if s.kind == SessionKind::Panel && !s.has_moderator {
        push(draft(
            Rule::PanelWithoutModerator,
            span,
            format!("Panel {label} has no moderator or chair."),
        ));
    }
    out
}

/// Judges how sessions `key.1` and `key.2` meet in `key.0`: a double booking when they overlap,
/// a changeover that is too short when the gap is under the buffer, nothing otherwise.
pub(crate) fn pair_finding(m: &Model, key: PairKey, acc: &Acc, acks: &HashSet<String>) -> Option<Finding> {
    let (res, a, b) = (key.0, key.1 as usize, key.2 as usize);
    let tz = m.tz;
    let zone = tz.name();
    // Sessions in time order (then by UUID), so the message reads forward.
    let (sa, sb) = (&m.sessions[a], &m.sessions[b]);
    let (first, second) = if (sa.start, sa.uuid) <= (sb.start, sb.uuid) {
        (a, b)
    } else {
        (b, a)
    };
    let (s1, s2) = (&m.sessions[first], &m.sessions[second]);
    let span1 = s1.timed()?;
    let span2 = s2.timed()?;
    match res {
        Res::Room(r) => {
            let r = r as usize;
            let room = &m.rooms[r].name;
            let (rule, span, message) = if let Some(o) = acc.overlap {
                (
                    Rule::RoomDoubleBooked,
                    o,
                    format!(
                        "{room} is booked twice on {}: {} ({}) and {} ({}) ({zone}).",
                        span_text(tz, o),
                        s1.label(),
                        span_text(tz, span1),
                        s2.label(),
                        span_text(tz, span2)
                    ),
                )
            } else {
                let g = acc.gap?;
                let need = m.room_buffer();
                if g.1 - g.0 >= need {
                    return None;
                }
                (
                    Rule::ChangeoverTooShort,
                    g,
                    format!(
                        "{room} has only {} between {} (ends {}) and {} (starts {}); it needs {} ({zone}).",
                        minutes_text(g.1 - g.0),
                        s1.label(),
                        time_text(tz, g.0),
                        s2.label(),
                        time_text(tz, g.1),
                        minutes_text(need)
                    ),
                )
            };
            Some(finish(
                m,
                Draft {
                    rule,
                    sessions: vec![first, second],
                    people: Vec::new(),
                    rooms: vec![r],
                    span: Some(span),
                    message,
                    extra: Vec::new(),
                },
                acks,
            ))
        }
        Res::Person(p) => {
            let p = p as usize;
            let person = &m.people[p].name;
            let mut rooms: Vec<usize> = s1.room.into_iter().chain(s2.room).collect();
            rooms.dedup();
            let (rule, span, message) = if let Some(o) = acc.overlap {
                (
                    Rule::PersonDoubleBooked,
                    o,
                    format!(
                        "{person} is in two places at once on {}: {} in {} ({}) and {} in {} ({}) ({zone}).",
                        span_text(tz, o),
                        s1.label(),
                        room_name(m, s1),
                        span_text(tz, span1),
                        s2.label(),
                        room_name(m, s2),
                        span_text(tz, span2)
                    ),
                )
            } else {
                let g = acc.gap?;
                let need = m.person_buffer(a, b);
                if g.1 - g.0 >= need {
                    return None;
                }
                (
                    Rule::ChangeoverTooShort,
                    g,
                    format!(
                        "{person} has only {} to get from {} in {} (ends {}) to {} in {} (starts {}); allow {} ({zone}).",
                        minutes_text(g.1 - g.0),
                        s1.label(),
                        room_name(m, s1),
                        time_text(tz, g.0),
                        s2.label(),
                        room_name(m, s2),
                        time_text(tz, g.1),
                        minutes_text(need)
                    ),
                )
            };
            Some(finish(
                m,
                Draft {
                    rule,
                    sessions: vec![first, second],
                    people: vec![p],
                    rooms,
                    span: Some(span),
                    message,
                    extra: Vec::new(),
                },
                acks,
            ))
        }
    }
}
