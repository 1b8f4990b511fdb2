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
//!
//! Modules: `scope` (which sessions, the collection's name), `url` (the URL rules), `report`
//! (what the caller is told), `run` (the publish's steps), `plan` (what to send, pure),
//! `connection` (each request to the server), `http` (the watched HTTP client).

mod connection;
mod http;
mod plan;
mod report;
mod run;
mod scope;
#[cfg(test)]
mod tests;
mod url;

use plenary_core::{EventId, Store};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use report::{Error, Problem, Progress, PublishReason, PublishReport, SessionRef};
pub use scope::Scope;

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
/// ([`Error::Network`], [`Error::Status`]); this machine could not prepare it ([`Error::Local`]).
/// Problems after that are in the report
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
    let base = url::check_url(&target.url, target.allow_http)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Local {
            step: "starting the network runtime".into(),
            reason: e.to_string(),
        })?;
    runtime.block_on(run::run(store, event, target, base, password, dry_run, progress))
}
