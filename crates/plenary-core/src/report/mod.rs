//! The report every import gives back, whatever the format (iCalendar, frab XML/JSON, CSV,
//! Plenary event files): what it created, updated or left alone, what it skipped and why (with
//! the line), what it had to interpret, and the conflicts the user should decide. One shape, so
//! the CLI (`--json` and text) and the desktop app show one kind of report.

use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::model::{Event, EventId};
use crate::store::Upsert;

mod remark;
pub use remark::{Against, CopyWhy, Days, DurationWhy, LineProblem, LinkTrouble, Record, Remark, RruleExpected, Side};

/// How many of each entity an import touched in one way (created, updated or unchanged).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
pub struct Counts {
    pub events: usize,
    pub venues: usize,
    pub rooms: usize,
    pub sessions: usize,
    pub people: usize,
    /// Terms of a vocabulary (frab tracks become terms of the "tracks" vocabulary).
    pub tracks: usize,
}

impl Counts {
    pub fn total(&self) -> usize {
        self.events + self.venues + self.rooms + self.sessions + self.people + self.tracks
    }
}

/// A record of the input that was not imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Skipped {
    /// 1-based line in the input, where the format gives one (iCalendar, XML, CSV).
    pub line: Option<usize>,
    /// What was skipped, as a person would find it in the file (a VEVENT, a frab event, a row…).
    pub what: Record,
    /// Why, as a code and its parameters.
    pub reason: Remark,
}

/// Something the import tolerated or interpreted and the user should know (a Windows zone name
/// mapped to IANA, a time in a DST gap moved, no time zone in the file…).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Note {
    /// 1-based line in the input, when the note is about one place in it.
    pub line: Option<usize>,
    /// What the note says, as a code and its parameters.
    pub remark: Remark,
}

/// Both organisers changed the same session since the file was exported: the import keeps the
/// store's version unless told otherwise, and lists the session here so the user can choose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Conflict {
    pub session: Uuid,
    pub code: String,
    pub title: String,
    /// The fields whose values differ ("start", "room", "title"…).
    pub fields: Vec<String>,
    /// Whose version the import kept: the store's or the file's.
    pub resolution: Side,
}

/// The event an import wrote into.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct EventRef {
    pub id: EventId,
    pub uuid: Uuid,
    pub slug: String,
    pub title: String,
    pub timezone: String,
}

