//! Writing a parsed file into the store, step by step: which event, which zone, the times of
//! every session, the event's days, then rooms, tracks and sessions (their own modules).

use std::collections::HashSet;

use chrono::{Duration, NaiveDate, NaiveTime};
use chrono_tz::Tz;
use plenary_core::{Event, EventData, Link, Reader, Tx};
use uuid::Uuid;

use super::day_change::derive_day_change;
use super::doc::Doc;
use super::times::{conference_dates, offset_text, parse_offset_datetime, TimeReader, Times};
use super::values::valid_uuid;
use super::{rooms, sessions, tracks};
use crate::{derived_uuid, is_absolute_uri, EventRef, ImportError, ImportReport, IMPORT_NAMESPACE};
use plenary_core::report::Remark;

/// Writes `doc` into the store through `tx`; `user_zone` is the `--timezone` asked for.
pub(super) fn write_doc(
    tx: &Tx<'_>,
    source: &str,
    doc: &Doc,
    user_zone: Option<Tz>,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<ImportReport, ImportError> {
    let mut report = ImportReport::new(source, doc.format, "events");
    report.records = doc.events.len();
    for note in &doc.notes {
        report.warn(note.clone());
    }
    let (event_uuid, existing) = find_event(&tx.read(), doc, source)?;
    let (tz, zone_known) = choose_zone(doc, source, user_zone, existing.as_ref(), &mut report)?;
    let conference = conference_dates(doc, tz);
    let mut times = TimeReader::new(doc, tz, zone_known, conference);

    // Times of every event first: they decide the event's days.
    let resolved: Vec<Option<Times>> = doc
        .events
        .iter()
        .map(|e| {
            times
                .read(doc, e)
                .map_err(|reason| report.skip(e.line, e.label(), reason))
                .ok()
        })
        .collect();
    times.report_notes(&mut report);

    let day_change = day_change(doc, &resolved, tz, &mut report);
    let (first, last) = event_days(source, &resolved, tz, day_change, conference)?;
    let data = EventData {
        timezone: tz.name().to_string(),
        start_date: first,
        end_date: last,
        day_change,
        ..Default::default()
    };
    let event = write_event(tx, doc, source, existing, event_uuid, data, &mut report)?;
    report.event = Some(EventRef::of(&event));

    let room_ids = rooms::write_rooms(tx, doc, &event, &mut report)?;
    let track_terms = tracks::write_tracks(tx, doc, &mut report)?;
    let places = sessions::Places {
        rooms: &room_ids,
        tracks: &track_terms,
    };
    sessions::write_sessions(tx, doc, &event, &resolved, places, &mut report, progress)?;
    Ok(report)
}

/// Which event: the one an earlier import of this programme made (same derived UUID), or the
/// one that already holds these sessions (a Plenary export coming back). The UUID is the one a
/// new event gets when there is none.
fn find_event(read: &Reader<'_>, doc: &Doc, source: &str) -> Result<(Uuid, Option<Event>), ImportError> {
    let key = [&doc.acronym, &doc.title]
        .into_iter()
        .find(|k| !k.is_empty())
        .map(|k| k.to_lowercase())
        .unwrap_or_else(|| source.to_string());
    let event_uuid = derived_uuid(&IMPORT_NAMESPACE, &format!("frab-event:{key}"));
    if let Some(event) = read.event_by_uuid(event_uuid)? {
        return Ok((event_uuid, Some(event)));
    }
    for guid in doc.events.iter().filter_map(|e| valid_uuid(e.guid.as_deref())) {
        if let Some(session) = read.session_by_uuid(guid)? {
            let event = read.event(session.event_id)?;
            return Ok((event.uuid, Some(event)));
        }
    }
    Ok((event_uuid, None))
}

/// The zone: the user's, else the existing event's, else the file's; and whether it is known
/// apart from the file. No zone at all is an error that says what the times carry.
fn choose_zone(
    doc: &Doc,
    source: &str,
    user_zone: Option<Tz>,
    existing: Option<&Event>,
    report: &mut ImportReport,
) -> Result<(Tz, bool), ImportError> {
    let file_zone = match doc.time_zone.as_deref() {
        Some(name) => match name.parse::<Tz>() {
            Ok(tz) => Some(tz),
            Err(_) => {
                report.warn(Remark::NotIanaZone { zone: name.to_string() });
                None
            }
        },
        None => None,
    };
    let store_zone = existing.and_then(|e| e.data.timezone.parse::<Tz>().ok());
    // The store's zone is independent of the file only when it differs from the file's own
    // name: an event made by importing this file took its zone from it, and a re-import must
    // read the times exactly as the first import did (else every session would "move").
    let zone_known = user_zone.is_some() || (store_zone.is_some() && store_zone != file_zone);
    let tz = match (user_zone, store_zone, file_zone) {
        (Some(user), _, file) => {
            match file {
                Some(file) if file != user => report.warn(Remark::ZoneAsAsked {
                    file_zone: Some(file.name().to_string()),
                    zone: user.name().to_string(),
                }),
                None => report.warn(Remark::ZoneAsAsked {
                    file_zone: None,
                    zone: user.name().to_string(),
                }),
                _ => {}
            }
            user
        }
        (None, Some(store), _) => store,
        (None, None, Some(file)) => file,
        (None, None, None) => return Err(needs_timezone(doc, source)),
    };
    Ok((tz, zone_known))
}

/// The error for a file with no zone, naming the offsets its times carry and the first date
/// among them (the window suggests zones whose offset on that day matches).
fn needs_timezone(doc: &Doc, source: &str) -> ImportError {
    let times: Vec<_> = doc
        .events
        .iter()
        .filter_map(|e| e.date.as_deref().or(e.start.as_deref()).and_then(parse_offset_datetime))
        .collect();
    let offsets: HashSet<String> = times.iter().map(|t| offset_text(*t.offset())).collect();
    let mut offsets: Vec<String> = offsets.into_iter().collect();
    offsets.sort();
    let first_date = times.iter().min().map(|t| t.date_naive().to_string());
    ImportError::NeedsTimezone {
        file: source.to_string(),
        offsets,
        first_date,
    }
}

/// The local time at which conference days begin: the file's `<day_change>`, else what its
/// `<day>`s and the sessions in them show.
fn day_change(doc: &Doc, resolved: &[Option<Times>], tz: Tz, report: &mut ImportReport) -> NaiveTime {
    if let Some(change) = doc.day_change.as_deref().and_then(super::times::parse_clock) {
        return change;
    }
    let (change, why) = derive_day_change(doc, resolved, tz);
    if let Some(why) = why {
        report.warn(why);
    }
    change
}

/// The event's days: the conference days of the sessions, widened to the conference's own
/// dates when they are plausible. An error when there are no dates or they span over a year.
fn event_days(
    source: &str,
    resolved: &[Option<Times>],
    tz: Tz,
    day_change: NaiveTime,
    (conf_start, conf_end): (Option<NaiveDate>, Option<NaiveDate>),
) -> Result<(NaiveDate, NaiveDate), ImportError> {
    let probe = EventData {
        day_change,
        ..Default::default()
    };
    let mut first: Option<NaiveDate> = None;
    let mut last: Option<NaiveDate> = None;
    let mut widen = |d: NaiveDate| {
        first = Some(first.map_or(d, |f| f.min(d)));
        last = Some(last.map_or(d, |l| l.max(d)));
    };
    for t in resolved.iter().flatten() {
        if let Times::Scheduled(s, e) = t {
            widen(probe.conference_day(tz, *s));
            widen(probe.conference_day(tz, e.checked_sub_signed(Duration::seconds(1)).unwrap_or(*s)));
        }
    }
    let span_ok = |a: NaiveDate, b: NaiveDate| b >= a && (b - a).num_days() <= 366;
    let (first, last) = match (first, last, conf_start, conf_end) {
        (Some(f), Some(l), Some(cs), Some(ce)) if span_ok(f.min(cs), l.max(ce)) => (f.min(cs), l.max(ce)),
        (None, None, Some(cs), Some(ce)) if span_ok(cs, ce) => (cs, ce),
        (Some(f), Some(l), _, _) => (f, l),
        _ => {
            return Err(ImportError::format(
                source,
                None,
                plenary_core::FormatProblem::NoScheduleDates,
                "the file gives no dates: no session has a time and the conference has no start and end",
            ))
        }
    };
    if !span_ok(first, last) {
        return Err(ImportError::format(
            source,
            None,
            plenary_core::FormatProblem::SpanTooLong,
            format!("the sessions span {first} to {last}, more than a year; an event may last at most a year"),
        )
        .with("first", first)
        .with("last", last));
    }
    Ok((first, last))
}

/// Creates the event from `days` (zone, dates, day change) and the file's title and website,
/// or widens the existing one's dates to `days` (and sets its day change if it had none).
fn write_event(
    tx: &Tx<'_>,
    doc: &Doc,
    source: &str,
    existing: Option<Event>,
    event_uuid: Uuid,
    days: EventData,
    report: &mut ImportReport,
) -> Result<Event, ImportError> {
    if let Some(event) = existing {
        let mut data = event.data.clone();
        data.start_date = data.start_date.min(days.start_date);
        data.end_date = data.end_date.max(days.end_date);
        if data.day_change == NaiveTime::MIN && days.day_change != NaiveTime::MIN {
            data.day_change = days.day_change;
        }
        return Ok(if data != event.data {
            report.updated.events += 1;
            tx.update_event(event.id, &data)?
        } else {
            report.unchanged.events += 1;
            event
        });
    }
    let title = [&doc.title, &doc.acronym]
        .into_iter()
        .find(|t| !t.is_empty())
        .cloned()
        .unwrap_or_else(|| source.to_string());
    let slug = tx.unique_slug(if doc.acronym.is_empty() { &title } else { &doc.acronym })?;
    let links: Vec<Link> = doc
        .url
        .iter()
        .filter(|u| is_absolute_uri(u))
        .map(|u| Link {
            label: "Website".into(),
            url: u.clone(),
        })
        .collect();
    let data = EventData {
        slug,
        title,
        links,
        ..days
    };
    report.created.events += 1;
    Ok(tx.insert_event(event_uuid, &data)?)
}
