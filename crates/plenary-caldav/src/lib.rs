//! Publishes an event's programme — whole, or one room's, track's or person's sessions — into a
//! calendar collection on a CalDAV server (RFC 4791), and keeps it in step with the store.
//!
//! Each session is one calendar object resource written by Plenary's iCalendar writer
//! ([`plenary_ical::export::session_resources`]: its UID, SEQUENCE and the event's VTIMEZONE).
//! What was sent is remembered per target in the store (`caldav_targets`, `caldav_resources`):
//! a new session is created with `If-None-Match: *`, a changed one replaced with
//! `If-Match: <etag>`, a session that left the scope deleted with `If-Match`; one the server
//! changed since (another ETag) is reported as a conflict and left alone; an unchanged one is
//! not sent at all. Every acknowledged request is recorded in its own transaction, so a publish
//! cut off half-way (server down, 507, network lost) keeps what was done and a rerun finishes.
//!
//! The WebDAV work (discovery, MKCALENDAR, PUT, DELETE, listing ETags) is libdav's; the HTTP
//! client is hyper with rustls. Entry point: [`publish`].

mod http;
mod plan;

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::Duration;

use ::http::{StatusCode, Uri};
use libdav::caldav::{CalendarComponent, CreateCalendar, FindCalendarHomeSet, GetCalendarResources};
use libdav::dav::{Delete, GetEtag, ListResources, PutResource, WebDavClient};
use libdav::CalDavClient;
use plenary_core::{EventId, Store};
use plenary_ical::export::{resolve_scope, session_resources, ExportOptions, ExportScope};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;
use uuid::Uuid;

use crate::http::{Seen, Watched};
use plan::{Action, Local};

/// The key of the tracks vocabulary (frab tracks are its terms; see
/// `plenary_interchange::frab::TRACKS_VOCABULARY`, checked by a test).
const TRACKS_VOCABULARY: &str = "tracks";

/// How long one request may take before the publish stops (a server that stopped answering).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

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

/// Where to publish: a server, a user on it, and which sessions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Target {
    /// The server's URL (`https://dav.example.org/`, or the URL of a calendar home). Discovery
    /// starts there: `/.well-known/caldav`, the user's principal, its calendar home.
    pub url: String,
    /// The user name on the server.
    pub user: String,
    /// Which sessions; each scope has a collection of its own.
    pub scope: Scope,
    /// Allows plain `http://` to a host that is not this machine (the password then crosses
    /// the network readable by anyone on the way). Loopback is always allowed.
    #[serde(default)]
    pub allow_http: bool,
}

/// A password, kept out of `Debug` output, reports and logs.
#[derive(Clone)]
pub struct Password(pub String);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(…)")
    }
}

/// One step of a publish, for a progress bar: `done` of `total` changes sent. (No TS binding:
/// the window gets the shell's own `Progress` event, and one name cannot have two bindings.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// Changes sent so far (PUT and DELETE).
    pub done: usize,
    /// Changes to send in all (0 while discovering).
    pub total: usize,
    /// What happens now ("finding the calendar home", "created Opening (…)").
    pub message: String,
}

/// A session a publish sent, deleted, or could not send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SessionRef {
    /// The session's UUID (the resource's UID is `{uuid}@plenary`).
    pub uuid: Uuid,
    /// The session's title ("" for a session no longer in the store).
    pub title: String,
    /// The resource's href on the server.
    pub href: String,
}

/// A session left as it was on the server, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Problem {
    pub session: SessionRef,
    /// Why it was left alone, in a sentence.
    pub reason: String,
}

/// What a publish did (or, with `dry_run`, would do). Never holds the password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PublishReport {
    /// The server URL as given.
    pub url: String,
    /// The user name (never the password).
    pub user: String,
    /// `whole`, `room:R`, `track:T` or `person:P`.
    pub scope: String,
    /// The calendar collection's href on the server.
    pub collection: String,
    /// The collection did not exist and was created (MKCALENDAR), or would be with `dry_run`.
    pub collection_created: bool,
    /// Nothing was written, on the server or in the store: the lists say what would be.
    pub dry_run: bool,
    /// Scheduled sessions in the scope.
    pub sessions: usize,
    /// New on the server (`If-None-Match: *`).
    pub created: Vec<SessionRef>,
    /// Replaced on the server (`If-Match: <etag>`): changed in the store since the last publish.
    pub updated: Vec<SessionRef>,
    /// Deleted from the server: no longer in the scope (or no longer in the store).
    pub deleted: Vec<SessionRef>,
    /// Already on the server as the store has them: nothing sent.
    pub unchanged: usize,
    /// Changed or created on the server by someone else since Plenary's last publish: not
    /// overwritten (nor deleted).
    pub conflicts: Vec<Problem>,
    /// Refused by the server, one by one (the publish went on with the others).
    pub failed: Vec<Problem>,
    /// Not sent because the publish stopped (see `stopped`); a rerun sends them.
    pub not_sent: Vec<SessionRef>,
    /// Why the publish stopped before the end ("the server did not answer: …"), if it did.
    pub stopped: Option<String>,
    /// HTTP requests sent in all (discovery and listing included).
    pub requests: usize,
    /// Of which PUT, DELETE and MKCALENDAR.
    pub writes: usize,
}

