//! Time zones named by TZID in files from elsewhere: IANA names (also behind Mozilla-style
//! prefixes), Windows names (Outlook, Exchange) and custom VTIMEZONE blocks, whose offsets are
//! used when the name is neither.

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc, Weekday};
use chrono_tz::Tz;

use crate::parse::Component;

/// The zone a TZID names: an IANA zone (also when reached through a Windows name or a prefix),
/// or one built from the file's own VTIMEZONE observances.
#[derive(Debug, Clone)]
pub enum Zone {
    Utc,
    Iana(Tz),
    /// Onsets (UTC) with the offset that starts there, sorted; `initial` before the first.
    Custom {
        name: String,
        initial: i32,
        onsets: Vec<(DateTime<Utc>, i32)>,
    },
}

/// How a local time was resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved {
    Exact,
    /// Happens twice (clocks went back): the first was taken (RFC 5545 §3.3.5); this is the
    /// second, not taken.
    Fold(DateTime<Utc>),
    /// Does not exist (clocks went forward): read with the offset before the gap (§3.3.5).
    Gap,
}

impl Zone {
    /// The zone's name: the IANA name, or the file's TZID for a zone of its own.
    pub fn name(&self) -> &str {
        match self {
            Zone::Utc => "UTC",
            Zone::Iana(tz) => tz.name(),
            Zone::Custom { name, .. } => name,
        }
    }

    fn custom_offset_at(initial: i32, onsets: &[(DateTime<Utc>, i32)], t: DateTime<Utc>) -> i32 {
        let i = onsets.partition_point(|(o, _)| *o <= t);
        if i == 0 {
            initial
        } else {
            onsets[i - 1].1
        }
    }

    /// The instant of wall-clock time `local` in this zone, and how it was resolved: in a DST gap
    /// the time is moved forward by the gap, in a fold the earlier instant is taken (RFC 5545
    /// §3.3.5), and [`Resolved`] says which happened so the import can note it.
    pub fn to_utc(&self, local: NaiveDateTime) -> (DateTime<Utc>, Resolved) {
        match self {
            Zone::Utc => (Utc.from_utc_datetime(&local), Resolved::Exact),
            Zone::Iana(tz) => match tz.from_local_datetime(&local) {
                LocalResult::Single(t) => (t.with_timezone(&Utc), Resolved::Exact),
                LocalResult::Ambiguous(a, b) => (
                    a.min(b).with_timezone(&Utc),
                    Resolved::Fold(a.max(b).with_timezone(&Utc)),
                ),
                LocalResult::None => {
                    let before = tz
                        .offset_from_utc_datetime(&shift(local, -36 * 3600))
                        .fix()
                        .local_minus_utc();
                    (Utc.from_utc_datetime(&shift(local, -i64::from(before))), Resolved::Gap)
                }
            },
            Zone::Custom { initial, onsets, .. } => {
                // Only the offsets in force near this local time can read it (an offset is
                // under 100 hours): a binary search, not a pass over every onset of a block
                // that may list thousands (a pass per time would be quadratic in the file).
                let as_utc = Utc.from_utc_datetime(&local);
                let (from, to) = (
                    as_utc.checked_sub_signed(Duration::days(5)).unwrap_or(as_utc),
                    as_utc.checked_add_signed(Duration::days(5)).unwrap_or(as_utc),
                );
                let lo = onsets.partition_point(|(o, _)| *o <= from);
                let hi = onsets.partition_point(|(o, _)| *o <= to);
                let before = if lo == 0 { *initial } else { onsets[lo - 1].1 };
                let mut offsets: Vec<i32> = onsets[lo..hi].iter().map(|(_, o)| *o).collect();
                offsets.push(before);
                offsets.sort_unstable();
                offsets.dedup();
                let valid: Vec<DateTime<Utc>> = offsets
                    .iter()
                    .map(|o| Utc.from_utc_datetime(&shift(local, -i64::from(*o))))
                    .filter(|t| {
                        let o = Self::custom_offset_at(*initial, onsets, *t);
                        *t == Utc.from_utc_datetime(&shift(local, -i64::from(o)))
                    })
                    .collect();
                match (valid.iter().min(), valid.iter().max()) {
                    (Some(t), _) if valid.len() == 1 => (*t, Resolved::Exact),
                    (Some(t), Some(later)) => (*t, Resolved::Fold(*later)),
                    _ => {
                        let probe = Utc.from_utc_datetime(&shift(local, -36 * 3600));
                        let before = Self::custom_offset_at(*initial, onsets, probe);
                        (Utc.from_utc_datetime(&shift(local, -i64::from(before))), Resolved::Gap)
                    }
                }
            }
        }
    }
}

