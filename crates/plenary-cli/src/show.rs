//! Listings: `events list` and `event show`, as text for people or `--json` for programs.

use std::collections::HashMap;
use std::path::PathBuf;

use clap::Subcommand;
use plenary_core::{time, Schedule, Session};

use crate::util::{open_store, print_json, CliResult};

#[derive(Subcommand)]
pub enum EventsCmd {
    /// Every event: id, slug, title, time zone, days, numbers of sessions and rooms.
    List {
        #[arg(long)]
        json: bool,
    },
}

pub fn events(db: &Option<PathBuf>, cmd: EventsCmd) -> CliResult {
    let EventsCmd::List { json } = cmd;
    let store = open_store(db)?;
    let events = store.read().events()?;
    if json {
        return print_json(&events);
    }
    if events.is_empty() {
        outln!("No events yet. Load the demo with `plenary demo` or create one with `plenary event create`.");
        return Ok(());
    }
    outln!(
        "{:>4}  {:<28} {:<22} {:<10} {:<10} {:>8} {:>5}  TITLE",
        "ID",
        "SLUG",
        "TIME ZONE",
        "FIRST DAY",
        "LAST DAY",
        "SESSIONS",
        "ROOMS"
    );
    for e in events {
        outln!(
            "{:>4}  {:<28} {:<22} {:<10} {:<10} {:>8} {:>5}  {}",
            e.id,
            e.slug,
            e.timezone,
            e.start_date,
            e.end_date,
            e.sessions,
            e.rooms,
            e.title
        );
    }
    Ok(())
}

pub fn event_show(db: &Option<PathBuf>, key: &str, json: bool) -> CliResult {
    let store = open_store(db)?;
    let reader = store.read();
    let event = reader.find_event(key)?;
    let schedule = reader.schedule(event.id)?;
    if json {
        return print_json(&schedule);
    }
    out!("{}", render(&schedule));
    Ok(())
}

/// The programme as plain text, day by day.
pub fn render(s: &Schedule) -> String {
    use std::fmt::Write;
    let e = &s.event.data;
    let mut out = String::new();
    let _ = writeln!(out, "{} ({})", e.title, e.slug);
    if !e.tagline.is_empty() {
        let _ = writeln!(out, "{}", e.tagline);
    }
    let _ = writeln!(out, "{} to {}, times in {}", e.start_date, e.end_date, e.timezone);
    // Midnight is calendar days, which need no line; any other day change moves the night's
    // sessions onto the day before, which the reader must know.
    if e.day_change != chrono::NaiveTime::MIN {
        let _ = writeln!(
            out,
            "Conference day changes at {} (earlier sessions belong to the day before)",
            e.day_change.format("%H:%M")
        );
    }
    if !e.organisers.is_empty() {
        let _ = writeln!(out, "Organisers: {}", e.organisers.join("; "));
    }
    let venues: HashMap<_, _> = s.venues.iter().map(|v| (v.id, v)).collect();
    if !s.rooms.is_empty() {
        let _ = writeln!(out, "\nRooms:");
        for r in &s.rooms {
            let venue = r
                .data
                .venue_id
                .and_then(|v| venues.get(&v))
                .map(|v| v.data.name.as_str());
            let _ = writeln!(
                out,
                "  {:>4}  {}{}{}",
                r.id,
                r.data.name,
                venue.map(|v| format!(", {v}")).unwrap_or_default(),
                r.data.capacity.map(|c| format!(" ({c} seats)")).unwrap_or_default()
            );
        }
    }
    let people: HashMap<_, _> = s.people.iter().map(|p| (p.id, p)).collect();
    let rooms: HashMap<_, _> = s.rooms.iter().map(|r| (r.id, r)).collect();
    let tz: chrono_tz::Tz = e.timezone.parse().unwrap_or(chrono_tz::UTC);
    let mut day = String::new();
    let _ = writeln!(out, "\nSessions:");
    for session in &s.sessions {
        let when = match (session.data.start, session.data.end) {
            (Some(a), Some(b)) => {
                // Headed by conference day: a night session before the day change sits under
                // the day before, as in the agenda and the frab export.
                let heading = e.conference_day(tz, a).to_string();
                if heading != day {
                    day = heading;
                    let _ = writeln!(out, "  {day}");
                }
                span(tz, a, b)
            }
            _ => "unscheduled".to_string(),
        };
        let room = session
            .data
            .room_id
            .and_then(|r| rooms.get(&r))
            .map(|r| r.data.name.as_str())
            .unwrap_or("no room");
        let _ = writeln!(
            out,
            "    {when:<12} {:<6} {} [{}, {}, {}]",
            session.data.code, session.data.title, session.data.kind, room, session.data.status
        );
        for line in role_lines(session, &people) {
            let _ = writeln!(out, "                 {line}");
        }
    }
    out
}

/// A session's times as "09:00–10:30" in `tz`, with "(+1 day)" or "(+N days)" when it ends on
/// a later local date than it starts, so a 24-hour session does not read "12:00–12:00".
fn span(tz: chrono_tz::Tz, start: chrono::DateTime<chrono::Utc>, end: chrono::DateTime<chrono::Utc>) -> String {
    let (a, b) = (time::utc_to_local(tz, start), time::utc_to_local(tz, end));
    let days = (b.date() - a.date()).num_days();
    let later = match days {
        0 => String::new(),
        1 => " (+1 day)".to_string(),
        n => format!(" ({n:+} days)"),
    };
    format!("{}–{}{later}", a.format("%H:%M"), b.format("%H:%M"))
}

fn role_lines(session: &Session, people: &HashMap<i64, &plenary_core::Person>) -> Vec<String> {
    let name = |id: i64| {
        people
            .get(&id)
            .map(|p| p.data.display_name())
            .unwrap_or_else(|| format!("person {id}"))
    };
    let mut lines: Vec<String> = session
        .data
        .roles
        .iter()
        .map(|r| format!("{}: {}", r.role.label(), name(r.person_id)))
        .collect();
    for item in &session.data.items {
        let who: Vec<String> = item
            .roles
            .iter()
            .map(|r| format!("{} ({})", name(r.person_id), r.role.label()))
            .collect();
        let minutes = item.minutes.map(|m| format!(", {m} min")).unwrap_or_default();
        lines.push(format!(
            "- {}{minutes}{}",
            item.title,
            if who.is_empty() {
                String::new()
            } else {
                format!(": {}", who.join(", "))
            }
        ));
    }
    lines
}
