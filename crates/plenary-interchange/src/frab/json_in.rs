//! Reads schedule JSON (c3voc v1, as frab and pretalx write it, and the "schedule2" draft with
//! top-level events and participants) into a [`Doc`]. Lenient: numbers where strings belong,
//! nulls, objects where names belong are all accepted.

use serde_json::Value;

use super::doc::{Doc, DocDay, DocEvent, DocPerson, DocRoom, DocTrack};
use crate::ImportError;
use plenary_core::Link;

/// A value as text: strings as they are, numbers written out, null and objects as nothing.
fn text(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

fn opt(v: Option<&Value>) -> Option<String> {
    Some(text(v)).filter(|s| !s.is_empty())
}

/// A name that may be a string or an object with a name (schedule2 rooms and tracks).
fn name_of(v: Option<&Value>) -> String {
    match v {
        Some(Value::Object(o)) => {
            let name = text(o.get("name"));
            if name.is_empty() {
                text(o.get("slug"))
            } else {
                name
            }
        }
        other => text(other),
    }
}

/// A description that may be a string or a translation object ({"en": …, "de": …}).
fn translated(v: Option<&Value>) -> String {
    match v {
        Some(Value::Object(o)) => o
            .get("en")
            .or_else(|| o.values().next())
            .map(|v| text(Some(v)))
            .unwrap_or_default(),
        other => text(other),
    }
}

fn person(p: &Value) -> DocPerson {
    let name = opt(p.get("name"))
        .or_else(|| opt(p.get("public_name")))
        .unwrap_or_default();
    DocPerson {
        id: opt(p.get("id")).or_else(|| opt(p.get("code"))),
        guid: opt(p.get("guid")),
        name,
        role: opt(p.get("role")),
        bio: text(p.get("biography")),
    }
}

fn links(v: Option<&Value>) -> Vec<Link> {
    let Some(Value::Array(items)) = v else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|l| match l {
            Value::String(url) => Some(Link {
                label: String::new(),
                url: url.trim().to_string(),
            }),
            Value::Object(o) => {
                let url = opt(o.get("url")).or_else(|| opt(o.get("href")))?;
                Some(Link {
                    label: text(o.get("title")),
                    url,
                })
            }
            _ => None,
        })
        .collect()
}

fn event(e: &Value, day: Option<usize>, room_key: &str) -> DocEvent {
    let room_value = e.get("room");
    let room = Some(name_of(room_value))
        .filter(|r| !r.is_empty())
        .unwrap_or_else(|| room_key.to_string());
    let room_guid = room_value.and_then(|r| opt(r.get("guid")));
    let persons = e
        .get("participants")
        .or_else(|| e.get("persons"))
        .and_then(Value::as_array)
        .map(|ps| ps.iter().map(person).collect())
        .unwrap_or_default();
    DocEvent {
        line: None,
        problem: None,
        day,
        id: opt(e.get("id")),
        guid: opt(e.get("guid")),
        code: opt(e.get("code")),
        date: opt(e.get("date")),
        start: opt(e.get("start")),
        end: opt(e.get("end")),
        duration: opt(e.get("duration")),
        room,
        room_guid,
        title: text(e.get("title")),
        subtitle: text(e.get("subtitle")),
        track: name_of(e.get("track")),
        kind: text(e.get("type")),
        language: text(e.get("language")),
        abstract_: text(e.get("abstract")),
        description: text(e.get("description")),
        url: opt(e.get("url")),
        persons,
        links: links(e.get("links")),
    }
}

