//! Mapping values of the file to the store's: session kinds, roles, UUIDs, track codes, links.

use plenary_core::{slugify, Role, SessionKind};
use uuid::Uuid;

use super::doc::DocTrack;
use crate::is_absolute_uri;

/// frab's free-text `<type>` to a session kind. Plenary's own exports write the kind names
/// (with "lecture" and "meeting" for the two frab conventions), so they map back exactly.
pub(super) fn kind_from_type(kind: &str) -> SessionKind {
    let k = kind.to_lowercase();
    if let Ok(exact) = k.parse::<SessionKind>() {
        return exact;
    }
    let has = |words: &[&str]| words.iter().any(|w| k.contains(w));
    if has(&["keynote"]) {
        SessionKind::Keynote
    } else if has(&["workshop", "hands-on", "hands_on", "handson", "solder", "löten"]) {
        SessionKind::Workshop
    } else if has(&["panel", "podium", "discussion", "debate"]) {
        SessionKind::Panel
    } else if has(&["ceremony", "opening", "closing"]) {
        SessionKind::Ceremony
    } else if has(&["plenum", "plenary"]) {
        SessionKind::Plenary
    } else if has(&["meeting", "meetup", "bof", "session", "interactive"]) {
        SessionKind::InteractiveSession
    } else if has(&["networking"]) {
        SessionKind::Networking
    } else if has(&["break", "pause"]) {
        SessionKind::Break
    } else if has(&["lunch", "dinner", "breakfast", "meal"]) {
        SessionKind::Meal
    } else if has(&[
        "dj",
        "concert",
        "party",
        "performance",
        "game",
        "movie",
        "screening",
        "film",
        "theatre",
        "show",
        "music",
        "kunst",
        "art",
        "klang",
    ]) {
        SessionKind::Social
    } else if k.is_empty()
        || has(&[
            "lecture",
            "talk",
            "lightning",
            "vortrag",
            "maintrack",
            "devroom",
            "presentation",
            "slot",
            "länge",
            "educational",
            "podcast",
        ])
    {
        SessionKind::Presentation
    } else {
        SessionKind::Other
    }
}

pub(super) fn role_from(text: Option<&str>) -> Option<Role> {
    let Some(text) = text else { return Some(Role::Speaker) };
    let t = text.trim().to_lowercase().replace([' ', '-'], "_");
    if let Ok(role) = t.parse::<Role>() {
        return Some(role);
    }
    Some(match t.as_str() {
        "" | "speaker" | "submitter" | "presenter_speaker" => Role::Speaker,
        "moderator" | "moderation" => Role::Moderator,
        "host" | "mc" => Role::MasterOfCeremonies,
        "contributor" | "participant" => Role::Presenter,
        "panelist" => Role::Panellist,
        "keynote" => Role::KeynoteSpeaker,
        _ => return None,
    })
}

pub(super) fn valid_uuid(text: Option<&str>) -> Option<Uuid> {
    text.and_then(|t| Uuid::parse_str(t.trim()).ok())
        .filter(|u| !u.is_nil())
}

/// A term code from a track's slug or name: no spaces or colons (the store's rule).
pub(super) fn track_code(track: &DocTrack) -> String {
    track
        .slug
        .as_deref()
        .filter(|s| !s.is_empty() && !s.contains(':') && !s.chars().any(char::is_whitespace))
        .map(str::to_string)
        .unwrap_or_else(|| slugify(&track.name))
}

/// Resolves a link against the file's base URL when it is relative ("/system/logo.png").
pub(super) fn absolute_link(url: &str, base: Option<&str>) -> Option<String> {
    let url = url.trim();
    if is_absolute_uri(url) {
        return Some(url.to_string());
    }
    let base = base.filter(|b| is_absolute_uri(b))?;
    let joined = format!("{}/{}", base.trim_end_matches('/'), url.trim_start_matches('/'));
    is_absolute_uri(&joined).then_some(joined)
}
