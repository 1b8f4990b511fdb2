//! Header → field mapping: the fields a column can hold, the common header spellings, and the
//! rule that maps each column of a file to a field.

use std::collections::HashMap;

use plenary_core::Role;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{reader, CsvOptions};
use crate::{ImportError, ImportReport};

/// Which spreadsheet an import reads: people, or an event's sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CsvKind {
    People,
    Sessions,
}

impl CsvKind {
    /// The fields a column of this spreadsheet can be mapped to ([`PERSON_FIELDS`] or
    /// [`SESSION_FIELDS`]).
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            CsvKind::People => PERSON_FIELDS,
            CsvKind::Sessions => SESSION_FIELDS,
        }
    }
}

/// One column of a CSV file whose header does not name its field ("E-mail address" → email); the
/// empty field leaves out a column its header would map.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, TS)]
pub struct ColumnMap {
    pub header: String,
    pub field: String,
}

/// One column of a CSV file as an import without mappings reads it: its header and the field it
/// goes to by that header, or none when the import leaves it out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CsvColumn {
    pub header: String,
    pub field: Option<String>,
}

impl CsvOptions {
    /// The options of an import of `kind` with a window's column mapping. Before any file is
    /// read, a mapping without a header or to a field `kind` does not have is refused as
    /// [`plenary_core::Error::Invalid`] naming the entry (`map.0.header`, `map.2.field`).
    /// Headers are trimmed; a header the file does not have is refused by the import itself.
    pub fn mapped(kind: CsvKind, map: &[ColumnMap], dry_run: bool) -> plenary_core::Result<CsvOptions> {
        let fields = kind.fields();
        for (i, column) in map.iter().enumerate() {
            if column.header.trim().is_empty() {
                return Err(plenary_core::Error::invalid(
                    "column mapping",
                    format!("map.{i}.header"),
                    "which column?",
                ));
            }
            if !column.field.is_empty() && !fields.contains(&column.field.as_str()) {
                let message = format!("{:?} is not a field; use one of {}", column.field, fields.join(", "));
                return Err(plenary_core::Error::invalid(
                    "column mapping",
                    format!("map.{i}.field"),
                    message,
                ));
            }
        }
        let map = map
            .iter()
            .map(|c| (c.header.trim().to_string(), c.field.clone()))
            .collect();
        Ok(CsvOptions { map, dry_run })
    }
}

pub const PERSON_FIELDS: &[&str] = &[
    "uuid",
    "honorific",
    "name",
    "function",
    "organisation",
    "bio",
    "email",
    "phone",
];

/// Session fields a column can map to. Role columns hold names separated by ";".
pub const SESSION_FIELDS: &[&str] = &[
    "uuid",
    "code",
    "title",
    "subtitle",
    "kind",
    "status",
    "date",
    "start",
    "end",
    "minutes",
    "room",
    "participation",
    "description",
    "languages",
    "interpretation",
    "join_url",
    "registration_url",
    "expected_attendance",
    "organisers",
    "links",
    "tags",
    "moderators",
    "masters_of_ceremonies",
    "chairs",
    "keynote_speakers",
    "speakers",
    "panellists",
    "presenters",
    "rapporteurs",
    "organiser_contacts",
];

pub(super) fn role_column(role: Role) -> &'static str {
    match role {
        Role::Moderator => "moderators",
        Role::MasterOfCeremonies => "masters_of_ceremonies",
        Role::Chair => "chairs",
        Role::KeynoteSpeaker => "keynote_speakers",
        Role::Speaker => "speakers",
        Role::Panellist => "panellists",
        Role::Presenter => "presenters",
        Role::Rapporteur => "rapporteurs",
        Role::OrganiserContact => "organiser_contacts",
    }
}

/// Common header spellings for a field.
fn synonym(header: &str) -> Option<&'static str> {
    let h: String = header
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect();
    let h = h.trim_matches('_');
    Some(match h {
        "full_name" | "person" | "speaker_name" => "name",
        "title_honorific" | "salutation" | "prefix" => "honorific",
        "position" | "job_title" | "role_title" | "job" => "function",
        "organization" | "organisation" | "affiliation" | "company" | "institution" => "organisation",
        "biography" | "about" => "bio",
        "e_mail" | "mail" | "email_address" => "email",
        "telephone" | "phone_number" | "mobile" => "phone",
        "session" | "session_title" | "name_of_session" => "title",
        "type" | "format" | "session_type" => "kind",
        "day" => "date",
        "start_time" | "from" | "begins" => "start",
        "end_time" | "to" | "ends" => "end",
        "duration" | "length" => "minutes",
        "location" | "venue" => "room",
        "abstract" | "summary" => "description",
        "language" => "languages",
        "speaker" => "speakers",
        "moderator" => "moderators",
        "panelist" | "panelists" | "panellist" => "panellists",
        "keywords" | "topics" => "tags",
        "number" | "id" | "session_code" => "code",
        _ => return None,
    })
}

