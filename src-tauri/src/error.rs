//! The one error type every command returns. It carries the core's error kind so the UI can
//! react to it, every problem as a value the window words with its catalogue (field, code,
//! parameters), an English message for the CLI-like fallback, the first problem's field, and for
//! a refused import the import's own error, which the window words too.

use std::path::Path;

use plenary_core::{ErrorKind, ImportError, InputProblem, ProblemCode};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CommandError {
    pub kind: ErrorKind,
    /// In English: what the window shows when it has no words of its own for the error.
    pub message: String,
    /// The field the (first) problem is about, to show it next to that control.
    pub field: Option<String>,
    /// Every problem, each next to its field in the window, worded from its code (at least one;
    /// code `other` carries only the English `message`).
    pub problems: Vec<InputProblem>,
    /// Why an import was refused, whole (`None` for every other failure). Boxed: every
    /// command's `Err` stays small.
    pub import_error: Option<Box<ImportError>>,
}

impl CommandError {
    /// A failure the window has no words of its own for: `message` (English) is shown as it is.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        let message = message.into();
        CommandError {
            kind,
            problems: vec![InputProblem::other("", message.clone())],
            message,
            field: None,
            import_error: None,
        }
    }

    /// An invalid argument `field`, in English words.
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        CommandError {
            kind: ErrorKind::Invalid,
            problems: vec![InputProblem::other(field, message.clone())],
            message,
            field: Some(field.to_string()),
            import_error: None,
        }
    }

    /// A value the window sent for `field` that does not fit the command (a bug of the window,
    /// not of the person's input): the window says so in its words (`bad_argument`, naming the
    /// field), `message` keeps serde's English for the log.
    pub fn bad_argument(field: &str, message: impl Into<String>) -> Self {
        CommandError::invalid(field, message)
            .because(InputProblem::new(field, ProblemCode::BadArgument).with("field", field))
    }

    /// A background job of the shell failed on its own (a panic, a thread that could not
    /// start): `job_failed` in the window, `message` in English for the log.
    pub fn job_failed(message: impl Into<String>) -> Self {
        CommandError::new(ErrorKind::Io, message).because(InputProblem::new("", ProblemCode::JobFailed))
    }

    /// The same error, worded in the window by `problem` (its code) instead of the English
    /// `message`, which stays for logs and the fallback.
    pub fn because(self, problem: InputProblem) -> Self {
        CommandError {
            problems: vec![problem],
            ..self
        }
    }

    /// Reading or writing the file at `path` failed: the window says which file and why in
    /// words (`ghost.ics: there is no such file`), never the OS's "(os error 2)"; `field` is the
    /// control that chose the file (`path`).
    pub fn file(field: &str, path: &Path, err: &std::io::Error) -> Self {
        let problem = plenary_core::validate::file_problem(field, path, err);
        CommandError {
            kind: ErrorKind::Io,
            message: problem.to_string(),
            field: Some(field.to_string()),
            problems: vec![problem],
            import_error: None,
        }
    }

    /// A refused import of the file at `path` (nothing was written), carried whole in
    /// `import_error`. `field` names the window's control that can fix it (`timezone`), else
    /// the store's field; `message` is a plain English fallback naming the file.
    pub fn import_refused(path: &str, err: ImportError) -> Self {
        let message = match &err {
            // These name the file (and line) already.
            ImportError::Format { .. }
            | ImportError::Parse { .. }
            | ImportError::NeedsTimezone { .. }
            | ImportError::NoDates { .. } => {
                format!("{err}; nothing was imported")
            }
            ImportError::UnknownField { .. }
            | ImportError::UnknownColumn { .. }
            | ImportError::FieldMappedTwice { .. } => {
                format!("{path}: column mapping {err}; nothing was imported")
            }
            _ => format!("{path}: {err}; nothing was imported"),
        };
        let (kind, field) = match &err {
            ImportError::Store { error } => (error.kind, error.field.clone()),
            ImportError::NeedsTimezone { .. } | ImportError::UnknownTimezone { .. } => {
                (ErrorKind::Invalid, Some("timezone".to_string()))
            }
            _ => (ErrorKind::Invalid, None),
        };
        // The store's refusal keeps its codes, so the window words it (a missing event, a
        // damaged store); the other refusals the window words from `import_error` itself.
        let problems = match &err {
            ImportError::Store { error } if !error.problems.is_empty() => error.problems.clone(),
            _ => vec![InputProblem::other(field.as_deref().unwrap_or(""), message.clone())],
        };
        CommandError {
            kind,
            problems,
            message,
            field,
            import_error: Some(Box::new(err)),
        }
    }
}

