#!/usr/bin/env bash
# Every test of Plenary, from a fresh Debian 12 machine: installs what is missing, then runs
# lints, the Rust tests (domain crates, CLI, calendar/schedule checkers, the shell), the UI's
# unit tests and type check, and the end-to-end tests that drive the real window under Xvfb.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
# One build per run: incremental artefacts would add ~6 GB to target/ and speed nothing up.
# A developer who re-runs this often can set CARGO_INCREMENTAL=1.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

# libical (a C parser of calendars) and xmllint check our exports; gcc builds the libical check.
ensure_apt "${DESKTOP_APT_PACKAGES[@]}" "${E2E_APT_PACKAGES[@]}" libical-dev libxml2-utils python3-venv
ensure_python_checkers
ensure_ui_built # the shell embeds ui/dist at compile time, so before any cargo build
ensure_tauri_driver

echo "==> packaging: the .deb's tools install from their lock file alone"
# Fails when packaging/package-lock.json no longer matches package.json (e.g. a platform package
# of @tauri-apps/cli missing), which is what stopped scripts/build-deb.sh at `npm ci`.
(cd packaging && npm ci --dry-run --no-audit --no-fund >/dev/null)

echo "==> lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings
# The e2e binary is `test = false` (it needs a display), so --all-targets leaves it out.
cargo clippy -p plenary-tests --test e2e --locked -- -D warnings

echo "==> UI type check and unit tests"
(cd ui && npm run check && npm test)

echo "==> Rust tests"
cargo test --workspace --exclude plenary-app --exclude plenary-tests --locked
cargo test -p plenary-app --locked
# The `it` tests run the plenary binary, which is not a dependency cargo would build for them.
cargo build -p plenary-cli --locked
cargo test -p plenary-tests --test it --locked

echo "==> end-to-end tests (the real window under Xvfb)"
cargo build -p plenary-app --locked
xvfb-run -a -s "-screen 0 1280x800x24" cargo test -p plenary-tests --test e2e --locked -- --test-threads=1
