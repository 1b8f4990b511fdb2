//! `plenary import csv-people`: columns mapped by their headers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plenary_fuzz::{after_import, snapshot, store};
use plenary_interchange::csv::{import_people, CsvOptions};

fuzz_target!(|data: &[u8]| {
    let mut store = store();
    let before = snapshot(&store);
    let result = import_people(&mut store, "fuzz.csv", data, &CsvOptions::default(), &mut |_, _| {});
    after_import(&store, &before, &result);
});
