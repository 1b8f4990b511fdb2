//! The only door between the window and the file system. The webview never names a file on its
//! own: it asks the shell to show an Open or Save dialog (`pick_open_file`, `pick_save_file`),
//! the shell remembers each path the person chose there for the rest of this run, and the
//! commands that read or write files accept only those paths (`read` only what an Open dialog
//! returned, `write` only what a Save dialog returned, `folder` only a folder a folder dialog
//! returned, for outputs of many files such as the published site). A script in the page that makes up a
//! path (`/etc/passwd`, `~/.bashrc`) gets a `path` error and no byte is read or written.
//!
//! End-to-end tests cannot click GTK's native dialogs. In debug builds only, the variable
//! `PLENARY_E2E_DIALOGS`, read once when the app starts, names a folder whose files `open`,
//! `save` and `folder` hold the path each dialog answers (no file: the person cancelled). The answer still
//! goes through `Picked` like a real choice, so the tests exercise the same refusal rules. The
//! variable is set by the test harness in the app's environment, which the page cannot touch,
//! and release builds (the .deb) never read it: `cfg!(debug_assertions)` compiles it out.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use plenary_core::{InputProblem, ProblemCode};
use serde::Deserialize;
use serde_json::Value;
use tauri::{AppHandle, Runtime, State, WebviewWindow};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

use crate::commands::{blocking, decode};
use crate::{AppState, CommandError};

type Res<T> = Result<T, CommandError>;

/// The variable of the end-to-end tests' scripted dialogs (debug builds only, see above).
pub const E2E_DIALOGS_VAR: &str = "PLENARY_E2E_DIALOGS";

/// The paths the person chose in this run's dialogs: the only ones the commands touch.
#[derive(Debug, Default)]
pub struct Picked {
    open: Mutex<HashSet<PathBuf>>,
    save: Mutex<HashSet<PathBuf>>,
    folder: Mutex<HashSet<PathBuf>>,
    /// Debug builds under test: the folder of the scripted dialog answers.
    scripted: Option<PathBuf>,
}

/// Which dialog a path came from, and so what it may be used for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialog {
    /// An Open dialog: the file may be read.
    Open,
    /// A Save dialog: the file may be written (replaced).
    Save,
    /// A folder dialog: files may be written inside the folder (a published site).
    Folder,
}

impl Picked {
    /// The set of this run, empty; in a debug build with `PLENARY_E2E_DIALOGS` set, with the
    /// tests' scripted answers in place of the native dialogs.
    pub fn from_env() -> Picked {
        let scripted = if cfg!(debug_assertions) {
            std::env::var_os(E2E_DIALOGS_VAR)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        } else {
            None
        };
        Picked {
            scripted,
            ..Picked::default()
        }
    }

    fn set(&self, dialog: Dialog) -> &Mutex<HashSet<PathBuf>> {
        match dialog {
            Dialog::Open => &self.open,
            Dialog::Save => &self.save,
            Dialog::Folder => &self.folder,
        }
    }

    /// Remembers a path the person chose in a dialog of this kind.
    pub fn remember(&self, dialog: Dialog, path: &Path) {
        // The sets are only inserted into and read: a panic elsewhere cannot leave one half-done.
        let mut set = self.set(dialog).lock().unwrap_or_else(|p| p.into_inner());
        set.insert(path.to_path_buf());
    }

    /// The path, if a dialog of this kind returned exactly it in this run; else an error naming
    /// the `path` field that tells the person to choose the file again.
    pub fn vet(&self, dialog: Dialog, path: &str) -> Res<PathBuf> {
        let path = PathBuf::from(path);
        let set = self.set(dialog).lock().unwrap_or_else(|p| p.into_inner());
        if set.contains(&path) {
            return Ok(path);
        }
        let (verb, name) = match dialog {
            Dialog::Open => ("reads", "Open"),
            Dialog::Save => ("writes", "Save"),
            Dialog::Folder => ("writes into", "folder"),
        };
        let message = format!(
            "{}: Plenary {verb} only files chosen in its {name} dialog; choose the file again",
            path.display()
        );
        Err(CommandError::invalid("path", message).because(file_problem(ProblemCode::NotChosen, &path)))
    }
}

/// A problem of the `path` field about the file at `path`, named by its file name.
fn file_problem(code: ProblemCode, path: &Path) -> InputProblem {
    let name = path
        .file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    InputProblem::new("path", code).with("file", name)
}

/// A filter of a file dialog: "iCalendar" with `["ics"]`.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct FileFilter {
    pub name: String,
    pub extensions: Vec<String>,
}

/// Shows the Open dialog; the chosen file may then be read by the import commands. `None`
/// when the person cancels.
#[tauri::command]
pub async fn pick_open_file<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    filters: Value,
) -> Res<Option<String>> {
    let filters: Vec<FileFilter> = decode("file dialog filters", filters)?;
    blocking(app, move |app, state| {
        pick(&app, &window, state, Dialog::Open, "", &filters)
    })
    .await
}

