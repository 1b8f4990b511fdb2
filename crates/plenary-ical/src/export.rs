//! The strict writer: RFC 5545 + RFC 7986, every line folded at 75 octets with CRLF.
//!
//! Besides the standard properties that calendar apps show, each VEVENT carries the session's
//! fields as `X-PLENARY-*` properties (ignored by apps, RFC 5545 §3.8.8.2) so that
//! export → import → export is lossless. Private fields are written only with
//! `include_private`.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use plenary_core::{
    time, EventId, Participation, Person, PersonId, Reader, RoleAssignment, Room, Schedule, Session, SessionData,
    SessionItem, SessionStatus, Term, TermId, Venue, Vocabulary,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::fast_hash::FastHash;
use crate::text::{escape_text_with, quote_param_with, MAX_LINE_OCTETS};
use crate::vtimezone::{push_local, push_utc, vtimezone_lines};

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

/// Exports `event` from the store as iCalendar text.
pub fn export_event(reader: &Reader<'_>, event: EventId, options: &ExportOptions) -> plenary_core::Result<String> {
    let schedule = reader.schedule(event)?;
    // VTIMEZONE is sampled over the event's days: absurd ones (a hand-written store) are refused.
    plenary_core::sane::check_event_days(&schedule.event.data)?;
    let filter = resolve_scope(reader, &schedule, &options.scope)?;
    write_calendar(&schedule, &filter, options)
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

/// A local date-time written recently: (zone, instant), whether it is in a fold, its text.
type LocalEntry = (Option<(Tz, DateTime<Utc>)>, bool, String);

/// Content lines go through here, written and folded in one pass straight into `out`: `col`
/// counts the octets of the current physical line, and each piece (a name, a run of plain
/// text, an escape sequence) is split where it crosses 75 octets, on a character boundary.
/// This gives exactly the lines that folding the whole logical line would, without building
/// it first.
struct Writer {
    out: String,
    col: usize,
    /// The last UTC date-times written, formatted: DTSTAMP, CREATED and LAST-MODIFIED are
    /// mostly the same few instants in every VEVENT.
    utc_cache: [(Option<DateTime<Utc>>, String); 3],
    local_cache: [LocalEntry; 4],
    scratch: String,
}

impl Writer {
    fn new(capacity: usize) -> Writer {
        Writer {
            out: String::with_capacity(capacity),
            col: 0,
            utc_cache: Default::default(),
            local_cache: Default::default(),
            scratch: String::with_capacity(64),
        }
    }
    #[inline]
    fn push(&mut self, mut s: &str) {
        while self.col + s.len() > MAX_LINE_OCTETS {
            let mut cut = MAX_LINE_OCTETS - self.col;
            while !s.is_char_boundary(cut) {
                cut -= 1;
            }
            self.out.push_str(&s[..cut]);
            self.out.push_str("\r\n ");
            self.col = 1;
            s = &s[cut..];
        }
        self.out.push_str(s);
        self.col += s.len();
    }
    /// One ASCII character: no copy call for a single byte.
    #[inline]
    fn push_ascii(&mut self, c: u8) {
        debug_assert!(c.is_ascii());
        if self.col >= MAX_LINE_OCTETS {
            self.out.push_str("\r\n ");
            self.col = 1;
        }
        self.out.push(char::from(c));
        self.col += 1;
    }
    fn end_line(&mut self) {
        self.out.push_str("\r\n");
        self.col = 0;
    }
    fn raw(&mut self, line: &str) {
        self.push(line);
        self.end_line();
    }
    fn begin(&mut self, name: &str) -> &mut Self {
        debug_assert_eq!(self.col, 0, "a content line starts at the start of a line");
        self.push(name);
        self
    }
    fn param(&mut self, name: &str, value: &str) -> &mut Self {
        self.push_ascii(b';');
        self.push(name);
        self.push_ascii(b'=');
        quote_param_with(value, |piece| self.push(piece));
        self
    }
    /// A multi-valued parameter (RFC 5545 §3.2: values separated by commas, each quoted on
    /// its own when needed).
    fn param_list(&mut self, name: &str, values: &[&str]) -> &mut Self {
        self.push_ascii(b';');
        self.push(name);
        self.push_ascii(b'=');
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                self.push_ascii(b',');
            }
            quote_param_with(v, |piece| self.push(piece));
        }
        self
    }
    /// A parameter holding a UUID (hyphenated, lower case), formatted without allocating.
    fn param_uuid(&mut self, name: &str, uuid: &uuid::Uuid) -> &mut Self {
        let mut buf = [0u8; uuid::fmt::Hyphenated::LENGTH];
        // Hex digits and dashes: nothing to quote or encode.
        let text = uuid.hyphenated().encode_lower(&mut buf);
        self.push_ascii(b';');
        self.push(name);
        self.push_ascii(b'=');
        self.push(text);
        self
    }
    /// Escaped TEXT, without ending the line (a value of several pieces).
    fn escaped(&mut self, value: &str) {
        escape_text_with(value, |piece| self.push(piece));
    }
    fn text(&mut self, value: &str) {
        self.push_ascii(b':');
        self.escaped(value);
        self.end_line();
    }
    /// A value that is not TEXT (URI, DATE-TIME, INTEGER): written as it is.
    fn value(&mut self, value: &str) {
        self.push_ascii(b':');
        self.push(value);
        self.end_line();
    }
    fn text_prop(&mut self, name: &str, value: &str) {
        self.begin(name).text(value);
    }
    /// Skipped when empty: an empty X- property carries nothing.
    fn text_if(&mut self, name: &str, value: &str) {
        if !value.is_empty() {
            self.text_prop(name, value);
        }
    }
    fn uid(&mut self, uuid: &uuid::Uuid) {
        let mut buf = [0u8; uuid::fmt::Hyphenated::LENGTH];
        self.begin("UID");
        self.push_ascii(b':');
        self.push(uuid.hyphenated().encode_lower(&mut buf));
        self.push("@plenary");
        self.end_line();
    }
    fn number(&mut self, name: &str, n: impl std::fmt::Display) {
        let mut buf = std::mem::take(&mut self.scratch);
        buf.clear();
        let _ = write!(buf, "{n}");
        self.begin(name).value(&buf);
        self.scratch = buf;
    }
    /// Appends `t` as local time in `tz` to `buf` and returns true, or returns false when that
    /// local time happens twice (then it is written in UTC). Programmes run in slots, so the
    /// last few instants are kept: the zone conversions were 5% of an export.
    fn local_time(&mut self, tz: Tz, t: DateTime<Utc>, buf: &mut String) -> bool {
        let hit = self.local_cache.iter().position(|(key, _, _)| *key == Some((tz, t)));
        let i = match hit {
            Some(i) => i,
            None => {
                let mut text = std::mem::take(&mut self.local_cache[3].2);
                text.clear();
                let fold = in_fold(tz, t);
                if !fold {
                    push_local(&mut text, time::utc_to_local(tz, t));
                }
                self.local_cache.rotate_right(1);
                self.local_cache[0] = (Some((tz, t)), fold, text);
                0
            }
        };
        let (_, fold, text) = &self.local_cache[i];
        buf.push_str(text);
        !fold
    }
    fn time(&mut self, name: &str, t: DateTime<Utc>, tz: Option<Tz>) {
        let mut buf = std::mem::take(&mut self.scratch);
        buf.clear();
        self.begin(name);
        match tz {
            // A local time that happens twice (clocks went back) is written in UTC: RFC 5545
            // §3.3.5 says readers take the first, but libical takes the second, so only UTC
            // is read the same everywhere.
            Some(tz) if self.local_time(tz, t, &mut buf) => {
                self.push(";TZID=");
                self.push(tz.name());
                self.push_ascii(b':');
            }
            _ => {
                self.push_ascii(b':');
                match self.utc_cache.iter().find(|(at, _)| *at == Some(t)) {
                    Some((_, text)) => buf.push_str(text),
                    None => {
                        push_utc(&mut buf, t);
                        self.utc_cache.rotate_right(1);
                        self.utc_cache[0] = (Some(t), buf.clone());
                    }
                }
            }
        }
        self.push(&buf);
        self.end_line();
        self.scratch = buf;
    }
}

