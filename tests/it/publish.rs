//! Releases and the published site (issue 14): the demo and 36C3 published; every calendar read
//! by independent parsers; schedule.xml against the c3voc XSD; every link inside the site
//! resolves; the room screen's choice of "now" and "next" for a fixed clock (the page's own
//! script, run by node); a republish is byte-identical but for the generated-at line; no
//! private field anywhere.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use chrono::{DateTime, Duration, Utc};
use plenary_core::release::{ChangeKind, PublicSnapshot};
use plenary_core::{demo, EventId, Schedule, Session, Store};
use plenary_publish::{publish_site, render_site, SiteFile, SiteOptions};

use crate::ical::{external_checks, ical_crate, python_parsers_of, raw_checks, tool_missing, Seen};
use crate::interchange::{json_schema, tool, xmllint};
use crate::support::{fixture, plenary};

const DEMO: &str = "ospos-for-good-2023";
const PRIVATE: [&str; 4] = [
    "private-mail@secret.example",
    "+41 99 999 99 99",
    "PASSCODE-SECRET",
    "PRIVATE-NOTE-SECRET",
];

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
}

fn options(release: Option<&str>) -> SiteOptions {
    SiteOptions {
        release: release.map(str::to_string),
        generated_at: Some(at("2026-05-01T12:00:00Z")),
        screen_now: None,
    }
}

/// The demo's OSPOs for Good with private fields seeded, released as 1.0; then one session
/// moved an hour later and another into the other room, released as 1.1. Returns the store,
/// the event, and the two moved sessions (time, room).
fn released_demo() -> (Store, EventId, Session, Session) {
    let mut store = Store::open_in_memory().unwrap();
    store.write(demo::load).unwrap();
    let event = store.read().find_event(DEMO).unwrap().id;
    let schedule = store.read().schedule(event).unwrap();
    let with_people = schedule
        .sessions
        .iter()
        .find(|s| !s.data.roles.is_empty())
        .unwrap()
        .clone();
    store
        .write(|tx| {
            let person = schedule.person(with_people.data.roles[0].person_id).unwrap();
            let mut p = person.data.clone();
            p.email = PRIVATE[0].into();
            p.phone = PRIVATE[1].into();
            tx.update_person(person.id, &p)?;
            let mut s = with_people.data.clone();
            s.passcode = PRIVATE[2].into();
            s.private_notes = PRIVATE[3].into();
            tx.update_session(with_people.id, &s)
        })
        .unwrap();
    store
        .write(|tx| tx.create_release(event, "1.0", "First programme"))
        .unwrap();
    // The session with people starts an hour later; the last session of the day changes room.
    let timed = store.read().session(with_people.id).unwrap();
    let mut data = timed.data.clone();
    data.start = data.start.map(|t| t + Duration::hours(1));
    data.end = data.end.map(|t| t + Duration::hours(1));
    let timed = store.write(|tx| tx.update_session(timed.id, &data)).unwrap();
    let last = schedule.sessions.iter().rfind(|s| s.data.room_id.is_some()).unwrap();
    let other = schedule.rooms.iter().find(|r| Some(r.id) != last.data.room_id).unwrap();
    let mut data = last.data.clone();
    data.room_id = Some(other.id);
    let roomed = store.write(|tx| tx.update_session(last.id, &data)).unwrap();
    store
        .write(|tx| tx.create_release(event, "1.1", "Two sessions moved"))
        .unwrap();
    (store, event, timed, roomed)
}

fn text(files: &[SiteFile], path: &str) -> String {
    let file = files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("no {path}"));
    String::from_utf8(file.bytes.clone()).unwrap()
}

/// Every `href="…"` and `src="…"` of an HTML page, entities decoded.
fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        for (i, _) in html.match_indices(attr) {
            let rest = &html[i + attr.len()..];
            let value = &rest[..rest.find('"').unwrap()];
            out.push(
                value
                    .replace("&amp;", "&")
                    .replace("&#39;", "'")
                    .replace("&quot;", "\""),
            );
        }
    }
    out
}

