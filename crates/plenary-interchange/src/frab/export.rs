//! Writes an event as frab schedule XML (valid against the c3voc `schedule.xml.xsd`) and as
//! schedule JSON (valid against `schedule.schema.json`, v1).
//!
//! Choices the schemas force, and why:
//! - A frab event needs a positive integer `id`: the session's code when it is a number used by
//!   no other session, else a number derived from its UUID (stable across exports).
//! - The `guid` is the session's UUID; rooms carry theirs; people are listed by UUID.
//! - Every `date` carries its offset in the event's zone; `start` is the local HH:MM.
//! - The XML `<person>` has no role attribute in the schema, so roles appear only in JSON.
//! - A session in the tray (no time) or cancelled cannot be in a timetable and is omitted
//!   (listed in [`Exported::omitted`]); private fields (passcodes, notes, e-mail) never appear.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use plenary_core::time;
use plenary_core::{slugify, Room, Schedule, Session, SessionKind, SessionStatus};
use serde::Serialize;
use uuid::Uuid;

use super::TRACKS_VOCABULARY;

/// The text of an export and the sessions that could not be part of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Exported {
    pub text: String,
    /// "231 \"Title\": not scheduled" — one line per session left out.
    pub omitted: Vec<String>,
}

/// Session kinds as frab `<type>`s; the import maps them back.
fn frab_type(kind: SessionKind) -> &'static str {
    match kind {
        SessionKind::Presentation => "lecture",
        SessionKind::InteractiveSession => "meeting",
        other => other.as_str(),
    }
}

/// What the two formats share: the sessions that fit a timetable, grouped by day, with their ids.
struct Plan<'s> {
    tz: Tz,
    /// The local time at which each conference day begins (the event's day change).
    day_change: NaiveTime,
    days: Vec<NaiveDate>,
    /// Per day, the sessions starting that day (local), in time order.
    by_day: Vec<Vec<&'s Session>>,
    ids: HashMap<Uuid, u64>,
    rooms: Vec<Room>,
    tracks: HashMap<i64, String>,
    /// Per session, the index of its room in `rooms`.
    room_index: HashMap<Uuid, usize>,
    people: HashMap<i64, &'s plenary_core::Person>,
    acronym: Option<String>,
    omitted: Vec<String>,
    version: String,
}

fn label(s: &Session) -> String {
    if s.data.code.is_empty() {
        format!("{:?}", s.data.title)
    } else {
        format!("{} {:?}", s.data.code, s.data.title)
    }
}

