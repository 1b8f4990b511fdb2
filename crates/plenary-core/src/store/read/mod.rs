//! Queries. Whole-event reads fetch each table once and assemble in memory, so reading an
//! event costs a handful of statements however many sessions it has.

mod caldav;
mod events;
mod people;
mod releases;
mod rooms;
mod selections;
mod sessions;
mod vocab;

pub use releases::{CURRENT as CURRENT_RELEASE_NAME, NOTHING as NO_RELEASE_NAME};

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::from_json;
use crate::error::Result;
use crate::model::*;

use people::{person_row, PERSON_COLS};

/// Read access to the store, from [`Store::read`](super::Store::read) or inside a write
/// transaction (`Tx` derefs to it, so a change sees its own writes). Every method returns owned
/// model values; none of them writes.
pub use caldav::{CaldavResource, CaldavTarget};

pub struct Reader<'c> {
    conn: &'c Connection,
}

pub(crate) fn instant(secs: Option<i64>) -> Option<DateTime<Utc>> {
    secs.and_then(|s| DateTime::from_timestamp(s, 0))
}

pub(crate) fn instant_req(secs: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(secs, 0).unwrap_or_default()
}

fn uuid_col(row: &Row, idx: usize) -> rusqlite::Result<Uuid> {
    let text: String = row.get(idx)?;
    Uuid::parse_str(&text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e)))
}

fn date_col(row: &Row, idx: usize) -> rusqlite::Result<NaiveDate> {
    let text: String = row.get(idx)?;
    NaiveDate::parse_from_str(&text, "%Y-%m-%d")
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e)))
}

fn time_col(row: &Row, idx: usize) -> rusqlite::Result<NaiveTime> {
    let text: String = row.get(idx)?;
    NaiveTime::parse_from_str(&text, "%H:%M:%S")
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e)))
}

fn enum_col<T: std::str::FromStr<Err = String>>(row: &Row, idx: usize) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    text.parse::<T>()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, e.into()))
}

fn json_col<T: serde::de::DeserializeOwned + Default>(row: &Row, idx: usize) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    from_json(&text)
}

impl<'c> Reader<'c> {
    pub(crate) fn new(conn: &'c Connection) -> Self {
        Reader { conn }
    }

    /// The connection, for queries kept beside their writes (`write::removal`).
    pub(crate) fn conn(&self) -> &'c Connection {
        self.conn
    }

    fn all<T>(&self, sql: &str, params: impl rusqlite::Params, map: fn(&Row) -> rusqlite::Result<T>) -> Result<Vec<T>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(params, map)?;
        Ok(rows.collect::<rusqlite::Result<Vec<T>>>()?)
    }

    fn one<T>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        map: fn(&Row) -> rusqlite::Result<T>,
    ) -> Result<Option<T>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        Ok(stmt.query_row(params, map).optional()?)
    }

    /// The event with everything in it, in a few statements.
    pub fn schedule(&self, event: EventId) -> Result<Schedule> {
        let event = self.event(event)?;
        let sessions = self.sessions(event.id)?;
        let people = self.all(
            &format!(
                "SELECT {} FROM people p WHERE p.id IN (
                   SELECT r.person_id FROM session_roles r JOIN sessions s ON s.id = r.session_id
                   WHERE s.event_id = ?1)
                 ORDER BY p.name COLLATE NOCASE, p.id",
                prefixed(PERSON_COLS, "p")
            ),
            [event.id],
            person_row,
        )?;
        Ok(Schedule {
            venues: self.venues(event.id)?,
            rooms: self.rooms(event.id)?,
            sessions,
            people,
            vocabularies: self.vocabularies()?,
            terms: self.terms()?,
            event,
        })
    }
}

/// "a, b" → "s.a, s.b": the same column list, qualified for a join.
fn prefixed(cols: &str, table: &str) -> String {
    cols.split(',')
        .map(|c| format!("{table}.{}", c.trim()))
        .collect::<Vec<_>>()
        .join(", ")
}
