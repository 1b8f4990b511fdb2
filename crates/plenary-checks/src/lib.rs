//! Slot checks (clashes, availability, room fit) and free-slot search over a Plenary schedule.
//!
//! Everything here is a pure function of a [`Schedule`] (read it with `Reader::schedule`): no
//! database access, so the desktop app can run the checks while a session is being dragged.
//!
//! - [`check`]: every finding of every rule, once.
//! - [`Checker`]: the same, kept up to date as sessions move ([`Checker::move_session`]).
//! - [`free_slots`]: feasible times and rooms for a new session, best first.
//! - [`stored`]: the same against the store (acknowledgements read and written there).
//! - [`naive`]: an all-pairs checker, the oracle for tests and the baseline of the benchmark.
//!
//! Intervals are half-open: a session that ends at 10:00 and one that starts at 10:00 touch and
//! do not clash. Cancelled sessions clash with nothing and report nothing.

mod checker;
mod finding;
pub mod naive;
mod prepared;
mod rules;
mod slots;
pub mod stored;

pub use checker::Checker;
pub use finding::{CheckConfig, Finding, Rule, Severity, WORDINGS};
pub use slots::{free_slots, Slot, SlotRequest};

/// "Tue 24 Jun 10:00–10:45" in `timezone` (an IANA name; UTC when unknown): how findings and
/// slots show times.
pub fn local_span(timezone: &str, start: chrono::DateTime<chrono::Utc>, end: chrono::DateTime<chrono::Utc>) -> String {
    let tz: chrono_tz::Tz = timezone.parse().unwrap_or(chrono_tz::UTC);
    rules::span_text(tz, (start.timestamp(), end.timestamp()))
}

use plenary_core::Schedule;

/// Runs every check on `schedule`; `acknowledged` are the stored fingerprints of the event.
pub fn check(schedule: &Schedule, config: &CheckConfig, acknowledged: &[String]) -> Vec<Finding> {
    Checker::new(schedule, config, acknowledged).into_findings()
}

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;
