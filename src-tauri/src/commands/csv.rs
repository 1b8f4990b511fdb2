//! CSV spreadsheets (plenary-interchange's `csv`): people, or sessions into an event, with the
//! person's column mapping.

use plenary_core::{ErrorKind, EventId, ImportReport};
use plenary_interchange::csv as sheets;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tauri::{AppHandle, Runtime};
use ts_rs::TS;

use super::interchange::import_file;
use super::{blocking, decode, decode_arg, import_job, ProgressFn, Res};
use crate::{files, AppState, CommandError};

/// Which spreadsheet `import_csv` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CsvKind {
    People,
    Sessions,
}

/// One column of a CSV file whose header does not name its field ("E-mail address" → email).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, TS)]
pub struct ColumnMap {
    pub header: String,
    pub field: String,
}

/// Imports people, or sessions into the event, from a CSV file. Columns are found by their
/// headers; `map` names the field of columns whose header says otherwise.
#[tauri::command]
pub async fn import_csv<R: Runtime>(
    app: AppHandle<R>,
    event_id: EventId,
    path: String,
    what: Value,
    map: Option<Value>,
    dry_run: bool,
) -> Res<ImportReport> {
    let what: CsvKind = decode_arg("what", what)?;
    let map: Vec<ColumnMap> = map
        .map(|m| decode("column mapping", m))
        .transpose()?
        .unwrap_or_default();
    import_job(app, move |state, progress| {
        csv_import(state, event_id, &path, what, &map, dry_run, progress)
    })
    .await
}

/// The fields a CSV column can be mapped to, for the mapping's pickers.
#[tauri::command]
pub fn csv_fields(what: Value) -> Res<Vec<String>> {
    let what: CsvKind = decode_arg("what", what)?;
    Ok(fields_of(what).iter().map(|f| f.to_string()).collect())
}

/// One column of a CSV file as an import without mappings reads it: its header and the field it
/// goes to by that header, or none when the import leaves it out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CsvColumn {
    pub header: String,
    pub field: Option<String>,
}

/// The file's header row and each column's automatic field, for the mapping table shown before
/// an import (by the crate's own rule, so the table shows what the import will do).
#[tauri::command]
pub async fn csv_headers<R: Runtime>(app: AppHandle<R>, path: String, what: Value) -> Res<Vec<CsvColumn>> {
    let what: CsvKind = decode_arg("what", what)?;
    blocking(app, move |_, state| csv_columns(state, &path, what)).await
}

/// The work of `csv_headers`: reads the file, nothing else.
pub fn csv_columns(state: &AppState, path: &str, what: CsvKind) -> Res<Vec<CsvColumn>> {
    let bytes = files::read(state, path)?;
    // A format error already reads "file:line: message".
    let columns = sheets::columns(path, &bytes, fields_of(what))
        .map_err(|e| CommandError::new(ErrorKind::Invalid, e.to_string()))?;
    Ok(columns
        .into_iter()
        .map(|(header, field)| CsvColumn {
            header,
            field: field.map(str::to_string),
        })
        .collect())
}

fn fields_of(what: CsvKind) -> &'static [&'static str] {
    match what {
        CsvKind::People => sheets::PERSON_FIELDS,
        CsvKind::Sessions => sheets::SESSION_FIELDS,
    }
}

/// The work of `import_csv`. People are shared by every event; sessions go into `event_id`.
pub fn csv_import(
    state: &AppState,
    event_id: EventId,
    path: &str,
    what: CsvKind,
    map: &[ColumnMap],
    dry_run: bool,
    progress: ProgressFn<'_>,
) -> Res<ImportReport> {
    let fields = fields_of(what);
    for (i, column) in map.iter().enumerate() {
        if column.header.trim().is_empty() {
            return Err(CommandError::invalid(
                &format!("map.{i}.header"),
                "column mapping: which column?",
            ));
        }
        // The empty field is "not imported": it leaves out a column its header would map.
        if !column.field.is_empty() && !fields.contains(&column.field.as_str()) {
            let message = format!(
                "column mapping: {:?} is not a field; use one of {}",
                column.field,
                fields.join(", ")
            );
            return Err(CommandError::invalid(&format!("map.{i}.field"), message));
        }
    }
    let map = map
        .iter()
        .map(|c| (c.header.trim().to_string(), c.field.clone()))
        .collect();
    let options = sheets::CsvOptions { map, dry_run };
    match what {
        CsvKind::People => import_file(state, path, |store, bytes| {
            sheets::import_people(store, path, bytes, &options, progress)
        }),
        CsvKind::Sessions => {
            // By UUID: a slug or title could name another event.
            let event = state.read(|r| r.event(event_id))?.uuid.to_string();
            import_file(state, path, |store, bytes| {
                sheets::import_sessions(store, path, bytes, &event, &options, progress)
            })
        }
    }
}
