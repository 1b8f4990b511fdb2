//! One error type for the whole core. Each error has a kind the UI can react to and a message
//! a person can act on; invalid input names the entity and the field.

use serde::Serialize;
use ts_rs::TS;

use crate::validate::InputProblem;

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
    /// The input breaks rules of the model: `problems` lists every one (at least one), each
    /// naming its field (`roles[0].person_id`); `field` and `message` are the first one's, in
    /// English.
    #[error("{}", invalid_text(entity, problems))]
    Invalid {
        entity: &'static str,
        field: String,
        message: String,
        problems: Vec<InputProblem>,
    },
    /// No `entity` with `key`.
    #[error("no {entity} {key}")]
    NotFound { entity: &'static str, key: String },
    /// A unique name or UUID is taken, or the change contradicts the store's state.
    #[error("{0}")]
    Conflict(String),
    /// An undo cannot bring `what` (a deleted thing's name or title) back, because of `why`.
    /// Its kind is [`ErrorKind::Conflict`]; the window words it
    /// ([`crate::ProblemCode::CannotRestore`]), the CLI shows the English `Display`.
    #[error("{}", why.text(what))]
    CannotRestore { what: String, why: RestoreBlock },
    /// A unique name someone types is taken: `value` in `entity field` (an event's slug). Its
    /// kind is [`ErrorKind::Conflict`]; the window shows it at the field.
    #[error("{entity} {field} {value:?} is already used; choose another")]
    Taken {
        entity: &'static str,
        field: &'static str,
        value: String,
    },
    /// Not a Plenary store, or one written by a newer Plenary; it was not touched. `code` is
    /// what the window words ([`crate::ProblemCode::NotAStore`], [`crate::ProblemCode::StoreNewer`],
    /// [`crate::ProblemCode::Database`] for a failed migration), `message` the CLI's English.
    #[error("{message}")]
    IncompatibleDatabase { code: crate::ProblemCode, message: String },
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
    /// Its one problem has the code [`crate::ProblemCode::Other`]; prefer [`Error::problems`] with a
    /// code the window words.
    pub fn invalid(entity: &'static str, field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::problems(entity, vec![InputProblem::other(field, message)])
    }

    /// An [`Error::Invalid`] of `entity` with every problem found (none makes one `Other`
    /// problem, so the error always names a field).
    pub fn problems(entity: &'static str, mut problems: Vec<InputProblem>) -> Self {
        if problems.is_empty() {
            problems.push(InputProblem::other("", "is not valid"));
        }
        Error::Invalid {
            entity,
            field: problems[0].field.clone(),
            message: problems[0].to_string(),
            problems,
        }
    }

    /// What the window words: the problems of an [`Error::Invalid`], the file's problem for
    /// [`Error::Io`], a code for [`Error::NotFound`], [`Error::Taken`], [`Error::Damaged`]
    /// (`store_damaged` naming the file), [`Error::IncompatibleDatabase`] and
    /// [`Error::Database`], [`Error::CannotRestore`] (`cannot_restore` with `what`, `why` and
    /// `why`'s values); only [`Error::Conflict`] is one [`crate::ProblemCode::Other`] with
    /// the English message.
    pub fn to_problems(&self) -> Vec<InputProblem> {
        match self {
            Error::Invalid { problems, .. } => problems.clone(),
            Error::Io { path, source } => {
                vec![crate::validate::file_problem(
                    "path",
                    std::path::Path::new(path),
                    source,
                )]
            }
            Error::Taken { field, value, .. } => {
                vec![InputProblem::new(*field, crate::ProblemCode::Taken).with("value", value)]
            }
            Error::NotFound { entity, key } => vec![InputProblem::new("", crate::ProblemCode::NotFound)
                .with("entity", entity)
                .with("key", key)],
            Error::Damaged { path, .. } => {
                vec![InputProblem::new("", crate::ProblemCode::StoreDamaged).with("file", path)]
            }
            Error::IncompatibleDatabase { code, .. } => vec![InputProblem::new("", *code)],
            // SQLite's words are for the log and the CLI (`message`), not a sentence to show.
            Error::Database(_) => vec![InputProblem::new("", crate::ProblemCode::Database)],
            Error::CannotRestore { what, why } => {
                let problem = InputProblem::new("", crate::ProblemCode::CannotRestore)
                    .with("what", what)
                    .with("why", why.code());
                vec![match why {
                    RestoreBlock::ShortNameTaken { event, slug } => problem.with("event", event).with("slug", slug),
                    RestoreBlock::CodeTaken { vocabulary, code } => {
                        problem.with("vocabulary", vocabulary).with("code", code)
                    }
                    // SQLite's words are for the CLI and the log; the table says where.
                    RestoreBlock::Store { table, .. } => problem.with("table", table),
                    RestoreBlock::AlreadyThere
                    | RestoreBlock::InDirectory
                    | RestoreBlock::VocabularyGone
                    | RestoreBlock::EventGone => problem,
                }]
            }
            Error::Conflict(message) => vec![InputProblem::other("", message.clone())],
        }
    }

    /// Every problem of an [`Error::Invalid`]; empty for the other errors.
    pub fn problems_of(&self) -> &[InputProblem] {
        match self {
            Error::Invalid { problems, .. } => problems,
            _ => &[],
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
            Error::Conflict(_) | Error::Taken { .. } | Error::CannotRestore { .. } => ErrorKind::Conflict,
            Error::IncompatibleDatabase { .. } => ErrorKind::IncompatibleDatabase,
            Error::Database(_) | Error::Damaged { .. } => ErrorKind::Database,
            Error::Io { .. } => ErrorKind::Io,
        }
    }

    /// The field an `Invalid` error is about, for showing the message next to it.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Invalid { field, .. } => Some(field),
            Error::Taken { field, .. } => Some(field),
            _ => None,
        }
    }
}