impl PublishReport {
    /// Everything in the scope is on the server as the store has it (no conflict, failure or
    /// stop).
    pub fn is_complete(&self) -> bool {
        self.conflicts.is_empty() && self.failed.is_empty() && self.not_sent.is_empty() && self.stopped.is_none()
    }
}

/// Why a publish could not start. Once sending has begun, problems go into the
/// [`PublishReport`] instead, so that it says what was and wasn't sent.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The store: an unknown event, room, track or person; a failed write of the state.
    #[error(transparent)]
    Store(#[from] plenary_core::Error),
    /// The URL cannot be used (named, with the reason).
    #[error("url {url:?}: {reason}")]
    Url { url: String, reason: String },
    /// The server refused the user's password.
    #[error("the server refused user {user}'s password (401): check the user name and password")]
    Unauthorized { user: String },
    /// The server answered a request with an error status.
    #[error("{step}: the server answered {status}")]
    Status { step: String, status: String },
    /// No answer, or no usable one (connection refused, TLS, timeout, unreadable XML).
    #[error("{step}: {reason}")]
    Network { step: String, reason: String },
}

/// Publishes `event`'s sessions in `target.scope` into a calendar collection at `target.url`,
/// reporting each step to `progress`. With `dry_run` only reads are sent (discovery, the
/// collection's ETags) and the store is not changed: the report says what would be done.
///
/// The collection is `<calendar home>/<event slug>[-<scope>]/`, created with the event's title
/// and a colour taken from its UUID when missing. Blocking: it runs its own single-thread
/// runtime, so call it from a plain thread (the CLI's, or a Tauri blocking worker), not from
/// inside an async runtime.
///
/// # Errors
/// Before anything is sent: an unknown event or scope name ([`Error::Store`]); a bad URL, or
/// plain http to another machine without `allow_http` ([`Error::Url`]); a refused password
/// ([`Error::Unauthorized`]); a server that cannot be reached or does not speak CalDAV
/// ([`Error::Network`], [`Error::Status`]). Problems after that are in the report
/// (`stopped`, `not_sent`, `failed`, `conflicts`); the state recorded in the store is then
/// exactly what the server acknowledged.
pub fn publish(
    store: &mut Store,
    event: EventId,
    target: &Target,
    password: &Password,
    dry_run: bool,
    progress: &mut dyn FnMut(&Progress),
) -> Result<PublishReport, Error> {
    let base = check_url(&target.url, target.allow_http)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Network {
            step: "starting the network runtime".into(),
            reason: e.to_string(),
        })?;
    runtime.block_on(run(store, event, target, base, password, dry_run, progress))
}

/// Parses `url` and refuses what must not carry a password: a user or password inside the URL,
/// and plain http to another machine unless `allow_http`.
fn check_url(url: &str, allow_http: bool) -> Result<Uri, Error> {
    let bad = |reason: &str| Error::Url {
        url: redacted(url),
        reason: reason.to_string(),
    };
    let uri: Uri = url.parse().map_err(|e: ::http::uri::InvalidUri| bad(&e.to_string()))?;
    let host = uri.host().ok_or_else(|| bad("has no host (write https://server/…)"))?;
    if uri.authority().is_some_and(|a| a.as_str().contains('@')) {
        return Err(bad("must not hold a user name or password; give the user with --user"));
    }
    match uri.scheme_str() {
        Some("https") => {}
        Some("http") => {
            let local = host == "localhost"
                || host
                    .trim_start_matches('[')
                    .trim_end_matches(']')
                    .parse::<IpAddr>()
                    .is_ok_and(|ip| ip.is_loopback());
            if !local && !allow_http {
                return Err(bad(
                    "is plain http to another machine: the password would cross the network readable; \
                     use https, or pass --allow-http if you accept that",
                ));
            }
        }
        _ => return Err(bad("must start with https:// (or http:// to this machine)")),
    }
    Ok(uri)
}

