//! Why an import was refused as a whole (nothing was written), for every importer: iCalendar,
//! frab, CSV and event files. The variants carry data, not sentences for one front end: the CLI
//! words them with its options (`--map`, `--timezone`), the desktop window with its controls
//! and its message catalogue. `Display` is a plain English description naming no front end's
//! controls, for logs and tests.

use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, ErrorKind};

/// Why an import was refused as a whole. Nothing was written. Serialised with a `kind` tag in
/// snake_case (`{"kind": "needs_timezone", "file": "fosdem.xml", "offsets": []}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ImportError {
    /// The file is not in the expected format, or breaks it beyond repair.
    Format {
        /// The file's name as given to the import.
        file: String,
        /// 1-based line of the problem, where the format has lines and the parser knows it.
        line: Option<usize>,
        /// What is wrong, in the parser's words ("not valid JSON: expected value").
        message: String,
    },
    /// The file cannot be read as iCalendar at all (its content lines).
    Parse {
        file: String,
        /// 1-based line of the problem.
        line: usize,
        message: String,
    },
    /// The file names no time zone and none was given: the importer cannot place its times.
    NeedsTimezone {
        file: String,
        /// The UTC offsets its times carry ("+01:00"), sorted; empty when they are plain
        /// local times.
        offsets: Vec<String>,
    },
    /// A file imported as an event of its own gives no dates for the event: none of its
    /// records has a start time. It can still be imported into an event that exists.
    NoDates { file: String },
    /// The time zone given for the import is not an IANA zone name.
    UnknownTimezone { zone: String },
    /// A column mapping names a field the import does not know.
    UnknownField {
        /// The column's header.
        header: String,
        field: String,
        /// The fields a column can map to.
        fields: Vec<String>,
    },
    /// A column mapping names a column the file does not have.
    UnknownColumn {
        header: String,
        field: String,
        /// The file's column headers.
        columns: Vec<String>,
    },
    /// A column mapping maps a second column to a field another column already holds.
    FieldMappedTwice {
        header: String,
        field: String,
        /// The header of the column mapped to `field` first.
        other: String,
    },
    /// No column holds a field the import needs (a session's title, a person's name).
    MissingColumn {
        field: String,
        /// The file's column headers.
        columns: Vec<String>,
    },
    /// The store refused the import (an unknown event, invalid data, an unreadable store).
    Store { error: StoreError },
}

/// A store error as an import carries it: the core's error kind, the field an invalid value is
/// about, the error's message (English, for the CLI and logs) and its problems as codes, which
/// the window words ([`Error::to_problems`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StoreError {
    pub kind: ErrorKind,
    pub field: Option<String>,
    pub message: String,
    pub problems: Vec<crate::InputProblem>,
}

impl From<Error> for ImportError {
    fn from(err: Error) -> Self {
        ImportError::Store {
            error: StoreError {
                kind: err.kind(),
                field: err.field().map(str::to_string),
                message: err.to_string(),
                problems: err.to_problems(),
            },
        }
    }
}

