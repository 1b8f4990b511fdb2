//! Which VEVENTs of a file are read, and which copy of one UID (and RECURRENCE-ID) is kept.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use plenary_core::report::{Against, CopyWhy, Remark, Skipped};

use crate::parse::{Component, Note};
use crate::zone;

use super::skip;

/// What a parsed file holds: its calendars, the VEVENTs to import (with their calendar), and
/// the components skipped before any is read.
pub(super) struct Found<'c, 'a> {
    pub(super) calendars: Vec<&'c Component<'a>>,
    pub(super) events: Vec<(&'c Component<'a>, &'c Component<'a>)>,
    /// Every VEVENT in the file, imported or not.
    pub(super) vevents: usize,
    pub(super) skipped: Vec<Skipped>,
}

impl<'c, 'a> Found<'c, 'a> {
    /// Walks the whole tree without recursion (a file may nest components thousands deep).
    pub(super) fn of(roots: &'c [Component<'a>]) -> Self {
        let mut found = Found {
            calendars: Vec::new(),
            events: Vec::new(),
            vevents: 0,
            skipped: Vec::new(),
        };
        for root in roots {
            if root.name == "VCALENDAR" {
                found.calendars.push(root);
            } else {
                if root.name == "VEVENT" {
                    found.vevents += 1;
                }
                found.skipped.push(skip(
                    root,
                    Remark::OutsideCalendar {
                        component: root.name.to_string(),
                    },
                ));
            }
            for (c, parent) in root.descendants() {
                match (c.name.as_str(), parent.name.as_str()) {
                    ("VCALENDAR", _) => found.calendars.push(c),
                    ("VEVENT", "VCALENDAR") => {
                        found.vevents += 1;
                        found.events.push((c, parent));
                    }
                    ("VEVENT", _) => {
                        found.vevents += 1;
                        found.skipped.push(skip(
                            c,
                            Remark::NestedEvent {
                                parent: parent.name.to_string(),
                                parent_line: parent.line,
                            },
                        ));
                    }
                    ("VTIMEZONE", "VCALENDAR") => {}
                    (_, "VCALENDAR") => found.skipped.push(skip(
                        c,
                        Remark::NotASession {
                            component: c.name.to_string(),
                        },
                    )),
                    _ => {}
                }
            }
        }
        found
    }
}

/// SEQUENCE and the later of DTSTAMP and LAST-MODIFIED: which copy of a UID is newer.
pub(super) fn revision_of(e: &Component) -> (i64, Option<NaiveDateTime>) {
    let sequence = e
        .prop("SEQUENCE")
        .and_then(|p| p.value.trim().parse::<i64>().ok())
        .unwrap_or(0);
    let stamp = ["LAST-MODIFIED", "DTSTAMP"]
        .iter()
        .filter_map(|n| e.prop(n).and_then(|p| zone::parse_local(&p.value)))
        .max();
    (sequence, stamp)
}

/// Of several VEVENTs with one UID (and RECURRENCE-ID), the one to import: the higher
/// SEQUENCE (RFC 5545 §3.8.7.4), then the later DTSTAMP/LAST-MODIFIED, then the later in the
/// file (a feed that appends a changed copy puts it after the old one). Returns the others by
/// index with the reason they are skipped, and notes which copy was kept and why.
pub(super) fn choose_copies(events: &[(&Component, &Component)], notes: &mut Vec<Note>) -> HashMap<usize, Remark> {
    let mut copies: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for (i, (e, _)) in events.iter().enumerate() {
        let Some(uid) = e.prop("UID").map(|p| p.value.trim()).filter(|u| !u.is_empty()) else {
            continue;
        };
        let rid = e.prop("RECURRENCE-ID").map_or("", |p| p.value.trim());
        copies.entry((uid, rid)).or_default().push(i);
    }
    let mut superseded = HashMap::new();
    let mut groups: Vec<_> = copies.into_iter().filter(|(_, v)| v.len() > 1).collect();
    groups.sort_by_key(|(_, v)| v[0]);
    for ((uid, rid), indices) in groups {
        let revision = |i: usize| revision_of(events[i].0);
        let Some(&kept) = indices.iter().max_by_key(|&&i| (revision(i), i)) else {
            continue;
        };
        let kept_line = events[kept].0.line;
        let (kept_seq, kept_stamp) = revision(kept);
        let why = |other: usize| -> CopyWhy {
            let (seq, stamp) = revision(other);
            let fmt = |t: Option<NaiveDateTime>| t.map(|t| t.format("%Y%m%dT%H%M%SZ").to_string());
            if kept_seq != seq {
                CopyWhy::HigherSequence {
                    kept: kept_seq,
                    other: seq,
                }
            } else if kept_stamp != stamp {
                CopyWhy::LaterStamp {
                    sequence: seq,
                    kept: fmt(kept_stamp),
                    other: fmt(stamp),
                }
            } else {
                CopyWhy::LaterInFile { sequence: seq }
            }
        };
        let recurrence_id = (!rid.is_empty()).then(|| rid.to_string());
        let mut against = Vec::new();
        for &i in indices.iter().filter(|&&i| i != kept) {
            against.push(Against {
                line: events[i].0.line,
                why: why(i),
            });
            superseded.insert(
                i,
                Remark::NewerCopy {
                    uid: uid.to_string(),
                    recurrence_id: recurrence_id.clone(),
                    kept_line,
                    why: Box::new(why(i)),
                },
            );
        }
        notes.push(Note {
            line: kept_line,
            remark: Remark::Copies {
                uid: uid.to_string(),
                recurrence_id,
                count: indices.len(),
                kept_line,
                against,
            },
        });
    }
    superseded
}
