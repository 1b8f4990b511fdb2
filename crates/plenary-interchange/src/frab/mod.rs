//! frab schedule XML and schedule JSON: the format conference apps (Giggity, EventFahrplan,
//! ConfClerk) read. Export is strict (it validates against the c3voc schemas); import is lenient,
//! because real files break the schema in many ways: times without offsets, dates in UTC beside
//! local start times, duplicate ids and guids, nulls, relative links.
//!
//! Identity on import: a session's UUID is its frab `guid`; without one, a UUID derived (v5)
//! from the file's event id, so importing the same file again updates the same sessions instead
//! of duplicating them. People and rooms work the same way. Fields the file does not carry
//! (private notes, passcodes, e-mail addresses, tags of other vocabularies) are kept.

pub mod export;

mod day_change;
mod doc;
mod import;
mod json_in;
mod people;
mod rooms;
mod sessions;
mod times;
mod tracks;
mod values;
mod xml_in;

use std::collections::HashSet;

use plenary_core::time;
use plenary_core::Store;

use crate::{in_transaction, ImportError, ImportReport};
use doc::Doc;

pub use export::{to_json, to_json_versioned, to_xml, to_xml_versioned, Exported, OmitWhy, Omitted};

/// The vocabulary imported tracks become terms of (and exported tracks come from).
pub const TRACKS_VOCABULARY: &str = "tracks";

#[derive(Debug, Clone, Default)]
pub struct FrabOptions {
    /// IANA zone to use when the file names none, or to use instead of the one it names.
    pub timezone: Option<String>,
    /// Do everything, then roll back.
    pub dry_run: bool,
}

/// The two encodings of a frab schedule (c3voc's schedule.xml and schedule.json).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Xml,
    Json,
}

/// XML or JSON, by the first character that is not white space (a UTF-8 byte-order mark is
/// skipped).
pub fn detect(bytes: &[u8]) -> Option<Format> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match bytes.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'<') => Some(Format::Xml),
        Some(b'{') => Some(Format::Json),
        _ => None,
    }
}

/// Parses a file without touching any store (for previews and tests): the number of sessions,
/// rooms, people and tracks it holds, in that order.
///
/// # Errors
/// [`ImportError::Format`] naming `source` (and the line, for XML) when the bytes are neither
/// schedule XML nor schedule JSON, or break either beyond repair.
pub fn parse_counts(source: &str, bytes: &[u8]) -> Result<(usize, usize, usize, usize), ImportError> {
    let doc = parse(source, bytes)?;
    let mut people = HashSet::new();
    for e in &doc.events {
        for p in &e.persons {
            people.insert((p.guid.clone(), p.id.clone(), p.name.clone()));
        }
    }
    let tracks: HashSet<&str> = doc
        .tracks
        .iter()
        .map(|t| t.name.as_str())
        .chain(doc.events.iter().map(|e| e.track.as_str()))
        .filter(|t| !t.is_empty())
        .collect();
    Ok((doc.events.len(), doc.rooms.len(), people.len(), tracks.len()))
}

fn parse(source: &str, bytes: &[u8]) -> Result<Doc, ImportError> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match detect(body) {
        Some(Format::Xml) => xml_in::parse(source, body),
        Some(Format::Json) => json_in::parse(source, body),
        None => Err(ImportError::format(
            source,
            Some(1),
            plenary_core::FormatProblem::NotAScheduleFile,
            "neither frab schedule XML (starting with <) nor schedule JSON (starting with {)",
        )),
    }
}

// ---- import

/// Imports a frab schedule (XML or JSON, detected) into `store`, creating an event or updating
/// the one an earlier import of the same programme created, in one transaction (rolled back with
/// `dry_run`). `progress(done, total)` is called as sessions are written. A session that cannot
/// be read is skipped and listed in the report with its line; the rest is imported.
///
/// # Errors
/// Nothing is written on any error. [`ImportError::Format`] as [`parse_counts`];
/// [`ImportError::UnknownTimezone`] for an `options.timezone` that is not an IANA zone;
/// [`ImportError::NeedsTimezone`] when the file names no zone and none was given;
/// [`ImportError::Store`] when the store refuses the event (naming the field).
pub fn import(
    store: &mut Store,
    source: &str,
    bytes: &[u8],
    options: &FrabOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<ImportReport, ImportError> {
    let doc = parse(source, bytes)?;
    let user_zone = options
        .timezone
        .as_deref()
        .map(|z| {
            time::parse_zone(z, "import", "timezone").map_err(|_| ImportError::UnknownTimezone { zone: z.to_string() })
        })
        .transpose()?;
    in_transaction(store, options.dry_run, |tx| {
        import::write_doc(tx, source, &doc, user_zone, progress)
    })
}

#[cfg(test)]
mod tests;
