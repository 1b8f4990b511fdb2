#!/usr/bin/env bash
# Builds and starts the Plenary desktop app (debug build). Installs what is missing first:
# Debian's webkit2gtk 4.1 development packages, the UI's npm packages; then builds the UI
# (ui/dist, embedded into the app at compile time) and runs `cargo run -p plenary-app`.
# Extra arguments go to the app. The store is $XDG_DATA_HOME/plenary/plenary.db (PLENARY_DB
# overrides it); a first start loads the demo programme.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
ensure_apt "${DESKTOP_APT_PACKAGES[@]}"
ensure_ui_built
exec cargo run -p plenary-app -- "$@"
