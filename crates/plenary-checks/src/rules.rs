//! The rules themselves, as pure functions of the prepared model: those about one session
//! (`local_findings`) and those about two sessions sharing a room or a person (`Acc` collects how
//! two sessions meet in one resource; `pair_finding` judges it). The fast checker and the naive
//! one differ only in which pairs they look at, so both report exactly the same findings.

use std::collections::{BTreeMap, HashSet};

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

/// An instant as a finding's parameter: ISO 8601 in UTC, to the second.
fn iso(t: i64) -> String {
    instant(t).format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// A span as a finding's parameter: an ISO 8601 interval of UTC instants.
fn iso_span((s, e): Span) -> String {
    format!("{}/{}", iso(s), iso(e))
}

/// A session as a finding's parameter: its code and title, unquoted (each language quotes).
fn plain_label(s: &SessionRec) -> String {
    if s.code.is_empty() {
        s.title.clone()
    } else {
        format!("{} {}", s.code, s.title)
    }
}

fn minutes_text(secs: i64) -> String {
    let m = secs / 60;
    if m == 1 {
        "1 minute".into()
    } else {
        format!("{m} minutes")
    }
}

/// A finding's `wording` and its `params` (see `Finding`).
type Words = (&'static str, Vec<(&'static str, String)>);

/// A finding before its fingerprint and acknowledgement are worked out.
struct Draft {
    rule: Rule,
    sessions: Vec<usize>,
    people: Vec<usize>,
    rooms: Vec<usize>,
    span: Option<Span>,
    message: String,
    /// The sentence of the rule (`Finding::wording`) and what fills it (`Finding::params`).
    wording: &'static str,
    params: Vec<(&'static str, String)>,
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
        wording: d.wording.to_string(),
        params: d
            .params
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect::<BTreeMap<_, _>>(),
        acknowledged: acks.contains(&fingerprint),
        fingerprint,
    }
}

/// A session's room as a finding's parameter: empty when it has none (the window says so).
fn room_param(m: &Model, s: &SessionRec) -> String {
    s.room.map(|r| m.rooms[r].name.clone()).unwrap_or_default()
}

fn room_name(m: &Model, s: &SessionRec) -> String {
    match s.room {
        Some(r) => m.rooms[r].name.clone(),
        None => "no room".into(),
    }
}

/// The findings about session `i` alone, rule group by rule group.
pub(crate) fn local_findings(m: &Model, i: usize, acks: &HashSet<String>) -> Vec<Finding> {
    let s = &m.sessions[i];
    if !s.active {
        return Vec::new();
    }
    let one = OneSession {
        m,
        i,
        s,
        tz: m.tz,
        zone: m.tz.name(),
        label: s.label(),
    };
    let mut drafts = Vec::new();
    one.timing(&mut drafts);
    if let Some(span) = s.timed() {
        one.placement(span, &mut drafts);
        one.availability(&mut drafts);
        one.items(span, &mut drafts);
    }
    one.room_fit(&mut drafts);
    one.participation(&mut drafts);
    drafts.into_iter().map(|d| finish(m, d, acks)).collect()
}

/// One session being judged, with what every message of `local_findings` names.
struct OneSession<'m> {
    m: &'m Model,
    i: usize,
    s: &'m SessionRec,
    tz: Tz,
    zone: &'static str,
    label: String,
}

