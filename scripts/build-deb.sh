#!/usr/bin/env bash
# Builds a Debian package of the desktop app with the Tauri CLI (npm package @tauri-apps/cli,
# pinned in packaging/package.json). Output: target/release/bundle/deb/Plenary_<version>_amd64.deb
# (under $CARGO_TARGET_DIR when set). Install it with: sudo dpkg -i <that file> && sudo apt-get -f install
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
ensure_apt "${DESKTOP_APT_PACKAGES[@]}" dpkg-dev
ensure_ui_built
if [ ! -x packaging/node_modules/.bin/tauri ] || [ packaging/package-lock.json -nt packaging/node_modules/.package-lock.json ]; then
  (cd packaging && npm ci --no-audit --no-fund)
fi
packaging/node_modules/.bin/tauri build --bundles deb "$@"
find "${CARGO_TARGET_DIR:-$ROOT/target}/release/bundle/deb" -name '*.deb' -newer ui/dist/index.html -print
