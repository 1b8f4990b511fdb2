//! The schedule's own records: events, venues and rooms, people, sessions, vocabularies and
//! selections. Each command decodes its form and makes one call to the store.

use chrono::{DateTime, Utc};
use plenary_core::store::{edition_title, same_weekday_next_year, Deletable, Dependents, Removed, Restored};
use plenary_core::time;
use plenary_core::*;
use serde::Serialize;
use serde_json::Value;
use tauri::State;
use ts_rs::TS;

use super::{decode, Res};
use crate::{AppState, CommandError};

/// Title and first day proposed for next year's edition of an event.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct NextEdition {
    pub title: String,
    pub start_date: String,
}

// ---- events

#[tauri::command]
pub fn list_events(state: State<'_, AppState>) -> Res<Vec<EventSummary>> {
    state.read(|r| r.events())
}

#[tauri::command]
pub fn get_schedule(state: State<'_, AppState>, event_id: EventId) -> Res<Schedule> {
    state.read(|r| r.schedule(event_id))
}

#[tauri::command]
pub fn create_event(state: State<'_, AppState>, data: Value) -> Res<Event> {
    let data: EventData = decode("event", data)?;
    state.write(|tx| tx.create_event(&data))
}

#[tauri::command]
pub fn update_event(state: State<'_, AppState>, event_id: EventId, data: Value) -> Res<Event> {
    let data: EventData = decode("event", data)?;
    state.write(|tx| tx.update_event(event_id, &data))
}

#[tauri::command]
pub fn duplicate_event(state: State<'_, AppState>, event_id: EventId, title: String, start_date: String) -> Res<Event> {
    let start = time::parse_date(&start_date, "event", "start_date")?;
    state.write(|tx| tx.duplicate_event(event_id, &title, start))
}

#[tauri::command]
pub fn suggest_next_edition(state: State<'_, AppState>, event_id: EventId) -> Res<NextEdition> {
    let event = state.read(|r| r.event(event_id))?;
    Ok(next_edition(&event.data))
}

/// Same weekday next year; a year in the title moves on with it ("WSIS Forum 2026" → 2027).
pub fn next_edition(event: &EventData) -> NextEdition {
    let start = same_weekday_next_year(event.start_date);
    NextEdition {
        title: edition_title(&event.title, event.start_date, start),
        start_date: start.format("%Y-%m-%d").to_string(),
    }
}

// ---- venues and rooms

#[tauri::command]
pub fn create_venue(state: State<'_, AppState>, event_id: EventId, data: Value) -> Res<Venue> {
    let data: VenueData = decode("venue", data)?;
    state.write(|tx| tx.create_venue(event_id, &data))
}

#[tauri::command]
pub fn update_venue(state: State<'_, AppState>, venue_id: VenueId, data: Value) -> Res<Venue> {
    let data: VenueData = decode("venue", data)?;
    state.write(|tx| tx.update_venue(venue_id, &data))
}

#[tauri::command]
pub fn create_room(state: State<'_, AppState>, event_id: EventId, data: Value) -> Res<Room> {
    let data: RoomData = decode("room", data)?;
    state.write(|tx| tx.create_room(event_id, &data))
}

#[tauri::command]
pub fn update_room(state: State<'_, AppState>, room_id: RoomId, data: Value) -> Res<Room> {
    let data: RoomData = decode("room", data)?;
    state.write(|tx| tx.update_room(room_id, &data))
}

// ---- people

#[tauri::command]
pub fn list_people(state: State<'_, AppState>) -> Res<Vec<Person>> {
    state.read(|r| r.people())
}

#[tauri::command]
pub fn create_person(state: State<'_, AppState>, data: Value) -> Res<Person> {
    let data: PersonData = decode("person", data)?;
    state.write(|tx| tx.create_person(&data))
}

#[tauri::command]
pub fn update_person(state: State<'_, AppState>, person_id: PersonId, data: Value) -> Res<Person> {
    let data: PersonData = decode("person", data)?;
    state.write(|tx| tx.update_person(person_id, &data))
}

#[tauri::command]
pub fn person_sessions(state: State<'_, AppState>, person_id: PersonId) -> Res<Vec<Session>> {
    state.read(|r| r.person_sessions(person_id))
}

// ---- sessions