impl OneSession<'_> {
    /// A finding about this session; `params` come after the session's own (`session`, `zone`).
    fn draft(
        &self,
        rule: Rule,
        span: Option<Span>,
        message: String,
        wording: &'static str,
        params: Vec<(&'static str, String)>,
    ) -> Draft {
        let mut all = vec![("session", plain_label(self.s)), ("zone", self.zone.to_string())];
        all.extend(params);
        Draft {
            rule,
            sessions: vec![self.i],
            people: Vec::new(),
            rooms: self.s.room.into_iter().collect(),
            span,
            message,
            wording,
            params: all,
            extra: Vec::new(),
        }
    }

    /// A time that ends before it starts, or no time at all.
    fn timing(&self, out: &mut Vec<Draft>) {
        let (tz, zone, label) = (self.tz, self.zone, &self.label);
        match (self.s.start, self.s.end) {
            (Some(a), Some(b)) if b <= a => out.push(self.draft(
                Rule::NonPositiveDuration,
                Some((a, b)),
                format!(
                    "{label} ends ({}) before or when it starts ({}) ({zone}).",
                    time_text(tz, b),
                    time_text(tz, a)
                ),
                "non_positive_duration",
                vec![("endTime", iso(b)), ("startTime", iso(a))],
            )),
            (Some(_), Some(_)) => {}
            _ => out.push(self.draft(
                Rule::Unscheduled,
                None,
                format!("{label} has no time yet."),
                "unscheduled.no_time",
                Vec::new(),
            )),
        }
    }

    /// A timed session without a room, outside the event's days, or outside its room's hours.
    fn placement(&self, span: Span, out: &mut Vec<Draft>) {
        let (m, s, tz, zone, label) = (self.m, self.s, self.tz, self.zone, &self.label);
        if s.room.is_none() && s.participation != Participation::Remote {
            out.push(self.draft(
                Rule::Unscheduled,
                Some(span),
                format!("{label} has a time ({}) but no room yet ({zone}).", span_text(tz, span)),
                "unscheduled.no_room",
                vec![("span", iso_span(span))],
            ));
        }
        if span.0 < m.event_span.0 || span.1 > m.event_span.1 {
            let first = instant(m.event_span.0).with_timezone(&tz).date_naive();
            let last = instant(m.event_span.1 - 1).with_timezone(&tz).date_naive();
            out.push(self.draft(
                Rule::OutsideEventDays,
                Some(span),
                format!(
                    "{label} ({}) falls outside the event's days, {} to {} ({zone}).",
                    span_text(tz, span),
                    first.format("%-d %b %Y"),
                    last.format("%-d %b %Y")
                ),
                "outside_event_days",
                vec![
                    ("span", iso_span(span)),
                    ("firstDay", first.to_string()),
                    ("lastDay", last.to_string()),
                ],
            ));
        }
        let Some(room) = s.room.map(|r| &m.rooms[r]) else {
            return;
        };
        if room.hours.as_ref().is_some_and(|hours| !covered(hours, span)) {
            out.push(self.draft(
                Rule::OutsideRoomHours,
                Some(span),
                format!(
                    "{label} ({}) is outside the opening hours of {} ({zone}).",
                    span_text(tz, span),
                    room.name
                ),
                "outside_room_hours",
                vec![("span", iso_span(span)), ("room", room.name.clone())],
            ));
        }
    }

    /// People on outside the times they said they are available.
    fn availability(&self, out: &mut Vec<Draft>) {
        let (tz, zone, label) = (self.tz, self.zone, &self.label);
        for (p, busy) in self.s.busy_groups() {
            let person = &self.m.people[p];
            let Some(avail) = &person.available else { continue };
            if busy.iter().all(|&(_, b)| covered(avail, b)) {
                continue;
            }
            let hull = (busy[0].1 .0, busy.iter().map(|b| b.1 .1).max().unwrap_or(busy[0].1 .1));
            let mut d = self.draft(
                Rule::PersonUnavailable,
                Some(hull),
                format!(
                    "{} is on in {label} ({}) outside the times they said they are available ({zone}).",
                    person.name,
                    span_text(tz, hull)
                ),
                "person_unavailable",
                vec![("person", person.name.clone()), ("span", iso_span(hull))],
            );
            d.people = vec![p];
            out.push(d);
        }
    }

    /// Items that run outside the session, or overlap each other.
    fn items(&self, span: Span, out: &mut Vec<Draft>) {
        let (tz, zone, label) = (self.tz, self.zone, &self.label);
        let items = &self.s.items;
        for (k, item) in items.iter().enumerate() {
            let Some(isp) = item.span else { continue };
            if isp.1 > isp.0 && (isp.0 < span.0 || isp.1 > span.1) {
                let mut d = self.draft(
                    Rule::ItemOutsideParent,
                    Some(isp),
                    format!(
                        "Item “{}” ({}) runs outside its session {label} ({}) ({zone}).",
                        item.title,
                        span_text(tz, isp),
                        span_text(tz, span)
                    ),
                    "item_outside_parent",
                    vec![
                        ("item", item.title.clone()),
                        ("itemSpan", iso_span(isp)),
                        ("span", iso_span(span)),
                    ],
                );
                d.people = item.people.clone();
                d.extra = vec![item.uuid];
                out.push(d);
            }
            for other in &items[k + 1..] {
                let Some(osp) = other.span else { continue };
                if isp.0 < osp.1 && osp.0 < isp.1 {
                    let mut d = self.draft(
                        Rule::ItemsOverlap,
                        Some((isp.0.max(osp.0), isp.1.min(osp.1))),
                        format!(
                            "Items “{}” ({}) and “{}” ({}) of {label} overlap ({zone}).",
                            item.title,
                            span_text(tz, isp),
                            other.title,
                            span_text(tz, osp)
                        ),
                        "items_overlap",
                        vec![
                            ("item", item.title.clone()),
                            ("itemSpan", iso_span(isp)),
                            ("item2", other.title.clone()),
                            ("item2Span", iso_span(osp)),
                        ],
                    );
                    d.extra = vec![item.uuid, other.uuid];
                    out.push(d);
                }
            }
        }
    }

    /// What the room cannot give the session: seats, streaming, interpretation booths.
    fn room_fit(&self, out: &mut Vec<Draft>) {
        let (s, label) = (self.s, &self.label);
        let Some(room) = s.room.map(|r| &self.m.rooms[r]) else {
            return;
        };
        let span = s.timed();
        if let (Some(expected), Some(capacity)) = (s.expected, room.capacity) {
            if expected > capacity {
                out.push(self.draft(
                    Rule::OverCapacity,
                    span,
                    format!("{label} expects {expected} people but {} holds {capacity}.", room.name),
                    "over_capacity",
                    vec![
                        ("expected", expected.to_string()),
                        ("room", room.name.clone()),
                        ("capacity", capacity.to_string()),
                    ],
                ));
            }
        }
        if s.participation == Participation::Hybrid && !room.is_virtual && !room.can_stream {
            out.push(self.draft(
                Rule::NoStreamingInRoom,
                span,
                format!("{label} is hybrid but {} cannot stream.", room.name),
                "no_streaming_in_room",
                vec![("room", room.name.clone())],
            ));
        }
        if s.interpretation > 0 && !room.is_virtual && (room.booths as usize) < s.interpretation {
            out.push(self.draft(
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
                "no_interpretation_in_room",
                vec![
                    ("languages", s.interpretation.to_string()),
                    ("room", room.name.clone()),
                    ("booths", room.booths.to_string()),
                ],
            ));
        }
    }

    /// A remote or hybrid session without a join link; a panel without a moderator.
    fn participation(&self, out: &mut Vec<Draft>) {
        let (m, s, label) = (self.m, self.s, &self.label);
        let span = s.timed();
        if matches!(s.participation, Participation::Remote | Participation::Hybrid) && !s.has_link {
            let remote = s.participation == Participation::Remote;
            let (wording, params) = match s.room {
                Some(r) if remote => ("missing_join_link.remote_room", vec![("room", m.rooms[r].name.clone())]),
                Some(r) => ("missing_join_link.hybrid_room", vec![("room", m.rooms[r].name.clone())]),
                None if remote => ("missing_join_link.remote", Vec::new()),
                None => ("missing_join_link.hybrid", Vec::new()),
            };
            out.push(self.draft(
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
                wording,
                params,
            ));
        }
        if s.kind == SessionKind::Panel && !s.has_moderator {
            out.push(self.draft(
                Rule::PanelWithoutModerator,
                span,
                format!("Panel {label} has no moderator or chair."),
                "panel_without_moderator",
                Vec::new(),
            ));
        }
    }
}

