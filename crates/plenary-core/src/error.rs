//! One error type for the whole core. Each error has a kind the UI can react to and a message
//! a person can act on; invalid input names the entity and the field.

use serde::Serialize;
use ts_rs::TS;

/// What kind of failure an [`Error`] is: how the CLI picks its exit code and the UI its reaction.
/// Serialised in snake_case (`"not_found"`) for the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The input breaks a rule of the model; nothing was changed.
    Invalid,
    /// No such entity (by id, UUID, slug or name).
    NotFound,
    /// A unique name (slug, UUID) is taken.
    Conflict,
    /// The database was written by a newer Plenary, or is not a Plenary database.
    IncompatibleDatabase,
    /// SQLite failed, or the store is damaged.
    Database,
    /// A file could not be read or written.
    Io,
}

/// The core's error. Every message names what it is about: the entity and field for
/// [`Error::Invalid`], the key for [`Error::NotFound`], the path for [`Error::Io`] and
/// [`Error::Damaged`].
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input breaks a rule of the model; `field` names the field (`roles[0].person_id`).
    #[error("{entity} {field}: {message}")]
    Invalid {
        entity: &'static str,
        field: String,
        message: String,
    },
    /// No `entity` with `key`.
    #[error("no {entity} {key}")]
    NotFound { entity: &'static str, key: String },
    /// A unique name or UUID is taken, or the change contradicts the store's state.
    #[error("{0}")]
    Conflict(String),
    /// Not a Plenary store, or one written by a newer Plenary; it was not touched.
    #[error("{0}")]
    IncompatibleDatabase(String),
    /// SQLite's own error.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    /// Reading or writing the file at `path` failed, with the OS's reason.
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    /// The store's file is damaged (SQLite reports "malformed" or "file is not a database"):
    /// `path` is the file, `detail` SQLite's words. Its kind is [`ErrorKind::Database`].
    #[error("{path}: the store is damaged or is not a database ({detail}); nothing was changed. Restore it from a backup, or move it aside and Plenary starts a new store")]
    Damaged { path: String, detail: String },
}

impl Error {
    /// An [`Error::Invalid`]: `entity` and `field` as the user knows them (`"session"`, `"end"`),
    /// `message` what is wrong in words.
    pub fn invalid(entity: &'static str, field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid {
            entity,
            field: field.into(),
            message: message.into(),
        }
    }

    /// An [`Error::NotFound`]: no `entity` with `key` (an id, UUID, slug or name as given).
    pub fn not_found(entity: &'static str, key: impl ToString) -> Self {
        Error::NotFound {
            entity,
            key: key.to_string(),
        }
    }

    /// This error's [`ErrorKind`].
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Invalid { .. } => ErrorKind::Invalid,
            Error::NotFound { .. } => ErrorKind::NotFound,
            Error::Conflict(_) => ErrorKind::Conflict,
            Error::IncompatibleDatabase(_) => ErrorKind::IncompatibleDatabase,
            Error::Database(_) | Error::Damaged { .. } => ErrorKind::Database,
            Error::Io { .. } => ErrorKind::Io,
        }
    }

    /// The field an `Invalid` error is about, for showing the message next to it.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
