//! Every command the window can call (the UI wraps each in ui/src/lib/api.ts). Each one delegates to a
//! domain crate in a line or three; the rules and their error messages live there.
//!
//! Structured arguments arrive as JSON values and are decoded here (`decode`), so a malformed
//! form reaches the UI as a `CommandError` naming the field, like every other error, instead of
//! Tauri's plain-text argument error.

mod checks;
mod csv;
mod ical;
mod interchange;
mod model;
mod publish;

pub use checks::*;
pub use csv::*;
pub use ical::*;
pub use interchange::*;
pub use model::*;
pub use publish::*;

use plenary_core::ImportReport;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use ts_rs::TS;

use crate::{AppState, CommandError};

type Res<T> = Result<T, CommandError>;

/// The invoke handler with every command registered.
pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        list_events,
        get_schedule,
        create_event,
        update_event,
        duplicate_event,
        suggest_next_edition,
        create_venue,
        update_venue,
        create_room,
        update_room,
        list_people,
        create_person,
        update_person,
        person_sessions,
        people_of_other_events,
        dependents,
        remove,
        restore,
        create_session,
        update_session,
        move_session,
        delete_session,
        restore_session,
        create_vocabulary,
        create_term,
        list_selections,
        save_selection,
        acknowledge_finding,
        check_event,
        find_slots,
        preview_move,
        coverage,
        coverage_csv,
        export_ics,
        preview_ics,
        import_ics,
        import_frab,
        import_csv,
        csv_fields,
        csv_headers,
        import_event_file,
        export_interchange,
        list_releases,
        release_changes,
        create_release,
        publish_site,
        publish_caldav,
        crate::files::save_text,
        crate::files::pick_open_file,
        crate::files::pick_save_file,
        crate::files::pick_folder,
    ]
}

/// Decodes a form value, naming the field that does not fit (`start_date`, `roles.0.role`).
pub fn decode<T: DeserializeOwned>(entity: &str, value: Value) -> Res<T> {
    serde_path_to_error::deserialize(value).map_err(|err| {
        let field = err.path().to_string();
        let message = format!("{entity} {field}: {}", err.inner());
        CommandError::bad_argument(&field, message)
    })
}

/// Payload of the `progress` event that long imports and exports emit.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Progress {
    pub task: String,
    pub done: u64,
    pub total: u64,
}

pub fn emit_progress<R: Runtime>(app: &AppHandle<R>, task: &str, done: u64, total: u64) {
    // Progress is a courtesy: a window that is gone must not fail the job itself.
    let _ = app.emit(
        "progress",
        Progress {
            task: task.into(),
            done,
            total,
        },
    );
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ExportResult {
    pub path: String,
    pub sessions: u32,
    pub bytes: u64,
    /// Sessions the format could not carry, each with why.
    pub omitted: Vec<plenary_interchange::frab::Omitted>,
}

type ProgressFn<'a> = &'a mut dyn FnMut(usize, usize);

/// Decodes one argument that is a choice ("people", "file"), naming it when it is none of them.
fn decode_arg<T: DeserializeOwned>(field: &str, value: Value) -> Res<T> {
    serde_json::from_value(value).map_err(|e| CommandError::bad_argument(field, format!("{field}: {e}")))
}

/// Runs an import on a worker thread of its own (`on_worker`); its progress reaches the window
/// as `progress` events.
async fn import_job<R: Runtime>(
    app: AppHandle<R>,
    job: impl FnOnce(&AppState, ProgressFn<'_>) -> Res<ImportReport> + Send + 'static,
) -> Res<ImportReport> {
    blocking(app, move |app, state| {
        on_worker(|| {
            job(state, &mut |done, total| {
                emit_progress(&app, "import", done as u64, total as u64)
            })
        })
    })
    .await
}

/// The stack of the import worker, in bytes: 8 MiB, what the `plenary` command line's main
/// thread has on Linux. The parsers bound how deep a file may nest (and walk trees without
/// recursion) so that any file fits that stack; tokio's blocking threads, where `blocking`
/// runs, have only 2 MiB, so a file the command line imports could overflow them and abort the
/// whole window. With its own thread the import behaves the same in both.
pub const WORKER_STACK: usize = 8 * 1024 * 1024;

/// Runs `job` on a thread with `WORKER_STACK` and waits for its answer. A panic in it (a bug)
/// becomes an error; the store's transaction has rolled back by then.
pub fn on_worker<T: Send>(job: impl FnOnce() -> Res<T> + Send) -> Res<T> {
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("plenary-import".into())
            .stack_size(WORKER_STACK)
            .spawn_scoped(scope, job)
            .map_err(|e| CommandError::job_failed(format!("could not start the import: {e}")))?
            .join()
            .map_err(|_| CommandError::job_failed("the import stopped on an internal error; nothing was imported"))?
    })
}

/// Runs `job` on the blocking pool with the app's state.
pub(crate) async fn blocking<R: Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    job: impl FnOnce(AppHandle<R>, &AppState) -> Res<T> + Send + 'static,
) -> Res<T> {
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        job(app.clone(), &state)
    })
    .await
    .map_err(|e| CommandError::job_failed(format!("background job failed: {e}")))?
}

#[cfg(test)]
mod tests;
