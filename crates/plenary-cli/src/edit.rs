//! Commands that create and change the schedule. Each runs in one store transaction.

use std::path::PathBuf;

use chrono::{NaiveDate, NaiveTime};
use clap::{Args, Subcommand};
use plenary_core::store::{edition_title, same_weekday_next_year};
use plenary_core::time::{self, Fold};
use plenary_core::*;

use crate::show;
use crate::util::{local_time, open_store, print_json, show_local, CliResult, Failure};

type Db = Option<PathBuf>;

pub fn demo(db: &Db) -> CliResult {
    let mut store = open_store(db)?;
    let added = store.write(demo::load)?;
    if added == 0 {
        outln!("The demo programme is already loaded.");
    } else {
        outln!("Loaded {added} demo event(s). See them with `plenary events list`.");
    }
    Ok(())
}

/// Replaces a field only when the option was given on the command line.
fn set<T>(slot: &mut T, value: Option<T>) {
    if let Some(value) = value {
        *slot = value;
    }
}

fn date(text: &str, field: &str) -> Result<NaiveDate, Error> {
    time::parse_date(text, "event", field)
}

/// A day change as the user writes it: `HH:MM` (24-hour local time, as frab writes it); the
/// error names `event day_change`.
fn day_change(text: &str) -> Result<NaiveTime, Error> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").map_err(|_| {
        Error::invalid(
            "event",
            "day_change",
            format!("{text:?} is not a time of day; write HH:MM, as in 06:00"),
        )
    })
}

/// The session `session` of the event `event` (each an id, UUID, slug or code).
fn event_session(tx: &Tx<'_>, event: &str, session: &str) -> Result<(Event, Session), Error> {
    let event = tx.read().find_event(event)?;
    let session = tx.read().find_session(event.id, session)?;
    Ok((event, session))
}

// ---- events

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

// ---- venues

#[derive(Subcommand)]
pub enum VenueCmd {
    /// Add a venue to an event.
    Add {
        #[arg(long)]
        event: String,
        #[command(flatten)]
        fields: VenueFields,
    },
    /// Change a venue.
    Edit {
        #[arg(long)]
        venue: i64,
        #[command(flatten)]
        fields: VenueFields,
    },
    /// Delete a venue (its rooms stay, without a venue).
    Delete {
        #[arg(long)]
        venue: i64,
    },
}

#[derive(Args)]
pub struct VenueFields {
    #[arg(long)]
    name: Option<String>,
    #[arg(long)]
    address: Option<String>,
    #[arg(long, allow_hyphen_values = true)]
    latitude: Option<f64>,
    #[arg(long, allow_hyphen_values = true)]
    longitude: Option<f64>,
}

impl VenueFields {
    fn apply(self, data: &mut VenueData) {
        set(&mut data.name, self.name);
        set(&mut data.address, self.address);
        if self.latitude.is_some() {
            data.latitude = self.latitude;
        }
        if self.longitude.is_some() {
            data.longitude = self.longitude;
        }
    }
}

pub fn venue(db: &Db, cmd: VenueCmd) -> CliResult {
    let mut store = open_store(db)?;
    match cmd {
        VenueCmd::Add { event, fields } => {
            let venue = store.write(|tx| {
                let event = tx.read().find_event(&event)?;
                let mut data = VenueData::default();
                fields.apply(&mut data);
                tx.create_venue(event.id, &data)
            })?;
            outln!("Created venue {} ({}).", venue.id, venue.data.name);
        }
        VenueCmd::Edit { venue, fields } => {
            let updated = store.write(|tx| {
                let mut data = tx.read().venue(venue)?.data;
                fields.apply(&mut data);
                tx.update_venue(venue, &data)
            })?;
            outln!("Updated venue {} ({}).", updated.id, updated.data.name);
        }
        VenueCmd::Delete { venue } => {
            store.write(|tx| tx.delete_venue(venue))?;
            outln!("Deleted venue {venue}.");
        }
    }
    Ok(())
}

// ---- rooms

