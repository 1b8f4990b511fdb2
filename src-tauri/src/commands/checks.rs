//! The checks (plenary-checks): findings, their acknowledgement, free slots, what a drag would
//! bring; and the coverage matrix (plenary-interchange's `csv`).

use chrono::{DateTime, Utc};
use plenary_checks::{CheckConfig, Checker, Finding, Slot, SlotRequest};
use plenary_core::{EventId, RoomId, Schedule, SessionId, Store};
use plenary_interchange::csv::{self as sheets, Coverage};
use serde_json::Value;
use tauri::{AppHandle, Runtime, State};

use super::{blocking, decode, Res};
use crate::AppState;

/// Every finding of the event, in listing order. The window asks after every change, so with the
/// default settings the answer comes from the event's cached incremental checker
/// (`AppState::with_checker`): the first call after a write builds it, and the next drag's
/// `preview_move` finds it ready. Other settings are a one-off full check.
/// Off the UI thread: reading and checking 36C3 takes a few milliseconds.
#[tauri::command]
pub async fn check_event<R: Runtime>(app: AppHandle<R>, event_id: EventId, config: Option<Value>) -> Res<Vec<Finding>> {
    let config: CheckConfig = config
        .map(|c| decode("check config", c))
        .transpose()?
        .unwrap_or_default();
    blocking(app, move |_, state| current_findings(state, event_id, &config)).await
}

/// The work of `check_event`: the cached checker's findings under the default settings, else a
/// full check with `config`.
pub fn current_findings(state: &AppState, event: EventId, config: &CheckConfig) -> Res<Vec<Finding>> {
    if *config == CheckConfig::default() {
        state.with_checker(event, |c, _| Ok(c.findings()))
    } else {
        state.read(|r| plenary_checks::stored::check_event(r, event, config))
    }
}

/// Acknowledges a current finding; refused when no current finding has the fingerprint (which
/// also names its rule).
#[tauri::command]
pub fn acknowledge_finding(state: State<'_, AppState>, event_id: EventId, fingerprint: String) -> Res<()> {
    let ack = |s: &mut Store| plenary_checks::stored::acknowledge(s, event_id, &CheckConfig::default(), &fingerprint);
    state.with_store(|s| Ok(ack(s)?)).map(drop)
}

#[tauri::command]
pub fn find_slots(state: State<'_, AppState>, event_id: EventId, request: Value) -> Res<Vec<Slot>> {
    let request: SlotRequest = decode("slot request", request)?;
    state.read(|r| plenary_checks::stored::slots_for_event(r, event_id, &CheckConfig::default(), &request))
}

/// What dropping a dragged session at `start`–`end` in `room_id` would bring: the findings it
/// would be part of, in listing order, by the event's incremental checker
/// (`Checker::move_session`, microseconds). Nothing is stored; the session stays where it is.
/// Off the UI thread: the first call after a write builds the checker from the whole event.
#[tauri::command]
pub async fn preview_move<R: Runtime>(
    app: AppHandle<R>,
    event_id: EventId,
    session_id: SessionId,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    room_id: Option<RoomId>,
) -> Res<Vec<Finding>> {
    let preview = move |c: &mut Checker, s: &Schedule| moved(c, s, session_id, start, end, room_id);
    blocking(app, move |_, state| state.with_checker(event_id, preview)).await
}

/// The work of `preview_move`: moves the session in the checker, then puts the stored session
/// back (`upsert_session`), so the next position and the acknowledgements start from the store.
pub fn moved(
    checker: &mut Checker,
    schedule: &Schedule,
    id: SessionId,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    room: Option<RoomId>,
) -> plenary_core::Result<Vec<Finding>> {
    let stored = schedule
        .sessions
        .iter()
        .find(|s| s.id == id)
        .ok_or_else(|| plenary_core::Error::not_found("session", id))?;
    let findings = checker.move_session(id, Some(start), Some(end), room);
    checker.upsert_session(stored);
    findings
}

/// The event's coverage matrix, for the vocabularies screen.
#[tauri::command]
pub fn coverage(state: State<'_, AppState>, event_id: EventId) -> Res<Coverage> {
    state.read(|r| Ok(sheets::coverage(&r.schedule(event_id)?)))
}

/// The event's coverage matrix as the CSV `plenary export coverage` writes, for `save_text`.
#[tauri::command]
pub fn coverage_csv(state: State<'_, AppState>, event_id: EventId) -> Res<String> {
    state.read(|r| Ok(sheets::export_coverage(&r.schedule(event_id)?)))
}

#[cfg(test)]
mod tests {
    use plenary_checks::Rule;
    use plenary_core::Store;

    use super::*;

    /// The demo's first event and two of its sessions that share a room at different times.
    fn two_in_a_room() -> (AppState, EventId, [plenary_core::Session; 2]) {
        let state = AppState::from_store(Store::open_in_memory().unwrap());
        state.write(plenary_core::demo::load).unwrap();
        let event = state
            .read(|r| r.find_event(plenary_core::demo::DEMO_SLUGS[0]))
            .unwrap()
            .id;
        let sessions = state.read(|r| r.sessions(event)).unwrap();
        let pair = sessions
            .iter()
            .filter(|a| a.data.start.is_some() && a.data.room_id.is_some())
            .find_map(|a| {
                let b = sessions.iter().find(|b| {
                    b.id != a.id
                        && b.data.room_id == a.data.room_id
                        && b.data.start.is_some()
                        && b.data.start >= a.data.end
                })?;
                Some([a.clone(), b.clone()])
            })
            .expect("the demo has a room with two sessions");
        (state, event, pair)
    }

    fn clashes(findings: &[Finding]) -> Vec<Rule> {
        findings
            .iter()
            .map(|f| f.rule)
            .filter(|r| *r == Rule::RoomDoubleBooked)
            .collect()
    }

