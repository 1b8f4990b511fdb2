//! The `plenary` binary on a temporary data folder: commands, JSON shapes and exit codes.

use std::path::Path;

use plenary_core::Store;
use serde_json::Value;

use crate::support::plenary;

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out).expect("valid JSON")
}

fn run_ok(home: &std::path::Path, args: &[&str]) -> String {
    let out = plenary(home).args(args).assert().success().get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn demo_goes_into_the_default_store_in_the_data_folder() {
    let home = tempfile::tempdir().unwrap();
    run_ok(home.path(), &["demo"]);
    assert!(home.path().join("data/plenary/plenary.db").exists());
    let out = plenary(home.path())
        .args(["events", "list", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let events = json(&out);
    let events = events.as_array().unwrap();
    assert_eq!(events.len(), 3);
    for key in [
        "id",
        "slug",
        "title",
        "timezone",
        "start_date",
        "end_date",
        "sessions",
        "rooms",
    ] {
        assert!(events[0].get(key).is_some(), "events list --json has {key}");
    }
    let wsis = events.iter().find(|e| e["slug"] == "wsis-forum-2026").unwrap();
    assert_eq!(wsis["timezone"], "Europe/Zurich");
    assert_eq!(wsis["start_date"], "2026-07-10");
    assert_eq!(wsis["sessions"], 1);
    assert_eq!(wsis["rooms"], 1);
    // Loading again adds nothing.
    assert!(run_ok(home.path(), &["demo"]).contains("already loaded"));
}

#[test]
fn event_show_prints_local_times_and_roles() {
    let home = tempfile::tempdir().unwrap();
    run_ok(home.path(), &["demo"]);
    let text = run_ok(home.path(), &["event", "show", "ospos-for-good-2023"]);
    assert!(text.contains("2023-06-21"), "{text}");
    assert!(text.contains("10:30–11:00"), "{text}");
    assert!(text.contains("Master of ceremonies: Paula Grzegorzewska"), "{text}");
    assert!(text.contains("Keynote speaker"), "{text}");
    let out = plenary(home.path())
        .args(["event", "show", "wsis-forum-2026", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let schedule = json(&out);
    let session = &schedule["sessions"][0];
    assert_eq!(session["code"], "231");
    assert_eq!(session["start"], "2026-07-10T07:00:00Z");
    assert_eq!(session["participation"], "hybrid");
    assert_eq!(schedule["rooms"][0]["name"], "Room K");
}

#[test]
fn build_an_event_by_hand() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    run_ok(
        h,
        &[
            "event",
            "create",
            "--slug",
            "osw-2027",
            "--title",
            "UN Open Source Week 2027",
            "--timezone",
            "America/New_York",
            "--start",
            "2027-06-21",
            "--end",
            "2027-06-25",
            "--organiser",
            "UN OICT",
        ],
    );
    run_ok(h, &["venue", "add", "--event", "osw-2027", "--name", "UN Headquarters"]);
    run_ok(
        h,
        &[
            "room",
            "add",
            "--event",
            "osw-2027",
            "--name",
            "Conference Room 4",
            "--capacity",
            "200",
            "--stream",
        ],
    );
    run_ok(
        h,
        &[
            "room",
            "add",
            "--event",
            "osw-2027",
            "--name",
            "Online",
            "--virtual",
            "--join-url",
            "https://meet.example.org/x",
        ],
    );
    run_ok(
        h,
        &[
            "person",
            "add",
            "--name",
            "Amandeep Singh Gill",
            "--honorific",
            "Mr.",
            "--email",
            "a@example.org",
        ],
    );
    run_ok(
        h,
        &[
            "session",
            "add",
            "--event",
            "osw-2027",
            "--title",
            "DPI Day opening",
            "--code",
            "1",
            "--kind",
            "plenary",
            "--start",
            "2027-06-23 10:00",
            "--end",
            "2027-06-23 11:00",
            "--room",
            "Conference Room 4",
            "--participation",
            "hybrid",
            "--join-url",
            "https://meet.example.org/dpi",
        ],
    );
    run_ok(
        h,
        &[
            "role",
            "add",
            "--event",
            "osw-2027",
            "--session",
            "1",
            "--person",
            "Amandeep Singh Gill",
            "--role",
            "keynote_speaker",
        ],
    );
    run_ok(h, &["tag", "add", "--event", "osw-2027", "--session", "1", "sdg:9"]);
    run_ok(
        h,
        &[
            "session",
            "item",
            "--event",
            "osw-2027",
            "--session",
            "1",
            "--title",
            "Welcome",
            "--minutes",
            "5",
        ],
    );
    let moved = run_ok(
        h,
        &[
            "session",
            "move",
            "--event",
            "osw-2027",
            "--session",
            "1",
            "--start",
            "2027-06-23 14:00",
            "--room",
            "Online",
        ],
    );
    assert!(moved.contains("revision 1"), "{moved}");

    let out = plenary(h)
        .args(["session", "show", "--event", "osw-2027", "--session", "1", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let s = json(&out);
    // 14:00 EDT = 18:00 UTC; the length (1 h) is kept by a move.
    assert_eq!(s["start"], "2027-06-23T18:00:00Z");
    assert_eq!(s["end"], "2027-06-23T19:00:00Z");
    assert_eq!(s["roles"][0]["role"], "keynote_speaker");
    assert_eq!(s["items"][0]["minutes"], 5);
    assert_eq!(s["tags"].as_array().unwrap().len(), 1);
    assert_eq!(s["revision"], 1);

    let who = run_ok(h, &["person", "show", "--person", "Amandeep Singh Gill"]);
    assert!(who.contains("2027-06-23 14:00–15:00 (America/New_York)"), "{who}");
    assert!(who.contains("Keynote speaker"), "{who}");
}

#[test]
fn bad_input_exits_1_names_the_field_and_changes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    run_ok(h, &["demo"]);
    let before = run_ok(h, &["event", "show", "wsis-forum-2026", "--json"]);
    let cases: [&[&str]; 4] = [
        // End before start.
        &[
            "session",
            "add",
            "--event",
            "wsis-forum-2026",
            "--title",
            "X",
            "--start",
            "2026-07-10 10:00",
            "--end",
            "2026-07-10 09:00",
        ],
        // Outside the event's days.
        &[
            "session",
            "move",
            "--event",
            "wsis-forum-2026",
            "--session",
            "231",
            "--start",
            "2026-07-11 09:00",
        ],
        // A time the clocks skip (Geneva, 29 March 2026 02:30) is outside the event too, but the
        // gap is what is reported.
        &[
            "session",
            "move",
            "--event",
            "wsis-forum-2026",
            "--session",
            "231",
            "--start",
            "2026-03-29 02:30",
        ],
        // An unknown zone.
        &["event", "edit", "wsis-forum-2026", "--timezone", "Europe/Geneva"],
    ];
    let fields = ["session end", "session start", "does not exist", "timezone"];
    for (args, field) in cases.iter().zip(fields) {
        let out = plenary(h).args(*args).assert().code(1).get_output().stderr.clone();
        let err = String::from_utf8(out).unwrap();
        assert!(err.contains(field), "{args:?}: {err}");
    }
    assert_eq!(run_ok(h, &["event", "show", "wsis-forum-2026", "--json"]), before);
}

#[test]
fn usage_and_io_errors_exit_2() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    plenary(h).args(["event", "show", "no-such-event"]).assert().code(2);
    plenary(h).args(["events", "frobnicate"]).assert().code(2);
    let not_a_db = h.join("notes.txt");
    std::fs::write(
        &not_a_db,
        "not a database, just words, long enough to have a header......",
    )
    .unwrap();
    plenary(h)
        .args(["--db", not_a_db.to_str().unwrap(), "events", "list"])
        .assert()
        .code(2);
    plenary(h).args(["event", "delete", "x"]).assert().code(2);
}

#[test]
fn help_shows_examples() {
    let home = tempfile::tempdir().unwrap();
    let help = run_ok(home.path(), &["--help"]);
    assert!(help.contains("Examples:"), "{help}");
    assert!(help.contains("plenary demo"), "{help}");
}

#[test]
fn db_flag_overrides_the_default_store() {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("elsewhere/my.db");
    run_ok(home.path(), &["--db", db.to_str().unwrap(), "demo"]);
    assert!(db.exists());
    assert!(!home.path().join("data/plenary/plenary.db").exists());
}

#[test]
fn duplicate_as_next_year() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    run_ok(h, &["demo"]);
    let out = run_ok(h, &["event", "duplicate", "un-open-source-week-2026"]);
    assert!(out.contains("UN Open Source Week 2027"), "{out}");
    // 22 June 2026 is a Monday; so is 21 June 2027.
    assert!(out.contains("2027-06-21 to 2027-06-25"), "{out}");
}

#[test]
fn availability_windows_are_kept_and_checked() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    run_ok(
        h,
        &[
            "person",
            "add",
            "--name",
            "Ana",
            "--available",
            "2027-06-23T09:00-04:00/2027-06-23T17:00-04:00",
        ],
    );
    let out = plenary(h)
        .args(["person", "list", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let people = json(&out);
    assert_eq!(people[0]["availability"][0]["start"], "2027-06-23T13:00:00Z");
    let err = plenary(h)
        .args([
            "person",
            "edit",
            "--person",
            "Ana",
            "--available",
            "2027-06-23T17:00-04:00/2027-06-23T09:00-04:00",
        ])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8(err).unwrap().contains("availability[0].end"));
}

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    let home = tempfile::tempdir().unwrap();
    run_ok(home.path(), &["demo"]);
    // Like `plenary export ics … | head -1`: the reading end is closed before the command
    // writes, so its first write meets a closed pipe.
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("plenary"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_CACHE_HOME", home.path().join("cache"))
        .args(["export", "ics", "--event", "ospos-for-good-2023"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// Adds an event with the given days straight into the store file, as a store written by hand or
/// by an older Plenary may hold one (the store's validation refuses such days).
fn insert_raw_event(db: &std::path::Path, slug: &str, start: &str, end: &str) {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.execute(
        "INSERT INTO events (uuid, slug, title, timezone, start_date, end_date) VALUES (?1, ?2, 'Absurd', ?3, ?4, ?5)",
        [&uuid::Uuid::new_v4().to_string(), slug, "America/New_York", start, end],
    )
    .unwrap();
}

#[test]
fn absurd_event_days_are_refused_and_no_command_panics_on_a_stored_one() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let db = h.join("plenary.db");
    let db_arg = db.to_str().unwrap();
    run_ok(h, &["--db", db_arg, "demo"]);
    // `event create` refuses days outside 1900–2200, naming the field.
    for (end, message) in [
        (
            "+262142-12-31",
            "event end_date: +262142-12-31 is outside the years Plenary plans in (1900–2200)",
        ),
        ("2201-01-01", "event end_date: 2201-01-01 is outside"),
        ("2027-07-10", "event end_date: an event may last at most a year"),
    ] {
        let out = plenary(h)
            .args(["--db", db_arg, "event", "create", "--slug", "far", "--title", "Far"])
            .args(["--timezone", "Europe/Zurich", "--start", "2026-07-06", "--end", end])
            .assert()
            .code(1)
            .get_output()
            .stderr
            .clone();
        assert!(
            String::from_utf8_lossy(&out).contains(message),
            "{end}: {}",
            String::from_utf8_lossy(&out)
        );
    }
    // A store may already hold such events: nothing panics on them.
    insert_raw_event(&db, "far-end", "2026-07-06", "+262142-12-31");
    insert_raw_event(&db, "far-start", "+262142-12-30", "+262142-12-31");
    insert_raw_event(&db, "far-back", "-262143-01-01", "2026-01-01");
    let refused: &[&[&str]] = &[
        &["check", "--event"],
        &["slots", "--duration", "45m", "--event"],
        &[
            "session",
            "add",
            "--title",
            "X",
            "--start",
            "2026-07-07 10:00",
            "--end",
            "2026-07-07 11:00",
            "--event",
        ],
        &["export", "frab-xml", "--event"],
        &["export", "frab-json", "--event"],
        &["export", "ics", "--event"],
        &["event", "duplicate", "--start", "2027-07-05"],
        &["event", "duplicate"],
    ];
    let shown: &[&[&str]] = &[
        &["event", "show"],
        &["session", "list", "--event"],
        &["export", "event", "--event"],
        &["export", "csv-sessions", "--event"],
    ];
    for (slug, field) in [
        ("far-end", "event end_date: +262142-12-31"),
        ("far-start", "event start_date: +262142-12-30"),
        ("far-back", "event start_date: -262143-01-01"),
    ] {
        for args in refused {
            let out = plenary(h)
                .args(["--db", db_arg])
                .args(*args)
                .arg(slug)
                .output()
                .unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{slug} {args:?}: {err}");
            assert!(
                err.contains(field) && err.contains("outside the years"),
                "{slug} {args:?}: {err}"
            );
        }
        for args in shown {
            let out = plenary(h)
                .args(["--db", db_arg])
                .args(*args)
                .arg(slug)
                .output()
                .unwrap();
            assert_eq!(
                out.status.code(),
                Some(0),
                "{slug} {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    // Correcting the days makes the event usable again.
    run_ok(h, &["--db", db_arg, "event", "edit", "far-end", "--end", "2026-07-08"]);
    run_ok(h, &["--db", db_arg, "check", "--event", "far-end"]);
}

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn an_import_that_skips_records_exits_1_and_says_so_last() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    run_ok(h, &["demo"]);
    let csv = h.join("sessions.csv");
    std::fs::write(
        &csv,
        "title,date,start,end\nOpening,2023-06-21,09:00,09:30\nBroken,2023-06-21,25:00,26:00\n",
    )
    .unwrap();
    let import = |extra: &[&str]| {
        plenary(h)
            .args(["import", "csv-sessions", "--event", "ospos-for-good-2023"])
            .args(extra)
            .arg(&csv)
            .output()
            .unwrap()
    };
    for extra in [&["--dry-run"][..], &[]] {
        let out = import(extra);
        assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
        let text = String::from_utf8(out.stdout).unwrap();
        let last = text.lines().last().unwrap();
        let rest = if extra.is_empty() {
            "the rest was imported"
        } else {
            "the rest would be imported (dry run)"
        };
        assert_eq!(
            last,
            format!("1 of 2 rows skipped, each with its reason above; {rest}. Exit status 1.")
        );
    }
    // Under --json standard output stays one JSON document; the line goes to standard error.
    let out = import(&["--json"]);
    assert_eq!(out.status.code(), Some(1));
    let report = json(&out.stdout);
    assert_eq!(report["skipped"].as_array().unwrap().len(), 1, "{report}");
    assert!(stderr_of(&out).contains("1 of 2 rows skipped"), "{}", stderr_of(&out));
    // A file without problems still exits 0.
    std::fs::write(&csv, "title,date,start,end\nClosing,2023-06-21,17:00,17:30\n").unwrap();
    assert_eq!(import(&[]).status.code(), Some(0));
}

#[test]
fn a_time_in_a_dst_fold_says_which_instant_was_taken() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    run_ok(
        h,
        &[
            "event",
            "create",
            "--slug",
            "autumn",
            "--title",
            "Autumn",
            "--timezone",
            "Europe/Zurich",
            "--start",
            "2026-10-24",
            "--end",
            "2026-10-26",
        ],
    );
    let out = plenary(h)
        .args(["session", "add", "--event", "autumn", "--title", "Night owls"])
        .args(["--start", "2026-10-25 02:30", "--end", "2026-10-25 03:30"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let note = stderr_of(&out);
    assert!(
        note.contains("session start: 2026-10-25 02:30 happens twice in Europe/Zurich")
            && note.contains("took the first, 02:30 (UTC+02:00, 00:30 UTC)")
            && note.contains("The other is 02:30 (UTC+01:00, 01:30 UTC)"),
        "{note}"
    );
    let session = json(run_ok(h, &["session", "show", "--event", "autumn", "--session", "1", "--json"]).as_bytes());
    assert_eq!(session["start"], "2026-10-25T00:30:00Z");
    let out = plenary(h)
        .args(["session", "move", "--event", "autumn", "--session", "1", "--later"])
        .args(["--start", "2026-10-25 02:30"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("took the second, 02:30 (UTC+01:00, 01:30 UTC)"),
        "{}",
        stderr_of(&out)
    );
    let session = json(run_ok(h, &["session", "show", "--event", "autumn", "--session", "1", "--json"]).as_bytes());
    assert_eq!(session["start"], "2026-10-25T01:30:00Z");
    // An ordinary time says nothing.
    let out = plenary(h)
        .args([
            "session",
            "move",
            "--event",
            "autumn",
            "--session",
            "1",
            "--start",
            "2026-10-25 10:00",
        ])
        .output()
        .unwrap();
    assert_eq!(stderr_of(&out), "");
}

#[test]
fn the_same_role_twice_for_one_person_is_refused() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    run_ok(h, &["demo"]);
    let role = ["role", "add", "--event", "wsis-forum-2026", "--session", "231"];
    run_ok(h, &["person", "add", "--name", "Ada Lovelace"]);
    run_ok(
        h,
        &[&role[..], &["--person", "Ada Lovelace", "--role", "moderator"]].concat(),
    );
    let out = plenary(h)
        .args(role)
        .args(["--person", "Ada Lovelace", "--role", "moderator"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("already holds the role moderator"),
        "{}",
        stderr_of(&out)
    );
    // Another role for the same person is fine.
    run_ok(
        h,
        &[&role[..], &["--person", "Ada Lovelace", "--role", "speaker"]].concat(),
    );
}

#[test]
fn an_export_onto_the_store_is_refused_and_outputs_replace_files_whole() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let db = h.join("data/plenary/plenary.db");
    run_ok(h, &["demo"]);
    let before = std::fs::read(&db).unwrap();
    let link = h.join("store-link.db");
    std::os::unix::fs::symlink(&db, &link).unwrap();
    let spelled = h.join("data/plenary/../plenary/plenary.db");
    let wal = h.join("data/plenary/plenary.db-wal");
    for target in [&db, &link, &spelled, &wal] {
        for export in [&["ics"][..], &["frab-xml"], &["event"], &["csv-sessions"]] {
            let out = plenary(h)
                .arg("export")
                .args(export)
                .args(["--event", "wsis-forum-2026", "-o"])
                .arg(target)
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(2), "{target:?} {export:?}");
            assert!(
                stderr_of(&out).contains("this is the open Plenary store"),
                "{}",
                stderr_of(&out)
            );
        }
    }
    assert_eq!(std::fs::read(&db).unwrap(), before);
    run_ok(h, &["event", "show", "wsis-forum-2026"]);
    // An ordinary output replaces the old file whole and leaves no temporary file behind.
    let out_dir = h.join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let ics = out_dir.join("wsis.ics");
    std::fs::write(&ics, "old content that is longer than nothing").unwrap();
    run_ok(
        h,
        &[
            "export",
            "ics",
            "--event",
            "wsis-forum-2026",
            "-o",
            ics.to_str().unwrap(),
        ],
    );
    let text = std::fs::read_to_string(&ics).unwrap();
    assert!(
        text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"),
        "{text}"
    );
    let names: Vec<_> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["wsis.ics"]);
}

#[test]
fn user_text_cannot_drive_the_terminal() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    run_ok(h, &["demo"]);
    let evil = "Evil\u{1b}[2J\u{1b}]0;owned\u{7}\r\u{9b}31m\u{202e}txt.exe";
    run_ok(
        h,
        &[
            "session",
            "add",
            "--event",
            "wsis-forum-2026",
            "--title",
            evil,
            "--start",
            "2026-07-10 15:00",
            "--end",
            "2026-07-10 16:00",
        ],
    );
    run_ok(h, &["event", "edit", "wsis-forum-2026", "--title", evil]);
    for args in [
        &["session", "list", "--event", "wsis-forum-2026"][..],
        &["event", "show", "wsis-forum-2026"],
        &["events", "list"],
        &["check", "--event", "wsis-forum-2026"],
    ] {
        let out = plenary(h).args(args).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.contains("Evil␛[2J␛]0;owned␇␍\u{fffd}31m\u{fffd}txt.exe"),
            "{args:?}: {text:?}"
        );
        assert!(
            !text.chars().any(|c| (c.is_control() && c != '\n') || c == '\u{202e}'),
            "{args:?}: {text:?}"
        );
    }
    // JSON keeps the text exactly, every control character escaped.
    let text = run_ok(h, &["session", "list", "--event", "wsis-forum-2026", "--json"]);
    assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{text:?}");
    let sessions = json(text.as_bytes());
    assert!(
        sessions.as_array().unwrap().iter().any(|s| s["title"] == evil),
        "{sessions}"
    );
}

/// The conference day change set from the command line: `event create/edit --day-change HH:MM`
/// (in --help), shown by `event show`, kept in the store, and a night session before it
/// listed under the day before; a time that is not HH:MM is refused naming the field.
#[test]
fn the_day_change_is_set_by_create_and_edit_and_shown() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let help = run_ok(h, &["event", "create", "--help"]);
    assert!(help.contains("--day-change <HH:MM>"), "{help}");
    run_ok(
        h,
        &[
            "event",
            "create",
            "--slug",
            "camp",
            "--title",
            "Camp",
            "--timezone",
            "Europe/Berlin",
            "--start",
            "2026-08-01",
            "--end",
            "2026-08-02",
            "--day-change",
            "06:00",
        ],
    );
    let stored = |h: &Path| {
        let store = Store::open(&h.join("data/plenary/plenary.db")).unwrap();
        let event = store.read().find_event("camp").unwrap();
        event.data.day_change.format("%H:%M").to_string()
    };
    assert_eq!(stored(h), "06:00");
    // The night after the last day, before the day change, is still the event's last day.
    run_ok(
        h,
        &[
            "session",
            "add",
            "--event",
            "camp",
            "--title",
            "Late set",
            "--start",
            "2026-08-03 02:00",
            "--end",
            "2026-08-03 03:00",
        ],
    );
    let shown = run_ok(h, &["event", "show", "camp"]);
    assert!(
        shown.contains("Conference day changes at 06:00 (earlier sessions belong to the day before)"),
        "{shown}"
    );
    assert!(
        shown.contains("  2026-08-02\n") && !shown.contains("  2026-08-03\n"),
        "{shown}"
    );

    run_ok(h, &["event", "edit", "camp", "--day-change", "05:30"]);
    assert_eq!(stored(h), "05:30");
    assert!(run_ok(h, &["event", "show", "camp"]).contains("Conference day changes at 05:30"));
    for bad in ["25:00", "6", "06:00 pm"] {
        let out = plenary(h)
            .args(["event", "edit", "camp", "--day-change", bad])
            .assert()
            .code(1)
            .get_output()
            .stderr
            .clone();
        let err = String::from_utf8_lossy(&out);
        assert!(
            err.contains("event day_change: ") && err.contains("write HH:MM"),
            "{bad}: {err}"
        );
    }
    assert_eq!(stored(h), "05:30");
    // Midnight again: calendar days, and no line about it.
    let out = plenary(h)
        .args(["event", "edit", "camp", "--day-change", "00:00"])
        .assert()
        .get_output()
        .clone();
    // The late session now lies outside the last calendar day: the store refuses the change.
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(stored(h), "05:30");
}

/// The stumbles a newcomer found: each test below fails without its fix.
mod newcomer {
    use super::{run_ok, stderr_of};
    use crate::support::{fixture, plenary};

    /// `plenary --db DB ARGS…`, its output whatever the exit status.
    fn run(h: &std::path::Path, db: &std::path::Path, args: &[&str]) -> std::process::Output {
        plenary(h).arg("--db").arg(db).args(args).output().unwrap()
    }

    /// Creates the event `e`, in UTC, on 10–11 July 2026, in the store at `db_arg`.
    fn create_two_day_utc_event(h: &std::path::Path, db_arg: &str) {
        run_ok(
            h,
            &[
                "--db",
                db_arg,
                "event",
                "create",
                "--slug",
                "e",
                "--title",
                "E",
                "--timezone",
                "UTC",
                "--start",
                "2026-07-10",
                "--end",
                "2026-07-11",
            ],
        );
    }

    fn session_title(h: &std::path::Path, db: &str, key: &str) -> String {
        let out = run_ok(
            h,
            &[
                "--db",
                db,
                "session",
                "show",
                "--event",
                "e",
                "--session",
                key,
                "--json",
            ],
        );
        super::json(out.as_bytes())["title"].as_str().unwrap().to_string()
    }

    #[test]
    fn a_session_key_that_is_one_sessions_code_and_anothers_id_is_refused_naming_both() {
        let home = tempfile::tempdir().unwrap();
        let h = home.path();
        let db = h.join("s.db");
        let db_arg = db.to_str().unwrap();
        create_two_day_utc_event(h, db_arg);
        // Session 1 has code 2; session 2 has code x.
        for (title, code) in [("Coded two", "2"), ("Id two", "x")] {
            run_ok(
                h,
                &[
                    "--db",
                    db_arg,
                    "session",
                    "add",
                    "--event",
                    "e",
                    "--title",
                    title,
                    "--code",
                    code,
                    "--start",
                    "2026-07-10 09:00",
                    "--end",
                    "2026-07-10 10:00",
                ],
            );
        }
        let out = run(
            h,
            &db,
            &[
                "session",
                "move",
                "--event",
                "e",
                "--session",
                "2",
                "--start",
                "2026-07-10 14:00",
            ],
        );
        assert_eq!(out.status.code(), Some(1));
        let err = stderr_of(&out);
        assert!(
            err.contains("the code of session 1") && err.contains("the id of session 2"),
            "{err}"
        );
        assert!(err.contains("code:2") && err.contains("id:2"), "{err}");
        // Nothing moved.
        let list = run_ok(h, &["--db", db_arg, "session", "list", "--event", "e"]);
        assert!(!list.contains("14:00"), "{list}");
        // Each form picks its session, for every command that takes --session.
        assert_eq!(session_title(h, db_arg, "id:2"), "Id two");
        assert_eq!(session_title(h, db_arg, "code:2"), "Coded two");
        assert_eq!(session_title(h, db_arg, "x"), "Id two");
        run_ok(
            h,
            &[
                "--db",
                db_arg,
                "session",
                "move",
                "--event",
                "e",
                "--session",
                "id:2",
                "--start",
                "2026-07-10 14:00",
            ],
        );
        let list = run_ok(h, &["--db", db_arg, "session", "list", "--event", "e"]);
        let moved: Vec<&str> = list.lines().filter(|l| l.contains("14:00")).collect();
        assert_eq!(moved.len(), 1, "{list}");
        assert!(moved[0].contains("Id two"), "{list}");
        // The list has column headers; --json stays a bare array.
        assert_eq!(
            list.lines().next().unwrap().split_whitespace().collect::<Vec<_>>(),
            ["ID", "CODE", "START", "TITLE"]
        );
        let listed = run_ok(h, &["--db", db_arg, "session", "list", "--event", "e", "--json"]);
        assert_eq!(super::json(listed.as_bytes()).as_array().unwrap().len(), 2);
        // The help says what --session takes.
        let help = run_ok(h, &["session", "move", "--help"]);
        assert!(help.contains("its id, code or UUID; write id:N or code:C"), "{help}");
    }

    #[test]
    fn a_csv_import_finds_a_session_by_its_code_even_when_the_code_is_another_sessions_id() {
        let home = tempfile::tempdir().unwrap();
        let h = home.path();
        let db = h.join("s.db");
        let db_arg = db.to_str().unwrap();
        create_two_day_utc_event(h, db_arg);
        let csv = h.join("s.csv");
        std::fs::write(
            &csv,
            "code,title,date,start,end\n2,Coded two,2026-07-10,09:00,10:00\nx,Id two,2026-07-10,11:00,12:00\n",
        )
        .unwrap();
        let import = || {
            run_ok(
                h,
                &[
                    "--db",
                    db_arg,
                    "import",
                    "csv-sessions",
                    "--event",
                    "e",
                    csv.to_str().unwrap(),
                ],
            )
        };
        assert!(import().contains("created: 2 sessions"));
        // Code 2 is session 1's; session 2's id is 2: the row of code 2 is session 1 again.
        let again = import();
        assert!(
            again.contains("unchanged: 2 sessions") && !again.contains("created"),
            "{again}"
        );
    }

    #[test]
    fn event_show_gives_the_day_a_session_ends_on_when_it_is_a_later_one() {
        let home = tempfile::tempdir().unwrap();
        let h = home.path();
        let db = h.join("s.db");
        let db_arg = db.to_str().unwrap();
        run_ok(
            h,
            &[
                "--db",
                db_arg,
                "event",
                "create",
                "--slug",
                "e",
                "--title",
                "E",
                "--timezone",
                "Europe/Berlin",
                "--start",
                "2026-10-01",
                "--end",
                "2026-10-03",
            ],
        );
        for (title, start, end) in [
            ("Hackathon", "2026-10-01 12:00", "2026-10-02 12:00"),
            ("Marathon", "2026-10-01 12:00", "2026-10-03 12:00"),
            ("Talk", "2026-10-01 15:00", "2026-10-01 16:00"),
        ] {
            run_ok(
                h,
                &[
                    "--db", db_arg, "session", "add", "--event", "e", "--title", title, "--start", start, "--end", end,
                ],
            );
        }
        let text = run_ok(h, &["--db", db_arg, "event", "show", "e"]);
        let line = |title: &str| text.lines().find(|l| l.contains(title)).unwrap().trim().to_string();
        assert!(line("Hackathon").starts_with("12:00–12:00 (+1 day) "), "{text}");
        assert!(line("Marathon").starts_with("12:00–12:00 (+2 days) "), "{text}");
        assert!(line("Talk").starts_with("15:00–16:00 "), "{text}");
        assert!(!line("Talk").contains("day)"), "{text}");
    }

    #[test]
    fn messages_name_the_place_and_the_real_reason() {
        let home = tempfile::tempdir().unwrap();
        let h = home.path();
        let db = h.join("s.db");
        // An empty calendar: the file holds no VEVENT, said with its name.
        let bom = fixture("ics/pyical_bom.ics");
        let out = run(h, &db, &["import", "ics", bom.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1));
        let err = stderr_of(&out);
        assert!(
            err.starts_with(&format!("error: {}: the file holds no VEVENT", bom.display())),
            "{err}"
        );
        assert!(!err.contains("start time") && !err.contains("--event"), "{err}");
        // A store whose folder takes no files: the store's path, and why.
        if std::path::Path::new("/proc/version").exists() {
            let out = plenary(h)
                .args(["--db", "/proc/version", "events", "list"])
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(2));
            let err = stderr_of(&out);
            assert!(err.starts_with("error: /proc/version: "), "{err}");
        }
        // An export into a missing folder: the path given and the OS's reason, no temporary name.
        run_ok(h, &["--db", db.to_str().unwrap(), "demo"]);
        let out = run(
            h,
            &db,
            &[
                "export",
                "ics",
                "--event",
                "wsis-forum-2026",
                "-o",
                "/nonexistent-plenary/x.ics",
            ],
        );
        assert_eq!(out.status.code(), Some(2));
        let err = stderr_of(&out);
        assert_eq!(
            err.trim_end(),
            "error: /nonexistent-plenary/x.ics: cannot be written: No such file or directory (os error 2)"
        );
    }

    #[test]
    fn an_import_that_imports_nothing_leaves_nothing_behind_and_says_so() {
        let home = tempfile::tempdir().unwrap();
        let h = home.path();
        // A missing input creates no store, for every import command.
        let db = h.join("never.db");
        for args in [
            &["import", "ics", "nope.ics"][..],
            &["import", "frab", "nope.xml"],
            &["import", "csv-people", "nope.csv"],
            &["import", "csv-sessions", "--event", "e", "nope.csv"],
            &["import", "event", "nope.json"],
        ] {
            let out = run(h, &db, args);
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            assert!(
                stderr_of(&out).starts_with("error: nope."),
                "{args:?}: {}",
                stderr_of(&out)
            );
            assert!(!db.exists(), "{args:?} created the store");
        }
        // A file none of whose sessions can be imported makes no event, and says nothing was imported.
        let db = h.join("s.db");
        let weeks = fixture("cases/17-huge-duration-panic/duration-weeks.ics");
        let out = run(h, &db, &["import", "ics", weeks.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
        let text = String::from_utf8(out.stdout).unwrap();
        assert_eq!(
            text.lines().last().unwrap(),
            "1 of 1 VEVENTs skipped, each with its reason above; nothing was imported. Exit status 1."
        );
        assert!(text.contains("no event was made from it"), "{text}");
        assert!(!text.contains("created:"), "{text}");
        let events = run_ok(h, &["--db", db.to_str().unwrap(), "events", "list", "--json"]);
        assert_eq!(super::json(events.as_bytes()), serde_json::json!([]));
    }

    #[test]
    fn a_damaged_store_says_so_in_a_few_lines() {
        let home = tempfile::tempdir().unwrap();
        let h = home.path();
        let db = h.join("s.db");
        drop(plenary_core::Store::open(&db).unwrap());
        {
            // A table of many pages, written last so its pages end the file, all in the main file.
            let conn = rusqlite::Connection::open(&db).unwrap();
            conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
            conn.execute_batch(
                "CREATE TABLE bulk (id INTEGER PRIMARY KEY, v BLOB);
                 WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
                 INSERT INTO bulk (v) SELECT zeroblob(900) FROM n;",
            )
            .unwrap();
        }
        let mut bytes = std::fs::read(&db).unwrap();
        let pages = bytes.len() / 4096;
        // Damage the first byte (the page type) of the last 30 pages: 30 problems for SQLite.
        for page in pages - 30..pages {
            bytes[page * 4096] = 0x77;
        }
        std::fs::write(&db, &bytes).unwrap();
        let out = run(h, &db, &["events", "list"]);
        assert_eq!(out.status.code(), Some(2));
        let err = stderr_of(&out);
        assert!(
            err.starts_with(&format!("error: {}: the store is damaged", db.display())),
            "{err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
        assert_eq!(err.matches("btreeInitPage").count(), 3, "{err}");
        assert!(err.contains("Restore it from a backup"), "{err}");
    }
}

/// The CLI words the core's problems in English (validate.rs's `Display`), every one at once.
#[test]
fn every_problem_of_a_session_is_named_at_once_in_english() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    run_ok(h, &["demo"]);
    let out = plenary(h)
        .args([
            "session",
            "add",
            "--event",
            "wsis-forum-2026",
            "--title",
            "X",
            "--start",
            "2026-07-10 10:00",
            "--end",
            "2026-07-10 09:00",
            "--join-url",
            "htp:/register",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(
        err.contains(
            "session end: the session ends before it starts; session join_url: \"htp:/register\" is not a link; \
             write it in full, as in https://example.org/join"
        ),
        "{err}"
    );
}
