//! `plenary import csv-sessions --event fuzz`: columns mapped by their headers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plenary_fuzz::{after_import, snapshot, store_with_event, year_of, EVENT_SLUG};
use plenary_interchange::csv::{import_sessions, CsvOptions};

fuzz_target!(|data: &[u8]| {
    let (mut store, _) = store_with_event(year_of(data));
    let before = snapshot(&store);
    let result = import_sessions(
        &mut store,
        "fuzz.csv",
        data,
        EVENT_SLUG,
        &CsvOptions::default(),
        &mut |_, _| {},
    );
    after_import(&store, &before, &result);
});
