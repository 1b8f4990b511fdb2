//! What a publish tells its caller: [`Progress`] while it runs, the [`PublishReport`] at the
//! end, or the [`Error`] that kept it from starting, with the wording of HTTP statuses.

use ::http::StatusCode;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::http::Seen;

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

impl SessionRef {
    /// The title with the href, or the href alone for a session no longer in the store: how a
    /// progress line names it.
    pub(crate) fn describe(&self) -> String {
        if self.title.is_empty() {
            self.href.clone()
        } else {
            format!("{} ({})", self.title, self.href)
        }
    }
}

/// Why a session was left as it was on the server, or why the publish stopped: a code and its
/// params, worded in English by its `Display` (the CLI) and in the chosen language by the
/// window (`ui/src/lib/i18n/reports.ts`). Serialised with a `code` tag in snake_case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum PublishReason {
    /// Changed on the server since Plenary last published it (another ETag, or 412).
    ChangedOnServer,
    /// The server gives no ETag for it, so it cannot be replaced safely.
    NoEtag,
    /// It left the scope, but was changed on the server since: not deleted.
    LeftScopeChanged,
    /// A resource Plenary has no record of sending is already there.
    NotOurs,
    /// The server refused this resource with HTTP `status` (`status_text`: "403 Forbidden").
    Refused { status: u16, status_text: String },
    /// The server refused the password (401).
    PasswordRefused,
    /// The server cannot take more now: HTTP `status` (5xx, 429).
    ServerAnswered { status: u16, status_text: String },
    /// No answer from the server: `error` is the connection's own words (from the HTTP
    /// library, in English: "connection refused", "no answer within 30 s").
    NoAnswer { error: String },
}

impl std::fmt::Display for PublishReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PublishReason::ChangedOnServer => {
                f.write_str("changed on the server since Plenary last published it: left as it is")
            }
            PublishReason::NoEtag => f.write_str("the server gives no ETag for it, so it cannot be replaced safely"),
            PublishReason::LeftScopeChanged => {
                f.write_str("left the scope, but was changed on the server since: not deleted")
            }
            PublishReason::NotOurs => {
                f.write_str("a resource Plenary has no record of sending is already there: left as it is")
            }
            PublishReason::Refused { status_text, .. } => write!(f, "the server refused it: {status_text}"),
            PublishReason::PasswordRefused => f.write_str("the server refused the password (401)"),
            PublishReason::ServerAnswered { status_text, .. } => write!(f, "the server answered {status_text}"),
            PublishReason::NoAnswer { error } => write!(f, "the server did not answer: {error}"),
        }
    }
}

/// A session left as it was on the server, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Problem {
    /// The session concerned.
    pub session: SessionRef,
    /// Why it was left alone.
    pub reason: PublishReason,
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
    /// Why the publish stopped before the end (no answer, the password refused…), if it did.
    pub stopped: Option<PublishReason>,
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
    Url {
        /// The URL as given, any credentials in it replaced by `…`.
        url: String,
        /// Why it cannot be used, in a sentence (the CLI's words).
        reason: String,
        /// Why, for the window's words: `not_a_link`, `link_no_host`, `link_has_password`,
        /// `plain_http` or `not_https`.
        code: plenary_core::ProblemCode,
    },
    /// The server refused the user's password.
    #[error("the server refused user {user}'s password (401): check the user name and password")]
    Unauthorized {
        /// The user name sent.
        user: String,
    },
    /// The server answered a request with an error status.
    #[error("{step}: the server answered {status}")]
    Status {
        /// What the publish was doing ("finding the calendar home").
        step: String,
        /// The status code with its reason ("507 Insufficient Storage: …").
        status: String,
        /// The status code alone (507), for the window's words.
        code: u16,
    },
    /// No answer, or no usable one (connection refused, TLS, timeout, unreadable XML).
    #[error("{step}: {reason}")]
    Network {
        /// What the publish was doing.
        step: String,
        /// What went wrong, in a sentence.
        reason: String,
    },
    /// This machine could not prepare the publish (no TLS root certificates, no runtime):
    /// nothing was sent, and the server is not to blame.
    #[error("{step}: {reason}")]
    Local {
        /// What the publish was doing ("preparing the connection").
        step: String,
        /// What went wrong, in a sentence.
        reason: String,
    },
}

/// Turns a failed request into an [`Error`], by what the watch saw of its response: 401 is a
/// refused password, another status is named, no status means no answer.
pub(crate) fn explain(seen: &Seen, step: &str, user: &str, err: impl std::fmt::Display) -> Error {
    match seen.last_status() {
        Some(401) => Error::Unauthorized { user: user.to_string() },
        Some(code) => Error::Status {
            step: step.to_string(),
            status: status_text(code),
            code,
        },
        None => Error::Network {
            step: step.to_string(),
            reason: format!("the server did not answer: {err}"),
        },
    }
}

/// An HTTP status code with its reason ("403 Forbidden"), and what 507 means for a calendar.
pub(crate) fn status_text(code: u16) -> String {
    let reason = StatusCode::from_u16(code)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    match code {
        507 => format!("{code} {reason}: the server is out of space for this calendar"),
        _ => format!("{code} {reason}").trim_end().to_string(),
    }
}
