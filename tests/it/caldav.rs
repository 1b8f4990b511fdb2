//! `plenary publish caldav` against a real CalDAV server: Radicale on a loopback port with a
//! temporary storage folder and an htpasswd user, read back with an independent client (the
//! Python `caldav` library). The server's own request log counts what was sent.
//!
//! Radicale and `caldav` come from `scripts/setup.sh` (target/test-venv). A missing one fails
//! the tests; only `PLENARY_SKIP_EXTERNAL=1` skips them, and says so.

use std::collections::BTreeMap;
use std::io::Write;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::{fixture, plenary};

const USER: &str = "ana";
const PASSWORD: &str = "correct horse";

/// The Python with Radicale and `caldav`: `PLENARY_TEST_PYTHON`, the test venv, or `python3`.
fn python() -> PathBuf {
    if let Some(p) = std::env::var_os("PLENARY_TEST_PYTHON") {
        return p.into();
    }
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/test-venv/bin/python");
    if venv.exists() {
        return venv;
    }
    "python3".into()
}

/// Whether Radicale and `caldav` are installed; a missing one fails unless
/// `PLENARY_SKIP_EXTERNAL=1`, which skips loudly (`false`).
fn server_available() -> bool {
    let ok = Command::new(python())
        .args(["-c", "import radicale, caldav"])
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        return true;
    }
    assert!(
        std::env::var_os("PLENARY_SKIP_EXTERNAL").is_some_and(|v| v == "1"),
        "Radicale or the Python caldav client is not installed for {} (scripts/setup.sh installs both into \
         target/test-venv; or set PLENARY_SKIP_EXTERNAL=1 to skip the outside checkers explicitly)",
        python().display()
    );
    eprintln!("\n!!!!!!!! SKIPPED (PLENARY_SKIP_EXTERNAL=1): Radicale is not installed; CalDAV publishing was NOT tested !!!!!!!!\n");
    false
}

/// A Radicale server on a free loopback port, killed when dropped. Its storage and log live in
/// `dir`, so a stopped server can be started again with the same calendars.
struct Radicale {
    child: Option<Child>,
    dir: PathBuf,
    port: u16,
}

impl Radicale {
    fn start(dir: &Path) -> Radicale {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut server = Radicale {
            child: None,
            dir: dir.to_path_buf(),
            port,
        };
        std::fs::write(dir.join("users"), format!("{USER}:{PASSWORD}\n")).unwrap();
        server.restart();
        server
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts the server (again) on the same port, storage and log, and waits until it answers.
    fn restart(&mut self) {
        self.stop();
        let config = format!(
            "[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = htpasswd\nhtpasswd_filename = {users}\n\
             htpasswd_encryption = plain\n[storage]\nfilesystem_folder = {storage}\n[logging]\nlevel = info\n\
             mask_passwords = True\n",
            port = self.port,
            users = self.dir.join("users").display(),
            storage = self.dir.join("storage").display(),
        );
        std::fs::write(self.dir.join("config"), config).unwrap();
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.join("log"))
            .unwrap();
        let child = Command::new(python())
            .args(["-m", "radicale", "--config"])
            .arg(self.dir.join("config"))
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("radicale starts");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(30);
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(Instant::now() < deadline, "Radicale did not start: {}", self.log());
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("log")).unwrap_or_default()
    }

    /// How many requests of `method` the server has logged so far (its own count).
    fn requests(&self, method: &str) -> usize {
        self.log().matches(&format!("] {method} request for ")).count()
    }
}

impl Drop for Radicale {
    fn drop(&mut self) {
        self.stop();
    }
}

/// `publish caldav` of `event` to `server` as USER, the password on standard input, the report
/// as JSON.
fn publish_args(server: &Radicale, event: &str) -> Vec<String> {
    let url = server.url();
    [
        "publish",
        "caldav",
        "--event",
        event,
        "--url",
        &url,
        "--user",
        USER,
        "--password-stdin",
        "--json",
    ]
    .map(str::to_string)
    .to_vec()
}

