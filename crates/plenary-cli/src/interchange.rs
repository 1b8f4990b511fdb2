//! `plenary import frab|csv-people|csv-sessions|event` and
//! `plenary export frab-xml|frab-json|csv-sessions|csv-people|coverage|event`: schedule
//! interchange through plenary-interchange.

use std::path::{Path, PathBuf};

use plenary_interchange::csv;
use plenary_interchange::event_file::{self, EventFileOptions, Take};
use plenary_interchange::frab::{self, FrabOptions};

use crate::util::{
    import_failure, open_store, read_input, show_report, show_report_with_hint, write_output, CliResult, Failure,
};

#[derive(clap::Subcommand)]
pub enum ImportCmd {
    /// A frab schedule (XML or JSON, detected), as CCC, FOSDEM and pretalx publish: creates an
    /// event, or updates the one an earlier import of the same programme created.
    Frab(FrabImportArgs),
    /// People from a CSV spreadsheet (columns mapped by header or --map).
    CsvPeople(CsvPeopleArgs),
    /// Sessions of an event from a CSV spreadsheet (columns mapped by header or --map).
    CsvSessions(CsvSessionsArgs),
    /// A Plenary event file from another organiser: a new event, or a merge by UUID that
    /// reports sessions both sides changed instead of overwriting them.
    Event(EventImportArgs),
}

#[derive(clap::Subcommand)]
pub enum ExportCmd {
    /// frab schedule XML for conference apps (Giggity, EventFahrplan, ConfClerk).
    FrabXml(EventOutArgs),
    /// frab schedule JSON (c3voc v1), with each person's role.
    FrabJson(EventOutArgs),
    /// Sessions as CSV, one row each (readable by `import csv-sessions`).
    CsvSessions(EventOutArgs),
    /// The event's people as CSV.
    CsvPeople(PrivateOutArgs),
    /// Coverage matrix as CSV: sessions against SDGs, WSIS Action Lines and GDC objectives.
    Coverage(EventOutArgs),
    /// The whole event as one portable file for another organiser (`import event`).
    Event(PrivateOutArgs),
}

#[derive(clap::Args)]
pub struct ReportArgs {
    /// Do everything and report it, but change nothing.
    #[arg(long)]
    dry_run: bool,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(clap::Args)]
pub struct FrabImportArgs {
    /// The schedule.xml or schedule.json file.
    file: PathBuf,
    /// The programme's IANA time zone, needed when the file names none (FOSDEM), and used
    /// instead of the file's when given.
    #[arg(long, value_name = "ZONE")]
    timezone: Option<String>,
    #[command(flatten)]
    report: ReportArgs,
}

#[derive(clap::Args)]
pub struct CsvPeopleArgs {
    /// The CSV file (comma, semicolon or tab separated; first row is the header).
    file: PathBuf,
    /// Map a column to a field: --map "E-mail address=email". Fields: uuid, honorific, name,
    /// function, organisation, bio, email, phone. --map "Notes=" leaves a column out.
    #[arg(long = "map", value_name = "HEADER=FIELD")]
    map: Vec<String>,
    #[command(flatten)]
    report: ReportArgs,
}

