//! Plenary's core: the schedule model, its validation, local-time rules and the SQLite store.
//! Nothing here knows about Tauri or any GUI.

pub mod demo;
pub mod error;
pub mod generate;
pub mod import_error;
pub mod link;
pub mod model;
pub mod output;
pub mod release;
pub mod report;
pub mod sane;
pub mod store;
pub mod time;
pub mod validate;
pub mod vocab;

pub use error::{Error, ErrorKind, RestoreBlock, Result};
pub use import_error::{FormatProblem, ImportError};
pub use model::*;
pub use report::ImportReport;
pub use store::{same_weekday_next_year, slugify, Reader, Store, Tx, Upsert};
pub use validate::{InputProblem, ProblemCode};