fn in_fold(tz: Tz, t: DateTime<Utc>) -> bool {
    use chrono::TimeZone;
    matches!(
        tz.from_local_datetime(&time::utc_to_local(tz, t)),
        chrono::LocalResult::Ambiguous(..)
    )
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
    plenary_core::sane::check_event_days(&schedule.event.data)?;
    // An old store may hold links the store now refuses: they never reach URL, CONFERENCE,
    // DESCRIPTION or X-PLENARY lines.
    let schedule = &*plenary_core::link::without_unsafe_links(schedule);
    let event = &schedule.event;
    let tz: Tz = event.data.timezone.parse().unwrap_or(chrono_tz::UTC);
    let look = Lookup {
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
    };
    let sessions: Vec<&Session> = schedule
        .sessions
        .iter()
        .filter(|s| s.data.start.is_some() && s.data.end.is_some() && scope.matches(s, tz))
        .collect();
    let now = options.now.unwrap_or_else(Utc::now);
    let mut w = Writer::new(4096 + sessions.len() * 4096);
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
    write_people(&mut w, &sessions, &look, options.include_private);
    let zone = (!options.utc).then_some(tz);
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
    let mut description = String::new();
    for s in sessions {
        write_session(&mut w, &mut description, s, schedule, &look, zone, now, options);
    }
    w.raw("END:VCALENDAR");
    Ok(w.out)
}

