//! `plenary check` (every clash and problem of an event, with acknowledgements) and
//! `plenary slots` (free times and rooms for a new session).

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Args;
use plenary_checks::{local_span, stored, CheckConfig, Finding, Severity, SlotRequest};
use plenary_core::time;

use crate::util::{open_store, parse_minutes, print_json, CliResult, Failure};

/// Changeover buffers, shared by `check` and `slots`.
#[derive(Args)]
pub struct Buffers {
    /// Minutes a room needs between two sessions.
    #[arg(long, value_name = "MINUTES", default_value_t = CheckConfig::default().room_changeover_minutes)]
    room_changeover: u32,
    /// Minutes a person needs between sessions in two rooms of one venue.
    #[arg(long, value_name = "MINUTES", default_value_t = CheckConfig::default().person_changeover_minutes)]
    person_changeover: u32,
    /// Minutes a person needs between sessions in two venues.
    #[arg(long, value_name = "MINUTES", default_value_t = CheckConfig::default().venue_changeover_minutes)]
    venue_changeover: u32,
}

impl Buffers {
    fn config(&self) -> CheckConfig {
        CheckConfig {
            room_changeover_minutes: self.room_changeover,
            person_changeover_minutes: self.person_changeover,
            venue_changeover_minutes: self.venue_changeover,
        }
    }
}

#[derive(Args)]
pub struct CheckArgs {
    /// The event (slug, id or UUID).
    #[arg(long)]
    event: String,
    /// Print the findings as a JSON list.
    #[arg(long)]
    json: bool,
    /// Acknowledge the finding with this fingerprint (it stays acknowledged until one of its
    /// sessions changes) instead of listing.
    #[arg(long, value_name = "FINGERPRINT", conflicts_with = "unacknowledge")]
    acknowledge: Vec<String>,
    /// Withdraw the acknowledgement of this fingerprint instead of listing.
    #[arg(long, value_name = "FINGERPRINT")]
    unacknowledge: Vec<String>,
    #[command(flatten)]
    buffers: Buffers,
}

/// Lists the findings; fails (exit 1) when an unacknowledged error remains.
pub fn check(db: &Option<PathBuf>, args: CheckArgs) -> CliResult {
    let mut store = open_store(db)?;
    let event = store.read().find_event(&args.event)?;
    let config = args.buffers.config();
    if !args.acknowledge.is_empty() || !args.unacknowledge.is_empty() {
        for fingerprint in &args.acknowledge {
            let finding = stored::acknowledge(&mut store, event.id, &config, fingerprint)?;
            outln!("Acknowledged {}: {}", finding.fingerprint, finding.message);
        }
        for fingerprint in &args.unacknowledge {
            stored::unacknowledge(&mut store, event.id, fingerprint)?;
            outln!("No longer acknowledged: {fingerprint}");
        }
        return Ok(());
    }
    let findings = stored::check_event(&store.read(), event.id, &config)?;
    if args.json {
        print_json(&findings)?;
    } else {
        out!("{}", render(&event.data.timezone, &findings));
    }
    if findings.iter().any(Finding::is_blocking) {
        return Err(Failure::Reported);
    }
    Ok(())
}

fn render(timezone: &str, findings: &[Finding]) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    for f in findings {
        let when = match (f.start, f.end) {
            (Some(s), Some(e)) if e > s => local_span(timezone, s, e),
            (Some(s), _) => local_span(timezone, s, s),
            _ => "no time".into(),
        };
        let _ = writeln!(
            out,
            "{:<11} {:<24} {when}{}",
            f.severity.as_str(),
            f.rule.as_str(),
            if f.acknowledged { "  (acknowledged)" } else { "" }
        );
        let _ = writeln!(out, "    {}", f.message);
        let _ = writeln!(out, "    fingerprint {}", f.fingerprint);
    }
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let acknowledged = findings.iter().filter(|f| f.acknowledged).count();
    let _ = writeln!(
        out,
        "{} error(s), {} warning(s), {} note(s){}; times in {timezone}.",
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Information),
        if acknowledged > 0 {
            format!(", {acknowledged} acknowledged")
        } else {
            String::new()
        }
    );
    out
}