impl EventRef {
    pub fn of(event: &Event) -> EventRef {
        EventRef {
            id: event.id,
            uuid: event.uuid,
            slug: event.data.slug.clone(),
            title: event.data.title.clone(),
            timezone: event.data.timezone.clone(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct ImportReport {
    /// The input's name (file name) as given to the import.
    pub source: String,
    /// The detected format ("iCalendar", "frab schedule XML", "schedule JSON", "CSV people"…).
    pub format: String,
    /// Nothing was written: the import ran in a transaction that was rolled back.
    pub dry_run: bool,
    pub event: Option<EventRef>,
    /// How many records the file holds, named by `records_name` ("VEVENTs", "events" of a frab
    /// schedule, CSV "rows", "sessions" of an event file), so that a reader can tell whether
    /// the counts below account for the whole file.
    pub records: usize,
    pub records_name: String,
    pub created: Counts,
    pub updated: Counts,
    pub unchanged: Counts,
    pub skipped: Vec<Skipped>,
    pub conflicts: Vec<Conflict>,
    pub notes: Vec<Note>,
}

impl ImportReport {
    pub fn new(source: &str, format: &str, records_name: &str) -> Self {
        ImportReport {
            source: source.to_string(),
            format: format.to_string(),
            records_name: records_name.to_string(),
            ..Default::default()
        }
    }

    /// The counts an outcome of a find-or-create or upsert adds to: `created`, `updated` or
    /// `unchanged` (`report.counts(outcome).rooms += 1`).
    pub fn counts(&mut self, outcome: Upsert) -> &mut Counts {
        match outcome {
            Upsert::Created => &mut self.created,
            Upsert::Updated => &mut self.updated,
            Upsert::Unchanged => &mut self.unchanged,
        }
    }

    /// `what` (at `line`, where the format has lines) was not imported, for `reason`.
    pub fn skip(&mut self, line: Option<usize>, what: Record, reason: impl Into<Remark>) {
        self.skipped.push(Skipped {
            line,
            what,
            reason: reason.into(),
        });
    }

    /// A note about the file as a whole.
    pub fn warn(&mut self, remark: impl Into<Remark>) {
        self.notes.push(Note {
            line: None,
            remark: remark.into(),
        });
    }

    /// A note about one line of the file.
    pub fn note(&mut self, line: usize, remark: impl Into<Remark>) {
        self.notes.push(Note {
            line: Some(line),
            remark: remark.into(),
        });
    }

    /// The report as lines of text for a terminal.
    pub fn to_text(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let verb = if self.dry_run { "Would import" } else { "Imported" };
        let _ = writeln!(out, "{verb} {} ({})", self.source, self.format);
        if let Some(event) = &self.event {
            let _ = writeln!(
                out,
                "  event: {} ({}, {}, {})",
                event.title, event.slug, event.timezone, event.uuid
            );
        }
        let _ = writeln!(out, "  {} in the file: {}", self.records_name, self.records);
        for (label, counts) in [
            ("created", &self.created),
            ("updated", &self.updated),
            ("unchanged", &self.unchanged),
        ] {
            if counts.total() == 0 {
                continue;
            }
            let parts: Vec<String> = [
                ("event", "events", counts.events),
                ("venue", "venues", counts.venues),
                ("room", "rooms", counts.rooms),
                ("session", "sessions", counts.sessions),
                ("person", "people", counts.people),
                ("track", "tracks", counts.tracks),
            ]
            .iter()
            .filter(|(_, _, n)| *n > 0)
            .map(|(one, many, n)| format!("{n} {}", if *n == 1 { one } else { many }))
            .collect();
            let _ = writeln!(out, "  {label}: {}", parts.join(", "));
        }
        if !self.skipped.is_empty() {
            let _ = writeln!(out, "  skipped {}:", self.skipped.len());
            for s in &self.skipped {
                match s.line {
                    Some(line) => {
                        let _ = writeln!(out, "    line {line}: {}: {}", s.what, s.reason);
                    }
                    None => {
                        let _ = writeln!(out, "    {}: {}", s.what, s.reason);
                    }
                }
            }
        }
        if !self.conflicts.is_empty() {
            let _ = writeln!(
                out,
                "  conflicts {} (both sides changed the session):",
                self.conflicts.len()
            );
            for c in &self.conflicts {
                let resolution = match c.resolution {
                    Side::Store => "kept the store's version",
                    Side::File => "took the file's version",
                };
                let _ = writeln!(
                    out,
                    "    {} {:?} ({}): {}; {resolution}",
                    c.code,
                    c.title,
                    c.session,
                    c.fields.join(", "),
                );
            }
        }
        for note in &self.notes {
            match note.line {
                Some(line) => {
                    let _ = writeln!(out, "  note, line {line}: {}", note.remark);
                }
                None => {
                    let _ = writeln!(out, "  note: {}", note.remark);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_report_names_counts_skips_conflicts_and_notes() {
        let mut report = ImportReport::new("talks.xml", "frab schedule XML", "events");
        report.dry_run = true;
        report.records = 3;
        report.created = Counts {
            events: 1,
            sessions: 2,
            people: 1,
            ..Counts::default()
        };
        report.unchanged.rooms = 2;
        report.skip(
            Some(41),
            Record::FrabEvent {
                id: "7".into(),
                title: "Lunch".into(),
            },
            "no start time",
        );
        report.conflicts.push(Conflict {
            session: Uuid::nil(),
            code: "12".into(),
            title: "Opening".into(),
            fields: vec!["start".into(), "room".into()],
            resolution: Side::Store,
        });
        report.note(
            3,
            Remark::NaiveDates {
                count: 2,
                zone: "Europe/Berlin".into(),
            },
        );
        report.warn(Remark::LinksDropped {
            count: 1,
            examples: vec!["/x".into()],
        });
        assert_eq!(
            report.to_text(),
            "Would import talks.xml (frab schedule XML)\n  \
             events in the file: 3\n  \
             created: 1 event, 2 sessions, 1 person\n  \
             unchanged: 2 rooms\n  \
             skipped 1:\n    \
             line 41: event 7 \"Lunch\": no start time\n  \
             conflicts 1 (both sides changed the session):\n    \
             12 \"Opening\" (00000000-0000-0000-0000-000000000000): start, room; kept the store's version\n  \
             note, line 3: 2 dates carry no offset; read as local times in Europe/Berlin\n  \
             note: 1 links were left out: relative without a base URL in the file, not links at all, or of a kind \
             participants cannot open safely (only https, http, mailto, tel, sip … are kept), e.g. \"/x\"\n"
        );
    }
}
