//! The checks against the store: what the command line and the desktop commands call. The rules
//! stay pure; this module only reads the schedule and the acknowledgements, and writes those.

use plenary_core::model::{EventId, Person};
use plenary_core::{Error, Reader, Result, Store};

use crate::{CheckConfig, Checker, Finding, Slot, SlotRequest};

/// A checker over the stored event, with its acknowledgements applied: keep it while the user
/// drags sessions and call [`Checker::move_session`].
///
/// # Errors
/// [`Error::NotFound`] for an unknown event; [`Error::Invalid`] naming `event start_date` or
/// `end_date` when a hand-written store holds absurd days; [`Error::Database`] when SQLite fails.
pub fn checker_for_event(reader: &Reader<'_>, event: EventId, config: &CheckConfig) -> Result<Checker> {
    Ok(checker_with_schedule(reader, event, config)?.0)
}

/// [`checker_for_event`] and the schedule it was built from, read once (the desktop keeps both
/// while the user drags).
///
/// # Errors
/// As [`checker_for_event`].
pub fn checker_with_schedule(
    reader: &Reader<'_>,
    event: EventId,
    config: &CheckConfig,
) -> Result<(Checker, plenary_core::Schedule)> {
    let schedule = reader.schedule(event)?;
    // A store written by hand may hold an event with absurd days: say which field, once.
    plenary_core::sane::check_event_days(&schedule.event.data)?;
    let acknowledged = reader.acknowledged(event)?;
    Ok((Checker::new(&schedule, config, &acknowledged), schedule))
}

/// Every finding of the stored event, in listing order.
///
/// # Errors
/// As [`checker_for_event`].
pub fn check_event(reader: &Reader<'_>, event: EventId, config: &CheckConfig) -> Result<Vec<Finding>> {
    Ok(checker_for_event(reader, event, config)?.findings())
}

/// Acknowledges the current finding with `fingerprint` and returns it. Refused when no current
/// finding has that fingerprint (a typo, or the sessions changed since it was listed).
///
/// # Errors
/// [`Error::NotFound`] (entity `finding`) for such a fingerprint; as [`checker_for_event`] otherwise.
pub fn acknowledge(store: &mut Store, event: EventId, config: &CheckConfig, fingerprint: &str) -> Result<Finding> {
    let findings = check_event(&store.read(), event, config)?;
    let mut finding = findings
        .into_iter()
        .find(|f| f.fingerprint == fingerprint)
        .ok_or_else(|| Error::not_found("finding", fingerprint))?;
    store.write(|tx| tx.acknowledge(event, finding.rule.as_str(), fingerprint))?;
    finding.acknowledged = true;
    Ok(finding)
}

/// Withdraws an acknowledgement (no error when there was none).
pub fn unacknowledge(store: &mut Store, event: EventId, fingerprint: &str) -> Result<()> {
    store.write(|tx| tx.unacknowledge(event, fingerprint))
}

/// Free slots in the stored event. People of the request who have no session in the event yet
/// are read from the store, so that their availability counts.
pub fn slots_for_event(
    reader: &Reader<'_>,
    event: EventId,
    config: &CheckConfig,
    request: &SlotRequest,
) -> Result<Vec<Slot>> {
    let schedule = reader.schedule(event)?;
    plenary_core::sane::check_event_days(&schedule.event.data)?;
    let mut extra: Vec<Person> = Vec::new();
    for id in &request.people {
        if schedule.person(*id).is_none() {
            extra.push(reader.person(*id)?);
        }
    }
    crate::free_slots(&schedule, config, &extra, request)
}
