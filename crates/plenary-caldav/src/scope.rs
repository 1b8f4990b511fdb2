//! Which sessions a target holds: [`Scope`] and its text form, the file export's scope it
//! selects with, and the name, title and colour of the collection that holds it.

use plenary_core::Reader;
use plenary_ical::export::ExportScope;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::Error;

/// The key of the tracks vocabulary (frab tracks are its terms; see
/// `plenary_interchange::frab::TRACKS_VOCABULARY`, checked by a test).
pub(crate) const TRACKS_VOCABULARY: &str = "tracks";

/// Which sessions of the event a target holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "key", rename_all = "snake_case")]
pub enum Scope {
    /// Every scheduled session.
    Whole,
    /// The sessions in one room (by name, id or UUID).
    Room(String),
    /// The sessions of one track (its name or code).
    Track(String),
    /// The sessions whose people (or whose items' people) include this person (name, id, UUID).
    Person(String),
}

impl Scope {
    /// `whole`, `room:R`, `track:T` or `person:P`: how the CLI takes it and the store keeps it.
    pub fn as_text(&self) -> String {
        match self {
            Scope::Whole => "whole".into(),
            Scope::Room(r) => format!("room:{r}"),
            Scope::Track(t) => format!("track:{t}"),
            Scope::Person(p) => format!("person:{p}"),
        }
    }
}

impl std::str::FromStr for Scope {
    type Err = String;
    /// Reads `whole`, `room:R`, `track:T` or `person:P` (the key after the colon not empty).
    ///
    /// # Errors
    /// Any other text, with a sentence naming it and the forms allowed.
    fn from_str(s: &str) -> Result<Scope, String> {
        if s == "whole" {
            return Ok(Scope::Whole);
        }
        let bad = || format!("{s:?} is not a scope: write whole, room:ROOM, track:TRACK or person:PERSON");
        let (kind, key) = s.split_once(':').ok_or_else(bad)?;
        if key.trim().is_empty() {
            return Err(bad());
        }
        match kind {
            "room" => Ok(Scope::Room(key.into())),
            "track" => Ok(Scope::Track(key.into())),
            "person" => Ok(Scope::Person(key.into())),
            _ => Err(bad()),
        }
    }
}

/// The file-export scope of a publish scope (a track is a term of the tracks vocabulary,
/// found by code or by name).
///
/// # Errors
/// [`Error::Store`]: no track of that code or name, or a failed read.
pub(crate) fn export_scope(reader: &Reader<'_>, scope: &Scope) -> Result<ExportScope, Error> {
    Ok(match scope {
        Scope::Whole => ExportScope::default(),
        Scope::Room(r) => ExportScope {
            room: Some(r.clone()),
            ..Default::default()
        },
        Scope::Person(p) => ExportScope {
            person: Some(p.clone()),
            ..Default::default()
        },
        Scope::Track(t) => ExportScope {
            tag: Some(format!("{TRACKS_VOCABULARY}:{}", track_code(reader, t)?)),
            ..Default::default()
        },
    })
}

/// The code of the track `key` names: by code first, else by label.
fn track_code(reader: &Reader<'_>, key: &str) -> Result<String, Error> {
    let by_code = format!("{TRACKS_VOCABULARY}:{key}");
    match reader.find_term(&by_code) {
        Ok(term) => Ok(term.code),
        Err(e) if e.kind() == plenary_core::ErrorKind::NotFound => {
            let tracks = reader.vocabulary_by_key(TRACKS_VOCABULARY)?;
            Ok(reader
                .terms()?
                .into_iter()
                .find(|term| term.vocabulary_id == tracks.id && term.label == key)
                .map(|term| term.code)
                .ok_or_else(|| plenary_core::Error::not_found("track", key))?)
        }
        Err(e) => Err(e.into()),
    }
}

/// The collection's last path segment: the event's slug, and the scope's for a part.
pub(crate) fn collection_name(slug: &str, scope: &Scope) -> String {
    match scope {
        Scope::Whole => slug.to_string(),
        other => format!("{slug}-{}", plenary_core::slugify(&other.as_text())),
    }
}

/// The collection's display name: the event's title, and the scope's key for a part.
pub(crate) fn display_name(title: &str, scope: &Scope) -> String {
    match scope {
        Scope::Whole => title.to_string(),
        Scope::Room(k) | Scope::Track(k) | Scope::Person(k) => format!("{title} — {k}"),
    }
}

/// A colour for the collection (`#RRGGBBAA`), stable per event (the model has none): one of
/// eight that read well in light and dark calendar apps.
pub(crate) fn colour(event: Uuid) -> &'static str {
    const PALETTE: [&str; 8] = [
        "#1F77B4FF",
        "#D62728FF",
        "#2CA02CFF",
        "#9467BDFF",
        "#FF7F0EFF",
        "#17BECFFF",
        "#8C564BFF",
        "#E377C2FF",
    ];
    PALETTE[usize::from(event.as_bytes()[0]) % PALETTE.len()]
}