/// Every link inside the site resolves to one of its files (and an `#id` to an element of that
/// page); links out of the site are http(s) or mailto only, and no page loads anything from
/// outside (every `src` and stylesheet is relative). Returns how many internal links it checked.
fn check_links(dir: &Path, files: &[SiteFile]) -> usize {
    let mut checked = 0;
    for file in files.iter().filter(|f| f.path.ends_with(".html")) {
        let html = String::from_utf8(file.bytes.clone()).unwrap();
        for (i, _) in html.match_indices(" src=\"") {
            let value = &html[i + 6..][..html[i + 6..].find('"').unwrap()];
            assert!(!value.contains(':'), "{}: remote resource {value}", file.path);
        }
        for (i, _) in html.match_indices("<link ") {
            let tag = &html[i..][..html[i..].find('>').unwrap()];
            assert!(!tag.contains("://"), "{}: remote resource {tag}", file.path);
        }
        for link in links(&html) {
            if let Some((scheme, _)) = link.split_once(':') {
                if !scheme.contains('/') && !scheme.contains('#') {
                    assert!(
                        ["http", "https", "mailto", "tel", "sip", "sips", "xmpp", "matrix", "h323"].contains(&scheme),
                        "{}: link {link} of an unsafe scheme",
                        file.path
                    );
                    continue;
                }
            }
            let (path, fragment) = link.split_once('#').unwrap_or((&link, ""));
            let target = if path.is_empty() {
                dir.join(&file.path)
            } else {
                dir.join(&file.path).parent().unwrap().join(path)
            };
            assert!(target.is_file(), "{}: link {link} resolves to nothing", file.path);
            if !fragment.is_empty() {
                let page = std::fs::read_to_string(&target).unwrap();
                assert!(
                    page.contains(&format!("id=\"{fragment}\"")),
                    "{}: link {link}: no element with that id",
                    file.path
                );
            }
            checked += 1;
        }
    }
    checked
}

/// The (UID, start, end) each calendar of the site must hold, from its file name.
fn expected_calendar(schedule: &Schedule, path: &str) -> Seen {
    let tz: chrono_tz::Tz = schedule.event.data.timezone.parse().unwrap();
    let name = path.trim_start_matches("calendars/").trim_end_matches(".ics");
    let keep = |s: &Session| -> bool {
        if name == "all" {
            return true;
        }
        let (kind, key) = name.split_once('-').unwrap();
        match kind {
            "day" => {
                plenary_core::time::utc_to_local(tz, s.data.start.unwrap())
                    .date()
                    .to_string()
                    == key
            }
            "room" => s
                .data
                .room_id
                .and_then(|r| schedule.room(r))
                .is_some_and(|r| r.uuid.to_string() == key),
            "tag" => s
                .data
                .tags
                .iter()
                .any(|t| schedule.term(*t).unwrap().uuid.to_string() == key),
            "person" => s
                .data
                .roles
                .iter()
                .chain(s.data.items.iter().flat_map(|i| i.roles.iter()))
                .any(|r| schedule.person(r.person_id).unwrap().uuid.to_string() == key),
            other => panic!("unknown calendar {other}"),
        }
    };
    schedule
        .sessions
        .iter()
        .filter(|s| s.data.start.is_some() && keep(s))
        .map(|s| {
            (
                format!("{}@plenary", s.uuid),
                s.data.start.unwrap(),
                s.data.end.unwrap(),
            )
        })
        .collect()
}

/// Checks every calendar of the site: structure and the `ical` crate for all, libical and
/// Python's icalendar and vobject for those `deep` selects.
fn check_calendars(schedule: &Schedule, files: &[SiteFile], deep: impl Fn(&str) -> bool) -> (usize, usize) {
    let (mut all, mut deeply) = (0, 0);
    // Every calendar is read by the ical crate and by Python's icalendar and vobject (one
    // process for all of them); the `deep` ones also by libical.
    let dir = tempfile::tempdir().unwrap();
    let mut written = Vec::new();
    for file in files.iter().filter(|f| f.path.ends_with(".ics")) {
        let text = String::from_utf8(file.bytes.clone()).unwrap();
        let mut expected = expected_calendar(schedule, &file.path);
        expected.sort();
        if deep(&file.path) {
            external_checks(&file.path.replace('/', "_"), &text, &expected);
            deeply += 1;
        } else {
            raw_checks(&text);
            let mut seen = ical_crate(&text);
            seen.sort();
            assert_eq!(seen, expected, "{}", file.path);
            let copy = dir.path().join(file.path.replace('/', "_"));
            std::fs::write(&copy, &text).unwrap();
            written.push((copy, file.path.clone(), expected));
        }
        all += 1;
    }
    let paths: Vec<_> = written.iter().map(|(copy, _, _)| copy.clone()).collect();
    if let Some(mut read) = python_parsers_of(&paths) {
        for (copy, path, expected) in &written {
            let parsers = read
                .remove(copy)
                .unwrap_or_else(|| panic!("{path}: not read by Python"));
            assert_eq!(parsers.len(), 2, "{path}");
            for (parser, mut seen) in parsers {
                seen.sort();
                assert_eq!(&seen, expected, "{parser} reads {path} differently");
            }
        }
    }
    (all, deeply)
}

