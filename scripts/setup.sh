# Shared set-up steps, sourced by run-app.sh, test-all.sh, test-e2e.sh and build-deb.sh.
# Each step does nothing when its result is already there, so the scripts are quick to rerun.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Debian packages the Tauri 2 shell links against (webkit2gtk 4.1) plus the X server and
# WebKit's WebDriver for the end-to-end tests.
# fonts-noto-cjk: the window's Chinese (the .deb recommends it too; Arabic and Cyrillic come with
# the default fonts).
DESKTOP_APT_PACKAGES=(pkg-config build-essential libwebkit2gtk-4.1-dev libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev fonts-noto-cjk)
E2E_APT_PACKAGES=(xvfb xauth webkit2gtk-driver)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_apt() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  local log
  log="$(mktemp)"
  # A mirror hiccup shows as "failed to read archive"; one retry after a fresh download fixes it.
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" 2>&1 | tee "$log"; then
    if grep -qi "failed to read archive\|hash sum mismatch" "$log"; then
      as_root apt-get clean
      as_root apt-get update -qq
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    else
      rm -f "$log"
      return 1
    fi
  fi
  rm -f "$log"
}

ensure_node_modules() {
  command -v npm >/dev/null || { echo "npm is missing: install Node.js 20.19 or newer" >&2; return 1; }
  # npm ci only when the lock file changed since the last install.
  if [ ! -f "$ROOT/ui/node_modules/.package-lock.json" ] \
     || [ "$ROOT/ui/package-lock.json" -nt "$ROOT/ui/node_modules/.package-lock.json" ]; then
    (cd "$ROOT/ui" && npm ci --no-audit --no-fund)
  fi
}

ensure_ui_built() {
  ensure_node_modules
  local index="$ROOT/ui/dist/index.html"
  if [ ! -f "$index" ] || [ -n "$(find "$ROOT/ui/src" "$ROOT/ui/index.html" "$ROOT/ui/package.json" \
       "$ROOT/ui/vite.config.ts" "$ROOT/ui/svelte.config.js" -newer "$index" -print -quit 2>/dev/null)" ]; then
    (cd "$ROOT/ui" && npm run build)
  fi
}

ensure_tauri_driver() {
  export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
  command -v tauri-driver >/dev/null || cargo install tauri-driver --locked
}

# Python parsers that are not ours, used by the calendar and schedule tests to check our files;
# Radicale (a CalDAV server) and the caldav client for the CalDAV publishing tests.
ensure_python_checkers() {
  local venv="$ROOT/target/test-venv"
  if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv" || { ensure_apt python3-venv; python3 -m venv "$venv"; }
  fi
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check icalendar vobject jsonschema radicale caldav
  export PLENARY_TEST_PYTHON="$venv/bin/python"
  # Tests that call plain `python3` get the one with the checkers.
  export PATH="$venv/bin:$PATH"
}
