//! The one integration-test binary: each module tests one area across crates.

mod cli;
mod store;
mod support;
