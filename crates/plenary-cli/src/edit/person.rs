//! `plenary person …`.

use clap::{Args, Subcommand};
use plenary_core::*;

use super::Db;
use crate::util::{open_store, print_json, show_local, CliResult};

#[derive(Subcommand)]
pub enum PersonCmd {
    /// Add a person.
    Add {
        #[command(flatten)]
        fields: PersonFields,
    },
    /// Change a person.
    Edit {
        /// Id, UUID or exact name.
        #[arg(long)]
        person: String,
        #[command(flatten)]
        fields: PersonFields,
    },
    /// Everyone in the store, optionally only names containing SEARCH.
    List {
        #[arg(long)]
        search: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// A person's sessions in order, where and when, with their co-speakers.
    Show {
        #[arg(long)]
        person: String,
        #[arg(long)]
        json: bool,
    },
    /// Delete a person and their roles.
    Delete {
        #[arg(long)]
        person: String,
    },
}

#[derive(Args)]
pub struct PersonFields {
    #[arg(long)]
    name: Option<String>,
    #[arg(long)]
    honorific: Option<String>,
    /// Function or title.
    #[arg(long)]
    function: Option<String>,
    #[arg(long)]
    organisation: Option<String>,
    #[arg(long)]
    bio: Option<String>,
    /// Private: never exported unless asked for.
    #[arg(long)]
    email: Option<String>,
    /// Private: never exported unless asked for.
    #[arg(long)]
    phone: Option<String>,
    /// A window in which the person can take part, as START/END with offsets, e.g.
    /// 2026-07-10T09:00+02:00/2026-07-10T13:00+02:00 (repeat; replaces the list).
    #[arg(long = "available", value_parser = parse_window)]
    availability: Vec<Availability>,
}

fn parse_window(text: &str) -> Result<Availability, String> {
    let parse = |t: &str| {
        chrono::DateTime::parse_from_rfc3339(t)
            .or_else(|_| chrono::DateTime::parse_from_str(t, "%Y-%m-%dT%H:%M%:z"))
            .map(|t| t.with_timezone(&chrono::Utc))
            .map_err(|_| format!("{t:?} is not a time with an offset like 2026-07-10T09:00+02:00"))
    };
    let (start, end) = text
        .split_once('/')
        .ok_or_else(|| format!("{text:?} is not START/END"))?;
    Ok(Availability {
        start: parse(start)?,
        end: parse(end)?,
    })
}

impl PersonFields {
    fn apply(self, data: &mut PersonData) {
        if !self.availability.is_empty() {
            data.availability = self.availability;
        }
        for (value, slot) in [
            (self.name, &mut data.name),
            (self.honorific, &mut data.honorific),
            (self.function, &mut data.function),
            (self.organisation, &mut data.organisation),
            (self.bio, &mut data.bio),
            (self.email, &mut data.email),
            (self.phone, &mut data.phone),
        ] {
            if let Some(value) = value {
                *slot = value;
            }
        }
    }
}

pub fn person(db: &Db, cmd: PersonCmd) -> CliResult {
    let mut store = open_store(db)?;
    match cmd {
        PersonCmd::Add { fields } => {
            let mut data = PersonData::default();
            fields.apply(&mut data);
            let person = store.write(|tx| tx.create_person(&data))?;
            outln!("Created person {} ({}).", person.id, person.data.name);
        }
        PersonCmd::Edit { person, fields } => {
            let updated = store.write(|tx| {
                let old = tx.read().find_person(&person)?;
                let mut data = old.data.clone();
                fields.apply(&mut data);
                tx.update_person(old.id, &data)
            })?;
            outln!("Updated person {} ({}).", updated.id, updated.data.name);
        }
        PersonCmd::List { search, json } => {
            let needle = search.map(|s| s.to_lowercase());
            let people: Vec<Person> = store
                .read()
                .people()?
                .into_iter()
                .filter(|p| needle.as_ref().is_none_or(|n| p.data.name.to_lowercase().contains(n)))
                .collect();
            if json {
                return print_json(&people);
            }
            for p in people {
                outln!("{:>5}  {:<36} {}", p.id, p.data.display_name(), p.data.organisation);
            }
        }
        PersonCmd::Show { person, json } => {
            let reader = store.read();
            let person = reader.find_person(&person)?;
            let sessions = reader.person_sessions(person.id)?;
            if json {
                return print_json(&serde_json::json!({ "person": person, "sessions": sessions }));
            }
            outln!("{}", person.data.display_name());
            for s in sessions {
                let event = reader.event(s.event_id)?;
                let when = match (s.data.start, s.data.end) {
                    (Some(a), Some(b)) => format!("{}–{}", show_local(&event, a), &show_local(&event, b)[11..]),
                    _ => "unscheduled".into(),
                };
                let room = match s.data.room_id {
                    Some(r) => reader.room(r)?.data.name,
                    None => "no room".into(),
                };
                let roles: Vec<&str> = s
                    .data
                    .roles
                    .iter()
                    .chain(s.data.items.iter().flat_map(|i| i.roles.iter()))
                    .filter(|r| r.person_id == person.id)
                    .map(|r| r.role.label())
                    .collect();
                outln!(
                    "  {when} ({})  {}  [{}; {}]",
                    event.data.timezone,
                    s.data.title,
                    room,
                    roles.join(", ")
                );
            }
        }
        PersonCmd::Delete { person } => {
            store.write(|tx| {
                let old = tx.read().find_person(&person)?;
                tx.delete_person(old.id)
            })?;
            outln!("Deleted person {person}.");
        }
    }
    Ok(())
}
