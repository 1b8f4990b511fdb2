//! The report every import gives back: what it created, updated or left alone, what it skipped
//! and why, and what the user should know. The same shape for frab, CSV and event files (and the
//! shape the iCalendar import was asked to use), so the CLI and the desktop app show one kind of
//! report.

use serde::Serialize;
use uuid::Uuid;

/// How many of each entity an import touched in one way (created, updated or unchanged).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// 1-based line in the input, where the format gives one (XML, CSV).
    pub line: Option<usize>,
    /// What was skipped, as a person would name it ("event 11223 \"Opening Ceremony\"", "row 7").
    pub what: String,
    pub reason: String,
}

/// Both organisers changed the same session since the file was exported: the import keeps the
/// store's version unless told otherwise, and lists the session here so the user can choose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    pub session: Uuid,
    pub code: String,
    pub title: String,
    /// The fields whose values differ ("start", "room", "title"…).
    pub fields: Vec<String>,
    /// What the import did: "kept the store's version", "took the file's version".
    pub resolution: String,
}

/// The event an import wrote into.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventRef {
    pub id: i64,
    pub uuid: Uuid,
    pub slug: String,
    pub title: String,
    pub timezone: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    /// The input's name (file name) as given to the import.
    pub source: String,
    /// The detected format ("frab schedule XML", "schedule JSON", "CSV people"…).
    pub format: String,
    /// Nothing was written: the import ran in a transaction that was rolled back.
    pub dry_run: bool,
    pub event: Option<EventRef>,
    pub created: Counts,
    pub updated: Counts,
    pub unchanged: Counts,
    pub skipped: Vec<Skipped>,
    pub conflicts: Vec<Conflict>,
    pub warnings: Vec<String>,
}

impl ImportReport {
    pub fn new(source: &str, format: &str) -> Self {
        ImportReport {
            source: source.to_string(),
            format: format.to_string(),
            ..Default::default()
        }
    }

    pub fn skip(&mut self, line: Option<usize>, what: impl Into<String>, reason: impl Into<String>) {
        self.skipped.push(Skipped {
            line,
            what: what.into(),
            reason: reason.into(),
        });
    }

    pub fn warn(&mut self, message: impl Into<String>) {
        self.warnings.push(message.into());
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
        for (label, counts) in [
            ("created", &self.created),
            ("updated", &self.updated),
            ("unchanged", &self.unchanged),
        ] {
            if counts.total() == 0 {
                continue;
            }
            let parts: Vec<String> = [
                ("events", counts.events),
                ("venues", counts.venues),
                ("rooms", counts.rooms),
                ("sessions", counts.sessions),
                ("people", counts.people),
                ("tracks", counts.tracks),
            ]
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(name, n)| format!("{n} {name}"))
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
                let _ = writeln!(
                    out,
                    "    {} {:?} ({}): {}; {}",
                    c.code,
                    c.title,
                    c.session,
                    c.fields.join(", "),
                    c.resolution
                );
            }
        }
        for w in &self.warnings {
            let _ = writeln!(out, "  warning: {w}");
        }
        out
    }
}
