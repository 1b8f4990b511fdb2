//! `plenary session …`.

use chrono::{DateTime, Utc};
use clap::{Args, Subcommand};
use plenary_core::time::Fold;
use plenary_core::*;

use super::{event_session, set, Db};
use crate::show;
use crate::util::{local_time, open_store, print_json, show_local, CliResult};

#[derive(Subcommand)]
pub enum SessionCmd {
    /// Add a session (without --start/--end it waits in the unscheduled tray).
    Add {
        #[arg(long)]
        event: String,
        #[command(flatten)]
        fields: Box<SessionFields>,
    },
    /// Change a session's fields.
    Edit {
        #[arg(long)]
        event: String,
        /// The session: its id, code or UUID; write id:N or code:C when a code is another
        /// session's id.
        #[arg(long)]
        session: String,
        #[command(flatten)]
        fields: Box<SessionFields>,
    },
    /// Move a session to another time and/or room, keeping its length unless --end is given.
    Move {
        #[arg(long)]
        event: String,
        /// The session: its id, code or UUID; write id:N or code:C when a code is another
        /// session's id.
        #[arg(long)]
        session: String,
        /// New start, local time "YYYY-MM-DD HH:MM".
        #[arg(long)]
        start: Option<String>,
        #[arg(long)]
        end: Option<String>,
        /// Room id, UUID or name.
        #[arg(long)]
        room: Option<String>,
        /// Back to the unscheduled tray.
        #[arg(long, conflicts_with_all = ["start", "end", "room"])]
        unschedule: bool,
        /// When the clocks go back and a time happens twice, take the later one.
        #[arg(long)]
        later: bool,
    },
    /// The event's sessions.
    List {
        #[arg(long)]
        event: String,
        #[arg(long)]
        json: bool,
    },
    /// One session with everything in it.
    Show {
        #[arg(long)]
        event: String,
        /// The session: its id, code or UUID; write id:N or code:C when a code is another
        /// session's id.
        #[arg(long)]
        session: String,
        #[arg(long)]
        json: bool,
    },
    /// Add a nested item (a keynote inside an opening, an intervention of a panel).
    Item {
        #[arg(long)]
        event: String,
        /// The session: its id, code or UUID; write id:N or code:C when a code is another
        /// session's id.
        #[arg(long)]
        session: String,
        #[arg(long)]
        title: String,
        #[arg(long)]
        minutes: Option<u32>,
        /// Who speaks in it (id, UUID or exact name).
        #[arg(long)]
        person: Option<String>,
        #[arg(long, default_value = "speaker")]
        role: Role,
    },
    /// Delete a session.
    Delete {
        #[arg(long)]
        event: String,
        /// The session: its id, code or UUID; write id:N or code:C when a code is another
        /// session's id.
        #[arg(long)]
        session: String,
    },
}

#[derive(Args)]
pub struct SessionFields {
    #[arg(long)]
    title: Option<String>,
    /// The programme's number, e.g. 231.
    #[arg(long)]
    code: Option<String>,
    #[arg(long)]
    subtitle: Option<String>,
    #[arg(long)]
    kind: Option<SessionKind>,
    /// Local time "YYYY-MM-DD HH:MM" in the event's zone.
    #[arg(long)]
    start: Option<String>,
    #[arg(long)]
    end: Option<String>,
    /// Room id, UUID or name.
    #[arg(long)]
    room: Option<String>,
    #[arg(long)]
    participation: Option<Participation>,
    #[arg(long)]
    join_url: Option<String>,
    #[arg(long)]
    join_instructions: Option<String>,
    /// Private: never exported unless asked for.
    #[arg(long)]
    passcode: Option<String>,
    #[arg(long)]
    registration_url: Option<String>,
    #[arg(long)]
    description: Option<String>,
    #[arg(long)]
    status: Option<SessionStatus>,
    /// Expected attendance (checked against room capacity).
    #[arg(long)]
    attendance: Option<u32>,
    /// A spoken language (repeat; replaces the list).
    #[arg(long = "language")]
    languages: Vec<String>,
    /// A language interpreted into (repeat; replaces the list).
    #[arg(long = "interpretation")]
    interpretation: Vec<String>,
    /// An organising organisation (repeat; replaces the list).
    #[arg(long = "organiser")]
    organisers: Vec<String>,
    /// Private notes: never exported unless asked for.
    #[arg(long)]
    notes: Option<String>,
}

impl SessionFields {
    fn apply(self, tx: &Tx<'_>, event: &Event, data: &mut SessionData) -> Result<(), Error> {
        set(&mut data.title, self.title);
        set(&mut data.code, self.code);
        set(&mut data.subtitle, self.subtitle);
        set(&mut data.kind, self.kind);
        if let Some(v) = self.start {
            data.start = Some(local_time(event, &v, "start", Fold::Earlier)?);
        }
        if let Some(v) = self.end {
            data.end = Some(local_time(event, &v, "end", Fold::Earlier)?);
        }
        if let Some(v) = self.room {
            data.room_id = Some(tx.read().find_room(event.id, &v)?.id);
        }
        set(&mut data.participation, self.participation);
        if self.join_url.is_some() {
            data.join_url = self.join_url.filter(|u| !u.is_empty());
        }
        set(&mut data.join_instructions, self.join_instructions);
        set(&mut data.passcode, self.passcode);
        if self.registration_url.is_some() {
            data.registration_url = self.registration_url.filter(|u| !u.is_empty());
        }
        set(&mut data.description, self.description);
        set(&mut data.status, self.status);
        if self.attendance.is_some() {
            data.expected_attendance = self.attendance;
        }
        if !self.languages.is_empty() {
            data.languages = self.languages;
        }
        if !self.interpretation.is_empty() {
            data.interpretation = self.interpretation;
        }
        if !self.organisers.is_empty() {
            data.organisers = self.organisers;
        }
        set(&mut data.private_notes, self.notes);
        Ok(())
    }
}