/// `url` with anything before an `@` in its authority replaced by `…`: a password typed into
/// a URL is never repeated in an error.
fn redacted(url: &str) -> String {
    let start = url.find("://").map_or(0, |i| i + 3);
    let end = url[start..].find(['/', '?', '#']).map_or(url.len(), |i| start + i);
    match url[start..end].rfind('@') {
        Some(at) => format!("{}…{}", &url[..start], &url[start + at..]),
        None => url.to_string(),
    }
}

type Dav = CalDavClient<Watched>;

/// Turns a failed request into an [`Error`], by what the watch saw of its response.
fn explain(seen: &Seen, step: &str, user: &str, err: impl std::fmt::Display) -> Error {
    match seen.last_status() {
        Some(401) => Error::Unauthorized { user: user.to_string() },
        Some(code) => Error::Status {
            step: step.to_string(),
            status: status_text(code),
        },
        None => Error::Network {
            step: step.to_string(),
            reason: format!("the server did not answer: {err}"),
        },
    }
}

fn status_text(code: u16) -> String {
    let reason = StatusCode::from_u16(code)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    match code {
        507 => format!("{code} {reason}: the server is out of space for this calendar"),
        _ => format!("{code} {reason}").trim_end().to_string(),
    }
}

/// Runs one request with the publish's timeout.
async fn timed<T, E: std::fmt::Display>(f: impl std::future::Future<Output = Result<T, E>>) -> Result<T, String> {
    match tokio::time::timeout(REQUEST_TIMEOUT, f).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err(format!("no answer within {} s", REQUEST_TIMEOUT.as_secs())),
    }
}

