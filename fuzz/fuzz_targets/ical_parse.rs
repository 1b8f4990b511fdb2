//! The iCalendar content-line parser alone, with and without the bump arena the import uses.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = plenary_ical::parse::parse(data);
    let arena = bumpalo::Bump::new();
    let _ = plenary_ical::parse::parse_in(data, &arena);
});
