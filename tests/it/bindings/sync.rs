//! The one way the TypeScript bindings in ui/src/lib/bindings are made: a test exports its
//! types with ts-rs into a temporary folder and hands it to [`sync`], which fails on any file
//! that differs from the committed one or, with `UPDATE_BINDINGS=1`, rewrites the committed
//! file instead (as rust-analyzer's codegen tests do). Nothing else writes into that folder, so
//! a plain `cargo test` never touches the UI.
//!
//! Shared, through `#[path]`, by the `it` test (plenary-core, plenary-checks, plenary-ical) and
//! plenary-app's test (the shell's own types: that crate needs webkit to build, which `it` must
//! not).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use ts_rs::Config;

/// Set to 1 to rewrite the committed bindings instead of failing on drift.
pub const UPDATE_VAR: &str = "UPDATE_BINDINGS";

/// Whether this run rewrites the committed bindings (`UPDATE_BINDINGS=1`).
pub fn updating() -> bool {
    std::env::var_os(UPDATE_VAR).is_some_and(|v| v == "1")
}

/// The repository's root, from the manifest folder of a package one level below it.
pub fn root(manifest_dir: &str) -> PathBuf {
    Path::new(manifest_dir).join("..")
}

/// The committed bindings, ui/src/lib/bindings.
pub fn committed_dir(root: &Path) -> PathBuf {
    root.join("ui/src/lib/bindings")
}

/// ts-rs's settings for every binding: written to `out`, 64-bit ids as plain `number`s (JSON
/// has no bigint, and ids stay far below 2^53).
pub fn config(out: &Path) -> Config {
    Config::new().with_out_dir(out).with_large_int("number")
}

/// Type names (file names without `.ts`) of the `.ts` files directly in `dir`.
pub fn ts_files(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter_map(|name| name.strip_suffix(".ts").map(str::to_owned))
        .collect()
}

/// Compares each file ts-rs wrote into `fresh` with its namesake in `committed`; when
/// [`updating`], writes the fresh text over it instead. Returns one line per out-of-date file
/// (none when updating) and the type names generated.
pub fn sync(fresh: &Path, committed: &Path) -> (Vec<String>, BTreeSet<String>) {
    let mut problems = Vec::new();
    let generated = ts_files(fresh);
    for name in &generated {
        let file = format!("{name}.ts");
        let text = std::fs::read_to_string(fresh.join(&file)).unwrap();
        let target = committed.join(&file);
        match std::fs::read_to_string(&target) {
            Ok(old) if old == text => {}
            _ if updating() => std::fs::write(&target, text).unwrap_or_else(|e| panic!("{}: {e}", target.display())),
            Ok(_) => problems.push(format!("{file} differs from the Rust type")),
            Err(_) => problems.push(format!("{file} is not committed")),
        }
    }
    (problems, generated)
}

/// Every type that derives `TS` in the `.rs` files under `dirs` (a text scan: a `#[derive(…)]`
/// naming `TS`, then the next `pub struct`/`pub enum`).
pub fn derived_type_names(dirs: &[PathBuf]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut stack = dirs.to_vec();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                scan(&std::fs::read_to_string(&path).unwrap(), &mut names);
            }
        }
    }
    names
}

fn scan(text: &str, names: &mut BTreeSet<String>) {
    let mut derive = String::new();
    let mut in_derive = false;
    let mut derives_ts = false;
    for line in text.lines().map(str::trim) {
        // rustfmt may wrap a long derive list over several lines: read up to its `)]`.
        if in_derive || line.starts_with("#[derive(") {
            derive.push_str(line);
            in_derive = !line.contains(")]");
            if !in_derive {
                derives_ts |= derive
                    .split(|c: char| !c.is_alphanumeric() && c != '_')
                    .any(|w| w == "TS");
                derive.clear();
            }
        } else if let Some(rest) = line
            .strip_prefix("pub struct ")
            .or_else(|| line.strip_prefix("pub enum "))
        {
            if derives_ts {
                names.insert(rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect());
            }
            derives_ts = false;
        }
    }
}

/// Fails with every problem found, and says how to fix them.
pub fn finish(problems: &[String]) {
    assert!(
        problems.is_empty(),
        "the TypeScript bindings are out of date; rewrite them with `UPDATE_BINDINGS=1 cargo test -p \
         plenary-tests --test it bindings` and `UPDATE_BINDINGS=1 cargo test -p plenary-app bindings`, \
         then commit ui/src/lib/bindings:\n{}",
        problems.join("\n")
    );
}
