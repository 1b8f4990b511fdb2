//! The day change a file implies when it names none.

use std::collections::HashMap;

use chrono::{NaiveTime, Timelike};
use chrono_tz::Tz;
use plenary_core::time;

use super::doc::Doc;
use super::times::{day_start_clock, parse_date, Times};
use plenary_core::report::Remark;

/// The local time at which the file's conference days begin, read from its `<day>`s when it
/// names none. Every session a `<day>` holds starts on that day's date or in the night after it,
/// so the day change lies after the latest start in such a night and no later than the earliest
/// start on a day's own date. Of the times that fit, the one most `<day start>`s show is taken
/// (a Plenary export writes every day's start at the day change), else the first whole hour.
/// Midnight when no session runs past midnight or the days say nothing consistent. The note
/// says which was taken and why.
pub(super) fn derive_day_change(doc: &Doc, resolved: &[Option<Times>], tz: Tz) -> (NaiveTime, Option<Remark>) {
    let Some(Bounds {
        night_latest: Some(after),
        night_end,
        day_earliest,
    }) = bounds(doc, resolved, tz)
    else {
        return (NaiveTime::MIN, None);
    };
    let by = day_earliest.unwrap_or(NaiveTime::from_hms_opt(23, 59, 0).unwrap_or(NaiveTime::MIN));
    let clock = |t: NaiveTime| t.format("%H:%M").to_string();
    if by <= after {
        return (
            NaiveTime::MIN,
            Some(Remark::DaysOverlap {
                night: clock(after),
                day: clock(by),
            }),
        );
    }
    let ends_by = night_end.filter(|e| *e <= by);
    let fits = |t: &NaiveTime| after < *t && ends_by.is_none_or(|e| e <= *t) && *t <= by;
    let (change, shown) = match most_shown_start(doc, tz, fits) {
        Some(t) => (t, true),
        None => {
            let hour = (after.hour() + 1..24)
                .filter_map(|h| NaiveTime::from_hms_opt(h, 0, 0))
                .find(fits);
            (hour.unwrap_or(by), false)
        }
    };
    (
        change,
        Some(Remark::DayChange {
            change: clock(change),
            shown,
            night_latest: clock(after),
            night_end: night_end.map(clock),
            day_earliest: clock(by),
        }),
    )
}

/// Local clocks of the sessions the `<day>`s hold.
struct Bounds {
    /// The latest start in the night after a day's date.
    night_latest: Option<NaiveTime>,
    /// When the night's sessions end (the same morning): a day change no earlier keeps them
    /// inside the event's last night.
    night_end: Option<NaiveTime>,
    /// The earliest start on a day's own date.
    day_earliest: Option<NaiveTime>,
}

/// The bounds the scheduled sessions put on the day change; `None` when a session lies outside
/// its day and the night after it (the days do not describe conference days).
fn bounds(doc: &Doc, resolved: &[Option<Times>], tz: Tz) -> Option<Bounds> {
    let mut b = Bounds {
        night_latest: None,
        night_end: None,
        day_earliest: None,
    };
    for (e, t) in doc.events.iter().zip(resolved) {
        let Some(Times::Scheduled(start, end)) = t else {
            continue;
        };
        let Some(date) = e
            .day
            .and_then(|d| doc.days.get(d))
            .and_then(|d| d.date.as_deref())
            .and_then(parse_date)
        else {
            continue;
        };
        let local = time::utc_to_local(tz, *start);
        if local.date() == date {
            b.day_earliest = Some(b.day_earliest.map_or(local.time(), |t| t.min(local.time())));
        } else if Some(local.date()) == date.succ_opt() {
            b.night_latest = Some(b.night_latest.map_or(local.time(), |t| t.max(local.time())));
            let end = time::utc_to_local(tz, *end);
            if end.date() == local.date() {
                b.night_end = Some(b.night_end.map_or(end.time(), |t| t.max(end.time())));
            }
        } else {
            return None;
        }
    }
    Some(b)
}

/// Of the `<day start>` clocks that fit, the one most days show (the earliest of a tie).
fn most_shown_start(doc: &Doc, tz: Tz, fits: impl Fn(&NaiveTime) -> bool) -> Option<NaiveTime> {
    let mut starts: HashMap<NaiveTime, usize> = HashMap::new();
    for day in &doc.days {
        let start = day.start.as_deref().and_then(|s| day_start_clock(s, tz));
        if let Some(start) = start.filter(&fits) {
            *starts.entry(start).or_default() += 1;
        }
    }
    starts
        .into_iter()
        .max_by_key(|(t, n)| (*n, std::cmp::Reverse(*t)))
        .map(|(t, _)| t)
}