/// Which column holds which field: explicit mappings first, then headers named like fields,
/// then synonyms. An explicit mapping to the empty field leaves that column out (the window's
/// "not imported" for a column the headers would otherwise map). Unknown explicit fields and two
/// columns mapped to one field are usage errors; unmapped columns a warning.
pub(super) fn mapping(
    headers: &csv::StringRecord,
    explicit: &[(String, String)],
    fields: &[&'static str],
    report: &mut ImportReport,
) -> Result<HashMap<&'static str, usize>, ImportError> {
    let mut map: HashMap<&'static str, usize> = HashMap::new();
    let mut left_out = Vec::new();
    for (header, field) in explicit {
        let leave_out = field.trim().is_empty();
        let known = fields.iter().find(|f| **f == field.as_str());
        if known.is_none() && !leave_out {
            return Err(ImportError::UnknownField {
                header: header.clone(),
                field: field.clone(),
                fields: fields.iter().map(|f| f.to_string()).collect(),
            });
        }
        let Some(col) = headers.iter().position(|h| h.trim() == header.trim()) else {
            return Err(ImportError::UnknownColumn {
                header: header.clone(),
                field: field.clone(),
                columns: headers.iter().map(str::to_string).collect(),
            });
        };
        match known {
            None => left_out.push(col),
            Some(field) => {
                if let Some(other) = map.insert(field, col).filter(|other| *other != col) {
                    return Err(ImportError::FieldMappedTwice {
                        header: header.clone(),
                        field: field.to_string(),
                        other: headers.get(other).unwrap_or("").to_string(),
                    });
                }
            }
        }
    }
    let mut unmapped = Vec::new();
    for (col, header) in headers.iter().enumerate() {
        if map.values().any(|c| *c == col) {
            continue;
        }
        if left_out.contains(&col) {
            unmapped.push(format!("{header:?}"));
            continue;
        }
        let lower = header.trim().to_lowercase().replace([' ', '-'], "_");
        let field = fields
            .iter()
            .copied()
            .find(|f| *f == lower)
            .or_else(|| synonym(header).filter(|s| fields.contains(s)));
        match field {
            Some(f) if !map.contains_key(f) => {
                map.insert(f, col);
            }
            _ => unmapped.push(format!("{header:?}")),
        }
    }
    if !unmapped.is_empty() {
        report.warn(plenary_core::report::Remark::ColumnsNotImported {
            columns: unmapped.iter().map(|c| c.to_string()).collect(),
        });
    }
    Ok(map)
}

/// [`columns`] of a spreadsheet of `kind`, as the window's mapping table shows them.
///
/// # Errors
/// [`ImportError::Format`] naming the file and line 1 when the header row cannot be read.
pub fn column_table(source: &str, bytes: &[u8], kind: CsvKind) -> Result<Vec<CsvColumn>, ImportError> {
    Ok(columns(source, bytes, kind.fields())?
        .into_iter()
        .map(|(header, field)| CsvColumn {
            header,
            field: field.map(str::to_string),
        })
        .collect())
}

/// The columns of a CSV file (its header row) and the field each one maps to by its header
/// alone, by the same rule an import without explicit mappings applies; `None` where a column
/// would not be imported. Lets a window show what an import will do before it runs.
pub fn columns(
    source: &str,
    bytes: &[u8],
    fields: &[&'static str],
) -> Result<Vec<(String, Option<&'static str>)>, ImportError> {
    let (_, headers) = reader(source, bytes)?;
    let mut unused = ImportReport::new(source, "CSV", "rows");
    let map = mapping(&headers, &[], fields, &mut unused)?;
    Ok(headers
        .iter()
        .enumerate()
        .map(|(col, header)| {
            let field = map.iter().find(|(_, c)| **c == col).map(|(f, _)| *f);
            (header.to_string(), field)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(header: &str, field: &str) -> ColumnMap {
        ColumnMap {
            header: header.into(),
            field: field.into(),
        }
    }

    #[test]
    fn a_window_mapping_is_checked_entry_by_entry_and_trimmed() {
        let wrong = CsvOptions::mapped(CsvKind::People, &[map("Mail", "email"), map("Contact", "e-mail")], true);
        let wrong = wrong.unwrap_err();
        assert_eq!(wrong.field(), Some("map.1.field"));
        assert!(
            wrong
                .to_string()
                .contains("\"e-mail\" is not a field; use one of uuid,"),
            "{wrong}"
        );
        let blank = CsvOptions::mapped(CsvKind::Sessions, &[map(" ", "title")], false).unwrap_err();
        assert_eq!(blank.field(), Some("map.0.header"));
        // A field of the other kind is not one of these.
        let other = CsvOptions::mapped(CsvKind::People, &[map("Session", "title")], false).unwrap_err();
        assert_eq!(other.field(), Some("map.0.field"));
        let ok = CsvOptions::mapped(CsvKind::Sessions, &[map(" Session ", "title"), map("Notes", "")], true).unwrap();
        assert_eq!(
            ok.map,
            [
                ("Session".to_string(), "title".to_string()),
                ("Notes".to_string(), String::new())
            ]
        );
        assert!(ok.dry_run);
    }

    #[test]
    fn the_column_table_shows_each_header_with_its_automatic_field() {
        let table = column_table("s.csv", b"Session;Day;Notes\n", CsvKind::Sessions).unwrap();
        let fields: Vec<(&str, Option<&str>)> = table.iter().map(|c| (c.header.as_str(), c.field.as_deref())).collect();
        assert_eq!(
            fields,
            [("Session", Some("title")), ("Day", Some("date")), ("Notes", None)]
        );
        let err = column_table("empty.csv", b"", CsvKind::People).unwrap_err();
        assert!(err.to_string().starts_with("empty.csv:1:"), "{err}");
    }
}
