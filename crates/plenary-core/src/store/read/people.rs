//! People.

use rusqlite::Row;
use uuid::Uuid;

use super::{json_col, uuid_col, Reader};
use crate::error::{Error, Result};
use crate::model::*;

pub(super) const PERSON_COLS: &str =
    "id, uuid, honorific, name, function, organisation, bio, email, phone, availability";

pub(super) fn person_row(row: &Row) -> rusqlite::Result<Person> {
    Ok(Person {
        id: row.get(0)?,
        uuid: uuid_col(row, 1)?,
        data: PersonData {
            honorific: row.get(2)?,
            name: row.get(3)?,
            function: row.get(4)?,
            organisation: row.get(5)?,
            bio: row.get(6)?,
            email: row.get(7)?,
            phone: row.get(8)?,
            availability: json_col(row, 9)?,
        },
    })
}

impl Reader<'_> {
    /// The whole directory of people (shared by all events), by name ignoring case.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn people(&self) -> Result<Vec<Person>> {
        self.all(
            &format!("SELECT {PERSON_COLS} FROM people ORDER BY name COLLATE NOCASE, id"),
            [],
            person_row,
        )
    }

    /// The people who take part only in other events: a role in a session of some event other
    /// than `event` and none in `event`, by row id. Pickers list everyone else first (people of
    /// `event`, and people with no role anywhere yet, such as one just created), so that another
    /// event's speakers appear only on request.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn people_of_other_events(&self, event: EventId) -> Result<Vec<PersonId>> {
        self.all(
            "SELECT DISTINCT r.person_id FROM session_roles r JOIN sessions s ON s.id = r.session_id
             WHERE s.event_id <> ?1 AND r.person_id NOT IN
               (SELECT r2.person_id FROM session_roles r2 JOIN sessions s2 ON s2.id = r2.session_id
                WHERE s2.event_id = ?1)
             ORDER BY r.person_id",
            [event],
            |r| r.get(0),
        )
    }

    /// The person with row id `id`.
    ///
    /// # Errors
    /// [`Error::NotFound`] when there is none.
    pub fn person(&self, id: PersonId) -> Result<Person> {
        self.one(
            &format!("SELECT {PERSON_COLS} FROM people WHERE id = ?1"),
            [id],
            person_row,
        )?
        .ok_or_else(|| Error::not_found("person", id))
    }

    /// The person whose permanent UUID is `uuid`, if any.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn person_by_uuid(&self, uuid: Uuid) -> Result<Option<Person>> {
        self.one(
            &format!("SELECT {PERSON_COLS} FROM people WHERE uuid = ?1"),
            [uuid.to_string()],
            person_row,
        )
    }

    /// A person by id, UUID or exact name (the first of that name, by id).
    ///
    /// # Errors
    /// [`Error::NotFound`] naming `key` when nothing matches.
    pub fn find_person(&self, key: &str) -> Result<Person> {
        self.one(
            &format!(
                "SELECT {PERSON_COLS} FROM people WHERE name = ?1 OR uuid = ?1 OR CAST(id AS TEXT) = ?1
                 ORDER BY id LIMIT 1"
            ),
            [key],
            person_row,
        )?
        .ok_or_else(|| Error::not_found("person", key))
    }
}
