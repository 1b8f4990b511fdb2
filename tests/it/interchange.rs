//! Schedule interchange (issue 6): frab XML/JSON import of every real fixture with its counts,
//! time zones, strict export checked by real validators (xmllint, Python jsonschema), round
//! trips, event files between organisers with conflicts, and CSV spreadsheets.

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

use chrono::{DateTime, Utc};
use plenary_core::{Schedule, Store};
use plenary_interchange::event_file::{self, EventFileOptions, Take};
use plenary_interchange::frab::{self, FrabOptions};
use plenary_interchange::{csv, ImportReport};
use serde_json::Value;

use crate::support::{fixture, fixtures_dir, plenary};

fn frab_import(store: &mut Store, rel: &str, zone: Option<&str>) -> ImportReport {
    let bytes = std::fs::read(fixture(rel)).unwrap();
    let options = FrabOptions {
        timezone: zone.map(str::to_string),
        dry_run: false,
    };
    let mut calls = 0;
    let report =
        frab::import(store, rel, &bytes, &options, &mut |_, _| calls += 1).unwrap_or_else(|e| panic!("{rel}: {e}"));
    assert!(calls > 0, "{rel}: progress was reported");
    report
}

fn schedule(store: &Store, report: &ImportReport) -> Schedule {
    store.read().schedule(report.event.as_ref().unwrap().id).unwrap()
}

fn session_by_code<'s>(s: &'s Schedule, code: &str) -> &'s plenary_core::Session {
    s.sessions
        .iter()
        .find(|x| x.data.code == code)
        .unwrap_or_else(|| panic!("no session {code}"))
}

fn utc(text: &str) -> Option<DateTime<Utc>> {
    Some(text.parse().unwrap())
}

/// (fixture, zone given by the user, sessions, rooms, people, tracks). Counted independently
/// of Plenary: distinct `day/room/event`, room names, (guid or id+name) people and track names.
struct Expected(&'static str, Option<&'static str>, usize, usize, usize, usize);

const FIXTURES: &[Expected] = &[
    Expected(
        "frab-xml/giggity_36c3_merged.xml",
        Some("Europe/Berlin"),
        1351,
        92,
        923,
        30,
    ),
    Expected(
        "frab-xml/giggity_fosdem_2021.xml",
        Some("Europe/Brussels"),
        773,
        108,
        684,
        109,
    ),
    Expected("frab-xml/eventfahrplan_38c3.xml", None, 1007, 72, 571, 7),
    Expected("schedule-json/voc_pretalx-democon.json", None, 36, 2, 27, 2),
    Expected("schedule-json/voc_frab-camp2019.json", None, 79, 2, 90, 7),
    Expected("schedule-json/voc_hub-schedule2.json", None, 2, 5, 4, 7),
    Expected("schedule-json/voc_invalid-example.json", None, 1, 1, 1, 1),
];

#[test]
fn every_fixture_imports_with_all_sessions_rooms_people_and_tracks() {
    for &Expected(rel, zone, sessions, rooms, people, tracks) in FIXTURES {
        let mut store = Store::open_in_memory().unwrap();
        let report = frab_import(&mut store, rel, zone);
        assert!(report.skipped.is_empty(), "{rel}: skipped {:?}", report.skipped);
        assert_eq!(report.created.events, 1, "{rel}");
        assert_eq!(report.created.sessions, sessions, "{rel}: sessions");
        assert_eq!(report.created.rooms, rooms, "{rel}: rooms");
        assert_eq!(report.created.people, people, "{rel}: people");
        assert_eq!(report.created.tracks, tracks, "{rel}: tracks");
        let s = schedule(&store, &report);
        assert_eq!(s.sessions.len(), sessions, "{rel}: sessions in the store");
        assert_eq!(s.rooms.len(), rooms, "{rel}: rooms in the store");
    }
}

#[test]
fn time_zones_come_out_right() {
    let mut store = Store::open_in_memory().unwrap();
    // 36C3: offsets on every date, no zone in the file.
    let r = frab_import(&mut store, "frab-xml/giggity_36c3_merged.xml", Some("Europe/Berlin"));
    assert!(
        r.notes
            .iter()
            .any(|w| w.remark.to_string().contains("names no time zone")),
        "{:?}",
        r.notes
    );
    let s = schedule(&store, &r);
    assert_eq!(s.event.data.timezone, "Europe/Berlin");
    let opening = session_by_code(&s, "11223");
    assert_eq!(opening.data.start, utc("2019-12-27T10:00:00Z"));
    assert_eq!(opening.data.end, utc("2019-12-27T10:30:00Z"));
    // The same guid at two times: two sessions.
    assert_eq!(s.sessions.iter().filter(|x| x.data.code == "367").count(), 2);

    // FOSDEM: plain HH:MM on dated days; Brussels is UTC+1 in February.
    let r = frab_import(&mut store, "frab-xml/giggity_fosdem_2021.xml", Some("Europe/Brussels"));
    let s = schedule(&store, &r);
    let welcome = session_by_code(&s, "11795");
    assert_eq!(welcome.data.start, utc("2021-02-06T08:00:00Z"));
    assert_eq!(welcome.data.end, utc("2021-02-06T08:25:00Z"));

    // 38C3: the conference starts in +00:00, events are in +01:00; the file names its zone.
    let r = frab_import(&mut store, "frab-xml/eventfahrplan_38c3.xml", None);
    let s = schedule(&store, &r);
    assert_eq!(s.event.data.timezone, "Europe/Berlin");
    assert_eq!(
        (s.event.data.start_date.to_string(), s.event.data.end_date.to_string()),
        ("2024-12-27".into(), "2024-12-30".into())
    );
    assert_eq!(session_by_code(&s, "2").data.start, utc("2024-12-27T09:30:00Z"));

    // schedule2: full date-times in start/end, roles from participants. It is the same
    // programme (38c3) as above, so it merges into that event.
    let r = frab_import(&mut store, "schedule-json/voc_hub-schedule2.json", None);
    let s = schedule(&store, &r);
    let late = s
        .sessions
        .iter()
        .find(|x| x.uuid.to_string() == "b1740c2f-0c44-5f1b-89ed-456a9eecf0b8")
        .unwrap();
    assert_eq!(late.data.start, utc("2024-12-27T23:15:00Z"));
    assert_eq!(late.data.end, utc("2024-12-27T23:55:00Z"));
    let opening = s
        .sessions
        .iter()
        .find(|x| x.uuid.to_string() == "270fa44c-821a-577f-8ca3-33e8d4a8c2a7")
        .unwrap();
    let roles: Vec<_> = opening.data.roles.iter().map(|r| r.role.as_str()).collect();
    assert_eq!(roles, ["speaker", "speaker", "presenter"]);

    // pretalx: the file says UTC but its dates carry +01:00: the instants are trusted and the
    // disagreement is reported.
    let r = frab_import(&mut store, "schedule-json/voc_pretalx-democon.json", None);
    assert!(
        r.notes
            .iter()
            .any(|w| w.remark.to_string().contains("differs from UTC")),
        "{:?}",
        r.notes
    );
    let s = schedule(&store, &r);
    assert_eq!(session_by_code(&s, "25").data.start, utc("2020-12-14T08:00:00Z"));
}

