//! One calendar object resource per session: what a CalDAV server stores (RFC 4791 §4.1).
//!
//! Each resource is a whole VCALENDAR written by the same strict writer as a file export
//! (same UID, SEQUENCE, description and `X-PLENARY-*` lines), holding one session's VEVENT, the
//! people it names and the event's VTIMEZONE sampled over that session, without METHOD (a
//! calendar object resource must not have one).

use chrono_tz::Tz;
use plenary_core::{Schedule, Session};
use uuid::Uuid;

use super::vevent::{write_people, write_session};
use super::writer::Writer;
use super::{write_calendar_head, write_timezone, ExportOptions, Lookup, ResolvedScope};

/// One session written as a calendar object resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionResource {
    /// The session's UUID (its UID is `{uuid}@plenary`).
    pub uuid: Uuid,
    /// The session's title, for progress and reports.
    pub title: String,
    /// The session's revision: the VEVENT's SEQUENCE.
    pub revision: u32,
    /// The VCALENDAR text: CRLF lines, folded at 75 octets, no METHOD.
    pub text: String,
}

/// Writes every scheduled session of `schedule` that `scope` selects as its own calendar, in
/// the schedule's order. Sessions without times are left out (they have no place in a calendar).
///
/// DTSTAMP is the session's last modification (`options.now` when set) rather than the
/// current time, as RFC 5545 §3.8.7.2 asks of an object without METHOD: the text of an unchanged
/// session is then byte-identical from one run to the next, so a publisher can compare it.
///
/// # Errors
/// The event's stored days outside the sane range (`Error::Invalid` naming `event start_date`
/// or `event end_date`).
pub fn session_resources(
    schedule: &Schedule,
    scope: &ResolvedScope,
    options: &ExportOptions,
) -> plenary_core::Result<Vec<SessionResource>> {
    plenary_core::sane::check_event_days(&schedule.event.data)?;
    let schedule = &*plenary_core::link::without_unsafe_links(schedule);
    let tz: Tz = schedule.event.data.timezone.parse().unwrap_or(chrono_tz::UTC);
    let look = Lookup::of(schedule);
    let zone = (!options.utc).then_some(tz);
    let mut description = String::new();
    let mut out = Vec::new();
    for s in schedule
        .sessions
        .iter()
        .filter(|s| s.data.start.is_some() && s.data.end.is_some() && scope.matches(s, tz))
    {
        let one: [&Session; 1] = [s];
        let mut w = Writer::new(4096);
        write_calendar_head(&mut w, &schedule.event, scope, tz, options);
        write_people(&mut w, &one, &look, options.include_private);
        write_timezone(&mut w, &schedule.event, &one, tz, zone);
        let now = options.now.unwrap_or(s.modified);
        write_session(&mut w, &mut description, s, schedule, &look, zone, now, options);
        w.raw("END:VCALENDAR");
        // The head is shared with file exports, which publish with METHOD; a stored object
        // must not carry one (RFC 4791 §4.1). The line is short, so never folded.
        let text = w.out.replacen("\r\nMETHOD:PUBLISH\r\n", "\r\n", 1);
        out.push(SessionResource {
            uuid: s.uuid,
            title: s.data.title.clone(),
            revision: s.revision,
            text,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use plenary_core::Store;

    use super::*;
    use crate::export::resolve_scope;

    #[test]
    fn one_resource_per_scheduled_session_without_method() {
        let mut store = Store::open_in_memory().unwrap();
        store.write(plenary_core::demo::load).unwrap();
        let reader = store.read();
        let event = reader.find_event(plenary_core::demo::DEMO_SLUGS[0]).unwrap().id;
        let schedule = reader.schedule(event).unwrap();
        let scope = resolve_scope(&reader, &schedule, &Default::default()).unwrap();
        let resources = session_resources(&schedule, &scope, &ExportOptions::default()).unwrap();
        let scheduled = schedule.sessions.iter().filter(|s| s.data.start.is_some()).count();
        assert_eq!(resources.len(), scheduled);
        assert!(scheduled > 10, "the demo has a programme");
        for r in &resources {
            assert_eq!(crate::vevent_count(&r.text), 1, "{}", r.title);
            assert!(r.text.contains(&format!("\r\nUID:{}@plenary\r\n", r.uuid)));
            assert!(r.text.contains(&format!("\r\nSEQUENCE:{}\r\n", r.revision)));
            assert!(!r.text.contains("METHOD:"), "{}", r.title);
            assert!(r.text.contains("BEGIN:VTIMEZONE"));
            assert!(r.text.ends_with("END:VCALENDAR\r\n"));
        }
        // Deterministic: the same store gives the same bytes.
        let again = session_resources(&schedule, &scope, &ExportOptions::default()).unwrap();
        assert_eq!(resources, again);
    }
}