#[test]
fn the_demo_site_is_complete_linked_valid_and_public_only() {
    let (store, event, timed, roomed) = released_demo();
    let dir = tempfile::tempdir().unwrap();
    let summary = publish_site(&store, event, dir.path(), &options(Some("1.1"))).unwrap();
    let files = render_site(&store.read(), event, &options(Some("1.1"))).unwrap();
    let release = store.read().find_release(event, "1.1").unwrap();
    let schedule = release.snapshot.to_schedule();
    assert_eq!(summary.files as usize, files.len());
    assert_eq!(summary.changed, summary.files);
    assert_eq!(summary.sessions as usize, schedule.sessions.len());
    assert_eq!((summary.sessions, summary.rooms), (12, 2));

    // A page per session, person, room (and its screen), tag; a calendar per day, room, tag, person.
    let count = |prefix: &str| files.iter().filter(|f| f.path.starts_with(prefix)).count();
    assert_eq!(count("sessions/"), schedule.sessions.len());
    assert_eq!(count("people/"), schedule.people.len());
    assert_eq!(schedule.people.len(), 3, "the demo event's speakers");
    assert_eq!(count("rooms/"), 2);
    assert_eq!(count("screens/"), 2);
    assert_eq!(count("tags/"), schedule.terms.len());
    assert_eq!(
        count("calendars/"),
        1 + 1 + 2 + schedule.terms.len() + schedule.people.len(),
        "all, one day, two rooms, the tags and the people"
    );
    for path in [
        "index.html",
        "changelog.html",
        "changelog.atom",
        "search.html",
        "search-index.js",
        "schedule.xml",
    ] {
        assert!(files.iter().any(|f| f.path == path), "{path}");
    }

    // Links resolve; nothing remote.
    assert!(check_links(dir.path(), &files) > 200);

    // Public fields only: the seeded private values appear in no file.
    for f in &files {
        for private in PRIVATE {
            assert!(
                !f.bytes.windows(private.len()).any(|w| w == private.as_bytes()),
                "{} holds {private}",
                f.path
            );
        }
    }

    // Accessible structure on every page: lang, one h1, skip link to main, landmarks.
    for f in files.iter().filter(|f| f.path.ends_with(".html")) {
        let html = String::from_utf8(f.bytes.clone()).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"), "{}", f.path);
        assert_eq!(html.matches("<h1>").count(), 1, "{}: one h1", f.path);
        assert!(html.contains("<a class=\"skip\" href=\"#main\">"), "{}", f.path);
        assert!(html.contains("<main id=\"main\""), "{}", f.path);
        assert!(html.contains("<header") && html.contains("<footer"), "{}", f.path);
    }

    // The changelog names 1.1's two moves, with the sessions' titles; the feed has both releases.
    let changelog = text(&files, "changelog.html");
    assert!(changelog.contains("<h2 id=\"release-2\">Release 1.1</h2>"));
    assert!(changelog.contains("Two sessions moved"));
    assert!(changelog.contains("The first release: 12 sessions."), "{changelog}");
    let line = |title: &str| {
        changelog
            .lines()
            .find(|l| l.contains(&format!(">{}</a>", title.replace('&', "&amp;").replace('\'', "&#39;"))))
            .unwrap_or_else(|| panic!("no changelog line for {title}"))
            .to_string()
    };
    assert!(line(&timed.data.title).contains("Moved (time)"));
    assert!(line(&roomed.data.title).contains("Moved (room)"));
    let feed = text(&files, "changelog.atom");
    assert_eq!(feed.matches("<entry>").count(), 2);
    if tool("xmllint", &["--version"], "the apt package libxml2-utils") {
        let status = Command::new("xmllint")
            .arg("--noout")
            .arg(dir.path().join("changelog.atom"))
            .status()
            .unwrap();
        assert!(status.success(), "the feed is well-formed XML");
        // schedule.xml: valid against the c3voc XSD, its version the release's name.
        xmllint(&dir.path().join("schedule.xml"));
    }
    assert!(text(&files, "schedule.xml").contains("<version>1.1</version>"));
    let json: serde_json::Value = serde_json::from_str(&text(&files, "schedule.json")).unwrap();
    assert_eq!(json["schedule"]["version"], "1.1");
    if tool("python3", &["-c", "import jsonschema"], "the pip package jsonschema") {
        json_schema(&dir.path().join("schedule.json"), "schedule.schema.json");
    }

    // Every calendar read by libical, Python's icalendar and vobject, and the ical crate.
    let (all, deep) = check_calendars(&schedule, &files, |_| true);
    assert_eq!(all, deep);
    // The moved session's SEQUENCE rose with its time, in the release's calendar too.
    let ics = text(&files, "calendars/all.ics");
    let vevent = ics
        .split("BEGIN:VEVENT")
        .find(|v| v.contains(&format!("UID:{}@plenary", timed.uuid)))
        .unwrap();
    assert!(vevent.contains(&format!("SEQUENCE:{}", timed.revision)), "{vevent}");
    assert!(timed.revision > 0);
}

