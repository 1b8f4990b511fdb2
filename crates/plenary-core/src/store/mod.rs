//! The SQLite schedule store.
//!
//! `Store::read()` gives a [`Reader`]; every change goes through `Store::write`, which runs a
//! closure on a [`Tx`] inside one transaction: if the closure fails, nothing is changed.
//! Validation happens in `Tx` before any row is written, so errors name the field.

mod migrations;
mod read;
mod write;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};
pub use migrations::{APPLICATION_ID, MIGRATIONS};
pub use read::{CaldavResource, CaldavTarget};
pub use read::{Reader, CURRENT_RELEASE_NAME, NO_RELEASE_NAME};
pub use write::{edition_title, same_weekday_next_year, slugify, RoomIndex, Tx, Upsert};
pub use write::{
    Cell, Deletable, Dependent, Dependents, EventRows, Removed, RemovedRole, RemovedTag, Restored, RoomLink,
    SessionLink,
};

/// The schedule store: one SQLite file (or memory) holding every event, the people directory and
/// the vocabularies. Reads go through [`Store::read`], every change through [`Store::write`] (one
/// transaction each). Not `Sync`: the shell keeps it behind a mutex.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl Store {
    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    ///
    /// Errors, each naming the path: [`Error::Io`] when the file or its folder cannot be written
    /// (permission denied, a read-only disk: SQLite keeps its journal beside the store);
    /// [`Error::Damaged`] for a damaged file; [`Error::IncompatibleDatabase`] for another
    /// application's SQLite file (only an empty file may become a store) or a newer Plenary's.
    pub fn open(path: &Path) -> Result<Store> {
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        std::fs::create_dir_all(dir).map_err(|e| Error::Io {
            path: dir.display().to_string(),
            source: std::io::Error::new(e.kind(), format!("cannot be created: {e}")),
        })?;
        check_writable(path, dir)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .and_then(|conn| {
            // `foreign_keys` reads nothing; `quick_check` reads the header and every page's
            // structure, so a damaged store is found here, before any write.
            // At most three problems: a badly damaged file has one per page, and the first
            // few say all a reader can act on.
            let found: Vec<String> = conn
                .prepare("PRAGMA quick_check(3)")?
                .query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<_>>()?;
            if found != ["ok"] {
                let lines: Vec<&str> = found
                    .iter()
                    .flat_map(|row| row.lines())
                    .filter(|line| !line.trim().is_empty() && !line.starts_with("*** in database"))
                    .take(3)
                    .collect();
                return Err(rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
                    Some(format!("SQLite's check of the file found: {}", lines.join("; "))),
                ));
            }
            Ok(conn)
        })
        .map_err(|e| explain(path, e.into()))?;
        Self::init(conn, Some(path.to_path_buf())).map_err(|e| explain(path, e))
    }
    /// A private store in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        Self::init(Connection::open_in_memory()?, None)
    }

    fn init(mut conn: Connection, path: Option<PathBuf>) -> Result<Store> {
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrations::migrate(&mut conn)?;
        if path.is_some() {
            conn.pragma_update(None, "journal_mode", "WAL")?;
            // Durable at each commit point of the WAL, without an fsync per transaction.
            conn.pragma_update(None, "synchronous", "NORMAL")?;
        }
        let mut store = Store { conn, path };
        store.write(|tx| tx.ensure_builtin_vocabularies())?;
        Ok(store)
    }

    /// The default store: `$XDG_DATA_HOME/plenary/plenary.db` on Linux.
    pub fn default_path() -> PathBuf {
        dirs::data_dir()
            .unwrap_or_else(|| PathBuf::from("."))
            .join("plenary")
            .join("plenary.db")
    }

    /// The file this store was opened from; `None` for [`Store::open_in_memory`].
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Read access outside a transaction; see [`Reader`].
    pub fn read(&self) -> Reader<'_> {
        Reader::new(&self.conn)
    }

    /// Runs `change` in one transaction: committed if it returns `Ok`, rolled back otherwise.
    pub fn write<T>(&mut self, change: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        let tx = Tx::new(self.conn.transaction()?);
        let value = change(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// [`Store::write`] for imports: with `dry_run` the change runs in full (every check, every
    /// write) and is then rolled back, so a check run reports exactly what the import would do.
    /// The error type is the caller's, so an import keeps its own error kinds.
    pub fn write_or_dry_run<T, E: From<Error>>(
        &mut self,
        dry_run: bool,
        change: impl FnOnce(&Tx<'_>) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let tx = Tx::new(self.conn.transaction().map_err(Error::from)?);
        let value = change(&tx)?;
        if !dry_run {
            tx.commit()?;
        }
        // An uncommitted transaction rolls back when it is dropped.
        Ok(value)
    }
}

/// Refuses a store that cannot be written, before SQLite sees it: SQLite would open a read-only
/// file read-only without a word and fail at the first change, and report a read-only folder
/// as "unable to open database file".
fn check_writable(path: &Path, dir: &Path) -> Result<()> {
    let cannot = |what: &Path, e: std::io::Error| Error::Io {
        path: what.display().to_string(),
        source: std::io::Error::new(e.kind(), format!("cannot be written: {e}")),
    };
    if path.exists() {
        std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
            .map_err(|e| cannot(path, e))?;
    }
    // The journal (and a new store) are created beside the store. An existing file is named
    // with its folder (`--db /proc/version`: the file opens, its folder takes no files); a new
    // one by its folder.
    tempfile::tempfile_in(dir).map_err(|e| {
        if path.exists() {
            return Error::Io {
                path: path.display().to_string(),
                source: std::io::Error::new(
                    e.kind(),
                    format!(
                        "cannot be used as the store: its folder {} takes no new files ({e}), and Plenary keeps the \
                         store's journal beside it",
                        dir.display()
                    ),
                ),
            };
        }
        let mut err = cannot(dir, e);
        if let Error::Io { source, .. } = &mut err {
            *source = std::io::Error::new(
                source.kind(),
                format!("{source} (Plenary keeps the store's journal in its folder)"),
            );
        }
        err
    })?;
    Ok(())
}

/// Says what is wrong with the store at `path` when SQLite's error is about the file itself.
fn explain(path: &Path, err: Error) -> Error {
    use rusqlite::ErrorCode;
    let Error::Database(e) = &err else {
        return err;
    };
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => Error::Damaged {
            path: path.display().to_string(),
            detail: e.to_string(),
        },
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => Error::Io {
            path: path.display().to_string(),
            source: std::io::Error::new(std::io::ErrorKind::PermissionDenied, format!("cannot be written: {e}")),
        },
        _ => err,
    }
}

/// JSON text of a list or struct stored in one column.
fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("model values always serialise")
}

fn from_json<T: serde::de::DeserializeOwned + Default>(text: &str) -> rusqlite::Result<T> {
    if text == "[]" {
        return Ok(T::default());
    }
    serde_json::from_str(text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

#[cfg(test)]
mod tests;
