#!/usr/bin/env bash
# End-to-end tests of the desktop app: builds the UI and the app, installs tauri-driver and
# WebKit's WebDriver when missing, and runs the e2e test target under a virtual X display.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
ensure_apt "${DESKTOP_APT_PACKAGES[@]}" "${E2E_APT_PACKAGES[@]}"
ensure_tauri_driver
# Radicale, for the Publish screen's CalDAV flow (the published site's axe check needs nothing
# more: it opens the site's pages in the app's own WebKit window with the UI's axe-core).
ensure_python_checkers
ensure_ui_built
cargo build -p plenary-app
# One app at a time (the tests also serialise themselves); xvfb-run gives them a display.
xvfb-run -a -s "-screen 0 1280x800x24" cargo test -p plenary-tests --test e2e -- --test-threads=1 "$@"
