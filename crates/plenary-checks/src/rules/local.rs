//! The rules about one session alone: its time, its place, its people's availability, its
//! items, what its room can give it, and how people join it.

use std::collections::HashSet;

use chrono_tz::Tz;
use plenary_core::model::{Participation, SessionKind};

use super::*;
use crate::finding::{Finding, Rule};
use crate::prepared::{covered, instant, Model, SessionRec, Span};

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
