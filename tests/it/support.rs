//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

/// `../shared` beside the project: real seeds, fixtures and schemas.
pub fn shared_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared")
}

pub fn fixture(rel: &str) -> PathBuf {
    shared_dir().join("fixtures").join(rel)
}

/// A `plenary` command whose data, config and cache folders are a temporary directory.
pub fn plenary(home: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("plenary").expect("the plenary binary is built");
    cmd.env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("NO_COLOR", "1");
    cmd
}
