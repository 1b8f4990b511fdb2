#!/usr/bin/env bash
# Every test of Plenary, from a fresh Debian 12 machine: installs what is missing, then runs
# lints, the Rust tests (domain crates, CLI, calendar/schedule checkers), the UI's unit tests,
# and the end-to-end tests that drive the real window under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

ensure_apt "${APP_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
ensure_python_checkers
build_ui
ensure_tauri_driver

echo "==> lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "==> UI unit tests"
(cd ui && npm run check && npm test)

echo "==> Rust tests"
cargo test --workspace --exclude plenary-app --exclude plenary-tests --locked
# The `it` tests run the plenary binary, which is not a dependency cargo would build for them.
cargo build -p plenary-cli --locked
cargo test -p plenary-tests --test it --locked

echo "==> end-to-end tests (the real window under Xvfb)"
cargo build -p plenary-app --locked
xvfb-run -a cargo test -p plenary-tests --test e2e --locked -- --test-threads=1