/// Judges how sessions `key.1` and `key.2` meet in `key.0`: a double booking when they overlap,
/// a changeover that is too short when the gap is under the buffer, nothing otherwise.
pub(crate) fn pair_finding(m: &Model, key: PairKey, acc: &Acc, acks: &HashSet<String>) -> Option<Finding> {
    let (res, a, b) = (key.0, key.1 as usize, key.2 as usize);
    // Sessions in time order (then by UUID), so the message reads forward.
    let (sa, sb) = (&m.sessions[a], &m.sessions[b]);
    let (first, second) = if (sa.start, sa.uuid) <= (sb.start, sb.uuid) {
        (a, b)
    } else {
        (b, a)
    };
    let pair = Pair {
        m,
        first,
        second,
        span1: m.sessions[first].timed()?,
        span2: m.sessions[second].timed()?,
    };
    let draft = match res {
        Res::Room(r) => pair.in_room(r as usize, acc)?,
        Res::Person(p) => pair.for_person(p as usize, acc, m.person_buffer(a, b))?,
    };
    Some(finish(m, draft, acks))
}

/// Two timed sessions in time order, as `pair_finding` words them.
struct Pair<'m> {
    m: &'m Model,
    first: usize,
    second: usize,
    span1: Span,
    span2: Span,
}

