//! Every command the window can call (the UI wraps each in ui/src/lib/api.ts). Each one delegates to a
//! domain crate in a line or three; the rules and their error messages live there.
//!
//! Structured arguments arrive as JSON values and are decoded here (`decode`), so a malformed
//! form reaches the UI as a `CommandError` naming the field, like every other error, instead of
//! Tauri's plain-text argument error.

use chrono::{DateTime, SecondsFormat, Utc};
use plenary_checks::{CheckConfig, Finding, Slot, SlotRequest};
use plenary_core::store::{edition_title, same_weekday_next_year};
use plenary_core::time::{self, Fold};
use plenary_core::*;
use plenary_ical::ExportOptions as IcsOptions;
use plenary_interchange::event_file::{self, EventFileOptions, Take};
use plenary_interchange::frab::{self, FrabOptions};
use plenary_interchange::{csv as sheets, ImportError};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use ts_rs::TS;

use crate::{files, AppState, CommandError};

type Res<T> = Result<T, CommandError>;

/// The invoke handler with every command registered.
pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        list_events,
        get_schedule,
        create_event,
        update_event,
        delete_event,
        duplicate_event,
        suggest_next_edition,
        create_venue,
        update_venue,
        delete_venue,
        create_room,
        update_room,
        delete_room,
        list_people,
        create_person,
        update_person,
        delete_person,
        person_sessions,
        create_session,
        update_session,
        move_session,
        delete_session,
        restore_session,
        list_vocabularies,
        list_terms,
        create_vocabulary,
        create_term,
        list_selections,
        save_selection,
        local_to_utc,
        acknowledge_finding,
        check_event,
        find_slots,
        export_ics,
        preview_ics,
        import_ics,
        import_frab,
        import_csv,
        csv_fields,
        csv_headers,
        import_event_file,
        export_interchange,
        coverage_csv,
        save_text,
        crate::files::pick_open_file,
        crate::files::pick_save_file,
    ]
}

/// Decodes a form value, naming the field that does not fit (`start_date`, `roles.0.role`).
pub fn decode<T: DeserializeOwned>(entity: &str, value: Value) -> Res<T> {
    serde_path_to_error::deserialize(value).map_err(|err| {
        let field = err.path().to_string();
        let message = format!("{entity} {field}: {}", err.inner());
        CommandError::invalid(&field, message)
    })
}

/// Payload of the `progress` event that long imports and exports emit.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Progress {
    pub task: String,
    pub done: u64,
    pub total: u64,
}

pub fn emit_progress<R: Runtime>(app: &AppHandle<R>, task: &str, done: u64, total: u64) {
    // Progress is a courtesy: a window that is gone must not fail the job itself.
    let _ = app.emit(
        "progress",
        Progress {
            task: task.into(),
            done,
            total,
        },
    );
}

/// Title and first day proposed for next year's edition of an event.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
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
pub fn delete_event(state: State<'_, AppState>, event_id: EventId) -> Res<()> {
    state.write(|tx| tx.delete_event(event_id))
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
pub fn delete_venue(state: State<'_, AppState>, venue_id: VenueId) -> Res<()> {
    state.write(|tx| tx.delete_venue(venue_id))
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

#[tauri::command]
pub fn delete_room(state: State<'_, AppState>, room_id: RoomId) -> Res<()> {
    state.write(|tx| tx.delete_room(room_id))
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
pub fn delete_person(state: State<'_, AppState>, person_id: PersonId) -> Res<()> {
    state.write(|tx| tx.delete_person(person_id))
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
            .map_err(|_| CommandError::invalid(field, format!("session {field}: {t:?} is not an RFC 3339 instant")))
    })
    .transpose()
}

// ---- vocabularies, selections, acknowledgements

#[tauri::command]
pub fn list_vocabularies(state: State<'_, AppState>) -> Res<Vec<Vocabulary>> {
    state.read(|r| r.vocabularies())
}

#[tauri::command]
pub fn list_terms(state: State<'_, AppState>) -> Res<Vec<Term>> {
    state.read(|r| r.terms())
}

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

// ---- checks (plenary-checks)

#[tauri::command]
pub fn check_event(state: State<'_, AppState>, event_id: EventId, config: Option<Value>) -> Res<Vec<Finding>> {
    let config: CheckConfig = config
        .map(|c| decode("check config", c))
        .transpose()?
        .unwrap_or_default();
    state.read(|r| plenary_checks::stored::check_event(r, event_id, &config))
}

/// Acknowledges a current finding; refused when no current finding has the fingerprint. The
/// rule travels along for the UI's convenience; the finding itself names it.
#[tauri::command]
pub fn acknowledge_finding(
    state: State<'_, AppState>,
    event_id: EventId,
    rule: String,
    fingerprint: String,
) -> Res<()> {
    let _ = rule;
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

// ---- iCalendar (plenary-ical) and spreadsheets (plenary-interchange)

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ExportResult {
    pub path: String,
    pub sessions: u32,
    pub bytes: u64,
    /// Sessions the format could not carry, one line each ("231 \"Title\": not scheduled").
    pub omitted: Vec<String>,
}

/// Writes the calendar off the UI thread; big events take a moment and the window stays live.
#[tauri::command]
pub async fn export_ics<R: Runtime>(
    app: AppHandle<R>,
    event_id: EventId,
    options: Value,
    path: String,
) -> Res<ExportResult> {
    let options: IcsOptions = decode("export", options)?;
    blocking(app, move |app, state| {
        emit_progress(&app, "export", 0, 1);
        let text = state.read(|r| plenary_ical::export_event(r, event_id, &options))?;
        files::write(state, &path, text.as_bytes())?;
        emit_progress(&app, "export", 1, 1);
        let sessions = text.matches("\r\nBEGIN:VEVENT\r\n").count() as u32;
        Ok(ExportResult {
            path,
            sessions,
            bytes: text.len() as u64,
            omitted: vec![],
        })
    })
    .await
}

#[tauri::command]
pub fn preview_ics(state: State<'_, AppState>, event_id: EventId, options: Value) -> Res<String> {
    let options: IcsOptions = decode("export", options)?;
    state.read(|r| plenary_ical::export_event(r, event_id, &options))
}

/// Imports a calendar file into the event in one transaction (a dry run changes nothing).
#[tauri::command]
pub async fn import_ics<R: Runtime>(
    app: AppHandle<R>,
    event_id: EventId,
    path: String,
    dry_run: bool,
) -> Res<ImportReport> {
    import_job(app, move |state, progress| {
        let bytes = files::read(state, &path)?;
        let options = plenary_ical::ImportOptions { dry_run };
        state.with_store(|store| {
            plenary_ical::import_ics(store, event_id, &path, &bytes, &options, progress)
                .map_err(|e| ical_error(&path, e))
        })
    })
    .await
}

#[tauri::command]
pub fn coverage_csv(state: State<'_, AppState>, event_id: EventId) -> Res<String> {
    let schedule = state.read(|r| r.schedule(event_id))?;
    Ok(plenary_interchange::csv::export_coverage(&schedule))
}

/// Saves text the UI made (a CSV) at the path the person picked in the save dialog.
#[tauri::command]
pub fn save_text(state: State<'_, AppState>, path: String, contents: String) -> Res<()> {
    files::write(&state, &path, contents.as_bytes())
}

// ---- schedule interchange (plenary-interchange): frab, CSV, event files

/// Which spreadsheet `import_csv` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum CsvKind {
    People,
    Sessions,
}

/// One column of a CSV file whose header does not name its field ("E-mail address" → email).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, TS)]
#[ts(export)]
pub struct ColumnMap {
    pub header: String,
    pub field: String,
}

/// Which side an event-file merge keeps where both organisers changed a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum MergeSide {
    /// Keep this store's version (the default) and list the conflict in the report.
    Store,
    /// Take the file's version.
    File,
}

