//! The store across crates: the generated large event reads back whole and consistent; files
//! that are not a usable store are named for what they are.

use plenary_core::generate::{large_event, Size};
use plenary_core::Store;

#[test]
fn a_generated_event_reads_back_whole() {
    let mut store = Store::open_in_memory().unwrap();
    let size = Size {
        sessions: 500,
        rooms: 20,
        people: 300,
    };
    let id = store.write(|tx| large_event(tx, "synthetic", size)).unwrap();
    let schedule = store.read().schedule(id).unwrap();
    assert_eq!(schedule.sessions.len(), 500);
    assert_eq!(schedule.rooms.len(), 20);
    assert_eq!(schedule.people.len(), 300);
    let s = &schedule.sessions[0];
    assert_eq!(s.data.roles.len(), 3);
    assert_eq!(s.data.items[0].roles.len(), 1);
    assert_eq!(s.data.tags.len(), 3);
    // Sessions come in start order.
    assert!(schedule.sessions.windows(2).all(|w| w[0].data.start <= w[1].data.start));
}

#[test]
fn a_store_file_survives_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plenary.db");
    let before = {
        let mut store = Store::open(&path).unwrap();
        store.write(plenary_core::demo::load).unwrap();
        let e = store.read().find_event("ospos-for-good-2023").unwrap();
        store.read().schedule(e.id).unwrap()
    };
    let store = Store::open(&path).unwrap();
    let e = store.read().find_event("ospos-for-good-2023").unwrap();
    assert_eq!(store.read().schedule(e.id).unwrap(), before);
}

/// What `plenary --db <path> events list` says and its exit code.
fn open_with_cli(home: &std::path::Path, db: &std::path::Path) -> (Option<i32>, String) {
    let out = crate::support::plenary(home)
        .arg("--db")
        .arg(db)
        .args(["events", "list"])
        .output()
        .unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn stores_that_are_not_what_they_seem_are_named_for_what_they_are() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    // Another application's SQLite file with empty tables: refused, byte for byte untouched.
    let foreign = h.join("firefox-places.sqlite");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);")
        .unwrap();
    let before = std::fs::read(&foreign).unwrap();
    let (code, err) = open_with_cli(h, &foreign);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("an SQLite database of another application"), "{err}");
    assert_eq!(std::fs::read(&foreign).unwrap(), before);
    assert!(!h.join("firefox-places.sqlite-wal").exists());
    // A Plenary store whose header is damaged: damaged, with its path.
    let db = h.join("plenary.db");
    {
        let mut store = Store::open(&db).unwrap();
        store.write(plenary_core::demo::load).unwrap();
    }
    let mut bytes = std::fs::read(&db).unwrap();
    bytes[..16].copy_from_slice(b"garbage garbage\0");
    std::fs::write(&db, &bytes).unwrap();
    let (code, err) = open_with_cli(h, &db);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains(&format!("{}: the store is damaged", db.display())),
        "{err}"
    );
    assert!(!err.contains("not a Plenary"), "{err}");
    // A store that cannot be written (sysfs refuses even root): permission denied and the path.
    let unwritable = std::path::Path::new("/sys/kernel/uevent_seqnum");
    if unwritable.exists() {
        let (code, err) = open_with_cli(h, unwritable);
        assert_eq!(code, Some(2), "{err}");
        assert!(
            err.contains("/sys/kernel/uevent_seqnum: cannot be written: Permission denied"),
            "{err}"
        );
    }
}
