//! Changes. Each method validates its input first and returns a typed error naming the field;
//! the surrounding `Store::write` rolls everything back when any step fails. One file per
//! entity: `event`, `room` (venues and rooms), `person`, `session`, `vocab` (vocabularies and
//! terms), `selection` (selections and acknowledgements), then `find` (the importers'
//! find-or-create: `RoomIndex`, `keep_or_update_*`, `find_or_create_term`); here the transaction and the checks
//! they share.

mod caldav;
mod event;
mod find;
mod person;
mod release;
mod removal;
mod room;
mod selection;
mod session;
mod vocab;

pub use event::{edition_title, same_weekday_next_year, slugify};
pub use find::RoomIndex;
pub use removal::{
    Cell, Deletable, Dependent, Dependents, EventRows, Removed, RemovedRole, RemovedTag, Restored, RoomLink,
    SessionLink,
};

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use rusqlite::Transaction;

use super::read::Reader;
use crate::error::{Error, Result};
use crate::model::*;
use crate::validate::{InputProblem, ProblemCode, Problems};

/// What an upsert by UUID did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Upsert {
    Created,
    Updated,
    Unchanged,
}

pub struct Tx<'c> {
    tx: Transaction<'c>,
    /// Facts already looked up in this transaction, so that validating thousands of sessions in
    /// one import does not ask SQLite the same questions thousands of times. Entries are only
    /// ever positive facts and are dropped when a change could make them false.
    known: RefCell<Known>,
}

#[derive(Default)]
struct Known {
    bounds: HashMap<EventId, (DateTime<Utc>, DateTime<Utc>)>,
    room_event: HashMap<RoomId, EventId>,
    people: HashSet<PersonId>,
    terms: HashSet<TermId>,
}

fn now() -> DateTime<Utc> {
    // Whole seconds: what the store keeps, so a value read back equals the value returned.
    DateTime::from_timestamp(Utc::now().timestamp(), 0).unwrap_or_default()
}

fn secs(t: Option<DateTime<Utc>>) -> Option<i64> {
    t.map(|t| t.timestamp())
}

fn required(entity: &'static str, field: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(Error::problems(
            entity,
            vec![InputProblem::new(field, ProblemCode::Required)],
        ));
    }
    Ok(())
}

/// A link must be one a participant can safely open (`crate::link`, the one rule for links).
fn check_uri(entity: &'static str, field: &str, value: &str) -> Result<()> {
    crate::link::check_link(value).map_err(|why| Error::problems(entity, vec![why.problem(field, value)]))
}

/// Every named link, each refusal recorded in `all`.
fn check_links(all: &mut Problems, entity: &'static str, links: &[Link]) -> Result<()> {
    for (i, link) in links.iter().enumerate() {
        all.take(check_uri(entity, &format!("links[{i}].url"), &link.url))?;
    }
    Ok(())
}

impl<'c> Tx<'c> {
    pub(crate) fn new(tx: Transaction<'c>) -> Self {
        Tx {
            tx,
            known: RefCell::default(),
        }
    }

    pub(crate) fn commit(self) -> Result<()> {
        Ok(self.tx.commit()?)
    }

    /// Reads inside this transaction (they see its uncommitted changes).
    pub fn read(&self) -> Reader<'_> {
        Reader::new(&self.tx)
    }

    fn exec(&self, sql: &str, params: impl rusqlite::Params) -> Result<usize> {
        Ok(self.tx.prepare_cached(sql)?.execute(params)?)
    }

    fn must_change(&self, entity: &'static str, id: i64, changed: usize) -> Result<()> {
        if changed == 0 {
            return Err(Error::not_found(entity, id));
        }
        Ok(())
    }
}