#[test]
fn an_earlier_release_publishes_as_it_was() {
    let (store, event, timed, _) = released_demo();
    let files = render_site(&store.read(), event, &options(Some("1.0"))).unwrap();
    let before = store.read().find_release(event, "1.0").unwrap();
    let old = before.snapshot.sessions.iter().find(|s| s.uuid == timed.uuid).unwrap();
    let page = text(&files, &format!("sessions/{}.html", timed.uuid));
    let tz: chrono_tz::Tz = before.snapshot.event.timezone.parse().unwrap();
    let clock = old.start.unwrap().with_timezone(&tz).format("%H:%M").to_string();
    assert!(page.contains(&format!(">{clock}–")), "1.0's time {clock} on the page");
    assert!(text(&files, "schedule.xml").contains("<version>1.0</version>"));
    // Its changelog stops at 1.0.
    assert!(!text(&files, "changelog.html").contains("Release 1.1"));
}

#[test]
fn republishing_without_changes_writes_the_same_bytes_but_the_generated_at_line() {
    let (store, event, _, _) = released_demo();
    let first = render_site(&store.read(), event, &options(None)).unwrap();
    let later = SiteOptions {
        generated_at: Some(at("2026-05-02T08:30:00Z")),
        ..options(None)
    };
    let second = render_site(&store.read(), event, &later).unwrap();
    assert_eq!(first.len(), second.len());
    let differing: Vec<&str> = first
        .iter()
        .zip(&second)
        .filter(|(a, b)| {
            assert_eq!(a.path, b.path);
            a.bytes != b.bytes
        })
        .map(|(a, _)| a.path.as_str())
        .collect();
    assert_eq!(differing, ["index.html"]);
    let (a, b) = (text(&first, "index.html"), text(&second, "index.html"));
    let lines: Vec<(&str, &str)> = a.lines().zip(b.lines()).filter(|(x, y)| x != y).collect();
    assert_eq!(
        lines,
        [(
            "<p class=\"generated\">Generated at 2026-05-01 12:00:00 UTC by Plenary.</p>",
            "<p class=\"generated\">Generated at 2026-05-02 08:30:00 UTC by Plenary.</p>"
        )]
    );
    // Into a folder: the second publish rewrites only index.html, a third with the same time nothing.
    let dir = tempfile::tempdir().unwrap();
    publish_site(&store, event, dir.path(), &options(None)).unwrap();
    assert_eq!(publish_site(&store, event, dir.path(), &later).unwrap().changed, 1);
    assert_eq!(publish_site(&store, event, dir.path(), &later).unwrap().changed, 0);
}

