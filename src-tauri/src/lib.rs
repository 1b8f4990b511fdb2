//! Plenary's desktop shell: opens the store, loads the demo on a first start, and exposes the
//! domain crates to the web UI as Tauri commands (see `commands`). All rules live in the domain
//! crates; this crate only translates between them and the window.

pub mod commands;
pub mod error;
pub mod files;
pub mod navigation;
pub mod state;

pub use error::CommandError;
pub use state::AppState;

/// Builds and runs the app until its window closes.
pub fn run() -> Result<(), Box<dyn std::error::Error>> {
    let state = AppState::open_default()?;
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(navigation::guard())
        .manage(state)
        .setup(|app| {
            state::watch_other_writers(app.handle().clone());
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())?;
    Ok(())
}

/// The bindings' drift check, shared with the `it` test (one file, so one behaviour).
#[cfg(test)]
#[path = "../../tests/it/bindings/sync.rs"]
mod bindings_sync;

#[cfg(test)]
mod bindings {
    //! The shell's own TypeScript types (command arguments and results, its error, the file
    //! dialogs' filter) against the committed ui/src/lib/bindings. The same check as the `it`
    //! test's, which covers the domain crates: it lives here because this crate needs webkit
    //! to build and `it` must not. `UPDATE_BINDINGS=1 cargo test -p plenary-app bindings`
    //! rewrites the files.

    use crate::bindings_sync as sync;
    use crate::commands::*;
    use ts_rs::TS;

    #[test]
    fn committed_shell_bindings_match_the_rust_types() {
        let out = tempfile::tempdir().unwrap();
        let cfg = sync::config(out.path());
        crate::CommandError::export_all(&cfg).unwrap();
        crate::files::FileFilter::export_all(&cfg).unwrap();
        Progress::export_all(&cfg).unwrap();
        NextEdition::export_all(&cfg).unwrap();
        ExportResult::export_all(&cfg).unwrap();
        MergeSide::export_all(&cfg).unwrap();
        SessionChoice::export_all(&cfg).unwrap();
        InterchangeFormat::export_all(&cfg).unwrap();
        InterchangeExport::export_all(&cfg).unwrap();
        // The Publish screen's diff with the changes per person (reaches core's diff types,
        // which `it` generates too, identically).
        ReleaseChanges::export_all(&cfg).unwrap();

        let root = sync::root(env!("CARGO_MANIFEST_DIR"));
        let (mut problems, generated) = sync::sync(out.path(), &sync::committed_dir(&root));
        let shell = sync::derived_type_names(&[root.join("src-tauri/src")]);
        for name in shell.difference(&generated) {
            problems.push(format!(
                "{name} derives TS in src-tauri but is not generated: export it above"
            ));
        }
        sync::finish(&problems);
    }
}

#[cfg(test)]
mod packaging {
    use serde_json::Value;
    use std::path::Path;

    fn read_json(rel: &str) -> Value {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// `npm ci` in packaging/ installs only what the lock file lists, and refuses to start when a
    /// platform package of the Tauri CLI is missing from it (a lock made on one machine lists only
    /// that machine's): every optional package the CLI names must be locked, at its version.
    #[test]
    fn the_packaging_lock_lists_every_platform_package_of_the_tauri_cli() {
        let lock = read_json("../packaging/package-lock.json");
        let packages = lock["packages"].as_object().expect("a lockfileVersion 3 lock");
        let cli = &packages["node_modules/@tauri-apps/cli"];
        let wanted = &packages[""]["devDependencies"]["@tauri-apps/cli"];
        assert!(wanted.is_string(), "package.json's Tauri CLI is in the lock's root");
        let optional = cli["optionalDependencies"]
            .as_object()
            .expect("the CLI's platform packages");
        assert!(optional.contains_key("@tauri-apps/cli-linux-x64-gnu"), "{optional:?}");
        let missing: Vec<&String> = optional
            .iter()
            .filter(|(name, version)| {
                let locked = packages.get(&format!("node_modules/{name}"));
                locked.is_none_or(|p| &p["version"] != *version || !p["integrity"].is_string())
            })
            .map(|(name, _)| name)
            .collect();
        assert!(
            missing.is_empty(),
            "packaging/package-lock.json lacks {missing:?}: regenerate it with `npm install --package-lock-only` in packaging/"
        );
    }

    /// The .deb carries the command line beside the window (scripts/build-deb.sh builds it first).
    #[test]
    fn the_deb_ships_the_plenary_command_line() {
        let conf = read_json("tauri.conf.json");
        let files = &conf["bundle"]["linux"]["deb"]["files"];
        assert_eq!(files["/usr/bin/plenary"], "../target/release/plenary", "{files}");
    }

    /// Chinese needs a CJK font, which a Debian desktop does not always have.
    #[test]
    fn the_deb_recommends_a_font_for_chinese() {
        let conf = read_json("tauri.conf.json");
        let recommends = &conf["bundle"]["linux"]["deb"]["recommends"];
        assert!(
            recommends
                .as_array()
                .is_some_and(|r| r.iter().any(|p| p == "fonts-noto-cjk")),
            "{recommends}"
        );
    }
}
