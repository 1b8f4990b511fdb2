//! The TypeScript bindings in ui/src/lib/bindings are generated from plenary-core's model by
//! ts-rs and committed, so the UI builds without Rust. This test regenerates them into a temp
//! dir with the same settings as `.cargo/config.toml` and fails when a committed file differs,
//! is missing, or when a `#[ts(export)]` type of the core is not covered here.
//! Regenerate with: `cargo test -p plenary-core export_bindings`.

use std::collections::BTreeSet;
use std::path::Path;

use plenary_core::*;
use ts_rs::{Config, TS};

fn committed_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings")
}

/// Every `#[ts(export)]` type name declared in plenary-core's sources.
fn exported_type_names() -> BTreeSet<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/plenary-core/src");
    let mut names = BTreeSet::new();
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let mut pending = false;
            for line in text.lines().map(str::trim) {
                if line.starts_with("#[ts(export") {
                    pending = true;
                } else if pending {
                    if let Some(rest) = line
                        .strip_prefix("pub struct ")
                        .or_else(|| line.strip_prefix("pub enum "))
                    {
                        let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                        names.insert(name);
                        pending = false;
                    }
                }
            }
        }
    }
    names
}

#[test]
fn committed_bindings_match_the_model() {
    let out = tempfile::tempdir().unwrap();
    let cfg = Config::new().with_out_dir(out.path()).with_large_int("number");
    // Roots whose dependencies cover every exported type; export_all writes those too.
    Schedule::export_all(&cfg).unwrap();
    EventSummary::export_all(&cfg).unwrap();
    Selection::export_all(&cfg).unwrap();
    ErrorKind::export_all(&cfg).unwrap();
    SessionKind::export_all(&cfg).unwrap();
    Role::export_all(&cfg).unwrap();
    Participation::export_all(&cfg).unwrap();
    SessionStatus::export_all(&cfg).unwrap();
    // Flattened into their entities, so not reached from the roots above.
    EventData::export_all(&cfg).unwrap();
    VenueData::export_all(&cfg).unwrap();
    RoomData::export_all(&cfg).unwrap();
    PersonData::export_all(&cfg).unwrap();
    SessionData::export_all(&cfg).unwrap();
    Upsert::export_all(&cfg).unwrap();
    // The report every import returns (reaches Counts, Skipped, Note, Conflict, EventRef).
    ImportReport::export_all(&cfg).unwrap();

    let mut generated = BTreeSet::new();
    let mut problems = Vec::new();
    for entry in std::fs::read_dir(out.path()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let fresh = std::fs::read_to_string(&path).unwrap();
        match std::fs::read_to_string(committed_dir().join(&name)) {
            Ok(committed) if committed == fresh => {}
            Ok(_) => problems.push(format!("{name} differs from the model")),
            Err(_) => problems.push(format!("{name} is not committed")),
        }
        generated.insert(name.trim_end_matches(".ts").to_string());
    }
    for name in exported_type_names() {
        if !generated.contains(&name) {
            problems.push(format!(
                "{name} is #[ts(export)] in plenary-core but not checked here: add it above"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "TypeScript bindings are out of date (run `cargo test -p plenary-core export_bindings` and commit \
         ui/src/lib/bindings):\n{}",
        problems.join("\n")
    );
}