fn uid(uuid: &uuid::Uuid) -> String {
    format!("{uuid}@plenary")
}

fn person_line(out: &mut String, p: &Person, include_private: bool) {
    // push_str rather than write!: this runs for every role of every session.
    out.push_str(&p.data.honorific);
    if !p.data.honorific.is_empty() {
        out.push(' ');
    }
    out.push_str(&p.data.name);
    match (p.data.function.is_empty(), p.data.organisation.is_empty()) {
        (true, true) => {}
        (false, true) | (true, false) => {
            out.push_str(" (");
            out.push_str(&p.data.function);
            out.push_str(&p.data.organisation);
            out.push(')');
        }
        (false, false) => {
            out.push_str(" (");
            out.push_str(&p.data.function);
            out.push_str(", ");
            out.push_str(&p.data.organisation);
            out.push(')');
        }
    }
    if include_private {
        for contact in [&p.data.email, &p.data.phone] {
            if !contact.is_empty() {
                out.push_str(" <");
                out.push_str(contact);
                out.push('>');
            }
        }
    }
}

fn describe_roles(out: &mut String, roles: &[RoleAssignment], look: &Lookup<'_>, include_private: bool, indent: &str) {
    for r in roles {
        if let Some(p) = look.people.get(&r.person_id) {
            out.push_str(indent);
            out.push_str(r.role.label());
            out.push_str(": ");
            person_line(out, p, include_private);
            out.push('\n');
        }
    }
}

/// Appends the parts and a newline (push_str rather than `writeln!`: a dozen lines per
/// session).
fn line(out: &mut String, parts: &[&str]) {
    for p in parts {
        out.push_str(p);
    }
    out.push('\n');
}

/// Appends the items separated by `sep`, and a newline.
fn joined_line<S: AsRef<str>>(out: &mut String, items: &[S], sep: &str) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item.as_ref());
    }
    out.push('\n');
}

fn push_hhmm(s: &mut String, t: DateTime<Utc>, zone: Option<Tz>) {
    use chrono::Timelike;
    let local = match zone {
        Some(tz) => time::utc_to_local(tz, t),
        None => t.naive_utc(),
    };
    crate::vtimezone::push2(s, local.hour());
    s.push(':');
    crate::vtimezone::push2(s, local.minute());
    if zone.is_none() {
        s.push_str(" UTC");
    }
}

/// Where a session takes place, worked out once for its VEVENT and its items' VEVENTs.
struct Place<'a> {
    room: Option<&'a Room>,
    venue: Option<&'a Venue>,
    /// The session's join link, else its room's.
    join: Option<&'a str>,
    /// Whether anyone takes part online (not on-site only, or a virtual room).
    online: bool,
    /// LOCATION: "Room, Venue", "Room (Online)", "Online" or empty.
    location: String,
}

