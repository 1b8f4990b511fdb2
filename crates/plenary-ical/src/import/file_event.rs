//! The event a file imported without `--event` goes into.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use plenary_core::{Event, EventData, EventId, ImportError, Tx, Upsert};
use uuid::Uuid;

use crate::parse::{Component, Note};
use crate::text::unescape_text;
use crate::windows_zones::windows_to_iana;
use crate::zone;

use super::copies::{choose_copies, Found};
use super::times::parse_duration;
use super::{Context, When, UID_NAMESPACE};

/// The event a file without `--event` goes into: made (or found again) from the calendar's
/// name, zone and the span of its sessions. Returns the event, whether it was created,
/// updated or left alone, and a note saying how it was made.
pub(super) fn event_for_file(
    tx: &Tx<'_>,
    source: &str,
    roots: &[Component],
) -> Result<(EventId, Upsert, String), ImportError> {
    let found = Found::of(roots);
    if found.calendars.is_empty() {
        return Err(ImportError::format(
            source,
            None,
            plenary_core::FormatProblem::NoVcalendar,
            "the file has no VCALENDAR",
        ));
    }
    let (title, title_from) = file_title(&found, source);
    let (tz, zone_from) = file_zone(&found);
    let key = calendar_text(&found, "X-WR-RELCALID").unwrap_or_else(|| title.clone());
    let uuid = Uuid::new_v5(&UID_NAMESPACE, format!("ics-event:{key}").as_bytes());
    let existing = tx.read().event_by_uuid(uuid)?;
    let found_again = existing.is_some();
    let event = match existing {
        Some(e) => e,
        None => insert_placeholder_event(tx, uuid, &title, tz)?,
    };
    let span = sessions_span(tx, event.id, &found)?;
    if found.vevents == 0 {
        return Err(ImportError::format(
            source,
            None,
            plenary_core::FormatProblem::NoVevent,
            "the file holds no VEVENT (an empty calendar), so there are no sessions to make an event from",
        ));
    }
    let Some((first, last)) = span else {
        return Err(ImportError::NoDates {
            file: source.to_string(),
        });
    };
    let (data, outcome) = event_days(&event, found_again, tz, first, last);
    if outcome != Upsert::Unchanged {
        tx.update_event(event.id, &data)?;
    }
    let verb = match outcome {
        Upsert::Created => "made",
        Upsert::Updated => "widened",
        Upsert::Unchanged => "found again",
    };
    let how = format!(
        "no --event given: event \"{}\" ({}) {verb} from the file: named from {title_from}, zone {} from {zone_from}, days {} to {} spanning its sessions (a recurring VEVENT by its first instance)",
        data.title,
        data.slug,
        data.timezone,
        data.start_date,
        data.end_date
    );
    Ok((event.id, outcome, how))
}

/// The first non-empty value of calendar property `name` in any of the file's VCALENDARs.
fn calendar_text(found: &Found, name: &str) -> Option<String> {
    found
        .calendars
        .iter()
        .filter_map(|c| c.prop(name))
        .map(|p| unescape_text(&p.value).trim().to_string())
        .find(|v| !v.is_empty())
}

/// The event's title: the calendar's NAME or X-WR-CALNAME, else the file name; and where it
/// came from, for the note.
fn file_title(found: &Found, source: &str) -> (String, &'static str) {
    let file_stem = std::path::Path::new(source)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "Imported calendar".into());
    match calendar_text(found, "NAME").or_else(|| calendar_text(found, "X-WR-CALNAME")) {
        Some(name) => (name, "the calendar's name"),
        None => (file_stem, "the file name"),
    }
}

/// The event's zone: the calendar's own, else the one most DTSTARTs name, else UTC; and
/// where it came from, for the note.
fn file_zone(found: &Found) -> (Tz, String) {
    if let Some(tz) = calendar_text(found, "X-WR-TIMEZONE").and_then(|z| zone::iana(&z)) {
        return (tz, "X-WR-TIMEZONE".to_string());
    }
    let mut counts: Vec<(Tz, usize)> = Vec::new();
    for (e, _) in &found.events {
        let Some(tzid) = e.prop("DTSTART").and_then(|p| p.param("TZID")) else {
            continue;
        };
        let tzid = tzid.trim().trim_matches('"');
        let Some(tz) = zone::iana(tzid).or_else(|| windows_to_iana(tzid).and_then(|n| n.parse().ok())) else {
            continue;
        };
        match counts.iter_mut().find(|(z, _)| *z == tz) {
            Some((_, n)) => *n += 1,
            None => counts.push((tz, 1)),
        }
    }
    // The most used; of equals, the first seen.
    let best = counts.iter().rev().max_by_key(|(_, n)| *n).map(|(tz, _)| *tz);
    match best {
        Some(tz) => (tz, "the TZID most of its DTSTARTs use".to_string()),
        None => (chrono_tz::UTC, "no zone in the file".to_string()),
    }
}