/// Runs the room screen's own script (`screen.js`, which exports `pick` under node) on the
/// page's embedded sessions at the page's `data-now`; returns the titles it shows as now and next.
fn screen_choice(dir: &Path, page: &str) -> Option<(Option<String>, Option<String>)> {
    let html = std::fs::read_to_string(dir.join(page)).unwrap();
    let now = html.split("data-now=\"").nth(1)?.split('"').next()?.to_string();
    let open = "<script type=\"application/json\" id=\"screen-data\">";
    let data = html.split(open).nth(1).unwrap().split("</script>").next().unwrap();
    let data_file = dir.join("screen-data.json");
    std::fs::write(&data_file, data).unwrap();
    let script = r#"
const { pick } = require(process.argv[1]);
const data = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
const chosen = pick(data.sessions, Number(process.argv[3]));
const title = (i) => (i === null ? null : data.sessions[i].title);
console.log(JSON.stringify([title(chosen.now), title(chosen.next)]));
"#;
    let out = match Command::new("node")
        .arg("-e")
        .arg(script)
        .arg(dir.join("screen.js"))
        .arg(&data_file)
        .arg(&now)
        .output()
    {
        Ok(out) => out,
        Err(_) => {
            tool_missing("node (to run the room screen's script)");
            return None;
        }
    };
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let (a, b): (Option<String>, Option<String>) = serde_json::from_slice(&out.stdout).unwrap();
    Some((a, b))
}

#[test]
fn the_room_screen_shows_now_and_next_for_a_fixed_clock() {
    let (store, event, timed, _) = released_demo();
    let room = store
        .read()
        .rooms(event)
        .unwrap()
        .into_iter()
        .find(|r| Some(r.id) == timed.data.room_id)
        .unwrap();
    let in_room: Vec<Session> = store
        .read()
        .schedule(event)
        .unwrap()
        .sessions
        .into_iter()
        .filter(|s| s.data.room_id == Some(room.id) && s.data.start.is_some())
        .collect();
    let start = timed.data.start.unwrap();
    let next_title = in_room
        .iter()
        .filter(|s| s.data.start.unwrap() > start)
        .min_by_key(|s| s.data.start)
        .map(|s| s.data.title.clone());
    let cases = [
        // Five minutes into the moved session: it is on now.
        (start + Duration::minutes(5), Some(timed.data.title.clone()), next_title),
        // Before the day: nothing now, the first session next.
        (
            in_room[0].data.start.unwrap() - Duration::hours(2),
            None,
            Some(in_room[0].data.title.clone()),
        ),
        // After the last session: nothing at all.
        (
            in_room.last().unwrap().data.end.unwrap() + Duration::minutes(1),
            None,
            None,
        ),
    ];
    for (now, expected_now, expected_next) in cases {
        let dir = tempfile::tempdir().unwrap();
        let options = SiteOptions {
            screen_now: Some(now),
            ..options(None)
        };
        publish_site(&store, event, dir.path(), &options).unwrap();
        let page = format!("screens/{}.html", room.uuid);
        let html = std::fs::read_to_string(dir.path().join(&page)).unwrap();
        assert!(html.contains(&format!("data-now=\"{}\"", now.timestamp_millis())));
        if let Some((shown_now, shown_next)) = screen_choice(dir.path(), &page) {
            assert_eq!(shown_now, expected_now, "now at {now}");
            assert_eq!(shown_next, expected_next, "next at {now}");
        }
    }
}