impl ImportError {
    /// A [`ImportError::Format`] for `file`, at `line` when known.
    pub fn format(file: &str, line: Option<usize>, message: impl Into<String>) -> Self {
        ImportError::Format {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }

    /// Whether the problem is in how the import was asked for (the CLI's exit code 2) rather
    /// than in the data (exit code 1): a missing zone or column, a bad mapping, an unknown
    /// event, an unreadable store.
    pub fn is_usage(&self) -> bool {
        match self {
            ImportError::Format { .. } | ImportError::Parse { .. } | ImportError::NoDates { .. } => false,
            ImportError::Store { error } => !matches!(error.kind, ErrorKind::Invalid | ErrorKind::Conflict),
            _ => true,
        }
    }

    /// What the times of a file without a zone look like: "its times carry the offset +01:00"
    /// or "its times are plain local times without an offset".
    pub fn offsets_seen(offsets: &[String]) -> String {
        if offsets.is_empty() {
            "its times are plain local times without an offset".to_string()
        } else {
            format!("its times carry the offset {}", offsets.join(" and "))
        }
    }
}

/// `"A", "B"`: headers quoted, as a list in a message.
fn quoted(items: &[String]) -> String {
    items.iter().map(|h| format!("{h:?}")).collect::<Vec<_>>().join(", ")
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Format {
                file,
                line: Some(line),
                message,
            } => write!(f, "{file}:{line}: {message}"),
            ImportError::Format {
                file,
                line: None,
                message,
            } => write!(f, "{file}: {message}"),
            ImportError::Parse { file, line, message } => write!(f, "{file}: line {line}: {message}"),
            ImportError::NeedsTimezone { file, offsets } => write!(
                f,
                "{file}: the file names no time zone (no time_zone_name) and {}",
                ImportError::offsets_seen(offsets)
            ),
            ImportError::NoDates { file } => write!(
                f,
                "{file}: no VEVENT in the file has a start time (in the years Plenary plans in, 1900–2200), \
                 so the event's days are unknown"
            ),
            ImportError::UnknownTimezone { zone } => {
                write!(f, "{zone:?} is not a time zone; use an IANA name such as Europe/Berlin")
            }
            ImportError::UnknownField { header, field, fields } => write!(
                f,
                "{header}={field}: {field:?} is not a field; use one of {}",
                fields.join(", ")
            ),
            ImportError::UnknownColumn { header, field, columns } => write!(
                f,
                "{header}={field}: there is no column {header:?}; the columns are {}",
                quoted(columns)
            ),
            ImportError::FieldMappedTwice { header, field, other } => write!(
                f,
                "{header}={field}: the column {other:?} is mapped to {field} too; map one column to it"
            ),
            ImportError::MissingColumn { field, columns } => {
                write!(f, "no column holds the {field} (columns: {})", columns.join(", "))
            }
            ImportError::Store { error } => f.write_str(&error.message),
        }
    }
}

impl std::error::Error for ImportError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_with_a_kind_tag_and_its_data() {
        let err = ImportError::NeedsTimezone {
            file: "fosdem.xml".into(),
            offsets: vec!["+01:00".into()],
        };
        assert_eq!(
            serde_json::to_value(&err).unwrap(),
            serde_json::json!({"kind": "needs_timezone", "file": "fosdem.xml", "offsets": ["+01:00"]})
        );
        let twice = ImportError::FieldMappedTwice {
            header: "Name".into(),
            field: "name".into(),
            other: "Full name".into(),
        };
        assert_eq!(
            serde_json::to_value(&twice).unwrap(),
            serde_json::json!({"kind": "field_mapped_twice", "header": "Name", "field": "name", "other": "Full name"})
        );
        let store: ImportError = Error::invalid("session", "end", "before the start").into();
        assert_eq!(
            serde_json::to_value(&store).unwrap(),
            serde_json::json!({"kind": "store", "error": {
                "kind": "invalid", "field": "end", "message": "session end: before the start",
                "problems": [{"field": "end", "code": "other", "params": {"message": "before the start"}}]}})
        );
    }

    #[test]
    fn usage_problems_are_told_from_data_problems() {
        assert!(!ImportError::format("a.xml", Some(3), "not XML").is_usage());
        assert!(ImportError::UnknownTimezone { zone: "Mars".into() }.is_usage());
        assert!(ImportError::from(Error::not_found("event", "x")).is_usage());
        assert!(!ImportError::from(Error::invalid("room", "name", "empty")).is_usage());
    }

    #[test]
    fn display_names_the_place_and_no_front_ends_controls() {
        assert_eq!(ImportError::format("a.xml", Some(3), "bad").to_string(), "a.xml:3: bad");
        assert_eq!(ImportError::format("a.xml", None, "empty").to_string(), "a.xml: empty");
        let parse = ImportError::Parse {
            file: "a.ics".into(),
            line: 1,
            message: "the file is empty".into(),
        };
        assert_eq!(parse.to_string(), "a.ics: line 1: the file is empty");
        let zone = ImportError::NeedsTimezone {
            file: "f.xml".into(),
            offsets: vec![],
        };
        assert_eq!(
            zone.to_string(),
            "f.xml: the file names no time zone (no time_zone_name) and its times are plain local times without an offset"
        );
        let column = ImportError::UnknownColumn {
            header: "Mail".into(),
            field: "email".into(),
            columns: vec!["Name".into(), "E-mail".into()],
        };
        assert_eq!(
            column.to_string(),
            "Mail=email: there is no column \"Mail\"; the columns are \"Name\", \"E-mail\""
        );
    }
}