/// The hex SHA-256 of a resource's text: what the store remembers of what was sent.
fn hash(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A colour for the collection, stable per event (the model has none): one of eight that read
/// well in light and dark calendar apps.
fn colour(event: Uuid) -> &'static str {
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

/// The path of `url` ending in `/` (collections are addressed with the slash).
fn dir(path: &str) -> String {
    if path.ends_with('/') {
        path.to_string()
    } else {
        format!("{path}/")
    }
}

#[allow(clippy::too_many_arguments)]
async fn run(
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
    let say = |progress: &mut dyn FnMut(&Progress), done, total, message: String| {
        progress(&Progress { done, total, message })
    };

    // What the store holds: the resources the scope selects, and what was sent before.
    let (schedule, resources) = {
        let reader = store.read();
        let schedule = reader.schedule(event)?;
        let scope = export_scope(&reader, &target.scope)?;
        let resolved = resolve_scope(&reader, &schedule, &scope)?;
        let resources = session_resources(&schedule, &resolved, &ExportOptions::default())?;
        (schedule, resources)
    };
    let stored = store.read().caldav_target(event, &target.url, user, &scope_text)?;

    let (client, seen) = http::client(user, &password.0).map_err(|reason| Error::Network {
        step: "preparing the connection".into(),
        reason,
    })?;
    let mut dav = CalDavClient::new(WebDavClient::new(base.clone(), client));

    // Discovery: the user's principal at the URL given, else through /.well-known/caldav
    // (RFC 6764) from a bare server URL; then the principal's calendar home. The URL itself is
    // tried first: servers that serve the web UI at `/` send the well-known redirect on there
    // (Radicale: `/.well-known/caldav` → `/` → `/.web/`).
    say(
        progress,
        0,
        0,
        format!("finding the calendar home of {user} at {}", target.url),
    );
    let step = "finding the user's principal";
    let mut principal = timed(dav.find_current_user_principal()).await;
    if seen.last_status() == Some(401) {
        return Err(Error::Unauthorized { user: user.to_string() });
    }
    if !matches!(principal, Ok(Some(_))) && base.path() == "/" {
        let service = libdav::caldav_service_for_url(&base).map_err(|e| Error::Url {
            url: redacted(&target.url),
            reason: e.to_string(),
        })?;
        let host = base.host().unwrap_or_default();
        let port = base.port_u16().unwrap_or(service.default_port());
        let found = timed(dav.find_context_path(service, host, port))
            .await
            .map_err(|e| explain(&seen, "finding the CalDAV service (/.well-known/caldav)", user, e))?;
        if let Some(found) = found {
            dav.webdav_client.base_url = found;
            principal = timed(dav.find_current_user_principal()).await;
        }
    }
    let principal = principal.map_err(|e| explain(&seen, step, user, e))?;
    let home = match principal {
        Some(principal) => timed(dav.request(FindCalendarHomeSet::new(principal.path())))
            .await
            .map_err(|e| explain(&seen, "finding the calendar home", user, e))?
            .home_sets
            .into_iter()
            .next()
            .map(|u| dir(u.path())),
        None => None,
    }
    .unwrap_or_else(|| dir(dav.base_url().path()));

    let name = collection_name(&schedule.event.data.slug, &target.scope);
    let collection = stored
        .as_ref()
        .map(|t| t.collection.clone())
        .unwrap_or_else(|| format!("{home}{name}/"));

    // The collection's resources and their ETags; a missing collection is created.
    let listing = timed(dav.request(ListResources::new(&collection))).await;
    let (server, collection_created) = match listing {
        Ok(list) => (
            list.resources
                .into_iter()
                .filter(|r| !r.resource_type.is_collection)
                .map(|r| (r.href, r.etag))
                .collect::<HashMap<_, _>>(),
            false,
        ),
        Err(e) if seen.last_status() == Some(404) => {
            let _ = e;
            if !dry_run {
                say(progress, 0, 0, format!("creating the calendar {collection}"));
                let title = display_name(&schedule.event.data.title, &target.scope);
                timed(
                    dav.request(
                        CreateCalendar::new(&collection)
                            .with_display_name(&title)
                            .with_colour(colour(schedule.event.uuid))
                            .with_components(&[CalendarComponent::VEvent]),
                    ),
                )
                .await
                .map_err(|e| {
                    explain(
                        &seen,
                        &format!("creating the calendar {collection} (MKCALENDAR)"),
                        user,
                        e,
                    )
                })?;
            }
            (HashMap::new(), true)
        }
        Err(e) => return Err(explain(&seen, &format!("listing the calendar {collection}"), user, e)),
    };

    let target_id = if dry_run {
        None
    } else {
        let t = store.write(|tx| tx.caldav_target_upsert(event, &target.url, user, &scope_text, &collection))?;
        Some(t.id)
    };
    let previous = match &stored {
        Some(t) => store.read().caldav_resources(t.id)?,
        None => Vec::new(),
    };

    let titles: HashMap<Uuid, &str> = schedule
        .sessions
        .iter()
        .map(|s| (s.uuid, s.data.title.as_str()))
        .collect();
    let locals: Vec<Local> = resources
        .into_iter()
        .map(|r| Local {
            href: format!("{collection}{}.ics", r.uuid),
            hash: hash(&r.text),
            uuid: r.uuid,
            title: r.title,
            revision: r.revision,
            text: r.text,
        })
        .collect();
    let actions = plan::plan(&locals, &previous, &server);
    let actions = settle_claims(&dav, &collection, actions).await;

    let mut report = PublishReport {
        url: target.url.clone(),
        user: user.to_string(),
        scope: scope_text.clone(),
        collection: collection.clone(),
        collection_created,
        dry_run,
        sessions: locals.len(),
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
    };
    let session_ref = |uuid: Uuid, href: &str| SessionRef {
        uuid,
        title: titles.get(&uuid).copied().unwrap_or_default().to_string(),
        href: href.to_string(),
    };
    let total = actions.iter().filter(|a| a.sends()).count();
    let mut done = 0;
    for action in actions {
        let sref = session_ref(action.uuid(), action.href());
        if let Action::Unchanged { .. } = action {
            report.unchanged += 1;
            continue;
        }
        if let Action::Conflict { reason, .. } = action {
            report.conflicts.push(Problem { session: sref, reason });
            continue;
        }
        if report.stopped.is_some() {
            report.not_sent.push(sref);
            continue;
        }
        if dry_run {
            match action {
                Action::Create { .. } => report.created.push(sref),
                Action::Update { .. } => report.updated.push(sref),
                Action::Delete { .. } => report.deleted.push(sref),
                _ => {}
            }
            continue;
        }
        let Some(target_id) = target_id else { continue };
        let outcome = send(&dav, &seen, &action).await;
        done += usize::from(action.sends());
        match outcome {
            Sent::Done { etag } => {
                let verb = match &action {
                    Action::Create { local, .. } | Action::Update { local, .. } => {
                        let record = plenary_core::store::CaldavResource {
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
                };
                if action.sends() {
                    say(progress, done, total, format!("{verb} {}", describe(&sref)));
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
    if report.stopped.is_some() {
        say(progress, done, total, "stopped: a rerun sends the rest".into());
    }
    report.requests = seen.requests();
    report.writes = seen.writes();
    Ok(report)
}

/// Reads the resources a [`plan::Action::Claim`] names (one multiget) and turns each into an
/// update on the server's ETag when it is this session's object at this revision (left by a
/// publish cut off before the server's answer), else into a conflict.
async fn settle_claims<'a>(dav: &Dav, collection: &str, actions: Vec<Action<'a>>) -> Vec<Action<'a>> {
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
    let fetched: HashMap<String, (String, String)> =
        timed(dav.request(GetCalendarResources::new(collection).with_hrefs(&hrefs)))
            .await
            .map(|r| {
                r.resources
                    .into_iter()
                    .filter_map(|f| f.content.ok().map(|c| (f.href, (c.data, c.etag))))
                    .collect()
            })
            .unwrap_or_default();
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
                    reason: "a resource Plenary has no record of sending is already there: left as it is".into(),
                },
            },
            other => other,
        })
        .collect()
}

fn describe(s: &SessionRef) -> String {
    if s.title.is_empty() {
        s.href.clone()
    } else {
        format!("{} ({})", s.title, s.href)
    }
}

/// The file-export scope of a publish scope (a track is a term of the tracks vocabulary,
/// found by code or by name).
fn export_scope(reader: &plenary_core::Reader<'_>, scope: &Scope) -> Result<ExportScope, Error> {
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
        Scope::Track(t) => {
            let by_code = format!("{TRACKS_VOCABULARY}:{t}");
            let code = match reader.find_term(&by_code) {
                Ok(term) => term.code,
                Err(e) if e.kind() == plenary_core::ErrorKind::NotFound => {
                    let tracks = reader.vocabulary_by_key(TRACKS_VOCABULARY)?;
                    reader
                        .terms()?
                        .into_iter()
                        .find(|term| term.vocabulary_id == tracks.id && term.label == *t)
                        .map(|term| term.code)
                        .ok_or_else(|| plenary_core::Error::not_found("track", t))?
                }
                Err(e) => return Err(e.into()),
            };
            ExportScope {
                tag: Some(format!("{TRACKS_VOCABULARY}:{code}")),
                ..Default::default()
            }
        }
    })
}