/// The organiser's choice for one conflicting session of an event-file merge, made after a run
/// listed the conflict; it overrides `take` for that session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, TS)]
#[ts(export)]
pub struct SessionChoice {
    #[ts(type = "string")]
    pub session: uuid::Uuid,
    pub take: MergeSide,
}

/// The formats `export_interchange` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum InterchangeFormat {
    FrabXml,
    FrabJson,
    CsvSessions,
    CsvPeople,
    EventFile,
}

/// What `export_interchange` is asked to write. `include_private` applies to the formats that
/// can carry private data (CSV people, event files) and is off unless the person ticks it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, TS)]
#[ts(export)]
pub struct InterchangeExport {
    pub format: InterchangeFormat,
    #[serde(default)]
    pub include_private: bool,
}

/// Imports a frab schedule (XML or JSON, detected): creates an event, or updates the one an
/// earlier import of the same programme created. `timezone` is needed when the file names none.
#[tauri::command]
pub async fn import_frab<R: Runtime>(
    app: AppHandle<R>,
    path: String,
    timezone: Option<String>,
    dry_run: bool,
) -> Res<ImportReport> {
    import_job(app, move |state, progress| {
        frab_import(state, &path, timezone, dry_run, progress)
    })
    .await
}

/// Imports people, or sessions into the event, from a CSV file. Columns are found by their
/// headers; `map` names the field of columns whose header says otherwise.
#[tauri::command]
pub async fn import_csv<R: Runtime>(
    app: AppHandle<R>,
    event_id: EventId,
    path: String,
    what: Value,
    map: Option<Value>,
    dry_run: bool,
) -> Res<ImportReport> {
    let what: CsvKind = decode_arg("what", what)?;
    let map: Vec<ColumnMap> = map
        .map(|m| decode("column mapping", m))
        .transpose()?
        .unwrap_or_default();
    import_job(app, move |state, progress| {
        csv_import(state, event_id, &path, what, &map, dry_run, progress)
    })
    .await
}

/// The fields a CSV column can be mapped to, for the mapping's pickers.
#[tauri::command]
pub fn csv_fields(what: Value) -> Res<Vec<String>> {
    let what: CsvKind = decode_arg("what", what)?;
    Ok(fields_of(what).iter().map(|f| f.to_string()).collect())
}

/// One column of a CSV file as an import without mappings reads it: its header and the field it
/// goes to by that header, or none when the import leaves it out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CsvColumn {
    pub header: String,
    pub field: Option<String>,
}

/// The file's header row and each column's automatic field, for the mapping table shown before
/// an import (by the crate's own rule, so the table shows what the import will do).
#[tauri::command]
pub async fn csv_headers<R: Runtime>(app: AppHandle<R>, path: String, what: Value) -> Res<Vec<CsvColumn>> {
    let what: CsvKind = decode_arg("what", what)?;
    blocking(app, move |_, state| csv_columns(state, &path, what)).await
}

/// The work of `csv_headers`: reads the file, nothing else.
pub fn csv_columns(state: &AppState, path: &str, what: CsvKind) -> Res<Vec<CsvColumn>> {
    let bytes = files::read(state, path)?;
    // A format error already reads "file:line: message".
    let columns = sheets::columns(path, &bytes, fields_of(what))
        .map_err(|e| CommandError::new(ErrorKind::Invalid, e.to_string()))?;
    Ok(columns
        .into_iter()
        .map(|(header, field)| CsvColumn {
            header,
            field: field.map(str::to_string),
        })
        .collect())
}

