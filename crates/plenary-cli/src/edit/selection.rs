//! `plenary selection …`: named selections of sessions.

use clap::Subcommand;
use plenary_core::*;

use super::Db;
use crate::util::{open_store, print_json, CliResult};

#[derive(Subcommand)]
pub enum SelectionCmd {
    /// Save (or replace) a named selection of sessions.
    Save {
        #[arg(long)]
        event: String,
        #[arg(long)]
        name: String,
        /// Session ids, codes or UUIDs; id:N or code:C when a code is another session's id.
        sessions: Vec<String>,
    },
    /// The event's selections.
    List {
        #[arg(long)]
        event: String,
        #[arg(long)]
        json: bool,
    },
}

pub fn selection(db: &Db, cmd: SelectionCmd) -> CliResult {
    let mut store = open_store(db)?;
    match cmd {
        SelectionCmd::Save { event, name, sessions } => {
            let saved = store.write(|tx| {
                let event = tx.read().find_event(&event)?;
                let ids = sessions
                    .iter()
                    .map(|s| tx.read().find_session(event.id, s).map(|s| s.id))
                    .collect::<Result<Vec<_>, _>>()?;
                tx.save_selection(event.id, &name, &ids)
            })?;
            outln!(
                "Saved selection {:?} with {} session(s).",
                saved.name,
                saved.sessions.len()
            );
        }
        SelectionCmd::List { event, json } => {
            let reader = store.read();
            let event = reader.find_event(&event)?;
            let selections = reader.selections(event.id)?;
            if json {
                return print_json(&selections);
            }
            for s in selections {
                outln!("{:<24} {} session(s)", s.name, s.sessions.len());
            }
        }
    }
    Ok(())
}
