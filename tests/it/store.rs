//! The store across crates: the generated large event reads back whole and consistent.

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
