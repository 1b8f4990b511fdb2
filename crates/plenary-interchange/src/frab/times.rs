//! Reading times: dates with and without offsets cross-checked with the zone and `<start>`,
//! durations and their readings, the day change of `<day>`s, and the notes the report gets.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use plenary_core::time::{self, Fold};

use super::doc::{Doc, DocEvent};
use crate::ImportReport;
use plenary_core::report::{DurationWhy, Remark};

pub(super) fn parse_offset_datetime(text: &str) -> Option<DateTime<FixedOffset>> {
    let text = text.trim();
    DateTime::parse_from_rfc3339(text).ok().or_else(|| {
        [
            "%Y-%m-%dT%H:%M:%S%z",
            "%Y-%m-%dT%H:%M%:z",
            "%Y-%m-%d %H:%M:%S%:z",
            "%Y-%m-%dT%H:%M:%S%.f%:z",
        ]
        .iter()
        .find_map(|f| DateTime::parse_from_str(text, f).ok())
    })
}

pub(super) fn parse_naive_datetime(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
}

pub(super) fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text.get(..10).unwrap_or(text), "%Y-%m-%d").ok()
}

pub(super) fn parse_clock(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    NaiveTime::parse_from_str(text, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(text, "%H:%M:%S"))
        .ok()
}

/// A frab `<duration>` as read from the text, before its context decides between readings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DurationText {
    /// "HH:MM" or a bare number of minutes: one reading.
    One(Duration),
    /// "a:b:c": `H:MM:SS` in the XSD, but `D:HH:MM` in pretalx once a talk lasts a day or
    /// more. Either reading may be impossible (`None`: a field out of range or too large).
    Three {
        hms: Option<Duration>,
        dhm: Option<Duration>,
        /// Whether the last field is not zero: seconds are rare in a timetable, minutes are not.
        last_nonzero: bool,
    },
}

/// `Σ value × unit seconds` with checked arithmetic: `None` when a number from the file is
/// too large for a duration (instead of a panic).
fn checked_duration(parts: &[(i64, i64)]) -> Option<Duration> {
    let mut total: i64 = 0;
    for (value, unit) in parts {
        total = total.checked_add(value.checked_mul(*unit)?)?;
    }
    Duration::try_seconds(total)
}

/// Reads "HH:MM", "a:b:c" (both readings) or a bare number of minutes; `None` when it is none
/// of these (negative, not numbers, a field out of range in every reading, or too large).
pub(super) fn parse_duration(text: &str) -> Option<DurationText> {
    let nums: Option<Vec<i64>> = text.trim().split(':').map(|p| p.trim().parse::<i64>().ok()).collect();
    let nums = nums?;
    if nums.iter().any(|n| *n < 0) {
        return None;
    }
    match nums.as_slice() {
        [m] => checked_duration(&[(*m, 60)]).map(DurationText::One),
        [h, m] if *m < 60 => checked_duration(&[(*h, 3600), (*m, 60)]).map(DurationText::One),
        [a, b, c] => {
            let hms = (*b < 60 && *c < 60)
                .then(|| checked_duration(&[(*a, 3600), (*b, 60), (*c, 1)]))
                .flatten();
            // pretalx switches to D:HH:MM only once a talk lasts a day, so "0:05:30" is H:MM:SS.
            let dhm = (*a >= 1 && *b < 24 && *c < 60)
                .then(|| checked_duration(&[(*a, 86_400), (*b, 3600), (*c, 60)]))
                .flatten();
            (hms.is_some() || dhm.is_some()).then_some(DurationText::Three {
                hms,
                dhm,
                last_nonzero: *c != 0,
            })
        }
        _ => None,
    }
}

pub(super) fn offset_text(offset: FixedOffset) -> String {
    let secs = offset.local_minus_utc();
    let sign = if secs < 0 { '-' } else { '+' };
    let secs = secs.abs();
    format!("{sign}{:02}:{:02}", secs / 3600, secs % 3600 / 60)
}

/// The outcome of reading one event's times.
pub(super) enum Times {
    Scheduled(DateTime<Utc>, DateTime<Utc>),
    /// A start without a usable length: kept in the tray with the reason as a warning.
    Unscheduled(Unscheduled),
}

/// Why an event with a start is kept unscheduled.
pub(super) enum Unscheduled {
    /// Neither `<duration>` nor `<end>`.
    NoLength,
    /// It ends when it starts (local time, as text).
    NoTime(String),
}

