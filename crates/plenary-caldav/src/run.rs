//! One publish, step by step: read the scope from the store, find the calendar home, make
//! sure the collection exists, read the server's ETags, plan, settle claims, send, and record
//! each acknowledged write in the store at once.

use std::collections::HashMap;

use ::http::Uri;
use plenary_core::store::{CaldavResource, CaldavTarget};
use plenary_core::{EventId, Schedule, Store};
use plenary_ical::export::{resolve_scope, session_resources, ExportOptions, SessionResource};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::connection::{Connection, Sent};
use crate::plan::{self, Action, Local};
use crate::scope::{collection_name, colour, display_name, export_scope};
use crate::{Error, Password, Problem, Progress, PublishReason, PublishReport, SessionRef, Target};

/// The publish behind [`crate::publish`], inside its runtime; `base` is `target.url` checked.
pub(crate) async fn run(
    store: &mut Store,
    event: EventId,
    target: &Target,
    base: Uri,
    password: &Password,
    dry_run: bool,
    progress: &mut dyn FnMut(&Progress),
) -> Result<PublishReport, Error> {
    let user = target.user.as_str();
    let scope_text = target.scope.as_text();
    let (schedule, resources) = read_scope(store, event, target)?;
    let stored = store.read().caldav_target(event, &target.url, user, &scope_text)?;
    let mut conn = Connection::open(base, user, password)?;

    say(
        progress,
        0,
        0,
        format!("finding the calendar home of {user} at {}", target.url),
    );
    let home = conn.calendar_home(&target.url).await?;
    let collection = match &stored {
        Some(t) => t.collection.clone(),
        None => format!("{home}{}/", collection_name(&schedule.event.data.slug, &target.scope)),
    };
    let (server, collection_created) =
        collection_etags(&conn, &schedule, target, &collection, dry_run, progress).await?;

    let target_id = if dry_run {
        None
    } else {
        Some(
            store
                .write(|tx| tx.caldav_target_upsert(event, &target.url, user, &scope_text, &collection))?
                .id,
        )
    };
    let previous = previous_resources(store, stored.as_ref())?;
    let locals = locals(resources, &collection);
    let actions = plan::plan(&locals, &previous, &server);
    let actions = settle_claims(&conn, &collection, actions).await;

    let mut report = empty_report(target, collection, collection_created, dry_run, locals.len());
    let titles: HashMap<Uuid, &str> = schedule
        .sessions
        .iter()
        .map(|s| (s.uuid, s.data.title.as_str()))
        .collect();
    send_all(&conn, store, target_id, actions, &titles, &mut report, progress).await?;
    report.requests = conn.seen.requests();
    report.writes = conn.seen.writes();
    Ok(report)
}

/// The report of a publish to `collection` of `sessions` sessions, before anything is sent.
fn empty_report(
    target: &Target,
    collection: String,
    collection_created: bool,
    dry_run: bool,
    sessions: usize,
) -> PublishReport {
    PublishReport {
        url: target.url.clone(),
        user: target.user.clone(),
        scope: target.scope.as_text(),
        collection,
        collection_created,
        dry_run,
        sessions,
        created: Vec::new(),
        updated: Vec::new(),
        deleted: Vec::new(),
        unchanged: 0,
        conflicts: Vec::new(),
        failed: Vec::new(),
        not_sent: Vec::new(),
        stopped: None,
        requests: 0,
        writes: 0,
    }
}

/// Tells `progress` where the publish is.
fn say(progress: &mut dyn FnMut(&Progress), done: usize, total: usize, message: String) {
    progress(&Progress { done, total, message })
}

/// What the store holds: the event's schedule and the resources (one per session) of the
/// sessions in `target.scope`.
fn read_scope(store: &Store, event: EventId, target: &Target) -> Result<(Schedule, Vec<SessionResource>), Error> {
    let reader = store.read();
    let schedule = reader.schedule(event)?;
    let scope = export_scope(&reader, &target.scope)?;
    let resolved = resolve_scope(&reader, &schedule, &scope)?;
    let resources = session_resources(&schedule, &resolved, &ExportOptions::default())?;
    Ok((schedule, resources))
}

/// The server's ETags in `collection` (href → ETag), and whether the collection is new: a
/// missing one is created (with `dry_run`, only reported as such, and empty).
async fn collection_etags(
    conn: &Connection,
    schedule: &Schedule,
    target: &Target,
    collection: &str,
    dry_run: bool,
    progress: &mut dyn FnMut(&Progress),
) -> Result<(HashMap<String, Option<String>>, bool), Error> {
    if let Some(etags) = conn.etags(collection).await? {
        return Ok((etags, false));
    }
    if !dry_run {
        say(progress, 0, 0, format!("creating the calendar {collection}"));
        let title = display_name(&schedule.event.data.title, &target.scope);
        conn.create_calendar(collection, &title, colour(schedule.event.uuid))
            .await?;
    }
    Ok((HashMap::new(), true))
}

/// What the store recorded as sent to this target (nothing for a new target).
fn previous_resources(store: &Store, stored: Option<&CaldavTarget>) -> Result<Vec<CaldavResource>, Error> {
    Ok(match stored {
        Some(t) => store.read().caldav_resources(t.id)?,
        None => Vec::new(),
    })
}

