//! VTIMEZONE blocks derived from the IANA database in chrono-tz. chrono-tz does not expose its
//! transitions, so they are found by sampling the UTC offset and narrowing each change down to
//! the second by bisection. The block lists the observance in force at the first instant of
//! the file (with its real onset) and every transition up to the last instant: explicit
//! DTSTARTs without RRULE, which every reader understands and which cannot drift from the data.

use chrono::{DateTime, Duration, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

/// One observance: from `onset` on, local time is UTC + `offset_to` seconds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observance {
    pub onset: DateTime<Utc>,
    pub offset_from: i32,
    pub offset_to: i32,
    pub daylight: bool,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Sample {
    offset: i32,
    daylight: bool,
    name: String,
}

fn sample(tz: Tz, t: DateTime<Utc>) -> Sample {
    let off = tz.offset_from_utc_datetime(&t.naive_utc());
    Sample {
        offset: off.fix().local_minus_utc(),
        daylight: !off.dst_offset().is_zero(),
        name: off.abbreviation().unwrap_or_default().to_string(),
    }
}

/// How far back to look for the onset of the observance in force at `from`: a year covers
/// every zone with yearly daylight saving time; zones without a change in that year get a
/// synthetic onset at the start of the look-back (offset unchanged, so it is still exact).
const LOOK_BACK_DAYS: i64 = 400;
/// Sampling step. Real zones never change offset twice within 6 hours.
const STEP_HOURS: i64 = 6;

/// The observances needed to resolve every local time between `from` and `to`.
pub fn observances(tz: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<Observance> {
    let scan_start = from - Duration::days(LOOK_BACK_DAYS);
    let step = Duration::hours(STEP_HOURS);
    let mut transitions: Vec<Observance> = Vec::new();
    let mut t = scan_start;
    let mut before = sample(tz, t);
    while t < to {
        let next = (t + step).min(to);
        let after = sample(tz, next);
        if after != before {
            // Bisect to the first second with the new offset.
            let (mut lo, mut hi) = (t, next);
            while hi - lo > Duration::seconds(1) {
                let mid = lo + (hi - lo) / 2;
                if sample(tz, mid) == before {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            let now = sample(tz, hi);
            transitions.push(Observance {
                onset: hi,
                offset_from: before.offset,
                offset_to: now.offset,
                daylight: now.daylight,
                name: now.name.clone(),
            });
            before = now;
            // Re-sample from the transition so two changes within one step are both seen.
            t = hi;
            continue;
        }
        before = after;
        t = next;
    }
    let first_in_range = transitions.partition_point(|o| o.onset <= from);
    let mut out = Vec::new();
    if first_in_range > 0 {
        out.push(transitions[first_in_range - 1].clone());
    } else {
        let s = sample(tz, scan_start);
        out.push(Observance {
            onset: scan_start,
            offset_from: s.offset,
            offset_to: s.offset,
            daylight: s.daylight,
            name: s.name,
        });
    }
    out.extend(transitions.into_iter().skip(first_in_range));
    out
}

/// "+0200", "-0330", "+053730" (seconds only when not whole minutes).
pub fn format_offset(out: &mut String, seconds: i32) {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    out.push(sign);
    push2(out, s / 3600);
    push2(out, s / 60 % 60);
    if !s.is_multiple_of(60) {
        push2(out, s % 60);
    }
}

pub(crate) fn push2(out: &mut String, n: u32) {
    out.push(char::from(b'0' + (n / 10 % 10) as u8));
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// "20260710T090000"
pub(crate) fn push_local(out: &mut String, t: NaiveDateTime) {
    use chrono::{Datelike, Timelike};
    let y = t.year().clamp(0, 9999) as u32;
    push2(out, y / 100);
    push2(out, y % 100);
    push2(out, t.month());
    push2(out, t.day());
    out.push('T');
    push2(out, t.hour());
    push2(out, t.minute());
    push2(out, t.second());
}

/// "20260710T070000Z"
pub(crate) fn push_utc(out: &mut String, t: DateTime<Utc>) {
    push_local(out, t.naive_utc());
    out.push('Z');
}

/// The VTIMEZONE component for `tz` covering `from`..`to`, as unfolded content lines.
pub fn vtimezone_lines(tz: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<String> {
    let mut lines = vec!["BEGIN:VTIMEZONE".to_string(), format!("TZID:{}", tz.name())];
    for o in observances(tz, from, to) {
        let kind = if o.daylight { "DAYLIGHT" } else { "STANDARD" };
        lines.push(format!("BEGIN:{kind}"));
        let mut dtstart = String::from("DTSTART:");
        push_local(
            &mut dtstart,
            (o.onset + Duration::seconds(o.offset_from.into())).naive_utc(),
        );
        lines.push(dtstart);
        let mut from_line = String::from("TZOFFSETFROM:");
        format_offset(&mut from_line, o.offset_from);
        lines.push(from_line);
        let mut to_line = String::from("TZOFFSETTO:");
        format_offset(&mut to_line, o.offset_to);
        lines.push(to_line);
        // Zones without an abbreviation in the database show a numeric one ("+0530"), which
        // is still a useful TZNAME.
        if !o.name.is_empty() {
            lines.push(format!("TZNAME:{}", crate::text::escape_text(&o.name)));
        }
        lines.push(format!("END:{kind}"));
    }
    lines.push("END:VTIMEZONE".into());
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn block(tz: Tz, from: &str, to: &str) -> String {
        vtimezone_lines(tz, utc(from), utc(to)).join("\n")
    }

    #[test]
    fn zurich_summer_event_has_the_march_onset() {
        let b = block(
            chrono_tz::Europe::Zurich,
            "2026-07-06T06:00:00Z",
            "2026-07-10T16:00:00Z",
        );
        assert_eq!(
            b,
            "BEGIN:VTIMEZONE\nTZID:Europe/Zurich\nBEGIN:DAYLIGHT\nDTSTART:20260329T020000\nTZOFFSETFROM:+0100\n\
             TZOFFSETTO:+0200\nTZNAME:CEST\nEND:DAYLIGHT\nEND:VTIMEZONE"
        );
    }

    #[test]
    fn new_york_across_the_november_change_has_both() {
        let b = block(
            chrono_tz::America::New_York,
            "2026-10-30T12:00:00Z",
            "2026-11-03T12:00:00Z",
        );
        assert!(
            b.contains("BEGIN:DAYLIGHT\nDTSTART:20260308T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT"),
            "{b}"
        );
        assert!(
            b.contains("BEGIN:STANDARD\nDTSTART:20261101T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST"),
            "{b}"
        );
    }

    #[test]
    fn southern_hemisphere_sydney_april_change() {
        let b = block(
            chrono_tz::Australia::Sydney,
            "2026-04-03T00:00:00Z",
            "2026-04-07T00:00:00Z",
        );
        assert!(
            b.contains("BEGIN:DAYLIGHT\nDTSTART:20251005T020000\nTZOFFSETFROM:+1000\nTZOFFSETTO:+1100"),
            "{b}"
        );
        assert!(
            b.contains("BEGIN:STANDARD\nDTSTART:20260405T030000\nTZOFFSETFROM:+1100\nTZOFFSETTO:+1000"),
            "{b}"
        );
    }

    #[test]
    fn half_hour_zones() {
        let k = block(chrono_tz::Asia::Kolkata, "2026-07-06T00:00:00Z", "2026-07-07T00:00:00Z");
        assert!(k.contains("TZOFFSETFROM:+0530\nTZOFFSETTO:+0530"), "{k}");
        assert_eq!(k.matches("BEGIN:STANDARD").count(), 1);
        let a = block(
            chrono_tz::Australia::Adelaide,
            "2026-10-01T00:00:00Z",
            "2026-10-06T00:00:00Z",
        );
        assert!(
            a.contains("BEGIN:DAYLIGHT\nDTSTART:20261004T020000\nTZOFFSETFROM:+0930\nTZOFFSETTO:+1030"),
            "{a}"
        );
    }

    #[test]
    fn lord_howe_half_hour_daylight_saving() {
        let b = block(
            chrono_tz::Australia::Lord_Howe,
            "2026-04-01T00:00:00Z",
            "2026-04-10T00:00:00Z",
        );
        assert!(b.contains("TZOFFSETFROM:+1100\nTZOFFSETTO:+1030"), "{b}");
    }
}