#[derive(clap::Args)]
pub struct CsvSessionsArgs {
    /// The CSV file (comma, semicolon or tab separated; first row is the header).
    file: PathBuf,
    /// The event to import into (slug, id or UUID).
    #[arg(long)]
    event: String,
    /// Map a column to a field: --map "Session name=title". Fields: uuid, code, title, subtitle,
    /// kind, status, date, start, end, minutes, room, participation, description, languages,
    /// interpretation, join_url, registration_url, expected_attendance, organisers, links, tags,
    /// and role columns (moderators, speakers, panellists, …; names separated by ";").
    /// --map "Internal=" leaves a column out.
    #[arg(long = "map", value_name = "HEADER=FIELD")]
    map: Vec<String>,
    #[command(flatten)]
    report: ReportArgs,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum TakeArg {
    File,
    Store,
}

#[derive(clap::Args)]
pub struct EventImportArgs {
    /// The event file (from `plenary export event`).
    file: PathBuf,
    /// Where both sides changed a session: take the file's version or keep the store's. Without
    /// this, conflicts keep the store's version and the command exits with 1 after listing them.
    #[arg(long, value_enum)]
    take: Option<TakeArg>,
    /// Resolve one conflict: SESSION-UUID=file or SESSION-UUID=store (repeat as needed).
    #[arg(long = "choose", value_name = "UUID=file|store")]
    choose: Vec<String>,
    #[command(flatten)]
    report: ReportArgs,
}

#[derive(clap::Args)]
pub struct EventOutArgs {
    /// The event (slug, id or UUID).
    #[arg(long)]
    event: String,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(clap::Args)]
pub struct PrivateOutArgs {
    #[command(flatten)]
    out: EventOutArgs,
    /// Include e-mail addresses, phone numbers, passcodes and private notes. Only for files
    /// that stay between organisers.
    #[arg(long)]
    include_private: bool,
}

fn parse_map(map: &[String]) -> CliResult<Vec<(String, String)>> {
    map.iter()
        .map(|m| {
            m.rsplit_once('=')
                .map(|(h, f)| (h.trim().to_string(), f.trim().to_string()))
                .ok_or_else(|| Failure::Usage(format!("--map {m:?}: write HEADER=FIELD, as in --map \"E-mail=email\"")))
        })
        .collect()
}

fn source_name(file: &Path) -> String {
    file.display().to_string()
}

pub fn import(db: &Option<PathBuf>, cmd: ImportCmd) -> CliResult {
    match cmd {
        ImportCmd::Frab(args) => {
            let bytes = read_input(&args.file)?;
            let mut store = open_store(db)?;
            let options = FrabOptions {
                timezone: args.timezone,
                dry_run: args.report.dry_run,
            };
            let report = frab::import(&mut store, &source_name(&args.file), &bytes, &options, &mut |_, _| {})
                .map_err(|e| import_failure(&source_name(&args.file), e))?;
            show_report(&report, args.report.json)
        }
        ImportCmd::CsvPeople(args) => {
            let bytes = read_input(&args.file)?;
            let mut store = open_store(db)?;
            let options = csv::CsvOptions {
                map: parse_map(&args.map)?,
                dry_run: args.report.dry_run,
            };
            let report = csv::import_people(&mut store, &source_name(&args.file), &bytes, &options, &mut |_, _| {})
                .map_err(|e| import_failure(&source_name(&args.file), e))?;
            show_report(&report, args.report.json)
        }
        ImportCmd::CsvSessions(args) => {
            let bytes = read_input(&args.file)?;
            let mut store = open_store(db)?;
            let options = csv::CsvOptions {
                map: parse_map(&args.map)?,
                dry_run: args.report.dry_run,
            };
            let report = csv::import_sessions(
                &mut store,
                &source_name(&args.file),
                &bytes,
                &args.event,
                &options,
                &mut |_, _| {},
            )
            .map_err(|e| import_failure(&source_name(&args.file), e))?;
            show_report(&report, args.report.json)
        }
        ImportCmd::Event(args) => {
            let bytes = read_input(&args.file)?;
            let mut store = open_store(db)?;
            let mut choices = std::collections::HashMap::new();
            for choice in &args.choose {
                let parsed = choice.split_once('=').and_then(|(uuid, side)| {
                    let side = match side.trim() {
                        "file" => Take::File,
                        "store" => Take::Store,
                        _ => return None,
                    };
                    uuid::Uuid::parse_str(uuid.trim()).ok().map(|u| (u, side))
                });
                let (uuid, side) = parsed.ok_or_else(|| {
                    Failure::Usage(format!(
                        "--choose {choice:?}: write SESSION-UUID=file or SESSION-UUID=store"
                    ))
                })?;
                choices.insert(uuid, side);
            }
            let options = EventFileOptions {
                take: match args.take {
                    Some(TakeArg::File) => Take::File,
                    _ => Take::Store,
                },
                choices,
                dry_run: args.report.dry_run,
            };
            let report = event_file::import(&mut store, &source_name(&args.file), &bytes, &options, &mut |_, _| {})
                .map_err(|e| import_failure(&source_name(&args.file), e))?;
            let open = report
                .conflicts
                .iter()
                .filter(|c| !options.choices.contains_key(&c.session))
                .count();
            // Both the conflicts' hint and the skipped records' closing line are printed: an
            // import can have both, and each says something different to do.
            let hint = (args.take.is_none() && open > 0).then(|| {
                format!(
                    "{open} sessions were changed on both sides; the store's versions were kept. Run again with \
                     --take file (or --choose UUID=file for one session) to take the file's, or --take store to accept."
                )
            });
            show_report_with_hint(&report, args.report.json, hint.as_deref())
        }
    }
}

pub fn export(db: &Option<PathBuf>, cmd: ExportCmd) -> CliResult {
    let store = open_store(db)?;
    let reader = store.read();
    let load = |key: &str| -> CliResult<plenary_core::Schedule> {
        let event = reader.find_event(key)?;
        Ok(reader.schedule(event.id)?)
    };
    // frab's <version> is the latest release's name (issue 14), else the last change's time.
    let version = |key: &str| -> CliResult<Option<String>> {
        let event = reader.find_event(key)?;
        Ok(reader.latest_release(event.id)?.map(|r| r.name))
    };
    let (text, output, omitted) = match cmd {
        ExportCmd::FrabXml(args) => {
            let out = frab::to_xml_versioned(&load(&args.event)?, version(&args.event)?.as_deref())?;
            (out.text, args.output, out.omitted)
        }
        ExportCmd::FrabJson(args) => {
            let out = frab::to_json_versioned(&load(&args.event)?, version(&args.event)?.as_deref())?;
            (out.text, args.output, out.omitted)
        }
        ExportCmd::CsvSessions(args) => (csv::export_sessions(&load(&args.event)?), args.output, vec![]),
        ExportCmd::CsvPeople(args) => (
            csv::export_people(&load(&args.out.event)?, args.include_private),
            args.out.output,
            vec![],
        ),
        ExportCmd::Coverage(args) => (csv::export_coverage(&load(&args.event)?), args.output, vec![]),
        ExportCmd::Event(args) => (
            event_file::export(&load(&args.out.event)?, args.include_private),
            args.out.output,
            vec![],
        ),
    };
    write_output(output.as_deref(), &text, &store)?;
    for line in omitted {
        eprintln!("left out: {}", crate::util::neutralise(&line.to_string()));
    }
    Ok(())
}
