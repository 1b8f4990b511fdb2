//! Local time in an event's zone. Instants are stored in UTC; people enter and read them in the
//! event's IANA zone. Local times that do not exist (a DST gap) are refused with a message, and
//! local times that happen twice (a DST fold) are resolved by an explicit choice.

use chrono::{DateTime, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::error::{Error, Result};

/// Which of the two instants to take when a local time happens twice (clocks go back).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Fold {
    #[default]
    Earlier,
    Later,
}

/// Parses an IANA zone name; `field` names the input for the error.
pub fn parse_zone(name: &str, entity: &'static str, field: &str) -> Result<Tz> {
    name.parse::<Tz>().map_err(|_| {
        Error::problems(
            entity,
            vec![
                crate::validate::InputProblem::new(field, crate::validate::ProblemCode::UnknownZone)
                    .with("value", name),
            ],
        )
    })
}

/// The instant of a local wall-clock time in `tz`.
pub fn local_to_utc(
    tz: Tz,
    local: NaiveDateTime,
    fold: Fold,
    entity: &'static str,
    field: &str,
) -> Result<DateTime<Utc>> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(a, b) => Ok(match fold {
            Fold::Earlier => a.min(b),
            Fold::Later => a.max(b),
        }
        .with_timezone(&Utc)),
        LocalResult::None => Err(Error::invalid(
            entity,
            field,
            format!(
                "{} does not exist in {} (the clocks skip it for daylight saving time)",
                local.format("%Y-%m-%d %H:%M"),
                tz.name()
            ),
        )),
    }
}

/// The local wall-clock time of an instant in `tz`.
pub fn utc_to_local(tz: Tz, t: DateTime<Utc>) -> NaiveDateTime {
    t.with_timezone(&tz).naive_local()
}

/// The first instant of a calendar day in `tz` (midnight, or the first existing time after it).
pub fn start_of_day(tz: Tz, date: NaiveDate) -> DateTime<Utc> {
    day_start_at(tz, date, NaiveTime::MIN)
}

/// The first instant of a conference day that begins at the local time `change` on `date`
/// (see `EventData::day_change`), or the first existing time after it when the clocks skip it.
pub fn day_start_at(tz: Tz, date: NaiveDate, change: NaiveTime) -> DateTime<Utc> {
    let mut local = date.and_time(change);
    // A zone may skip midnight itself (e.g. America/Santiago), or a DST gap may hold the day
    // change; step forward to the first existing minute rather than failing.
    for _ in 0..(24 * 60) {
        match tz.from_local_datetime(&local) {
            LocalResult::Single(t) => return t.with_timezone(&Utc),
            LocalResult::Ambiguous(a, b) => return a.min(b).with_timezone(&Utc),
            // The last minutes chrono holds have no next minute: stop, never overflow.
            LocalResult::None => match local.checked_add_signed(chrono::Duration::minutes(1)) {
                Some(next) => local = next,
                None => break,
            },
        }
    }
    Utc.from_utc_datetime(&date.and_time(change))
}

/// Parses "2026-07-10 09:00" or "2026-07-10T09:00" (seconds optional) as a local time.
pub fn parse_local(text: &str, entity: &'static str, field: &str) -> Result<NaiveDateTime> {
    let text = text.trim();
    for format in [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(text, format) {
            return Ok(t);
        }
    }
    Err(Error::invalid(
        entity,
        field,
        format!("{text:?} is not a date and time like 2026-07-10 09:00"),
    ))
}

pub fn parse_date(text: &str, entity: &'static str, field: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| Error::invalid(entity, field, format!("{text:?} is not a date like 2026-07-10")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(s: &str) -> NaiveDateTime {
        parse_local(s, "session", "start").unwrap()
    }

    #[test]
    fn geneva_summer_is_utc_plus_two() {
        let t = local_to_utc(
            chrono_tz::Europe::Zurich,
            local("2026-07-10 09:00"),
            Fold::Earlier,
            "session",
            "start",
        )
        .unwrap();
        assert_eq!(t.to_rfc3339(), "2026-07-10T07:00:00+00:00");
    }

    #[test]
    fn gap_is_refused_naming_the_field() {
        let err = local_to_utc(
            chrono_tz::America::New_York,
            local("2026-03-08 02:30"),
            Fold::Earlier,
            "session",
            "start",
        )
        .unwrap_err();
        assert_eq!(err.field(), Some("start"));
        assert!(err.to_string().contains("does not exist"), "{err}");
    }

    #[test]
    fn fold_takes_the_chosen_instant() {
        let tz = chrono_tz::America::New_York;
        let l = local("2026-11-01 01:30");
        let early = local_to_utc(tz, l, Fold::Earlier, "s", "start").unwrap();
        let late = local_to_utc(tz, l, Fold::Later, "s", "start").unwrap();
        assert_eq!((late - early).num_hours(), 1);
        assert_eq!(utc_to_local(tz, early), l);
        assert_eq!(utc_to_local(tz, late), l);
    }

    #[test]
    fn a_day_start_at_the_end_of_time_does_not_panic() {
        let last = NaiveDate::MAX;
        let change = NaiveTime::from_hms_opt(23, 0, 0).unwrap();
        // 23:00 in New York on chrono's last day is past its last instant: no panic, a value.
        let t = day_start_at(chrono_tz::America::New_York, last, change);
        assert_eq!(t.date_naive(), last);
    }

    #[test]
    fn unknown_zone_is_invalid() {
        assert!(parse_zone("Europe/Geneva", "event", "timezone").is_err());
        assert!(parse_zone("Europe/Zurich", "event", "timezone").is_ok());
    }
}