impl<'a> Place<'a> {
    fn of(d: &'a SessionData, schedule: &'a Schedule, look: &Lookup<'a>) -> Place<'a> {
        let room = d.room_id.and_then(|id| look.rooms.get(&id).copied());
        let venue = room.and_then(|r| r.data.venue_id).and_then(|v| schedule.venue(v));
        let location = match (room, venue) {
            (Some(r), _) if r.data.is_virtual => format!("{} (Online)", r.data.name),
            (Some(r), Some(v)) => format!("{}, {}", r.data.name, v.data.name),
            (Some(r), None) => r.data.name.clone(),
            (None, _) if d.participation == Participation::Remote => "Online".to_string(),
            (None, _) => String::new(),
        };
        Place {
            room,
            venue,
            join: d.join_url.as_deref().or(room.and_then(|r| r.data.join_url.as_deref())),
            online: d.participation != Participation::OnSite || room.is_some_and(|r| r.data.is_virtual),
            location,
        }
    }
}

/// One session's VEVENT (and with `items_as_events` one VEVENT per timed item), `desc` being
/// a buffer reused across sessions for the DESCRIPTION text. A session without times is left out.
#[allow(clippy::too_many_arguments)]
fn write_session(
    w: &mut Writer,
    desc: &mut String,
    s: &Session,
    schedule: &Schedule,
    look: &Lookup<'_>,
    zone: Option<Tz>,
    now: DateTime<Utc>,
    options: &ExportOptions,
) {
    let d = &s.data;
    let (Some(start), Some(end)) = (d.start, d.end) else {
        return;
    };
    let place = Place::of(d, schedule, look);
    let times = item_times(s);

    write_head(w, s, &s.uuid, (start, end), zone, now, look);
    w.text_prop("SUMMARY", &d.title);
    if !place.location.is_empty() {
        w.text_prop("LOCATION", &place.location);
    }
    describe_session(desc, d, &times, &place, look, zone, options);
    w.text_prop("DESCRIPTION", desc.trim_end());
    write_app_fields(w, d, &place, look);
    write_plenary_fields(w, d, &place, look, options.include_private);
    w.raw("END:VEVENT");

    if options.items_as_events {
        write_item_events(w, desc, s, &times, &place, look, (zone, now), options.include_private);
    }
}

/// BEGIN:VEVENT up to ORGANIZER, the same for a session and its items' VEVENTs.
fn write_head(
    w: &mut Writer,
    s: &Session,
    uuid: &uuid::Uuid,
    (start, end): (DateTime<Utc>, DateTime<Utc>),
    zone: Option<Tz>,
    now: DateTime<Utc>,
    look: &Lookup<'_>,
) {
    w.raw("BEGIN:VEVENT");
    w.uid(uuid);
    w.time("DTSTAMP", now, None);
    w.time("DTSTART", start, zone);
    w.time("DTEND", end, zone);
    w.number("SEQUENCE", s.revision);
    w.time("CREATED", s.created, None);
    w.time("LAST-MODIFIED", s.modified, None);
    w.begin("STATUS").value(status_text(s.data.status));
    w.out.push_str(&look.organizer);
}

/// The human-readable DESCRIPTION into `desc` (cleared first): subtitle, description, people,
/// programme, then one line per detail.
fn describe_session(
    desc: &mut String,
    d: &SessionData,
    times: &[Option<(DateTime<Utc>, DateTime<Utc>)>],
    place: &Place<'_>,
    look: &Lookup<'_>,
    zone: Option<Tz>,
    options: &ExportOptions,
) {
    let private = options.include_private;
    desc.clear();
    if !d.subtitle.is_empty() {
        desc.push_str(&d.subtitle);
        desc.push_str("\n\n");
    }
    if !d.description.is_empty() {
        desc.push_str(&d.description);
        desc.push_str("\n\n");
    }
    let before_people = desc.len();
    describe_roles(desc, &d.roles, look, private, "");
    if !d.items.is_empty() && !options.items_as_events {
        if desc.len() > before_people {
            desc.push('\n');
        }
        describe_programme(desc, &d.items, times, look, zone, private);
    }
    if desc.len() > before_people {
        desc.push('\n');
    }
    describe_details(desc, d, place, private);
    describe_tags(desc, &d.tags, look);
    for link in &d.links {
        line(desc, &[&link.label, ": ", &link.url]);
    }
    if private && !d.private_notes.is_empty() {
        line(desc, &["Private notes: ", &d.private_notes]);
    }
}

/// "Programme:" and one line per item ("09:00–09:30 Title", its people and description).
fn describe_programme(
    desc: &mut String,
    items: &[SessionItem],
    times: &[Option<(DateTime<Utc>, DateTime<Utc>)>],
    look: &Lookup<'_>,
    zone: Option<Tz>,
    private: bool,
) {
    desc.push_str("Programme:\n");
    for (item, t) in items.iter().zip(times) {
        match t {
            Some((a, b)) => {
                push_hhmm(desc, *a, zone);
                desc.push('–');
                push_hhmm(desc, *b, zone);
                desc.push(' ');
                desc.push_str(&item.title);
                desc.push('\n');
            }
            None => {
                let _ = writeln!(desc, "{}", item.title);
            }
        }
        describe_roles(desc, &item.roles, look, private, "  ");
        if !item.description.is_empty() {
            for line in item.description.lines() {
                let _ = writeln!(desc, "  {line}");
            }
        }
    }
}

/// Participation, joining, registration, languages and organisers, one line each.
fn describe_details(desc: &mut String, d: &SessionData, place: &Place<'_>, private: bool) {
    line(desc, &["Participation: ", participation_text(d.participation)]);
    if place.online {
        if let Some(url) = place.join {
            line(desc, &["Join online: ", url]);
        }
    }
    if !d.join_instructions.is_empty() {
        line(desc, &["How to join: ", &d.join_instructions]);
    }
    if private && !d.passcode.is_empty() {
        line(desc, &["Passcode: ", &d.passcode]);
    }
    if let Some(url) = &d.registration_url {
        line(desc, &["Registration: ", url]);
    }
    if !d.languages.is_empty() {
        desc.push_str("Languages: ");
        joined_line(desc, &d.languages, ", ");
    }
    if !d.interpretation.is_empty() {
        desc.push_str("Interpretation: ");
        joined_line(desc, &d.interpretation, ", ");
    }
    if !d.organisers.is_empty() {
        desc.push_str("Organised by: ");
        joined_line(desc, &d.organisers, ", ");
    }
}

/// Tags, one line per vocabulary in the order they appear: "Sustainable Development Goals: 9
/// Industry, Innovation and Infrastructure; 17 Partnerships for the Goals".
fn describe_tags(desc: &mut String, tags: &[TermId], look: &Lookup<'_>) {
    let mut by_vocab: Vec<(i64, Vec<&str>)> = Vec::new();
    for t in tags.iter().filter_map(|t| look.terms.get(t)) {
        let label = look.tag_labels.get(&t.id).map(String::as_str).unwrap_or(&t.label);
        match by_vocab.iter_mut().find(|(v, _)| *v == t.vocabulary_id) {
            Some((_, labels)) => labels.push(label),
            None => by_vocab.push((t.vocabulary_id, vec![label])),
        }
    }
    for (vocab, labels) in by_vocab {
        let name = look.vocabularies.get(&vocab).map(|v| v.name.as_str()).unwrap_or("Tags");
        desc.push_str(name);
        desc.push_str(": ");
        joined_line(desc, &labels, "; ");
    }
}

/// What calendar apps read besides SUMMARY, LOCATION and DESCRIPTION: URL, CATEGORIES and
/// CONFERENCE.
fn write_app_fields(w: &mut Writer, d: &SessionData, place: &Place<'_>, look: &Lookup<'_>) {
    if let Some(url) = d
        .registration_url
        .as_deref()
        .or(d.links.first().map(|l| l.url.as_str()))
    {
        w.begin("URL").value(url);
    }
    let categories: Vec<&str> = d
        .tags
        .iter()
        .filter_map(|t| look.terms.get(t))
        .map(|t| t.label.as_str())
        .collect();
    if !categories.is_empty() {
        w.begin("CATEGORIES").push_ascii(b':');
        for (i, c) in categories.iter().enumerate() {
            if i > 0 {
                w.push_ascii(b',');
            }
            w.escaped(c);
        }
        w.end_line();
    }
    if place.online {
        if let Some(url) = place.join {
            write_conference(w, &d.title, url);
        }
    }
}

/// Plenary's own fields as X-PLENARY-* properties, for a lossless re-import (private ones
/// only with `private`).
fn write_plenary_fields(w: &mut Writer, d: &SessionData, place: &Place<'_>, look: &Lookup<'_>, private: bool) {
    w.text_if("X-PLENARY-CODE", &d.code);
    w.text_if("X-PLENARY-SUBTITLE", &d.subtitle);
    w.text_prop("X-PLENARY-KIND", d.kind.as_str());
    w.text_prop("X-PLENARY-PARTICIPATION", d.participation.as_str());
    w.text_if("X-PLENARY-DESCRIPTION", &d.description);
    if let Some(room) = place.room {
        w.begin("X-PLENARY-ROOM");
        if let Some(v) = place.venue {
            w.param("VENUE", &v.data.name);
        }
        if room.data.is_virtual {
            w.param("VIRTUAL", "TRUE");
        }
        w.text(&room.data.name);
    }
    if let Some(url) = &d.join_url {
        w.text_prop("X-PLENARY-JOIN-URL", url);
    }
    w.text_if("X-PLENARY-JOIN-INSTRUCTIONS", &d.join_instructions);
    if let Some(url) = &d.registration_url {
        w.text_prop("X-PLENARY-REGISTRATION-URL", url);
    }
    for l in &d.languages {
        w.text_prop("X-PLENARY-LANGUAGE", l);
    }
    for l in &d.interpretation {
        w.text_prop("X-PLENARY-INTERPRETATION", l);
    }
    for o in &d.organisers {
        w.text_prop("X-PLENARY-ORGANISER", o);
    }
    for l in &d.links {
        w.begin("X-PLENARY-LINK").param("LABEL", &l.label).text(&l.url);
    }
    write_tags(w, &d.tags, look);
    write_roles(w, &d.roles, None, look);
    write_items(w, &d.items, look);
    if private {
        w.text_if("X-PLENARY-PASSCODE", &d.passcode);
        w.text_if("X-PLENARY-PRIVATE-NOTES", &d.private_notes);
    }
}

/// X-PLENARY-TAG lines: the term's label, its vocabulary's name, and `vocabulary:code`.
fn write_tags(w: &mut Writer, tags: &[TermId], look: &Lookup<'_>) {
    for t in tags.iter().filter_map(|t| look.terms.get(t)) {
        let vocab = look.vocabularies.get(&t.vocabulary_id);
        w.begin("X-PLENARY-TAG").param("LABEL", &t.label);
        if let Some(v) = vocab {
            w.param("VOCABULARY", &v.name).push_ascii(b':');
            w.escaped(&v.key);
            w.push_ascii(b':');
            w.escaped(&t.code);
            w.end_line();
        } else {
            w.text(&t.code);
        }
    }
}

/// X-PLENARY-ITEM lines (start, minutes, title), each item's description and roles.
fn write_items(w: &mut Writer, items: &[SessionItem], look: &Lookup<'_>) {
    for item in items {
        w.begin("X-PLENARY-ITEM").param_uuid("ITEM", &item.uuid);
        if let Some(t) = item.start {
            let mut v = String::new();
            push_utc(&mut v, t);
            w.param("START", &v);
        }
        if let Some(m) = item.minutes {
            w.param("MINUTES", &m.to_string());
        }
        w.text(&item.title);
        if !item.description.is_empty() {
            w.begin("X-PLENARY-ITEM-DESCRIPTION")
                .param_uuid("ITEM", &item.uuid)
                .text(&item.description);
        }
        write_roles(w, &item.roles, Some(item), look);
    }
}

/// With `items_as_events`, a VEVENT per timed item, RELATED-TO its session's VEVENT.
#[allow(clippy::too_many_arguments)]
fn write_item_events(
    w: &mut Writer,
    desc: &mut String,
    s: &Session,
    times: &[Option<(DateTime<Utc>, DateTime<Utc>)>],
    place: &Place<'_>,
    look: &Lookup<'_>,
    (zone, now): (Option<Tz>, DateTime<Utc>),
    private: bool,
) {
    let d = &s.data;
    let this_uid = uid(&s.uuid);
    for (item, t) in d.items.iter().zip(times) {
        let Some(t) = *t else { continue };
        write_head(w, s, &item.uuid, t, zone, now, look);
        w.text_prop("SUMMARY", &item.title);
        if !place.location.is_empty() {
            w.text_prop("LOCATION", &place.location);
        }
        desc.clear();
        if !item.description.is_empty() {
            desc.push_str(&item.description);
            desc.push_str("\n\n");
        }
        describe_roles(desc, &item.roles, look, private, "");
        let _ = write!(desc, "Part of: {}", d.title);
        w.text_prop("DESCRIPTION", desc);
        w.begin("RELATED-TO").param("RELTYPE", "PARENT").value(&this_uid);
        if place.online {
            if let Some(url) = place.join {
                write_conference(w, &d.title, url);
            }
        }
        w.begin("X-PLENARY-ITEM-OF").value(&this_uid);
        w.raw("END:VEVENT");
    }
}

/// RFC 5546 requires ORGANIZER in a PUBLISH VEVENT. The organiser is the event's first
/// organising body; its address is the event's URN, as Plenary invents no e-mail address.
/// Written once, folded, and copied into every VEVENT.
fn organizer_line(schedule: &Schedule) -> String {
    let event = &schedule.event;
    let name = event.data.organisers.first().unwrap_or(&event.data.title);
    let mut w = Writer::new(128);
    w.begin("ORGANIZER")
        .param("CN", name)
        .value(&format!("urn:uuid:{}", event.uuid));
    w.out
}

/// The join link for apps: "Join <title>" as its label.
fn write_conference(w: &mut Writer, title: &str, url: &str) {
    let mut label = std::mem::take(&mut w.scratch);
    label.clear();
    label.push_str("Join ");
    label.push_str(title);
    w.begin("CONFERENCE")
        .param("VALUE", "URI")
        .param_list("FEATURE", &["AUDIO", "VIDEO"])
        .param("LABEL", &label)
        .value(url);
    w.scratch = label;
}

fn write_roles(w: &mut Writer, roles: &[RoleAssignment], item: Option<&SessionItem>, look: &Lookup<'_>) {
    for r in roles {
        let Some(p) = look.people.get(&r.person_id) else {
            continue;
        };
        w.begin("X-PLENARY-ROLE")
            .param("ROLE", r.role.as_str())
            .param_uuid("PERSON", &p.uuid);
        if let Some(item) = item {
            w.param_uuid("ITEM", &item.uuid);
        }
        w.text(&p.data.name);
    }
}

/// The people of the exported sessions, once each in order of first appearance, as
/// calendar properties: their roles in the VEVENTs then name only role and UUID.
fn write_people(w: &mut Writer, sessions: &[&Session], look: &Lookup<'_>, private: bool) {
    let mut seen: HashSet<PersonId, FastHash> = HashSet::default();
    let roles = sessions.iter().flat_map(|s| {
        s.data
            .roles
            .iter()
            .chain(s.data.items.iter().flat_map(|i| i.roles.iter()))
    });
    for r in roles {
        if !seen.insert(r.person_id) {
            continue;
        }
        let Some(p) = look.people.get(&r.person_id) else {
            continue;
        };
        w.begin("X-PLENARY-PERSON").param_uuid("PERSON", &p.uuid);
        for (name, value) in [
            ("HONORIFIC", &p.data.honorific),
            ("FUNCTION", &p.data.function),
            ("ORGANISATION", &p.data.organisation),
        ] {
            if !value.is_empty() {
                w.param(name, value);
            }
        }
        if private {
            for (name, value) in [("EMAIL", &p.data.email), ("PHONE", &p.data.phone)] {
                if !value.is_empty() {
                    w.param(name, value);
                }
            }
        }
        w.text(&p.data.name);
    }
}