#[test]
fn a_file_without_a_zone_needs_the_users_zone() {
    let home = tempfile::tempdir().unwrap();
    let file = fixture("frab-xml/giggity_fosdem_2021.xml");
    let out = plenary(home.path())
        .args(["import", "frab"])
        .arg(&file)
        .assert()
        .code(2)
        .get_output()
        .clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("giggity_fosdem_2021.xml"), "{err}");
    assert!(err.contains("--timezone"), "{err}");
    assert!(err.contains("nothing was imported"), "{err}");
    let out = plenary(home.path())
        .args(["import", "frab", "--timezone", "Europe/Brussels", "--json"])
        .arg(&file)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let report: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(report["created"]["sessions"], 773);
    assert_eq!(report["event"]["timezone"], "Europe/Brussels");
}

#[test]
fn reimport_changes_nothing_and_dry_run_writes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let bytes = std::fs::read(fixture("frab-xml/eventfahrplan_38c3.xml")).unwrap();
    let dry = FrabOptions {
        timezone: None,
        dry_run: true,
    };
    let report = frab::import(&mut store, "38c3", &bytes, &dry, &mut |_, _| {}).unwrap();
    assert!(report.dry_run);
    assert_eq!(report.created.sessions, 1007);
    assert!(store.read().events().unwrap().is_empty(), "a dry run writes nothing");

    frab_import(&mut store, "frab-xml/eventfahrplan_38c3.xml", None);
    let again = frab_import(&mut store, "frab-xml/eventfahrplan_38c3.xml", None);
    assert_eq!(again.created, Default::default());
    assert_eq!(again.updated, Default::default());
    assert_eq!(again.unchanged.sessions, 1007);
    assert_eq!(again.unchanged.people, 571);
    assert_eq!(store.read().events().unwrap().len(), 1);
}

#[test]
fn broken_files_are_refused_with_the_place() {
    let mut store = Store::open_in_memory().unwrap();
    let options = FrabOptions::default();
    let err = frab::import(
        &mut store,
        "bad.xml",
        b"<schedule>\n<conference>\n</schedule>",
        &options,
        &mut |_, _| {},
    )
    .unwrap_err();
    assert!(err.to_string().starts_with("bad.xml:3"), "{err}");
    let err = frab::import(&mut store, "x.xml", b"<calendar/>", &options, &mut |_, _| {}).unwrap_err();
    assert!(err.to_string().contains("root element is <calendar>"), "{err}");
    let err = frab::import(&mut store, "x.csv", b"a,b\n1,2", &options, &mut |_, _| {}).unwrap_err();
    assert!(err.to_string().contains("neither frab schedule XML"), "{err}");
    assert!(store.read().events().unwrap().is_empty());
}

/// A tool the validation tests need: present, or the test fails. Only `PLENARY_SKIP_EXTERNAL=1`
/// runs without it (false, and a line saying that the export was not validated).
pub(crate) fn tool(program: &str, probe: &[&str], install: &str) -> bool {
    let ok = Command::new(program)
        .args(probe)
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("PLENARY_SKIP_EXTERNAL").is_some_and(|v| v == "1"),
            "{program} is missing: install {install} (scripts/test-all.sh does), \
             or set PLENARY_SKIP_EXTERNAL=1 to skip the outside checkers explicitly"
        );
        eprintln!(
            "SKIPPED (PLENARY_SKIP_EXTERNAL=1): {program} is missing (install {install}); the export was NOT validated"
        );
    }
    ok
}

#[test]
fn a_missing_validator_fails_unless_skipping_is_asked_for() {
    let run = std::panic::catch_unwind(|| tool("plenary-no-such-validator", &["--version"], "nothing"));
    let skipping = std::env::var_os("PLENARY_SKIP_EXTERNAL").is_some_and(|v| v == "1");
    assert_eq!(
        run.ok(),
        skipping.then_some(false),
        "PLENARY_SKIP_EXTERNAL=1 is the only way past a missing validator"
    );
}

pub(crate) fn xmllint(path: &Path) {
    let xsd = fixtures_dir().join("schemas/schedule.xml.xsd");
    let out = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&xsd)
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{} does not validate:\n{}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
            .lines()
            .take(20)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

const VALIDATE_JSON: &str = r#"
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
errors = list(validator.iter_errors(json.load(open(sys.argv[2]))))
for e in errors[:10]:
    print(list(e.absolute_path), e.message[:300])
sys.exit(1 if errors else 0)
"#;

pub(crate) fn json_schema(path: &Path, schema: &str) {
    let schema = fixtures_dir().join("schemas").join(schema);
    let out = Command::new("python3")
        .arg("-c")
        .arg(VALIDATE_JSON)
        .arg(&schema)
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{} does not validate:\n{}{}",
        path.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_validators_reject_what_they_should() {
    // The checks below can fail: the schema's own negative example is refused.
    if !tool("python3", &["-c", "import jsonschema"], "the pip package jsonschema") {
        return;
    }
    let schema = fixtures_dir().join("schemas/schedule.schema.json");
    let out = Command::new("python3")
        .arg("-c")
        .arg(VALIDATE_JSON)
        .arg(&schema)
        .arg(fixture("schedule-json/voc_invalid-example.json"))
        .output()
        .unwrap();
    assert!(!out.status.success(), "the invalid example must not validate");
    if !tool("xmllint", &["--version"], "the apt package libxml2-utils") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.xml");
    std::fs::write(&bad, "<schedule><version>1</version></schedule>").unwrap();
    let xsd = fixtures_dir().join("schemas/schedule.xml.xsd");
    let out = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&xsd)
        .arg(&bad)
        .output()
        .unwrap();
    assert!(
        !out.status.success(),
        "a schedule without a conference must not validate"
    );
}

fn demo_store() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store.write(plenary_core::demo::load).unwrap();
    store
}