fn fields_of(what: CsvKind) -> &'static [&'static str] {
    match what {
        CsvKind::People => sheets::PERSON_FIELDS,
        CsvKind::Sessions => sheets::SESSION_FIELDS,
    }
}

/// Imports a Plenary event file: a new event, or a merge by UUID into this store's copy.
#[tauri::command]
pub async fn import_event_file<R: Runtime>(
    app: AppHandle<R>,
    path: String,
    take: Value,
    choices: Option<Value>,
    dry_run: bool,
) -> Res<ImportReport> {
    let (take, choices) = (decode_arg("take", take)?, decode_choices(choices)?);
    import_job(app, move |state, progress| {
        event_file_import(state, &path, take, &choices, dry_run, progress)
    })
    .await
}

/// Writes the event as frab XML/JSON, CSV or an event file at the path the save dialog gave.
#[tauri::command]
pub async fn export_interchange<R: Runtime>(
    app: AppHandle<R>,
    event_id: EventId,
    options: Value,
    path: String,
) -> Res<ExportResult> {
    let options: InterchangeExport = decode("export", options)?;
    blocking(app, move |app, state| {
        emit_progress(&app, "export", 0, 1);
        let result = interchange_export(state, event_id, &options, path)?;
        emit_progress(&app, "export", 1, 1);
        Ok(result)
    })
    .await
}

type ProgressFn<'a> = &'a mut dyn FnMut(usize, usize);

/// The work of `import_frab`, apart from the window (the unit tests call it directly).
pub fn frab_import(
    state: &AppState,
    path: &str,
    timezone: Option<String>,
    dry_run: bool,
    progress: ProgressFn<'_>,
) -> Res<ImportReport> {
    // An empty zone field means "none"; a zone that is given is checked here so that the error
    // names the window's field rather than the command line's option.
    let timezone = timezone.map(|z| z.trim().to_string()).filter(|z| !z.is_empty());
    if let Some(zone) = &timezone {
        time::parse_zone(zone, "import", "timezone")?;
    }
    let options = FrabOptions { timezone, dry_run };
    import_file(state, path, |store, bytes| {
        frab::import(store, path, bytes, &options, progress)
    })
}

/// The work of `import_csv`. People are shared by every event; sessions go into `event_id`.
pub fn csv_import(
    state: &AppState,
    event_id: EventId,
    path: &str,
    what: CsvKind,
    map: &[ColumnMap],
    dry_run: bool,
    progress: ProgressFn<'_>,
) -> Res<ImportReport> {
    let fields = fields_of(what);
    for (i, column) in map.iter().enumerate() {
        if column.header.trim().is_empty() {
            return Err(CommandError::invalid(
                &format!("map.{i}.header"),
                "column mapping: which column?",
            ));
        }
        // The empty field is "not imported": it leaves out a column its header would map.
        if !column.field.is_empty() && !fields.contains(&column.field.as_str()) {
            let message = format!(
                "column mapping: {:?} is not a field; use one of {}",
                column.field,
                fields.join(", ")
            );
            return Err(CommandError::invalid(&format!("map.{i}.field"), message));
        }
    }
    let map = map
        .iter()
        .map(|c| (c.header.trim().to_string(), c.field.clone()))
        .collect();
    let options = sheets::CsvOptions { map, dry_run };
    match what {
        CsvKind::People => import_file(state, path, |store, bytes| {
            sheets::import_people(store, path, bytes, &options, progress)
        }),
        CsvKind::Sessions => {
            // By UUID: a slug or title could name another event.
            let event = state.read(|r| r.event(event_id))?.uuid.to_string();
            import_file(state, path, |store, bytes| {
                sheets::import_sessions(store, path, bytes, &event, &options, progress)
            })
        }
    }
}

/// The work of `import_event_file`.
pub fn event_file_import(
    state: &AppState,
    path: &str,
    take: MergeSide,
    choices: &[SessionChoice],
    dry_run: bool,
    progress: ProgressFn<'_>,
) -> Res<ImportReport> {
    let side = |take| match take {
        MergeSide::Store => Take::Store,
        MergeSide::File => Take::File,
    };
    let options = EventFileOptions {
        take: side(take),
        choices: choices.iter().map(|c| (c.session, side(c.take))).collect(),
        dry_run,
    };
    import_file(state, path, |store, bytes| {
        event_file::import(store, path, bytes, &options, progress)
    })
}

/// The work of `export_interchange`: one read of the schedule, one pure export, one write.
pub fn interchange_export(
    state: &AppState,
    event_id: EventId,
    options: &InterchangeExport,
    path: String,
) -> Res<ExportResult> {
    let schedule = state.read(|r| r.schedule(event_id))?;
    let private = options.include_private;
    let (text, omitted) = match options.format {
        InterchangeFormat::FrabXml => {
            let out = frab::to_xml(&schedule)?;
            (out.text, out.omitted)
        }
        InterchangeFormat::FrabJson => {
            let out = frab::to_json(&schedule)?;
            (out.text, out.omitted)
        }
        InterchangeFormat::CsvSessions => (sheets::export_sessions(&schedule), vec![]),
        InterchangeFormat::CsvPeople => (sheets::export_people(&schedule, private), vec![]),
        InterchangeFormat::EventFile => (event_file::export(&schedule, private), vec![]),
    };
    files::write(state, &path, text.as_bytes())?;
    let sessions = match options.format {
        InterchangeFormat::CsvPeople => 0,
        _ => (schedule.sessions.len() - omitted.len()) as u32,
    };
    Ok(ExportResult {
        path,
        sessions,
        bytes: text.len() as u64,
        omitted,
    })
}