impl<'s> Plan<'s> {
    fn new(schedule: &'s Schedule) -> Plan<'s> {
        let tz: Tz = schedule.event.data.timezone.parse().unwrap_or(chrono_tz::UTC);
        let mut omitted = Vec::new();
        let mut days = Vec::new();
        // An event lasts at most a year (the store's rule), so this ends; `succ_opt` guards
        // the last representable date all the same.
        let mut d = Some(schedule.event.data.start_date);
        while let Some(day) = d.filter(|d| *d <= schedule.event.data.end_date) {
            days.push(day);
            d = day.succ_opt();
        }
        let mut by_day: Vec<Vec<&Session>> = vec![Vec::new(); days.len()];
        let mut ids: HashMap<Uuid, u64> = HashMap::new();
        let mut fallback_rooms = HashMap::new();
        // Codes that are positive numbers used once keep their number as the frab id.
        let mut code_count: HashMap<u64, usize> = HashMap::new();
        for s in &schedule.sessions {
            if let Ok(n) = s.data.code.parse::<u64>() {
                *code_count.entry(n).or_default() += 1;
            }
        }
        let mut taken: HashSet<u64> = code_count
            .iter()
            .filter(|(n, c)| **c == 1 && **n > 0)
            .map(|(n, _)| *n)
            .collect();
        for s in &schedule.sessions {
            let (Some(start), Some(end)) = (s.data.start, s.data.end) else {
                omitted.push(format!("{}: not scheduled (in the tray)", label(s)));
                continue;
            };
            if s.data.status == SessionStatus::Cancelled {
                omitted.push(format!("{}: cancelled", label(s)));
                continue;
            }
            if (end - start).num_minutes() > 99 * 60 + 59 {
                omitted.push(format!(
                    "{}: longer than 99:59, which frab durations cannot express",
                    label(s)
                ));
                continue;
            }
            // Sessions after midnight but before the day change belong to the day before.
            let date = schedule.event.data.conference_day(tz, start);
            let Some(day) = days.iter().position(|d| *d == date) else {
                omitted.push(format!("{}: outside the event's days", label(s)));
                continue;
            };
            by_day[day].push(s);
            let id = match s.data.code.parse::<u64>() {
                Ok(n) if n > 0 && code_count.get(&n) == Some(&1) => n,
                _ => {
                    // 31 bits of the UUID: stable, positive, and rarely taken; step on if it is.
                    let mut n = (s.uuid.as_u128() as u64 & 0x7fff_ffff).max(1);
                    while taken.contains(&n) {
                        n = n % 0x7fff_ffff + 1;
                    }
                    taken.insert(n);
                    n
                }
            };
            ids.insert(s.uuid, id);
            if s.data.room_id.and_then(|r| schedule.room(r)).is_none() {
                let name = if s.data.participation == plenary_core::Participation::Remote {
                    "Online"
                } else {
                    "To be announced"
                };
                fallback_rooms.insert(s.uuid, name.to_string());
            }
        }
        let mut rooms = schedule.rooms.clone();
        let mut fallback_names: Vec<&String> = fallback_rooms.values().collect();
        fallback_names.sort();
        fallback_names.dedup();
        for name in fallback_names {
            if !rooms.iter().any(|r| &r.data.name == name) {
                rooms.push(Room {
                    id: -1,
                    uuid: Uuid::new_v5(&schedule.event.uuid, format!("room:{name}").as_bytes()),
                    event_id: schedule.event.id,
                    data: plenary_core::RoomData {
                        name: name.clone(),
                        ..Default::default()
                    },
                });
            }
        }
        let by_name: HashMap<&str, usize> = rooms
            .iter()
            .enumerate()
            .map(|(i, r)| (r.data.name.as_str(), i))
            .collect();
        let by_id: HashMap<i64, usize> = rooms.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
        let mut room_index = HashMap::new();
        for s in by_day.iter().flatten() {
            let index = match s.data.room_id.and_then(|r| by_id.get(&r)) {
                Some(i) => *i,
                None => by_name[fallback_rooms[&s.uuid].as_str()],
            };
            room_index.insert(s.uuid, index);
        }
        let people = schedule.people.iter().map(|p| (p.id, p)).collect();
        // A session's track: its term in the "tracks" vocabulary, else its first tag.
        let tracks_vocab = schedule
            .vocabularies
            .iter()
            .find(|v| v.key == TRACKS_VOCABULARY)
            .map(|v| v.id);
        let mut tracks = HashMap::new();
        for s in &schedule.sessions {
            let terms: Vec<_> = s.data.tags.iter().filter_map(|t| schedule.term(*t)).collect();
            let chosen = terms
                .iter()
                .find(|t| Some(t.vocabulary_id) == tracks_vocab)
                .or_else(|| terms.first())
                .map(|t| t.label.clone());
            if let Some(track) = chosen {
                tracks.insert(s.id, track);
            }
        }
        // The XSD's acronym is [a-z0-9_-]{4,}; the JSON schema's allows no dashes after the
        // first character. Underscores for dashes satisfy both; the import turns them back.
        let mut acronym = schedule.event.data.slug.replace('-', "_");
        while acronym.len() < 4 {
            acronym.push('_');
        }
        let version = schedule
            .sessions
            .iter()
            .map(|s| s.modified)
            .max()
            .map(|m| m.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_else(|| "1".into());
        Plan {
            tz,
            day_change: schedule.event.data.day_change,
            days,
            by_day,
            ids,
            rooms,
            tracks,
            room_index,
            people,
            acronym: Some(acronym),
            omitted,
            version,
        }
    }

    /// The sessions of one day in one room (by index in `rooms`), in time order.
    fn in_room(&self, day: usize, room: usize) -> impl Iterator<Item = &'s Session> + '_ {
        self.by_day[day]
            .iter()
            .copied()
            .filter(move |s| self.room_index[&s.uuid] == room)
    }

    fn stamp(&self, t: DateTime<Utc>) -> String {
        t.with_timezone(&self.tz).format("%Y-%m-%dT%H:%M:%S%:z").to_string()
    }

    /// A conference day's start and end: from its date at the day change to the next day's
    /// (later when a session runs longer). The import reads the day change back from the starts.
    fn day_bounds(&self, index: usize) -> (String, String) {
        let date = self.days[index];
        let start = time::day_start_at(self.tz, date, self.day_change);
        let next = date.succ_opt().unwrap_or(date);
        let mut end = time::day_start_at(self.tz, next, self.day_change);
        for s in &self.by_day[index] {
            if let Some(e) = s.data.end {
                end = end.max(e);
            }
        }
        (self.stamp(start), self.stamp(end))
    }

    fn slug(&self, s: &Session) -> String {
        let prefix = self.acronym.clone().unwrap_or_default();
        format!("{prefix}-{}-{}", self.ids[&s.uuid], slugify(&s.data.title))
    }

    fn url(&self, s: &Session) -> Option<String> {
        s.data
            .links
            .iter()
            .map(|l| l.url.clone())
            .chain(s.data.registration_url.clone())
            .find(|u| http_uri_ok(u))
    }

    fn duration(s: &Session) -> String {
        let minutes = match (s.data.start, s.data.end) {
            (Some(a), Some(b)) => (b - a).num_minutes(),
            _ => 0,
        };
        format!("{:02}:{:02}", minutes / 60, minutes % 60)
    }

    fn tracks_used(&self) -> Vec<String> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for day in &self.by_day {
            for s in day {
                if let Some(t) = self.tracks.get(&s.id) {
                    if seen.insert(t.clone()) {
                        out.push(t.clone());
                    }
                }
            }
        }
        out
    }
}

/// Characters XML 1.0 does not allow at all, even escaped.
fn xml_char_ok(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

fn esc(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // A literal CR would be normalised away by any XML reader; the reference survives.
            '\r' => out.push_str("&#13;"),
            c if xml_char_ok(c) => out.push(c),
            _ => {}
        }
    }
}

