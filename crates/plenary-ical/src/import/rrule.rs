//! Recurrence: RRULE parsing (DAILY, WEEKLY and what each part means), expansion within the
//! event's days, EXDATE and RDATE.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Utc, Weekday};
use plenary_core::report::{Remark, RruleExpected};
use plenary_core::time;
use uuid::Uuid;

use crate::parse::{Component, Note, Property};
use crate::zone::{self, weekday, Zone};

use super::times::{add_checked, bad_duration, parse_duration};
use super::values::short;
use super::{instance_uuid, uid_of, uid_to_uuid, Context, When};

/// An instance of a series: start, end, and its local date (which a DATE-valued EXDATE names).
type Instance = (DateTime<Utc>, DateTime<Utc>, NaiveDate);

/// A DAILY or WEEKLY RRULE, every part of it applied (anything else is refused by [`Context::rule`]).
pub(super) struct Rule {
    pub(super) daily: bool,
    pub(super) interval: i64,
    /// COUNT; a number too big to write is as good as none (the expansion stops at the event's end).
    pub(super) count: Option<u64>,
    pub(super) until: Option<DateTime<Utc>>,
    pub(super) days: Vec<Weekday>,
    /// WKST: where a week starts, which decides the weeks that INTERVAL skips.
    pub(super) week_start: Weekday,
    /// BYMONTH and BYMONTHDAY: limits (RFC 5545 §3.3.10 table: "Limit" for DAILY and WEEKLY).
    pub(super) months: Vec<u32>,
    pub(super) month_days: Vec<i32>,
}

impl Rule {
    fn keeps(&self, d: NaiveDate) -> bool {
        let month_ok = self.months.is_empty() || self.months.contains(&d.month());
        let day_ok = self.month_days.is_empty() || {
            let len = days_in_month(d);
            self.month_days
                .iter()
                .any(|&m| m == d.day() as i32 || (m < 0 && len as i32 + 1 + m == d.day() as i32))
        };
        month_ok && day_ok
    }
}

pub(super) fn days_in_month(d: NaiveDate) -> u32 {
    let first = d.with_day(1).unwrap_or(d);
    let next = first.checked_add_months(chrono::Months::new(1)).unwrap_or(first);
    u32::try_from((next - first).num_days()).unwrap_or(31)
}

/// Why an RRULE part's value was refused.
fn rrule_value(part: &str, value: &str, expected: RruleExpected) -> Remark {
    Remark::RruleValue {
        part: part.to_string(),
        value: short(value).to_string(),
        expected,
    }
}

/// A parse-able list of numbers within `range`, or the reason.
pub(super) fn number_list<T: std::str::FromStr + PartialOrd + Copy>(
    part: &str,
    v: &str,
    range: std::ops::RangeInclusive<T>,
) -> Result<Vec<T>, Remark> {
    v.split(',')
        .map(|x| {
            x.trim()
                .parse::<T>()
                .ok()
                .filter(|n| range.contains(n))
                .ok_or_else(|| rrule_value(part, v, RruleExpected::Numbers))
        })
        .collect()
}

impl<'a, 't> Context<'a, 't> {
    /// Reads a DAILY or WEEKLY RRULE. Every part that changes the result is applied (INTERVAL,
    /// COUNT, UNTIL, BYDAY, WKST, BYMONTH, BYMONTHDAY) or the rule is refused with the reason:
    /// never ignored.
    pub(super) fn rule(&mut self, p: &Property, notes: &mut Vec<Note>) -> Result<Rule, Remark> {
        let mut rule = Rule {
            daily: true,
            interval: 1,
            count: None,
            until: None,
            days: Vec::new(),
            week_start: Weekday::Mon,
            months: Vec::new(),
            month_days: Vec::new(),
        };
        let mut freq = None;
        for part in p.value.trim().split(';').filter(|s| !s.is_empty()) {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            let v = v.trim();
            match k.trim().to_ascii_uppercase().as_str() {
                "FREQ" => freq = Some(v.to_ascii_uppercase()),
                "INTERVAL" => rule.interval = interval(v)?,
                "COUNT" => rule.count = Some(count(v)?),
                "UNTIL" => rule.until = Some(self.until(p, v, notes)?),
                "BYDAY" => {
                    for d in v.split(',') {
                        rule.days
                            .push(weekday(d).ok_or_else(|| rrule_value("BYDAY", v, RruleExpected::PlainWeekdays))?);
                    }
                }
                "WKST" => {
                    rule.week_start = weekday(v).ok_or_else(|| rrule_value("WKST", v, RruleExpected::Weekday))?;
                }
                "BYMONTH" => rule.months = number_list("BYMONTH", v, 1..=12)?,
                "BYMONTHDAY" => {
                    rule.month_days = number_list("BYMONTHDAY", v, -31..=31)?;
                    if rule.month_days.contains(&0) {
                        return Err(rrule_value("BYMONTHDAY", v, RruleExpected::Numbers));
                    }
                }
                other => {
                    return Err(Remark::RrulePart {
                        part: short(other).to_string(),
                    })
                }
            }
        }
        match freq.as_deref() {
            Some("DAILY") => rule.daily = true,
            Some("WEEKLY") => rule.daily = false,
            Some(f) => {
                return Err(Remark::RruleFreq {
                    freq: short(f).to_string(),
                })
            }
            None => return Err(Remark::RruleNoFreq),
        }
        Ok(rule)
    }

