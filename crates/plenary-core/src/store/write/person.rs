//! People.

use rusqlite::params;
use uuid::Uuid;

use super::{required, Tx, Upsert};
use crate::error::Result;
use crate::model::*;
use crate::sane;
use crate::store::to_json;
use crate::validate::{InputProblem, ProblemCode, Problems};

/// Every rule of a person's fields, each broken one recorded (see `Problems`).
fn validate_person(data: &PersonData) -> Result<()> {
    let mut all = Problems::new("person");
    all.take(required("person", "name", &data.name))?;
    if !data.email.is_empty() && !data.email.contains('@') {
        all.push(InputProblem::new("email", ProblemCode::NotAnEmail).with("value", &data.email));
    }
    for (i, a) in data.availability.iter().enumerate() {
        all.take(sane::check_instant(
            "person",
            &format!("availability[{i}].start"),
            a.start,
        ))?;
        all.take(sane::check_instant("person", &format!("availability[{i}].end"), a.end))?;
        if a.end <= a.start {
            all.push(InputProblem::new(
                format!("availability[{i}].end"),
                ProblemCode::EndsBeforeItStarts,
            ));
        }
    }
    all.finish()
}

impl Tx<'_> {
    /// Adds a person to the directory with a new UUID.
    ///
    /// # Errors
    /// As [`Tx::insert_person`].
    pub fn create_person(&self, data: &PersonData) -> Result<Person> {
        self.insert_person(Uuid::new_v4(), data)
    }

    /// Adds a person with a given UUID.
    ///
    /// # Errors
    /// [`Error::Invalid`] naming the field (no name, an e-mail address without `@`, an
    /// availability span that ends before it starts or falls outside 1900–2200).
    pub fn insert_person(&self, uuid: Uuid, data: &PersonData) -> Result<Person> {
        validate_person(data)?;
        self.exec_person(
            "INSERT INTO people (uuid, honorific, name, function, organisation, bio, email, phone, availability)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            &uuid.to_string(),
            data,
        )?;
        Ok(Person {
            id: self.tx.last_insert_rowid(),
            uuid,
            data: data.clone(),
        })
    }

    /// Replaces a person's fields (roles are untouched).
    ///
    /// # Errors
    /// As [`Tx::insert_person`]; [`Error::NotFound`] for an unknown person.
    pub fn update_person(&self, id: PersonId, data: &PersonData) -> Result<Person> {
        validate_person(data)?;
        let changed = self.exec_person(
            "UPDATE people SET honorific = ?2, name = ?3, function = ?4, organisation = ?5, bio = ?6,
                    email = ?7, phone = ?8, availability = ?9 WHERE id = ?1",
            &id,
            data,
        )?;
        self.must_change("person", id, changed)?;
        self.read().person(id)
    }

    /// Runs `sql` (the INSERT or the UPDATE) with `key` (the UUID or the row id) as ?1 and the
    /// fields in their stored form as ?2 to ?9, so both statements bind the same way.
    fn exec_person(&self, sql: &str, key: &dyn rusqlite::ToSql, data: &PersonData) -> Result<usize> {
        self.exec(
            sql,
            params![
                key,
                data.honorific,
                data.name,
                data.function,
                data.organisation,
                data.bio,
                data.email,
                data.phone,
                to_json(&data.availability),
            ],
        )
    }

    /// Deletes a person and their roles in every session.
    pub fn delete_person(&self, id: PersonId) -> Result<()> {
        self.known.borrow_mut().people.remove(&id);
        let changed = self.exec("DELETE FROM people WHERE id = ?1", [id])?;
        self.must_change("person", id, changed)
    }

    /// Creates the person, or updates the one with this UUID.
    pub fn upsert_person(&self, uuid: Uuid, data: &PersonData) -> Result<(Person, Upsert)> {
        match self.read().person_by_uuid(uuid)? {
            None => Ok((self.insert_person(uuid, data)?, Upsert::Created)),
            Some(old) if old.data == *data => Ok((old, Upsert::Unchanged)),
            Some(old) => Ok((self.update_person(old.id, data)?, Upsert::Updated)),
        }
    }
}
