//! The one integration-test binary: each module tests one area across crates.

mod bindings;
mod caldav;
mod checks;
mod cli;
mod fuzz_bytes;
mod ical;
mod interchange;
mod publish;
mod store;
mod support;
