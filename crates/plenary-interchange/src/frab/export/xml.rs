//! frab schedule XML, written by hand (escaped, in the XSD's element order).

use std::collections::HashSet;
use std::fmt::Write;

use plenary_core::{slugify, EventData, Schedule, Session, SessionData};

use super::plan::Plan;
use super::{frab_type, http_uri_ok, Exported};

/// The event as frab schedule XML.
///
/// # Errors
/// The event's stored days outside the sane range (`event start_date` / `event end_date`, a
/// store written by hand or by an older Plenary): a timetable lists its days one by one.
pub fn to_xml(schedule: &Schedule) -> plenary_core::Result<Exported> {
    to_xml_versioned(schedule, None)
}

/// [`to_xml`] with `<version>` set to `version` (a release's name) instead of the time of the
/// last change.
///
/// # Errors
/// As [`to_xml`].
pub fn to_xml_versioned(schedule: &Schedule, version: Option<&str>) -> plenary_core::Result<Exported> {
    let schedule = &*crate::exportable(schedule)?;
    let mut plan = Plan::new(schedule);
    if let Some(v) = version {
        plan.version = v.to_string();
    }
    let mut out = String::with_capacity(1024 + schedule.sessions.len() * 1200);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n");
    let _ = writeln!(
        out,
        "  <generator name=\"Plenary\" version=\"{}\"/>",
        env!("CARGO_PKG_VERSION")
    );
    element(&mut out, "  ", "version", &plan.version);
    write_conference(&mut out, &plan, &schedule.event.data);
    for index in 0..plan.days.len() {
        write_day(&mut out, &plan, index);
    }
    out.push_str("</schedule>\n");
    Ok(Exported {
        text: out,
        omitted: plan.omitted,
    })
}

/// `<conference>`: acronym, title, dates, zone and the tracks used.
fn write_conference(out: &mut String, plan: &Plan<'_>, ev: &EventData) {
    out.push_str("  <conference>\n");
    if let Some(acronym) = &plan.acronym {
        element(out, "    ", "acronym", acronym);
    }
    element(out, "    ", "title", &ev.title);
    element(out, "    ", "start", &ev.start_date.to_string());
    element(out, "    ", "end", &ev.end_date.to_string());
    element(out, "    ", "days", &plan.days.len().to_string());
    element(out, "    ", "timeslot_duration", "00:05");
    if let Some(url) = ev.links.iter().map(|l| &l.url).find(|u| http_uri_ok(u)) {
        element(out, "    ", "url", url);
    }
    element(out, "    ", "time_zone_name", &ev.timezone);
    for track in plan.tracks_used() {
        out.push_str("    <track name=\"");
        esc(out, &track);
        out.push('"');
        let slug = slugify(&track);
        if is_track_slug(&slug) {
            let _ = write!(out, " slug=\"{slug}\"");
        }
        out.push_str("/>\n");
    }
    out.push_str("  </conference>\n");
}

/// One `<day>` with every room (empty ones too) and their events.
fn write_day(out: &mut String, plan: &Plan<'_>, index: usize) {
    let (start, end) = plan.day_bounds(index);
    let _ = writeln!(
        out,
        "  <day index=\"{}\" date=\"{}\" start=\"{start}\" end=\"{end}\">",
        index + 1,
        plan.days[index]
    );
    for (r, room) in plan.rooms.iter().enumerate() {
        let sessions: Vec<&Session> = plan.in_room(index, r).collect();
        out.push_str("    <room name=\"");
        esc(out, &room.data.name);
        let _ = write!(out, "\" guid=\"{}\"", room.uuid);
        if sessions.is_empty() {
            out.push_str("/>\n");
            continue;
        }
        out.push_str(">\n");
        for s in sessions {
            write_event(out, plan, s, &room.data.name);
        }
        out.push_str("    </room>\n");
    }
    out.push_str("  </day>\n");
}

/// Indentation of an `<event>`'s children.
const I: &str = "        ";

/// One `<event>` (a planned, hence scheduled, session).
fn write_event(out: &mut String, plan: &Plan<'_>, s: &Session, room: &str) {
    let d = &s.data;
    let start = d.start.expect("planned sessions are scheduled");
    let _ = writeln!(out, "      <event guid=\"{}\" id=\"{}\">", s.uuid, plan.ids[&s.uuid]);
    element(out, I, "room", room);
    element(out, I, "title", &d.title);
    element(out, I, "subtitle", &d.subtitle);
    element(out, I, "type", frab_type(d.kind));
    element(out, I, "date", &plan.stamp(start));
    element(out, I, "start", &plan.clock(start));
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
    write_persons(out, plan, d);
    write_links(out, d);
    if let Some(url) = plan.url(s) {
        element(out, I, "url", &url);
    }
    out.push_str("      </event>\n");
}

/// `<persons>`: each person once (the XSD has no role attribute).
fn write_persons(out: &mut String, plan: &Plan<'_>, d: &SessionData) {
    let people: Vec<_> = d
        .roles
        .iter()
        .filter_map(|r| plan.people.get(&r.person_id).copied())
        .collect();
    if people.is_empty() {
        let _ = writeln!(out, "{I}<persons/>");
        return;
    }
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

/// `<links>`: every link, its `href` a plain string.
fn write_links(out: &mut String, d: &SessionData) {
    if d.links.is_empty() {
        let _ = writeln!(out, "{I}<links/>");
        return;
    }
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

/// Characters XML 1.0 does not allow at all, even escaped.
fn xml_char_ok(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

/// Appends `text` escaped for element content and attribute values; characters XML cannot
/// hold are left out.
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

/// `<name>value</name>` on its own line, or `<name/>` when the value is empty.
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

fn is_track_slug(s: &str) -> bool {
    // The XSD's track slug: [a-z][a-z0-9-]+
    s.len() >= 2
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
