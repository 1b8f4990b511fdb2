//! Exports of what a store written by hand or by an older Plenary may hold: days in the year
//! +262142 and `javascript:` links, put there with raw SQL past the store's rules.

use plenary_core::{EventData, Link, RoomData, SessionData, Store};
use plenary_interchange::{csv, event_file, frab};

/// A store file with one event (one room, one scheduled session), then `sql` run on it
/// directly, as an old Plenary or a hand edit would have left it.
fn old_store(sql: &str) -> (tempfile::TempDir, Store, plenary_core::Schedule) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.plenary");
    let mut store = Store::open(&path).unwrap();
    let event = store
        .write(|tx| {
            let event = tx.create_event(&EventData {
                slug: "forum".into(),
                title: "Forum".into(),
                timezone: "Europe/Zurich".into(),
                start_date: "2026-07-06".parse().unwrap(),
                end_date: "2026-07-07".parse().unwrap(),
                links: vec![Link {
                    label: "Home".into(),
                    url: "https://example.org/".into(),
                }],
                ..Default::default()
            })?;
            let room = tx.create_room(
                event.id,
                &RoomData {
                    name: "Hall".into(),
                    join_url: Some("https://example.org/hall".into()),
                    ..Default::default()
                },
            )?;
            tx.create_session(
                event.id,
                &SessionData {
                    title: "Opening".into(),
                    start: Some("2026-07-06T08:00:00Z".parse().unwrap()),
                    end: Some("2026-07-06T09:00:00Z".parse().unwrap()),
                    room_id: Some(room.id),
                    join_url: Some("https://example.org/join".into()),
                    ..Default::default()
                },
            )?;
            Ok(event)
        })
        .unwrap();
    rusqlite::Connection::open(&path).unwrap().execute_batch(sql).unwrap();
    let schedule = store.read().schedule(event.id).unwrap();
    (dir, store, schedule)
}

#[test]
fn absurd_stored_days_are_refused_by_the_timetable_exports_naming_the_field() {
    for (sql, field) in [
        ("UPDATE events SET end_date = '+262142-12-31'", "end_date"),
        ("UPDATE events SET start_date = '-262143-01-01'", "start_date"),
        ("UPDATE events SET end_date = '2028-01-01'", "end_date"),
    ] {
        let (_dir, _store, s) = old_store(sql);
        let errors = [
            frab::to_xml(&s).map(|o| o.text).unwrap_err(),
            frab::to_json(&s).map(|o| o.text).unwrap_err(),
        ];
        for err in errors {
            assert_eq!(err.field(), Some(field), "{sql}: {err}");
            assert!(err.to_string().starts_with(&format!("event {field}: ")), "{err}");
        }
        // The CSV exports hold no event days, and the event file (the whole event's backup)
        // writes them as stored: neither does arithmetic on them, both still work.
        assert!(csv::export_sessions(&s).contains("Opening"));
        let backup = event_file::export(&s, true);
        assert!(backup.contains("\"Opening\""), "{backup}");
        assert!(csv::export_coverage(&s).contains("Opening"));
    }
}

#[test]
fn unsafe_links_already_stored_never_leave_through_an_export() {
    let (_dir, _store, s) = old_store(
        "UPDATE events SET links = '[{\"label\":\"Bad\",\"url\":\"javascript:alert(1)\"},\
           {\"label\":\"Home\",\"url\":\"https://example.org/\"}]';
         UPDATE rooms SET join_url = 'javascript:alert(2)';
         UPDATE sessions SET join_url = 'javascript:alert(3)', registration_url = 'data:text/html,x',
           links = '[{\"label\":\"Slides\",\"url\":\"JavaScript:alert(4)\"},\
                     {\"label\":\"Video\",\"url\":\"https://example.org/v\"}]';",
    );
    // The raw SQL did reach the schedule: the exports must be what stops it.
    assert_eq!(s.sessions[0].data.join_url.as_deref(), Some("javascript:alert(3)"));
    let texts = [
        ("frab xml", frab::to_xml(&s).unwrap().text),
        ("frab json", frab::to_json(&s).unwrap().text),
        ("csv sessions", csv::export_sessions(&s)),
        ("event file", event_file::export(&s, true)),
    ];
    for (name, text) in texts {
        let lower = text.to_lowercase();
        assert!(!lower.contains("javascript:"), "{name}:\n{text}");
        assert!(!lower.contains("data:text"), "{name}:\n{text}");
        // Safe links beside them stay.
        assert!(text.contains("https://example.org/v"), "{name}:\n{text}");
    }
}
