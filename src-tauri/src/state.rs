//! The app's state: one store behind a mutex (SQLite connections are not shared between
//! threads), opened at the user's data dir or at `PLENARY_DB` (tests point it at a temp file),
//! the paths this run's file dialogs returned (`files::Picked`), and the incremental checker of
//! each event the agenda drags sessions in, and the watch for other writers (`watch_other_writers`).

use std::collections::hash_map::{Entry, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use plenary_checks::{CheckConfig, Checker};
use plenary_core::{ErrorKind, EventId, Reader, Schedule, Store, Tx};

use crate::files::Picked;
use crate::CommandError;

pub struct AppState {
    store: Mutex<Store>,
    picked: Picked,
    checkers: Mutex<Checkers>,
    /// The store connection's `PRAGMA data_version` when last looked at (`others_wrote`).
    seen_version: AtomicI64,
}

/// The Tauri event the window reloads on: another program (the CLI, a second window) changed the
/// store. No payload.
pub const STORE_CHANGED: &str = "store-changed";

/// How often the watch looks for other writers: well under the "few seconds" a person waits for
/// the window to catch up, and a `PRAGMA data_version` costs microseconds.
const WATCH_EVERY: Duration = Duration::from_secs(1);

/// Per event, a checker and the schedule it was built from (the sessions as stored, to put a
/// previewed session back). Every write empties it, so no checker outlives the store it read.
type Checkers = HashMap<EventId, (Schedule, Checker)>;

impl AppState {
    /// `PLENARY_DB` if set, else the XDG data dir.
    pub fn db_path() -> PathBuf {
        std::env::var_os("PLENARY_DB")
            .filter(|p| !p.is_empty())
            .map(PathBuf::from)
            .unwrap_or_else(Store::default_path)
    }

    pub fn open_default() -> Result<AppState, CommandError> {
        Self::open(&Self::db_path())
    }

    /// Opens the store; on the very first start (no events, and the demo was never loaded into
    /// this store) loads the demo programme so a new user sees a real agenda. The marker file
    /// keeps a user who deleted every event from getting the demo back.
    pub fn open(path: &Path) -> Result<AppState, CommandError> {
        let mut store = Store::open(path)?;
        let marker = demo_marker(path);
        if !marker.exists() && store.read().events()?.is_empty() {
            store.write(plenary_core::demo::load)?;
            std::fs::write(&marker, "The demo programme was loaded into this store once.\n").map_err(|e| {
                // The full path for the log; the window words the file's problem by its code.
                CommandError::new(ErrorKind::Io, format!("{}: {e}", marker.display()))
                    .because(plenary_core::validate::file_problem("", &marker, &e))
            })?;
        }
        Ok(Self::from_store(store))
    }

    /// A state over a store opened elsewhere (tests use an in-memory one, without the demo).
    /// The dialogs are the real ones unless a debug build's environment scripts them
    /// (`files::Picked::from_env`).
    pub fn from_store(store: Store) -> AppState {
        // A store whose version cannot be read now reports its trouble at the first command.
        let version = store.read().data_version().unwrap_or_default();
        AppState {
            store: Mutex::new(store),
            picked: Picked::from_env(),
            checkers: Mutex::default(),
            seen_version: AtomicI64::new(version),
        }
    }

    /// Whether another connection committed to the store since the last call; if so, the drag
    /// checkers are emptied, as after the window's own writes.
    ///
    /// SQLite's `PRAGMA data_version` on the window's own connection changes exactly when
    /// another connection commits, never for the window's own writes, and costs no file I/O in
    /// WAL mode, so polling it is both exact and cheap. A file watcher (inotify) would fire on the
    /// window's own writes and on every WAL checkpoint, and needs another dependency.
    ///
    /// # Errors
    /// The store's error when SQLite fails.
    pub fn others_wrote(&self) -> Result<bool, CommandError> {
        let store = self.lock()?;
        let now = store.read().data_version()?;
        let changed = self.seen_version.swap(now, Ordering::SeqCst) != now;
        if changed {
            self.store_changed();
        }
        Ok(changed)
    }

    /// The paths the person chose in this run's file dialogs.
    pub fn picked(&self) -> &Picked {
        &self.picked
    }

    fn lock(&self) -> Result<MutexGuard<'_, Store>, CommandError> {
        // A panic inside an earlier command leaves SQLite consistent (its transaction rolled
        // back), so the store stays usable.
        Ok(self.store.lock().unwrap_or_else(|poisoned| poisoned.into_inner()))
    }

    pub fn read<T>(&self, query: impl FnOnce(&Reader<'_>) -> plenary_core::Result<T>) -> Result<T, CommandError> {
        let store = self.lock()?;
        Ok(query(&store.read())?)
    }

    /// One transaction: nothing changes when `change` fails.
    pub fn write<T>(&self, change: impl FnOnce(&Tx<'_>) -> plenary_core::Result<T>) -> Result<T, CommandError> {
        let mut store = self.lock()?;
        self.store_changed();
        Ok(store.write(change)?)
    }

    /// Direct access for the long-running jobs (imports, exports) that run off the UI thread.
    pub fn with_store<T>(&self, job: impl FnOnce(&mut Store) -> Result<T, CommandError>) -> Result<T, CommandError> {
        let mut store = self.lock()?;
        self.store_changed();
        job(&mut store)
    }

    /// Runs `query` on the event's incremental checker (default settings, the event's
    /// acknowledgements) and the schedule it was built from. The checker is built on first use
    /// and again after any write to the store, so a drag re-checks in microseconds but never
    /// against an old schedule. `query` must leave the checker as the schedule is.
    pub fn with_checker<T>(
        &self,
        event: EventId,
        query: impl FnOnce(&mut Checker, &Schedule) -> plenary_core::Result<T>,
    ) -> Result<T, CommandError> {
        // The store's lock first, as in `write`: no write can come between the build and the
        // query.
        let store = self.lock()?;
        let mut checkers = self.checkers.lock().unwrap_or_else(|poisoned| {
            // A query that panicked may have left its checker half moved: build them again.
            let mut checkers = poisoned.into_inner();
            checkers.clear();
            checkers
        });
        let (schedule, checker) = match checkers.entry(event) {
            Entry::Occupied(built) => built.into_mut(),
            Entry::Vacant(slot) => {
                let (checker, schedule) =
                    plenary_checks::stored::checker_with_schedule(&store.read(), event, &CheckConfig::default())?;
                slot.insert((schedule, checker))
            }
        };
        Ok(query(checker, schedule)?)
    }

    /// Called with the store locked for a write: every checker is stale from now on.
    fn store_changed(&self) {
        self.checkers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clear();
    }
}

/// Starts the thread that tells the window when another program changed the store: every
/// [`WATCH_EVERY`] it asks [`AppState::others_wrote`] and emits [`STORE_CHANGED`] when so. It
/// ends with the process.
pub fn watch_other_writers<R: tauri::Runtime>(app: tauri::AppHandle<R>) {
    use tauri::{Emitter, Manager};
    std::thread::spawn(move || loop {
        std::thread::sleep(WATCH_EVERY);
        let state = app.state::<AppState>();
        // A failed look (a damaged file) is reported by the next command; keep watching.
        if let Ok(true) = state.others_wrote() {
            // The window may be closing: nothing to tell then.
            let _ = app.emit(STORE_CHANGED, ());
        }
    });
}

fn demo_marker(db: &Path) -> PathBuf {
    let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".demo-loaded");
    db.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_start_loads_the_demo_once() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("plenary.db");
        let state = AppState::open(&db).unwrap();
        let events = state.read(|r| r.events()).unwrap();
        assert!(
            events.iter().any(|e| e.slug == plenary_core::demo::DEMO_SLUGS[0]),
            "{events:?}"
        );
        for e in &events {
            state.write(|tx| tx.delete_event(e.id)).unwrap();
        }
        drop(state);
        // Deleting everything must not bring the demo back on the next start.
        let state = AppState::open(&db).unwrap();
        assert!(state.read(|r| r.events()).unwrap().is_empty());
    }

    #[test]
    fn another_writer_is_noticed_once_and_empties_the_checkers() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("plenary.db");
        let state = AppState::open(&db).unwrap();
        let event = state.read(|r| r.events()).unwrap()[0].id;
        state.with_checker(event, |_, _| Ok(())).unwrap();
        assert!(!state.others_wrote().unwrap(), "nobody else wrote");
        // The window's own writes are not another writer's.
        state
            .write(|tx| {
                tx.create_person(&plenary_core::PersonData {
                    name: "Ana Silva".into(),
                    ..Default::default()
                })
            })
            .unwrap();
        assert!(!state.others_wrote().unwrap());
        state.with_checker(event, |_, _| Ok(())).unwrap();
        let mut cli = Store::open(&db).unwrap();
        cli.write(|tx| {
            tx.create_person(&plenary_core::PersonData {
                name: "Ben Okafor".into(),
                ..Default::default()
            })
        })
        .unwrap();
        assert!(!state.checkers.lock().unwrap().is_empty());
        assert!(state.others_wrote().unwrap());
        assert!(
            state.checkers.lock().unwrap().is_empty(),
            "the drag checker's cache is emptied"
        );
        assert!(!state.others_wrote().unwrap(), "once");
    }

    #[test]
    fn an_existing_store_with_events_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("plenary.db");
        let mut store = Store::open(&db).unwrap();
        store
            .write(|tx| {
                plenary_core::generate::large_event(
                    tx,
                    "mine",
                    plenary_core::generate::Size {
                        sessions: 3,
                        rooms: 1,
                        people: 2,
                    },
                )
            })
            .unwrap();
        drop(store);
        let state = AppState::open(&db).unwrap();
        let slugs: Vec<String> = state
            .read(|r| r.events())
            .unwrap()
            .into_iter()
            .map(|e| e.slug)
            .collect();
        assert_eq!(slugs, ["mine"]);
    }
}