pub(super) struct TimeReader {
    tz: Tz,
    /// Whether the zone was known apart from the file (the user's `--timezone`, or the zone of
    /// the store's event): then a `<date>` offset that disagrees with it and with `<start>` is
    /// the odd one out.
    zone_known: bool,
    /// Whether pretalx wrote the file (its "a:b:c" durations are D:HH:MM).
    pretalx: bool,
    day_change: Option<NaiveTime>,
    /// No session may end after this (the end of the day after the conference's last day): a
    /// duration that runs past it is a data-entry error, not a talk.
    latest: Option<DateTime<Utc>>,
    /// No session may start before this (the day before the conference's first day).
    earliest: Option<DateTime<Utc>>,
    /// Dates whose offset disagrees with the zone and were trusted: (count, example).
    offset_mismatch: (usize, Option<Remark>),
    /// Dates whose offset disagrees with the zone and with `<start>`, read as `<start>` in the
    /// zone instead: (count, example).
    start_used: (usize, Option<Remark>),
    /// "a:b:c" durations read as D:HH:MM and as H:MM:SS: (count, example) each.
    read_dhm: (usize, Option<Remark>),
    read_hms: (usize, Option<Remark>),
    naive_dates: usize,
}

/// Counts one case of a kind of note and keeps its first example.
pub(super) fn tally(slot: &mut (usize, Option<Remark>), example: impl FnOnce() -> Remark) {
    if slot.0 == 0 {
        slot.1 = Some(example());
    }
    slot.0 += 1;
}

/// The note of a tallied kind, with its count; none when nothing was counted.
fn counted((n, remark): &(usize, Option<Remark>)) -> Option<Remark> {
    let mut remark = remark.clone()?;
    if let Remark::OffsetsTrusted { count, .. }
    | Remark::StartUsed { count, .. }
    | Remark::DurationsRead { count, .. } = &mut remark
    {
        *count = *n;
    }
    Some(remark)
}

impl TimeReader {
    /// A reader of times in `tz` for `doc`, bounded by the conference's dates (`conference`,
    /// from [`conference_dates`]) and the days the file names.
    pub(super) fn new(doc: &Doc, tz: Tz, zone_known: bool, conference: (Option<NaiveDate>, Option<NaiveDate>)) -> Self {
        let day_dates = || doc.days.iter().filter_map(|d| d.date.as_deref().and_then(parse_date));
        // The last day the file names (the conference's end, else its last <day>): sessions may
        // run into the night and the day after it, not beyond.
        let last_named = conference.1.into_iter().chain(day_dates()).max();
        let first_named = conference.0.into_iter().chain(day_dates()).min();
        TimeReader {
            tz,
            zone_known,
            pretalx: doc.generator.as_deref().is_some_and(|g| g.contains("pretalx")),
            day_change: doc
                .day_change
                .as_deref()
                .and_then(parse_clock)
                .filter(|t| *t != NaiveTime::MIN),
            latest: last_named
                .and_then(|d| d.checked_add_days(chrono::Days::new(2)))
                .map(|d| time::start_of_day(tz, d)),
            earliest: first_named
                .and_then(|d| d.pred_opt())
                .map(|d| time::start_of_day(tz, d)),
            offset_mismatch: (0, None),
            start_used: (0, None),
            read_dhm: (0, None),
            read_hms: (0, None),
            naive_dates: 0,
        }
    }

    fn local(&self, local: NaiveDateTime, field: &str) -> Result<DateTime<Utc>, Remark> {
        time::local_to_utc(self.tz, local, Fold::Earlier, "session", field)
            .map_err(|e| Remark::refusal(&e).unwrap_or_else(|| Remark::text(e.to_string())))
    }

    fn instant(&mut self, text: &str, field: &str) -> Option<Result<DateTime<Utc>, Remark>> {
        if let Some(t) = parse_offset_datetime(text) {
            return Some(Ok(self.cross_checked(text, t, None)));
        }
        if let Some(local) = parse_naive_datetime(text) {
            self.naive_dates += 1;
            return Some(self.local(local, field));
        }
        None
    }

