//! What to send: the store's resources, what was last sent, and the server's ETags compared.
//! Pure, so every case is tested without a server.

use std::collections::{HashMap, HashSet};

use plenary_core::store::CaldavResource;
use uuid::Uuid;

use crate::PublishReason;

/// One session's resource as the store has it now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Local {
    pub uuid: Uuid,
    pub title: String,
    /// The session's revision: the SEQUENCE in `text`.
    pub revision: u32,
    /// Where it goes: the collection's href + `{uuid}.ics`.
    pub href: String,
    pub hash: String,
    pub text: String,
}

/// One step of a publish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Action<'a> {
    /// On the server as sent, and the store has not changed it: nothing to send.
    Unchanged { uuid: Uuid, href: String },
    /// New (or gone from the server): PUT with `If-None-Match: *`.
    Create { local: &'a Local },
    /// Changed in the store: PUT with `If-Match` on the server's ETag (the one Plenary got).
    Update { local: &'a Local, etag: String },
    /// Left the scope: DELETE, with `If-Match` when the server gave an ETag.
    Delete {
        uuid: Uuid,
        href: String,
        etag: Option<String>,
    },
    /// Left the scope and already gone from the server: only the record goes.
    Forget { uuid: Uuid, href: String },
    /// At its href the server has a resource the store has no record of: Plenary's own if a
    /// publish was cut off between the server's write and its answer. The publisher reads it
    /// and replaces it (`If-Match: etag`) only when it holds this session's UID and SEQUENCE;
    /// anything else is a conflict.
    Claim { local: &'a Local, etag: Option<String> },
    /// Someone else's change on the server: left alone.
    Conflict {
        uuid: Uuid,
        href: String,
        reason: PublishReason,
    },
}

impl Action<'_> {
    pub(crate) fn uuid(&self) -> Uuid {
        match self {
            Action::Create { local } | Action::Update { local, .. } | Action::Claim { local, .. } => local.uuid,
            Action::Unchanged { uuid, .. }
            | Action::Delete { uuid, .. }
            | Action::Forget { uuid, .. }
            | Action::Conflict { uuid, .. } => *uuid,
        }
    }
    pub(crate) fn href(&self) -> &str {
        match self {
            Action::Create { local } | Action::Update { local, .. } | Action::Claim { local, .. } => &local.href,
            Action::Unchanged { href, .. }
            | Action::Delete { href, .. }
            | Action::Forget { href, .. }
            | Action::Conflict { href, .. } => href,
        }
    }
    /// Whether it sends a request that changes the server.
    pub(crate) fn sends(&self) -> bool {
        matches!(
            self,
            Action::Create { .. } | Action::Update { .. } | Action::Delete { .. } | Action::Claim { .. }
        )
    }
}

/// Compares `locals` (the scope now), `previous` (what the store recorded as sent) and `server`
/// (href → ETag, as listed): one action per session, locals first in their order, then the
/// sessions that left the scope by href.
///
/// A recorded ETag that differs from the server's means someone else wrote the resource since:
/// a conflict, whether the store changed the session or not. A recorded resource without ETag
/// (the server gave none) is trusted as Plenary's.
pub(crate) fn plan<'a>(
    locals: &'a [Local],
    previous: &[CaldavResource],
    server: &HashMap<String, Option<String>>,
) -> Vec<Action<'a>> {
    let sent: HashMap<Uuid, &CaldavResource> = previous.iter().map(|r| (r.session_uuid, r)).collect();
    let mut actions = Vec::with_capacity(locals.len());
    for local in locals {
        let action = match sent.get(&local.uuid) {
            Some(prev) => match server.get(&prev.href) {
                // Gone from the server (deleted there, or the collection was emptied): ours to
                // write again.
                None => Action::Create { local },
                Some(now) => match (prev.etag.as_ref(), now) {
                    (Some(was), Some(now)) if was != now => Action::Conflict {
                        uuid: local.uuid,
                        href: prev.href.clone(),
                        reason: PublishReason::ChangedOnServer,
                    },
                    _ if prev.hash == local.hash && prev.href == local.href => Action::Unchanged {
                        uuid: local.uuid,
                        href: prev.href.clone(),
                    },
                    (_, Some(now)) => Action::Update {
                        local,
                        etag: now.clone(),
                    },
                    // The server lists no ETag: without one no safe update exists.
                    (_, None) => Action::Conflict {
                        uuid: local.uuid,
                        href: prev.href.clone(),
                        reason: PublishReason::NoEtag,
                    },
                },
            },
            None if server.contains_key(&local.href) => Action::Claim {
                local,
                etag: server[&local.href].clone(),
            },
            None => Action::Create { local },
        };
        actions.push(action);
    }
    let in_scope: HashSet<Uuid> = locals.iter().map(|l| l.uuid).collect();
    let mut gone: Vec<&CaldavResource> = previous
        .iter()
        .filter(|r| !in_scope.contains(&r.session_uuid))
        .collect();
    gone.sort_by(|a, b| a.href.cmp(&b.href));
    for prev in gone {
        let (uuid, href) = (prev.session_uuid, prev.href.clone());
        actions.push(match server.get(&prev.href) {
            None => Action::Forget { uuid, href },
            Some(now) => match (prev.etag.as_ref(), now) {
                (Some(was), Some(now)) if was != now => Action::Conflict {
                    uuid,
                    href,
                    reason: PublishReason::LeftScopeChanged,
                },
                (_, now) => Action::Delete {
                    uuid,
                    href,
                    etag: now.clone().or_else(|| prev.etag.clone()),
                },
            },
        });
    }
    actions
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(n: u128, hash: &str) -> Local {
        Local {
            uuid: Uuid::from_u128(n),
            title: format!("S{n}"),
            revision: 0,
            href: format!("/c/{n}.ics"),
            hash: hash.into(),
            text: String::new(),
        }
    }

    fn sent(n: u128, etag: Option<&str>, hash: &str) -> CaldavResource {
        CaldavResource {
            session_uuid: Uuid::from_u128(n),
            href: format!("/c/{n}.ics"),
            etag: etag.map(str::to_string),
            hash: hash.into(),
        }
    }

    fn server(items: &[(u128, Option<&str>)]) -> HashMap<String, Option<String>> {
        items
            .iter()
            .map(|(n, e)| (format!("/c/{n}.ics"), e.map(str::to_string)))
            .collect()
    }

    fn kinds(actions: &[Action<'_>]) -> Vec<String> {
        actions
            .iter()
            .map(|a| {
                let kind = match a {
                    Action::Unchanged { .. } => "unchanged",
                    Action::Create { .. } => "create",
                    Action::Update { .. } => "update",
                    Action::Delete { .. } => "delete",
                    Action::Forget { .. } => "forget",
                    Action::Conflict { .. } => "conflict",
                    Action::Claim { .. } => "claim",
                };
                format!("{}:{kind}", a.uuid().as_u128())
            })
            .collect()
    }

    #[test]
    fn first_publish_creates_everything() {
        let locals = [local(1, "a"), local(2, "b")];
        assert_eq!(kinds(&plan(&locals, &[], &server(&[]))), ["1:create", "2:create"]);
    }

    #[test]
    fn an_unchanged_rerun_sends_nothing_and_a_change_updates_on_the_servers_etag() {
        let locals = [local(1, "a"), local(2, "B")];
        let previous = [sent(1, Some("e1"), "a"), sent(2, Some("e2"), "b")];
        let actions = plan(&locals, &previous, &server(&[(1, Some("e1")), (2, Some("e2"))]));
        assert_eq!(kinds(&actions), ["1:unchanged", "2:update"]);
        assert!(matches!(&actions[1], Action::Update { etag, .. } if etag == "e2"));
        assert!(!actions[0].sends() && actions[1].sends());
    }

    #[test]
    fn someone_elses_change_is_a_conflict_changed_here_or_not() {
        let locals = [local(1, "a"), local(2, "B")];
        let previous = [sent(1, Some("e1"), "a"), sent(2, Some("e2"), "b")];
        let actions = plan(&locals, &previous, &server(&[(1, Some("X")), (2, Some("Y"))]));
        assert_eq!(kinds(&actions), ["1:conflict", "2:conflict"]);
    }

    #[test]
    fn a_resource_plenary_did_not_record_is_checked_before_anything_is_written() {
        let locals = [local(1, "a")];
        assert_eq!(kinds(&plan(&locals, &[], &server(&[(1, Some("e"))]))), ["1:claim"]);
    }

    #[test]
    fn one_gone_from_the_server_is_written_again() {
        let locals = [local(1, "a")];
        let previous = [sent(1, Some("e1"), "a")];
        assert_eq!(kinds(&plan(&locals, &previous, &server(&[]))), ["1:create"]);
    }

    #[test]
    fn sessions_that_left_the_scope_are_deleted_unless_changed_there() {
        let previous = [
            sent(1, Some("e1"), "a"),
            sent(2, Some("e2"), "b"),
            sent(3, Some("e3"), "c"),
            sent(4, None, "d"),
        ];
        let actions = plan(
            &[],
            &previous,
            &server(&[(1, Some("e1")), (2, Some("other")), (4, Some("e4"))]),
        );
        assert_eq!(kinds(&actions), ["1:delete", "2:conflict", "3:forget", "4:delete"]);
        assert!(matches!(&actions[0], Action::Delete { etag: Some(e), .. } if e == "e1"));
        assert!(matches!(&actions[3], Action::Delete { etag: Some(e), .. } if e == "e4"));
    }

    #[test]
    fn a_recorded_resource_without_etag_is_trusted_as_plenarys() {
        let locals = [local(1, "a"), local(2, "B")];
        let previous = [sent(1, None, "a"), sent(2, None, "b")];
        let actions = plan(&locals, &previous, &server(&[(1, Some("s1")), (2, Some("s2"))]));
        assert_eq!(kinds(&actions), ["1:unchanged", "2:update"]);
    }
}