impl Pair<'_> {
    /// A finding about both sessions; `params` come after theirs (`session`, `session2`, `zone`).
    fn draft(
        &self,
        rule: Rule,
        span: Span,
        people: Vec<usize>,
        rooms: Vec<usize>,
        message: String,
        (wording, params): Words,
    ) -> Draft {
        let m = self.m;
        let mut all = vec![
            ("session", plain_label(&m.sessions[self.first])),
            ("session2", plain_label(&m.sessions[self.second])),
            ("zone", m.tz.name().to_string()),
        ];
        all.extend(params);
        Draft {
            rule,
            sessions: vec![self.first, self.second],
            people,
            rooms,
            span: Some(span),
            message,
            wording,
            params: all,
            extra: Vec::new(),
        }
    }

    /// Room `r` booked twice, or turned over faster than the room buffer allows.
    fn in_room(&self, r: usize, acc: &Acc) -> Option<Draft> {
        let (m, tz) = (self.m, self.m.tz);
        let zone = tz.name();
        let (s1, s2) = (&m.sessions[self.first], &m.sessions[self.second]);
        let room = &m.rooms[r].name;
        if let Some(o) = acc.overlap {
            let message = format!(
                "{room} is booked twice on {}: {} ({}) and {} ({}) ({zone}).",
                span_text(tz, o),
                s1.label(),
                span_text(tz, self.span1),
                s2.label(),
                span_text(tz, self.span2)
            );
            let params = vec![
                ("room", room.clone()),
                ("span", iso_span(o)),
                ("span1", iso_span(self.span1)),
                ("span2", iso_span(self.span2)),
            ];
            return Some(self.draft(
                Rule::RoomDoubleBooked,
                o,
                Vec::new(),
                vec![r],
                message,
                ("room_double_booked", params),
            ));
        }
        let g = acc.gap?;
        let need = m.room_buffer();
        if g.1 - g.0 >= need {
            return None;
        }
        let message = format!(
            "{room} has only {} between {} (ends {}) and {} (starts {}); it needs {} ({zone}).",
            minutes_text(g.1 - g.0),
            s1.label(),
            time_text(tz, g.0),
            s2.label(),
            time_text(tz, g.1),
            minutes_text(need)
        );
        let params = vec![
            ("room", room.clone()),
            ("minutes", ((g.1 - g.0) / 60).to_string()),
            ("endTime", iso(g.0)),
            ("startTime", iso(g.1)),
            ("needMinutes", (need / 60).to_string()),
        ];
        Some(self.draft(
            Rule::ChangeoverTooShort,
            g,
            Vec::new(),
            vec![r],
            message,
            ("changeover_too_short.room", params),
        ))
    }

    /// Person `p` in two places at once, or with less than `need` seconds to get between rooms.
    fn for_person(&self, p: usize, acc: &Acc, need: i64) -> Option<Draft> {
        let (m, tz) = (self.m, self.m.tz);
        let zone = tz.name();
        let (s1, s2) = (&m.sessions[self.first], &m.sessions[self.second]);
        let person = &m.people[p].name;
        let mut rooms: Vec<usize> = s1.room.into_iter().chain(s2.room).collect();
        rooms.dedup();
        if let Some(o) = acc.overlap {
            let message = format!(
                "{person} is in two places at once on {}: {} in {} ({}) and {} in {} ({}) ({zone}).",
                span_text(tz, o),
                s1.label(),
                room_name(m, s1),
                span_text(tz, self.span1),
                s2.label(),
                room_name(m, s2),
                span_text(tz, self.span2)
            );
            let params = vec![
                ("person", person.clone()),
                ("span", iso_span(o)),
                ("room1", room_param(m, s1)),
                ("span1", iso_span(self.span1)),
                ("room2", room_param(m, s2)),
                ("span2", iso_span(self.span2)),
            ];
            return Some(self.draft(
                Rule::PersonDoubleBooked,
                o,
                vec![p],
                rooms,
                message,
                ("person_double_booked", params),
            ));
        }
        let g = acc.gap?;
        if g.1 - g.0 >= need {
            return None;
        }
        let message = format!(
            "{person} has only {} to get from {} in {} (ends {}) to {} in {} (starts {}); allow {} ({zone}).",
            minutes_text(g.1 - g.0),
            s1.label(),
            room_name(m, s1),
            time_text(tz, g.0),
            s2.label(),
            room_name(m, s2),
            time_text(tz, g.1),
            minutes_text(need)
        );
        let params = vec![
            ("person", person.clone()),
            ("minutes", ((g.1 - g.0) / 60).to_string()),
            ("room1", room_param(m, s1)),
            ("endTime", iso(g.0)),
            ("room2", room_param(m, s2)),
            ("startTime", iso(g.1)),
            ("needMinutes", (need / 60).to_string()),
        ];
        Some(self.draft(
            Rule::ChangeoverTooShort,
            g,
            vec![p],
            rooms,
            message,
            ("changeover_too_short.person", params),
        ))
    }
}