#[test]
fn exports_validate_against_the_c3voc_schemas() {
    let has_xmllint = tool("xmllint", &["--version"], "the apt package libxml2-utils");
    let has_jsonschema = tool("python3", &["-c", "import jsonschema"], "the pip package jsonschema");
    let dir = tempfile::tempdir().unwrap();
    let mut store = demo_store();
    frab_import(&mut store, "frab-xml/giggity_fosdem_2021.xml", Some("Europe/Brussels"));
    frab_import(&mut store, "schedule-json/voc_pretalx-democon.json", None);
    let events = store.read().events().unwrap();
    assert_eq!(events.len(), 5);
    for summary in events {
        let s = store.read().schedule(summary.id).unwrap();
        let xml = frab::to_xml(&s).unwrap();
        let json = frab::to_json(&s).unwrap();
        // Every scheduled session is in the export, and only those are left out that cannot be.
        let scheduled = s.sessions.iter().filter(|x| x.data.start.is_some()).count();
        assert_eq!(xml.text.matches("<event guid=").count(), scheduled, "{}", summary.slug);
        assert_eq!(xml.omitted.len(), s.sessions.len() - scheduled);
        for session in s.sessions.iter().filter(|x| x.data.start.is_some()) {
            assert!(
                xml.text.contains(&format!("guid=\"{}\"", session.uuid)),
                "event GUIDs are session UUIDs"
            );
        }
        // Private fields never leave without being asked for.
        for session in &s.sessions {
            for secret in [&session.data.passcode, &session.data.private_notes] {
                if !secret.is_empty() {
                    assert!(!xml.text.contains(secret.as_str()) && !json.text.contains(secret.as_str()));
                }
            }
        }
        let xml_path = dir.path().join(format!("{}.xml", summary.slug));
        let json_path = dir.path().join(format!("{}.json", summary.slug));
        std::fs::write(&xml_path, &xml.text).unwrap();
        std::fs::write(&json_path, &json.text).unwrap();
        if has_xmllint {
            xmllint(&xml_path);
        }
        if has_jsonschema {
            json_schema(&json_path, "schedule.schema.json");
        }
    }
}

#[test]
fn the_cli_exports_and_a_round_trip_keeps_counts_and_times() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    plenary(h)
        .args(["import", "frab", "--timezone", "Europe/Brussels"])
        .arg(fixture("frab-xml/giggity_fosdem_2021.xml"))
        .assert()
        .success();
    let xml = h.join("fosdem.xml");
    let json = h.join("fosdem.json");
    plenary(h)
        .args(["export", "frab-xml", "--event", "fosdem-2021", "-o"])
        .arg(&xml)
        .assert()
        .success();
    plenary(h)
        .args(["export", "frab-json", "--event", "fosdem-2021", "-o"])
        .arg(&json)
        .assert()
        .success();
    if tool("xmllint", &["--version"], "the apt package libxml2-utils") {
        xmllint(&xml);
    }
    if tool("python3", &["-c", "import jsonschema"], "the pip package jsonschema") {
        json_schema(&json, "schedule.schema.json");
    }

    let mut original = Store::open_in_memory().unwrap();
    let first = frab_import(
        &mut original,
        "frab-xml/giggity_fosdem_2021.xml",
        Some("Europe/Brussels"),
    );
    let a = schedule(&original, &first);
    type Slot = (Option<DateTime<Utc>>, Option<DateTime<Utc>>, String);
    let times = |s: &Schedule| -> HashMap<uuid::Uuid, Slot> {
        s.sessions
            .iter()
            .map(|x| {
                let room = x
                    .data
                    .room_id
                    .and_then(|r| s.room(r))
                    .map(|r| r.data.name.clone())
                    .unwrap_or_default();
                (x.uuid, (x.data.start, x.data.end, room))
            })
            .collect()
    };
    for path in [&xml, &json] {
        // Into a fresh store: the same sessions (by UUID), times, rooms, people and tracks;
        // the exported file names its zone, so none is needed.
        let mut fresh = Store::open_in_memory().unwrap();
        let bytes = std::fs::read(path).unwrap();
        let r = frab::import(&mut fresh, "export", &bytes, &FrabOptions::default(), &mut |_, _| {}).unwrap();
        assert_eq!(r.created.sessions, 773, "{}", path.display());
        assert_eq!(r.created.rooms, 108);
        assert_eq!(r.created.people, 684);
        assert_eq!(r.created.tracks, 109);
        let b = schedule(&fresh, &r);
        assert_eq!(b.event.data.timezone, "Europe/Brussels");
        assert_eq!(times(&a), times(&b), "{}", path.display());
        // Back into the original store: nothing changes.
        let r = frab::import(&mut original, "export", &bytes, &FrabOptions::default(), &mut |_, _| {}).unwrap();
        assert_eq!(r.updated, Default::default(), "{}: {:?}", path.display(), r);
        assert_eq!(r.unchanged.sessions, 773);
    }
}

// ---- event files between organisers

fn event_file_import(store: &mut Store, text: &str, take: Take) -> ImportReport {
    let options = EventFileOptions {
        take,
        dry_run: false,
        ..Default::default()
    };
    event_file::import(store, "event.json", text.as_bytes(), &options, &mut |_, _| {}).unwrap()
}

#[test]
fn an_event_file_moves_a_whole_event_and_merges_by_uuid() {
    let mut a = demo_store();
    let ospos = a.read().find_event("ospos-for-good-2023").unwrap();
    let original = a.read().schedule(ospos.id).unwrap();
    let text = event_file::export(&original, true);

    // Another machine: everything arrives with the same UUIDs.
    let mut b = Store::open_in_memory().unwrap();
    let r = event_file_import(&mut b, &text, Take::Store);
    assert_eq!(r.created.events, 1);
    assert_eq!(r.created.sessions, original.sessions.len());
    assert_eq!(r.created.people, original.people.len());
    let copy = b.read().schedule(r.event.as_ref().unwrap().id).unwrap();
    assert_eq!(copy.event.uuid, original.event.uuid);
    type Digest = (uuid::Uuid, String, Option<DateTime<Utc>>, usize, usize, usize);
    let strip = |s: &Schedule| -> Vec<Digest> {
        s.sessions
            .iter()
            .map(|x| {
                (
                    x.uuid,
                    x.data.title.clone(),
                    x.data.start,
                    x.data.roles.len(),
                    x.data.items.len(),
                    x.data.tags.len(),
                )
            })
            .collect()
    };
    assert_eq!(strip(&copy), strip(&original));
    assert_eq!(
        copy.people.iter().map(|p| (p.uuid, p.data.clone())).collect::<Vec<_>>(),
        original
            .people
            .iter()
            .map(|p| (p.uuid, p.data.clone()))
            .collect::<Vec<_>>()
    );

    // Importing the same file again changes nothing.
    let r = event_file_import(&mut b, &text, Take::Store);
    assert_eq!(r.created, Default::default());
    assert_eq!(r.updated, Default::default());
    assert!(r.conflicts.is_empty());

    // B changes the session later; A has not touched it: A takes B's version.
    let session = copy.sessions[0].clone();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    b.write(|tx| {
        let mut data = session.data.clone();
        data.subtitle = "Changed on B".into();
        tx.update_session(session.id, &data)
    })
    .unwrap();
    let from_b = event_file::export(&b.read().schedule(copy.event.id).unwrap(), true);
    let r = event_file_import(&mut a, &from_b, Take::Store);
    assert_eq!(r.updated.sessions, 1);
    assert!(r.conflicts.is_empty());
    let a_session = a.read().session_by_uuid(session.uuid).unwrap().unwrap();
    assert_eq!(a_session.data.subtitle, "Changed on B");

    // Both change it: a conflict, reported; the store's version is kept until the user chooses.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    b.write(|tx| {
        let mut data = b_session_data(tx, session.uuid);
        data.title = "Title from B".into();
        tx.update_session(tx.read().session_by_uuid(session.uuid)?.unwrap().id, &data)
    })
    .unwrap();
    let from_b = event_file::export(&b.read().schedule(copy.event.id).unwrap(), true);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    a.write(|tx| {
        let mut data = b_session_data(tx, session.uuid);
        data.title = "Title from A".into();
        tx.update_session(a_session.id, &data)
    })
    .unwrap();
    let r = event_file_import(&mut a, &from_b, Take::Store);
    assert_eq!(r.conflicts.len(), 1, "{r:?}");
    assert!(
        r.conflicts[0].fields.contains(&"title".to_string()),
        "{:?}",
        r.conflicts
    );
    assert_eq!(
        a.read().session_by_uuid(session.uuid).unwrap().unwrap().data.title,
        "Title from A"
    );
    let r = event_file_import(&mut a, &from_b, Take::File);
    assert_eq!(r.conflicts.len(), 1);
    assert_eq!(
        a.read().session_by_uuid(session.uuid).unwrap().unwrap().data.title,
        "Title from B"
    );
}