#[test]
fn the_36c3_site_is_published_and_checked() {
    let mut store = Store::open_in_memory().unwrap();
    let bytes = std::fs::read(fixture("frab-xml/giggity_36c3_merged.xml")).unwrap();
    let frab_options = plenary_interchange::frab::FrabOptions {
        timezone: Some("Europe/Berlin".into()),
        dry_run: false,
    };
    let report =
        plenary_interchange::frab::import(&mut store, "36c3.xml", &bytes, &frab_options, &mut |_, _| {}).unwrap();
    let event = report.event.unwrap().id;
    let started = Instant::now();
    store.write(|tx| tx.create_release(event, "1.0", "")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let summary = publish_site(&store, event, dir.path(), &options(Some("1.0"))).unwrap();
    eprintln!(
        "36C3: release + publish in {:?} (this build): {} files, {} bytes",
        started.elapsed(),
        summary.files,
        summary.bytes
    );
    assert_eq!((summary.sessions, summary.rooms), (1351, 92));
    let files = render_site(&store.read(), event, &options(Some("1.0"))).unwrap();
    let schedule = store.read().find_release(event, "1.0").unwrap().snapshot.to_schedule();
    assert_eq!(files.iter().filter(|f| f.path.starts_with("sessions/")).count(), 1351);
    assert_eq!(files.iter().filter(|f| f.path.starts_with("screens/")).count(), 92);
    assert!(check_links(dir.path(), &files) > 10_000);
    if tool("xmllint", &["--version"], "the apt package libxml2-utils") {
        xmllint(&dir.path().join("schedule.xml"));
    }
    // The whole event, each day, and the first three rooms, tags and people through every
    // parser (libical too); every other calendar through the structural checks, the ical crate,
    // icalendar and vobject.
    let sample: Vec<String> = ["room-", "tag-", "person-"]
        .iter()
        .flat_map(|kind| {
            files
                .iter()
                .filter(move |f| f.path.starts_with(&format!("calendars/{kind}")))
                .take(3)
                .map(|f| f.path.clone())
        })
        .collect();
    let (all, deep) = check_calendars(&schedule, &files, |path| {
        path == "calendars/all.ics" || path.starts_with("calendars/day-") || sample.iter().any(|s| s == path)
    });
    assert!(all > 1000 && deep >= 13, "{all} calendars, {deep} read by every parser");
}

#[test]
fn release_diff_and_publish_from_the_command_line() {
    let home = tempfile::tempdir().unwrap();
    plenary(home.path()).arg("demo").assert().success();
    plenary(home.path())
        .args(["release", "create", "--event", DEMO, "--name", "1.0", "--note", "First"])
        .assert()
        .success()
        .stdout(predicates::str::contains("Released \"1.0\" of ospos-for-good-2023"));
    let err = plenary(home.path())
        .args(["release", "create", "--event", DEMO, "--name", "1.0"])
        .assert()
        .code(1);
    assert!(String::from_utf8_lossy(&err.get_output().stderr)
        .contains("release name \"1.0\" is already used; choose another"));
    // Move the first session of the day half an hour later.
    let list = plenary(home.path())
        .args(["session", "list", "--event", DEMO])
        .output()
        .unwrap();
    let first = String::from_utf8(list.stdout).unwrap();
    let id = first
        .lines()
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    plenary(home.path())
        .args([
            "session",
            "move",
            "--event",
            DEMO,
            "--session",
            &id,
            "--start",
            "2023-06-21 10:00",
        ])
        .assert()
        .success();
    let out = plenary(home.path())
        .args(["release", "diff", "--event", DEMO, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let d: plenary_core::release::ReleaseDiff = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((d.from.as_str(), d.to.as_str()), ("1.0", "(current)"));
    assert_eq!(d.changes.len(), 1);
    assert_eq!(d.changes[0].kinds, [ChangeKind::MovedTime]);
    let text = plenary(home.path())
        .args(["release", "diff", "--event", DEMO])
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.starts_with("From 1.0 to (current): 1 sessions changed."), "{text}");
    assert!(text.contains("moved (time): "), "{text}");
    assert!(
        text.contains("2023-06-21 09:30–10:30 → 2023-06-21 10:00–11:00"),
        "{text}"
    );
    plenary(home.path())
        .args(["release", "create", "--event", DEMO, "--name", "1.1"])
        .assert()
        .success();
    plenary(home.path())
        .args(["release", "list", "--event", DEMO])
        .assert()
        .success()
        .stdout(predicates::str::is_match("(?m)^1.0  .*  12 sessions  First\n1.1  .*  12 sessions\n$").unwrap());
    // The frab export's <version> is the latest release's name.
    plenary(home.path())
        .args(["export", "frab-xml", "--event", DEMO])
        .assert()
        .success()
        .stdout(predicates::str::contains("<version>1.1</version>"));
    let site = home.path().join("site");
    plenary(home.path())
        .args(["publish", "site", "--event", DEMO, "--out"])
        .arg(&site)
        .args(["--release", "1.0"])
        .assert()
        .success()
        .stdout(predicates::str::contains("(release 1.0)"));
    assert!(site.join("index.html").is_file());
    assert!(std::fs::read_to_string(site.join("schedule.xml"))
        .unwrap()
        .contains("<version>1.0</version>"));
    let err = plenary(home.path())
        .args(["publish", "site", "--event", DEMO, "--out"])
        .arg(&site)
        .args(["--release", "9.9"])
        .assert()
        .code(2);
    assert!(String::from_utf8_lossy(&err.get_output().stderr).contains("no release 9.9"));
}

#[test]
fn a_snapshot_of_the_store_has_no_private_field() {
    let (store, event, _, _) = released_demo();
    let snapshot: PublicSnapshot = store.read().public_snapshot(event).unwrap();
    let json = serde_json::to_string(&snapshot).unwrap();
    for private in PRIVATE {
        assert!(!json.contains(private), "{private}");
    }
    // The releases' stored text too.
    let names: BTreeMap<String, usize> = store
        .read()
        .releases(event)
        .unwrap()
        .into_iter()
        .map(|r| (r.name, r.sessions as usize))
        .collect();
    assert_eq!(
        names,
        BTreeMap::from([("1.0".to_string(), 12), ("1.1".to_string(), 12)])
    );
}

/// Runs the search page's own `search` (search.js, which exports it under node) over the site's
/// `search-index.js`; returns the paths of the hits.
fn search(dir: &Path, query: &str) -> Option<Vec<String>> {
    let script = r#"
global.window = {};
require(process.argv[1] + "/search-index.js");
const { search } = require(process.argv[1] + "/search.js");
console.log(JSON.stringify(search(window.PLENARY_SEARCH, process.argv[2]).map((e) => e.u)));
"#;
    let out = match Command::new("node").arg("-e").arg(script).arg(dir).arg(query).output() {
        Ok(out) => out,
        Err(_) => {
            tool_missing("node (to run the search page's script)");
            return None;
        }
    };
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    Some(serde_json::from_slice(&out.stdout).unwrap())
}

#[test]
fn the_offline_search_finds_sessions_and_people() {
    let (store, event, timed, _) = released_demo();
    let dir = tempfile::tempdir().unwrap();
    publish_site(&store, event, dir.path(), &options(None)).unwrap();
    let schedule = store.read().schedule(event).unwrap();
    let person = schedule.person(timed.data.roles[0].person_id).unwrap();
    // Two words of the title, in another case and order.
    let words: Vec<&str> = timed.data.title.split_whitespace().take(2).collect();
    let query = format!("{} {}", words[1].to_uppercase(), words[0]);
    let Some(hits) = search(dir.path(), &query) else { return };
    assert!(
        hits.contains(&format!("sessions/{}.html", timed.uuid)),
        "{query}: {hits:?}"
    );
    // A person by name finds their page and their sessions.
    let hits = search(dir.path(), &person.data.name).unwrap();
    assert!(hits.contains(&format!("people/{}.html", person.uuid)), "{hits:?}");
    assert!(hits.contains(&format!("sessions/{}.html", timed.uuid)), "{hits:?}");
    // Every word must match; a word found nowhere finds nothing, and so does an empty query.
    assert_eq!(
        search(dir.path(), &format!("{query} zzzqqq")).unwrap(),
        Vec::<String>::new()
    );
    assert_eq!(search(dir.path(), "  ").unwrap(), Vec::<String>::new());
    // No private field is searchable.
    assert_eq!(search(dir.path(), "private-mail").unwrap(), Vec::<String>::new());
}

#[test]
fn a_damaged_or_tampered_release_is_refused_or_cleaned_never_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("plenary.db");
    let mut store = Store::open(&db).unwrap();
    store.write(demo::load).unwrap();
    let event = store.read().find_event(DEMO).unwrap().id;
    store.write(|tx| tx.create_release(event, "1.0", "")).unwrap();
    store.write(|tx| tx.create_release(event, "bad", "")).unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(&db).unwrap();
    // 1.0 gets an unsafe join link written into its JSON by hand; "bad" is not a snapshot at all.
    let text: String = conn
        .query_row("SELECT snapshot FROM releases WHERE name = '1.0'", [], |r| r.get(0))
        .unwrap();
    // The first session's join link (rooms come before sessions in the JSON).
    let at = text.find("\"sessions\":").unwrap();
    let tampered = format!(
        "{}{}",
        &text[..at],
        text[at..].replacen("\"join_url\":null", "\"join_url\":\"javascript:alert(1)\"", 1)
    );
    assert_ne!(tampered, text);
    conn.execute("UPDATE releases SET snapshot = ?1 WHERE name = '1.0'", [&tampered])
        .unwrap();
    conn.execute(
        "UPDATE releases SET snapshot = '{\"format\": 1}' WHERE name = 'bad'",
        [],
    )
    .unwrap();
    drop(conn);
    let store = Store::open(&db).unwrap();
    let files = render_site(&store.read(), event, &options(Some("1.0"))).unwrap();
    for f in &files {
        assert!(!String::from_utf8_lossy(&f.bytes).contains("javascript:"), "{}", f.path);
    }
    let err = render_site(&store.read(), event, &options(Some("bad"))).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("release snapshot: release \"bad\" holds a snapshot"),
        "{err}"
    );
}
