// No console window on Windows release builds; harmless elsewhere.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    if let Err(err) = plenary_app::run() {
        eprintln!("plenary-app: {err}");
        std::process::exit(1);
    }
}
