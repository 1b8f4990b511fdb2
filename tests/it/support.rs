//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

/// `tests/fixtures`: real third-party files, schemas and bug-report cases (see its MANIFEST.md).
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

pub fn fixture(rel: &str) -> PathBuf {
    fixtures_dir().join(rel)
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
