//! Reads frab / Pentabarf schedule XML into a [`Doc`], leniently: unknown elements are ignored,
//! missing ones stay empty, and each event remembers its line for the report.

use quick_xml::events::{BytesRef, BytesStart, Event as X};
use quick_xml::Reader;

use super::doc::{Doc, DocDay, DocEvent, DocPerson, DocRoom, DocTrack};
use crate::{ImportError, LineIndex};
use plenary_core::Link;

/// How deep elements may nest before the rest is ignored. frab nests six deep
/// (schedule/day/room/event/persons/person); the bound keeps the work per element constant, so
/// a file nested thousands deep costs time linear in its size.
const MAX_DEPTH: usize = 32;

#[derive(Default)]
struct State {
    doc: Doc,
    /// Local names of the open elements, the root first, up to `MAX_DEPTH`.
    path: Vec<String>,
    /// Open elements below `MAX_DEPTH`, counted but not named.
    too_deep: usize,
    /// The line of the first element below `MAX_DEPTH`, for the report.
    too_deep_line: Option<usize>,
    text: String,
    event: Option<DocEvent>,
    person: Option<DocPerson>,
    link_href: Option<String>,
    track: Option<DocTrack>,
    room: Option<(String, Option<String>)>,
}

fn attr(e: &BytesStart<'_>, reader: &Reader<&[u8]>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.decode_and_unescape_value(reader.decoder())
                .ok()
                .map(|v| v.trim().to_string())
        })
}

/// The character a reference stands for (`&#233;`, `&amp;`); an error naming any other entity.
/// The character `r` stands for; the entity's name when it is not one of the five XML entities
/// nor a character reference.
fn general_ref(r: &BytesRef<'_>) -> Result<char, String> {
    let resolved = match r.resolve_char_ref() {
        Ok(Some(c)) => Some(c),
        Ok(None) => r.decode().ok().and_then(|name| resolve_entity(&name)),
        Err(_) => None,
    };
    resolved.ok_or_else(|| r.decode().map(|n| n.into_owned()).unwrap_or_default())
}

fn resolve_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => return None,
    })
}

pub(crate) fn parse(source: &str, bytes: &[u8]) -> Result<Doc, ImportError> {
    let lines = LineIndex::new(bytes);
    let mut reader = Reader::from_reader(bytes);
    let mut st = State::default();
    st.doc.format = "frab schedule XML";
    let mut saw_root = false;
    loop {
        let pos = reader.buffer_position() as usize;
        let event = reader.read_event().map_err(|e| {
            ImportError::format(
                source,
                Some(lines.line(reader.error_position() as usize)),
                plenary_core::FormatProblem::NotXml,
                format!("not well-formed XML: {e}"),
            )
        })?;
        let empty = matches!(event, X::Empty(_));
        match event {
            X::Start(e) | X::Empty(e) => {
                if !saw_root {
                    check_root(source, &e)?;
                    saw_root = true;
                }
                start(&mut st, &reader, &e, lines.line(pos));
                if empty {
                    end(&mut st);
                }
            }
            X::End(_) => end(&mut st),
            // pretalx signs its files in a comment ("Made with love by pretalx"), which tells
            // how it writes durations.
            X::Comment(c)
                if st.doc.generator.is_none() && String::from_utf8_lossy(&c).to_lowercase().contains("pretalx") =>
            {
                st.doc.generator = Some("pretalx".into());
            }
            X::Text(t) => {
                let text = t.xml_content().map_err(|e| {
                    ImportError::format(
                        source,
                        Some(lines.line(pos)),
                        plenary_core::FormatProblem::BadText,
                        format!("bad text: {e}"),
                    )
                })?;
                st.text.push_str(&text);
            }
            X::CData(t) => {
                let text = t.decode().map_err(|e| {
                    ImportError::format(
                        source,
                        Some(lines.line(pos)),
                        plenary_core::FormatProblem::BadCdata,
                        format!("bad CDATA: {e}"),
                    )
                })?;
                st.text.push_str(&text);
            }
            X::GeneralRef(r) => {
                let c = general_ref(&r).map_err(|name| {
                    ImportError::format(
                        source,
                        Some(lines.line(pos)),
                        plenary_core::FormatProblem::UnknownEntity,
                        format!(
                            "unknown entity &{name}; (only the five XML entities and character references are allowed)"
                        ),
                    )
                    .with("entity", name)
                })?;
                st.text.push(c);
            }
            X::Eof => break,
            _ => {}
        }
    }
    if !saw_root {
        return Err(ImportError::format(
            source,
            None,
            plenary_core::FormatProblem::Empty,
            "the file is empty",
        ));
    }
    if let Some(line) = st.too_deep_line {
        st.doc.notes.push(format!(
            "elements nested more than {MAX_DEPTH} deep (from line {line}) are not part of a frab schedule; ignored"
        ));
    }
    Ok(st.doc)
}

fn check_root(source: &str, e: &BytesStart<'_>) -> Result<(), ImportError> {
    let name = e.local_name();
    if name.as_ref() != b"schedule" {
        let element = String::from_utf8_lossy(name.as_ref()).into_owned();
        return Err(ImportError::format(
            source,
            Some(1),
            plenary_core::FormatProblem::NotASchedule,
            format!("not a frab schedule: the root element is <{element}>, not <schedule>"),
        )
        .with("element", element));
    }
    Ok(())
}