    /// UNTIL=`v` of RRULE `p` as an instant: a date-time, or a date as the end of that day
    /// in the event's zone.
    fn until(&mut self, p: &Property, v: &str, notes: &mut Vec<Note>) -> Result<DateTime<Utc>, Remark> {
        let up = Property {
            name: "UNTIL".into(),
            params: Vec::new(),
            value: v.into(),
            line: p.line,
        };
        let until = self
            .when(&up, p.line, notes)
            .map_err(|_| rrule_value("UNTIL", v, RruleExpected::Date))?;
        Ok(match until {
            When::At(t) => t,
            When::Day(d) => match d.succ_opt() {
                Some(next) => time::start_of_day(self.event_tz, next),
                None => DateTime::<Utc>::MAX_UTC,
            },
        })
    }

    /// Starts of the instances of `rule` from `first` that begin within the event's days,
    /// each with its local date (for DATE-valued EXDATEs). All date arithmetic is checked: an
    /// INTERVAL that leaves the calendar ends the series.
    pub(super) fn expand(
        &mut self,
        rule: &Rule,
        dtstart: &Property,
        first_local: NaiveDateTime,
        notes: &mut Vec<Note>,
    ) -> Result<Vec<(DateTime<Utc>, NaiveDate)>, Remark> {
        let mut out = Vec::new();
        let mut count = 0u64;
        let first_date = first_local.date();
        let from_wkst =
            |d: Weekday| i64::from((7 + d.num_days_from_monday() - rule.week_start.num_days_from_monday()) % 7);
        let week_start = first_date - Duration::days(from_wkst(first_date.weekday()));
        let mut offsets: Vec<i64> = rule.days.iter().map(|&d| from_wkst(d)).collect();
        offsets.sort_unstable();
        offsets.dedup();
        let period_days = if rule.daily {
            rule.interval
        } else {
            rule.interval.saturating_mul(7)
        };
        // Without COUNT, the periods before the event's days need not be walked: start a
        // little before them (the rule's phase is kept, as whole periods are skipped).
        // Past this local date no instance can start within the event's days.
        let stop_date = time::utc_to_local(self.event_tz, self.bounds.1).date() + Duration::days(2);
        let mut period: i64 = 0;
        if rule.count.is_none() {
            let event_first = time::utc_to_local(self.event_tz, self.bounds.0).date();
            let gap = (event_first - first_date).num_days() - 2;
            if gap > 0 {
                period = gap / period_days;
            }
        }
        // Enough periods to cover any event's days (a week of dates per period at most).
        let last_period = period.saturating_add(40_000);
        while period < last_period {
            let Some(base) = period
                .checked_mul(period_days)
                .and_then(Duration::try_days)
                .and_then(|d| (if rule.daily { first_date } else { week_start }).checked_add_signed(d))
            else {
                break;
            };
            period += 1;
            let candidates: Vec<NaiveDate> = if rule.daily {
                if rule.days.is_empty() || rule.days.contains(&base.weekday()) {
                    vec![base]
                } else {
                    vec![]
                }
            } else if offsets.is_empty() {
                base.checked_add_signed(Duration::days(from_wkst(first_date.weekday())))
                    .into_iter()
                    .collect()
            } else {
                offsets
                    .iter()
                    .filter_map(|&o| base.checked_add_signed(Duration::days(o)))
                    .collect()
            };
            for d in candidates {
                if d > stop_date {
                    return Ok(out);
                }
                if d < first_date || !rule.keeps(d) {
                    continue;
                }
                let t = self.local_in(dtstart, d.and_time(first_local.time()), notes)?;
                if rule.until.is_some_and(|u| t > u) || t >= self.bounds.1 {
                    return Ok(out);
                }
                count += 1;
                if t >= self.bounds.0 {
                    out.push((t, d));
                }
                if rule.count.is_some_and(|c| count >= c) {
                    return Ok(out);
                }
            }
        }
        Ok(out)
    }

