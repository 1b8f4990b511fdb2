//! Schedule interchange (plenary-interchange): frab XML/JSON, Plenary event files, and the
//! exports of every interchange format. CSV imports are in `csv`.

use plenary_core::*;
use plenary_interchange::event_file::{self, EventFileOptions, Take};
use plenary_interchange::frab::{self, FrabOptions};
use plenary_interchange::{csv as sheets, ImportError};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tauri::{AppHandle, Runtime};
use ts_rs::TS;

use super::{blocking, decode, decode_arg, emit_progress, import_job, ExportResult, ProgressFn, Res};
use crate::{files, AppState, CommandError};

/// Which side an event-file merge keeps where both organisers changed a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MergeSide {
    /// Keep this store's version (the default) and list the conflict in the report.
    Store,
    /// Take the file's version.
    File,
}

/// The organiser's choice for one conflicting session of an event-file merge, made after a run
/// listed the conflict; it overrides `take` for that session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, TS)]
pub struct SessionChoice {
    #[ts(type = "string")]
    pub session: uuid::Uuid,
    pub take: MergeSide,
}

/// The formats `export_interchange` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum InterchangeFormat {
    FrabXml,
    FrabJson,
    CsvSessions,
    CsvPeople,
    EventFile,
}

/// What `export_interchange` is asked to write. `include_private` applies to the formats that
/// can carry private data (CSV people, event files) and is off unless the person ticks it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, TS)]
pub struct InterchangeExport {
    pub format: InterchangeFormat,
    #[serde(default)]
    pub include_private: bool,
}

/// Imports a frab schedule (XML or JSON, detected): creates an event, or updates the one an
/// earlier import of the same programme created. `timezone` is needed when the file names none.
#[tauri::command]
pub async fn import_frab<R: Runtime>(
    app: AppHandle<R>,
    path: String,
    timezone: Option<String>,
    dry_run: bool,
) -> Res<ImportReport> {
    import_job(app, move |state, progress| {
        frab_import(state, &path, timezone, dry_run, progress)
    })
    .await
}

/// Imports a Plenary event file: a new event, or a merge by UUID into this store's copy.
#[tauri::command]
pub async fn import_event_file<R: Runtime>(
    app: AppHandle<R>,
    path: String,
    take: Value,
    choices: Option<Value>,
    dry_run: bool,
) -> Res<ImportReport> {
    let (take, choices) = (decode_arg("take", take)?, decode_choices(choices)?);
    import_job(app, move |state, progress| {
        event_file_import(state, &path, take, &choices, dry_run, progress)
    })
    .await
}

/// Writes the event as frab XML/JSON, CSV or an event file at the path the save dialog gave.
#[tauri::command]
pub async fn export_interchange<R: Runtime>(
    app: AppHandle<R>,
    event_id: EventId,
    options: Value,
    path: String,
) -> Res<ExportResult> {
    let options: InterchangeExport = decode("export", options)?;
    blocking(app, move |app, state| {
        emit_progress(&app, "export", 0, 1);
        let result = interchange_export(state, event_id, &options, path)?;
        emit_progress(&app, "export", 1, 1);
        Ok(result)
    })
    .await
}

/// The work of `import_frab`, apart from the window (the unit tests call it directly).
pub fn frab_import(
    state: &AppState,
    path: &str,
    timezone: Option<String>,
    dry_run: bool,
    progress: ProgressFn<'_>,
) -> Res<ImportReport> {
    // An empty zone field means "none"; a zone that is given is checked here so that the error
    // names the window's field rather than the command line's option.
    let timezone = timezone.map(|z| z.trim().to_string()).filter(|z| !z.is_empty());
    if let Some(zone) = &timezone {
        time::parse_zone(zone, "import", "timezone")?;
    }
    let options = FrabOptions { timezone, dry_run };
    import_file(state, path, |store, bytes| {
        frab::import(store, path, bytes, &options, progress)
    })
}

/// The work of `import_event_file`.
pub fn event_file_import(
    state: &AppState,
    path: &str,
    take: MergeSide,
    choices: &[SessionChoice],
    dry_run: bool,
    progress: ProgressFn<'_>,
) -> Res<ImportReport> {
    let side = |take| match take {
        MergeSide::Store => Take::Store,
        MergeSide::File => Take::File,
    };
    let options = EventFileOptions {
        take: side(take),
        choices: choices.iter().map(|c| (c.session, side(c.take))).collect(),
        dry_run,
    };
    import_file(state, path, |store, bytes| {
        event_file::import(store, path, bytes, &options, progress)
    })
}

/// The work of `export_interchange`: one read of the schedule, one pure export, one write.
pub fn interchange_export(
    state: &AppState,
    event_id: EventId,
    options: &InterchangeExport,
    path: String,
) -> Res<ExportResult> {
    // The frab <version> is the latest release's name, as on the command line.
    let (schedule, version) =
        state.read(|r| Ok((r.schedule(event_id)?, r.latest_release(event_id)?.map(|r| r.name))))?;
    let private = options.include_private;
    let (text, omitted) = match options.format {
        InterchangeFormat::FrabXml => {
            let out = frab::to_xml_versioned(&schedule, version.as_deref())?;
            (out.text, out.omitted)
        }
        InterchangeFormat::FrabJson => {
            let out = frab::to_json_versioned(&schedule, version.as_deref())?;
            (out.text, out.omitted)
        }
        InterchangeFormat::CsvSessions => (sheets::export_sessions(&schedule), vec![]),
        InterchangeFormat::CsvPeople => (sheets::export_people(&schedule, private), vec![]),
        InterchangeFormat::EventFile => (event_file::export(&schedule, private), vec![]),
    };
    files::write(state, &path, text.as_bytes())?;
    let sessions = match options.format {
        InterchangeFormat::CsvPeople => 0,
        _ => (schedule.sessions.len() - omitted.len()) as u32,
    };
    Ok(ExportResult {
        path,
        sessions,
        bytes: text.len() as u64,
        omitted,
    })
}

/// Reads the file the person picked, then runs `import` with the store (one transaction inside).
pub(super) fn import_file(
    state: &AppState,
    path: &str,
    import: impl FnOnce(&mut Store, &[u8]) -> Result<ImportReport, ImportError>,
) -> Res<ImportReport> {
    let bytes = files::read(state, path)?;
    state.with_store(|store| import(store, &bytes).map_err(|e| CommandError::import_refused(path, e)))
}

/// The per-session choices of an event-file import; a bad entry is named as `choices[i].field`.
pub(super) fn decode_choices(choices: Option<Value>) -> Res<Vec<SessionChoice>> {
    let Some(value) = choices.filter(|v| !v.is_null()) else {
        return Ok(Vec::new());
    };
    decode("event file choices", value).map_err(|mut err| {
        let path = err.field.take().filter(|p| p != ".").unwrap_or_default();
        err.field = Some(format!("choices{path}"));
        err
    })
}
