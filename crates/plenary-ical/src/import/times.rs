//! Times: zones by TZID, local times (gaps and folds), DATE and DATE-TIME values, durations,
//! and the event's days in reasons.

use std::rc::Rc;

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use plenary_core::report::{Days, Remark};
use plenary_core::time;

use crate::parse::{Component, Note, Property};
use crate::windows_zones::windows_to_iana;
use crate::zone::{self, Resolved, Zone};

use super::values::short;
use super::{Context, When};

/// What [`parse_duration`] says of a duration too long for any date.
const TOO_LONG: &str = "is too long to be a duration";

/// Why a duration (`property` `value` at `line`) was refused, from [`parse_duration`]'s `why`.
pub(super) fn bad_duration(property: &str, value: &str, line: usize, why: &str) -> Remark {
    Remark::BadDuration {
        property: property.to_string(),
        value: short(value).to_string(),
        line,
        too_long: why == TOO_LONG,
    }
}

/// ISO 8601 / RFC 5545 duration: "PT1H30M", "P1D", "-PT15M", "P1W". Checked: a duration
/// beyond what a date can hold ("P999999999999999999W") is an error, never an overflow.
pub(super) fn parse_duration(text: &str) -> Result<Duration, &'static str> {
    const NOT: &str = "is not a duration";
    const LONG: &str = TOO_LONG;
    let t = text.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let t = t.strip_prefix('P').ok_or(NOT)?;
    let mut seconds: i64 = 0;
    let mut num = String::new();
    let mut in_time = false;
    for c in t.chars() {
        match c {
            'T' => in_time = true,
            '0'..='9' => num.push(c),
            _ => {
                if num.is_empty() {
                    return Err(NOT);
                }
                // All digits: a parse failure here is a number too big for i64.
                let n: i64 = num.parse().map_err(|_| LONG)?;
                num.clear();
                let unit: i64 = match (c, in_time) {
                    ('W', false) => 7 * 86_400,
                    ('D', false) => 86_400,
                    ('H', true) => 3_600,
                    ('M', true) => 60,
                    ('S', true) => 1,
                    _ => return Err(NOT),
                };
                seconds = n.checked_mul(unit).and_then(|s| seconds.checked_add(s)).ok_or(LONG)?;
            }
        }
    }
    if !num.is_empty() {
        return Err(NOT);
    }
    let d = Duration::try_seconds(seconds).ok_or(LONG)?;
    Ok(if neg { -d } else { d })
}

/// `t + d`, or the reason it cannot be a time.
pub(super) fn add_checked(t: DateTime<Utc>, d: Duration, what: &str, line: usize) -> Result<DateTime<Utc>, Remark> {
    t.checked_add_signed(d).ok_or_else(|| Remark::BeyondCalendar {
        property: what.to_string(),
        line,
    })
}

impl<'a, 't> Context<'a, 't> {
    pub(super) fn zone(&mut self, tzid: &str, notes: &mut Vec<Note>, line: usize) -> Result<Rc<Zone>, Remark> {
        let tzid = tzid.trim().trim_matches('"');
        if let Some(z) = self.zones.get(tzid) {
            return z.clone();
        }
        let resolved = if tzid.eq_ignore_ascii_case("UTC") || tzid.eq_ignore_ascii_case("GMT") {
            Ok(Zone::Utc)
        } else if let Some(tz) = zone::iana(tzid) {
            if !self.vtimezones.contains_key(tzid) {
                notes.push(Note {
                    line,
                    remark: Remark::TzidWithoutVtimezone { tzid: tzid.to_string() },
                });
            }
            Ok(Zone::Iana(tz))
        } else if let Some(iana) = windows_to_iana(tzid) {
            notes.push(Note {
                line,
                remark: Remark::WindowsZone {
                    tzid: tzid.to_string(),
                    iana: iana.to_string(),
                },
            });
            Ok(Zone::Iana(iana.parse().expect("the table holds known zones")))
        } else if let Some(block) = self.vtimezones.get(tzid) {
            zone::from_vtimezone(tzid, block).map_err(Remark::from)
        } else {
            Err(Remark::UnknownZone { tzid: tzid.to_string() })
        };
        let resolved = resolved.map(Rc::new);
        self.zones.insert(tzid.to_string(), resolved.clone());
        resolved
    }

