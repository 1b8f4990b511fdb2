//! Tracks: terms of the "tracks" vocabulary, found by name or slug.

use std::collections::{HashMap, HashSet};

use plenary_core::{TermId, Tx};

use super::doc::{Doc, DocTrack};
use super::values::track_code;
use super::TRACKS_VOCABULARY;
use crate::{ImportError, ImportReport};
use plenary_core::report::Remark;

/// Finds or creates a term for every track the file names (its track list, then the tracks of
/// its events): the term ids by track name and by slug.
pub(super) fn write_tracks(
    tx: &Tx<'_>,
    doc: &Doc,
    report: &mut ImportReport,
) -> Result<HashMap<String, TermId>, ImportError> {
    let mut track_terms: HashMap<String, TermId> = HashMap::new();
    let mut codes_seen: HashMap<String, String> = HashMap::new();
    for track in &all_tracks(doc) {
        let code = track_code(track);
        let (term, outcome) = tx.find_or_create_term(TRACKS_VOCABULARY, "Tracks", &code, &track.name)?;
        match codes_seen.get(&code) {
            Some(other) if other != &track.name => report.warn(Remark::TracksShareCode {
                first: other.clone(),
                second: track.name.clone(),
                track_code: code.clone(),
            }),
            Some(_) => {}
            // Counted the first time the file names the code.
            None => {
                report.counts(outcome).tracks += 1;
                codes_seen.insert(code.clone(), track.name.clone());
            }
        }
        track_terms.insert(track.name.clone(), term.id);
        if let Some(slug) = &track.slug {
            track_terms.entry(slug.clone()).or_insert(term.id);
        }
    }
    Ok(track_terms)
}

/// The file's track list, then the tracks its events name that the list lacks.
fn all_tracks(doc: &Doc) -> Vec<DocTrack> {
    let mut tracks = doc.tracks.clone();
    let mut track_keys: HashSet<String> = tracks
        .iter()
        .flat_map(|t| std::iter::once(t.name.clone()).chain(t.slug.clone()))
        .collect();
    for e in &doc.events {
        if !e.track.is_empty() && track_keys.insert(e.track.clone()) {
            tracks.push(DocTrack {
                name: e.track.clone(),
                slug: None,
            });
        }
    }
    tracks
}