    /// (UID, session UUID, start, end) of each instance of the VEVENT within the event's days.
    #[allow(clippy::type_complexity)]
    pub(super) fn occurrences(
        &mut self,
        e: &Component,
        overridden: &HashMap<&str, HashSet<DateTime<Utc>>>,
        notes: &mut Vec<Note>,
    ) -> Result<Vec<(String, Uuid, DateTime<Utc>, DateTime<Utc>)>, Remark> {
        let dtstart = e.prop("DTSTART").ok_or(Remark::NoStart)?;
        if e.prop("SUMMARY").is_none_or(|s| s.value.trim().is_empty()) {
            return Err(Remark::NoSummary);
        }
        let (start, end) = self.span(e, dtstart, notes)?;
        let length = end - start;
        let uid = uid_of(e, dtstart, notes);
        if let Some(rid) = e.prop("RECURRENCE-ID") {
            // An override of one instance: it takes that instance's identity.
            let When::At(instance) = self.when(rid, e.line, notes)? else {
                return Err(Remark::RecurrenceIdDate);
            };
            if start < self.bounds.0 || start >= self.bounds.1 {
                return Err(self.outside(start));
            }
            return Ok(vec![(uid.clone(), instance_uuid(&uid, instance), start, end)]);
        }
        let rrules: Vec<&Property> = e.props("RRULE").collect();
        let rdates: Vec<&Property> = e.props("RDATE").collect();
        if rrules.is_empty() && rdates.is_empty() {
            if start < self.bounds.0 || start >= self.bounds.1 {
                return Err(self.outside(start));
            }
            return Ok(vec![(uid.clone(), uid_to_uuid(&uid), start, end)]);
        }
        // A recurring event: expand within the event's days. Each instance keeps its local
        // date, which a DATE-valued EXDATE names.
        let mut starts: Vec<Instance> = Vec::new();
        let first_local = zone::parse_local(&dtstart.value).ok_or("DTSTART is not a date-time")?;
        if rrules.is_empty() && start >= self.bounds.0 && start < self.bounds.1 {
            starts.push((start, end, first_local.date()));
        }
        for r in &rrules {
            starts.extend(self.rule_instances(r, dtstart, first_local, length, e.line, notes)?);
        }
        for rd in &rdates {
            starts.extend(self.rdate_instances(rd, length, notes)?);
        }
        let mut excluded: HashSet<DateTime<Utc>> = overridden.get(uid.as_str()).cloned().unwrap_or_default();
        let excluded_days = self.exdates(e, &mut excluded, notes)?;
        starts.retain(|(t, _, d)| !excluded.contains(t) && !excluded_days.contains(d));
        let mut starts: Vec<(DateTime<Utc>, DateTime<Utc>)> = starts.into_iter().map(|(a, b, _)| (a, b)).collect();
        starts.sort();
        starts.dedup();
        if starts.is_empty() {
            return Err(Remark::NoInstanceWithinDays {
                days: Box::new(self.days()),
            });
        }
        Ok(starts
            .into_iter()
            .map(|(a, b)| (uid.clone(), instance_uuid(&uid, a), a, b))
            .collect())
    }

    /// The instances of one RRULE line within the event's days, each `length` long. A rule
    /// whose DTSTART is in UTC repeats in UTC.
    fn rule_instances(
        &mut self,
        r: &Property,
        dtstart: &Property,
        first_local: NaiveDateTime,
        length: Duration,
        line: usize,
        notes: &mut Vec<Note>,
    ) -> Result<Vec<Instance>, Remark> {
        let rule = self.rule(r, notes).map_err(|why| Remark::RruleRefused {
            line: r.line,
            why: Box::new(why),
        })?;
        let instances = if dtstart.value.trim().ends_with(['Z', 'z']) {
            // A UTC rule repeats in UTC.
            let mut utc_start = dtstart.clone();
            utc_start.params.retain(|(n, _)| n != "TZID");
            let saved = std::mem::replace(&mut self.floating, Zone::Utc);
            let r = self.expand(&rule, &utc_start, first_local, notes);
            self.floating = saved;
            r?
        } else {
            self.expand(&rule, dtstart, first_local, notes)?
        };
        instances
            .into_iter()
            .map(|(t, d)| Ok((t, add_checked(t, length, "the event's length", line)?, d)))
            .collect()
    }

