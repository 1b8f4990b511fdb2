//! Schedule interchange: frab schedule XML/JSON, CSV spreadsheets, and portable event files.
//!
//! Every import runs in one store transaction (nothing changes when it fails), can run as a dry
//! run (the same work, rolled back), reports progress through a callback, and returns an
//! [`ImportReport`]. Every export is a pure function from a [`plenary_core::Schedule`] to text.

pub mod csv;
pub mod event_file;
pub mod frab;
pub use plenary_core::report::{Conflict, Counts, EventRef, ImportReport, Note, Skipped};
/// Why an import was refused as a whole (one type for every importer, from `plenary-core`).
pub use plenary_core::ImportError;

use std::borrow::Cow;

use plenary_core::{Schedule, Store};
use uuid::Uuid;

/// Namespace of the UUIDs derived from identifiers in imported files (v5), so that importing the
/// same file twice finds the same rooms, people and sessions instead of duplicating them.
pub(crate) const IMPORT_NAMESPACE: Uuid = Uuid::from_u128(0x6c1f_4d0e_9a57_4b8e_b3c1_2f7a_90d4_e615);

pub(crate) fn derived_uuid(scope: &Uuid, key: &str) -> Uuid {
    Uuid::new_v5(scope, key.as_bytes())
}

/// The store's rule for links (`plenary_core::link`): imports check it first so that one bad
/// link drops the link, not the session.
pub(crate) fn is_absolute_uri(value: &str) -> bool {
    plenary_core::link::is_safe_link(value)
}

/// What every export starts from: the event's stored days checked (a timetable walks them one
/// by one, so a hand-written store's year +262142 is refused naming `event start_date` or
/// `event end_date` instead of looping or panicking), and links a participant could not safely
/// open left out (`plenary_core::link::without_unsafe_links`; an old store may hold them).
pub(crate) fn exportable(schedule: &Schedule) -> plenary_core::Result<Cow<'_, Schedule>> {
    plenary_core::sane::check_event_days(&schedule.event.data)?;
    Ok(plenary_core::link::without_unsafe_links(schedule))
}

/// Byte offsets of line starts, to turn a parser's byte position into a 1-based line number.
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(text: &[u8]) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
    }

    pub(crate) fn line(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}

/// Runs `work` in one store transaction. With `dry_run`, the work is done in full (every check
/// runs) and then rolled back; the report says so.
pub(crate) fn in_transaction(
    store: &mut Store,
    dry_run: bool,
    work: impl FnOnce(&plenary_core::Tx<'_>) -> Result<ImportReport, ImportError>,
) -> Result<ImportReport, ImportError> {
    let mut report = store.write_or_dry_run(dry_run, work)?;
    report.dry_run = dry_run;
    Ok(report)
}
