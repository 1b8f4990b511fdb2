//! Why an import was refused as a whole (nothing was written), for every importer: iCalendar,
//! frab, CSV and event files. The variants carry data, not sentences for one front end: the CLI
//! words them with its options (`--map`, `--timezone`), the desktop window with its controls
//! and its message catalogue. `Display` is a plain English description naming no front end's
//! controls, for logs and tests.

use std::collections::BTreeMap;

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
        /// What is wrong, as a code the window words in its language.
        code: FormatProblem,
        /// The values the code's words need, by name (see [`FormatProblem`]).
        params: BTreeMap<String, String>,
        /// What is wrong, in the parser's English words ("not valid JSON: expected value"),
        /// for the CLI and logs; the window words `code` instead.
        message: String,
    },
    /// The file cannot be read as iCalendar at all (its content lines).
    Parse {
        file: String,
        /// 1-based line of the problem.
        line: usize,
        /// What is wrong, as a code the window words in its language.
        code: FormatProblem,
        /// The values the code's words need, by name (see [`FormatProblem`]).
        params: BTreeMap<String, String>,
        /// The parser's English words, for the CLI and logs.
        message: String,
    },
    /// The file names no time zone and none was given: the importer cannot place its times.
    NeedsTimezone {
        file: String,
        /// The UTC offsets its times carry ("+01:00"), sorted; empty when they are plain
        /// local times.
        offsets: Vec<String>,
        /// The file's first date that carries an offset (`YYYY-MM-DD`, as written), so the
        /// window can suggest the zones whose offset on that day matches; none without offsets.
        first_date: Option<String>,
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

/// Why a file is not in the expected format: one code per place an importer refuses a file,
/// serialised in snake_case (`"not_xml"`). The window words each in six languages from the
/// code, the file, the line and the params named here; the English `message` beside it is the
/// parser's detail for the CLI and logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FormatProblem {
    /// Not JSON at all (event file, schedule JSON); the line is where parsing stopped.
    NotJson,
    /// JSON whose `"format"` is not a Plenary event file's; param `format` (may be empty).
    NotAnEventFile,
    /// An event file written by a newer Plenary; params `version` (the file's) and `supported`
    /// (the newest this one reads).
    NewerEventFile,
    /// An event file with a field of the wrong shape.
    BadEventFile,
    /// The event an event file describes breaks the store's rules (dates, zone).
    EventNotAccepted,
    /// The CSV header row cannot be read (line 1).
    UnreadableHeader,
    /// The CSV file has no header row.
    NoHeaderRow,
    /// A CSV record cannot be read; the line is the record's.
    UnreadableRow,
    /// Not well-formed XML; the line is where parsing stopped.
    NotXml,
    /// XML text that cannot be decoded.
    BadText,
    /// An XML CDATA section that cannot be decoded.
    BadCdata,
    /// An XML entity other than the five predefined ones; param `entity` (its name).
    UnknownEntity,
    /// The file is empty.
    Empty,
    /// XML whose root element is not `<schedule>`; param `element`.
    NotASchedule,
    /// Neither frab schedule XML nor schedule JSON.
    NotAScheduleFile,
    /// Schedule JSON without a top-level `"schedule"` object.
    NoSchedule,
    /// Schedule JSON whose `"schedule"` has no `"conference"`.
    NoConference,
    /// A schedule that gives no dates: no session has a time, the conference no start and end.
    NoScheduleDates,
    /// Sessions spanning more than a year; params `first` and `last` (ISO dates).
    SpanTooLong,
    /// Not an iCalendar file (it does not start with BEGIN:VCALENDAR); param `start` (its
    /// first line, shortened).
    NotIcalendar,
    /// An iCalendar file without a VCALENDAR.
    NoVcalendar,
    /// An iCalendar file without any VEVENT, imported as an event of its own.
    NoVevent,
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
    /// A [`ImportError::Format`] for `file`, at `line` when known, without params (add them
    /// with [`ImportError::with`]).
    pub fn format(file: &str, line: Option<usize>, code: FormatProblem, message: impl Into<String>) -> Self {
        ImportError::Format {
            file: file.to_string(),
            line,
            code,
            params: BTreeMap::new(),
            message: message.into(),
        }
    }

    /// The same error with the param `name` set to `value`, for the window's words; a no-op
    /// on the variants without params.
    #[must_use]
    pub fn with(mut self, name: &str, value: impl ToString) -> Self {
        if let ImportError::Format { params, .. } | ImportError::Parse { params, .. } = &mut self {
            params.insert(name.to_string(), value.to_string());
        }
        self
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
                ..
            } => write!(f, "{file}:{line}: {message}"),
            ImportError::Format {
                file,
                line: None,
                message,
                ..
            } => write!(f, "{file}: {message}"),
            ImportError::Parse {
                file, line, message, ..
            } => write!(f, "{file}: line {line}: {message}"),
            ImportError::NeedsTimezone { file, offsets, .. } => write!(
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
            first_date: Some("2020-02-01".into()),
        };
        assert_eq!(
            serde_json::to_value(&err).unwrap(),
            serde_json::json!({"kind": "needs_timezone", "file": "fosdem.xml", "offsets": ["+01:00"], "first_date": "2020-02-01"})
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
    fn each_format_problem_serialises_as_its_snake_case_code_with_its_params() {
        use FormatProblem::*;
        let codes = [
            (NotJson, "not_json"),
            (NotAnEventFile, "not_an_event_file"),
            (NewerEventFile, "newer_event_file"),
            (BadEventFile, "bad_event_file"),
            (EventNotAccepted, "event_not_accepted"),
            (UnreadableHeader, "unreadable_header"),
            (NoHeaderRow, "no_header_row"),
            (UnreadableRow, "unreadable_row"),
            (NotXml, "not_xml"),
            (BadText, "bad_text"),
            (BadCdata, "bad_cdata"),
            (UnknownEntity, "unknown_entity"),
            (Empty, "empty"),
            (NotASchedule, "not_a_schedule"),
            (NotAScheduleFile, "not_a_schedule_file"),
            (NoSchedule, "no_schedule"),
            (NoConference, "no_conference"),
            (NoScheduleDates, "no_schedule_dates"),
            (SpanTooLong, "span_too_long"),
            (NotIcalendar, "not_icalendar"),
            (NoVcalendar, "no_vcalendar"),
            (NoVevent, "no_vevent"),
        ];
        for (code, name) in codes {
            assert_eq!(serde_json::to_value(code).unwrap(), serde_json::json!(name));
        }
        let root = ImportError::format("a.xml", Some(1), NotASchedule, "not a frab schedule").with("element", "html");
        assert_eq!(
            serde_json::to_value(&root).unwrap(),
            serde_json::json!({"kind": "format", "file": "a.xml", "line": 1, "code": "not_a_schedule",
                "params": {"element": "html"}, "message": "not a frab schedule"})
        );
        // The params do not change the English text.
        assert_eq!(root.to_string(), "a.xml:1: not a frab schedule");
    }

    #[test]
    fn usage_problems_are_told_from_data_problems() {
        assert!(!ImportError::format("a.xml", Some(3), FormatProblem::NotXml, "not XML").is_usage());
        assert!(ImportError::UnknownTimezone { zone: "Mars".into() }.is_usage());
        assert!(ImportError::from(Error::not_found("event", "x")).is_usage());
        assert!(!ImportError::from(Error::invalid("room", "name", "empty")).is_usage());
    }

    #[test]
    fn display_names_the_place_and_no_front_ends_controls() {
        assert_eq!(
            ImportError::format("a.xml", Some(3), FormatProblem::NotXml, "bad").to_string(),
            "a.xml:3: bad"
        );
        assert_eq!(
            ImportError::format("a.xml", None, FormatProblem::Empty, "empty").to_string(),
            "a.xml: empty"
        );
        let parse = ImportError::Parse {
            file: "a.ics".into(),
            line: 1,
            code: FormatProblem::Empty,
            params: BTreeMap::new(),
            message: "the file is empty".into(),
        };
        assert_eq!(parse.to_string(), "a.ics: line 1: the file is empty");
        let zone = ImportError::NeedsTimezone {
            file: "f.xml".into(),
            offsets: vec![],
            first_date: None,
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