    /// The instances one RDATE line adds within the event's days: date-times (each `length`
    /// long) or PERIODs (start/end, start/duration). A date only is ignored with a note.
    fn rdate_instances(
        &mut self,
        rd: &Property,
        length: Duration,
        notes: &mut Vec<Note>,
    ) -> Result<Vec<Instance>, Remark> {
        let mut out = Vec::new();
        let period = rd.param("VALUE").is_some_and(|v| v.eq_ignore_ascii_case("PERIOD"));
        for part in rd.value.split(',') {
            let (a, b) = part.split_once('/').map_or((part, None), |(a, b)| (a, Some(b)));
            let p = Property {
                value: a.into(),
                ..rd.clone()
            };
            let When::At(t) = self.when(&p, rd.line, notes)? else {
                notes.push(Note {
                    line: rd.line,
                    remark: Remark::RdateDateOnly {
                        value: short(a).to_string(),
                    },
                });
                continue;
            };
            let t_end = match (period, b) {
                (true, Some(b)) if b.trim_start().starts_with(['P', '+', '-']) => {
                    let d = parse_duration(b).map_err(|why| bad_duration("RDATE period", b, rd.line, why))?;
                    add_checked(t, d, "RDATE period", rd.line)?
                }
                (true, Some(b)) => {
                    let q = Property {
                        value: b.into(),
                        ..rd.clone()
                    };
                    match self.when(&q, rd.line, notes)? {
                        When::At(x) => x,
                        When::Day(_) => add_checked(t, length, "RDATE", rd.line)?,
                    }
                }
                _ => add_checked(t, length, "RDATE", rd.line)?,
            };
            if t >= self.bounds.0 && t < self.bounds.1 {
                let day = zone::parse_local(a).map_or_else(|| t.date_naive(), |l| l.date());
                out.push((t, t_end, day));
            }
        }
        Ok(out)
    }

    /// Adds the instants the VEVENT's EXDATE lines exclude to `excluded`; returns the local
    /// days that DATE-valued EXDATEs exclude from a timed series (noted once per day).
    fn exdates(
        &mut self,
        e: &Component,
        excluded: &mut HashSet<DateTime<Utc>>,
        notes: &mut Vec<Note>,
    ) -> Result<HashSet<NaiveDate>, Remark> {
        let mut excluded_days: HashSet<NaiveDate> = HashSet::new();
        for ex in e.props("EXDATE") {
            for part in ex.value.split(',') {
                let p = Property {
                    value: part.into(),
                    ..ex.clone()
                };
                match self.when(&p, ex.line, notes)? {
                    When::At(t) => {
                        excluded.insert(t);
                    }
                    // A date on a timed series: the instance on that day goes (as Google,
                    // Outlook and ical.js read it), said in the report.
                    When::Day(d) => {
                        if excluded_days.insert(d) {
                            notes.push(Note {
                                line: ex.line,
                                remark: Remark::ExdateDate { date: d.to_string() },
                            });
                        }
                    }
                }
            }
        }
        Ok(excluded_days)
    }
}

/// INTERVAL=`v`: a positive number; one too big to write is as good as the largest.
fn interval(v: &str) -> Result<i64, Remark> {
    v.parse::<i64>()
        .ok()
        .filter(|&n| n > 0)
        .or_else(|| (!v.is_empty() && v.bytes().all(|b| b.is_ascii_digit())).then_some(i64::MAX))
        .ok_or_else(|| rrule_value("INTERVAL", v, RruleExpected::Positive))
}

/// COUNT=`v`: a positive number; one too big to write is as good as none.
fn count(v: &str) -> Result<u64, Remark> {
    let digits = !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit());
    match v.parse::<u64>() {
        Ok(n) if n > 0 => Ok(n),
        Err(_) if digits => Ok(u64::MAX),
        _ => Err(rrule_value("COUNT", v, RruleExpected::Positive)),
    }
}
