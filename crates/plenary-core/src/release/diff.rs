//! The difference between two public snapshots, by session UUID: what attendees see changed.

use std::collections::{BTreeSet, HashMap};

use uuid::Uuid;

use super::*;

pub(super) fn display_name(p: &PublicPerson) -> String {
    if p.honorific.is_empty() {
        p.name.clone()
    } else {
        format!("{} {}", p.honorific, p.name)
    }
}

/// Everyone in a session's and its items' roles, as (person, role) pairs in credit order.
fn role_pairs(s: &PublicSession) -> Vec<(Uuid, Role)> {
    s.roles
        .iter()
        .chain(s.items.iter().flat_map(|i| i.roles.iter()))
        .map(|r| (r.person, r.role))
        .collect()
}

fn side(s: &PublicSession, snap: &PublicSnapshot, names: &HashMap<Uuid, String>) -> SessionSide {
    SessionSide {
        code: s.code.clone(),
        title: s.title.clone(),
        start: s.start,
        end: s.end,
        room: s
            .room
            .and_then(|r| snap.rooms.iter().find(|x| x.uuid == r))
            .map(|r| r.name.clone())
            .unwrap_or_default(),
        status: s.status,
        join_url: s.join_url.clone(),
        people: role_pairs(s)
            .into_iter()
            .map(|(p, role)| format!("{} ({})", names.get(&p).map_or("?", String::as_str), role.as_str()))
            .collect(),
    }
}

/// The difference from `old` to `new` by session UUID. `from` and `to` name the two sides.
/// A session counts as moved in time when its start or end changed, in room when its room's
/// UUID changed, retitled when its title changed; people changed compares the (person, role)
/// pairs of the session and its items as sets.
pub fn diff(old: &PublicSnapshot, new: &PublicSnapshot, from: &str, to: &str) -> ReleaseDiff {
    let old_names = old.names();
    let new_names = new.names();
    let before: HashMap<Uuid, &PublicSession> = old.sessions.iter().map(|s| (s.uuid, s)).collect();
    let after: HashMap<Uuid, &PublicSession> = new.sessions.iter().map(|s| (s.uuid, s)).collect();
    let mut changes = Vec::new();
    for s in &new.sessions {
        let Some(o) = before.get(&s.uuid) else {
            changes.push(SessionChange {
                uuid: s.uuid,
                kinds: vec![ChangeKind::Added],
                before: None,
                after: Some(side(s, new, &new_names)),
                people: people_of(&[s]),
            });
            continue;
        };
        let mut kinds = Vec::new();
        let cancelled = |x: &PublicSession| x.status == SessionStatus::Cancelled;
        if cancelled(s) && !cancelled(o) {
            kinds.push(ChangeKind::Cancelled);
        }
        if cancelled(o) && !cancelled(s) {
            kinds.push(ChangeKind::Reinstated);
        }
        if (o.start, o.end) != (s.start, s.end) {
            kinds.push(ChangeKind::MovedTime);
        }
        if o.room != s.room {
            kinds.push(ChangeKind::MovedRoom);
        }
        if o.title != s.title {
            kinds.push(ChangeKind::Retitled);
        }
        let pairs = |x: &PublicSession| role_pairs(x).into_iter().collect::<BTreeSet<_>>();
        if pairs(o) != pairs(s) {
            kinds.push(ChangeKind::PeopleChanged);
        }
        if o.join_url != s.join_url {
            kinds.push(ChangeKind::JoinLinkChanged);
        }
        if !kinds.is_empty() {
            kinds.sort();
            changes.push(SessionChange {
                uuid: s.uuid,
                kinds,
                before: Some(side(o, old, &old_names)),
                after: Some(side(s, new, &new_names)),
                people: people_of(&[o, s]),
            });
        }
    }
    for o in &old.sessions {
        if !after.contains_key(&o.uuid) {
            changes.push(SessionChange {
                uuid: o.uuid,
                kinds: vec![ChangeKind::Removed],
                before: Some(side(o, old, &old_names)),
                after: None,
                people: people_of(&[o]),
            });
        }
    }
    ReleaseDiff {
        from: from.to_string(),
        to: to.to_string(),
        changes,
    }
}

fn people_of(sessions: &[&PublicSession]) -> Vec<Uuid> {
    let mut seen = Vec::new();
    for s in sessions {
        for (p, _) in role_pairs(s) {
            if !seen.contains(&p) {
                seen.push(p);
            }
        }
    }
    seen
}

/// An empty snapshot of `event`: the "before" of the first release.
pub fn empty_snapshot(like: &PublicSnapshot) -> PublicSnapshot {
    PublicSnapshot {
        format: SNAPSHOT_FORMAT,
        event: like.event.clone(),
        rooms: Vec::new(),
        sessions: Vec::new(),
        people: Vec::new(),
        terms: Vec::new(),
    }
}