    #[test]
    fn a_drag_onto_another_session_of_the_room_clashes_and_leaves_the_store_as_it_was() {
        let (state, event, [a, b]) = two_in_a_room();
        let at = |s: &plenary_core::Session| (s.data.start.unwrap(), s.data.end.unwrap(), s.data.room_id);
        let (start, end, room) = at(&b);
        let preview = |start, end, room| {
            state
                .with_checker(event, |c, s| moved(c, s, a.id, start, end, room))
                .unwrap()
        };

        let onto_b = preview(start, end, room);
        assert_eq!(clashes(&onto_b), [Rule::RoomDoubleBooked], "{onto_b:?}");
        let clash = onto_b.iter().find(|f| f.rule == Rule::RoomDoubleBooked).unwrap();
        assert!(
            clash.sessions.contains(&a.uuid) && clash.sessions.contains(&b.uuid),
            "{clash:?}"
        );
        // The checker put the session back: it holds the stored event's findings again.
        let stored = state
            .read(|r| plenary_checks::stored::check_event(r, event, &CheckConfig::default()))
            .unwrap();
        assert_eq!(state.with_checker(event, |c, _| Ok(c.findings())).unwrap(), stored);
        assert_eq!(clashes(&stored), []);
        let (start_a, end_a, room_a) = at(&a);
        assert_eq!(clashes(&preview(start_a, end_a, room_a)), []);
        assert_eq!(state.read(|r| r.session(a.id)).unwrap().data.start, a.data.start);

        // After a write the checker is built again from the store: b has left the room's time.
        let later = end + chrono::Duration::hours(3);
        state
            .write(|tx| tx.move_session(b.id, Some(later), Some(later + (end - start)), room))
            .unwrap();
        assert_eq!(clashes(&preview(start, end, room)), []);
    }

    #[test]
    fn the_current_findings_follow_every_write_at_once() {
        let (state, event, [a, b]) = two_in_a_room();
        let default = CheckConfig::default();
        assert_eq!(clashes(&current_findings(&state, event, &default).unwrap()), []);
        // b onto a's time: the cached checker (built by the call above) must not answer.
        state
            .write(|tx| tx.move_session(b.id, a.data.start, a.data.end, a.data.room_id))
            .unwrap();
        let after = current_findings(&state, event, &default).unwrap();
        assert_eq!(clashes(&after), [Rule::RoomDoubleBooked], "{after:?}");
        let stored = state
            .read(|r| plenary_checks::stored::check_event(r, event, &default))
            .unwrap();
        assert_eq!(after, stored);
        // Other settings are a full check with them: a changeover between a and b now counts.
        let strict = CheckConfig {
            room_changeover_minutes: 24 * 60,
            ..CheckConfig::default()
        };
        let with_strict = current_findings(&state, event, &strict).unwrap();
        assert_eq!(
            with_strict,
            state
                .read(|r| plenary_checks::stored::check_event(r, event, &strict))
                .unwrap()
        );
        state
            .write(|tx| tx.move_session(b.id, b.data.start, b.data.end, b.data.room_id))
            .unwrap();
        assert_eq!(clashes(&current_findings(&state, event, &default).unwrap()), []);
    }

    /// 36C3 (1,351 sessions in 92 rooms): a move written, then the findings the window asks for.
    /// The figure goes to BENCHMARKS.md; the bound only catches a recheck gone quadratic.
    #[test]
    fn a_recheck_of_36c3_after_a_move_is_quick() {
        let state = AppState::from_store(Store::open_in_memory().unwrap());
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/frab-xml/giggity_36c3_merged.xml");
        let bytes = std::fs::read(&path).unwrap();
        let options = plenary_interchange::frab::FrabOptions {
            timezone: Some("Europe/Berlin".into()),
            dry_run: false,
        };
        let report = state
            .with_store(|s| {
                let imported = plenary_interchange::frab::import(s, "36c3.xml", &bytes, &options, &mut |_, _| {});
                Ok(imported.expect("36C3 imports"))
            })
            .unwrap();
        let event = report.event.unwrap().id;
        let default = CheckConfig::default();
        let before = current_findings(&state, event, &default).unwrap();
        let sessions = state.read(|r| r.sessions(event)).unwrap();
        assert_eq!(sessions.len(), 1351);
        let s = sessions.iter().find(|s| s.data.start.is_some()).unwrap();
        let later = |t: Option<DateTime<Utc>>| t.map(|t| t + chrono::Duration::minutes(5));
        let mut times = Vec::new();
        for _ in 0..5 {
            let started = std::time::Instant::now();
            state
                .write(|tx| tx.move_session(s.id, later(s.data.start), later(s.data.end), s.data.room_id))
                .unwrap();
            let after = current_findings(&state, event, &default).unwrap();
            times.push(started.elapsed());
            state
                .write(|tx| tx.move_session(s.id, s.data.start, s.data.end, s.data.room_id))
                .unwrap();
            assert!(
                after.len().abs_diff(before.len()) < 10,
                "{} then {}",
                before.len(),
                after.len()
            );
        }
        times.sort();
        let median = times[times.len() / 2];
        eprintln!(
            "36C3: move + recheck ({} findings): median {median:?} of {times:?}",
            before.len()
        );
        assert!(median < std::time::Duration::from_secs(3), "{times:?}");
    }

    #[test]
    fn a_preview_of_an_unknown_session_names_it() {
        let (state, event, _) = two_in_a_room();
        let now = Utc::now();
        let err = state
            .with_checker(event, |c, s| moved(c, s, 999_999, now, now, None))
            .unwrap_err();
        assert!(err.message.contains("999999"), "{}", err.message);
    }
}
