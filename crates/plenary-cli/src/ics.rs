//! `plenary export ics` and `plenary import ics`: iCalendar files through plenary-ical.

use std::path::PathBuf;

use chrono::NaiveDate;
use plenary_ical::{ExportOptions, ExportScope, ImportOptions};

use crate::util::{import_failure, open_store, read_input, show_report, write_output, CliResult};

#[derive(clap::Args)]
pub struct ExportArgs {
    /// The event (slug, id or UUID).
    #[arg(long)]
    event: String,
    /// Only this day (YYYY-MM-DD, in the event's zone).
    #[arg(long)]
    day: Option<NaiveDate>,
    /// Only this room (name, id or UUID).
    #[arg(long)]
    room: Option<String>,
    /// Only the sessions of this person, in any role (name, id or UUID).
    #[arg(long)]
    person: Option<String>,
    /// Only sessions with this tag, written vocabulary:code (sdg:9, wsis:C7).
    #[arg(long, value_name = "VOCAB:CODE")]
    tag: Option<String>,
    /// Only the sessions of this named selection.
    #[arg(long, value_name = "NAME")]
    selection: Option<String>,
    /// All times in UTC, without VTIMEZONE.
    #[arg(long)]
    utc: bool,
    /// Nested items as events of their own as well as in the description.
    #[arg(long)]
    items_as_events: bool,
    /// Include e-mails, phone numbers, passcodes and private notes.
    #[arg(long)]
    include_private: bool,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(clap::Args)]
pub struct ImportArgs {
    /// The .ics file.
    file: PathBuf,
    /// The event to import into (slug, id or UUID). Without it, the file becomes an event of
    /// its own: named by the calendar's NAME or X-WR-CALNAME (else the file name), in its
    /// X-WR-TIMEZONE (else the zone its TZIDs name, else UTC), with days spanning its sessions.
    #[arg(long)]
    event: Option<String>,
    /// Show what would happen without changing the store.
    #[arg(long)]
    dry_run: bool,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
}

pub fn export(db: &Option<PathBuf>, args: ExportArgs) -> CliResult {
    let store = open_store(db)?;
    let reader = store.read();
    let event = reader.find_event(&args.event)?;
    let options = ExportOptions {
        scope: ExportScope {
            day: args.day,
            room: args.room,
            person: args.person,
            tag: args.tag,
            selection: args.selection,
        },
        utc: args.utc,
        items_as_events: args.items_as_events,
        include_private: args.include_private,
        now: None,
    };
    let text = plenary_ical::export_event(&reader, event.id, &options)?;
    write_output(args.output.as_deref(), &text, &store)?;
    if plenary_ical::vevent_count(&text) == 0 {
        // Still a valid calendar (it holds the event's VTIMEZONE), but the user should know.
        eprintln!(
            "note: the file has no sessions: {} has no scheduled sessions{}",
            event.data.slug,
            if options.scope == ExportScope::default() {
                ""
            } else {
                " in this selection"
            }
        );
    }
    Ok(())
}

pub fn import(db: &Option<PathBuf>, args: ImportArgs) -> CliResult {
    let bytes = read_input(&args.file)?;
    let mut store = open_store(db)?;
    let options = ImportOptions { dry_run: args.dry_run };
    let source = args.file.display().to_string();
    let imported = match &args.event {
        Some(key) => {
            let event = store.read().find_event(key)?;
            plenary_ical::import_ics(&mut store, event.id, &source, &bytes, &options, &mut |_, _| {})
        }
        None => plenary_ical::import_ics_as_event(&mut store, &source, &bytes, &options, &mut |_, _| {}),
    };
    let report = imported.map_err(|e| import_failure(&source, e))?;
    show_report(&report, args.json)
}