    /// The instant of a time written with an offset, cross-checked with the zone and with the
    /// event's `<start>` (local clock). When the offset is not the zone's: if `<start>` shows the
    /// same clock as the date and the zone is known apart from the file, the date's offset is
    /// the one source that disagrees, so the date's clock is read in the zone; otherwise the
    /// offset is trusted (the file's own zone name is often a server default). Both are counted
    /// for the report's notes.
    fn cross_checked(&mut self, text: &str, t: DateTime<FixedOffset>, start: Option<&str>) -> DateTime<Utc> {
        let utc = t.with_timezone(&Utc);
        let zone_offset = self.tz.offset_from_utc_datetime(&utc.naive_utc()).fix();
        if zone_offset == *t.offset() {
            return utc;
        }
        let wall = t.naive_local();
        let same_clock = start
            .and_then(parse_clock)
            .is_some_and(|c| c.hour() == wall.hour() && c.minute() == wall.minute());
        if self.zone_known && same_clock {
            if let Ok(local) = self.local(wall, "start") {
                let tz = self.tz;
                tally(&mut self.start_used, || Remark::StartUsed {
                    count: 0,
                    zone: tz.name().to_string(),
                    text: text.to_string(),
                    local: local.with_timezone(&tz).format("%Y-%m-%d %H:%M %:z").to_string(),
                    utc: utc.format("%Y-%m-%d %H:%MZ").to_string(),
                });
                return local;
            }
        }
        let tz = self.tz;
        let zone_known = self.zone_known;
        tally(&mut self.offset_mismatch, || Remark::OffsetsTrusted {
            count: 0,
            zone: tz.name().to_string(),
            zone_known,
            text: text.to_string(),
            offset: offset_text(*t.offset()),
            zone_offset: offset_text(zone_offset),
        });
        utc
    }

    /// The end of a session from its `<duration>`, choosing between the readings of "a:b:c"
    /// with the file's other sources: pretalx writes D:HH:MM; a last field that is not zero is
    /// minutes rather than seconds; and no reading may run past the conference (`latest`).
    fn end_from_duration(&mut self, start: DateTime<Utc>, text: &str) -> Result<DateTime<Utc>, Remark> {
        let parsed = parse_duration(text).ok_or_else(|| Remark::DurationNotHhmm { text: text.into() })?;
        let latest = self.latest;
        let tz = self.tz;
        let local = |t: DateTime<Utc>| local_text(tz, t);
        // A reading fits when its end exists and is not after the conference's end (or, when the
        // file gives no dates, when the session lasts at most a week).
        let fits = |d: Duration| -> Option<DateTime<Utc>> {
            let end = start.checked_add_signed(d)?;
            match latest {
                Some(latest) => (end <= latest).then_some(end),
                None => (d <= Duration::days(7)).then_some(end),
            }
        };
        let bound = latest.map(local);
        match parsed {
            DurationText::One(d) => fits(d).ok_or_else(|| Remark::DurationTooLong {
                text: text.into(),
                seconds: d.num_seconds(),
                latest: bound,
            }),
            DurationText::Three { hms, dhm, last_nonzero } => {
                let dhm_first = self.pretalx || last_nonzero;
                let order = if dhm_first {
                    [(dhm, true), (hms, false)]
                } else {
                    [(hms, false), (dhm, true)]
                };
                for (reading, is_dhm) in order {
                    let Some(d) = reading else { continue };
                    let Some(end) = fits(d) else { continue };
                    let why = match (is_dhm, dhm_first) {
                        (true, true) if self.pretalx => DurationWhy::Pretalx,
                        (true, true) => DurationWhy::LastFieldNotZero,
                        (true, false) => DurationWhy::HmsTooLong,
                        (false, false) => DurationWhy::Schema,
                        (false, true) => DurationWhy::DhmTooLong,
                    };
                    let example = || Remark::DurationsRead {
                        count: 0,
                        days: is_dhm,
                        text: text.to_string(),
                        seconds: d.num_seconds(),
                        why,
                        start: local(start),
                        end: local(end),
                    };
                    tally(if is_dhm { &mut self.read_dhm } else { &mut self.read_hms }, example);
                    return Ok(end);
                }
                Err(Remark::DurationTooLongEitherWay {
                    text: text.into(),
                    dhm: dhm.map(|d| d.num_seconds()),
                    hms: hms.map(|d| d.num_seconds()),
                    latest: bound,
                })
            }
        }
    }

