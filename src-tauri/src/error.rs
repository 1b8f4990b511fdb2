//! The one error type every command returns. It carries the core's error kind so the UI can
//! react to it, a message a person can act on, and the field an invalid input is about.

use plenary_core::ErrorKind;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CommandError {
    pub kind: ErrorKind,
    pub message: String,
    pub field: Option<String>,
}

impl CommandError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        CommandError {
            kind,
            message: message.into(),
            field: None,
        }
    }

    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        CommandError {
            kind: ErrorKind::Invalid,
            message: message.into(),
            field: Some(field.to_string()),
        }
    }
}

impl From<plenary_core::Error> for CommandError {
    fn from(err: plenary_core::Error) -> Self {
        CommandError {
            kind: err.kind(),
            field: err.field().map(str::to_string),
            message: err.to_string(),
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
            serde_json::json!({"kind": "invalid", "message": "room capacity: must be positive", "field": "capacity"})
        );
    }

    #[test]
    fn not_found_has_no_field() {
        let err: CommandError = plenary_core::Error::not_found("event", 7).into();
        assert_eq!(err.kind, ErrorKind::NotFound);
        assert_eq!(err.field, None);
        assert_eq!(err.message, "no event 7");
    }
}
