//! One error type for the whole core. Each error has a kind the UI can react to and a message
//! a person can act on; invalid input names the entity and the field.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The input breaks a rule of the model; nothing was changed.
    Invalid,
    NotFound,
    /// A unique name (slug, UUID) is taken.
    Conflict,
    /// The database was written by a newer Plenary, or is not a Plenary database.
    IncompatibleDatabase,
    Database,
    Io,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{entity} {field}: {message}")]
    Invalid {
        entity: &'static str,
        field: String,
        message: String,
    },
    #[error("no {entity} {key}")]
    NotFound { entity: &'static str, key: String },
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    IncompatibleDatabase(String),
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    /// The store's file is damaged (SQLite reports "malformed" or "file is not a database"):
    /// `path` is the file, `detail` SQLite's words. Its kind is [`ErrorKind::Database`].
    #[error("{path}: the store is damaged or is not a database ({detail}); nothing was changed. Restore it from a backup, or move it aside and Plenary starts a new store")]
    Damaged { path: String, detail: String },
}

impl Error {
    pub fn invalid(entity: &'static str, field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid {
            entity,
            field: field.into(),
            message: message.into(),
        }
    }

    pub fn not_found(entity: &'static str, key: impl ToString) -> Self {
        Error::NotFound {
            entity,
            key: key.to_string(),
        }
    }

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

pub type Result<T, E = Error> = std::result::Result<T, E>;
