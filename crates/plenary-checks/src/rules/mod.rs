//! The rules themselves, as pure functions of the prepared model: those about one session
//! (`local_findings`) and those about two sessions sharing a room or a person (`Acc` collects how
//! two sessions meet in one resource; `pair_finding` judges it). The fast checker and the naive
//! one differ only in which pairs they look at, so both report exactly the same findings.

use std::collections::{BTreeMap, HashSet};

use chrono_tz::Tz;
use uuid::Uuid;

use crate::finding::{Finding, Fnv, Rule};
use crate::prepared::{instant, Model, SessionRec, Span};

mod local;
mod pair;

pub(crate) use local::local_findings;
pub(crate) use pair::pair_finding;

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
