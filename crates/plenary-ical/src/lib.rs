//! iCalendar (RFC 5545 / RFC 7986) export and lenient import for Plenary schedules.
//!
//! - [`export_event`] writes a strict calendar (own writer: CRLF, 75-octet folding on UTF-8
//!   boundaries, TEXT escaping, RFC 6868 parameters, VTIMEZONE derived from the IANA data).
//! - [`import_ics`] reads real-world files leniently into one event, in one transaction, and
//!   reports what was created, updated, unchanged and skipped (with line and reason).

pub mod export;
mod fast_hash;
pub mod import;
pub mod parse;
pub mod text;
pub mod vtimezone;
pub mod windows_zones;
pub mod zone;

pub use export::{
    export_calendar, export_event, export_event_bytes, vevent_count, write_calendar, Calendar, ExportOptions,
    ExportScope, PRODID,
};
pub use import::{import_components, import_ics, import_ics_as_event, ImportOptions};
pub use parse::{Note, ParseError};
/// Why an import was refused as a whole (one type for every importer, from `plenary-core`).
pub use plenary_core::ImportError;
pub use plenary_core::ImportReport;