#[derive(Subcommand)]
pub enum RoomCmd {
    /// Add a room.
    Add {
        #[arg(long)]
        event: String,
        #[command(flatten)]
        fields: RoomFields,
    },
    /// Change a room.
    Edit {
        #[arg(long)]
        event: String,
        /// Id, UUID or name.
        #[arg(long)]
        room: String,
        #[command(flatten)]
        fields: RoomFields,
    },
    /// The event's rooms.
    List {
        #[arg(long)]
        event: String,
        #[arg(long)]
        json: bool,
    },
    /// Delete a room; its sessions go back to the unscheduled tray.
    Delete {
        #[arg(long)]
        event: String,
        #[arg(long)]
        room: String,
    },
}

#[derive(Args)]
pub struct RoomFields {
    #[arg(long)]
    name: Option<String>,
    /// Venue id.
    #[arg(long)]
    venue: Option<i64>,
    #[arg(long)]
    capacity: Option<u32>,
    /// Building, floor or directions.
    #[arg(long)]
    location: Option<String>,
    /// The room can stream (needed for hybrid sessions).
    #[arg(long)]
    stream: Option<Option<bool>>,
    #[arg(long)]
    record: Option<Option<bool>>,
    /// Number of interpretation booths.
    #[arg(long)]
    booths: Option<u32>,
    /// An online-only room.
    #[arg(long = "virtual")]
    is_virtual: Option<Option<bool>>,
    #[arg(long)]
    join_url: Option<String>,
    /// Column order in the agenda.
    #[arg(long)]
    position: Option<i32>,
}

impl RoomFields {
    fn apply(self, data: &mut RoomData) {
        let flag = |v: Option<bool>| v.unwrap_or(true);
        set(&mut data.name, self.name);
        if self.venue.is_some() {
            data.venue_id = self.venue;
        }
        if self.capacity.is_some() {
            data.capacity = self.capacity;
        }
        set(&mut data.location, self.location);
        if let Some(v) = self.stream {
            data.can_stream = flag(v);
        }
        if let Some(v) = self.record {
            data.can_record = flag(v);
        }
        set(&mut data.interpretation_booths, self.booths);
        if let Some(v) = self.is_virtual {
            data.is_virtual = flag(v);
        }
        if self.join_url.is_some() {
            data.join_url = self.join_url.filter(|u| !u.is_empty());
        }
        set(&mut data.position, self.position);
    }
}

pub fn room(db: &Db, cmd: RoomCmd) -> CliResult {
    let mut store = open_store(db)?;
    match cmd {
        RoomCmd::Add { event, fields } => {
            let room = store.write(|tx| {
                let event = tx.read().find_event(&event)?;
                let mut data = RoomData {
                    position: tx.read().rooms(event.id)?.len() as i32,
                    ..Default::default()
                };
                fields.apply(&mut data);
                tx.create_room(event.id, &data)
            })?;
            outln!("Created room {} ({}).", room.id, room.data.name);
        }
        RoomCmd::Edit { event, room, fields } => {
            let updated = store.write(|tx| {
                let event = tx.read().find_event(&event)?;
                let old = tx.read().find_room(event.id, &room)?;
                let mut data = old.data.clone();
                fields.apply(&mut data);
                tx.update_room(old.id, &data)
            })?;
            outln!("Updated room {} ({}).", updated.id, updated.data.name);
        }
        RoomCmd::List { event, json } => {
            let reader = store.read();
            let event = reader.find_event(&event)?;
            let rooms = reader.rooms(event.id)?;
            if json {
                return print_json(&rooms);
            }
            for r in rooms {
                outln!(
                    "{:>4}  {:<30} capacity {:<6} {}{}{}",
                    r.id,
                    r.data.name,
                    r.data.capacity.map(|c| c.to_string()).unwrap_or_else(|| "-".into()),
                    if r.data.can_stream { "streaming " } else { "" },
                    if r.data.interpretation_booths > 0 {
                        "interpretation "
                    } else {
                        ""
                    },
                    if r.data.is_virtual { "online" } else { "" },
                );
            }
        }
        RoomCmd::Delete { event, room } => {
            store.write(|tx| {
                let event = tx.read().find_event(&event)?;
                let old = tx.read().find_room(event.id, &room)?;
                tx.delete_room(old.id)
            })?;
            outln!("Deleted room {room}.");
        }
    }
    Ok(())
}

// ---- people

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