pub fn session(db: &Db, cmd: SessionCmd) -> CliResult {
    let mut store = open_store(db)?;
    match cmd {
        SessionCmd::Add { event, fields } => {
            let session = store.write(|tx| {
                let event = tx.read().find_event(&event)?;
                let mut data = SessionData::default();
                fields.apply(tx, &event, &mut data)?;
                tx.create_session(event.id, &data)
            })?;
            outln!("Created session {} ({}).", session.id, session.uuid);
        }
        SessionCmd::Edit { event, session, fields } => {
            let updated = store.write(|tx| {
                let (event, old) = event_session(tx, &event, &session)?;
                let mut data = old.data.clone();
                fields.apply(tx, &event, &mut data)?;
                tx.update_session(old.id, &data)
            })?;
            outln!("Updated session {} (revision {}).", updated.id, updated.revision);
        }
        SessionCmd::Move {
            event,
            session,
            start,
            end,
            room,
            unschedule,
            later,
        } => {
            let fold = if later { Fold::Later } else { Fold::Earlier };
            let moved = store.write(|tx| {
                let (event, old) = event_session(tx, &event, &session)?;
                if unschedule {
                    return tx.move_session(old.id, None, None, None);
                }
                let (new_start, new_end) = new_times(&event, &old, start.as_deref(), end.as_deref(), fold)?;
                let new_room = match &room {
                    Some(r) => Some(tx.read().find_room(event.id, r)?.id),
                    None => old.data.room_id,
                };
                tx.move_session(old.id, new_start, new_end, new_room)
            })?;
            outln!("Moved session {} (revision {}).", moved.id, moved.revision);
        }
        SessionCmd::List { event, json } => return list(&store, &event, json),
        SessionCmd::Show { event, session, json } => {
            let reader = store.read();
            let event = reader.find_event(&event)?;
            let session = reader.find_session(event.id, &session)?;
            if json {
                return print_json(&session);
            }
            let schedule = Schedule {
                sessions: vec![session],
                ..reader.schedule(event.id)?
            };
            out!("{}", show::render(&schedule));
        }
        SessionCmd::Item {
            event,
            session,
            title,
            minutes,
            person,
            role,
        } => {
            store.write(|tx| {
                let (_, old) = event_session(tx, &event, &session)?;
                let mut data = old.data.clone();
                let roles = match &person {
                    Some(p) => vec![RoleAssignment {
                        person_id: tx.read().find_person(p)?.id,
                        role,
                    }],
                    None => vec![],
                };
                data.items.push(SessionItem {
                    title: title.clone(),
                    minutes,
                    roles,
                    ..Default::default()
                });
                tx.update_session(old.id, &data)
            })?;
            outln!("Added item {title:?}.");
        }
        SessionCmd::Delete { event, session } => {
            let deleted = store.write(|tx| {
                let (_, old) = event_session(tx, &event, &session)?;
                tx.delete_session(old.id)?;
                Ok(old.id)
            })?;
            outln!("Deleted session {deleted}.");
        }
    }
    Ok(())
}

type Instant = DateTime<Utc>;

/// Where a move puts the session: a new start keeps its length unless a new end is given (a
/// move is not a resize); what is not given stays.
fn new_times(
    event: &Event,
    old: &Session,
    start: Option<&str>,
    end: Option<&str>,
    fold: Fold,
) -> Result<(Option<Instant>, Option<Instant>), Error> {
    let new_start = match start {
        Some(s) => Some(local_time(event, s, "start", fold)?),
        None => old.data.start,
    };
    let new_end = match (end, new_start, old.data.start, old.data.end) {
        (Some(e), _, _, _) => Some(local_time(event, e, "end", fold)?),
        (None, Some(ns), Some(os), Some(oe)) => Some(ns.checked_add_signed(oe - os).ok_or_else(|| {
            Error::invalid(
                "session",
                "end",
                "the session's length does not fit after the new start",
            )
        })?),
        (None, _, _, _) => old.data.end,
    };
    Ok((new_start, new_end))
}

/// `session list`: a table of id, code, local start and title, or the sessions as JSON.
fn list(store: &Store, event: &str, json: bool) -> CliResult {
    let reader = store.read();
    let event = reader.find_event(event)?;
    let sessions = reader.sessions(event.id)?;
    if json {
        return print_json(&sessions);
    }
    outln!("{:>5}  {:<6} {:<17} TITLE", "ID", "CODE", "START");
    for s in sessions {
        let when = s
            .data
            .start
            .map(|t| show_local(&event, t))
            .unwrap_or_else(|| "unscheduled".into());
        outln!("{:>5}  {:<6} {:<17} {}", s.id, s.data.code, when, s.data.title);
    }
    Ok(())
}
