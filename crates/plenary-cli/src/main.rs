//! `plenary`: the schedule store from the command line, without the window.
//!
//! Each command group lives in its own module; this file only declares the command tree and
//! dispatches. Exit codes: 0 success, 1 the data has problems, 2 usage or I/O errors.

/// `println!` and `print!` for command output. A reader that stops early (`plenary events list |
/// head -1`) closes the pipe; that ends the command quietly, as ripgrep does, where `println!`
/// would panic.
macro_rules! outln {
    () => {
        $crate::util::stdout(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::util::stdout(format_args!("{}\n", format_args!($($arg)*)))
    };
}
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::util::stdout(format_args!($($arg)*))
    };
}

mod check;
mod edit;
mod ics;
mod interchange;
mod publish;
mod release;
mod show;
mod util;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use util::Failure;

const EXAMPLES: &str = "Examples:
  plenary demo                                   load the demo programme
  plenary events list --json
  plenary event show wsis-forum-2026
  plenary event create --slug osw-2027 --title \"UN Open Source Week 2027\" \\
      --timezone America/New_York --start 2027-06-21 --end 2027-06-25
  plenary room add --event osw-2027 --name \"Conference Room 4\" --capacity 200 --stream
  plenary person add --name \"Amandeep Singh Gill\" --honorific Mr. --function \"Tech Envoy\"
  plenary session add --event osw-2027 --title \"DPI Day opening\" --kind plenary \\
      --start \"2027-06-23 10:00\" --end \"2027-06-23 11:00\" --room \"Conference Room 4\"
  plenary role add --event osw-2027 --session 1 --person \"Amandeep Singh Gill\" --role keynote_speaker
  plenary session move --event osw-2027 --session 1 --start \"2027-06-23 14:00\"

Times are entered and shown in the event's time zone. The store is
$XDG_DATA_HOME/plenary/plenary.db unless --db is given.";

#[derive(Parser)]
#[command(name = "plenary", version, about = "Plan symposium agendas offline", after_help = EXAMPLES)]
struct Cli {
    /// The store to use instead of the default one in the user's data folder.
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Load the demo programme (OSPOs for Good, WSIS Forum 2026 session 231, UN Open Source Week 2026).
    Demo,
    /// List events.
    #[command(subcommand)]
    Events(show::EventsCmd),
    /// Show, create, edit, duplicate or delete an event.
    #[command(subcommand)]
    Event(edit::EventCmd),
    /// Add, edit or delete venues.
    #[command(subcommand)]
    Venue(edit::VenueCmd),
    /// Add, edit, list or delete rooms.
    #[command(subcommand)]
    Room(edit::RoomCmd),
    /// Add, edit, list or delete people.
    #[command(subcommand)]
    Person(edit::PersonCmd),
    /// Add, edit, move, list, show or delete sessions.
    #[command(subcommand)]
    Session(edit::SessionCmd),
    /// Give people roles in sessions, in order.
    #[command(subcommand)]
    Role(edit::RoleCmd),
    /// Tag sessions with terms (sdg:9, wsis:C7.e-health, gdc:1, or your own vocabularies).
    #[command(subcommand)]
    Tag(edit::TagCmd),
    /// List vocabularies and terms, or add your own (tracks, topics, themed days).
    #[command(subcommand)]
    Vocab(edit::VocabCmd),
    /// Save named selections of sessions (an attendee's personal programme).
    #[command(subcommand)]
    Selection(edit::SelectionCmd),
    /// Read calendars, schedules and spreadsheets into the store (one transaction per file).
    #[command(subcommand)]
    Import(ImportCmd),
    /// Write calendars, schedules and spreadsheets from the store.
    #[command(subcommand)]
    Export(ExportCmd),
    /// Check an event for clashes and problems (exit 1 while an unacknowledged error remains).
    Check(check::CheckArgs),
    /// Find free slots for a session: duration, people, room needs.
    Slots(check::SlotsArgs),
    /// Publish the programme: into a calendar on a CalDAV server.
    #[command(subcommand)]
    Publish(publish::PublishCmd),
    /// Release a named version of the public programme; list releases; what changed between them.
    #[command(subcommand)]
    Release(release::ReleaseCmd),
}

/// Each format adds its variant here and its code in a module of its own.
#[derive(Subcommand)]
enum ImportCmd {
    /// An iCalendar (.ics) file: sessions by UID, lenient with real-world files.
    Ics(ics::ImportArgs),
    #[command(flatten)]
    Interchange(interchange::ImportCmd),
}

/// Each format adds its variant here and its code in a module of its own.
#[derive(Subcommand)]
enum ExportCmd {
    /// An iCalendar (.ics) file of the whole event, a day, a room, a tag, a person or a selection.
    Ics(ics::ExportArgs),
    #[command(flatten)]
    Interchange(interchange::ExportCmd),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => failure.report(),
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    let db = cli.db;
    match cli.command {
        Command::Demo => edit::demo(&db),
        Command::Events(cmd) => show::events(&db, cmd),
        Command::Event(cmd) => edit::event(&db, cmd),
        Command::Venue(cmd) => edit::venue(&db, cmd),
        Command::Room(cmd) => edit::room(&db, cmd),
        Command::Person(cmd) => edit::person(&db, cmd),
        Command::Session(cmd) => edit::session(&db, cmd),
        Command::Role(cmd) => edit::role(&db, cmd),
        Command::Tag(cmd) => edit::tag(&db, cmd),
        Command::Vocab(cmd) => edit::vocab(&db, cmd),
        Command::Selection(cmd) => edit::selection(&db, cmd),
        Command::Check(args) => check::check(&db, args),
        Command::Slots(args) => check::slots(&db, args),
        Command::Publish(cmd) => publish::publish(&db, cmd),
        Command::Release(cmd) => release::release(&db, cmd),
        Command::Import(cmd) => match cmd {
            ImportCmd::Ics(args) => ics::import(&db, args),
            ImportCmd::Interchange(cmd) => interchange::import(&db, cmd),
        },
        Command::Export(cmd) => match cmd {
            ExportCmd::Ics(args) => ics::export(&db, args),
            ExportCmd::Interchange(cmd) => interchange::export(&db, cmd),
        },
    }
}