/// Why a deleted thing cannot come back ([`Error::CannotRestore`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestoreBlock {
    /// The thing itself (same UUID) is in the store again.
    AlreadyThere,
    /// The person (same UUID) is in the directory again.
    InDirectory,
    /// Another event, `event` (its title), has the deleted event's short name `slug` now.
    ShortNameTaken { event: String, slug: String },
    /// The term's vocabulary `vocabulary` (its name) has another term with the code `code` now.
    CodeTaken { vocabulary: String, code: String },
    /// The term's vocabulary was deleted.
    VocabularyGone,
    /// The event the thing belonged to was deleted.
    EventGone,
    /// The store refused a row of `table`; `detail` is SQLite's English, for the CLI and the log.
    Store { table: String, detail: String },
}

impl RestoreBlock {
    /// The `why` parameter the window words (`already_there`, `short_name_taken`, …).
    pub fn code(&self) -> &'static str {
        match self {
            RestoreBlock::AlreadyThere => "already_there",
            RestoreBlock::InDirectory => "in_directory",
            RestoreBlock::ShortNameTaken { .. } => "short_name_taken",
            RestoreBlock::CodeTaken { .. } => "code_taken",
            RestoreBlock::VocabularyGone => "vocabulary_gone",
            RestoreBlock::EventGone => "event_gone",
            RestoreBlock::Store { .. } => "store",
        }
    }

    /// The English sentence about `what` (the CLI's words, unchanged from before the codes).
    fn text(&self, what: &str) -> String {
        match self {
            RestoreBlock::AlreadyThere => format!("{what} is there already"),
            RestoreBlock::InDirectory => format!("{what} is in the directory already"),
            RestoreBlock::ShortNameTaken { event, slug } => {
                format!("{what} cannot come back: {event} has its short name {slug} now")
            }
            RestoreBlock::CodeTaken { vocabulary, code } => {
                format!("{what} cannot come back: {vocabulary} has another term with its code {code} now")
            }
            RestoreBlock::VocabularyGone => format!("{what} cannot come back: its vocabulary was deleted"),
            RestoreBlock::EventGone => format!("{what} cannot come back: its event was deleted"),
            RestoreBlock::Store { table, detail } => format!("{what} cannot come back ({table}): {detail}"),
        }
    }
}

/// `session join_url: …; session end: …`: each problem with its entity and field.
fn invalid_text(entity: &str, problems: &[InputProblem]) -> String {
    let words: Vec<String> = problems.iter().map(|p| format!("{entity} {}: {p}", p.field)).collect();
    words.join("; ")
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