// ---- sessions

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
                let new_start = match &start {
                    Some(s) => Some(local_time(&event, s, "start", fold)?),
                    None => old.data.start,
                };
                let new_end = match (&end, new_start, old.data.start, old.data.end) {
                    (Some(e), _, _, _) => Some(local_time(&event, e, "end", fold)?),
                    // Keep the length: a move is not a resize.
                    (None, Some(ns), Some(os), Some(oe)) => Some(ns.checked_add_signed(oe - os).ok_or_else(|| {
                        Error::invalid(
                            "session",
                            "end",
                            "the session's length does not fit after the new start",
                        )
                    })?),
                    (None, _, _, _) => old.data.end,
                };
                let new_room = match &room {
                    Some(r) => Some(tx.read().find_room(event.id, r)?.id),
                    None => old.data.room_id,
                };
                tx.move_session(old.id, new_start, new_end, new_room)
            })?;
            outln!("Moved session {} (revision {}).", moved.id, moved.revision);
        }
        SessionCmd::List { event, json } => {
            let reader = store.read();
            let event = reader.find_event(&event)?;
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
        }
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

// ---- roles and tags

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

// ---- vocabularies and selections

#[derive(Subcommand)]
pub enum VocabCmd {
    /// Vocabularies and their terms.
    List {
        #[arg(long)]
        json: bool,
    },
    /// A vocabulary of your own (tracks, topics, themed days).
    Add {
        /// Handle, e.g. tracks.
        key: String,
        name: String,
        #[arg(long, default_value = "")]
        description: String,
    },
    /// A term in one of your vocabularies.
    Term {
        /// The vocabulary's handle.
        vocabulary: String,
        /// Short code, e.g. dpi-day.
        code: String,
        label: String,
    },
}

pub fn vocab(db: &Db, cmd: VocabCmd) -> CliResult {
    let mut store = open_store(db)?;
    match cmd {
        VocabCmd::List { json } => {
            let reader = store.read();
            let vocabularies = reader.vocabularies()?;
            let terms = reader.terms()?;
            if json {
                return print_json(&serde_json::json!({ "vocabularies": vocabularies, "terms": terms }));
            }
            for v in vocabularies {
                outln!("{} ({}){}", v.name, v.key, if v.builtin { ", built in" } else { "" });
                for t in terms.iter().filter(|t| t.vocabulary_id == v.id) {
                    outln!("  {}:{:<18} {}", v.key, t.code, t.label);
                }
            }
        }
        VocabCmd::Add { key, name, description } => {
            let v = store.write(|tx| tx.create_vocabulary(&key, &name, &description))?;
            outln!("Created vocabulary {} ({}).", v.name, v.key);
        }
        VocabCmd::Term {
            vocabulary,
            code,
            label,
        } => {
            let t = store.write(|tx| {
                let v = tx.read().vocabulary_by_key(&vocabulary)?;
                tx.create_term(v.id, &code, &label)
            })?;
            outln!("Created term {vocabulary}:{} ({}).", t.code, t.label);
        }
    }
    Ok(())
}

#[derive(Subcommand)]
pub enum SelectionCmd {
    /// Save (or replace) a named selection of sessions.
    Save {
        #[arg(long)]
        event: String,
        #[arg(long)]
        name: String,
        /// Session ids, codes or UUIDs; id:N or code:C when a code is another session's id.
        sessions: Vec<String>,
    },
    /// The event's selections.
    List {
        #[arg(long)]
        event: String,
        #[arg(long)]
        json: bool,
    },
}

pub fn selection(db: &Db, cmd: SelectionCmd) -> CliResult {
    let mut store = open_store(db)?;
    match cmd {
        SelectionCmd::Save { event, name, sessions } => {
            let saved = store.write(|tx| {
                let event = tx.read().find_event(&event)?;
                let ids = sessions
                    .iter()
                    .map(|s| tx.read().find_session(event.id, s).map(|s| s.id))
                    .collect::<Result<Vec<_>, _>>()?;
                tx.save_selection(event.id, &name, &ids)
            })?;
            outln!(
                "Saved selection {:?} with {} session(s).",
                saved.name,
                saved.sessions.len()
            );
        }
        SelectionCmd::List { event, json } => {
            let reader = store.read();
            let event = reader.find_event(&event)?;
            let selections = reader.selections(event.id)?;
            if json {
                return print_json(&selections);
            }
            for s in selections {
                outln!("{:<24} {} session(s)", s.name, s.sessions.len());
            }
        }
    }
    Ok(())
}
