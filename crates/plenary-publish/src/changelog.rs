//! The changelog of all releases: per release, what changed since the one before.

use std::collections::HashMap;

use plenary_core::release::{diff, empty_snapshot, ChangeKind, Release, SessionChange};
use serde::Serialize;
use uuid::Uuid;

use crate::view;

/// One release as the changelog page and the feed show it.
#[derive(Debug, Clone, Serialize)]
pub struct ReleaseView {
    pub name: String,
    pub uuid: String,
    /// Position from the first release (1), the page's anchor.
    pub anchor: usize,
    pub note: String,
    /// "2026-07-01 09:30 UTC" and RFC 3339.
    pub date: String,
    pub iso: String,
    /// The release compared with, "" for the first.
    pub previous: String,
    /// How many sessions the release holds (what the first release says instead of changes).
    pub sessions: usize,
    pub changes: Vec<ChangeView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChangeView {
    /// "Moved (time), moved (room)".
    pub kinds: String,
    pub title: String,
    /// Link to the session's page when the published site has it.
    pub url: String,
    /// "Tuesday 7 July 2026 09:00–10:00 → 10:00–11:00", "Room A → Room B".
    pub detail: String,
}

/// The releases, oldest first, each with its changes since the one before. `on_site` holds the
/// sessions the published site has pages for.
pub fn releases(history: &[Release], tz: chrono_tz::Tz, on_site: &HashMap<Uuid, ()>) -> Vec<ReleaseView> {
    let mut out = Vec::with_capacity(history.len());
    for (i, release) in history.iter().enumerate() {
        let (previous, d) = match i.checked_sub(1).map(|j| &history[j]) {
            Some(before) => (
                before.summary.name.clone(),
                diff(
                    &before.snapshot,
                    &release.snapshot,
                    &before.summary.name,
                    &release.summary.name,
                ),
            ),
            None => (
                String::new(),
                diff(
                    &empty_snapshot(&release.snapshot),
                    &release.snapshot,
                    "",
                    &release.summary.name,
                ),
            ),
        };
        // The first release adds everything: listing the whole programme as "added" says nothing.
        let changes = if i == 0 {
            Vec::new()
        } else {
            d.changes.iter().map(|c| change_view(c, tz, on_site)).collect()
        };
        let created = release.summary.created;
        out.push(ReleaseView {
            name: release.summary.name.clone(),
            uuid: release.summary.uuid.to_string(),
            anchor: i + 1,
            note: release.summary.note.clone(),
            date: created.format("%Y-%m-%d %H:%M UTC").to_string(),
            iso: created.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            previous,
            sessions: release.snapshot.sessions.len(),
            changes,
        });
    }
    out
}

fn when(tz: chrono_tz::Tz, side: &plenary_core::release::SessionSide) -> String {
    match (side.start, side.end) {
        (Some(a), Some(b)) => {
            let a = a.with_timezone(&tz);
            let b = b.with_timezone(&tz);
            format!(
                "{} {}–{}",
                view::day_label(a.date_naive()),
                a.format("%H:%M"),
                b.format("%H:%M")
            )
        }
        _ => "not scheduled".into(),
    }
}

fn change_view(c: &SessionChange, tz: chrono_tz::Tz, on_site: &HashMap<Uuid, ()>) -> ChangeView {
    let mut kinds: Vec<&str> = c.kinds.iter().map(|k| k.label()).collect();
    let side = c.after.as_ref().or(c.before.as_ref());
    let mut detail = Vec::new();
    if let (Some(b), Some(a)) = (&c.before, &c.after) {
        for kind in &c.kinds {
            match kind {
                ChangeKind::MovedTime => detail.push(format!("{} → {}", when(tz, b), when(tz, a))),
                ChangeKind::MovedRoom => detail.push(format!(
                    "{} → {}",
                    if b.room.is_empty() { "no room" } else { &b.room },
                    if a.room.is_empty() { "no room" } else { &a.room }
                )),
                ChangeKind::Retitled => detail.push(format!("was “{}”", b.title)),
                ChangeKind::PeopleChanged => detail.push(format!("now: {}", a.people.join(", "))),
                _ => {}
            }
        }
    } else if let Some(a) = &c.after {
        detail.push(format!(
            "{}{}",
            when(tz, a),
            if a.room.is_empty() {
                String::new()
            } else {
                format!(", {}", a.room)
            }
        ));
    }
    // Sentence case: "Moved (time), moved (room)". A change always has a kind.
    let first = if kinds.is_empty() { "" } else { kinds.remove(0) };
    let mut label = String::new();
    let mut chars = first.chars();
    if let Some(c) = chars.next() {
        label.extend(c.to_uppercase());
        label.push_str(chars.as_str());
    }
    for k in kinds {
        label.push_str(", ");
        label.push_str(k);
    }
    ChangeView {
        kinds: label,
        title: side.map(|s| s.title.clone()).unwrap_or_default(),
        url: if c.after.is_some() && on_site.contains_key(&c.uuid) {
            view::session_url(c.uuid)
        } else {
            String::new()
        },
        detail: detail.join("; "),
    }
}
