//! Event files between organisers: a whole event in one portable JSON document
//! ("plenary-event", version 1) that another machine imports.
//!
//! Everything is referenced by UUID (rooms, people, sessions, items) or by stable name
//! (terms as `vocabulary:code`), never by a store's row ids, so the file means the same in any
//! store. Private fields (passcodes, private notes, e-mail, phone) are in the file only when
//! the exporter asks for them.
//!
//! Importing into a store that already has the event merges by UUID:
//! - a session only in the file is added; a session only in the store is kept;
//! - a session that differs is taken from the file when the store's copy is older than the
//!   file's copy (`modified`), that is, when the store has not changed it since; otherwise both
//!   sides changed it and it is a **conflict**: reported, and the store's copy is kept unless the
//!   user chose `Take::File` (then the file's copy is taken and the store's is in the report).
//! - people, rooms, venues and the event's own fields: empty fields are filled from the file;
//!   differing ones keep the store's value (or the file's with `Take::File`) and are reported.
//!
//! Nothing is lost either way: whatever is not applied is in the report, and applying the other
//! side later is one more import with `Take::File`.

mod export;
mod merge;

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use plenary_core::{EventData, PersonData, Role, RoomData, SessionData, Store, VenueData};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{in_transaction, ImportError, ImportReport};

pub use export::{export, to_file};
use merge::write_file;

pub const FORMAT: &str = "plenary-event";
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EventFile {
    pub format: String,
    pub version: u32,
    pub exported_at: DateTime<Utc>,
    pub generator: String,
    /// Whether passcodes, private notes, e-mail addresses and phone numbers are included.
    pub includes_private: bool,
    pub event: FileEvent,
    pub venues: Vec<FileVenue>,
    pub rooms: Vec<FileRoom>,
    pub people: Vec<FilePerson>,
    /// The user vocabularies the sessions' tags come from (built-in ones are known everywhere).
    pub vocabularies: Vec<FileVocabulary>,
    pub sessions: Vec<FileSession>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileEvent {
    pub uuid: Uuid,
    #[serde(flatten)]
    pub data: EventData,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileVenue {
    pub uuid: Uuid,
    #[serde(flatten)]
    pub data: VenueData,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileRoom {
    pub uuid: Uuid,
    pub venue: Option<Uuid>,
    /// `venue_id` inside is meaningless in the file and ignored.
    #[serde(flatten)]
    pub data: RoomData,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FilePerson {
    pub uuid: Uuid,
    #[serde(flatten)]
    pub data: PersonData,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileVocabulary {
    pub key: String,
    pub name: String,
    pub description: String,
    pub terms: Vec<FileTerm>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileTerm {
    pub code: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileRole {
    pub person: Uuid,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileItem {
    pub uuid: Uuid,
    pub title: String,
    pub start: Option<DateTime<Utc>>,
    pub minutes: Option<u32>,
    pub roles: Vec<FileRole>,
    pub description: String,
}

/// A session with references by UUID. `data` holds the plain fields; its `room_id`, `roles`,
/// `items` and `tags` are empty in the file and replaced by `room`, `people`, `parts` and `terms`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileSession {
    pub uuid: Uuid,
    pub revision: u32,
    pub modified: DateTime<Utc>,
    pub room: Option<Uuid>,
    /// The session's people in their roles, in order (`roles` inside `data` stays empty).
    pub people: Vec<FileRole>,
    /// The session's parts (`items` inside `data` stays empty).
    pub parts: Vec<FileItem>,
    /// Tags as `vocabulary:code` ("sdg:9", "tracks:security"; `tags` inside `data` stays empty).
    pub terms: Vec<String>,
    #[serde(flatten)]
    pub data: SessionData,
}

/// Which side wins where both changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Take {
    /// Keep the store's values and report the differences (the default).
    #[default]
    Store,
    File,
}

/// How an event-file import resolves what both sides changed.
#[derive(Debug, Clone, Default)]
pub struct EventFileOptions {
    /// Which side wins in every conflict without a choice of its own.
    pub take: Take,
    /// Per-session choices (by session UUID), for resolving the conflicts of an earlier run one
    /// by one.
    pub choices: HashMap<Uuid, Take>,
    /// Do everything, then roll back.
    pub dry_run: bool,
}

/// Reads a Plenary event file (JSON, `format` = [`FORMAT`], `version` ≤ [`VERSION`]) without
/// touching any store.
///
/// # Errors
/// [`ImportError::Format`] naming `source` (and the line, for bad JSON): not JSON, another
/// format, a newer version, or a field of the wrong shape.
pub fn parse(source: &str, bytes: &[u8]) -> Result<EventFile, ImportError> {
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        ImportError::format(
            source,
            Some(e.line()),
            plenary_core::FormatProblem::NotJson,
            format!("not valid JSON: {e}"),
        )
    })?;
    let format = value.get("format").and_then(|f| f.as_str()).unwrap_or("");
    if format != FORMAT {
        return Err(ImportError::format(
            source,
            None,
            plenary_core::FormatProblem::NotAnEventFile,
            format!("not a Plenary event file (its \"format\" is {format:?}, not {FORMAT:?})"),
        )
        .with("format", format));
    }
    let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version > u64::from(VERSION) {
        return Err(ImportError::format(
            source,
            None,
            plenary_core::FormatProblem::NewerEventFile,
            format!(
                "the file is event-file version {version}, written by a newer Plenary; this one reads up to {VERSION}"
            ),
        )
        .with("version", version)
        .with("supported", VERSION));
    }
    serde_json::from_value(value).map_err(|e| {
        ImportError::format(
            source,
            None,
            plenary_core::FormatProblem::BadEventFile,
            format!("bad event file: {e}"),
        )
    })
}

/// Imports an event file: a new event with the file's UUIDs, or a merge into the store's copy
/// (by UUID; what both sides changed is a conflict, settled by `options`), in one transaction
/// (rolled back with `dry_run`). `progress(done, total)` is called as sessions are written.
///
/// # Errors
/// Nothing is written on any error: as [`parse`]; [`ImportError::Store`] when the store refuses
/// a record (naming the entity and field).
pub fn import(
    store: &mut Store,
    source: &str,
    bytes: &[u8],
    options: &EventFileOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<ImportReport, ImportError> {
    let file = parse(source, bytes)?;
    in_transaction(store, options.dry_run, |tx| {
        write_file(tx, source, &file, options, progress)
    })
}