/// `local` moved by `seconds`, or left where it is at the edge of chrono's range (the
/// parser's four-digit years never get there; `Zone::to_utc` is public).
fn shift(local: NaiveDateTime, seconds: i64) -> NaiveDateTime {
    local.checked_add_signed(Duration::seconds(seconds)).unwrap_or(local)
}

/// An IANA name, also when written with a prefix ("/mozilla.org/20050126_1/Europe/Paris").
pub fn iana(name: &str) -> Option<Tz> {
    let mut rest = name.trim().trim_matches('"');
    loop {
        if let Ok(tz) = rest.parse::<Tz>() {
            return Some(tz);
        }
        rest = rest.split_once('/')?.1;
    }
}

fn parse_offset(text: &str) -> Option<i32> {
    let t = text.trim();
    let (sign, digits) = match t.as_bytes().first()? {
        b'+' => (1, &t[1..]),
        b'-' => (-1, &t[1..]),
        _ => (1, t),
    };
    if !(digits.len() == 4 || digits.len() == 6) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let h: i32 = digits[0..2].parse().ok()?;
    let m: i32 = digits[2..4].parse().ok()?;
    let s: i32 = if digits.len() == 6 {
        digits[4..6].parse().ok()?
    } else {
        0
    };
    Some(sign * (h * 3600 + m * 60 + s))
}

/// A DATE-TIME or DATE value ("20260622T090000", "…Z", "20260622") as local time. Only
/// four-digit years: chrono would also read a signed year of six digits, which no calendar
/// means and whose arithmetic could leave chrono's range.
pub fn parse_local(value: &str) -> Option<NaiveDateTime> {
    let v = value.trim().trim_end_matches(['Z', 'z']);
    if !v.as_bytes().get(..8).is_some_and(|d| d.iter().all(u8::is_ascii_digit)) {
        return None;
    }
    NaiveDateTime::parse_from_str(v, "%Y%m%dT%H%M%S")
        .or_else(|_| NaiveDateTime::parse_from_str(v, "%Y%m%dT%H%M"))
        .ok()
        .or_else(|| {
            NaiveDate::parse_from_str(v, "%Y%m%d")
                .ok()
                .map(|d| d.and_time(chrono::NaiveTime::MIN))
        })
}

/// An RFC 5545 weekday code (`MO` … `SU`, any case, surrounding spaces ignored), as used by
/// RRULE `BYDAY`/`WKST` and by VTIMEZONE rules; `None` for anything else.
pub(crate) fn weekday(code: &str) -> Option<Weekday> {
    Some(match code.trim().to_ascii_uppercase().as_str() {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    })
}

/// The `n`th (1-based; negative from the end) `wd` of a month.
fn nth_weekday(year: i32, month: u32, wd: Weekday, n: i32) -> Option<NaiveDate> {
    // A month has at most five of a weekday; anything else names no day (and -n must not
    // overflow).
    if n == 0 || !(-5..=5).contains(&n) {
        return None;
    }
    if n > 0 {
        NaiveDate::from_weekday_of_month_opt(year, month, wd, n as u8)
    } else {
        let first_next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)?
        };
        let last = first_next.pred_opt()?;
        let back = (7 + last.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
        let d = last - Duration::days(back.into()) - Duration::weeks((-n - 1).into());
        (d.month() == month).then_some(d)
    }
}

/// The local onset times of a yearly VTIMEZONE rule (FREQ=YEARLY;BYMONTH=m;BYDAY=nDD),
/// the only form real files use.
fn yearly_onsets(rule: &str, first: NaiveDateTime) -> Result<Vec<NaiveDateTime>, String> {
    let mut month = None;
    let mut byday = None;
    let mut until = None;
    for part in rule.split(';') {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        match k.to_ascii_uppercase().as_str() {
            "FREQ" if v.eq_ignore_ascii_case("YEARLY") => {}
            "BYMONTH" => month = v.parse::<u32>().ok(),
            "BYDAY" => {
                let v = v.trim();
                let split = v.len().saturating_sub(2);
                let n: i32 = if split == 0 {
                    1
                } else {
                    v[..split].parse().map_err(|_| format!("BYDAY={v}"))?
                };
                byday = Some((n, weekday(&v[split..]).ok_or_else(|| format!("BYDAY={v}"))?));
            }
            "UNTIL" => until = parse_local(v),
            "INTERVAL" if v == "1" => {}
            "WKST" => {}
            _ => return Err(format!("rule part {part:?} is not supported")),
        }
    }
    let (Some(month), Some((n, wd))) = (month, byday) else {
        return Err(format!("rule {rule:?} needs BYMONTH and BYDAY"));
    };
    let mut out = Vec::new();
    for year in first.year()..=2100 {
        if let Some(d) = nth_weekday(year, month, wd, n) {
            let t = d.and_time(first.time());
            if t >= first && until.is_none_or(|u| t <= u) {
                out.push(t);
            }
        }
    }
    Ok(out)
}

