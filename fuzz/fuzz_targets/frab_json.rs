//! `plenary import frab` on frab schedule JSON (inputs detected as another format are left to the
//! other target). Without a zone the file's own is used; a file that names none is tried again
//! with one, as a user would.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plenary_fuzz::{after_import, snapshot, store};
use plenary_interchange::frab::{self, Format, FrabOptions};
use plenary_interchange::ImportError;

fuzz_target!(|data: &[u8]| {
    if frab::detect(data) != Some(Format::Json) {
        return;
    }
    let mut store = store();
    let before = snapshot(&store);
    let mut options = FrabOptions::default();
    let mut result = frab::import(&mut store, "fuzz.json", data, &options, &mut |_, _| {});
    if let Err(ImportError::NeedsTimezone { .. }) = result {
        options.timezone = Some("Europe/Brussels".into());
        result = frab::import(&mut store, "fuzz.json", data, &options, &mut |_, _| {});
    }
    after_import(&store, &before, &result);
});