/// Runs `plenary publish caldav` with the password on standard input: (exit code, stdout JSON
/// report if any, stderr).
fn publish(home: &Path, server: &Radicale, event: &str, extra: &[&str], password: &str) -> (i32, Value, String) {
    let out = plenary(home)
        .args(publish_args(server, event))
        .args(extra)
        .write_stdin(format!("{password}\n"))
        .output()
        .unwrap();
    let report = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        out.status.code().unwrap_or(-1),
        report,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const CLIENT: &str = r#"
import json, sys
from datetime import timezone
import caldav
mode, url, user, password, path = sys.argv[1:6]
client = caldav.DAVClient(url=url, username=user, password=password)
cal = client.calendar(url=url.rstrip("/") + path)
if mode == "read":
    out = []
    for ev in cal.events():
        c = ev.icalendar_component
        out.append({"uid": str(c.get("uid")), "sequence": int(c.get("sequence", 0)),
                    "start": int(c.decoded("dtstart").astimezone(timezone.utc).timestamp()),
                    "end": int(c.decoded("dtend").astimezone(timezone.utc).timestamp()),
                    "status": str(c.get("status", "")), "summary": str(c.get("summary", ""))})
    print(json.dumps(out))
else:
    # Someone else edits one event with their own calendar app.
    ev = cal.event_by_uid(sys.argv[6])
    ev.icalendar_component["summary"] = "Changed in a calendar app"
    ev.save()
"#;

/// An event as the independent client reads it from the server.
#[derive(Debug, Clone, PartialEq)]
struct Remote {
    sequence: i64,
    start: i64,
    end: i64,
    status: String,
    summary: String,
}

/// The collection at `path` read with Python's `caldav`: UID → event. Fails on a UID twice.
fn read_back(server: &Radicale, path: &str) -> BTreeMap<String, Remote> {
    let out = Command::new(python())
        .args(["-c", CLIENT, "read", &server.url(), USER, PASSWORD, path])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let items: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let mut by_uid = BTreeMap::new();
    for item in &items {
        let uid = item["uid"].as_str().unwrap().to_string();
        let remote = Remote {
            sequence: item["sequence"].as_i64().unwrap(),
            start: item["start"].as_i64().unwrap(),
            end: item["end"].as_i64().unwrap(),
            status: item["status"].as_str().unwrap().to_string(),
            summary: item["summary"].as_str().unwrap().to_string(),
        };
        assert!(
            by_uid.insert(uid.clone(), remote).is_none(),
            "{uid} is on the server twice"
        );
    }
    by_uid
}

fn edit_on_server(server: &Radicale, path: &str, uid: &str) {
    let out = Command::new(python())
        .args(["-c", CLIENT, "touch", &server.url(), USER, PASSWORD, path, uid])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// The store's scheduled sessions of `event`: UID → (start, end, revision, status, title).
fn sessions(home: &Path, event: &str) -> BTreeMap<String, (i64, i64, i64, String, String)> {
    let out = plenary(home)
        .args(["session", "list", "--event", event, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let list: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let instant = |v: &Value| {
        chrono::DateTime::parse_from_rfc3339(v.as_str().unwrap())
            .unwrap()
            .timestamp()
    };
    list.iter()
        .filter(|s| !s["start"].is_null())
        .map(|s| {
            (
                format!("{}@plenary", s["uuid"].as_str().unwrap()),
                (
                    instant(&s["start"]),
                    instant(&s["end"]),
                    s["revision"].as_i64().unwrap(),
                    s["status"].as_str().unwrap().to_string(),
                    s["title"].as_str().unwrap().to_string(),
                ),
            )
        })
        .collect()
}

/// Every scheduled session of the store is on the server once, at the same instants, with
/// its revision as SEQUENCE; nothing else is there.
fn assert_in_step(server: &Radicale, path: &str, home: &Path, event: &str) -> BTreeMap<String, Remote> {
    let remote = read_back(server, path);
    let local = sessions(home, event);
    assert_eq!(
        remote.keys().collect::<Vec<_>>(),
        local.keys().collect::<Vec<_>>(),
        "the server holds exactly the store's scheduled sessions"
    );
    for (uid, (start, end, revision, _, _)) in &local {
        let r = &remote[uid];
        assert_eq!((r.start, r.end, r.sequence), (*start, *end, *revision), "{uid}");
    }
    remote
}

fn titles(report: &Value, list: &str) -> Vec<String> {
    report[list]
        .as_array()
        .unwrap_or_else(|| panic!("{list} in {report}"))
        .iter()
        .map(|s| {
            s["title"]
                .as_str()
                .unwrap_or_else(|| s["session"]["title"].as_str().unwrap())
                .to_string()
        })
        .collect()
}

fn uid_of(home: &Path, event: &str, title: &str) -> (String, i64) {
    let out = plenary(home)
        .args(["session", "list", "--event", event, "--json"])
        .output()
        .unwrap();
    let list: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let s = list.iter().find(|s| s["title"] == title).unwrap();
    (s["uuid"].as_str().unwrap().to_string(), s["id"].as_i64().unwrap())
}

fn run_ok(home: &Path, args: &[&str]) {
    let out = plenary(home).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_demo_is_published_once_kept_in_step_and_never_overwrites_someone_elses_change() {
    if !server_available() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let dir = tempfile::tempdir().unwrap();
    let server = Radicale::start(dir.path());
    run_ok(h, &["demo"]);
    let event = "ospos-for-good-2023";
    let collection = format!("/{USER}/{event}/");

    // A wrong password: a clear refusal, nothing written anywhere.
    let (code, _, err) = publish(h, &server, event, &[], "wrong");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("the server refused user ana's password (401)"), "{err}");
    assert_eq!(server.requests("PUT") + server.requests("MKCOL"), 0);

    // A dry run reads the server only.
    let (code, report, err) = publish(h, &server, event, &["--dry-run"], PASSWORD);
    assert_eq!(code, 0, "{err}");
    let n = sessions(h, event).len();
    assert!(n >= 10, "the demo event has a programme ({n})");
    assert_eq!(
        (report["dry_run"].as_bool(), titles(&report, "created").len()),
        (Some(true), n)
    );
    assert_eq!(server.requests("PUT") + server.requests("MKCOL"), 0);

    // First publish: the calendar is created, every session once, at the right instants.
    let (code, report, err) = publish(h, &server, event, &[], PASSWORD);
    assert_eq!(code, 0, "{err}");
    assert_eq!(report["collection"], collection.as_str());
    assert_eq!(report["collection_created"], true);
    assert_eq!(titles(&report, "created").len(), n);
    assert!(
        err.contains(&format!("[{n}/{n}] created ")),
        "progress on stderr: {err}"
    );
    let first = assert_in_step(&server, &collection, h, event);
    assert!(first.values().all(|r| r.status == "CONFIRMED"));
    assert_eq!(server.requests("PUT"), n);

    // Nothing changed: no PUT, no DELETE reaches the server.
    let (code, report, err) = publish(h, &server, event, &[], PASSWORD);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        (report["unchanged"].as_u64(), report["writes"].as_u64()),
        (Some(n as u64), Some(0))
    );
    assert_eq!((server.requests("PUT"), server.requests("DELETE")), (n, 0));

    // A moved session is updated in place with a higher SEQUENCE; a cancelled one is written
    // CANCELLED; a deleted one is deleted from the server.
    let local = sessions(h, event);
    let mut titles_in_order: Vec<&String> = local.values().map(|(_, _, _, _, t)| t).collect();
    titles_in_order.sort();
    let (moved, cancelled, deleted) = (
        titles_in_order[0].clone(),
        titles_in_order[1].clone(),
        titles_in_order[2].clone(),
    );
    let (moved_uuid, moved_id) = uid_of(h, event, &moved);
    run_ok(
        h,
        &[
            "session",
            "move",
            "--event",
            event,
            "--session",
            &format!("id:{moved_id}"),
            "--start",
            "2023-06-21 18:00",
        ],
    );
    let (_, cancelled_id) = uid_of(h, event, &cancelled);
    run_ok(
        h,
        &[
            "session",
            "edit",
            "--event",
            event,
            "--session",
            &format!("id:{cancelled_id}"),
            "--status",
            "cancelled",
        ],
    );
    let (deleted_uuid, deleted_id) = uid_of(h, event, &deleted);
    run_ok(
        h,
        &[
            "session",
            "delete",
            "--event",
            event,
            "--session",
            &format!("id:{deleted_id}"),
        ],
    );
    let (code, report, err) = publish(h, &server, event, &[], PASSWORD);
    assert_eq!(code, 0, "{err}");
    let mut updated = titles(&report, "updated");
    updated.sort();
    let mut expected = vec![moved.clone(), cancelled.clone()];
    expected.sort();
    assert_eq!(updated, expected);
    assert_eq!(
        titles(&report, "deleted"),
        [""],
        "the deleted session has no title left in the store"
    );
    assert_eq!(report["deleted"][0]["uuid"], deleted_uuid.as_str());
    assert_eq!((server.requests("PUT"), server.requests("DELETE")), (n + 2, 1));
    let after = assert_in_step(&server, &collection, h, event);
    let moved_uid = format!("{moved_uuid}@plenary");
    assert_eq!(
        after[&moved_uid].start,
        chrono::DateTime::parse_from_rfc3339("2023-06-21T18:00:00-04:00")
            .unwrap()
            .timestamp()
    );
    assert!(after[&moved_uid].sequence > first[&moved_uid].sequence, "SEQUENCE rose");
    let cancelled_uid = uid_of(h, event, &cancelled).0 + "@plenary";
    assert_eq!(after[&cancelled_uid].status, "CANCELLED");
    assert!(!after.contains_key(&format!("{deleted_uuid}@plenary")));
    assert_eq!(after.len(), n - 1);

    // Someone edits the moved session in their calendar app; Plenary moves it again: a
    // conflict, reported, and the other person's version stays.
    edit_on_server(&server, &collection, &moved_uid);
    run_ok(
        h,
        &[
            "session",
            "move",
            "--event",
            event,
            "--session",
            &format!("id:{moved_id}"),
            "--start",
            "2023-06-21 19:00",
        ],
    );
    let (code, report, err) = publish(h, &server, event, &[], PASSWORD);
    assert_eq!(code, 1, "{err}");
    assert_eq!(titles(&report, "conflicts"), std::slice::from_ref(&moved));
    assert!(err.contains("1 conflict(s)"), "{err}");
    let remote = read_back(&server, &collection);
    assert_eq!(remote[&moved_uid].summary, "Changed in a calendar app");
    assert_eq!(remote[&moved_uid].start, after[&moved_uid].start, "not overwritten");

    // A room's own calendar (a collection of its own) holds that room's sessions only.
    let out = plenary(h)
        .args(["session", "list", "--event", event, "--json"])
        .output()
        .unwrap();
    let list: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let in_room_2: Vec<String> = list
        .iter()
        .filter(|s| s["room_id"] == 2 && !s["start"].is_null())
        .map(|s| format!("{}@plenary", s["uuid"].as_str().unwrap()))
        .collect();
    assert!(!in_room_2.is_empty());
    let (code, report, err) = publish(h, &server, event, &["--scope", "room:2"], PASSWORD);
    assert_eq!(code, 0, "{err}");
    assert_eq!(report["collection"], format!("/{USER}/{event}-room-2/"));
    let remote = read_back(&server, &format!("/{USER}/{event}-room-2/"));
    assert_eq!(remote.keys().cloned().collect::<Vec<_>>(), in_room_2);

    // A person's calendar: the sessions where they have a role (the session's or an item's).
    let with_person_1: Vec<String> = list
        .iter()
        .filter(|s| {
            let has = |roles: &Value| roles.as_array().is_some_and(|r| r.iter().any(|r| r["person_id"] == 1));
            !s["start"].is_null()
                && (has(&s["roles"]) || s["items"].as_array().unwrap().iter().any(|i| has(&i["roles"])))
        })
        .map(|s| format!("{}@plenary", s["uuid"].as_str().unwrap()))
        .collect();
    assert!(!with_person_1.is_empty());
    let (code, report, err) = publish(h, &server, event, &["--scope", "person:1"], PASSWORD);
    assert_eq!(code, 0, "{err}");
    let remote = read_back(&server, report["collection"].as_str().unwrap());
    assert_eq!(remote.keys().cloned().collect::<Vec<_>>(), with_person_1);

    // Without --password-stdin, no keyring entry and no terminal: told how to pass it.
    let out = plenary(h)
        .args([
            "publish",
            "caldav",
            "--event",
            event,
            "--url",
            &server.url(),
            "--user",
            USER,
        ])
        .write_stdin("")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("pass it on standard input with --password-stdin"), "{err}");

    // A scope that names nobody is refused before anything is sent.
    let (code, report, err) = publish(h, &server, event, &["--scope", "person:nobody-at-all"], PASSWORD);
    assert_eq!(code, 2, "an unknown person is refused: {err}");
    assert!(err.contains("nobody-at-all"), "{err}");
    assert!(report.is_null());
}

#[test]
fn a_publish_of_36c3_cut_off_half_way_is_finished_by_a_rerun() {
    if !server_available() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let dir = tempfile::tempdir().unwrap();
    let mut server = Radicale::start(dir.path());
    let out = plenary(h)
        .args(["import", "frab", "--timezone", "Europe/Berlin"])
        .arg(fixture("frab-xml/giggity_36c3_merged.xml"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let event = "36c3";
    let collection = format!("/{USER}/{event}/");
    let n = sessions(h, event).len();
    assert!(n > 1300, "36C3 has its 1,350 scheduled talks ({n})");

    // Publish in the background and stop the server after 200 PUTs.
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("plenary"))
        .env("XDG_DATA_HOME", h.join("data"))
        .env("XDG_CONFIG_HOME", h.join("config"))
        .env("XDG_CACHE_HOME", h.join("cache"))
        .args(publish_args(&server, event))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{PASSWORD}").unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while server.requests("PUT") < 200 {
        assert!(Instant::now() < deadline, "200 PUTs within 2 minutes");
        std::thread::sleep(Duration::from_millis(20));
    }
    server.stop();
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("the publish stopped: the server did not answer"), "{err}");
    assert!(err.contains("run the same command again to finish"), "{err}");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let sent = report["created"].as_array().unwrap().len();
    let not_sent = report["not_sent"].as_array().unwrap().len();
    assert!(sent >= 199, "{sent} sent before the stop");
    assert_eq!(sent + not_sent, n, "the report accounts for every session");

    // The server comes back: a rerun sends exactly what was not sent.
    server.restart();
    let puts_before = server.requests("PUT");
    let (code, report, err) = publish(h, &server, event, &[], PASSWORD);
    assert_eq!(code, 0, "{err}");
    let created = titles(&report, "created").len();
    assert!(
        report["conflicts"].as_array().unwrap().is_empty(),
        "{}",
        report["conflicts"]
    );
    // The one in flight when the server went down may have been stored without an answer: it
    // is recognised (its UID and SEQUENCE) and replaced, not reported as a conflict.
    let updated = titles(&report, "updated").len();
    assert!(updated <= 1, "{updated}");
    assert_eq!(created + updated, not_sent, "exactly what was not sent is sent");
    assert_eq!(created + updated + report["unchanged"].as_u64().unwrap() as usize, n);
    assert_eq!(server.requests("PUT") - puts_before, created + updated);
    assert_in_step(&server, &collection, h, event);

    // And a rerun with nothing changed sends nothing.
    let puts = server.requests("PUT");
    let (code, report, err) = publish(h, &server, event, &[], PASSWORD);
    assert_eq!(code, 0, "{err}");
    assert_eq!(report["unchanged"].as_u64(), Some(n as u64));
    assert_eq!(server.requests("PUT"), puts);

    // A track's calendar, named by the track's name: its scheduled sessions, in a collection
    // of its own.
    let db = rusqlite::Connection::open(h.join("data/plenary/plenary.db")).unwrap();
    let mut stmt = db
        .prepare(
            "SELECT s.uuid || '@plenary' FROM sessions s JOIN session_tags st ON st.session_id = s.id
             JOIN terms t ON t.id = st.term_id JOIN vocabularies v ON v.id = t.vocabulary_id
             WHERE v.key = 'tracks' AND t.label = 'Klimakatastrophe' AND s.start IS NOT NULL ORDER BY 1",
        )
        .unwrap();
    let in_track: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    assert_eq!(in_track.len(), 4, "36C3's Klimakatastrophe track");
    let (code, report, err) = publish(h, &server, event, &["--scope", "track:Klimakatastrophe"], PASSWORD);
    assert_eq!(code, 0, "{err}");
    assert_eq!(report["collection"], format!("/{USER}/{event}-track-klimakatastrophe/"));
    let remote = read_back(&server, report["collection"].as_str().unwrap());
    assert_eq!(remote.keys().cloned().collect::<Vec<_>>(), in_track);
    let local = sessions(h, event);
    for (uid, r) in &remote {
        assert_eq!((r.start, r.end), (local[uid].0, local[uid].1), "{uid}");
    }
}