/// The store's resources as the plan compares them: where each goes in `collection`, and the
/// hash of its text.
fn locals(resources: Vec<SessionResource>, collection: &str) -> Vec<Local> {
    resources
        .into_iter()
        .map(|r| Local {
            href: format!("{collection}{}.ics", r.uuid),
            hash: hash(&r.text),
            uuid: r.uuid,
            title: r.title,
            revision: r.revision,
            text: r.text,
        })
        .collect()
}

/// The hex SHA-256 of a resource's text: what the store remembers of what was sent.
pub(crate) fn hash(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Reads the resources a [`plan::Action::Claim`] names (one multiget) and turns each into an
/// update on the server's ETag when it is this session's object at this revision (left by a
/// publish cut off before the server's answer), else into a conflict.
async fn settle_claims<'a>(conn: &Connection, collection: &str, actions: Vec<Action<'a>>) -> Vec<Action<'a>> {
    let hrefs: Vec<&str> = actions
        .iter()
        .filter_map(|a| match a {
            Action::Claim { local, .. } => Some(local.href.as_str()),
            _ => None,
        })
        .collect();
    if hrefs.is_empty() {
        return actions;
    }
    // Unreadable: every claim becomes a conflict, nothing is overwritten.
    let fetched = conn.fetch(collection, &hrefs).await;
    actions
        .into_iter()
        .map(|a| match a {
            Action::Claim { local, etag } => match fetched.get(&local.href) {
                Some((text, fetched_etag)) if plan::is_ours(text, local) => Action::Update {
                    local,
                    etag: etag.unwrap_or_else(|| fetched_etag.clone()),
                },
                _ => Action::Conflict {
                    uuid: local.uuid,
                    href: local.href.clone(),
                    reason: PublishReason::NotOurs,
                },
            },
            other => other,
        })
        .collect()
}

/// Sends `actions` in order into `report`. Conflicts and unchanged sessions are only counted;
/// after a stop the rest are `not_sent`; with `dry_run` (no `target_id`) nothing is sent and
/// the lists say what would be.
///
/// # Errors
/// [`Error::Store`]: recording an acknowledged write failed (what was recorded before stays).
async fn send_all(
    conn: &Connection,
    store: &mut Store,
    target_id: Option<i64>,
    actions: Vec<Action<'_>>,
    titles: &HashMap<Uuid, &str>,
    report: &mut PublishReport,
    progress: &mut dyn FnMut(&Progress),
) -> Result<(), Error> {
    let total = actions.iter().filter(|a| a.sends()).count();
    let mut done = 0;
    for action in actions {
        let sref = SessionRef {
            uuid: action.uuid(),
            title: titles.get(&action.uuid()).copied().unwrap_or_default().to_string(),
            href: action.href().to_string(),
        };
        match action {
            Action::Unchanged { .. } => report.unchanged += 1,
            Action::Conflict { reason, .. } => report.conflicts.push(Problem { session: sref, reason }),
            _ if report.stopped.is_some() => report.not_sent.push(sref),
            Action::Create { .. } if report.dry_run => report.created.push(sref),
            Action::Update { .. } if report.dry_run => report.updated.push(sref),
            Action::Delete { .. } if report.dry_run => report.deleted.push(sref),
            _ if report.dry_run => {}
            _ => {
                let Some(target_id) = target_id else { continue };
                let outcome = conn.send(&action).await;
                done += usize::from(action.sends());
                match outcome {
                    Sent::Done { etag } => {
                        let verb = record(store, target_id, &action, etag, &sref, report)?;
                        if action.sends() {
                            say(progress, done, total, format!("{verb} {}", sref.describe()));
                        }
                    }
                    Sent::Conflict(reason) => report.conflicts.push(Problem { session: sref, reason }),
                    Sent::Failed(reason) => report.failed.push(Problem { session: sref, reason }),
                    Sent::Stop(reason) => {
                        report.not_sent.push(sref);
                        report.stopped = Some(reason);
                    }
                }
            }
        }
    }
    if report.stopped.is_some() {
        say(progress, done, total, "stopped: a rerun sends the rest".into());
    }
    Ok(())
}

/// Records an acknowledged `action` in the store (its own transaction: what the server took is
/// kept even if the publish stops next) and in `report`; returns its verb for the progress line.
///
/// # Errors
/// [`Error::Store`]: the write failed.
fn record(
    store: &mut Store,
    target_id: i64,
    action: &Action<'_>,
    etag: Option<String>,
    sref: &SessionRef,
    report: &mut PublishReport,
) -> Result<&'static str, Error> {
    Ok(match action {
        Action::Create { local } | Action::Update { local, .. } => {
            let record = CaldavResource {
                session_uuid: local.uuid,
                href: local.href.clone(),
                etag,
                hash: local.hash.clone(),
            };
            store.write(|tx| tx.caldav_resource_record(target_id, &record))?;
            if matches!(action, Action::Create { .. }) {
                report.created.push(sref.clone());
                "created"
            } else {
                report.updated.push(sref.clone());
                "updated"
            }
        }
        Action::Delete { uuid, .. } | Action::Forget { uuid, .. } => {
            store.write(|tx| tx.caldav_resource_forget(target_id, *uuid))?;
            if matches!(action, Action::Delete { .. }) {
                report.deleted.push(sref.clone());
                "deleted"
            } else {
                "forgot (already gone)"
            }
        }
        _ => "",
    })
}