    pub(super) fn local_in(
        &mut self,
        p: &Property,
        local: NaiveDateTime,
        notes: &mut Vec<Note>,
    ) -> Result<DateTime<Utc>, Remark> {
        let zone = match p.param("TZID") {
            Some(tzid) => self.zone(tzid, notes, p.line)?,
            None => Rc::new(self.floating.clone()),
        };
        let (t, how) = zone.to_utc(local);
        match how {
            Resolved::Exact => {}
            Resolved::Fold(later) => {
                let offset = (local - t.naive_utc()).num_minutes();
                notes.push(Note {
                    line: p.line,
                    remark: Remark::Fold {
                        property: p.name.to_string(),
                        local: local.format("%Y-%m-%d %H:%M").to_string(),
                        zone: zone.name().to_string(),
                        first: t,
                        offset_minutes: offset as i32,
                        second: later,
                    },
                })
            }
            Resolved::Gap => notes.push(Note {
                line: p.line,
                remark: Remark::Gap {
                    property: p.name.to_string(),
                    local: local.format("%Y-%m-%d %H:%M").to_string(),
                    zone: zone.name().to_string(),
                },
            }),
        }
        Ok(t)
    }

    pub(super) fn when(&mut self, p: &Property, _line: usize, notes: &mut Vec<Note>) -> Result<When, Remark> {
        let v = p.value.trim();
        let is_date = p.param("VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE")) || v.len() == 8;
        if is_date {
            return zone::parse_local(v)
                .filter(|_| v.len() == 8)
                .map(|l| When::Day(l.date()))
                .ok_or_else(|| not_a_date(p, v, true));
        }
        let local = zone::parse_local(v).ok_or_else(|| not_a_date(p, v, false))?;
        if v.ends_with(['Z', 'z']) {
            return Ok(When::At(DateTime::from_naive_utc_and_offset(local, Utc)));
        }
        self.local_in(p, local, notes).map(When::At)
    }

    /// The VEVENT's start and end: DTSTART, and DTEND or DTSTART + DURATION. Refused for an
    /// all-day event, a missing end, or an end at or before the start.
    pub(super) fn span(
        &mut self,
        e: &Component,
        dtstart: &Property,
        notes: &mut Vec<Note>,
    ) -> Result<(DateTime<Utc>, DateTime<Utc>), Remark> {
        let start = match self.when(dtstart, e.line, notes)? {
            When::At(t) => t,
            When::Day(d) => return Err(Remark::AllDay { date: d.to_string() }),
        };
        let end = if let Some(p) = e.prop("DTEND") {
            match self.when(p, e.line, notes)? {
                When::At(t) => t,
                When::Day(_) => return Err(Remark::EndIsDate { line: p.line }),
            }
        } else if let Some(p) = e.prop("DURATION") {
            let d = parse_duration(&p.value).map_err(|why| bad_duration("DURATION", &p.value, p.line, why))?;
            add_checked(start, d, "DURATION", p.line)?
        } else {
            return Err(Remark::NoEnd);
        };
        if end <= start {
            return Err(Remark::EndsBeforeStart {
                start: start.format("%Y-%m-%d %H:%M").to_string(),
                end: end.format("%Y-%m-%d %H:%M").to_string(),
            });
        }
        Ok((start, end))
    }

    /// The event's days for a reason: its first and last day, and when its days are
    /// conference days (a day change other than midnight) the hours each one covers.
    pub(super) fn days(&self) -> Days {
        let Ok(ev) = self.tx.read().event(self.event) else {
            return Days {
                first: String::new(),
                last: String::new(),
                day_change: None,
                zone: self.event_tz.name().to_string(),
            };
        };
        let d = &ev.data;
        Days {
            first: d.start_date.to_string(),
            last: d.end_date.to_string(),
            day_change: (d.day_change != chrono::NaiveTime::MIN).then(|| d.day_change.format("%H:%M").to_string()),
            zone: d.timezone.clone(),
        }
    }

    /// Why an instance starting at `start` is skipped: outside the event's days.
    pub(super) fn outside(&self, start: DateTime<Utc>) -> Remark {
        Remark::OutsideDays {
            start: time::utc_to_local(self.event_tz, start)
                .format("%Y-%m-%d %H:%M")
                .to_string(),
            days: Box::new(self.days()),
        }
    }
}

/// Why `p`'s value `v` was refused: not a date (`date`) or not a date-time.
fn not_a_date(p: &Property, v: &str, date: bool) -> Remark {
    Remark::NotADate {
        property: p.name.to_string(),
        value: short(v).to_string(),
        line: p.line,
        date,
    }
}