/// A new event on a placeholder day. The times are read with the import's own rules (TZIDs,
/// VTIMEZONEs, folds), which need an event: it gets its days from them, in this transaction.
fn insert_placeholder_event(tx: &Tx<'_>, uuid: Uuid, title: &str, tz: Tz) -> plenary_core::Result<Event> {
    let placeholder = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    tx.insert_event(
        uuid,
        &EventData {
            slug: tx.unique_slug(title)?,
            title: title.to_string(),
            timezone: tz.name().to_string(),
            start_date: placeholder,
            end_date: placeholder,
            ..Default::default()
        },
    )
}

/// The first start and last end of the sessions the file would import (copies that lose to
/// a newer one, and items as events, left out); `None` if no VEVENT has a usable start.
fn sessions_span(
    tx: &Tx<'_>,
    event: EventId,
    found: &Found,
) -> plenary_core::Result<Option<(DateTime<Utc>, DateTime<Utc>)>> {
    let mut scratch = Vec::new();
    let superseded = choose_copies(&found.events, &mut scratch);
    let mut span: Option<(DateTime<Utc>, DateTime<Utc>)> = None;
    let mut cx = Context::new(tx, event, &found.calendars)?;
    for (i, (e, cal)) in found.events.iter().enumerate() {
        if superseded.contains_key(&i) || e.prop("X-PLENARY-ITEM-OF").is_some() {
            continue;
        }
        cx.enter(cal);
        let Some((start, end)) = vevent_span(&mut cx, e, &mut scratch) else {
            continue;
        };
        span = Some(match span {
            None => (start, end),
            Some((a, b)) => (a.min(start), b.max(end)),
        });
    }
    Ok(span)
}

/// A VEVENT's start and (clamped) end for the event's days, leniently: `None` without a
/// start in the years Plenary plans in; a missing or unreadable end counts as the start.
fn vevent_span(cx: &mut Context, e: &Component, scratch: &mut Vec<Note>) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let Some(Ok(When::At(start))) = e.prop("DTSTART").map(|p| cx.when(p, e.line, scratch)) else {
        return None;
    };
    // A start outside the years Plenary plans in makes no day of the event (its
    // session is skipped with the reason).
    if plenary_core::sane::check_instant("session", "start", start).is_err() {
        return None;
    }
    let end = match (e.prop("DTEND"), e.prop("DURATION")) {
        (Some(p), _) => match cx.when(p, e.line, scratch) {
            Ok(When::At(t)) => t,
            _ => start,
        },
        (None, Some(p)) => parse_duration(&p.value)
            .ok()
            .and_then(|d| start.checked_add_signed(d))
            .unwrap_or(start),
        (None, None) => start,
    };
    // A session longer than an event may last (a year) cannot be imported anyway (it
    // is skipped with the reason): only its start counts, which also keeps absurd
    // DURATIONs away from the edge of chrono's range.
    let longest = start.checked_add_signed(Duration::days(366)).unwrap_or(start);
    let end = if end > longest { start } else { end.max(start) };
    Some((start, end))
}

/// The event's data with days spanning `first`..`last` (a new event gets exactly those, one
/// found again is only widened), and whether that changes it.
fn event_days(
    event: &Event,
    found_again: bool,
    tz: Tz,
    first: DateTime<Utc>,
    last: DateTime<Utc>,
) -> (EventData, Upsert) {
    // Conference days in the event's zone (an event found again keeps its own zone and day
    // change: a session in the night after its last day, before the day change, belongs to
    // that day and widens nothing).
    let day_tz: Tz = event.data.timezone.parse().unwrap_or(tz);
    let first_day = event.data.conference_day(day_tz, first);
    // A session that ends at the day change does not make a day of the next one.
    let last_day = event
        .data
        .conference_day(day_tz, last - Duration::seconds(1))
        .max(first_day);
    let mut data = event.data.clone();
    let outcome = if found_again {
        data.start_date = data.start_date.min(first_day);
        data.end_date = data.end_date.max(last_day);
        if data == event.data {
            Upsert::Unchanged
        } else {
            Upsert::Updated
        }
    } else {
        data.start_date = first_day;
        data.end_date = last_day;
        Upsert::Created
    };
    (data, outcome)
}