fn b_session_data(tx: &plenary_core::Tx<'_>, uuid: uuid::Uuid) -> plenary_core::SessionData {
    tx.read().session_by_uuid(uuid).unwrap().unwrap().data
}

#[test]
fn event_files_keep_private_data_out_unless_asked_and_the_cli_reports_conflicts() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    plenary(h).arg("demo").assert().success();
    // Give the demo something private to keep: an e-mail address and a private note.
    {
        let mut store = Store::open(&h.join("data/plenary/plenary.db")).unwrap();
        store
            .write(|tx| {
                let event = tx.read().find_event("ospos-for-good-2023")?;
                let session = tx.read().sessions(event.id)?.remove(0);
                let mut data = session.data.clone();
                data.private_notes = "secret: call the envoy's office first".into();
                let person = tx.read().schedule(event.id)?.people[0].id;
                tx.update_session(session.id, &data)?;
                let mut p = tx.read().person(person)?.data;
                p.email = "envoy@example.org".into();
                tx.update_person(person, &p)
            })
            .unwrap();
    }
    let public = h.join("public.json");
    let private = h.join("private.json");
    plenary(h)
        .args(["export", "event", "--event", "ospos-for-good-2023", "-o"])
        .arg(&public)
        .assert()
        .success();
    plenary(h)
        .args([
            "export",
            "event",
            "--event",
            "ospos-for-good-2023",
            "--include-private",
            "-o",
        ])
        .arg(&private)
        .assert()
        .success();
    let public_file: Value = serde_json::from_str(&std::fs::read_to_string(&public).unwrap()).unwrap();
    let private_file: Value = serde_json::from_str(&std::fs::read_to_string(&private).unwrap()).unwrap();
    assert_eq!(public_file["format"], "plenary-event");
    assert_eq!(public_file["includes_private"], false);
    let emails = |f: &Value| -> usize {
        f["people"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| !p["email"].as_str().unwrap_or("").is_empty())
            .count()
    };
    assert_eq!(emails(&public_file), 0);
    for s in public_file["sessions"].as_array().unwrap() {
        assert_eq!(s["passcode"], "");
        assert_eq!(s["private_notes"], "");
    }
    assert!(
        emails(&private_file) > 0
            || private_file["sessions"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s["private_notes"] != ""),
        "the demo has some private data to carry"
    );
    // A dry run of the same file into the same store: nothing to do.
    let out = plenary(h)
        .args(["import", "event", "--dry-run", "--json"])
        .arg(&private)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let report: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(report["dry_run"], true);
    assert_eq!(report["unchanged"]["events"], 1);
    assert_eq!(report["created"]["sessions"], 0);
    assert_eq!(report["conflicts"].as_array().unwrap().len(), 0);
}

// ---- CSV

#[test]
fn csv_people_import_maps_headers_and_reports_bad_rows() {
    let mut store = Store::open_in_memory().unwrap();
    let text = "Full name;Organization;E-mail address;Shoe size\n\
                Ada Lovelace;Analytical Engines;ada@example.org;38\n\
                ;Nobody;;\n\
                Grace Hopper;US Navy;not-an-email;40\n\
                Linus Torvalds;Linux Foundation;;44\n";
    let options = csv::CsvOptions {
        map: vec![("E-mail address".into(), "email".into())],
        dry_run: false,
    };
    let r = csv::import_people(&mut store, "people.csv", text.as_bytes(), &options, &mut |_, _| {}).unwrap();
    assert_eq!(r.created.people, 2, "{r:?}");
    assert_eq!(r.skipped.len(), 2);
    assert_eq!(r.skipped[0].line, Some(3));
    assert!(r.skipped[0].reason.to_string().contains("name is empty"));
    assert_eq!(r.skipped[1].line, Some(4));
    assert!(r.skipped[1].reason.to_string().contains("email"), "{:?}", r.skipped[1]);
    assert!(r.notes.iter().any(|w| w.remark.to_string().contains("Shoe size")));
    let ada = store.read().find_person("Ada Lovelace").unwrap();
    assert_eq!(ada.data.organisation, "Analytical Engines");
    assert_eq!(ada.data.email, "ada@example.org");
    // Again: the same people are updated or unchanged, never duplicated.
    let r = csv::import_people(&mut store, "people.csv", text.as_bytes(), &options, &mut |_, _| {}).unwrap();
    assert_eq!(r.unchanged.people, 2);
    assert_eq!(store.read().people().unwrap().len(), 2);
    // A mapping to a field that does not exist is a usage error.
    let wrong = csv::CsvOptions {
        map: vec![("Full name".into(), "surname".into())],
        dry_run: false,
    };
    let err = csv::import_people(&mut store, "people.csv", text.as_bytes(), &wrong, &mut |_, _| {}).unwrap_err();
    assert!(err.is_usage() && err.to_string().contains("surname"), "{err}");
}