#[derive(Args)]
pub struct SlotsArgs {
    /// The event (slug, id or UUID).
    #[arg(long)]
    event: String,
    /// How long the session lasts: 45m, 1h30m or minutes (90).
    #[arg(long, value_parser = parse_minutes)]
    duration: i64,
    /// A person who must take part (name, id or UUID); repeat for several.
    #[arg(long)]
    person: Vec<String>,
    /// Seats needed.
    #[arg(long)]
    capacity: Option<u32>,
    /// The room must be able to stream (a hybrid session).
    #[arg(long)]
    streaming: bool,
    /// Interpretation booths needed (one per language interpreted into).
    #[arg(long, value_name = "BOOTHS", default_value_t = 0)]
    interpretation: u32,
    /// First day to search (YYYY-MM-DD); the event's first day by default.
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Last day to search (YYYY-MM-DD); the event's last day by default.
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Only this room (name, id or UUID); repeat for several.
    #[arg(long)]
    room: Vec<String>,
    /// Include online-only rooms (for a remote session).
    #[arg(long)]
    online: bool,
    /// Find a new slot for this session (id, code or UUID; id:N or code:C when a code is another
    /// session's id): its own bookings do not block.
    #[arg(long, value_name = "SESSION")]
    for_session: Option<String>,
    /// Grid of candidate starts: 15m, 30m, 1h...
    #[arg(long, value_parser = parse_minutes, default_value = "15")]
    step: i64,
    /// At most this many slots (0 for all).
    #[arg(long, default_value_t = 20)]
    limit: usize,
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    buffers: Buffers,
}

/// Lists free slots, best first.
pub fn slots(db: &Option<PathBuf>, args: SlotsArgs) -> CliResult {
    let store = open_store(db)?;
    let reader = store.read();
    let event = reader.find_event(&args.event)?;
    let date = |text: &Option<String>, field: &str| -> CliResult<Option<NaiveDate>> {
        text.as_deref()
            .map(|t| time::parse_date(t, "slots", field))
            .transpose()
            .map_err(Failure::from)
    };
    let too_long = |field: &str| Failure::Usage(format!("--{field}: too long"));
    let mut request = SlotRequest {
        minutes: u32::try_from(args.duration).map_err(|_| too_long("duration"))?,
        capacity: args.capacity,
        streaming: args.streaming,
        interpretation_booths: args.interpretation,
        first_day: date(&args.from, "from")?,
        last_day: date(&args.to, "to")?,
        include_virtual: args.online,
        step_minutes: u32::try_from(args.step).map_err(|_| too_long("step"))?,
        limit: args.limit,
        ..SlotRequest::default()
    };
    for p in &args.person {
        request.people.push(reader.find_person(p)?.id);
    }
    for r in &args.room {
        request.rooms.push(reader.find_room(event.id, r)?.id);
    }
    if let Some(s) = &args.for_session {
        request.ignore_session = Some(reader.find_session(event.id, s)?.id);
    }
    let slots = stored::slots_for_event(&reader, event.id, &args.buffers.config(), &request)?;
    if args.json {
        return print_json(&slots);
    }
    if slots.is_empty() {
        if reader.rooms(event.id)?.is_empty() {
            outln!("No free slot: the event has no rooms yet (add one with `plenary room add`).");
        } else {
            outln!("No free slot: every room or person needed is taken, unavailable or unsuitable in that range.");
        }
        return Ok(());
    }
    for s in &slots {
        outln!(
            "{:<28} {:<24} penalty {}",
            local_span(&event.data.timezone, s.start, s.end),
            s.room,
            s.penalty
        );
    }
    outln!("Best first; times in {}.", event.data.timezone);
    Ok(())
}