fn names(path: &[String]) -> Vec<&str> {
    path.iter().map(String::as_str).collect()
}

fn start(st: &mut State, reader: &Reader<&[u8]>, e: &BytesStart<'_>, line: usize) {
    st.text.clear();
    if st.path.len() >= MAX_DEPTH {
        st.too_deep += 1;
        st.too_deep_line.get_or_insert(line);
        if let Some(event) = st.event.as_mut() {
            event.problem.get_or_insert(format!(
                "its elements nest more than {MAX_DEPTH} deep (line {line}); a frab event nests three deep"
            ));
        }
        return;
    }
    let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
    let parent: Vec<&str> = names(&st.path);
    match (parent.as_slice(), name.as_str()) {
        (["schedule"], "generator") => {
            st.doc.generator = attr(e, reader, b"name").map(|n| n.to_lowercase());
        }
        (["schedule"], "day") => {
            st.doc.days.push(DocDay {
                date: attr(e, reader, b"date"),
                start: attr(e, reader, b"start"),
            });
        }
        (["schedule", "day"], "room") => {
            let room_name = attr(e, reader, b"name").unwrap_or_default();
            let guid = attr(e, reader, b"guid").filter(|g| !g.is_empty());
            st.doc.add_room(DocRoom {
                name: room_name.clone(),
                guid: guid.clone(),
                ..Default::default()
            });
            st.room = Some((room_name, guid));
        }
        (["schedule", "day", "room"], "event") => {
            let (room, room_guid) = st.room.clone().unwrap_or_default();
            st.event = Some(DocEvent {
                line: Some(line),
                day: st.doc.days.len().checked_sub(1),
                id: attr(e, reader, b"id"),
                guid: attr(e, reader, b"guid"),
                code: attr(e, reader, b"code"),
                room,
                room_guid,
                ..Default::default()
            });
        }
        ([.., "event", "persons"], "person") => {
            st.person = Some(DocPerson {
                id: attr(e, reader, b"id"),
                guid: attr(e, reader, b"guid"),
                role: attr(e, reader, b"role"),
                ..Default::default()
            });
        }
        ([.., "event", "links"], "link") => st.link_href = attr(e, reader, b"href"),
        (["schedule", "conference"], "track") => {
            st.track = Some(DocTrack {
                name: attr(e, reader, b"name").unwrap_or_default(),
                slug: attr(e, reader, b"slug"),
            });
        }
        _ => {}
    }
    st.path.push(name);
}

fn end(st: &mut State) {
    if st.too_deep > 0 {
        st.too_deep -= 1;
        return;
    }
    let text = std::mem::take(&mut st.text);
    let value = text.trim().to_string();
    let path = std::mem::take(&mut st.path);
    {
        let p = names(&path);
        match p.as_slice() {
            ["schedule", "conference", field] => conference_field(st, field, value),
            ["schedule", "day", "room", "event"] => {
                if let Some(event) = st.event.take() {
                    st.doc.events.push(event);
                }
            }
            ["schedule", "day", "room"] => st.room = None,
            ["schedule", "day", "room", "event", field] => {
                if let Some(ev) = st.event.as_mut() {
                    event_field(ev, field, value);
                }
            }
            ["schedule", "day", "room", "event", "persons", "person"] => {
                if let (Some(ev), Some(mut person)) = (st.event.as_mut(), st.person.take()) {
                    person.name = value;
                    ev.persons.push(person);
                }
            }
            ["schedule", "day", "room", "event", "links", "link"] => {
                if let (Some(ev), Some(href)) = (st.event.as_mut(), st.link_href.take()) {
                    ev.links.push(Link {
                        label: value,
                        url: href,
                    });
                }
            }
            _ => {}
        }
    }
    st.path = path;
    st.path.pop();
}

/// The end of `<conference><field>`: the field's text into the document.
fn conference_field(st: &mut State, field: &str, value: String) {
    let c = &mut st.doc;
    match field {
        "title" => c.title = value,
        "acronym" => c.acronym = value,
        "start" => c.start = Some(value),
        "end" => c.end = Some(value),
        "time_zone_name" => c.time_zone = Some(value).filter(|v| !v.is_empty()),
        "url" => c.url = Some(value).filter(|v| !v.is_empty()),
        "base_url" => c.base_url = Some(value).filter(|v| !v.is_empty()),
        "day_change" => c.day_change = Some(value).filter(|v| !v.is_empty()),
        "track" => {
            if let Some(mut track) = st.track.take() {
                // Old files write the name as text, new ones as an attribute.
                if track.name.is_empty() {
                    track.name = value;
                }
                if !track.name.is_empty() {
                    c.tracks.push(track);
                }
            }
        }
        _ => {}
    }
}

/// The end of `<event><field>`: the field's text into the event.
fn event_field(ev: &mut DocEvent, field: &str, value: String) {
    let v = Some(value.clone()).filter(|v| !v.is_empty());
    match field {
        "date" => ev.date = v,
        "start" => ev.start = v,
        "duration" => ev.duration = v,
        // The enclosing <room name> is authoritative: merged files shorten the inner one.
        "room" if ev.room.is_empty() => ev.room = value,
        "title" => ev.title = value,
        "subtitle" => ev.subtitle = value,
        "track" => ev.track = value,
        "type" => ev.kind = value,
        "language" => ev.language = value,
        "abstract" => ev.abstract_ = value,
        "description" => ev.description = value,
        "url" => ev.url = v,
        _ => {}
    }
}
