# Shared set-up for scripts/run-app.sh and scripts/test-all.sh: installs what a fresh Debian 12
# machine lacks, and nothing that is already there. Source it; it defines functions only.

# Tauri 2's libraries (webview, tray, images) and the tools the tests use.
APP_PACKAGES=(libwebkit2gtk-4.1-dev libxdo-dev libssl-dev libayatana-appindicator3-dev librsvg2-dev
  build-essential pkg-config curl file)
TEST_PACKAGES=(xvfb xauth webkit2gtk-driver libical-dev libxml2-utils)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_apt() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "==> installing ${missing[*]}"
  as_root apt-get update -qq
  # The first big install can fail with "failed to read archive"; a second try succeeds.
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" ||
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}"
}

ensure_node() {
  if ! command -v npm >/dev/null 2>&1; then
    ensure_apt nodejs npm
  fi
}

# Installs the UI's npm packages (exactly the locked versions) and builds ui/dist.
build_ui() {
  ensure_node
  (
    cd ui
    if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
      npm ci --no-audit --no-fund
    fi
    npm run build
  )
}

# Python checkers used by the calendar and schedule tests (parsers that are not ours).
ensure_python_checkers() {
  local venv="$PWD/target/test-venv"
  if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
  fi
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check icalendar vobject jsonschema
  export PLENARY_TEST_PYTHON="$venv/bin/python"
}

ensure_tauri_driver() {
  if ! command -v tauri-driver >/dev/null 2>&1; then
    cargo install tauri-driver --locked
  fi
}
