//! The iCalendar import reads an event's days as conference days (`EventData::day_change`):
//! a session in the night after the last day, before the day change, is inside the event,
//! both when importing into an event and when a file's event is found again.

use chrono::{NaiveDate, NaiveTime};
use plenary_core::{EventData, EventId, Store};
use plenary_ical::{import_ics, import_ics_as_event, ImportOptions};

fn calendar(name: &str, events: &[(&str, &str)]) -> Vec<u8> {
    let mut text = format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\nX-WR-CALNAME:{name}\r\n");
    for (uid, start) in events {
        text.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:{uid}\r\n\
             DTSTART;TZID=Europe/Berlin:{start}\r\nDURATION:PT1H\r\nEND:VEVENT\r\n"
        ));
    }
    text.push_str("END:VCALENDAR\r\n");
    text.into_bytes()
}

fn camp(store: &mut Store, day_change: &str) -> EventId {
    store
        .write(|tx| {
            tx.create_event(&EventData {
                slug: "camp".into(),
                title: "Camp".into(),
                timezone: "Europe/Berlin".into(),
                start_date: NaiveDate::from_ymd_opt(2026, 8, 1).unwrap(),
                end_date: NaiveDate::from_ymd_opt(2026, 8, 2).unwrap(),
                day_change: day_change.parse::<NaiveTime>().unwrap(),
                ..Default::default()
            })
        })
        .unwrap()
        .id
}

#[test]
fn a_session_in_the_night_after_the_last_day_is_inside_the_event() {
    let mut store = Store::open_in_memory().unwrap();
    let event = camp(&mut store, "06:00");
    let file = calendar(
        "Camp",
        &[
            ("late", "20260803T020000"),    // the night after 2 August: still its day
            ("early", "20260801T053000"),   // before the first day's change: outside
            ("morning", "20260803T063000"), // the third day: outside
        ],
    );
    let report = import_ics(
        &mut store,
        event,
        "t.ics",
        &file,
        &ImportOptions::default(),
        &mut |_, _| {},
    )
    .unwrap();
    assert_eq!(report.created.sessions, 1, "{:#?}", report.skipped);
    let reasons: Vec<String> = report.skipped.iter().map(|s| s.reason.to_string()).collect();
    assert_eq!(
        reasons,
        [
            "starts 2026-08-01 05:30 (Europe/Berlin), outside the event's days (2026-08-01 to 2026-08-02, \
             each from 06:00 to 06:00 the next day, Europe/Berlin)",
            "starts 2026-08-03 06:30 (Europe/Berlin), outside the event's days (2026-08-01 to 2026-08-02, \
             each from 06:00 to 06:00 the next day, Europe/Berlin)",
        ]
    );

    // With calendar days the same night session is outside, and the reason says calendar days.
    let mut store = Store::open_in_memory().unwrap();
    let event = camp(&mut store, "00:00");
    let file = calendar("Camp", &[("late", "20260803T020000")]);
    let report = import_ics(
        &mut store,
        event,
        "t.ics",
        &file,
        &ImportOptions::default(),
        &mut |_, _| {},
    )
    .unwrap();
    assert_eq!(report.created.sessions, 0);
    // The reason is a value the window words; the CLI's English says the same.
    let reason = &report.skipped[0].reason;
    assert_eq!(
        *reason,
        plenary_core::report::Remark::OutsideDays {
            start: "2026-08-03 02:00".into(),
            days: Box::new(plenary_core::report::Days {
                first: "2026-08-01".into(),
                last: "2026-08-02".into(),
                day_change: None,
                zone: "Europe/Berlin".into(),
            }),
        }
    );
    assert_eq!(
        reason.to_string(),
        "starts 2026-08-03 02:00 (Europe/Berlin), outside the event's days (2026-08-01 to 2026-08-02, Europe/Berlin)"
    );
}

#[test]
fn an_event_found_again_is_widened_by_conference_days_not_calendar_days() {
    let mut store = Store::open_in_memory().unwrap();
    let first = calendar("Camp", &[("a", "20260801T100000"), ("b", "20260802T100000")]);
    let run = |store: &mut Store, file: &[u8]| {
        import_ics_as_event(store, "camp.ics", file, &ImportOptions::default(), &mut |_, _| {}).unwrap()
    };
    let report = run(&mut store, &first);
    let event = report.event.as_ref().unwrap().id;
    // The organiser sets the day change, then the file comes back with a night session.
    store
        .write(|tx| {
            let mut data = tx.read().event(event)?.data;
            data.day_change = NaiveTime::from_hms_opt(6, 0, 0).unwrap();
            tx.update_event(event, &data)
        })
        .unwrap();
    let again = calendar(
        "Camp",
        &[
            ("a", "20260801T100000"),
            ("b", "20260802T100000"),
            ("late", "20260803T020000"),
        ],
    );
    let report = run(&mut store, &again);
    assert_eq!(report.created.sessions, 1, "{:#?}", report.skipped);
    assert_eq!(
        (report.created.events, report.updated.events, report.unchanged.events),
        (0, 0, 1)
    );
    let data = store.read().event(event).unwrap().data;
    assert_eq!(
        (data.start_date.to_string(), data.end_date.to_string()),
        ("2026-08-01".into(), "2026-08-02".into())
    );
}
