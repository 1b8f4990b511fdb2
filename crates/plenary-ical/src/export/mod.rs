//! The strict writer: RFC 5545 + RFC 7986, every line folded at 75 octets with CRLF.
//!
//! Besides the standard properties that calendar apps show, each VEVENT carries the session's
//! fields as `X-PLENARY-*` properties (ignored by apps, RFC 5545 §3.8.8.2) so that
//! export → import → export is lossless. Private fields are written only with
//! `include_private`.

mod description;
mod resource;
mod vevent;
mod writer;

pub use resource::{session_resources, SessionResource};

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use plenary_core::{
    time, Event, EventId, Participation, Person, PersonId, Reader, RoleAssignment, Room, Schedule, Session,
    SessionStatus, Term, Vocabulary,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::fast_hash::FastHash;
use crate::vtimezone::vtimezone_lines;

use vevent::{organizer_line, write_people, write_session};
use writer::Writer;

pub const PRODID: &str = "-//Plenary//Plenary agenda planner//EN";

/// Which sessions to export. Every filter that is set must match (they combine).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ExportScope {
    /// One day of the event, in the event's zone.
    pub day: Option<NaiveDate>,
    /// A room by name, id or UUID.
    pub room: Option<String>,
    /// A person (by name, id or UUID): the sessions where they have any role, items included.
    pub person: Option<String>,
    /// A tag written `vocabulary:code` ("sdg:9", "wsis:C7").
    pub tag: Option<String>,
    /// A named selection kept in the store ("My week").
    pub selection: Option<String>,
}

/// How to write the calendar: which sessions, in which time form, with what.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ExportOptions {
    pub scope: ExportScope,
    /// All times in UTC ("Z"), no VTIMEZONE.
    pub utc: bool,
    /// Nested items as VEVENTs of their own (UID from the item's UUID) besides the session.
    pub items_as_events: bool,
    /// E-mails, phone numbers, passcodes and private notes. Off unless asked for.
    pub include_private: bool,
    /// DTSTAMP of every VEVENT; the current time when unset (tests fix it). Not in the UI's
    /// type: the window always stamps with the current time.
    #[ts(skip)]
    pub now: Option<DateTime<Utc>>,
}

/// A written calendar and how many sessions it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    /// The iCalendar text (CRLF lines, folded).
    pub text: String,
    /// Sessions written, each once: a session's item VEVENTs (`items_as_events`) are not
    /// counted, so this is not [`vevent_count`] of the text.
    pub sessions: usize,
}

/// Exports `event` from the store as iCalendar text.
///
/// # Errors
/// An unknown event or scope name (`Error::NotFound`), a scope day outside the event, or the
/// event's stored days outside the sane range (`Error::Invalid` naming the field).
pub fn export_event(reader: &Reader<'_>, event: EventId, options: &ExportOptions) -> plenary_core::Result<String> {
    export_calendar(reader, event, options).map(|c| c.text)
}

/// The same as [`export_event`], with the number of sessions the calendar holds (what a window
/// reports after the export).
///
/// # Errors
/// As [`export_event`].
pub fn export_calendar(reader: &Reader<'_>, event: EventId, options: &ExportOptions) -> plenary_core::Result<Calendar> {
    let schedule = reader.schedule(event)?;
    // VTIMEZONE is sampled over the event's days: absurd ones (a hand-written store) are refused.
    plenary_core::sane::check_event_days(&schedule.event.data)?;
    let filter = resolve_scope(reader, &schedule, &options.scope)?;
    write_counted(&schedule, &filter, options)
}

/// The same as [`export_event`], as UTF-8 bytes (what a file or HTTP response takes).
pub fn export_event_bytes(
    reader: &Reader<'_>,
    event: EventId,
    options: &ExportOptions,
) -> plenary_core::Result<Vec<u8>> {
    export_event(reader, event, options).map(String::into_bytes)
}

/// How many VEVENTs a calendar written by [`write_calendar`] holds (0: the event, or the
/// scope, has no scheduled sessions; the file then holds only the event's VTIMEZONE).
pub fn vevent_count(calendar: &str) -> usize {
    // Content lines start after CRLF; a TEXT value never holds a raw line break.
    calendar.matches("\r\nBEGIN:VEVENT\r\n").count()
}

/// A scope with its names resolved against the store.
#[derive(Debug, Clone, Default)]
pub struct ResolvedScope {
    pub day: Option<NaiveDate>,
    pub room: Option<Room>,
    pub person: Option<Person>,
    pub tag: Option<Term>,
    pub selection: Option<(String, HashSet<i64>)>,
}