#[test]
fn csv_columns_show_the_automatic_mapping_and_a_column_can_be_left_out() {
    let text = "Full name;Organization;E-mail;Name;Shoe size\n\
                Ada Lovelace;Analytical Engines;ada@example.org;Ada;38\n";
    let columns = csv::columns("people.csv", text.as_bytes(), csv::PERSON_FIELDS).unwrap();
    let found: Vec<(&str, Option<&str>)> = columns.iter().map(|(h, f)| (h.as_str(), *f)).collect();
    // "Name" comes after a column that already holds the name, so the import leaves it out.
    assert_eq!(
        found,
        [
            ("Full name", Some("name")),
            ("Organization", Some("organisation")),
            ("E-mail", Some("email")),
            ("Name", None),
            ("Shoe size", None),
        ]
    );
    let sessions = csv::columns("s.csv", b"Session,Day,From,Room\n", csv::SESSION_FIELDS).unwrap();
    let fields: Vec<Option<&str>> = sessions.iter().map(|(_, f)| *f).collect();
    assert_eq!(fields, [Some("title"), Some("date"), Some("start"), Some("room")]);
    let err = csv::columns("empty.csv", b"", csv::PERSON_FIELDS).unwrap_err();
    assert!(err.to_string().starts_with("empty.csv:1"), "{err}");

    // The empty field leaves out a column its header would map; what the columns showed is what
    // the import does.
    let mut store = Store::open_in_memory().unwrap();
    let options = csv::CsvOptions {
        map: vec![("Organization".into(), String::new())],
        dry_run: false,
    };
    let r = csv::import_people(&mut store, "people.csv", text.as_bytes(), &options, &mut |_, _| {}).unwrap();
    assert_eq!(r.created.people, 1, "{r:?}");
    assert!(
        r.notes
            .iter()
            .any(|n| n.remark.to_string().contains("\"Organization\"")),
        "{r:?}"
    );
    let ada = store.read().find_person("Ada Lovelace").unwrap();
    assert_eq!(
        (ada.data.organisation.as_str(), ada.data.email.as_str()),
        ("", "ada@example.org")
    );
    // Two columns mapped to one field is a usage error naming both.
    let twice = csv::CsvOptions {
        map: vec![("Full name".into(), "name".into()), ("Name".into(), "name".into())],
        dry_run: true,
    };
    let err = csv::import_people(&mut store, "people.csv", text.as_bytes(), &twice, &mut |_, _| {}).unwrap_err();
    assert!(err.is_usage() && err.to_string().contains("\"Full name\""), "{err}");
}

#[test]
fn csv_sessions_round_trip_and_coverage_matrix() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    plenary(h).arg("demo").assert().success();
    let sessions = h.join("sessions.csv");
    plenary(h)
        .args(["export", "csv-sessions", "--event", "ospos-for-good-2023", "-o"])
        .arg(&sessions)
        .assert()
        .success();
    let text = std::fs::read_to_string(&sessions).unwrap();
    assert!(text.starts_with("uuid,code,title,"), "{text}");
    // Reading the export back changes nothing.
    let out = plenary(h)
        .args(["import", "csv-sessions", "--event", "ospos-for-good-2023", "--json"])
        .arg(&sessions)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let report: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(report["unchanged"]["sessions"], 12, "{report}");
    assert_eq!(report["skipped"].as_array().unwrap().len(), 0, "{report}");

    // A spreadsheet of new sessions, with a mapped header and one bad row.
    let new = h.join("new.csv");
    std::fs::write(
        &new,
        "Session name,Day,From,To,Location,Speaker,Keywords\n\
         Opening,2023-06-21,09:00,09:30,Main hall,Ada Lovelace,sdg:9\n\
         Broken,2023-06-21,25:00,26:00,Main hall,,\n\
         Unknown tag,2023-06-21,10:00,10:30,Main hall,,sdg:99\n",
    )
    .unwrap();
    let out = plenary(h)
        .args([
            "import",
            "csv-sessions",
            "--event",
            "ospos-for-good-2023",
            "--json",
            "--map",
            "Session name=title",
        ])
        .arg(&new)
        .assert()
        // Two rows are skipped: the import had data problems (exit 1), the rest went in.
        .code(1)
        .get_output()
        .stdout
        .clone();
    let report: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(report["created"]["sessions"], 1, "{report}");
    let skipped = report["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 2, "{report}");
    assert_eq!(skipped[0]["line"], 3);
    assert_eq!(skipped[1]["line"], 4);
    assert_eq!(
        skipped[1]["reason"],
        serde_json::json!({"code": "unknown_tag", "tag": "sdg:99"}),
        "{report}"
    );

    let out = plenary(h)
        .args(["export", "coverage", "--event", "wsis-forum-2026"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let coverage = String::from_utf8(out).unwrap();
    let mut rows = coverage.lines();
    let header: Vec<&str> = rows.next().unwrap().split(',').collect();
    assert_eq!(header[..2], ["code", "title"]);
    assert_eq!(
        header.len(),
        2 + 17 + 19 + 5,
        "every SDG, WSIS Action Line (with C7's sub-lines) and GDC objective"
    );
    assert!(header.contains(&"wsis:C7.e-health") && header.contains(&"gdc:5"));
    assert!(coverage.lines().last().unwrap().starts_with(",sessions,"));
}

#[test]
fn the_cli_lists_conflicts_exits_1_and_takes_a_choice() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (a, b) = (a.path(), b.path());
    let file = a.join("event.json");
    plenary(a).arg("demo").assert().success();
    plenary(a)
        .args(["export", "event", "--event", "ospos-for-good-2023", "-o"])
        .arg(&file)
        .assert()
        .success();
    plenary(b).args(["import", "event"]).arg(&file).assert().success();
    let retitle = |home: &Path, title: &str| -> uuid::Uuid {
        let mut store = Store::open(&home.join("data/plenary/plenary.db")).unwrap();
        store
            .write(|tx| {
                let event = tx.read().find_event("ospos-for-good-2023")?;
                let session = tx.read().sessions(event.id)?.remove(0);
                let mut data = session.data.clone();
                data.title = title.into();
                tx.update_session(session.id, &data)?;
                Ok(session.uuid)
            })
            .unwrap()
    };
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let uuid = retitle(b, "Retitled on B");
    let from_b = b.join("from-b.json");
    plenary(b)
        .args(["export", "event", "--event", "ospos-for-good-2023", "-o"])
        .arg(&from_b)
        .assert()
        .success();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    retitle(a, "Retitled on A");

    // The same file with one more session that the store refuses (its end before its start):
    // the import both skips a record and has a conflict, and says both (a dry run, so the
    // steps below see the store unchanged).
    let broken = b.join("from-b-broken.json");
    let mut doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&from_b).unwrap()).unwrap();
    let mut extra = doc["sessions"][0].clone();
    extra["uuid"] = serde_json::json!(uuid::Uuid::new_v4());
    extra["title"] = serde_json::json!("Ends before it starts");
    extra["end"] = extra["start"].clone();
    extra["start"] = serde_json::json!("2023-11-01T12:00:00Z");
    doc["sessions"].as_array_mut().unwrap().push(extra);
    std::fs::write(&broken, serde_json::to_vec(&doc).unwrap()).unwrap();
    let out = plenary(a)
        .args(["import", "event", "--dry-run"])
        .arg(&broken)
        .assert()
        .code(1)
        .get_output()
        .clone();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(stdout.contains("conflicts 1"), "{stdout}");
    assert!(
        stdout.trim_end().lines().last().unwrap().starts_with("1 of ")
            && stdout.contains("skipped, each with its reason above"),
        "{stdout}"
    );
    assert!(
        stderr.contains("1 sessions were changed on both sides") && stderr.contains("--take file"),
        "{stderr}"
    );

    let out = plenary(a)
        .args(["import", "event"])
        .arg(&from_b)
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("conflicts 1") && stdout.contains(&uuid.to_string()),
        "{stdout}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("--take file"));
    let title = || {
        let store = Store::open(&a.join("data/plenary/plenary.db")).unwrap();
        let session = store.read().session_by_uuid(uuid).unwrap().unwrap();
        session.data.title
    };
    assert_eq!(title(), "Retitled on A");
    plenary(a)
        .args(["import", "event", "--choose", &format!("{uuid}=file")])
        .arg(&from_b)
        .assert()
        .success();
    assert_eq!(title(), "Retitled on B");
}

