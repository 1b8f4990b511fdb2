#!/usr/bin/env bash
# Builds a Debian package of the desktop app with the Tauri CLI (npm package @tauri-apps/cli,
# pinned in packaging/package.json and its lock file). The package holds both programs: the
# window (/usr/bin/plenary-app, with a menu entry) and the `plenary` command line
# (/usr/bin/plenary, mapped by bundle.linux.deb.files in src-tauri/tauri.conf.json).
# Output: target/release/bundle/deb/Plenary_<version>_amd64.deb (under $CARGO_TARGET_DIR when
# set). Install it with: sudo dpkg -i <that file> && sudo apt-get -f install
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
ensure_apt "${DESKTOP_APT_PACKAGES[@]}" dpkg-dev
ensure_ui_built
if [ ! -x packaging/node_modules/.bin/tauri ] || [ packaging/package-lock.json -nt packaging/node_modules/.package-lock.json ]; then
  (cd packaging && npm ci --no-audit --no-fund)
fi
# The command line first: the bundler copies the built file, it does not build it.
cargo build --release --locked -p plenary-cli
target_dir="${CARGO_TARGET_DIR:-$ROOT/target}"
config=()
if [ "$target_dir" != "$ROOT/target" ]; then
  # tauri.conf.json names ../target/release/plenary; another target dir needs its own path.
  config=(--config "{\"bundle\":{\"linux\":{\"deb\":{\"files\":{\"/usr/bin/plenary\":\"$target_dir/release/plenary\"}}}}}")
fi
packaging/node_modules/.bin/tauri build --bundles deb "${config[@]}" "$@"
find "$target_dir/release/bundle/deb" -name '*.deb' -newer ui/dist/index.html -print
