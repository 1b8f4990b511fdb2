//! `plenary check` and `plenary slots` on a temporary store: findings as JSON, exit codes,
//! acknowledgements that lapse when a session changes, clashes across a DST change, free slots.

use serde_json::Value;

use crate::support::plenary;

fn ok(home: &std::path::Path, args: &[&str]) -> String {
    let out = plenary(home).args(args).assert().success().get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

/// Runs `check --json` and returns (exit code, findings).
fn check_json(home: &std::path::Path, event: &str, extra: &[&str]) -> (i32, Vec<Value>) {
    let out = plenary(home)
        .args(["check", "--event", event, "--json"])
        .args(extra)
        .output()
        .unwrap();
    let findings: Value = serde_json::from_slice(&out.stdout).expect("check --json prints JSON");
    (out.status.code().unwrap(), findings.as_array().unwrap().clone())
}

fn rules(findings: &[Value]) -> Vec<String> {
    let mut r: Vec<String> = findings
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect();
    r.sort();
    r
}

/// An event in Geneva with two rooms of one venue, a moderator who is booked twice and a room
/// booked twice across midnight.
fn clashing_event(home: &std::path::Path) {
    ok(
        home,
        &[
            "event",
            "create",
            "--slug",
            "forum",
            "--title",
            "Forum",
            "--timezone",
            "Europe/Zurich",
            "--start",
            "2026-07-06",
            "--end",
            "2026-07-08",
        ],
    );
    ok(home, &["venue", "add", "--event", "forum", "--name", "Palexpo"]);
    ok(
        home,
        &[
            "room",
            "add",
            "--event",
            "forum",
            "--name",
            "Room K",
            "--capacity",
            "120",
            "--stream",
        ],
    );
    ok(
        home,
        &[
            "room",
            "add",
            "--event",
            "forum",
            "--name",
            "Room L",
            "--capacity",
            "60",
            "--stream",
        ],
    );
    ok(
        home,
        &["person", "add", "--name", "Amandeep Gill", "--honorific", "Mr."],
    );
    for (code, start, end, room) in [
        ("1", "2026-07-06 09:00", "2026-07-06 10:00", "Room K"),
        ("2", "2026-07-06 09:30", "2026-07-06 10:15", "Room L"),
        ("3", "2026-07-06 23:30", "2026-07-07 00:30", "Room K"),
        ("4", "2026-07-07 00:00", "2026-07-07 00:45", "Room K"),
        ("5", "2026-07-07 09:00", "2026-07-07 10:00", "Room K"),
        ("6", "2026-07-07 10:00", "2026-07-07 11:00", "Room K"),
    ] {
        ok(
            home,
            &[
                "session",
                "add",
                "--event",
                "forum",
                "--code",
                code,
                "--title",
                &format!("Session {code}"),
                "--start",
                start,
                "--end",
                end,
                "--room",
                room,
            ],
        );
    }
    // One person in two roles of session 1 (no clash) and chairing session 2 (a clash).
    for (session, role) in [("1", "moderator"), ("1", "speaker"), ("2", "chair")] {
        ok(
            home,
            &[
                "role",
                "add",
                "--event",
                "forum",
                "--session",
                session,
                "--person",
                "Amandeep Gill",
                "--role",
                role,
            ],
        );
    }
}

#[test]
fn check_lists_clashes_as_json_and_exits_1_on_errors() {
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    clashing_event(home);
    let (code, findings) = check_json(home, "forum", &[]);
    assert_eq!(code, 1);
    // Touching sessions 5 and 6 do not clash; the person's two roles in session 1 do not either.
    assert_eq!(
        rules(&findings),
        vec!["person_double_booked", "room_double_booked"],
        "{findings:#?}"
    );
    for f in &findings {
        for key in [
            "rule",
            "severity",
            "sessions",
            "people",
            "rooms",
            "start",
            "end",
            "message",
            "fingerprint",
        ] {
            assert!(f.get(key).is_some(), "finding has {key}: {f}");
        }
        assert_eq!(f["severity"], "error");
        assert_eq!(f["sessions"].as_array().unwrap().len(), 2);
        assert!(uuid::Uuid::parse_str(f["sessions"][0].as_str().unwrap()).is_ok());
    }
    let person = findings.iter().find(|f| f["rule"] == "person_double_booked").unwrap();
    let message = person["message"].as_str().unwrap();
    assert!(
        message.contains("Mr. Amandeep Gill") && message.contains("Room L"),
        "{message}"
    );
    assert!(
        message.contains("Mon 6 Jul 09:30–10:00") && message.contains("Europe/Zurich"),
        "{message}"
    );
    assert_eq!(person["start"], "2026-07-06T07:30:00Z");
    assert_eq!(person["end"], "2026-07-06T08:00:00Z");
    // The room clash across midnight: 23:30-00:30 and 00:00-00:45.
    let room = findings.iter().find(|f| f["rule"] == "room_double_booked").unwrap();
    assert_eq!(room["start"], "2026-07-06T22:00:00Z");
    assert_eq!(room["end"], "2026-07-06T22:30:00Z");

    // The text listing says the same for people.
    let out = plenary(home)
        .args(["check", "--event", "forum"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("2 error(s), 0 warning(s)"), "{text}");
}

#[test]
fn acknowledged_findings_stay_acknowledged_until_a_session_changes() {
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    clashing_event(home);
    let (_, findings) = check_json(home, "forum", &[]);
    for f in &findings {
        ok(
            home,
            &[
                "check",
                "--event",
                "forum",
                "--acknowledge",
                f["fingerprint"].as_str().unwrap(),
            ],
        );
    }
    let (code, acked) = check_json(home, "forum", &[]);
    assert_eq!(code, 0, "only acknowledged errors remain: {acked:#?}");
    assert!(acked.iter().all(|f| f["acknowledged"] == true));

    // Moving session 2 by five minutes keeps the clash but withdraws its acknowledgement.
    ok(
        home,
        &[
            "session",
            "move",
            "--event",
            "forum",
            "--session",
            "2",
            "--start",
            "2026-07-06 09:35",
        ],
    );
    let (code, after) = check_json(home, "forum", &[]);
    assert_eq!(code, 1);
    let person = after.iter().find(|f| f["rule"] == "person_double_booked").unwrap();
    assert_eq!(person["acknowledged"], false);
    let room = after.iter().find(|f| f["rule"] == "room_double_booked").unwrap();
    assert_eq!(room["acknowledged"], true, "the room clash did not change");

    // Unknown fingerprints are refused; unacknowledging works.
    plenary(home)
        .args([
            "check",
            "--event",
            "forum",
            "--acknowledge",
            "room_double_booked:0000000000000000",
        ])
        .assert()
        .code(2);
    ok(
        home,
        &[
            "check",
            "--event",
            "forum",
            "--unacknowledge",
            room["fingerprint"].as_str().unwrap(),
        ],
    );
    let (_, last) = check_json(home, "forum", &[]);
    assert!(last.iter().all(|f| f["acknowledged"] == false));
}

#[test]
fn clash_rules_across_a_dst_change_use_real_instants() {
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    ok(
        home,
        &[
            "event",
            "create",
            "--slug",
            "nyc",
            "--title",
            "NYC",
            "--timezone",
            "America/New_York",
            "--start",
            "2026-10-31",
            "--end",
            "2026-11-01",
        ],
    );
    ok(
        home,
        &[
            "room",
            "add",
            "--event",
            "nyc",
            "--name",
            "Conference Room 4",
            "--stream",
        ],
    );
    ok(
        home,
        &[
            "session",
            "add",
            "--event",
            "nyc",
            "--code",
            "A",
            "--title",
            "A",
            "--start",
            "2026-11-01 00:30",
            "--end",
            "2026-11-01 01:45",
            "--room",
            "Conference Room 4",
        ],
    );
    ok(
        home,
        &[
            "session",
            "add",
            "--event",
            "nyc",
            "--code",
            "B",
            "--title",
            "B",
            "--start",
            "2026-11-01 01:15",
            "--end",
            "2026-11-01 01:45",
            "--room",
            "Conference Room 4",
        ],
    );
    // 01:15 the first time (EDT) is inside A.
    let (code, findings) = check_json(home, "nyc", &[]);
    assert_eq!((code, rules(&findings)), (1, vec!["room_double_booked".to_string()]));
    // 01:15 the second time (EST) is after A, although the wall clock reads earlier.
    ok(
        home,
        &[
            "session",
            "move",
            "--event",
            "nyc",
            "--session",
            "B",
            "--start",
            "2026-11-01 01:15",
            "--later",
        ],
    );
    let (code, findings) = check_json(home, "nyc", &[]);
    assert_eq!((code, findings.len()), (0, 0), "{findings:#?}");
}

#[test]
fn slots_finds_free_times_for_people_and_rooms() {
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    clashing_event(home);
    let out = ok(
        home,
        &[
            "slots",
            "--event",
            "forum",
            "--duration",
            "1h30m",
            "--person",
            "Amandeep Gill",
            "--capacity",
            "100",
            "--from",
            "2026-07-06",
            "--to",
            "2026-07-06",
            "--limit",
            "0",
            "--json",
        ],
    );
    let slots: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert!(!slots.is_empty());
    for s in &slots {
        // Only Room K seats 100; the day is 08:00-20:00 local (06:00-18:00 UTC).
        assert_eq!(s["room"], "Room K");
        let start = s["start"].as_str().unwrap();
        let end = s["end"].as_str().unwrap();
        assert!(start >= "2026-07-06T06:00:00Z" && end <= "2026-07-06T18:00:00Z", "{s}");
        // Not during sessions 1 (07:00-08:00 UTC) or 2 (07:30-08:15 UTC, the person chairs it,
        // 5 minutes to change rooms).
        assert!(end <= "2026-07-06T07:00:00Z" || start >= "2026-07-06T08:20:00Z", "{s}");
    }
    // Best: the first grid start after the person's last session (Room L until 10:15, plus the
    // changeover), 10:30 local, close to session 1 in Room K.
    assert_eq!(slots[0]["start"], "2026-07-06T08:30:00Z");

    let text = ok(
        home,
        &["slots", "--event", "forum", "--duration", "45m", "--limit", "3"],
    );
    assert_eq!(text.lines().count(), 4, "{text}");
    assert!(text.contains("Europe/Zurich"));
    plenary(home)
        .args(["slots", "--event", "forum", "--duration", "soon"])
        .assert()
        .code(2);
}
