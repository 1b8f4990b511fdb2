//! `plenary event …`: create, change, list, delete and duplicate events.

use clap::{Args, Subcommand};
use plenary_core::store::{edition_title, same_weekday_next_year};
use plenary_core::time;
use plenary_core::*;

use super::{date, day_change, set, Db};
use crate::show;
use crate::util::{open_store, CliResult, Failure};

#[derive(Subcommand)]
pub enum EventCmd {
    /// The event with its rooms and sessions, day by day.
    Show {
        /// Id, slug or UUID.
        event: String,
        #[arg(long)]
        json: bool,
    },
    /// Create an event.
    Create {
        /// Short handle, e.g. wsis-2027 (made from the title when left out).
        #[arg(long)]
        slug: Option<String>,
        #[command(flatten)]
        fields: EventFields,
    },
    /// Change an event's fields.
    Edit {
        event: String,
        #[arg(long)]
        slug: Option<String>,
        #[command(flatten)]
        fields: EventFields,
    },
    /// Copy an event with its rooms and sessions as next year's edition (same weekdays).
    Duplicate {
        event: String,
        #[arg(long)]
        title: Option<String>,
        /// First day of the copy (default: the same weekday a year later).
        #[arg(long)]
        start: Option<String>,
    },
    /// Delete an event with everything in it.
    Delete {
        event: String,
        /// Confirm the deletion.
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Args)]
pub struct EventFields {
    #[arg(long)]
    title: Option<String>,
    #[arg(long)]
    tagline: Option<String>,
    #[arg(long)]
    description: Option<String>,
    /// IANA time zone, e.g. Europe/Zurich.
    #[arg(long)]
    timezone: Option<String>,
    /// First day, YYYY-MM-DD (years 1900–2200).
    #[arg(long)]
    start: Option<String>,
    /// Last day, YYYY-MM-DD: at most 366 days after the first.
    #[arg(long)]
    end: Option<String>,
    /// The local time each conference day begins, HH:MM (frab's day_change): with 06:00, a
    /// session at 02:00 belongs to the day before and the last day runs to 06:00 the morning
    /// after --end. 00:00 (the default) means calendar days.
    #[arg(long, value_name = "HH:MM")]
    day_change: Option<String>,
    /// An organising organisation (repeat for several, in order; replaces the list).
    #[arg(long = "organiser")]
    organisers: Vec<String>,
}

impl EventFields {
    fn apply(self, data: &mut EventData) -> Result<(), Error> {
        set(&mut data.title, self.title);
        set(&mut data.tagline, self.tagline);
        set(&mut data.description, self.description);
        set(&mut data.timezone, self.timezone);
        if let Some(v) = self.start {
            data.start_date = date(&v, "start_date")?;
        }
        if let Some(v) = self.end {
            data.end_date = date(&v, "end_date")?;
        }
        if let Some(v) = self.day_change {
            data.day_change = day_change(&v)?;
        }
        if !self.organisers.is_empty() {
            data.organisers = self.organisers;
        }
        Ok(())
    }
}

pub fn event(db: &Db, cmd: EventCmd) -> CliResult {
    if let EventCmd::Show { event, json } = &cmd {
        return show::event_show(db, event, *json);
    }
    let mut store = open_store(db)?;
    match cmd {
        EventCmd::Show { .. } => unreachable!("handled above"),
        EventCmd::Create { slug, fields } => {
            let (Some(title), Some(timezone), Some(start)) = (&fields.title, &fields.timezone, &fields.start) else {
                return Err(Failure::Usage(
                    "event create needs --title, --timezone and --start".into(),
                ));
            };
            let start_date = date(start, "start_date")?;
            let mut data = EventData {
                title: title.clone(),
                timezone: timezone.clone(),
                start_date,
                end_date: start_date,
                ..Default::default()
            };
            fields.apply(&mut data)?;
            let event = store.write(|tx| {
                data.slug = match slug {
                    Some(slug) => slug,
                    None => tx.unique_slug(&data.title)?,
                };
                tx.create_event(&data)
            })?;
            outln!("Created event {} ({}).", event.id, event.data.slug);
        }
        EventCmd::Edit { event, slug, fields } => {
            let updated = store.write(|tx| {
                let old = tx.read().find_event(&event)?;
                let mut data = old.data.clone();
                if let Some(slug) = slug {
                    data.slug = slug;
                }
                fields.apply(&mut data)?;
                tx.update_event(old.id, &data)
            })?;
            outln!("Updated event {} ({}).", updated.id, updated.data.slug);
        }
        EventCmd::Duplicate { event, title, start } => {
            let copy = store.write(|tx| {
                let old = tx.read().find_event(&event)?;
                let start = match &start {
                    Some(s) => time::parse_date(s, "event", "start_date")?,
                    None => same_weekday_next_year(old.data.start_date),
                };
                let title = title
                    .clone()
                    .unwrap_or_else(|| edition_title(&old.data.title, old.data.start_date, start));
                tx.duplicate_event(old.id, &title, start)
            })?;
            outln!(
                "Created {} ({}) from {} to {}.",
                copy.data.title,
                copy.data.slug,
                copy.data.start_date,
                copy.data.end_date
            );
        }
        EventCmd::Delete { event, yes } => {
            if !yes {
                return Err(Failure::Usage(format!(
                    "deleting {event} removes all its rooms and sessions; add --yes to confirm"
                )));
            }
            store.write(|tx| {
                let old = tx.read().find_event(&event)?;
                tx.delete_event(old.id)
            })?;
            outln!("Deleted event {event}.");
        }
    }
    Ok(())
}