/// Reads the file the person picked, then runs `import` with the store (one transaction inside).
fn import_file(
    state: &AppState,
    path: &str,
    import: impl FnOnce(&mut Store, &[u8]) -> Result<ImportReport, ImportError>,
) -> Res<ImportReport> {
    let bytes = files::read(state, path)?;
    state.with_store(|store| import(store, &bytes).map_err(|e| interchange_error(path, e)))
}

/// A whole-import failure in words, naming the file; nothing was written. A missing time zone
/// names the `timezone` field, so the window can ask for one and try again.
fn interchange_error(path: &str, err: ImportError) -> CommandError {
    let nothing = "nothing was imported";
    match err {
        ImportError::NeedsTimezone { source_name, message } => {
            // The crate's advice names the command line's --timezone; the window has a field.
            let why = message.split_once("; give ").map_or(message.as_str(), |(why, _)| why);
            CommandError::invalid(
                "timezone",
                format!("{source_name}: {why}; choose the programme's time zone and try again; {nothing}"),
            )
        }
        // Already "file:line: message".
        ImportError::Format { .. } => CommandError::new(ErrorKind::Invalid, format!("{err}; {nothing}")),
        ImportError::Usage(message) => {
            // The crate words a bad column mapping as the command line's `--map HEADER=FIELD`.
            let message = message
                .strip_prefix("--map ")
                .map_or(message.clone(), |rest| format!("column mapping {rest}"));
            CommandError::new(ErrorKind::Invalid, format!("{path}: {message}; {nothing}"))
        }
        ImportError::Store(e) => {
            let mut err = CommandError::from(e);
            err.message = format!("{path}: {}; {nothing}", err.message);
            err
        }
    }
}

/// Decodes one argument that is a choice ("people", "file"), naming it when it is none of them.
fn decode_arg<T: DeserializeOwned>(field: &str, value: Value) -> Res<T> {
    serde_json::from_value(value).map_err(|e| CommandError::invalid(field, format!("{field}: {e}")))
}

/// The per-session choices of an event-file import; a bad entry is named as `choices[i].field`.
fn decode_choices(choices: Option<Value>) -> Res<Vec<SessionChoice>> {
    let Some(value) = choices.filter(|v| !v.is_null()) else {
        return Ok(Vec::new());
    };
    decode("event file choices", value).map_err(|mut err| {
        let path = err.field.take().filter(|p| p != ".").unwrap_or_default();
        err.field = Some(format!("choices{path}"));
        err
    })
}

/// Runs an import on a worker thread of its own (`on_worker`); its progress reaches the window
/// as `progress` events.
async fn import_job<R: Runtime>(
    app: AppHandle<R>,
    job: impl FnOnce(&AppState, ProgressFn<'_>) -> Res<ImportReport> + Send + 'static,
) -> Res<ImportReport> {
    blocking(app, move |app, state| {
        on_worker(|| {
            job(state, &mut |done, total| {
                emit_progress(&app, "import", done as u64, total as u64)
            })
        })
    })
    .await
}

/// The stack of the import worker, in bytes: 8 MiB, what the `plenary` command line's main
/// thread has on Linux. The parsers bound how deep a file may nest (and walk trees without
/// recursion) so that any file fits that stack; tokio's blocking threads, where `blocking`
/// runs, have only 2 MiB, so a file the command line imports could overflow them and abort the
/// whole window. With its own thread the import behaves the same in both.
pub const WORKER_STACK: usize = 8 * 1024 * 1024;

/// Runs `job` on a thread with `WORKER_STACK` and waits for its answer. A panic in it (a bug)
/// becomes an error; the store's transaction has rolled back by then.
pub fn on_worker<T: Send>(job: impl FnOnce() -> Res<T> + Send) -> Res<T> {
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("plenary-import".into())
            .stack_size(WORKER_STACK)
            .spawn_scoped(scope, job)
            .map_err(|e| CommandError::new(ErrorKind::Io, format!("could not start the import: {e}")))?
            .join()
            .map_err(|_| {
                CommandError::new(
                    ErrorKind::Io,
                    "the import stopped on an internal error; nothing was imported",
                )
            })?
    })
}

/// Runs `job` on the blocking pool with the app's state.
pub(crate) async fn blocking<R: Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    job: impl FnOnce(AppHandle<R>, &AppState) -> Res<T> + Send + 'static,
) -> Res<T> {
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        job(app.clone(), &state)
    })
    .await
    .map_err(|e| CommandError::new(ErrorKind::Io, format!("background job failed: {e}")))?
}

fn ical_error(path: &str, err: plenary_ical::ImportError) -> CommandError {
    match err {
        plenary_ical::ImportError::Parse(e) => {
            CommandError::new(ErrorKind::Invalid, format!("{path}: line {}: {}", e.line, e.message))
        }
        plenary_ical::ImportError::Store(e) => e.into(),
    }
}

// ---- time

