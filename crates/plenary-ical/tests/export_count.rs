//! `export_calendar` counts the sessions it wrote, not the VEVENTs: with items as events a
//! session with a programme of items has one VEVENT more per item.

use plenary_core::Store;
use plenary_ical::{export_calendar, vevent_count, ExportOptions};

#[test]
fn the_count_is_of_sessions_whatever_the_items_become() {
    let mut store = Store::open_in_memory().unwrap();
    store.write(plenary_core::demo::load).unwrap();
    let read = store.read();
    let event = read.find_event(plenary_core::demo::DEMO_SLUGS[0]).unwrap();
    let sessions = read.sessions(event.id).unwrap();
    let scheduled = sessions
        .iter()
        .filter(|s| s.data.start.is_some() && s.data.end.is_some());
    let items: usize = scheduled.clone().map(|s| s.data.items.len()).sum();
    let scheduled = scheduled.count();
    assert!(items > 0 && scheduled > 0, "the demo needs sessions with items");

    let plain = export_calendar(&read, event.id, &ExportOptions::default()).unwrap();
    assert_eq!(plain.sessions, scheduled);
    assert_eq!(vevent_count(&plain.text), scheduled);

    let options = ExportOptions {
        items_as_events: true,
        ..Default::default()
    };
    let with_items = export_calendar(&read, event.id, &options).unwrap();
    assert_eq!(with_items.sessions, scheduled);
    assert!(vevent_count(&with_items.text) > scheduled);
}
