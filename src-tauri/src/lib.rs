//! Plenary's desktop shell: opens the store, loads the demo on a first start, and exposes the
//! domain crates to the web UI as Tauri commands (see `commands`). All rules live in the domain
//! crates; this crate only translates between them and the window.

pub mod commands;
pub mod error;
pub mod state;

pub use error::CommandError;
pub use state::AppState;

/// Builds and runs the app until its window closes.
pub fn run() -> Result<(), Box<dyn std::error::Error>> {
    let state = AppState::open_default()?;
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())?;
    Ok(())
}
