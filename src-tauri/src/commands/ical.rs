//! iCalendar (plenary-ical): export, preview and import of calendar files.

use plenary_core::{EventId, ImportReport};
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
        let written = write_ics(state, event_id, &options, path)?;
        emit_progress(&app, "export", 1, 1);
        Ok(written)
    })
    .await
}

/// Writes the calendar to `path` (from the save dialog). `sessions` counts sessions, as the
/// exporter wrote them: with items as events a session has several VEVENTs.
pub(super) fn write_ics(state: &AppState, event_id: EventId, options: &IcsOptions, path: String) -> Res<ExportResult> {
    let calendar = state.read(|r| plenary_ical::export_calendar(r, event_id, options))?;
    files::write(state, &path, calendar.text.as_bytes())?;
    Ok(ExportResult {
        path,
        sessions: u32::try_from(calendar.sessions).unwrap_or(u32::MAX),
        bytes: calendar.text.len() as u64,
        omitted: vec![],
    })
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
                .map_err(|e| CommandError::import_refused(&path, e))
        })
    })
    .await
}
