//! Commands that create and change the schedule. Each runs in one store transaction. One file
//! per command group: `event`, `room` (venues and rooms), `person`, `session`, `role` (roles
//! and tags), `vocab`, `selection`; here `demo` and the parsers they share.

mod event;
mod person;
mod role;
mod room;
mod selection;
mod session;
mod vocab;

pub use event::{event, EventCmd};
pub use person::{person, PersonCmd};
pub use role::{role, tag, RoleCmd, TagCmd};
pub use room::{room, venue, RoomCmd, VenueCmd};
pub use selection::{selection, SelectionCmd};
pub use session::{session, SessionCmd};
pub use vocab::{vocab, VocabCmd};

use std::path::PathBuf;

use chrono::{NaiveDate, NaiveTime};
use plenary_core::time;
use plenary_core::*;

use crate::util::{open_store, CliResult};

type Db = Option<PathBuf>;

pub fn demo(db: &Db) -> CliResult {
    let mut store = open_store(db)?;
    let added = store.write(demo::load)?;
    if added == 0 {
        outln!("The demo programme is already loaded.");
    } else {
        outln!("Loaded {added} demo event(s). See them with `plenary events list`.");
    }
    Ok(())
}

/// Replaces a field only when the option was given on the command line.
fn set<T>(slot: &mut T, value: Option<T>) {
    if let Some(value) = value {
        *slot = value;
    }
}

fn date(text: &str, field: &str) -> Result<NaiveDate, Error> {
    time::parse_date(text, "event", field)
}

/// A day change as the user writes it: `HH:MM` (24-hour local time, as frab writes it); the
/// error names `event day_change`.
fn day_change(text: &str) -> Result<NaiveTime, Error> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").map_err(|_| {
        Error::invalid(
            "event",
            "day_change",
            format!("{text:?} is not a time of day; write HH:MM, as in 06:00"),
        )
    })
}

/// The session `session` of the event `event` (each an id, UUID, slug or code).
fn event_session(tx: &Tx<'_>, event: &str, session: &str) -> Result<(Event, Session), Error> {
    let event = tx.read().find_event(event)?;
    let session = tx.read().find_session(event.id, session)?;
    Ok((event, session))
}
