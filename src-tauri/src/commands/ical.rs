//! iCalendar (plenary-ical): export, preview and import of calendar files.

use plenary_core::{ErrorKind, EventId, ImportReport};
use plenary_ical::ExportOptions as IcsOptions;
use serde_json::Value;
use tauri::{AppHandle, Runtime, State};

use super::{blocking, decode, emit_progress, import_job, ExportResult, Res};
use crate::{files, AppState, CommandError};

/// Writes the calendar off the UI thread; big events take a moment and the window stays live.
#[tauri::command]
pub async fn export_ics<R: Runtime>(
    app: AppHandle<R>,
    event_id: EventId,
    options: Value,
    path: String,
) -> Res<ExportResult> {
    let options: IcsOptions = decode("export", options)?;
    blocking(app, move |app, state| {
        emit_progress(&app, "export", 0, 1);
        let text = state.read(|r| plenary_ical::export_event(r, event_id, &options))?;
        files::write(state, &path, text.as_bytes())?;
        emit_progress(&app, "export", 1, 1);
        let sessions = text.matches("\r\nBEGIN:VEVENT\r\n").count() as u32;
        Ok(ExportResult {
            path,
            sessions,
            bytes: text.len() as u64,
            omitted: vec![],
        })
    })
    .await
}

#[tauri::command]
pub fn preview_ics(state: State<'_, AppState>, event_id: EventId, options: Value) -> Res<String> {
    let options: IcsOptions = decode("export", options)?;
    state.read(|r| plenary_ical::export_event(r, event_id, &options))
}

/// Imports a calendar file into the event in one transaction (a dry run changes nothing).
#[tauri::command]
pub async fn import_ics<R: Runtime>(
    app: AppHandle<R>,
    event_id: EventId,
    path: String,
    dry_run: bool,
) -> Res<ImportReport> {
    import_job(app, move |state, progress| {
        let bytes = files::read(state, &path)?;
        let options = plenary_ical::ImportOptions { dry_run };
        state.with_store(|store| {
            plenary_ical::import_ics(store, event_id, &path, &bytes, &options, progress)
                .map_err(|e| ical_error(&path, e))
        })
    })
    .await
}

fn ical_error(path: &str, err: plenary_ical::ImportError) -> CommandError {
    match err {
        plenary_ical::ImportError::Parse(e) => {
            CommandError::new(ErrorKind::Invalid, format!("{path}: line {}: {}", e.line, e.message))
        }
        plenary_ical::ImportError::Store(e) => e.into(),
    }
}