#[tauri::command]
pub fn create_session(state: State<'_, AppState>, event_id: EventId, data: Value) -> Res<Session> {
    let data: SessionData = decode("session", data)?;
    state.write(|tx| tx.create_session(event_id, &data))
}

#[tauri::command]
pub fn update_session(state: State<'_, AppState>, session_id: SessionId, data: Value) -> Res<Session> {
    let data: SessionData = decode("session", data)?;
    state.write(|tx| tx.update_session(session_id, &data))
}

#[tauri::command]
pub fn move_session(
    state: State<'_, AppState>,
    session_id: SessionId,
    start: Option<String>,
    end: Option<String>,
    room_id: Option<RoomId>,
) -> Res<Session> {
    let (start, end) = (instant(start, "start")?, instant(end, "end")?);
    state.write(|tx| tx.move_session(session_id, start, end, room_id))
}

#[tauri::command]
pub fn delete_session(state: State<'_, AppState>, session_id: SessionId) -> Res<()> {
    state.write(|tx| tx.delete_session(session_id))
}

/// Undo of a delete: the session comes back with its UUID, so calendars that had it keep it.
#[tauri::command]
pub fn restore_session(state: State<'_, AppState>, event_id: EventId, session: Value) -> Res<Session> {
    let session: Session = decode("session", session)?;
    state.write(|tx| tx.insert_session(event_id, session.uuid, &session.data))
}

fn instant(text: Option<String>, field: &str) -> Res<Option<DateTime<Utc>>> {
    text.map(|t| {
        DateTime::parse_from_rfc3339(&t)
            .map(|t| t.with_timezone(&Utc))
            // The window sends instants it made itself: one that does not parse is its bug.
            .map_err(|_| {
                CommandError::bad_argument(field, format!("session {field}: {t:?} is not an RFC 3339 instant"))
            })
    })
    .transpose()
}

// ---- vocabularies, selections, acknowledgements

#[tauri::command]
pub fn create_vocabulary(
    state: State<'_, AppState>,
    key: String,
    name: String,
    description: String,
) -> Res<Vocabulary> {
    state.write(|tx| tx.create_vocabulary(&key, &name, &description))
}

#[tauri::command]
pub fn create_term(state: State<'_, AppState>, vocabulary_id: VocabularyId, code: String, label: String) -> Res<Term> {
    state.write(|tx| tx.create_term(vocabulary_id, &code, &label))
}

#[tauri::command]
pub fn list_selections(state: State<'_, AppState>, event_id: EventId) -> Res<Vec<Selection>> {
    state.read(|r| r.selections(event_id))
}

#[tauri::command]
pub fn save_selection(
    state: State<'_, AppState>,
    event_id: EventId,
    name: String,
    session_ids: Vec<SessionId>,
) -> Res<Selection> {
    state.write(|tx| tx.save_selection(event_id, &name, &session_ids))
}

/// Row ids of the people who take part only in other events than `event_id` (a role there,
/// none here): the person pickers list them only on request ("from other events"), so that
/// importing another programme does not flood this event's lists.
#[tauri::command]
pub fn people_of_other_events(state: State<'_, AppState>, event_id: EventId) -> Res<Vec<PersonId>> {
    state.read(|r| r.people_of_other_events(event_id))
}

// ---- deleting what others depend on, and its undo

/// What deleting `target` (`{"kind": "person", "id": 4}`) changes elsewhere, for the
/// confirmation.
#[tauri::command]
pub fn dependents(state: State<'_, AppState>, target: Value) -> Res<Dependents> {
    let target: Deletable = decode("target", target)?;
    state.read(|r| r.dependents(target))
}

/// Deletes a person, room, venue, term or event and returns it with every link the deletion cut: the
/// window keeps it for undo (`restore`).
#[tauri::command]
pub fn remove(state: State<'_, AppState>, target: Value) -> Res<Removed> {
    let target: Deletable = decode("target", target)?;
    state.write(|tx| tx.remove(target))
}

/// Undo of `remove`: the thing comes back with its UUID and the links to what still exists, in
/// one transaction; `missing` names the sessions (or rooms) that were gone.
#[tauri::command]
pub fn restore(state: State<'_, AppState>, removed: Value) -> Res<Restored> {
    let removed: Removed = decode("removed", removed)?;
    state.write(|tx| tx.restore(&removed))
}
