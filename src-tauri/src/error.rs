//! The one error type every command returns. It carries the core's error kind so the UI can
//! react to it, a message a person can act on, the field an invalid input is about, and for a
//! refused import the import's own error, which the window words with its catalogue.

use plenary_core::{ErrorKind, ImportError};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CommandError {
    pub kind: ErrorKind,
    /// In English: what the window shows when it has no words of its own for the error.
    pub message: String,
    pub field: Option<String>,
    /// Why an import was refused, whole (`None` for every other failure). Boxed: every
    /// command's `Err` stays small.
    pub import_error: Option<Box<ImportError>>,
}

impl CommandError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        CommandError {
            kind,
            message: message.into(),
            field: None,
            import_error: None,
        }
    }

    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        CommandError {
            kind: ErrorKind::Invalid,
            message: message.into(),
            field: Some(field.to_string()),
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
        CommandError {
            kind,
            message,
            field,
            import_error: Some(Box::new(err)),
        }
    }
}

impl From<plenary_core::Error> for CommandError {
    fn from(err: plenary_core::Error) -> Self {
        CommandError {
            kind: err.kind(),
            field: err.field().map(str::to_string),
            message: err.to_string(),
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
                "import_error": null})
        );
    }

    #[test]
    fn a_refused_import_travels_whole_and_names_the_windows_control() {
        let zone = ImportError::NeedsTimezone {
            file: "fosdem.xml".into(),
            offsets: vec![],
        };
        let err = CommandError::import_refused("/home/a/fosdem.xml", zone);
        assert_eq!(
            serde_json::to_value(&err).unwrap(),
            serde_json::json!({
                "kind": "invalid",
                "message": "fosdem.xml: the file names no time zone (no time_zone_name) and its times are plain local \
                            times without an offset; nothing was imported",
                "field": "timezone",
                "import_error": {"kind": "needs_timezone", "file": "fosdem.xml", "offsets": []},
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
    }

    #[test]
    fn not_found_has_no_field() {
        let err: CommandError = plenary_core::Error::not_found("event", 7).into();
        assert_eq!(err.kind, ErrorKind::NotFound);
        assert_eq!(err.field, None);
        assert_eq!(err.message, "no event 7");
    }
}
