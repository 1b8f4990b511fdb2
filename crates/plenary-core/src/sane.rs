//! The range of dates Plenary plans in, so that no date from a file, a form or an old store ever
//! meets an offset or a duration at the edge of what the date types hold (chrono panics on
//! `NaiveDate::MAX + 1 day`; year +262142 is one import away).
//!
//! Every date and instant the store accepts lies in the years [`FIRST_YEAR`]–[`LAST_YEAR`]
//! (UTC for instants), and an event lasts at most [`MAX_EVENT_DAYS`] days. Code that reads an
//! event from a store written by hand or by an older Plenary calls [`check_event_days`] before
//! doing arithmetic on its days, and turns the error into a message instead of a panic.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use crate::error::{Error, Result};
use crate::model::EventData;
use crate::validate::{InputProblem, ProblemCode};

/// The first year a date may fall in.
pub const FIRST_YEAR: i32 = 1900;
/// The last year a date may fall in.
pub const LAST_YEAR: i32 = 2200;
/// The longest an event may last, in days from its first to its last day (a year, leap or not).
pub const MAX_EVENT_DAYS: i64 = 366;

fn out_of_range(entity: &'static str, field: &str, what: String) -> Error {
    let problem = InputProblem::new(field, ProblemCode::YearOutOfRange)
        .with("value", what)
        .with("first", FIRST_YEAR)
        .with("last", LAST_YEAR);
    Error::problems(entity, vec![problem])
}

/// Refuses a date outside [`FIRST_YEAR`]–[`LAST_YEAR`], naming `entity` and `field`.
pub fn check_date(entity: &'static str, field: &str, date: NaiveDate) -> Result<()> {
    if (FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
        Ok(())
    } else {
        Err(out_of_range(entity, field, date.to_string()))
    }
}

/// Refuses an instant whose UTC date is outside [`FIRST_YEAR`]–[`LAST_YEAR`].
pub fn check_instant(entity: &'static str, field: &str, t: DateTime<Utc>) -> Result<()> {
    if (FIRST_YEAR..=LAST_YEAR).contains(&t.year()) {
        Ok(())
    } else {
        Err(out_of_range(entity, field, t.format("%Y-%m-%d %H:%M UTC").to_string()))
    }
}

/// The rules for an event's days: both in the sane range, the last not before the first, at
/// most [`MAX_EVENT_DAYS`] apart. Errors name `event start_date` or `event end_date`.
pub fn check_event_days(data: &EventData) -> Result<()> {
    check_date("event", "start_date", data.start_date)?;
    check_date("event", "end_date", data.end_date)?;
    let end_date = |code| Err(Error::problems("event", vec![InputProblem::new("end_date", code)]));
    if data.end_date < data.start_date {
        return end_date(ProblemCode::EndBeforeStartDate);
    }
    if (data.end_date - data.start_date).num_days() > MAX_EVENT_DAYS {
        return end_date(ProblemCode::TooLong);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(start: NaiveDate, end: NaiveDate) -> EventData {
        EventData {
            start_date: start,
            end_date: end,
            ..Default::default()
        }
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn event_days_in_range_pass_and_absurd_ones_name_the_field() {
        assert!(check_event_days(&event(day(1900, 1, 1), day(1900, 1, 2))).is_ok());
        assert!(check_event_days(&event(day(2200, 12, 30), day(2200, 12, 31))).is_ok());
        let cases = [
            (event(day(2026, 7, 6), NaiveDate::MAX), "end_date"),
            (event(NaiveDate::MIN, day(2026, 7, 6)), "start_date"),
            (event(day(1899, 12, 31), day(1900, 1, 1)), "start_date"),
            (event(day(2200, 12, 31), day(2201, 1, 1)), "end_date"),
            (event(day(2026, 7, 6), day(2027, 7, 8)), "end_date"),
            (event(day(2026, 7, 6), day(2026, 7, 5)), "end_date"),
        ];
        for (data, field) in cases {
            let err = check_event_days(&data).unwrap_err();
            assert_eq!(err.field(), Some(field), "{err}");
        }
        let err = check_event_days(&event(day(2026, 7, 6), NaiveDate::MAX)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "event end_date: +262142-12-31 is outside the years Plenary plans in (1900–2200)"
        );
    }

    #[test]
    fn instants_outside_the_range_are_refused() {
        assert!(check_instant("session", "start", DateTime::<Utc>::MAX_UTC).is_err());
        assert!(check_instant("session", "start", DateTime::<Utc>::MIN_UTC).is_err());
        let t = day(2026, 7, 6).and_hms_opt(9, 0, 0).unwrap().and_utc();
        assert!(check_instant("session", "start", t).is_ok());
    }
}
