//! One session's VEVENT (and its items' VEVENTs with `items_as_events`), by group of
//! properties, and the calendar-level ORGANIZER and X-PLENARY-PERSON lines.

use std::collections::HashSet;
use std::fmt::Write;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use plenary_core::{
    Participation, PersonId, RoleAssignment, Room, Schedule, Session, SessionData, SessionItem, TermId, Venue,
};

use crate::fast_hash::FastHash;
use crate::vtimezone::push_utc;

use super::description::{describe_roles, describe_session};
use super::writer::Writer;
use super::{item_times, status_text, ExportOptions, Lookup};

pub(super) fn uid(uuid: &uuid::Uuid) -> String {
    format!("{uuid}@plenary")
}

/// Where a session takes place, worked out once for its VEVENT and its items' VEVENTs.
pub(super) struct Place<'a> {
    pub(super) room: Option<&'a Room>,
    pub(super) venue: Option<&'a Venue>,
    /// The session's join link, else its room's.
    pub(super) join: Option<&'a str>,
    /// Whether anyone takes part online (not on-site only, or a virtual room).
    pub(super) online: bool,
    /// LOCATION: "Room, Venue", "Room (Online)", "Online" or empty.
    pub(super) location: String,
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
pub(super) fn write_session(
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
pub(super) fn write_head(
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

/// What calendar apps read besides SUMMARY, LOCATION and DESCRIPTION: URL, CATEGORIES and
/// CONFERENCE.
pub(super) fn write_app_fields(w: &mut Writer, d: &SessionData, place: &Place<'_>, look: &Lookup<'_>) {
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
pub(super) fn write_plenary_fields(
    w: &mut Writer,
    d: &SessionData,
    place: &Place<'_>,
    look: &Lookup<'_>,
    private: bool,
) {
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
pub(super) fn write_tags(w: &mut Writer, tags: &[TermId], look: &Lookup<'_>) {
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
pub(super) fn write_items(w: &mut Writer, items: &[SessionItem], look: &Lookup<'_>) {
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
pub(super) fn write_item_events(
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
pub(super) fn organizer_line(schedule: &Schedule) -> String {
    let event = &schedule.event;
    let name = event.data.organisers.first().unwrap_or(&event.data.title);
    let mut w = Writer::new(128);
    w.begin("ORGANIZER")
        .param("CN", name)
        .value(&format!("urn:uuid:{}", event.uuid));
    w.out
}

/// The join link for apps: `Join <title>` as its label.
pub(super) fn write_conference(w: &mut Writer, title: &str, url: &str) {
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

pub(super) fn write_roles(w: &mut Writer, roles: &[RoleAssignment], item: Option<&SessionItem>, look: &Lookup<'_>) {
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
pub(super) fn write_people(w: &mut Writer, sessions: &[&Session], look: &Lookup<'_>, private: bool) {
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
