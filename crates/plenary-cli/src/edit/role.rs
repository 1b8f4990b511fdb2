//! `plenary role …` and `plenary tag …`: who does what in a session, and its tags.

use clap::Subcommand;
use plenary_core::*;

use super::{event_session, Db};
use crate::util::{open_store, CliResult};

#[derive(Subcommand)]
pub enum RoleCmd {
    /// Give a person a role in a session (appended, or at --position starting from 1).
    Add {
        #[arg(long)]
        event: String,
        /// The session: its id, code or UUID; write id:N or code:C when a code is another
        /// session's id.
        #[arg(long)]
        session: String,
        #[arg(long)]
        person: String,
        #[arg(long)]
        role: Role,
        #[arg(long)]
        position: Option<usize>,
    },
    /// Take a person's role(s) in a session away.
    Remove {
        #[arg(long)]
        event: String,
        /// The session: its id, code or UUID; write id:N or code:C when a code is another
        /// session's id.
        #[arg(long)]
        session: String,
        #[arg(long)]
        person: String,
        /// Only this role (default: all of the person's roles in the session).
        #[arg(long)]
        role: Option<Role>,
    },
}

pub fn role(db: &Db, cmd: RoleCmd) -> CliResult {
    let mut store = open_store(db)?;
    match cmd {
        RoleCmd::Add {
            event,
            session,
            person,
            role,
            position,
        } => {
            store.write(|tx| {
                let (_, old) = event_session(tx, &event, &session)?;
                let person = tx.read().find_person(&person)?;
                let mut data = old.data.clone();
                let at = position
                    .map(|p| p.saturating_sub(1).min(data.roles.len()))
                    .unwrap_or(data.roles.len());
                data.roles.insert(
                    at,
                    RoleAssignment {
                        person_id: person.id,
                        role,
                    },
                );
                tx.update_session(old.id, &data)
            })?;
            outln!("Added {person} as {}.", role.label());
        }
        RoleCmd::Remove {
            event,
            session,
            person,
            role,
        } => {
            store.write(|tx| {
                let (_, old) = event_session(tx, &event, &session)?;
                let person = tx.read().find_person(&person)?;
                let mut data = old.data.clone();
                let before = data.roles.len();
                data.roles
                    .retain(|r| !(r.person_id == person.id && role.is_none_or(|role| role == r.role)));
                if data.roles.len() == before {
                    return Err(Error::not_found("role of", &person.data.name));
                }
                tx.update_session(old.id, &data)
            })?;
            outln!("Removed {person}'s role.");
        }
    }
    Ok(())
}

#[derive(Subcommand)]
pub enum TagCmd {
    /// Tag a session with a term written vocabulary:code (sdg:9, wsis:C7.e-health, gdc:1).
    Add {
        #[arg(long)]
        event: String,
        /// The session: its id, code or UUID; write id:N or code:C when a code is another
        /// session's id.
        #[arg(long)]
        session: String,
        term: String,
    },
    /// Remove a tag.
    Remove {
        #[arg(long)]
        event: String,
        /// The session: its id, code or UUID; write id:N or code:C when a code is another
        /// session's id.
        #[arg(long)]
        session: String,
        term: String,
    },
}

pub fn tag(db: &Db, cmd: TagCmd) -> CliResult {
    let mut store = open_store(db)?;
    let (event, session, term, add) = match cmd {
        TagCmd::Add { event, session, term } => (event, session, term, true),
        TagCmd::Remove { event, session, term } => (event, session, term, false),
    };
    store.write(|tx| {
        let (_, old) = event_session(tx, &event, &session)?;
        let term = tx.read().find_term(&term)?;
        let mut data = old.data.clone();
        if add {
            if !data.tags.contains(&term.id) {
                data.tags.push(term.id);
            }
        } else {
            data.tags.retain(|t| *t != term.id);
        }
        tx.update_session(old.id, &data)
    })?;
    outln!("{} tag {term}.", if add { "Added" } else { "Removed" });
    Ok(())
}
