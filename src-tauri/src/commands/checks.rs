//! The checks (plenary-checks): findings, their acknowledgement, free slots.

use plenary_checks::{CheckConfig, Finding, Slot, SlotRequest};
use plenary_core::EventId;
use serde_json::Value;
use tauri::State;

use super::{decode, Res};
use crate::AppState;

#[tauri::command]
pub fn check_event(state: State<'_, AppState>, event_id: EventId, config: Option<Value>) -> Res<Vec<Finding>> {
    let config: CheckConfig = config
        .map(|c| decode("check config", c))
        .transpose()?
        .unwrap_or_default();
    state.read(|r| plenary_checks::stored::check_event(r, event_id, &config))
}

/// Acknowledges a current finding; refused when no current finding has the fingerprint (which
/// also names its rule).
#[tauri::command]
pub fn acknowledge_finding(state: State<'_, AppState>, event_id: EventId, fingerprint: String) -> Res<()> {
    state.with_store(|s| {
        Ok(plenary_checks::stored::acknowledge(
            s,
            event_id,
            &CheckConfig::default(),
            &fingerprint,
        )?)
    })?;
    Ok(())
}

#[tauri::command]
pub fn find_slots(state: State<'_, AppState>, event_id: EventId, request: Value) -> Res<Vec<Slot>> {
    let request: SlotRequest = decode("slot request", request)?;
    state.read(|r| plenary_checks::stored::slots_for_event(r, event_id, &CheckConfig::default(), &request))
}