impl From<plenary_core::Error> for CommandError {
    fn from(err: plenary_core::Error) -> Self {
        let problems = err.to_problems();
        CommandError {
            kind: err.kind(),
            field: problems.first().map(|p| p.field.clone()).filter(|f| !f.is_empty()),
            message: err.to_string(),
            problems,
            import_error: None,
        }
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CommandError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_input_keeps_its_field_and_serialises_in_snake_case() {
        let err: CommandError = plenary_core::Error::invalid("room", "capacity", "must be positive").into();
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"kind": "invalid", "message": "room capacity: must be positive", "field": "capacity",
                "problems": [{"field": "capacity", "code": "other", "params": {"message": "must be positive"}}],
                "import_error": null})
        );
    }

    #[test]
    fn a_refused_import_travels_whole_and_names_the_windows_control() {
        let zone = ImportError::NeedsTimezone {
            file: "fosdem.xml".into(),
            offsets: vec![],
            first_date: None,
        };
        let err = CommandError::import_refused("/home/a/fosdem.xml", zone);
        assert_eq!(
            serde_json::to_value(&err).unwrap(),
            serde_json::json!({
                "kind": "invalid",
                "message": "fosdem.xml: the file names no time zone (no time_zone_name) and its times are plain local \
                            times without an offset; nothing was imported",
                "field": "timezone",
                "problems": [{"field": "timezone", "code": "other", "params": {"message":
                    "fosdem.xml: the file names no time zone (no time_zone_name) and its times are plain local \
                     times without an offset; nothing was imported"}}],
                "import_error": {"kind": "needs_timezone", "file": "fosdem.xml", "offsets": [], "first_date": null},
            })
        );
        let mapping = ImportError::UnknownColumn {
            header: "Mail".into(),
            field: "email".into(),
            columns: vec!["Name".into()],
        };
        let err = CommandError::import_refused("p.csv", mapping);
        assert_eq!(err.field, None);
        assert_eq!(
            err.message,
            "p.csv: column mapping Mail=email: there is no column \"Mail\"; the columns are \"Name\"; nothing was imported"
        );
        let store: ImportError = plenary_core::Error::not_found("event", 9).into();
        let err = CommandError::import_refused("p.csv", store);
        assert_eq!((err.kind, err.field.as_deref()), (ErrorKind::NotFound, None));
        assert_eq!(err.message, "p.csv: no event 9; nothing was imported");
        // The window words the store's refusal from its code, not from the English above.
        assert_eq!(
            err.problems,
            [InputProblem::new("", ProblemCode::NotFound)
                .with("entity", "event")
                .with("key", "9")]
        );
    }

    #[test]
    fn every_problem_travels_with_its_code_and_the_first_field() {
        let err = plenary_core::Error::problems(
            "session",
            vec![
                InputProblem::new("join_url", plenary_core::ProblemCode::NotALink).with("value", "htp:/register"),
                InputProblem::new("end", plenary_core::ProblemCode::BeforeStart),
            ],
        );
        let err = CommandError::from(err);
        assert_eq!(err.field.as_deref(), Some("join_url"));
        let json = serde_json::to_value(&err.problems).unwrap();
        assert_eq!(
            json,
            serde_json::json!([
                {"field": "join_url", "code": "not_a_link", "params": {"value": "htp:/register"}},
                {"field": "end", "code": "before_start", "params": {}},
            ])
        );
    }

    #[test]
    fn a_missing_file_is_named_in_words_without_the_os_error() {
        let path = Path::new("/tmp/nowhere-plenary/ghost.ics");
        let io = std::fs::read(path).unwrap_err();
        let err = CommandError::file("path", path, &io);
        assert_eq!(err.kind, ErrorKind::Io);
        assert_eq!(err.message, "ghost.ics: there is no such file");
        assert_eq!(err.problems[0].code, plenary_core::ProblemCode::FileNotFound);
        assert_eq!(err.problems[0].params["file"], "ghost.ics");
        assert!(!err.message.contains("os error"));
    }

    #[test]
    fn the_stores_own_failures_travel_as_codes_and_keep_their_english() {
        let dir = tempfile::tempdir().unwrap();
        let text = dir.path().join("notes.txt");
        std::fs::write(&text, "hello, this is not a database at all, just some text ........").unwrap();
        let damaged = crate::AppState::open(&text).err().expect("refused");
        assert_eq!(damaged.kind, ErrorKind::Database);
        assert_eq!(
            damaged.problems,
            [InputProblem::new("", ProblemCode::StoreDamaged).with("file", text.display())]
        );
        assert!(
            damaged.message.contains("file is not a database"),
            "{}",
            damaged.message
        );

        let foreign = dir.path().join("other.db");
        rusqlite::Connection::open(&foreign)
            .unwrap()
            .execute_batch("CREATE TABLE t (x)")
            .unwrap();
        let other = crate::AppState::open(&foreign).err().expect("refused");
        assert_eq!(other.kind, ErrorKind::IncompatibleDatabase);
        assert_eq!(other.problems, [InputProblem::new("", ProblemCode::NotAStore)]);
        assert!(other.message.contains("not a Plenary store"), "{}", other.message);

        let newer: CommandError = plenary_core::Error::IncompatibleDatabase {
            code: ProblemCode::StoreNewer,
            message: "this database was written by a newer Plenary".into(),
        }
        .into();
        assert_eq!(newer.problems, [InputProblem::new("", ProblemCode::StoreNewer)]);

        let sqlite: CommandError = plenary_core::Error::Database(rusqlite::Error::QueryReturnedNoRows).into();
        assert_eq!((sqlite.kind, sqlite.field.as_deref()), (ErrorKind::Database, None));
        assert_eq!(sqlite.problems, [InputProblem::new("", ProblemCode::Database)]);
        assert_eq!(sqlite.message, "database error: Query returned no rows");
    }

    #[test]
    fn a_bad_argument_and_a_failed_job_have_codes_of_their_own() {
        let arg = CommandError::bad_argument("roles.0.role", "session roles.0.role: unknown variant `host`");
        assert_eq!(
            (arg.kind, arg.field.as_deref()),
            (ErrorKind::Invalid, Some("roles.0.role"))
        );
        assert_eq!(
            arg.problems,
            [InputProblem::new("roles.0.role", ProblemCode::BadArgument).with("field", "roles.0.role")]
        );
        let job = CommandError::job_failed("background job failed: task panicked");
        assert_eq!((job.kind, job.field.as_deref()), (ErrorKind::Io, None));
        assert_eq!(job.problems, [InputProblem::new("", ProblemCode::JobFailed)]);
        assert_eq!(job.message, "background job failed: task panicked");
    }

    #[test]
    fn not_found_has_no_field() {
        let err: CommandError = plenary_core::Error::not_found("event", 7).into();
        assert_eq!(err.kind, ErrorKind::NotFound);
        assert_eq!(err.field, None);
        assert_eq!(err.message, "no event 7");
    }
}