/// The UTC instant of a local time typed in the event's zone; refuses times a DST gap skips.
#[tauri::command]
pub fn local_to_utc(timezone: String, local: String, fold: Option<String>) -> Res<String> {
    let tz = time::parse_zone(&timezone, "event", "timezone")?;
    let local = time::parse_local(&local, "session", "start")?;
    let fold = match fold.as_deref() {
        None | Some("earlier") => Fold::Earlier,
        Some("later") => Fold::Later,
        Some(other) => {
            return Err(CommandError::invalid(
                "fold",
                format!("fold {other:?} is not earlier or later"),
            ))
        }
    };
    Ok(time::local_to_utc(tz, local, fold, "session", "start")?.to_rfc3339_opts(SecondsFormat::Secs, true))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn next_edition_keeps_the_weekday_and_moves_the_year_in_the_title() {
        let data = EventData {
            title: "WSIS Forum 2026".into(),
            start_date: NaiveDate::from_ymd_opt(2026, 7, 6).unwrap(),
            ..Default::default()
        };
        let next = next_edition(&data);
        assert_eq!(next.title, "WSIS Forum 2027");
        assert_eq!(next.start_date, "2027-07-05");
        let plain = next_edition(&EventData {
            title: "Open Source Week".into(),
            ..data
        });
        assert_eq!(plain.title, "Open Source Week 2027");
    }

    #[test]
    fn a_malformed_form_names_its_field() {
        let err = decode::<EventData>(
            "event",
            serde_json::json!({"slug":"a","title":"A","tagline":"","description":"","organisers":[],
                "timezone":"UTC","start_date":"10 July","end_date":"2026-07-10","links":[]}),
        )
        .unwrap_err();
        assert_eq!(err.kind, ErrorKind::Invalid);
        assert_eq!(err.field.as_deref(), Some("start_date"));
    }

    #[test]
    fn local_times_in_a_dst_gap_are_refused() {
        let ok = local_to_utc("Europe/Zurich".into(), "2026-07-10T09:00".into(), None).unwrap();
        assert_eq!(ok, "2026-07-10T07:00:00Z");
        let gap = local_to_utc("Europe/Zurich".into(), "2026-03-29T02:30".into(), None).unwrap_err();
        assert_eq!(gap.field.as_deref(), Some("start"));
    }

    // ---- schedule interchange

    fn fixture(rel: &str) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/fixtures")
            .join(rel);
        path.to_string_lossy().into_owned()
    }

    fn empty_state() -> AppState {
        AppState::from_store(Store::open_in_memory().unwrap())
    }

    fn demo_state() -> (AppState, EventId) {
        let state = empty_state();
        state.write(plenary_core::demo::load).unwrap();
        let id = state
            .read(|r| r.find_event(plenary_core::demo::DEMO_SLUGS[0]))
            .unwrap()
            .id;
        (state, id)
    }

    fn none(_: usize, _: usize) {}

    /// The path as if the person had chosen it in both dialogs of this run (saved it, then
    /// opened it again): the commands touch no other file.
    fn pick(state: &AppState, path: &str) -> String {
        let path = std::path::Path::new(path);
        state.picked().remember(files::Dialog::Open, path);
        state.picked().remember(files::Dialog::Save, path);
        path.to_string_lossy().into_owned()
    }

    #[test]
    fn an_import_runs_on_a_worker_with_the_stack_of_a_main_thread() {
        // A 3 MiB frame: more than the 2 MiB of tokio's blocking threads, where it would abort
        // this test binary with a stack overflow, and well inside `WORKER_STACK`.
        fn deep() -> u8 {
            let mut frame = [0u8; 3 << 20];
            std::hint::black_box(&mut frame);
            frame[(3 << 20) - 1]
        }
        assert_eq!(on_worker(|| Ok(deep())).unwrap(), 0);
        let err = on_worker::<()>(|| panic!("a bug")).unwrap_err();
        assert!(err.message.contains("nothing was imported"), "{}", err.message);
    }

    #[test]
    fn commands_refuse_a_file_no_dialog_returned() {
        let (state, id) = demo_state();
        let dir = tempfile::tempdir().unwrap();
        let secret = dir.path().join("secret.csv");
        std::fs::write(&secret, "name;email\nAda;ada@example.org\n").unwrap();
        let secret = secret.to_string_lossy().into_owned();
        let refused = |err: CommandError, verb: &str| {
            assert_eq!(
                (err.kind, err.field.as_deref()),
                (ErrorKind::Invalid, Some("path")),
                "{err:?}"
            );
            assert!(
                err.message
                    .contains(&format!(": Plenary {verb} only files chosen in its ")),
                "{}",
                err.message
            );
            assert!(
                err.message.ends_with("dialog; choose the file again"),
                "{}",
                err.message
            );
        };
        refused(csv_columns(&state, &secret, CsvKind::People).unwrap_err(), "reads");
        refused(
            csv_import(&state, id, &secret, CsvKind::People, &[], true, &mut none).unwrap_err(),
            "reads",
        );
        refused(
            frab_import(&state, &secret, None, true, &mut none).unwrap_err(),
            "reads",
        );
        refused(
            event_file_import(&state, &secret, MergeSide::Store, &[], true, &mut none).unwrap_err(),
            "reads",
        );
        let options = InterchangeExport {
            format: InterchangeFormat::CsvPeople,
            include_private: true,
        };
        refused(
            interchange_export(&state, id, &options, secret.clone()).unwrap_err(),
            "writes",
        );
        assert_eq!(
            std::fs::read_to_string(&secret).unwrap(),
            "name;email\nAda;ada@example.org\n"
        );

        // A file chosen to be opened may be read, not written; one chosen to save, the reverse.
        state
            .picked()
            .remember(files::Dialog::Open, std::path::Path::new(&secret));
        let columns = csv_columns(&state, &secret, CsvKind::People).unwrap();
        assert_eq!(columns[1].field.as_deref(), Some("email"));
        refused(
            interchange_export(&state, id, &options, secret.clone()).unwrap_err(),
            "writes",
        );
        let out = dir.path().join("people.csv").to_string_lossy().into_owned();
        state.picked().remember(files::Dialog::Save, std::path::Path::new(&out));
        let written = interchange_export(&state, id, &options, out.clone()).unwrap();
        assert_eq!(written.bytes, std::fs::metadata(&out).unwrap().len());
        refused(csv_columns(&state, &out, CsvKind::People).unwrap_err(), "reads");
        // The same file by another spelling was not what the dialog returned.
        let name = dir.path().file_name().unwrap().to_string_lossy();
        let other_spelling = format!("{}/../{name}/people.csv", dir.path().display());
        refused(
            interchange_export(&state, id, &options, other_spelling).unwrap_err(),
            "writes",
        );
    }

    #[cfg(unix)]
    #[test]
    fn no_export_overwrites_the_open_store() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("plenary.db");
        let state = AppState::open(&db).unwrap();
        let id = state.read(|r| r.events()).unwrap()[0].id;
        let before = std::fs::read(&db).unwrap();
        let options = InterchangeExport {
            format: InterchangeFormat::FrabXml,
            include_private: false,
        };
        // Even when a save dialog returned it, under its own name or through a link.
        let link = dir.path().join("link.xml");
        std::os::unix::fs::symlink(&db, &link).unwrap();
        for path in [db.clone(), link] {
            let path = pick(&state, &path.to_string_lossy());
            let err = interchange_export(&state, id, &options, path).unwrap_err();
            assert_eq!(err.field.as_deref(), Some("path"), "{err:?}");
            assert!(err.message.contains("the open Plenary store"), "{}", err.message);
        }
        assert_eq!(std::fs::read(&db).unwrap(), before);
        assert!(!state.read(|r| r.events()).unwrap().is_empty());
    }

    #[test]
    fn a_frab_file_without_a_zone_asks_for_one_then_imports_every_session() {
        let state = empty_state();
        let path = fixture("frab-xml/giggity_fosdem_2021.xml");
        let err = frab_import(&state, &pick(&state, &path), None, false, &mut none).unwrap_err();
        assert_eq!(err.field.as_deref(), Some("timezone"), "{err:?}");
        assert!(err.message.contains("giggity_fosdem_2021.xml"), "{}", err.message);
        assert!(
            !err.message.contains("--timezone"),
            "the window has no options: {}",
            err.message
        );
        let bad = frab_import(
            &state,
            &pick(&state, &path),
            Some("Europe/Nowhere".into()),
            false,
            &mut none,
        )
        .unwrap_err();
        assert_eq!(bad.field.as_deref(), Some("timezone"), "{bad:?}");

        let zone = Some(" Europe/Brussels ".to_string());
        let mut calls = 0;
        let checked = frab_import(&state, &pick(&state, &path), zone.clone(), true, &mut |_, _| calls += 1).unwrap();
        assert!(checked.dry_run);
        assert_eq!(checked.created.sessions, 773);
        assert!(calls > 0, "no progress reported");
        assert!(state.read(|r| r.events()).unwrap().is_empty(), "the check run wrote");

        let report = frab_import(&state, &pick(&state, &path), zone, false, &mut none).unwrap();
        assert!(!report.dry_run);
        let event = report.event.expect("the import names its event");
        assert_eq!(event.timezone, "Europe/Brussels");
        assert_eq!(state.read(|r| r.sessions(event.id)).unwrap().len(), 773);
        assert_eq!(report.created.rooms, 108);
    }

    #[test]
    fn a_schedule_json_file_imports_and_again_changes_nothing() {
        let state = empty_state();
        let path = fixture("schedule-json/voc_pretalx-democon.json");
        let first = frab_import(&state, &pick(&state, &path), None, false, &mut none).unwrap();
        assert_eq!((first.created.sessions, first.created.rooms), (36, 2), "{first:?}");
        let again = frab_import(&state, &pick(&state, &path), Some(String::new()), false, &mut none).unwrap();
        assert_eq!(again.created.sessions, 0);
        assert_eq!(again.unchanged.sessions, 36, "{again:?}");
        assert_eq!(state.read(|r| r.events()).unwrap().len(), 1);
    }

    #[test]
    fn a_broken_or_missing_file_is_refused_by_name_and_changes_nothing() {
        let (state, id) = demo_state();
        let before = state.read(|r| r.sessions(id)).unwrap().len();
        let dir = tempfile::tempdir().unwrap();
        let broken = dir.path().join("broken.json");
        std::fs::write(&broken, "{\"format\": \"plenary-event\", \"version\": 1,").unwrap();
        let path = broken.to_string_lossy().into_owned();
        let err = event_file_import(&state, &pick(&state, &path), MergeSide::Store, &[], false, &mut none).unwrap_err();
        assert_eq!(err.kind, ErrorKind::Invalid);
        assert!(err.message.contains("broken.json"), "{}", err.message);
        assert!(err.message.ends_with("nothing was imported"), "{}", err.message);
        let gone = dir.path().join("gone.csv").to_string_lossy().into_owned();
        let err = csv_import(
            &state,
            id,
            &pick(&state, &gone),
            CsvKind::Sessions,
            &[],
            false,
            &mut none,
        )
        .unwrap_err();
        assert_eq!(err.kind, ErrorKind::Io);
        assert!(err.message.contains("gone.csv"), "{}", err.message);
        assert_eq!(state.read(|r| r.sessions(id)).unwrap().len(), before);
        let wrong = decode_arg::<CsvKind>("what", serde_json::json!("rooms")).unwrap_err();
        assert_eq!(wrong.field.as_deref(), Some("what"));
    }

    #[test]
    fn an_event_file_export_imports_into_another_store_and_merges_back_unchanged() {
        let (state, id) = demo_state();
        let sessions = state.read(|r| r.sessions(id)).unwrap().len();
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("wsis.plenary.json").to_string_lossy().into_owned();
        let options = InterchangeExport {
            format: InterchangeFormat::EventFile,
            include_private: false,
        };
        let written = interchange_export(&state, id, &options, pick(&state, &file.clone())).unwrap();
        assert_eq!(written.sessions as usize, sessions);
        assert_eq!(written.bytes, std::fs::metadata(&file).unwrap().len());
        assert!(!std::path::Path::new(&format!("{file}.plenary-tmp")).exists());

        let other = empty_state();
        let report = event_file_import(&other, &pick(&other, &file), MergeSide::File, &[], false, &mut none).unwrap();
        assert_eq!(report.created.sessions, sessions, "{report:?}");
        let copy = report.event.unwrap();
        let copy_file = dir.path().join("copy.json").to_string_lossy().into_owned();
        interchange_export(&other, copy.id, &options, pick(&other, &copy_file.clone())).unwrap();
        let parse = |p: &str| {
            let mut v: Value = serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap();
            v.as_object_mut().unwrap().remove("exported_at");
            v
        };
        assert_eq!(parse(&copy_file), parse(&file), "the event changed on the way");

        let merged = event_file_import(
            &state,
            &pick(&state, &copy_file),
            MergeSide::Store,
            &[],
            false,
            &mut none,
        )
        .unwrap();
        assert_eq!(
            (merged.unchanged.sessions, merged.conflicts.len()),
            (sessions, 0),
            "{merged:?}"
        );
    }

    #[test]
    fn a_conflict_of_an_event_file_merge_is_resolved_by_a_choice_for_its_session() {
        let (a, id) = demo_state();
        let dir = tempfile::tempdir().unwrap();
        let at = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
        let options = InterchangeExport {
            format: InterchangeFormat::EventFile,
            include_private: false,
        };
        interchange_export(&a, id, &options, pick(&a, &at("first.json"))).unwrap();
        let b = empty_state();
        event_file_import(
            &b,
            &pick(&b, &at("first.json")),
            MergeSide::Store,
            &[],
            false,
            &mut none,
        )
        .unwrap();

        // A changes a session and sends the file; B changed the same session after that.
        let retitle = |state: &AppState, title: &str| {
            let uuid = a.read(|r| r.sessions(id)).unwrap()[0].uuid;
            let session = state.read(|r| r.session_by_uuid(uuid)).unwrap().unwrap();
            let data = SessionData {
                title: title.into(),
                ..session.data
            };
            state.write(|tx| tx.update_session(session.id, &data)).unwrap();
            uuid
        };
        let uuid = retitle(&a, "Title from A");
        interchange_export(&a, id, &options, pick(&a, &at("second.json"))).unwrap();
        retitle(&b, "Title from B");
        let title_in_b = || b.read(|r| r.session_by_uuid(uuid)).unwrap().unwrap().data.title;

        let first = event_file_import(
            &b,
            &pick(&b, &at("second.json")),
            MergeSide::Store,
            &[],
            false,
            &mut none,
        )
        .unwrap();
        assert_eq!(first.conflicts.len(), 1, "{first:?}");
        let conflict = &first.conflicts[0];
        assert_eq!(
            (conflict.session, conflict.fields.clone()),
            (uuid, vec!["title".to_string()])
        );
        assert_eq!(conflict.resolution, "kept the store's version");
        assert_eq!(title_in_b(), "Title from B");

        // The choice arrives as the window sends it; a bad UUID or side is named by its place.
        let bad = decode_choices(Some(serde_json::json!([{"session": "nope", "take": "file"}]))).unwrap_err();
        assert_eq!(bad.field.as_deref(), Some("choices[0].session"), "{bad:?}");
        let bad = decode_choices(Some(serde_json::json!([{"session": uuid, "take": "theirs"}]))).unwrap_err();
        assert_eq!(bad.field.as_deref(), Some("choices[0].take"), "{bad:?}");
        assert!(decode_choices(None).unwrap().is_empty());
        let choices = decode_choices(Some(serde_json::json!([{"session": uuid, "take": "file"}]))).unwrap();

        let check = event_file_import(
            &b,
            &pick(&b, &at("second.json")),
            MergeSide::Store,
            &choices,
            true,
            &mut none,
        )
        .unwrap();
        assert_eq!(check.conflicts[0].resolution, "took the file's version");
        assert_eq!(title_in_b(), "Title from B", "the check run wrote");

        let chosen = event_file_import(
            &b,
            &pick(&b, &at("second.json")),
            MergeSide::Store,
            &choices,
            false,
            &mut none,
        )
        .unwrap();
        // The crate still lists the conflict, now with the side the choice took.
        assert_eq!(chosen.conflicts.len(), 1, "{chosen:?}");
        assert_eq!(chosen.conflicts[0].resolution, "took the file's version");
        assert_eq!(chosen.updated.sessions, 1);
        assert_eq!(title_in_b(), "Title from A");
        let again = event_file_import(
            &b,
            &pick(&b, &at("second.json")),
            MergeSide::Store,
            &[],
            false,
            &mut none,
        )
        .unwrap();
        assert!(again.conflicts.is_empty(), "{again:?}");
    }

    #[test]
    fn frab_and_csv_exports_read_back_and_private_data_stays_out_unless_asked() {
        let (state, id) = demo_state();
        let dir = tempfile::tempdir().unwrap();
        let at = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
        let export = |format, include_private, path: &str| {
            let options = InterchangeExport {
                format,
                include_private,
            };
            interchange_export(&state, id, &options, pick(&state, path)).unwrap()
        };

        let xml = export(InterchangeFormat::FrabXml, false, &at("schedule.xml"));
        let json = export(InterchangeFormat::FrabJson, false, &at("schedule.json"));
        assert_eq!(xml.sessions, json.sessions);
        assert!(xml.sessions > 0);
        let other = empty_state();
        let report = frab_import(&other, &pick(&other, &xml.path), None, false, &mut none).unwrap();
        assert_eq!(report.created.sessions, xml.sessions as usize, "{report:?}");

        // One of the event's people gets an e-mail address; only an explicit request writes it.
        let person = state.read(|r| r.schedule(id)).unwrap().people[0].clone();
        let email = "moderator.private@example.org";
        let data = PersonData {
            email: email.into(),
            ..person.data
        };
        state.write(|tx| tx.update_person(person.id, &data)).unwrap();
        let public = export(InterchangeFormat::CsvPeople, false, &at("people.csv"));
        let text = std::fs::read_to_string(&public.path).unwrap();
        assert!(!text.contains(email), "{text}");
        let private = export(InterchangeFormat::CsvPeople, true, &at("people-private.csv"));
        let text = std::fs::read_to_string(&private.path).unwrap();
        assert!(text.contains(email), "{text}");
        let event_file = export(InterchangeFormat::EventFile, false, &at("event.json"));
        assert!(!std::fs::read_to_string(&event_file.path).unwrap().contains(email));

        let sessions = export(InterchangeFormat::CsvSessions, false, &at("sessions.csv"));
        let again = csv_import(
            &state,
            id,
            &pick(&state, &sessions.path),
            CsvKind::Sessions,
            &[],
            true,
            &mut none,
        )
        .unwrap();
        assert!(again.dry_run);
        assert_eq!(again.created.sessions, 0, "{again:?}");
        let people = csv_import(
            &other,
            id,
            &pick(&other, &public.path),
            CsvKind::People,
            &[],
            false,
            &mut none,
        )
        .unwrap();
        assert!(people.created.people > 0, "{people:?}");
    }

    #[test]
    fn csv_columns_with_other_headers_are_mapped_by_the_person() {
        let state = empty_state();
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("speakers.csv");
        std::fs::write(
            &file,
            "Speaker's full name;Affiliation;Contact\nAda Lovelace;Analytical Engines;ada@example.org\n",
        )
        .unwrap();
        let path = file.to_string_lossy().into_owned();
        let map = |header: &str, field: &str| ColumnMap {
            header: header.into(),
            field: field.into(),
        };
        let mapped = [map("Speaker's full name", "name"), map(" Contact ", "email")];
        let report = csv_import(
            &state,
            0,
            &pick(&state, &path),
            CsvKind::People,
            &mapped,
            false,
            &mut none,
        )
        .unwrap();
        assert_eq!(report.created.people, 1, "{report:?}");
        let ada = state.read(|r| r.find_person("Ada Lovelace")).unwrap();
        assert_eq!(
            (ada.data.organisation.as_str(), ada.data.email.as_str()),
            ("Analytical Engines", "ada@example.org")
        );

        let wrong = csv_import(
            &state,
            0,
            &path,
            CsvKind::People,
            &[map("Contact", "e-mail")],
            true,
            &mut none,
        );
        assert_eq!(wrong.unwrap_err().field.as_deref(), Some("map.0.field"));
        let blank = csv_import(
            &state,
            0,
            &pick(&state, &path),
            CsvKind::People,
            &[map(" ", "email")],
            true,
            &mut none,
        );
        assert_eq!(blank.unwrap_err().field.as_deref(), Some("map.0.header"));
        let absent = csv_import(
            &state,
            0,
            &path,
            CsvKind::People,
            &[map("Mail", "email")],
            true,
            &mut none,
        )
        .unwrap_err();
        assert!(
            absent.message.contains("speakers.csv: column mapping Mail=email"),
            "{}",
            absent.message
        );
        assert!(!absent.message.contains("--map"), "{}", absent.message);
        assert_eq!(csv_fields(serde_json::json!("people")).unwrap(), sheets::PERSON_FIELDS);
    }

    #[test]
    fn csv_headers_show_each_column_and_the_field_the_import_gives_it() {
        let state = empty_state();
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("speakers.csv");
        std::fs::write(
            &file,
            "Full name;Affiliation;Contact;Organisation\nAda Lovelace;Analytical Engines;ada@example.org;AE\n",
        )
        .unwrap();
        let path = file.to_string_lossy().into_owned();
        let columns = csv_columns(&state, &pick(&state, &path), CsvKind::People).unwrap();
        let column = |header: &str, field: Option<&str>| CsvColumn {
            header: header.into(),
            field: field.map(str::to_string),
        };
        // "Affiliation" claims the organisation first, so the later "Organisation" is left out.
        assert_eq!(
            columns,
            [
                column("Full name", Some("name")),
                column("Affiliation", Some("organisation")),
                column("Contact", None),
                column("Organisation", None),
            ]
        );
        // The table's choices, sent back as they are: one column mapped, one left out.
        let map = [
            ColumnMap {
                header: "Contact".into(),
                field: "email".into(),
            },
            ColumnMap {
                header: "Affiliation".into(),
                field: String::new(),
            },
            ColumnMap {
                header: "Organisation".into(),
                field: "organisation".into(),
            },
        ];
        let report = csv_import(&state, 0, &pick(&state, &path), CsvKind::People, &map, false, &mut none).unwrap();
        assert_eq!(report.created.people, 1, "{report:?}");
        let ada = state.read(|r| r.find_person("Ada Lovelace")).unwrap();
        assert_eq!(
            (ada.data.organisation.as_str(), ada.data.email.as_str()),
            ("AE", "ada@example.org")
        );

        let empty = dir.path().join("empty.csv");
        std::fs::write(&empty, "").unwrap();
        let err = csv_columns(&state, &pick(&state, &empty.to_string_lossy()), CsvKind::Sessions).unwrap_err();
        assert_eq!(err.kind, ErrorKind::Invalid);
        assert!(err.message.contains("empty.csv:1:"), "{}", err.message);
        let gone = csv_columns(
            &state,
            &pick(&state, &dir.path().join("gone.csv").to_string_lossy()),
            CsvKind::People,
        )
        .unwrap_err();
        assert!(gone.message.contains("gone.csv"), "{}", gone.message);
    }
}