// ---- issue 10: nothing lost, times never silently wrong, conference days past midnight

/// Every frab XML/JSON file the tests have: the fixtures and the frab cases.
fn frab_files() -> Vec<String> {
    let mut files = Vec::new();
    for dir in ["frab-xml", "schedule-json", "cases"] {
        let mut stack = vec![fixtures_dir().join(dir)];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "xml" || e == "json") {
                    let rel = path.strip_prefix(fixtures_dir()).unwrap();
                    files.push(rel.to_string_lossy().into_owned());
                }
            }
        }
    }
    files.sort();
    files
}

/// Events in a frab file, counted without Plenary's parser: `<event` start tags in XML (frab has
/// no other element of that name, and text holds `<` only escaped); in JSON, the entries of
/// every `days[].rooms` list and of schedule2's top-level `events`.
fn events_in_file(rel: &str, bytes: &[u8]) -> usize {
    if rel.ends_with(".xml") {
        let text = String::from_utf8_lossy(bytes);
        return text.matches("<event ").count() + text.matches("<event>").count();
    }
    let v: Value = serde_json::from_slice(bytes).unwrap();
    let s = &v["schedule"];
    let in_days: usize = s["conference"]["days"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|d| d["rooms"].as_object().into_iter().flatten())
        .map(|(_, events)| events.as_array().map_or(0, Vec::len))
        .sum();
    in_days + s["events"].as_array().map_or(0, Vec::len)
}

#[test]
fn every_event_of_every_frab_file_is_accounted_for() {
    let files = frab_files();
    assert!(files.len() >= 11, "{files:?}");
    for rel in files {
        let bytes = std::fs::read(fixture(&rel)).unwrap();
        let expected = events_in_file(&rel, &bytes);
        assert!(expected > 0, "{rel}: no events counted");
        let mut store = Store::open_in_memory().unwrap();
        let run = |store: &mut Store, zone: Option<&str>| {
            let options = FrabOptions {
                timezone: zone.map(str::to_string),
                dry_run: false,
            };
            frab::import(store, &rel, &bytes, &options, &mut |_, _| {})
        };
        // A file without a zone is asked for one; give the programme's (UTC when unknown).
        let zone = match rel.as_str() {
            r if r.contains("36c3") => "Europe/Berlin",
            r if r.contains("fosdem") => "Europe/Brussels",
            r if r.contains("04-utc-offset") => "Asia/Taipei",
            _ => "UTC",
        };
        let report = match run(&mut store, None) {
            Err(plenary_interchange::ImportError::NeedsTimezone { .. }) => run(&mut store, Some(zone)),
            other => other,
        }
        .unwrap_or_else(|e| panic!("{rel}: {e}"));
        assert_eq!(report.records, expected, "{rel}: records in the report");
        let accounted =
            report.created.sessions + report.updated.sessions + report.unchanged.sessions + report.skipped.len();
        assert_eq!(
            accounted,
            expected,
            "{rel}: created {} + updated {} + unchanged {} + skipped {} ≠ {expected} events in the file",
            report.created.sessions,
            report.updated.sessions,
            report.unchanged.sessions,
            report.skipped.len()
        );
        for s in &report.skipped {
            assert!(!s.reason.to_string().is_empty(), "{rel}: {s:?}");
            if rel.ends_with(".xml") {
                assert!(s.line.is_some(), "{rel}: a skipped XML event names its line: {s:?}");
            }
        }
    }
}

/// Every frab fixture and case imported twice into one store: the second import finds every
/// session again and changes none (updates replace, never duplicate; times read as the first
/// import read them).
#[test]
fn every_frab_file_imported_twice_changes_nothing_the_second_time() {
    let mut store = Store::open_in_memory().unwrap();
    let (mut seen, mut found_again) = (0, 0);
    for rel in frab_files() {
        let bytes = std::fs::read(fixture(&rel)).unwrap();
        let zone = match rel.as_str() {
            r if r.contains("36c3") => "Europe/Berlin",
            r if r.contains("fosdem") => "Europe/Brussels",
            r if r.contains("04-utc-offset") => "Asia/Taipei",
            _ => "UTC",
        };
        let run = |store: &mut Store| {
            let mut options = FrabOptions {
                timezone: None,
                dry_run: false,
            };
            match frab::import(store, &rel, &bytes, &options, &mut |_, _| {}) {
                Err(plenary_interchange::ImportError::NeedsTimezone { .. }) => {
                    options.timezone = Some(zone.to_string());
                    frab::import(store, &rel, &bytes, &options, &mut |_, _| {})
                }
                other => other,
            }
            .unwrap_or_else(|e| panic!("{rel}: {e}"))
        };
        let first = run(&mut store);
        let second = run(&mut store);
        let changed = |r: &ImportReport| (r.created.events, r.created.sessions, r.updated.sessions);
        assert_eq!(changed(&second), (0, 0, 0), "{rel}: second import {:#?}", second.notes);
        assert_eq!(
            second.unchanged.sessions,
            first.created.sessions + first.updated.sessions + first.unchanged.sessions,
            "{rel}"
        );
        assert_eq!(second.skipped.len(), first.skipped.len(), "{rel}");
        seen += 1;
        found_again += second.unchanged.sessions;
    }
    assert!(seen >= 11, "{seen} files");
    // 36C3, FOSDEM 2021 and 38C3 alone hold 1351 + 773 + 1007 sessions (3257 found in all).
    assert!(found_again >= 3131, "{found_again} sessions found again");
}