/// A zone from a VTIMEZONE block's own observances.
pub fn from_vtimezone(tzid: &str, block: &Component) -> Result<Zone, String> {
    let mut onsets: Vec<(DateTime<Utc>, i32)> = Vec::new();
    let mut earliest: Option<(DateTime<Utc>, i32)> = None;
    for obs in block
        .children
        .iter()
        .filter(|c| c.name == "STANDARD" || c.name == "DAYLIGHT")
    {
        let at = |name: &str| obs.prop(name).map(|p| p.value.as_ref());
        let from = at("TZOFFSETFROM")
            .and_then(parse_offset)
            .ok_or_else(|| format!("VTIMEZONE {tzid} (line {}): TZOFFSETFROM missing or invalid", obs.line))?;
        let to = at("TZOFFSETTO")
            .and_then(parse_offset)
            .ok_or_else(|| format!("VTIMEZONE {tzid} (line {}): TZOFFSETTO missing or invalid", obs.line))?;
        let start = at("DTSTART")
            .and_then(parse_local)
            .ok_or_else(|| format!("VTIMEZONE {tzid} (line {}): DTSTART missing or invalid", obs.line))?;
        let mut locals = vec![start];
        for rule in obs.props("RRULE") {
            locals.extend(
                yearly_onsets(&rule.value, start)
                    .map_err(|e| format!("VTIMEZONE {tzid} (line {}): RRULE {e}", rule.line))?,
            );
        }
        for rdate in obs.props("RDATE") {
            locals.extend(rdate.value.split(',').filter_map(parse_local));
        }
        for l in locals {
            let t = Utc.from_utc_datetime(&(l - Duration::seconds(from.into())));
            if earliest.is_none_or(|(e, _)| t < e) {
                earliest = Some((t, from));
            }
            onsets.push((t, to));
        }
    }
    let Some((_, initial)) = earliest else {
        return Err(format!(
            "VTIMEZONE {tzid} (line {}) has no STANDARD or DAYLIGHT",
            block.line
        ));
    };
    onsets.sort();
    onsets.dedup();
    Ok(Zone::Custom {
        name: tzid.to_string(),
        initial,
        onsets,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixed_iana_names() {
        assert_eq!(
            iana("/mozilla.org/20050126_1/Europe/Paris"),
            Some(chrono_tz::Europe::Paris)
        );
        assert_eq!(iana("\"Europe/Zurich\""), Some(chrono_tz::Europe::Zurich));
        assert_eq!(iana("Eastern Standard Time"), None);
    }

    #[test]
    fn last_sunday_and_second_sunday() {
        assert_eq!(
            nth_weekday(2026, 3, Weekday::Sun, -1),
            NaiveDate::from_ymd_opt(2026, 3, 29)
        );
        assert_eq!(
            nth_weekday(2026, 3, Weekday::Sun, 2),
            NaiveDate::from_ymd_opt(2026, 3, 8)
        );
        assert_eq!(
            nth_weekday(2026, 10, Weekday::Sun, -1),
            NaiveDate::from_ymd_opt(2026, 10, 25)
        );
    }

    #[test]
    fn custom_zone_from_rrule_blocks_matches_the_database() {
        let text =
            "BEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:Eastern Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T020000\n\
            TZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\n\
            BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\n\
            RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\nEND:VCALENDAR\n";
        let (roots, _) = crate::parse::parse(text.as_bytes()).unwrap();
        let zone = from_vtimezone("Eastern Standard Time", &roots[0].children[0]).unwrap();
        let ny = Zone::Iana(chrono_tz::America::New_York);
        for local in [
            "20241028T170000",
            "20260308T013000",
            "20260308T023000",
            "20261101T013000",
            "20260701T120000",
        ] {
            let l = parse_local(local).unwrap();
            assert_eq!(zone.to_utc(l), ny.to_utc(l), "{local}");
        }
    }
}
