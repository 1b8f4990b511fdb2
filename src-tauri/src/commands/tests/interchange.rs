//! frab and event-file imports, and the exports of every interchange format.

use super::*;
use serde_json::Value;

use crate::commands::interchange::decode_choices;

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
    assert_eq!(conflict.resolution, plenary_core::report::Side::Store);
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
    assert_eq!(check.conflicts[0].resolution, plenary_core::report::Side::File);
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
    assert_eq!(chosen.conflicts[0].resolution, plenary_core::report::Side::File);
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
fn the_windows_frab_export_names_the_latest_release_as_its_version() {
    let (state, id) = demo_state();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("schedule.xml").to_string_lossy().into_owned();
    let options = InterchangeExport {
        format: InterchangeFormat::FrabXml,
        include_private: false,
    };
    state
        .write(|tx| tx.create_release(id, "1.1 — room changes", ""))
        .unwrap();
    let written = interchange_export(&state, id, &options, pick(&state, &path)).unwrap();
    let xml = std::fs::read_to_string(&written.path).unwrap();
    assert!(xml.contains("<version>1.1 — room changes</version>"), "{xml}");
}