#[test]
fn case_02_pretalx_durations_of_a_day_or_more() {
    let rome = |s: &str| -> Option<DateTime<Utc>> {
        let local = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        Some(
            local
                .and_local_timezone(chrono_tz::Europe::Rome)
                .single()
                .unwrap()
                .with_timezone(&Utc),
        )
    };
    let mut store = Store::open_in_memory().unwrap();
    let r = frab_import(&mut store, "cases/02-pretalx-day-duration/schedule.xml", None);
    assert!(r.skipped.is_empty(), "{:?}", r.skipped);
    let s = schedule(&store, &r);
    let hackathon = session_by_code(&s, "AAA102");
    assert_eq!(hackathon.data.start, rome("2026-10-02 12:00"));
    assert_eq!(hackathon.data.end, rome("2026-10-03 12:00"));
    let ctf = session_by_code(&s, "AAA103");
    assert_eq!(ctf.data.start, rome("2026-10-02 17:00"));
    assert_eq!(ctf.data.end, rome("2026-10-03 19:30"));
    let opening = session_by_code(&s, "AAA101");
    assert_eq!(opening.data.end, rome("2026-10-02 11:40"));
    assert!(
        r.notes
            .iter()
            .any(|n| n.remark.to_string().contains("read as D:HH:MM") && n.remark.to_string().contains("pretalx")),
        "{:?}",
        r.notes
    );

    // JSON (no generator named): the minutes field is not zero, so D:HH:MM.
    let r = frab_import(&mut store, "cases/02-pretalx-day-duration/schedule.json", None);
    let s = schedule(&store, &r);
    let ctf = session_by_code(&s, "CCC301");
    assert_eq!(ctf.data.start, rome("2026-10-02 17:00"));
    assert_eq!(ctf.data.end, rome("2026-10-03 19:30"));
    assert!(
        r.notes.iter().any(|n| n.remark.to_string().contains("D:HH:MM")),
        "{:?}",
        r.notes
    );

    // The runaway value is refused with its line and the reason; the event keeps its 3 days.
    let mut store = Store::open_in_memory().unwrap();
    let r = frab_import(&mut store, "cases/02-pretalx-day-duration/schedule-runaway.xml", None);
    assert_eq!(r.created.sessions, 2);
    assert_eq!(r.skipped.len(), 1, "{:?}", r.skipped);
    assert_eq!(r.skipped[0].line, Some(45));
    assert!(
        r.skipped[0].reason.to_string().contains("6944:11:40"),
        "{:?}",
        r.skipped
    );
    assert!(
        r.skipped[0].reason.to_string().contains("past the conference"),
        "{:?}",
        r.skipped
    );
    let s = schedule(&store, &r);
    assert_eq!(
        (s.event.data.start_date.to_string(), s.event.data.end_date.to_string()),
        ("2026-10-02".into(), "2026-10-04".into())
    );
}

#[test]
fn case_04_a_wrong_offset_in_date_gives_way_to_start_in_the_known_zone() {
    let mut store = Store::open_in_memory().unwrap();
    let r = frab_import(
        &mut store,
        "cases/04-utc-offset-wrong-zone/schedule.xml",
        Some("Asia/Taipei"),
    );
    let s = schedule(&store, &r);
    let opening = session_by_code(&s, "1");
    assert_eq!(opening.data.start, utc("2018-07-28T01:00:00Z"));
    assert_eq!(opening.data.end, utc("2018-07-28T01:45:00Z"));
    let bof = session_by_code(&s, "2");
    assert_eq!(bof.data.start, utc("2018-07-28T06:00:00Z"));
    assert_eq!(bof.data.end, utc("2018-07-28T07:00:00Z"));
    let note = r
        .notes
        .iter()
        .find(|n| n.remark.to_string().contains("read as <start> in Asia/Taipei"))
        .unwrap_or_else(|| panic!("the report says which reading was used: {:?}", r.notes));
    assert!(note.remark.to_string().starts_with("2 sessions"), "{}", note.remark);
    assert!(note.remark.to_string().contains("+00:00"), "{}", note.remark);
}

/// `<day ` elements of a frab XML text.
fn frab_days(xml: &str) -> Vec<String> {
    xml.match_indices("<day ")
        .map(|(i, _)| {
            let rest = &xml[i..];
            let date = rest.find("date=\"").map(|d| &rest[d + 6..d + 16]).unwrap_or("");
            date.to_string()
        })
        .collect()
}

