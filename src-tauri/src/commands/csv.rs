//! CSV spreadsheets (plenary-interchange's `csv`): people, or sessions into an event, with the
//! person's column mapping. The fields, the header rule and the mapping's checks are the crate's
//! (`CsvKind`, `column_table`, `CsvOptions::mapped`).

use plenary_core::{EventId, ImportReport};
use plenary_interchange::csv as sheets;
pub use plenary_interchange::csv::{ColumnMap, CsvColumn, CsvKind};
use serde_json::Value;
use tauri::{AppHandle, Runtime};

use super::interchange::import_file;
use super::{blocking, decode, decode_arg, import_job, ProgressFn, Res};
use crate::{files, AppState, CommandError};

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
    let (what, map) = (decode_arg("what", what)?, decode_map(map)?);
    import_job(app, move |state, progress| {
        csv_import(state, event_id, &path, what, &map, dry_run, progress)
    })
    .await
}

/// The fields a CSV column can be mapped to, for the mapping's pickers.
#[tauri::command]
pub fn csv_fields(what: Value) -> Res<Vec<String>> {
    Ok(decode_arg::<CsvKind>("what", what)?
        .fields()
        .iter()
        .map(|f| f.to_string())
        .collect())
}

/// The file's header row and each column's automatic field, for the mapping table shown before
/// an import (by the crate's own rule, so the table shows what the import will do).
#[tauri::command]
pub async fn csv_headers<R: Runtime>(app: AppHandle<R>, path: String, what: Value) -> Res<Vec<CsvColumn>> {
    let what: CsvKind = decode_arg("what", what)?;
    blocking(app, move |_, state| csv_columns(state, &path, what)).await
}

fn decode_map(map: Option<Value>) -> Res<Vec<ColumnMap>> {
    Ok(map
        .map(|m| decode("column mapping", m))
        .transpose()?
        .unwrap_or_default())
}

/// The work of `csv_headers`: reads the file, nothing else.
pub fn csv_columns(state: &AppState, path: &str, what: CsvKind) -> Res<Vec<CsvColumn>> {
    // A sheet the columns cannot be read from is refused as its import would be, and worded
    // the same way (`importError.ts`).
    sheets::column_table(path, &files::read(state, path)?, what).map_err(|e| CommandError::import_refused(path, e))
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
    let options = sheets::CsvOptions::mapped(what, map, dry_run)?;
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
