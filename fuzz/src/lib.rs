//! What every fuzz target shares: a fresh in-memory store (with an event where the import needs
//! one), a snapshot of everything the store holds, the rule that an import which returns an
//! error has changed nothing, and the exports and checks run on what one that succeeded wrote.
//! A panic, stack overflow or timeout anywhere is a finding.
//!
//! The stable property test (tests/it/fuzz_bytes.rs) includes this file as a module, so both
//! halves of the fuzzing apply the same rules; it must therefore not use libfuzzer-sys.

use std::fmt::Display;

use chrono::{Days, NaiveDate};
use plenary_checks::{CheckConfig, SlotRequest};
use plenary_core::{EventData, EventId, Store};
use plenary_ical::ExportOptions;
use plenary_interchange::{csv, event_file, frab};

/// Slug of the event that [`store_with_event`] creates (CSV sessions are imported into it).
pub const EVENT_SLUG: &str = "fuzz";

/// A fresh in-memory store.
pub fn store() -> Store {
    Store::open_in_memory().expect("an in-memory store opens")
}

/// The year the input's sessions are probably in, so that inputs derived from the fixtures
/// reach the session-writing code of an event that lasts at most a year (the store's rule):
/// the year after the first `DTSTART`, else the first run of digits that starts with 19 or
/// 20 and goes on with a digit or `-` (`2024-03-12`, `20240312T…`), else 2024.
pub fn year_of(bytes: &[u8]) -> i32 {
    let from = bytes
        .windows(7)
        .position(|w| w == b"DTSTART")
        .and_then(|at| bytes[at..].iter().position(|b| *b == b':').map(|colon| at + colon + 1))
        .unwrap_or(0);
    bytes[from..]
        .windows(5)
        .find(|w| {
            (w.starts_with(b"19") || w.starts_with(b"20"))
                && w[..4].iter().all(u8::is_ascii_digit)
                && (w[4].is_ascii_digit() || w[4] == b'-')
        })
        .and_then(|w| std::str::from_utf8(&w[..4]).ok()?.parse().ok())
        .unwrap_or(2024)
}

/// A fresh in-memory store with a person and one event (Europe/Berlin, the whole of `year`),
/// so that "a failed import changed nothing" is checked against a store that holds something.
pub fn store_with_event(year: i32) -> (Store, EventId) {
    let mut store = store();
    let day = |m, d| NaiveDate::from_ymd_opt(year, m, d).expect("a valid date");
    let event = store
        .write(|tx| {
            tx.create_person(&plenary_core::PersonData {
                name: "Ada Lovelace".into(),
                ..Default::default()
            })?;
            tx.create_event(&EventData {
                slug: EVENT_SLUG.into(),
                title: "Fuzz".into(),
                timezone: "Europe/Berlin".into(),
                start_date: day(1, 1),
                end_date: day(12, 31),
                ..Default::default()
            })
        })
        .expect("the fuzz event is valid");
    (store, event.id)
}

/// Everything the store holds, as text: people, vocabularies, terms and each event's schedule.
pub fn snapshot(store: &Store) -> String {
    let read = store.read();
    let mut out = format!("{:?}\n{:?}\n{:?}\n", read.people(), read.vocabularies(), read.terms());
    for event in read.events().expect("events are readable") {
        out.push_str(&format!("{:?}\n", read.schedule(event.id)));
    }
    out
}

/// Checks what an import left behind. One that failed as a whole must leave the store as it
/// was (one transaction). After one that succeeded, everything a user does next with the
/// imported events must not panic either: every export, the checks and a free-slot search
/// (issue 10: an event file ending in the year +262142 imported fine, then broke `check`,
/// `slots` and the frab export).
pub fn after_import<T, E: Display>(store: &Store, before: &str, result: &Result<T, E>) {
    match result {
        Err(error) => assert_eq!(before, snapshot(store), "a failed import ({error}) changed the store"),
        Ok(_) => use_imported(store),
    }
}

fn use_imported(store: &Store) {
    let read = store.read();
    let config = CheckConfig::default();
    for event in read.events().expect("events are readable") {
        let schedule = read.schedule(event.id).expect("an imported event is readable");
        let _ = frab::to_xml(&schedule);
        let _ = frab::to_json(&schedule);
        let _ = csv::export_sessions(&schedule);
        let _ = csv::export_people(&schedule, true);
        let _ = csv::export_coverage(&schedule);
        let _ = event_file::export(&schedule, true);
        let options = ExportOptions {
            include_private: true,
            ..Default::default()
        };
        let _ = plenary_ical::export_event(&read, event.id, &options);
        let _ = plenary_checks::check(&schedule, &config, &[]);
        // The event's last three days: where an end date near the calendar's limit overflows,
        // and a search over a whole year's free slots costs ~0.1 s an input under ASan.
        let last_day = schedule.event.data.end_date;
        let request = SlotRequest {
            first_day: Some(last_day.checked_sub_days(Days::new(2)).unwrap_or(last_day)),
            last_day: Some(last_day),
            ..Default::default()
        };
        let _ = plenary_checks::free_slots(&schedule, &config, &[], &request);
    }
}