fn element(out: &mut String, indent: &str, name: &str, value: &str) {
    out.push_str(indent);
    out.push('<');
    out.push_str(name);
    if value.is_empty() {
        out.push_str("/>\n");
        return;
    }
    out.push('>');
    esc(out, value);
    let _ = writeln!(out, "</{name}>");
}

/// Whether a URL is an `http(s)` URI that XML Schema's anyURI (and the JSON "uri" format)
/// accepts: a host, only URI characters, at most one `#`. Real links are often sloppier
/// ("https://chat.example.org/#/room/#x:example.org"); those stay in `<links>`, whose `href` is a
/// plain string, and are left out of the typed `<url>`.
fn http_uri_ok(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")) else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (authority, None),
    };
    let host_ok = !host.is_empty() && host.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b));
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    let chars_ok = url
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&b));
    host_ok && port_ok && chars_ok && url.matches('#').count() <= 1
}

fn is_track_slug(s: &str) -> bool {
    // The XSD's track slug: [a-z][a-z0-9-]+
    s.len() >= 2
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The event as frab schedule XML.
///
/// # Errors
/// The event's stored days outside the sane range (`event start_date` / `event end_date`, a
/// store written by hand or by an older Plenary): a timetable lists its days one by one.
pub fn to_xml(schedule: &Schedule) -> plenary_core::Result<Exported> {
    let schedule = &*crate::exportable(schedule)?;
    let plan = Plan::new(schedule);
    let ev = &schedule.event.data;
    let mut out = String::with_capacity(1024 + schedule.sessions.len() * 1200);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n");
    let _ = writeln!(
        out,
        "  <generator name=\"Plenary\" version=\"{}\"/>",
        env!("CARGO_PKG_VERSION")
    );
    element(&mut out, "  ", "version", &plan.version);
    out.push_str("  <conference>\n");
    if let Some(acronym) = &plan.acronym {
        element(&mut out, "    ", "acronym", acronym);
    }
    element(&mut out, "    ", "title", &ev.title);
    element(&mut out, "    ", "start", &ev.start_date.to_string());
    element(&mut out, "    ", "end", &ev.end_date.to_string());
    element(&mut out, "    ", "days", &plan.days.len().to_string());
    element(&mut out, "    ", "timeslot_duration", "00:05");
    if let Some(url) = ev.links.iter().map(|l| &l.url).find(|u| http_uri_ok(u)) {
        element(&mut out, "    ", "url", url);
    }
    element(&mut out, "    ", "time_zone_name", &ev.timezone);
    for track in plan.tracks_used() {
        out.push_str("    <track name=\"");
        esc(&mut out, &track);
        out.push('"');
        let slug = slugify(&track);
        if is_track_slug(&slug) {
            let _ = write!(out, " slug=\"{slug}\"");
        }
        out.push_str("/>\n");
    }
    out.push_str("  </conference>\n");
    for (index, date) in plan.days.iter().enumerate() {
        let (start, end) = plan.day_bounds(index);
        let _ = writeln!(
            out,
            "  <day index=\"{}\" date=\"{date}\" start=\"{start}\" end=\"{end}\">",
            index + 1
        );
        for (r, room) in plan.rooms.iter().enumerate() {
            let sessions: Vec<&Session> = plan.in_room(index, r).collect();
            out.push_str("    <room name=\"");
            esc(&mut out, &room.data.name);
            let _ = write!(out, "\" guid=\"{}\"", room.uuid);
            if sessions.is_empty() {
                out.push_str("/>\n");
                continue;
            }
            out.push_str(">\n");
            for s in sessions {
                write_xml_event(&mut out, &plan, s, &room.data.name);
            }
            out.push_str("    </room>\n");
        }
        out.push_str("  </day>\n");
    }
    out.push_str("</schedule>\n");
    Ok(Exported {
        text: out,
        omitted: plan.omitted,
    })
}

fn write_xml_event(out: &mut String, plan: &Plan<'_>, s: &Session, room: &str) {
    const I: &str = "        ";
    let d = &s.data;
    let start = d.start.expect("planned sessions are scheduled");
    let _ = writeln!(out, "      <event guid=\"{}\" id=\"{}\">", s.uuid, plan.ids[&s.uuid]);
    element(out, I, "room", room);
    element(out, I, "title", &d.title);
    element(out, I, "subtitle", &d.subtitle);
    element(out, I, "type", frab_type(d.kind));
    element(out, I, "date", &plan.stamp(start));
    element(
        out,
        I,
        "start",
        &time::utc_to_local(plan.tz, start).format("%H:%M").to_string(),
    );
    element(out, I, "duration", &Plan::duration(s));
    element(out, I, "abstract", &d.description);
    element(out, I, "slug", &plan.slug(s));
    element(
        out,
        I,
        "track",
        plan.tracks.get(&s.id).map(String::as_str).unwrap_or(""),
    );
    if let Some(language) = d.languages.first() {
        element(out, I, "language", language);
    }
    let people: Vec<_> = d
        .roles
        .iter()
        .filter_map(|r| plan.people.get(&r.person_id).copied())
        .collect();
    if people.is_empty() {
        let _ = writeln!(out, "{I}<persons/>");
    } else {
        let _ = writeln!(out, "{I}<persons>");
        let mut seen = HashSet::new();
        for p in people {
            if !seen.insert(p.id) {
                continue;
            }
            let _ = write!(out, "{I}  <person guid=\"{}\">", p.uuid);
            esc(out, &p.data.display_name());
            out.push_str("</person>\n");
        }
        let _ = writeln!(out, "{I}</persons>");
    }
    if d.links.is_empty() {
        let _ = writeln!(out, "{I}<links/>");
    } else {
        let _ = writeln!(out, "{I}<links>");
        for link in &d.links {
            let _ = write!(out, "{I}  <link href=\"");
            esc(out, &link.url);
            out.push_str("\">");
            esc(out, &link.label);
            out.push_str("</link>\n");
        }
        let _ = writeln!(out, "{I}</links>");
    }
    if let Some(url) = plan.url(s) {
        element(out, I, "url", &url);
    }
    out.push_str("      </event>\n");
}

// ---- JSON

#[derive(Serialize)]
struct JsonRoot<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    generator: JsonGenerator,
    schedule: JsonSchedule<'a>,
}

