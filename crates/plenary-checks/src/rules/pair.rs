//! The rules about two sessions meeting in one room or one person: double bookings and
//! changeovers that are too short.

use std::collections::HashSet;

use super::*;
use crate::finding::{Finding, Rule};
use crate::prepared::{Model, Span};

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
