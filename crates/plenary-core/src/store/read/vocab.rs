//! Vocabularies and terms.

use rusqlite::{params, Row};

use super::{prefixed, uuid_col, Reader};
use crate::error::{Error, Result};
use crate::model::*;

const VOCABULARY_COLS: &str = "id, uuid, key, name, description, builtin";

fn vocabulary_row(row: &Row) -> rusqlite::Result<Vocabulary> {
    Ok(Vocabulary {
        id: row.get(0)?,
        uuid: uuid_col(row, 1)?,
        key: row.get(2)?,
        name: row.get(3)?,
        description: row.get(4)?,
        builtin: row.get(5)?,
    })
}

const TERM_COLS: &str = "id, uuid, vocabulary_id, code, label, parent_code, position";

fn term_row(row: &Row) -> rusqlite::Result<Term> {
    Ok(Term {
        id: row.get(0)?,
        uuid: uuid_col(row, 1)?,
        vocabulary_id: row.get(2)?,
        code: row.get(3)?,
        label: row.get(4)?,
        parent_code: row.get(5)?,
        position: row.get(6)?,
    })
}

impl Reader<'_> {
    /// Every vocabulary, the built-in ones (SDGs, WSIS Action Lines, GDC objectives) first.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn vocabularies(&self) -> Result<Vec<Vocabulary>> {
        self.all(
            &format!("SELECT {VOCABULARY_COLS} FROM vocabularies ORDER BY builtin DESC, id"),
            [],
            vocabulary_row,
        )
    }

    /// The vocabulary whose key is `key` (`sdg`, `wsis`, `gdc` or an organiser's own).
    ///
    /// # Errors
    /// [`Error::NotFound`] naming `key` when there is none.
    pub fn vocabulary_by_key(&self, key: &str) -> Result<Vocabulary> {
        self.one(
            &format!("SELECT {VOCABULARY_COLS} FROM vocabularies WHERE key = ?1"),
            [key],
            vocabulary_row,
        )?
        .ok_or_else(|| Error::not_found("vocabulary", key))
    }

    /// Every term of every vocabulary, in each vocabulary's order.
    ///
    /// # Errors
    /// [`Error::Database`] when SQLite fails.
    pub fn terms(&self) -> Result<Vec<Term>> {
        self.all(
            &format!("SELECT {TERM_COLS} FROM terms ORDER BY vocabulary_id, position, id"),
            [],
            term_row,
        )
    }

    /// A term written as `vocabulary:code` ("sdg:9", "wsis:C7.e-health", "days:dpi-day").
    ///
    /// # Errors
    /// [`Error::Invalid`] (field `term`) when `reference` has no colon; [`Error::NotFound`] when
    /// no such term exists.
    pub fn find_term(&self, reference: &str) -> Result<Term> {
        let (vocabulary, code) = reference.split_once(':').ok_or_else(|| {
            Error::invalid(
                "tag",
                "term",
                format!("{reference:?} is not written vocabulary:code, as in sdg:9"),
            )
        })?;
        self.one(
            &format!(
                "SELECT {} FROM terms t JOIN vocabularies v ON v.id = t.vocabulary_id
                 WHERE v.key = ?1 AND t.code = ?2",
                prefixed(TERM_COLS, "t")
            ),
            params![vocabulary, code],
            term_row,
        )?
        .ok_or_else(|| Error::not_found("term", reference))
    }
}
