//! `plenary import event`: a portable event file, into an empty store and again as a merge into
//! the copy that the first import made (the merge is the other half of the code).
#![no_main]

use libfuzzer_sys::fuzz_target;
use plenary_fuzz::{after_import, snapshot, store};
use plenary_interchange::event_file::{import, EventFileOptions};

fuzz_target!(|data: &[u8]| {
    let mut store = store();
    let options = EventFileOptions::default();
    for _ in 0..2 {
        let before = snapshot(&store);
        let result = import(&mut store, "fuzz.json", data, &options, &mut |_, _| {});
        after_import(&store, &before, &result);
        if result.is_err() {
            return;
        }
    }
});
