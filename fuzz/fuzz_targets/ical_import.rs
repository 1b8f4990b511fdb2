//! `plenary import ics`: bytes → parse → sessions of an existing event, in one transaction.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plenary_fuzz::{after_import, snapshot, store_with_event, year_of};
use plenary_ical::{import_ics, ImportOptions};

fuzz_target!(|data: &[u8]| {
    let (mut store, event) = store_with_event(year_of(data));
    let before = snapshot(&store);
    let result = import_ics(
        &mut store,
        event,
        "fuzz.ics",
        data,
        &ImportOptions::default(),
        &mut |_, _| {},
    );
    after_import(&store, &before, &result);
});
