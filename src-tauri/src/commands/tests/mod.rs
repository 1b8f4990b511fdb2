//! Unit tests of the commands' work functions, apart from the window.

use super::*;
use chrono::NaiveDate;
use plenary_core::*;

use crate::{files, AppState, CommandError};

mod csv;
mod interchange;

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
    // The window's own bug: worded from its code, never serde's English.
    assert_eq!(
        err.problems,
        [InputProblem::new("start_date", ProblemCode::BadArgument).with("field", "start_date")]
    );
    assert!(err.message.starts_with("event start_date: "), "{}", err.message);
    let choice = decode_arg::<plenary_interchange::csv::CsvKind>("what", serde_json::json!("pets")).unwrap_err();
    assert_eq!(choice.problems[0].code, ProblemCode::BadArgument);
    assert_eq!(choice.problems[0].params["field"], "what");
}

#[test]
fn a_job_that_panics_is_a_job_failed_and_names_no_rust() {
    let err = on_worker(|| -> Res<()> { panic!("index out of bounds") }).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Io);
    assert_eq!(err.problems, [InputProblem::new("", ProblemCode::JobFailed)]);
    assert_eq!(
        err.message,
        "the import stopped on an internal error; nothing was imported"
    );
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
fn an_ics_export_counts_sessions_not_the_vevents_of_their_items() {
    let (state, id) = demo_state();
    let schedule = state.read(|r| r.schedule(id)).unwrap();
    let scheduled = schedule
        .sessions
        .iter()
        .filter(|s| s.data.start.is_some() && s.data.end.is_some());
    let with_items = scheduled.clone().filter(|s| !s.data.items.is_empty()).count();
    let scheduled = scheduled.count();
    assert!(with_items > 0, "the demo needs a session with items");
    let dir = tempfile::tempdir().unwrap();
    for items_as_events in [false, true] {
        let path = pick(
            &state,
            &dir.path().join(format!("{items_as_events}.ics")).to_string_lossy(),
        );
        let options = plenary_ical::ExportOptions {
            items_as_events,
            ..Default::default()
        };
        let written = write_ics(&state, id, &options, path.clone()).unwrap();
        assert_eq!(
            written.sessions as usize, scheduled,
            "items as events: {items_as_events}"
        );
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(written.bytes, text.len() as u64);
        let vevents = plenary_ical::vevent_count(&text);
        if items_as_events {
            assert!(vevents > scheduled, "{vevents} VEVENTs for {scheduled} sessions");
        } else {
            assert_eq!(vevents, scheduled);
        }
    }
}