#[derive(Serialize)]
struct JsonGenerator {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct JsonSchedule<'a> {
    version: String,
    conference: JsonConference<'a>,
}

#[derive(Serialize)]
struct JsonConference<'a> {
    acronym: String,
    title: &'a str,
    start: String,
    end: String,
    #[serde(rename = "daysCount")]
    days_count: usize,
    timeslot_duration: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    time_zone_name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    tracks: Vec<JsonTrack>,
    rooms: Vec<JsonRoom>,
    days: Vec<JsonDay>,
}

#[derive(Serialize)]
struct JsonTrack {
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    slug: Option<String>,
}

#[derive(Serialize)]
struct JsonRoom {
    name: String,
    guid: Uuid,
    #[serde(skip_serializing_if = "Option::is_none")]
    capacity: Option<u32>,
}

#[derive(Serialize)]
struct JsonDay {
    index: usize,
    date: String,
    day_start: String,
    day_end: String,
    rooms: RoomMap,
}

/// Rooms of a day in the event's room order (a JSON object keeps the order it is written in).
struct RoomMap(Vec<(String, Vec<JsonEvent>)>);

impl Serialize for RoomMap {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, events) in &self.0 {
            map.serialize_entry(name, events)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct JsonEvent {
    guid: Uuid,
    id: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<String>,
    date: String,
    start: String,
    end: String,
    duration: String,
    room: String,
    slug: String,
    url: String,
    title: String,
    subtitle: String,
    track: Option<String>,
    #[serde(rename = "type")]
    kind: &'static str,
    language: Option<String>,
    #[serde(rename = "abstract")]
    abstract_: String,
    description: String,
    persons: Vec<JsonPerson>,
    links: Vec<JsonLink>,
}

#[derive(Serialize)]
struct JsonPerson {
    name: String,
    guid: Uuid,
    role: &'static str,
}

#[derive(Serialize)]
struct JsonLink {
    url: String,
    title: String,
}

/// The event as schedule JSON (c3voc v1), with each person's role.
///
/// # Errors
/// As [`to_xml`]: absurd stored days, naming the field.
pub fn to_json(schedule: &Schedule) -> plenary_core::Result<Exported> {
    let schedule = &*crate::exportable(schedule)?;
    let plan = Plan::new(schedule);
    let ev = &schedule.event.data;
    // The schema's zone pattern admits names like Europe/Zurich and UTC; other IANA names are
    // left out (every date carries its offset anyway).
    let zone_ok = {
        let mut parts = ev.timezone.splitn(2, '/');
        let word = |w: Option<&str>| {
            w.is_some_and(|w| {
                let mut c = w.chars();
                c.next().is_some_and(|f| f.is_ascii_uppercase()) && c.next().is_some_and(|s| s.is_ascii_lowercase())
            })
        };
        ev.timezone == "UTC" || (word(parts.next()) && word(parts.next()))
    };
    let mut days = Vec::with_capacity(plan.days.len());
    for (index, date) in plan.days.iter().enumerate() {
        let (day_start, day_end) = plan.day_bounds(index);
        let mut rooms = Vec::new();
        for (r, room) in plan.rooms.iter().enumerate() {
            let events: Vec<JsonEvent> = plan
                .in_room(index, r)
                .map(|s| json_event(&plan, s, &room.data.name))
                .collect();
            if !events.is_empty() {
                rooms.push((room.data.name.clone(), events));
            }
        }
        days.push(JsonDay {
            index: index + 1,
            date: date.to_string(),
            day_start,
            day_end,
            rooms: RoomMap(rooms),
        });
    }
    let root = JsonRoot {
        schema: "https://c3voc.de/schedule/schema.json",
        generator: JsonGenerator {
            name: "Plenary",
            version: env!("CARGO_PKG_VERSION"),
        },
        schedule: JsonSchedule {
            version: plan.version.clone(),
            conference: JsonConference {
                acronym: plan.acronym.clone().unwrap_or_default(),
                title: &ev.title,
                start: ev.start_date.to_string(),
                end: ev.end_date.to_string(),
                days_count: plan.days.len(),
                timeslot_duration: "00:05",
                time_zone_name: zone_ok.then_some(ev.timezone.as_str()),
                url: ev.links.iter().map(|l| l.url.as_str()).find(|u| http_uri_ok(u)),
                tracks: plan
                    .tracks_used()
                    .into_iter()
                    .map(|name| {
                        let slug = slugify(&name);
                        JsonTrack { name, slug: Some(slug) }
                    })
                    .collect(),
                rooms: plan
                    .rooms
                    .iter()
                    .map(|r| JsonRoom {
                        name: r.data.name.clone(),
                        guid: r.uuid,
                        capacity: r.data.capacity,
                    })
                    .collect(),
                days,
            },
        },
    };
    let mut text = serde_json::to_string_pretty(&root).expect("export structures always serialise");
    text.push('\n');
    Ok(Exported {
        text,
        omitted: plan.omitted,
    })
}

fn json_event(plan: &Plan<'_>, s: &Session, room: &str) -> JsonEvent {
    let d = &s.data;
    let start = d.start.expect("planned sessions are scheduled");
    let end = d.end.expect("planned sessions are scheduled");
    let mut seen = HashSet::new();
    let persons = d
        .roles
        .iter()
        .filter_map(|r| plan.people.get(&r.person_id).map(|p| (*p, r.role)))
        .filter(|(p, role)| seen.insert((p.id, *role)))
        .map(|(p, role)| JsonPerson {
            name: p.data.display_name(),
            guid: p.uuid,
            role: role.as_str(),
        })
        .collect();
    let code_ok = !d.code.is_empty() && d.code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    JsonEvent {
        guid: s.uuid,
        id: plan.ids[&s.uuid],
        code: code_ok.then(|| d.code.clone()),
        date: plan.stamp(start),
        start: time::utc_to_local(plan.tz, start).format("%H:%M").to_string(),
        end: plan.stamp(end),
        duration: Plan::duration(s),
        room: room.to_string(),
        slug: plan.slug(s),
        // The schema requires a URL; a session without a web page is named by its UUID.
        url: plan.url(s).unwrap_or_else(|| format!("urn:uuid:{}", s.uuid)),
        title: d.title.clone(),
        subtitle: d.subtitle.clone(),
        track: plan.tracks.get(&s.id).cloned(),
        kind: frab_type(d.kind),
        language: d.languages.first().cloned(),
        abstract_: d.description.clone(),
        description: String::new(),
        persons,
        links: d
            .links
            .iter()
            .map(|l| JsonLink {
                url: l.url.clone(),
                title: l.label.clone(),
            })
            .collect(),
    }
}