pub fn resolve_scope(
    reader: &Reader<'_>,
    schedule: &Schedule,
    scope: &ExportScope,
) -> plenary_core::Result<ResolvedScope> {
    let event = &schedule.event;
    if let Some(day) = scope.day {
        if day < event.data.start_date || day > event.data.end_date {
            return Err(plenary_core::Error::invalid(
                "export",
                "day",
                format!(
                    "{day} is not a day of {} ({} to {})",
                    event.data.slug, event.data.start_date, event.data.end_date
                ),
            ));
        }
    }
    Ok(ResolvedScope {
        day: scope.day,
        room: scope
            .room
            .as_deref()
            .map(|r| reader.find_room(event.id, r))
            .transpose()?,
        person: scope.person.as_deref().map(|p| reader.find_person(p)).transpose()?,
        tag: scope.tag.as_deref().map(|t| reader.find_term(t)).transpose()?,
        selection: scope
            .selection
            .as_deref()
            .map(|s| {
                reader
                    .find_selection(event.id, s)
                    .map(|sel| (sel.name, sel.sessions.into_iter().collect()))
            })
            .transpose()?,
    })
}

fn has_person(roles: &[RoleAssignment], person: PersonId) -> bool {
    roles.iter().any(|r| r.person_id == person)
}

impl ResolvedScope {
    fn matches(&self, s: &Session, tz: Tz) -> bool {
        if let Some(day) = self.day {
            let Some(start) = s.data.start else { return false };
            if time::utc_to_local(tz, start).date() != day {
                return false;
            }
        }
        if let Some(room) = &self.room {
            if s.data.room_id != Some(room.id) {
                return false;
            }
        }
        if let Some(p) = &self.person {
            if !has_person(&s.data.roles, p.id) && !s.data.items.iter().any(|i| has_person(&i.roles, p.id)) {
                return false;
            }
        }
        if let Some(t) = &self.tag {
            if !s.data.tags.contains(&t.id) {
                return false;
            }
        }
        if let Some((_, ids)) = &self.selection {
            if !ids.contains(&s.id) {
                return false;
            }
        }
        true
    }

    /// " — Room 1", " — 2026-07-07": what the calendar's name adds to the event's title.
    fn name_suffix(&self) -> String {
        let mut parts = Vec::new();
        if let Some(d) = self.day {
            parts.push(d.to_string());
        }
        if let Some(r) = &self.room {
            parts.push(r.data.name.clone());
        }
        if let Some(p) = &self.person {
            parts.push(p.data.display_name());
        }
        if let Some(t) = &self.tag {
            parts.push(t.label.clone());
        }
        if let Some((name, _)) = &self.selection {
            parts.push(name.clone());
        }
        parts.iter().map(|p| format!(" — {p}")).collect()
    }
}

type IdMap<V> = HashMap<i64, V, FastHash>;

struct Lookup<'a> {
    rooms: IdMap<&'a Room>,
    people: IdMap<&'a Person>,
    terms: IdMap<&'a Term>,
    vocabularies: IdMap<&'a Vocabulary>,
    /// How a tag reads in a description: "9 Industry, Innovation and Infrastructure" where the
    /// code says something, the label alone for a user term whose code is its slug.
    tag_labels: IdMap<String>,
    /// The ORGANIZER line, folded: the same in every VEVENT.
    organizer: String,
}

/// Where an item of a session runs: its explicit start, or the end of the one before.
pub fn item_times(session: &Session) -> Vec<Option<(DateTime<Utc>, DateTime<Utc>)>> {
    let (Some(s_start), Some(s_end)) = (session.data.start, session.data.end) else {
        return vec![None; session.data.items.len()];
    };
    let items = &session.data.items;
    let mut cursor = s_start;
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let start = item.start.unwrap_or(cursor);
        let end = match item.minutes {
            Some(m) => start + Duration::minutes(m.into()),
            None => items[i + 1..].iter().find_map(|n| n.start).unwrap_or(s_end),
        };
        out.push((end > start).then_some((start, end)));
        cursor = end;
    }
    out
}

fn status_text(status: SessionStatus) -> &'static str {
    match status {
        SessionStatus::Draft => "TENTATIVE",
        SessionStatus::Confirmed => "CONFIRMED",
        SessionStatus::Cancelled => "CANCELLED",
    }
}

fn participation_text(p: Participation) -> &'static str {
    match p {
        Participation::OnSite => "On site",
        Participation::Remote => "Online only",
        Participation::Hybrid => "Hybrid: on site and online",
    }
}

/// Writes the calendar for the sessions of `schedule` that `scope` selects.
///
/// # Errors
/// The event's stored days outside the sane range, naming `event start_date` or `event
/// end_date`: the VTIMEZONE is sampled over them (a store written by hand may hold +262142).
pub fn write_calendar(
    schedule: &Schedule,
    scope: &ResolvedScope,
    options: &ExportOptions,
) -> plenary_core::Result<String> {
    write_counted(schedule, scope, options).map(|c| c.text)
}

