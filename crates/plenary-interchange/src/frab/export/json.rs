//! schedule JSON (c3voc v1), serialised with serde from structures in the schema's shape.

use std::collections::HashSet;

use plenary_core::{slugify, EventData, Schedule, Session};
use serde::Serialize;
use uuid::Uuid;

use super::plan::Plan;
use super::{frab_type, http_uri_ok, Exported};

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
/// As [`to_xml`](super::to_xml): absurd stored days, naming the field.
pub fn to_json(schedule: &Schedule) -> plenary_core::Result<Exported> {
    to_json_versioned(schedule, None)
}

/// [`to_json`] with `version` set to `version` (a release's name) instead of the time of the
/// last change.
///
/// # Errors
/// As [`to_xml`](super::to_xml).
pub fn to_json_versioned(schedule: &Schedule, version: Option<&str>) -> plenary_core::Result<Exported> {
    let schedule = &*crate::exportable(schedule)?;
    let mut plan = Plan::new(schedule);
    if let Some(v) = version {
        plan.version = v.to_string();
    }
    let root = JsonRoot {
        schema: "https://c3voc.de/schedule/schema.json",
        generator: JsonGenerator {
            name: "Plenary",
            version: env!("CARGO_PKG_VERSION"),
        },
        schedule: JsonSchedule {
            version: plan.version.clone(),
            conference: conference(&plan, &schedule.event.data),
        },
    };
    let mut text = serde_json::to_string_pretty(&root).expect("export structures always serialise");
    text.push('\n');
    Ok(Exported {
        text,
        omitted: plan.omitted,
    })
}

/// The conference: title, dates, zone (when the schema admits its name), tracks, rooms, days.
fn conference<'a>(plan: &Plan<'_>, ev: &'a EventData) -> JsonConference<'a> {
    JsonConference {
        acronym: plan.acronym.clone().unwrap_or_default(),
        title: &ev.title,
        start: ev.start_date.to_string(),
        end: ev.end_date.to_string(),
        days_count: plan.days.len(),
        timeslot_duration: "00:05",
        time_zone_name: zone_name_ok(&ev.timezone).then_some(ev.timezone.as_str()),
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
        days: days(plan),
    }
}

/// The schema's zone pattern admits names like Europe/Zurich and UTC; other IANA names are
/// left out (every date carries its offset anyway).
fn zone_name_ok(timezone: &str) -> bool {
    let mut parts = timezone.splitn(2, '/');
    let word = |w: Option<&str>| {
        w.is_some_and(|w| {
            let mut c = w.chars();
            c.next().is_some_and(|f| f.is_ascii_uppercase()) && c.next().is_some_and(|s| s.is_ascii_lowercase())
        })
    };
    timezone == "UTC" || (word(parts.next()) && word(parts.next()))
}

/// Every day with its rooms that hold events, in the event's room order.
fn days(plan: &Plan<'_>) -> Vec<JsonDay> {
    let mut days = Vec::with_capacity(plan.days.len());
    for (index, date) in plan.days.iter().enumerate() {
        let (day_start, day_end) = plan.day_bounds(index);
        let mut rooms = Vec::new();
        for (r, room) in plan.rooms.iter().enumerate() {
            let events: Vec<JsonEvent> = plan
                .in_room(index, r)
                .map(|s| json_event(plan, s, &room.data.name))
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
    days
}

/// One event (a planned, hence scheduled, session), with each person once per role.
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
        start: plan.clock(start),
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