/// Shows the Save dialog with a proposed file name; the chosen path may then be written by the
/// export commands. `None` when the person cancels.
#[tauri::command]
pub async fn pick_save_file<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    default_name: String,
    filters: Value,
) -> Res<Option<String>> {
    let filters: Vec<FileFilter> = decode("file dialog filters", filters)?;
    blocking(app, move |app, state| {
        pick(&app, &window, state, Dialog::Save, &default_name, &filters)
    })
    .await
}

/// Shows the folder dialog; files may then be written inside the chosen folder (the published
/// site). `None` when the person cancels.
#[tauri::command]
pub async fn pick_folder<R: Runtime>(app: AppHandle<R>, window: WebviewWindow<R>) -> Res<Option<String>> {
    blocking(app, move |app, state| {
        pick(&app, &window, state, Dialog::Folder, "", &[])
    })
    .await
}

/// Saves text the UI made (a CSV) at the path the person picked in the save dialog.
#[tauri::command]
pub fn save_text(state: State<'_, AppState>, path: String, contents: String) -> Res<()> {
    write(&state, &path, contents.as_bytes())
}

/// Runs on a blocking thread: the dialog's `blocking_*` calls wait for the person and must not
/// run on the main thread, which draws the dialog.
fn pick<R: Runtime>(
    app: &AppHandle<R>,
    window: &WebviewWindow<R>,
    state: &AppState,
    dialog: Dialog,
    default_name: &str,
    filters: &[FileFilter],
) -> Res<Option<String>> {
    let chosen = match &state.picked().scripted {
        Some(dir) => scripted_answer(dir, dialog)?,
        None => {
            let mut builder = app.dialog().file().set_parent(window);
            for f in filters {
                let extensions: Vec<&str> = f.extensions.iter().map(String::as_str).collect();
                builder = builder.add_filter(&f.name, &extensions);
            }
            if !default_name.is_empty() {
                builder = builder.set_file_name(default_name);
            }
            let picked = match dialog {
                Dialog::Open => builder.blocking_pick_file(),
                Dialog::Save => builder.blocking_save_file(),
                Dialog::Folder => builder.blocking_pick_folder(),
            };
            picked
                .map(|p| {
                    p.into_path()
                        .map_err(|e| CommandError::job_failed(format!("the dialog's answer: {e}")))
                })
                .transpose()?
        }
    };
    let Some(path) = chosen else { return Ok(None) };
    // The window gets the path as text and sends it back as text: a name that is not UTF-8
    // would come back as another path, so it is refused here, in words.
    let Some(text) = path.to_str() else {
        let message = format!(
            "{}: Plenary can only use file names that are valid UTF-8",
            path.display()
        );
        return Err(CommandError::invalid("path", message).because(file_problem(ProblemCode::NameNotUtf8, &path)));
    };
    state.picked().remember(dialog, &path);
    Ok(Some(text.to_string()))
}

/// The e2e tests' answer to a dialog: the path in `<dir>/open`, `<dir>/save` or `<dir>/folder`, or a cancel
/// when that file is absent or empty.
fn scripted_answer(dir: &Path, dialog: Dialog) -> Res<Option<PathBuf>> {
    let file = dir.join(match dialog {
        Dialog::Open => "open",
        Dialog::Save => "save",
        Dialog::Folder => "folder",
    });
    match std::fs::read_to_string(&file) {
        Ok(text) => Ok(Some(text.trim_end_matches(['\r', '\n']))
            .filter(|t| !t.is_empty())
            .map(PathBuf::from)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(CommandError::file("path", &file, &e)),
    }
}

/// Reads a file an Open dialog returned.
pub fn read(state: &AppState, path: &str) -> Res<Vec<u8>> {
    let path = state.picked().vet(Dialog::Open, path)?;
    std::fs::read(&path).map_err(|e| CommandError::file("path", &path, &e))
}

/// A folder a folder dialog returned, to write a many-file output into.
pub fn folder(state: &AppState, path: &str) -> Res<PathBuf> {
    state.picked().vet(Dialog::Folder, path)
}

/// Writes a file a Save dialog returned, through plenary-core's `write_atomically`: a temporary
/// file and a rename, so a failed write never leaves half a file, and never onto the open store
/// or its journals (by any name or link). Its errors name the `path` field.
pub fn write(state: &AppState, path: &str, bytes: &[u8]) -> Res<()> {
    let path = state.picked().vet(Dialog::Save, path)?;
    state.with_store(|store| {
        plenary_core::output::write_atomically(&path, bytes, store).map_err(|e| {
            let mut err = CommandError::from(e);
            err.field = Some("path".into());
            for problem in &mut err.problems {
                problem.field = "path".into();
            }
            err
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_no_dialog_returned_is_refused_with_a_code_naming_the_file() {
        let err = Picked::default().vet(Dialog::Open, "/home/a/.bashrc").unwrap_err();
        assert_eq!(err.field.as_deref(), Some("path"));
        assert_eq!(err.problems.len(), 1);
        assert_eq!(err.problems[0].code, ProblemCode::NotChosen);
        assert_eq!(err.problems[0].params["file"], ".bashrc");
        assert!(
            err.message.contains("only files chosen in its Open dialog"),
            "{}",
            err.message
        );
    }
}