/// The collection's last path segment: the event's slug, and the scope's for a part.
fn collection_name(slug: &str, scope: &Scope) -> String {
    match scope {
        Scope::Whole => slug.to_string(),
        other => format!("{slug}-{}", plenary_core::slugify(&other.as_text())),
    }
}

/// The collection's display name: the event's title, and the scope's key for a part.
fn display_name(title: &str, scope: &Scope) -> String {
    match scope {
        Scope::Whole => title.to_string(),
        Scope::Room(k) | Scope::Track(k) | Scope::Person(k) => format!("{title} — {k}"),
    }
}

/// How one request ended.
#[derive(Debug, PartialEq, Eq)]
enum Sent {
    /// Acknowledged (a PUT's new ETag when the server gave or told it).
    Done { etag: Option<String> },
    /// 412: the resource changed on the server; left alone.
    Conflict(String),
    /// This resource was refused; the others may go through.
    Failed(String),
    /// The server cannot take more now (no answer, 401, 5xx): the publish stops.
    Stop(String),
}

async fn send(dav: &Dav, seen: &Seen, action: &Action<'_>) -> Sent {
    let result = match action {
        Action::Create { local } => {
            timed(dav.request(PutResource::new(&local.href).create(local.text.clone(), "text/calendar; charset=utf-8")))
                .await
                .map(|r| r.etag)
        }
        Action::Update { local, etag } => timed(dav.request(PutResource::new(&local.href).update(
            local.text.clone(),
            "text/calendar; charset=utf-8",
            etag.clone(),
        )))
        .await
        .map(|r| r.etag),
        Action::Delete { href, etag, .. } => {
            let r = match etag {
                Some(etag) => timed(dav.request(Delete::new(href).with_etag(etag.clone()))).await,
                None => timed(dav.request(Delete::new(href).force())).await,
            };
            match r {
                Err(_) if seen.last_status() == Some(404) => Ok(None),
                other => other.map(|_| None),
            }
        }
        Action::Forget { .. } => Ok(None),
        // Claims are settled (into updates or conflicts) before anything is sent.
        Action::Unchanged { .. } | Action::Conflict { .. } | Action::Claim { .. } => return Sent::Done { etag: None },
    };
    match result {
        Ok(etag) => {
            let etag = match (etag, action) {
                // Some servers change what they store and give no ETag: ask for it, so the next
                // publish can still tell our version from someone else's.
                (None, Action::Create { local } | Action::Update { local, .. }) => {
                    timed(dav.request(GetEtag::new(&local.href))).await.ok().map(|r| r.etag)
                }
                (etag, _) => etag,
            };
            Sent::Done { etag }
        }
        Err(e) => failure(seen.last_status(), &e),
    }
}