pub(crate) fn parse(source: &str, bytes: &[u8]) -> Result<Doc, ImportError> {
    let root: Value = serde_json::from_slice(bytes).map_err(|e| {
        ImportError::format(
            source,
            Some(e.line()),
            plenary_core::FormatProblem::NotJson,
            format!("not valid JSON: {e}"),
        )
    })?;
    let schedule = root.get("schedule").ok_or_else(|| {
        ImportError::format(
            source,
            None,
            plenary_core::FormatProblem::NoSchedule,
            "not a schedule JSON file: there is no \"schedule\" object at the top",
        )
    })?;
    let conference = schedule.get("conference").ok_or_else(|| {
        ImportError::format(
            source,
            None,
            plenary_core::FormatProblem::NoConference,
            "not a schedule JSON file: \"schedule\" has no \"conference\"",
        )
    })?;
    let mut doc = head(&root, schedule, conference);
    read_tracks(&mut doc, conference);
    read_rooms(&mut doc, schedule, conference);
    read_days(&mut doc, conference);
    if let Some(events) = schedule.get("events").and_then(Value::as_array) {
        for e in events {
            doc.events.push(event(e, None, ""));
        }
    }
    if let Some(persons) = schedule.get("persons").and_then(Value::as_array) {
        doc.people = persons.iter().map(person).collect();
    }
    Ok(doc)
}

/// The document with the conference's fields, before tracks, rooms, days and events.
fn head(root: &Value, schedule: &Value, conference: &Value) -> Doc {
    Doc {
        format: if schedule.get("events").is_some() {
            "schedule2 JSON"
        } else {
            "schedule JSON"
        },
        title: text(conference.get("title")),
        acronym: text(conference.get("acronym")),
        time_zone: opt(conference.get("time_zone_name")),
        start: opt(conference.get("start")),
        end: opt(conference.get("end")),
        url: opt(conference.get("url")),
        base_url: opt(schedule.get("base_url")).or_else(|| opt(conference.get("base_url"))),
        day_change: opt(conference.get("day_change")),
        // {"generator": {"name": "pretalx", …}} beside the schedule, or a plain name.
        generator: [root.get("generator"), schedule.get("generator")]
            .into_iter()
            .flatten()
            .map(|g| name_of(Some(g)).to_lowercase())
            .find(|g| !g.is_empty()),
        ..Default::default()
    }
}

/// The conference's track list.
fn read_tracks(doc: &mut Doc, conference: &Value) {
    if let Some(tracks) = conference.get("tracks").and_then(Value::as_array) {
        for t in tracks {
            let name = text(t.get("name"));
            if !name.is_empty() {
                doc.tracks.push(DocTrack {
                    name,
                    slug: opt(t.get("slug")),
                });
            }
        }
    }
}

/// The room lists.
fn read_rooms(doc: &mut Doc, schedule: &Value, conference: &Value) {
    // Rooms are listed under the conference (v1 and schedule2) or, in files that break the
    // schema, beside it.
    for rooms in [conference.get("rooms"), schedule.get("rooms")].into_iter().flatten() {
        for r in rooms.as_array().into_iter().flatten() {
            let name = text(r.get("name"));
            if name.is_empty() {
                continue;
            }
            doc.add_room(DocRoom {
                name,
                guid: opt(r.get("guid")),
                capacity: r
                    .get("capacity")
                    .and_then(Value::as_u64)
                    .and_then(|c| u32::try_from(c).ok()),
                description: translated(r.get("description")),
            });
        }
    }
}

/// The days, with their rooms and the events in them.
fn read_days(doc: &mut Doc, conference: &Value) {
    if let Some(days) = conference.get("days").and_then(Value::as_array) {
        for d in days {
            doc.days.push(DocDay {
                date: opt(d.get("date")),
                start: opt(d.get("day_start")).or_else(|| opt(d.get("start"))),
            });
            let day = Some(doc.days.len() - 1);
            if let Some(Value::Object(rooms)) = d.get("rooms") {
                for (room_name, events) in rooms {
                    doc.add_room(DocRoom {
                        name: room_name.clone(),
                        ..Default::default()
                    });
                    for e in events.as_array().into_iter().flatten() {
                        doc.events.push(event(e, day, room_name));
                    }
                }
            }
        }
    }
}