    /// One event's times: its start (refused far from the conference), its end from `<end>` or
    /// `<duration>` (refused after the conference), or unscheduled with the reason.
    pub(super) fn read(&mut self, doc: &Doc, e: &DocEvent) -> Result<Times, Remark> {
        if let Some(problem) = &e.problem {
            return Err(Remark::text(problem.clone()));
        }
        let start = self.start(doc, e)?;
        let tz = self.tz;
        // A start far from the conference (a mistyped year) costs its session, not the file.
        let outside = |t: &DateTime<Utc>| self.earliest.is_some_and(|e| *t < e) || self.latest.is_some_and(|l| *t >= l);
        if outside(&start) {
            let local = |t: DateTime<Utc>| local_text(tz, t);
            let (from, to) = (self.earliest.map(local), self.latest.map(local));
            return Err(Remark::StartsOutsideConference {
                start: local(start),
                first: from,
                last: to,
            });
        }
        let end = if let Some(r) = e.end.as_deref().and_then(|t| self.instant(t, "end")) {
            r?
        } else {
            match e.duration.as_deref() {
                Some(text) => self.end_from_duration(start, text)?,
                None => return Ok(Times::Unscheduled(Unscheduled::NoLength)),
            }
        };
        if let Some(latest) = self.latest.filter(|l| end > *l) {
            return Err(Remark::EndsAfterConference {
                end: local_text(tz, end),
                latest: local_text(tz, latest),
            });
        }
        if end <= start {
            let local = local_text(tz, start);
            return Ok(Times::Unscheduled(Unscheduled::NoTime(local)));
        }
        Ok(Times::Scheduled(start, end))
    }

    /// An event's start: its `<date>` (cross-checked with `<start>`), else a full date and time
    /// in `<start>`, else `<start>`'s clock on its `<day>`.
    fn start(&mut self, doc: &Doc, e: &DocEvent) -> Result<DateTime<Utc>, Remark> {
        let dated = e.date.as_deref().and_then(|d| parse_offset_datetime(d).map(|t| (d, t)));
        if let Some((text, t)) = dated {
            Ok(self.cross_checked(text, t, e.start.as_deref()))
        } else if let Some(r) = e.date.as_deref().and_then(|d| self.instant(d, "date")) {
            r
        } else if let Some(r) = e.start.as_deref().and_then(|s| self.instant(s, "start")) {
            r
        } else {
            self.start_on_day(doc, e)
        }
    }

    /// `<start>`'s clock on the date of the event's `<day>`, or on the day after when the clock
    /// is before the day changes.
    fn start_on_day(&self, doc: &Doc, e: &DocEvent) -> Result<DateTime<Utc>, Remark> {
        let clock = e
            .start
            .as_deref()
            .and_then(parse_clock)
            .ok_or_else(|| Remark::NoStartTime {
                date: e.date.clone(),
                start: e.start.clone(),
            })?;
        let day = e.day.and_then(|d| doc.days.get(d));
        let date = day
            .and_then(|d| d.date.as_deref())
            .and_then(parse_date)
            .ok_or_else(|| "the start time has no date (its <day> has no date attribute)".to_string())?;
        // Times before the day changes belong to the night after the day's date.
        let change = self.day_change.or_else(|| {
            day.and_then(|d| d.start.as_deref())
                .and_then(|s| day_start_clock(s, self.tz))
        });
        let date = match change {
            Some(change) if clock < change => date
                .succ_opt()
                .ok_or_else(|| format!("the day {date} has no day after it"))?,
            _ => date,
        };
        self.local(date.and_time(clock), "start")
    }

    /// The report's notes on how times were read: offsets trusted or overruled, readings of
    /// "a:b:c" durations, dates without an offset.
    pub(super) fn report_notes(&self, report: &mut ImportReport) {
        let tz = self.tz;
        for slot in [&self.offset_mismatch, &self.start_used, &self.read_dhm, &self.read_hms] {
            if let Some(remark) = counted(slot) {
                report.warn(remark);
            }
        }
        if self.naive_dates > 0 {
            report.warn(Remark::NaiveDates {
                count: self.naive_dates,
                zone: tz.name().to_string(),
            });
        }
    }
}

/// The local clock of a `<day start>` (with or without an offset) in `tz`.
pub(super) fn day_start_clock(text: &str, tz: Tz) -> Option<NaiveTime> {
    parse_offset_datetime(text)
        .map(|t| time::utc_to_local(tz, t.with_timezone(&Utc)).time())
        .or_else(|| parse_naive_datetime(text).map(|t| t.time()))
}

/// "2020-01-10 22:30": an instant as the zone's local time, for reasons in the report.
fn local_text(tz: Tz, t: DateTime<Utc>) -> String {
    time::utc_to_local(tz, t).format("%Y-%m-%d %H:%M").to_string()
}

/// The conference's first and last dates (`<conference><start>`/`<end>`), as local dates in `tz`.
pub(super) fn conference_dates(doc: &Doc, tz: Tz) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let date = |text: &Option<String>| {
        text.as_deref().and_then(|t| {
            parse_offset_datetime(t)
                .map(|d| time::utc_to_local(tz, d.with_timezone(&Utc)).date())
                .or_else(|| parse_date(t))
        })
    };
    (date(&doc.start), date(&doc.end))
}