/// What a failed write means for the publish, by the response's status (`None`: no response).
fn failure(status: Option<u16>, error: &str) -> Sent {
    match status {
        Some(412) => Sent::Conflict("changed on the server since Plenary last published it: left as it is".into()),
        Some(401) => Sent::Stop("the server refused the password (401)".into()),
        // The server cannot take more now (full, failing, overloaded): the next writes would
        // fail the same way.
        Some(code) if code >= 500 || code == 429 => Sent::Stop(format!("the server answered {}", status_text(code))),
        Some(code) => Sent::Failed(format!("the server refused it: {}", status_text(code))),
        None => Sent::Stop(format!("the server did not answer: {error}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_read_and_write_back() {
        for text in ["whole", "room:Saal 1", "track:Art & Culture", "person:Ana: B"] {
            assert_eq!(text.parse::<Scope>().unwrap().as_text(), text);
        }
        assert_eq!(
            "person:Ana: B".parse::<Scope>().unwrap(),
            Scope::Person("Ana: B".into())
        );
        for bad in ["", "room", "room:", "day:1", "Whole"] {
            assert!(bad.parse::<Scope>().is_err(), "{bad}");
        }
    }

    #[test]
    fn urls_without_tls_only_to_this_machine() {
        assert!(check_url("https://dav.example.org/", false).is_ok());
        assert!(check_url("http://127.0.0.1:5232/", false).is_ok());
        assert!(check_url("http://localhost:5232/", false).is_ok());
        assert!(check_url("http://[::1]:5232/", false).is_ok());
        let err = check_url("http://dav.example.org/", false).unwrap_err().to_string();
        assert!(err.contains("--allow-http"), "{err}");
        assert!(check_url("http://dav.example.org/", true).is_ok());
        let err = check_url("https://ana:secret@dav.example.org/", false)
            .unwrap_err()
            .to_string();
        assert!(err.contains("must not hold a user name or password"), "{err}");
        assert!(
            !err.contains("secret") && err.contains("https://…@dav.example.org/"),
            "{err}"
        );
        assert!(check_url("ftp://dav.example.org/", false).is_err());
        assert!(check_url("dav.example.org", false).is_err());
    }

    #[test]
    fn failed_writes_stop_the_publish_or_not_by_status() {
        assert_eq!(
            failure(Some(507), "x"),
            Sent::Stop(
                "the server answered 507 Insufficient Storage: the server is out of space for this calendar".into()
            )
        );
        assert_eq!(
            failure(Some(401), "x"),
            Sent::Stop("the server refused the password (401)".into())
        );
        assert_eq!(
            failure(None, "connection refused"),
            Sent::Stop("the server did not answer: connection refused".into())
        );
        assert!(matches!(failure(Some(412), "x"), Sent::Conflict(_)));
        assert_eq!(
            failure(Some(403), "x"),
            Sent::Failed("the server refused it: 403 Forbidden".into())
        );
        assert!(matches!(failure(Some(503), "x"), Sent::Stop(_)));
    }

    #[test]
    fn the_password_never_shows_in_debug() {
        assert_eq!(format!("{:?}", Password("hunter2".into())), "Password(…)");
    }

    #[test]
    fn collection_names_and_hashes_are_stable() {
        assert_eq!(collection_name("36c3", &Scope::Whole), "36c3");
        assert_eq!(collection_name("36c3", &Scope::Room("Ada".into())), "36c3-room-ada");
        assert_eq!(
            hash("a"),
            "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"
        );
        assert_eq!(colour(Uuid::nil()), "#1F77B4FF");
    }

    #[test]
    fn the_tracks_vocabulary_is_the_frab_importers() {
        assert_eq!(TRACKS_VOCABULARY, plenary_interchange::frab::TRACKS_VOCABULARY);
    }
}