#[test]
fn conference_days_that_run_past_midnight_survive_export_and_import() {
    let input = std::fs::read_to_string(fixture("frab-xml/giggity_36c3_merged.xml")).unwrap();
    let input_days = frab_days(&input);
    assert_eq!(input_days, ["2019-12-27", "2019-12-28", "2019-12-29", "2019-12-30"]);

    let mut store = Store::open_in_memory().unwrap();
    let r = frab_import(&mut store, "frab-xml/giggity_36c3_merged.xml", Some("Europe/Berlin"));
    assert!(
        r.notes
            .iter()
            .any(|n| n.remark.to_string().contains("conference days begin at 06:00")),
        "{:?}",
        r.notes
    );
    let s = schedule(&store, &r);
    assert_eq!(s.event.data.day_change.to_string(), "06:00:00");
    assert_eq!(
        (s.event.data.start_date.to_string(), s.event.data.end_date.to_string()),
        ("2019-12-27".into(), "2019-12-30".into())
    );

    // Export: the same four days, each session in the day the file put it in.
    let xml = frab::to_xml(&s).unwrap();
    assert_eq!(frab_days(&xml.text), input_days);
    // Every scheduled session is in a day (one of 36C3's lasts no time and waits in the tray).
    assert!(
        xml.omitted.iter().all(|o| o.to_string().contains("not scheduled")),
        "{:?}",
        xml.omitted
    );
    let scheduled = s.sessions.iter().filter(|x| x.data.start.is_some()).count();
    assert_eq!(scheduled, s.sessions.len() - 1);
    assert_eq!(xml.text.matches("<event ").count(), scheduled);
    assert!(
        xml.text
            .contains(r#"<day index="1" date="2019-12-27" start="2019-12-27T06:00:00+01:00""#),
        "{}",
        &xml.text[..2000]
    );
    // Still valid against the c3voc schemas with conference days past midnight.
    let dir = tempfile::tempdir().unwrap();
    let (xml_path, json_path) = (dir.path().join("36c3.xml"), dir.path().join("36c3.json"));
    std::fs::write(&xml_path, &xml.text).unwrap();
    std::fs::write(&json_path, frab::to_json(&s).unwrap().text).unwrap();
    if tool("xmllint", &["--version"], "the apt package libxml2-utils") {
        xmllint(&xml_path);
    }
    if tool("python3", &["-c", "import jsonschema"], "the pip package jsonschema") {
        json_schema(&json_path, "schedule.schema.json");
    }
    let json: Value = serde_json::from_str(&frab::to_json(&s).unwrap().text).unwrap();
    assert_eq!(json["schedule"]["conference"]["days"].as_array().unwrap().len(), 4);
    assert_eq!(json["schedule"]["conference"]["daysCount"], 4);
    // A session at 01:00 on 28 December is in the first day.
    let night = s
        .sessions
        .iter()
        .find(|x| {
            x.data
                .start
                .is_some_and(|t| t.to_rfc3339() == "2019-12-28T00:00:00+00:00")
        })
        .expect("a session at 01:00 after the first day");
    let first_day = &xml.text[..xml.text.find(r#"<day index="2""#).unwrap()];
    assert!(first_day.contains(&night.uuid.to_string()), "{}", night.data.title);

    // Re-import of the export (XML and JSON) into a fresh store keeps the day change and days.
    for (name, text) in [
        ("36c3.xml", xml.text.clone()),
        ("36c3.json", frab::to_json(&s).unwrap().text),
    ] {
        let mut fresh = Store::open_in_memory().unwrap();
        let back = frab::import(
            &mut fresh,
            name,
            text.as_bytes(),
            &FrabOptions::default(),
            &mut |_, _| {},
        )
        .unwrap();
        assert!(back.skipped.is_empty(), "{name}: {:?}", back.skipped);
        let t = schedule(&fresh, &back);
        assert_eq!(t.event.data.day_change.to_string(), "06:00:00", "{name}");
        assert_eq!(t.event.data.end_date.to_string(), "2019-12-30", "{name}");
        assert_eq!(frab_days(&frab::to_xml(&t).unwrap().text), input_days, "{name}");
    }

    // The event file carries it too.
    let file = event_file::export(&s, false);
    let mut other = Store::open_in_memory().unwrap();
    let back = event_file_import(&mut other, &file, Take::Store);
    let t = schedule(&other, &back);
    assert_eq!(t.event.data.day_change.to_string(), "06:00:00");
    assert_eq!(frab_days(&frab::to_xml(&t).unwrap().text), input_days);
}

#[test]
fn an_event_file_with_absurd_dates_is_refused_naming_the_field_and_bad_links_cost_only_the_link() {
    let store = demo_store();
    let ospos = store.read().find_event("ospos-for-good-2023").unwrap();
    let original = store.read().schedule(ospos.id).unwrap();
    let mut file: Value = serde_json::from_str(&event_file::export(&original, false)).unwrap();

    let mut absurd = file.clone();
    absurd["event"]["end_date"] = Value::String("+262142-12-31".into());
    let mut fresh = Store::open_in_memory().unwrap();
    let options = EventFileOptions::default();
    let text = absurd.to_string();
    let err = event_file::import(&mut fresh, "far.json", text.as_bytes(), &options, &mut |_, _| {}).unwrap_err();
    let message = err.to_string();
    assert!(message.starts_with("far.json"), "{message}");
    assert!(message.contains("end_date"), "{message}");
    assert!(fresh.read().events().unwrap().is_empty());

    // A javascript: link and a data: join link are dropped with a note; the session stays.
    let with_people = file["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .position(|s| s["people"].as_array().is_some_and(|p| !p.is_empty()))
        .unwrap();
    let session = &mut file["sessions"][with_people];
    session["links"] = serde_json::json!([
        {"label": "x", "url": "javascript:alert(1)"},
        {"label": "ok", "url": "https://example.org/"}
    ]);
    session["join_url"] = Value::String("data:text/html,<script>alert(1)</script>".into());
    let person = session["people"][0].clone();
    session["people"].as_array_mut().unwrap().push(person);
    let title = session["title"].as_str().unwrap().to_string();
    let r = event_file_import(&mut fresh, &file.to_string(), Take::Store);
    assert!(r.skipped.is_empty(), "{:?}", r.skipped);
    assert_eq!(r.created.sessions, original.sessions.len());
    let notes: Vec<String> = r.notes.iter().map(|n| n.remark.to_string()).collect();
    assert!(
        notes
            .iter()
            .any(|n| n.contains("javascript:alert(1)") && n.contains("left out")),
        "{notes:?}"
    );
    assert!(
        notes.iter().any(|n| n.contains("join_url") && n.contains("data:")),
        "{notes:?}"
    );
    assert!(notes.iter().any(|n| n.contains("named more than once")), "{notes:?}");
    let s = schedule(&fresh, &r);
    let kept = s.sessions.iter().find(|x| x.data.title == title).unwrap();
    assert_eq!(kept.data.links.len(), 1);
    assert_eq!(kept.data.join_url, None);
}

#[test]
fn unsafe_frab_links_and_repeated_people_cost_the_link_or_the_repeat_with_a_note() {
    let xml = std::fs::read_to_string(fixture("cases/02-pretalx-day-duration/schedule.xml"))
        .unwrap()
        .replace(
            "<language>en</language>",
            "<language>en</language><links><link href=\"javascript:alert(1)\">x</link><link href=\"https://example.org/a\">ok</link></links>",
        )
        .replace(
            "<persons><person id='1'>Orga Team</person></persons>",
            "<persons><person id='1'>Orga Team</person><person id='1'>Orga Team</person></persons>",
        );
    let mut store = Store::open_in_memory().unwrap();
    let r = frab::import(
        &mut store,
        "links.xml",
        xml.as_bytes(),
        &FrabOptions::default(),
        &mut |_, _| {},
    )
    .unwrap();
    assert_eq!(r.created.sessions, 3);
    assert!(r.skipped.is_empty(), "{:?}", r.skipped);
    let notes: Vec<String> = r.notes.iter().map(|n| n.remark.to_string()).collect();
    assert!(
        notes
            .iter()
            .any(|n| n.contains("3 links were left out") && n.contains("javascript:alert(1)")),
        "{notes:?}"
    );
    assert!(
        notes
            .iter()
            .any(|n| n.contains("\"Orga Team\" is named more than once as speaker")),
        "{notes:?}"
    );
    let s = schedule(&store, &r);
    let opening = session_by_code(&s, "AAA101");
    assert_eq!(opening.data.links.len(), 1);
    assert_eq!(opening.data.roles.len(), 1);
}
