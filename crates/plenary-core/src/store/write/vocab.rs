//! Vocabularies and their terms.

use rusqlite::params;
use uuid::Uuid;

use super::{required, Tx};
use crate::error::{Error, Result};
use crate::model::*;
use crate::vocab::BUILTIN;

impl Tx<'_> {
    /// Seeds the built-in vocabularies once (called on every open; cheap when present).
    pub(crate) fn ensure_builtin_vocabularies(&self) -> Result<()> {
        for vocab in BUILTIN {
            let exists: bool = self.tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM vocabularies WHERE key = ?1)",
                [vocab.key],
                |r| r.get(0),
            )?;
            if exists {
                continue;
            }
            let created = self.insert_vocabulary(vocab.key, vocab.name, vocab.description, true)?;
            for (pos, (code, label, parent)) in vocab.terms.iter().enumerate() {
                self.insert_term(created.id, code, label, parent.map(str::to_string), pos as i32)?;
            }
        }
        Ok(())
    }

    pub fn create_vocabulary(&self, key: &str, name: &str, description: &str) -> Result<Vocabulary> {
        let ok = !key.is_empty()
            && key
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !ok {
            return Err(Error::invalid(
                "vocabulary",
                "key",
                format!("{key:?} must be lower-case letters, digits and dashes"),
            ));
        }
        required("vocabulary", "name", name)?;
        if self.read().vocabulary_by_key(key).is_ok() {
            return Err(Error::Taken {
                entity: "vocabulary",
                field: "key",
                value: key.to_string(),
            });
        }
        self.insert_vocabulary(key, name, description, false)
    }

    fn insert_vocabulary(&self, key: &str, name: &str, description: &str, builtin: bool) -> Result<Vocabulary> {
        let uuid = Uuid::new_v4();
        self.exec(
            "INSERT INTO vocabularies (uuid, key, name, description, builtin) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![uuid.to_string(), key, name, description, builtin],
        )?;
        Ok(Vocabulary {
            id: self.tx.last_insert_rowid(),
            uuid,
            key: key.into(),
            name: name.into(),
            description: description.into(),
            builtin,
        })
    }

    /// Adds a term to a user vocabulary (built-in ones are fixed).
    pub fn create_term(&self, vocabulary: VocabularyId, code: &str, label: &str) -> Result<Term> {
        required("term", "code", code)?;
        required("term", "label", label)?;
        if code.contains(':') || code.chars().any(char::is_whitespace) {
            return Err(Error::invalid(
                "term",
                "code",
                "a code has no spaces or colons, as in dpi-day",
            ));
        }
        let vocab = self
            .read()
            .vocabularies()?
            .into_iter()
            .find(|v| v.id == vocabulary)
            .ok_or_else(|| Error::invalid("term", "vocabulary_id", format!("there is no vocabulary {vocabulary}")))?;
        if vocab.builtin {
            return Err(Error::invalid(
                "term",
                "vocabulary_id",
                format!("{} is built in and cannot change", vocab.name),
            ));
        }
        let position: i32 = self.tx.query_row(
            "SELECT COALESCE(MAX(position) + 1, 0) FROM terms WHERE vocabulary_id = ?1",
            [vocabulary],
            |r| r.get(0),
        )?;
        let taken: bool = self.tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM terms WHERE vocabulary_id = ?1 AND code = ?2)",
            params![vocabulary, code],
            |r| r.get(0),
        )?;
        if taken {
            return Err(Error::Taken {
                entity: "term",
                field: "code",
                value: format!("{}:{code}", vocab.key),
            });
        }
        self.insert_term(vocabulary, code, label, None, position)
    }

    fn insert_term(
        &self,
        vocabulary: VocabularyId,
        code: &str,
        label: &str,
        parent: Option<String>,
        position: i32,
    ) -> Result<Term> {
        let uuid = Uuid::new_v4();
        self.exec(
            "INSERT INTO terms (uuid, vocabulary_id, code, label, parent_code, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![uuid.to_string(), vocabulary, code, label, parent, position],
        )?;
        Ok(Term {
            id: self.tx.last_insert_rowid(),
            uuid,
            vocabulary_id: vocabulary,
            code: code.into(),
            label: label.into(),
            parent_code: parent,
            position,
        })
    }

    /// The term `vocabulary:code`, creating the vocabulary and term when missing (imports use
    /// this for tracks and topics).
    pub fn ensure_term(&self, vocabulary_key: &str, vocabulary_name: &str, code: &str, label: &str) -> Result<Term> {
        self.find_or_create_term(vocabulary_key, vocabulary_name, code, label)
            .map(|(term, _)| term)
    }
}
