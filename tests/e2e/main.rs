//! End-to-end tests of the desktop app: the real window, UI, commands and store, driven
//! through tauri-driver. Run with scripts/test-e2e.sh (builds the UI and the app first).

mod agenda;
mod bench;
mod errors;
mod findings;
mod flows;
mod forms;
mod harness;
mod inputs;
mod languages;
mod publish;
mod reports;
mod screens;
mod screenshots;
mod sync;
mod undo;
