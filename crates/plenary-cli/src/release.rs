//! `plenary release create|list|diff`: named versions of an event's public programme, and what
//! changed between two of them (or since the last one), per session or for one person.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use plenary_core::release::{ReleaseDiff, SessionChange, SessionSide};
use plenary_core::Event;

use crate::util::{open_store, print_json, show_local, CliResult};

#[derive(Subcommand)]
pub enum ReleaseCmd {
    /// Release the event's public programme as it is now, under a name ("1.0", "1.1 — room changes").
    Create(CreateArgs),
    /// List the event's releases, oldest first.
    List(ListArgs),
    /// What changed between two releases, or since the last one (what attendees will see changed).
    Diff(DiffArgs),
}

#[derive(Args)]
pub struct CreateArgs {
    /// The event (slug, id or UUID).
    #[arg(long)]
    event: String,
    /// The release's name, unique within the event.
    #[arg(long)]
    name: String,
    /// A note for attendees, shown in the changelog and the feed.
    #[arg(long, default_value = "")]
    note: String,
    /// Print the release (without its snapshot) as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct ListArgs {
    /// The event (slug, id or UUID).
    #[arg(long)]
    event: String,
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct DiffArgs {
    /// The event (slug, id or UUID).
    #[arg(long)]
    event: String,
    /// The older release (default: the one before --to, or the latest release).
    #[arg(long)]
    from: Option<String>,
    /// The newer release (default: the store as it is now).
    #[arg(long)]
    to: Option<String>,
    /// Only the sessions of this person (name, id or UUID): "your sessions that changed".
    #[arg(long)]
    person: Option<String>,
    #[arg(long)]
    json: bool,
}

pub fn release(db: &Option<PathBuf>, cmd: ReleaseCmd) -> CliResult {
    match cmd {
        ReleaseCmd::Create(args) => create(db, args),
        ReleaseCmd::List(args) => list(db, args),
        ReleaseCmd::Diff(args) => diff(db, args),
    }
}

fn create(db: &Option<PathBuf>, args: CreateArgs) -> CliResult {
    let mut store = open_store(db)?;
    let event = store.read().find_event(&args.event)?;
    // What the release changes, against the latest release, before it is made.
    let changes = store.read().release_diff(event.id, None, None)?;
    let release = store.write(|tx| tx.create_release(event.id, &args.name, &args.note))?;
    if args.json {
        return print_json(&release.summary);
    }
    outln!(
        "Released {:?} of {}: {} sessions; {} changed since {}.",
        release.summary.name,
        event.data.slug,
        release.summary.sessions,
        changes.changes.len(),
        changes.from
    );
    Ok(())
}

fn list(db: &Option<PathBuf>, args: ListArgs) -> CliResult {
    let store = open_store(db)?;
    let event = store.read().find_event(&args.event)?;
    let releases = store.read().releases(event.id)?;
    if args.json {
        return print_json(&releases);
    }
    if releases.is_empty() {
        outln!(
            "{} has no release yet (plenary release create --event {} --name 1.0).",
            event.data.slug,
            event.data.slug
        );
    }
    for r in releases {
        let note = if r.note.is_empty() {
            String::new()
        } else {
            format!("  {}", r.note)
        };
        outln!(
            "{}  {}  {} sessions{note}",
            r.name,
            r.created.format("%Y-%m-%d %H:%M UTC"),
            r.sessions
        );
    }
    Ok(())
}

fn diff(db: &Option<PathBuf>, args: DiffArgs) -> CliResult {
    let store = open_store(db)?;
    let reader = store.read();
    let event = reader.find_event(&args.event)?;
    let mut d: ReleaseDiff = reader.release_diff(event.id, args.from.as_deref(), args.to.as_deref())?;
    let person = args.person.as_deref().map(|p| reader.find_person(p)).transpose()?;
    if let Some(p) = &person {
        d.changes.retain(|c| c.people.contains(&p.uuid));
    }
    if args.json {
        return print_json(&d);
    }
    let whose = person
        .map(|p| format!(" of {}", p.data.display_name()))
        .unwrap_or_default();
    outln!(
        "From {} to {}: {} sessions{whose} changed.",
        d.from,
        d.to,
        d.changes.len()
    );
    for c in &d.changes {
        outln!("{}", line(&event, c));
    }
    Ok(())
}

/// "moved (time), moved (room): 231 "Title" — 2026-07-07 09:00–10:00 → 10:00–11:00; Room A → Room B".
fn line(event: &Event, c: &SessionChange) -> String {
    let kinds: Vec<&str> = c.kinds.iter().map(|k| k.label()).collect();
    let side = c.after.as_ref().or(c.before.as_ref());
    let name = side
        .map(|s| {
            if s.code.is_empty() {
                format!("{:?}", s.title)
            } else {
                format!("{} {:?}", s.code, s.title)
            }
        })
        .unwrap_or_default();
    let when = |s: &SessionSide| match (s.start, s.end) {
        (Some(a), Some(b)) => {
            // "2026-07-07 09:00–10:00": the end's date only when it differs.
            let (a, b) = (show_local(event, a), show_local(event, b));
            let end = if a.get(..10) == b.get(..10) {
                b.get(11..).unwrap_or(&b)
            } else {
                &b
            };
            format!("{a}–{end}")
        }
        _ => "not scheduled".into(),
    };
    let room = |s: &SessionSide| {
        if s.room.is_empty() {
            "no room".to_string()
        } else {
            s.room.clone()
        }
    };
    let mut detail = Vec::new();
    match (&c.before, &c.after) {
        (Some(b), Some(a)) => {
            use plenary_core::release::ChangeKind::*;
            for k in &c.kinds {
                match k {
                    MovedTime => detail.push(format!("{} → {}", when(b), when(a))),
                    MovedRoom => detail.push(format!("{} → {}", room(b), room(a))),
                    Retitled => detail.push(format!("was {:?}", b.title)),
                    PeopleChanged => detail.push(format!("people: {} → {}", b.people.join(", "), a.people.join(", "))),
                    JoinLinkChanged => detail.push(format!(
                        "join link: {} → {}",
                        b.join_url.as_deref().unwrap_or("none"),
                        a.join_url.as_deref().unwrap_or("none")
                    )),
                    _ => {}
                }
            }
        }
        (None, Some(a)) => detail.push(format!("{}, {}", when(a), room(a))),
        (Some(b), None) => detail.push(format!("was {}, {}", when(b), room(b))),
        (None, None) => {}
    }
    let detail = if detail.is_empty() {
        String::new()
    } else {
        format!(" — {}", detail.join("; "))
    };
    format!("{}: {name}{detail}", kinds.join(", "))
}