/// Whether `text` (a resource as the server returns it, perhaps re-serialised) is the calendar
/// object of `local`: its UID and SEQUENCE lines (short, so never folded).
pub(crate) fn is_ours(text: &str, local: &Local) -> bool {
    let uid = format!("UID:{}@plenary", local.uuid);
    let sequence = format!("SEQUENCE:{}", local.revision);
    let (mut has_uid, mut has_sequence) = (false, false);
    for line in text.lines().map(|l| l.trim_end_matches('\r')) {
        has_uid |= line == uid;
        has_sequence |= line == sequence;
    }
    has_uid && has_sequence
}

#[cfg(test)]
mod claim_tests {
    use super::*;

    #[test]
    fn a_claimed_resource_must_hold_the_sessions_uid_and_sequence() {
        let local = Local {
            uuid: Uuid::from_u128(1),
            title: String::new(),
            revision: 3,
            href: "/c/1.ics".into(),
            hash: String::new(),
            text: String::new(),
        };
        let uid = format!("UID:{}@plenary", local.uuid);
        assert!(is_ours(
            &format!("BEGIN:VEVENT\r\nSEQUENCE:3\r\n{uid}\r\nEND:VEVENT\r\n"),
            &local
        ));
        assert!(!is_ours(&format!("BEGIN:VEVENT\r\nSEQUENCE:4\r\n{uid}\r\n"), &local));
        assert!(!is_ours("BEGIN:VEVENT\r\nSEQUENCE:3\r\nUID:other\r\n", &local));
    }
}
