//! The event a file imported without `--event` goes into.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use plenary_core::{Error, EventData, EventId, Tx, Upsert};
use uuid::Uuid;

use crate::parse::Component;
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
) -> plenary_core::Result<(EventId, Upsert, String)> {
    let found = Found::of(roots);
    if found.calendars.is_empty() {
        return Err(Error::invalid("import", "file", "the file has no VCALENDAR"));
    }
    let cal_text = |name: &str| {
        found
            .calendars
            .iter()
            .filter_map(|c| c.prop(name))
            .map(|p| unescape_text(&p.value).trim().to_string())
            .find(|v| !v.is_empty())
    };
    let file_stem = std::path::Path::new(source)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "Imported calendar".into());
    let (title, title_from) = match cal_text("NAME").or_else(|| cal_text("X-WR-CALNAME")) {
        Some(name) => (name, "the calendar's name"),
        None => (file_stem, "the file name"),
    };
    // The zone: the calendar's own, else the one most DTSTARTs name, else UTC.
    let (tz, zone_from) = match cal_text("X-WR-TIMEZONE").and_then(|z| zone::iana(&z)) {
        Some(tz) => (tz, "X-WR-TIMEZONE".to_string()),
        None => {
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
    };
    let key = cal_text("X-WR-RELCALID").unwrap_or_else(|| title.clone());
    let uuid = Uuid::new_v5(&UID_NAMESPACE, format!("ics-event:{key}").as_bytes());
    let existing = tx.read().event_by_uuid(uuid)?;
    // The times are read with the import's own rules (TZIDs, VTIMEZONEs, folds), which need
    // an event: a new one starts on a placeholder day and gets its days below, in this
    // transaction.
    let event = match &existing {
        Some(e) => e.clone(),
        None => {
            let placeholder = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
            tx.insert_event(
                uuid,
                &EventData {
                    slug: tx.unique_slug(&title)?,
                    title: title.clone(),
                    timezone: tz.name().to_string(),
                    start_date: placeholder,
                    end_date: placeholder,
                    ..Default::default()
                },
            )?
        }
    };
    let mut scratch = Vec::new();
    let superseded = choose_copies(&found.events, &mut scratch);
    let mut span: Option<(DateTime<Utc>, DateTime<Utc>)> = None;
    {
        let mut cx = Context::new(tx, event.id, &found.calendars)?;
        for (i, (e, cal)) in found.events.iter().enumerate() {
            if superseded.contains_key(&i) || e.prop("X-PLENARY-ITEM-OF").is_some() {
                continue;
            }
            cx.enter(cal);
            let Some(Ok(When::At(start))) = e.prop("DTSTART").map(|p| cx.when(p, e.line, &mut scratch)) else {
                continue;
            };
            // A start outside the years Plenary plans in makes no day of the event (its
            // session is skipped with the reason).
            if plenary_core::sane::check_instant("session", "start", start).is_err() {
                continue;
            }
            let end = match (e.prop("DTEND"), e.prop("DURATION")) {
                (Some(p), _) => match cx.when(p, e.line, &mut scratch) {
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
            span = Some(match span {
                None => (start, end),
                Some((a, b)) => (a.min(start), b.max(end)),
            });
        }
    }
    if found.vevents == 0 {
        return Err(Error::invalid(
            "import",
            "file",
            "the file holds no VEVENT (an empty calendar), so there are no sessions to make an event from",
        ));
    }
    let Some((first, last)) = span else {
        return Err(Error::invalid(
            "import",
            "file",
            "no VEVENT in the file has a start time (in the years Plenary plans in, 1900–2200), so the event's days are unknown; import into an event with --event",
        ));
    };
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
    let outcome = match existing {
        Some(_) => {
            data.start_date = data.start_date.min(first_day);
            data.end_date = data.end_date.max(last_day);
            if data == event.data {
                Upsert::Unchanged
            } else {
                Upsert::Updated
            }
        }
        None => {
            data.start_date = first_day;
            data.end_date = last_day;
            Upsert::Created
        }
    };
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
