//! Writing the site into a folder.

use std::path::{Path, PathBuf};

use plenary_core::{Error, Result, Store};

use crate::SiteFile;

/// Writes `files` under `folder` (created if needed) with
/// `plenary_core::output::write_all_atomically`, skipping a file whose bytes on disk are already
/// the same. Returns how many files were written.
///
/// # Errors
/// [`Error::Io`] naming the folder or file that could not be created or written (nothing is
/// ever written onto the open store: the path is refused first).
pub fn write_site(files: &[SiteFile], folder: &Path, store: &Store) -> Result<u32> {
    let mut changed: Vec<(PathBuf, &[u8])> = Vec::new();
    for file in files {
        let path = file.path.split('/').fold(folder.to_path_buf(), |p, part| p.join(part));
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::Io {
                path: dir.display().to_string(),
                source: std::io::Error::new(e.kind(), format!("cannot be created: {e}")),
            })?;
        }
        if std::fs::read(&path).is_ok_and(|old| old == file.bytes) {
            continue;
        }
        changed.push((path, &file.bytes));
    }
    plenary_core::output::write_all_atomically(&changed, store)?;
    Ok(changed.len() as u32)
}