/// [`write_calendar`] with the count of sessions written.
fn write_counted(
    schedule: &Schedule,
    scope: &ResolvedScope,
    options: &ExportOptions,
) -> plenary_core::Result<Calendar> {
    plenary_core::sane::check_event_days(&schedule.event.data)?;
    // An old store may hold links the store now refuses: they never reach URL, CONFERENCE,
    // DESCRIPTION or X-PLENARY lines.
    let schedule = &*plenary_core::link::without_unsafe_links(schedule);
    let tz: Tz = schedule.event.data.timezone.parse().unwrap_or(chrono_tz::UTC);
    let look = Lookup::of(schedule);
    let sessions: Vec<&Session> = schedule
        .sessions
        .iter()
        .filter(|s| s.data.start.is_some() && s.data.end.is_some() && scope.matches(s, tz))
        .collect();
    let now = options.now.unwrap_or_else(Utc::now);
    let mut w = Writer::new(4096 + sessions.len() * 4096);
    write_calendar_head(&mut w, &schedule.event, scope, tz, options);
    write_people(&mut w, &sessions, &look, options.include_private);
    let zone = (!options.utc).then_some(tz);
    write_timezone(&mut w, &schedule.event, &sessions, tz, zone);
    let mut description = String::new();
    let count = sessions.len();
    for s in sessions {
        write_session(&mut w, &mut description, s, schedule, &look, zone, now, options);
    }
    w.raw("END:VCALENDAR");
    Ok(Calendar {
        text: w.out,
        sessions: count,
    })
}

impl<'a> Lookup<'a> {
    /// The schedule's rooms, people, terms and vocabularies by id, each tag's description
    /// label, and the ORGANIZER line.
    fn of(schedule: &'a Schedule) -> Lookup<'a> {
        Lookup {
            rooms: schedule.rooms.iter().map(|r| (r.id, r)).collect(),
            people: schedule.people.iter().map(|p| (p.id, p)).collect(),
            terms: schedule.terms.iter().map(|t| (t.id, t)).collect(),
            vocabularies: schedule.vocabularies.iter().map(|v| (v.id, v)).collect(),
            tag_labels: schedule
                .terms
                .iter()
                .map(|t| {
                    let label = if plenary_core::store::slugify(&t.label) == t.code {
                        t.label.clone()
                    } else {
                        format!("{} {}", t.code, t.label)
                    };
                    (t.id, label)
                })
                .collect(),
            organizer: organizer_line(schedule),
        }
    }
}

/// BEGIN:VCALENDAR and the calendar's own properties: name, description, zone, refresh
/// interval, the event's slug and whether private fields are included.
fn write_calendar_head(w: &mut Writer, event: &Event, scope: &ResolvedScope, tz: Tz, options: &ExportOptions) {
    w.raw("BEGIN:VCALENDAR");
    w.raw("VERSION:2.0");
    w.raw(&format!("PRODID:{PRODID}"));
    w.raw("CALSCALE:GREGORIAN");
    w.raw("METHOD:PUBLISH");
    let name = format!("{}{}", event.data.title, scope.name_suffix());
    w.text_prop("NAME", &name);
    w.text_prop("X-WR-CALNAME", &name);
    if !event.data.tagline.is_empty() {
        w.text_prop("X-WR-CALDESC", &event.data.tagline);
    }
    w.text_prop("X-WR-TIMEZONE", tz.name());
    // Subscribed calendars are refreshed hourly: programme changes reach attendees the same
    // day (RFC 7986 REFRESH-INTERVAL; X-PUBLISHED-TTL for Outlook).
    w.raw("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
    w.raw("X-PUBLISHED-TTL:PT1H");
    w.text_prop("X-PLENARY-EVENT", &event.data.slug);
    if options.include_private {
        w.raw("X-PLENARY-PRIVATE:TRUE");
    }
}

/// The VTIMEZONE of `zone` (times written in the event's zone) over the sessions and their
/// items; for a calendar without sessions, `tz`'s over the event's days.
fn write_timezone(w: &mut Writer, event: &Event, sessions: &[&Session], tz: Tz, zone: Option<Tz>) {
    if let Some(tz) = zone {
        let from = sessions.iter().filter_map(|s| s.data.start).min();
        let to = sessions.iter().filter_map(|s| s.data.end).max();
        // Items may run past their session's end; the block covers them too.
        let item_to = sessions
            .iter()
            .flat_map(|s| item_times(s))
            .flatten()
            .map(|(_, e)| e)
            .max();
        if let (Some(from), Some(to)) = (from, to.max(item_to)) {
            for line in vtimezone_lines(tz, from, to) {
                w.raw(&line);
            }
        }
    }
    if sessions.is_empty() {
        // RFC 5545 §3.6 requires at least one component and strict readers refuse a calendar
        // without one: the event's own VTIMEZONE over its days keeps the file valid (also
        // with `utc`, where it is simply not referred to). The CLI tells the user the file
        // has no sessions.
        let first = plenary_core::time::day_start_at(tz, event.data.start_date, event.data.day_change);
        let after = event.data.end_date.succ_opt().unwrap_or(event.data.end_date);
        let last = plenary_core::time::day_start_at(tz, after, event.data.day_change);
        for line in vtimezone_lines(tz, first, last.max(first)) {
            w.raw(&line);
        }
    }
}
