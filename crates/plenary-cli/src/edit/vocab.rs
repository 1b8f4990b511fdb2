//! `plenary vocab …`: vocabularies and their terms.

use clap::Subcommand;

use super::Db;
use crate::util::{open_store, print_json, CliResult};

#[derive(Subcommand)]
pub enum VocabCmd {
    /// Vocabularies and their terms.
    List {
        #[arg(long)]
        json: bool,
    },
    /// A vocabulary of your own (tracks, topics, themed days).
    Add {
        /// Handle, e.g. tracks.
        key: String,
        name: String,
        #[arg(long, default_value = "")]
        description: String,
    },
    /// A term in one of your vocabularies.
    Term {
        /// The vocabulary's handle.
        vocabulary: String,
        /// Short code, e.g. dpi-day.
        code: String,
        label: String,
    },
}

pub fn vocab(db: &Db, cmd: VocabCmd) -> CliResult {
    let mut store = open_store(db)?;
    match cmd {
        VocabCmd::List { json } => {
            let reader = store.read();
            let vocabularies = reader.vocabularies()?;
            let terms = reader.terms()?;
            if json {
                return print_json(&serde_json::json!({ "vocabularies": vocabularies, "terms": terms }));
            }
            for v in vocabularies {
                outln!("{} ({}){}", v.name, v.key, if v.builtin { ", built in" } else { "" });
                for t in terms.iter().filter(|t| t.vocabulary_id == v.id) {
                    outln!("  {}:{:<18} {}", v.key, t.code, t.label);
                }
            }
        }
        VocabCmd::Add { key, name, description } => {
            let v = store.write(|tx| tx.create_vocabulary(&key, &name, &description))?;
            outln!("Created vocabulary {} ({}).", v.name, v.key);
        }
        VocabCmd::Term {
            vocabulary,
            code,
            label,
        } => {
            let t = store.write(|tx| {
                let v = tx.read().vocabulary_by_key(&vocabulary)?;
                tx.create_term(v.id, &code, &label)
            })?;
            outln!("Created term {vocabulary}:{} ({}).", t.code, t.label);
        }
    }
    Ok(())
}
