//! Spreadsheets: CSV import of people and of sessions with a header mapping, and CSV export of
//! sessions, people and the coverage matrix (sessions against SDGs, WSIS Action Lines and GDC
//! objectives).
//!
//! Import maps each column to a field: by the header itself when it names a field (or a common
//! synonym: "E-mail", "Organization", "Speakers"…), or by an explicit `header=field` mapping.
//! A row that cannot be imported is skipped with its line and the reason; the other rows are
//! imported, all in one transaction. Times are local times in the event's zone.

mod columns;
mod coverage;
mod guard;
mod people;
mod sessions;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use crate::{ImportError, ImportReport};
use plenary_core::report::Remark;

pub use columns::{column_table, columns, ColumnMap, CsvColumn, CsvKind, PERSON_FIELDS, SESSION_FIELDS};
pub use coverage::{coverage, coverage_csv, export_coverage, Cover, Coverage, CoverageColumn, CoverageRow, FRAMEWORKS};
pub use guard::guard_cell;
pub use people::{export_people, import_people};
pub use sessions::{export_sessions, import_sessions};

use guard::unguard;

struct Row<'a> {
    record: &'a csv::StringRecord,
    map: &'a HashMap<&'static str, usize>,
    /// The record's line in the file, for notes.
    line: Option<usize>,
}

/// Runs `each` on every record as a [`Row`] (with its line and its index), calling
/// `progress(done, total)` before each row and once at the end; stops at the first error.
fn for_each_row<'a, E>(
    records: &'a [csv::StringRecord],
    map: &'a HashMap<&'static str, usize>,
    progress: &mut dyn FnMut(usize, usize),
    mut each: impl FnMut(usize, Row<'a>) -> Result<(), E>,
) -> Result<(), E> {
    let total = records.len();
    for (i, record) in records.iter().enumerate() {
        progress(i, total);
        let line = line_of(record);
        each(i, Row { record, map, line })?;
    }
    progress(total, total);
    Ok(())
}

/// Notes about one row name its line when the reader knows it.
trait NoteAt {
    fn note_at(&mut self, line: Option<usize>, remark: Remark);
}

impl NoteAt for ImportReport {
    fn note_at(&mut self, line: Option<usize>, remark: Remark) {
        match line {
            Some(l) => self.note(l, remark),
            None => self.warn(remark),
        }
    }
}

impl Row<'_> {
    fn get(&self, field: &str) -> &str {
        self.map
            .get(field)
            .and_then(|c| self.record.get(*c))
            .map(str::trim)
            .map(unguard)
            .unwrap_or("")
    }
    fn has(&self, field: &str) -> bool {
        self.map.contains_key(field)
    }
    fn list(&self, field: &str) -> Vec<String> {
        split_list(self.get(field))
    }
}

fn split_list(text: &str) -> Vec<String> {
    text.split([';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn reader<'b>(source: &str, bytes: &'b [u8]) -> Result<(csv::Reader<&'b [u8]>, csv::StringRecord), ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // Spreadsheets in many locales save with ";" between fields: take the one the header uses.
    let first_line = bytes.split(|b| *b == b'\n').next().unwrap_or(b"");
    let count = |d: u8| first_line.iter().filter(|b| **b == d).count();
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| count(*d))
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(bytes);
    let headers = reader
        .headers()
        .map_err(|e| {
            ImportError::format(
                source,
                Some(1),
                plenary_core::FormatProblem::UnreadableHeader,
                format!("cannot read the header row: {e}"),
            )
        })?
        .clone();
    if headers.is_empty() {
        return Err(ImportError::format(
            source,
            Some(1),
            plenary_core::FormatProblem::NoHeaderRow,
            "the file has no header row",
        ));
    }
    Ok((reader, headers))
}

/// The header row and every record of a CSV file (see [`reader`]); a record the csv crate
/// cannot read refuses the file, naming its line.
fn rows(source: &str, bytes: &[u8]) -> Result<(csv::StringRecord, Vec<csv::StringRecord>), ImportError> {
    let (mut rd, headers) = reader(source, bytes)?;
    let records = rd.records().collect::<Result<_, _>>().map_err(|e| {
        ImportError::format(
            source,
            e.position().map(|p| p.line() as usize),
            plenary_core::FormatProblem::UnreadableRow,
            e.to_string(),
        )
    })?;
    Ok((headers, records))
}

fn line_of(record: &csv::StringRecord) -> Option<usize> {
    record.position().map(|p| p.line() as usize)
}

/// How a CSV import reads its file (see [`CsvOptions::mapped`] for a window's mapping).
#[derive(Debug, Clone, Default)]
pub struct CsvOptions {
    /// (column header, field) pairs.
    pub map: Vec<(String, String)>,
    pub dry_run: bool,
}

/// Writes one row with every cell guarded ([`guard_cell`]).
fn write_row<I, T>(w: &mut csv::Writer<Vec<u8>>, cells: I)
where
    I: IntoIterator<Item = T>,
    T: AsRef<str>,
{
    let _ = w.write_record(cells.into_iter().map(|c| guard_cell(c.as_ref())));
}

fn finish(writer: csv::Writer<Vec<u8>>) -> String {
    let bytes = writer.into_inner().expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("CSV of UTF-8 text is UTF-8")
}
