#!/usr/bin/env bash
# iCalendar benchmark: Plenary (criterion, release), Python's icalendar and libical on the same
# 10,000-session files (the full large event, and a lighter programme of ~16 MB), with the
# speed ratios. Needs: pip install icalendar (or PLENARY_TEST_PYTHON pointing at a Python that
# has it, as scripts/setup.sh's ensure_python_checkers sets), libical-dev, pkg-config, cc.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=${CARGO_TARGET_DIR:-target}
PYTHON=${PLENARY_TEST_PYTHON:-python3}
OUT="$TARGET/ical-bench"
mkdir -p "$OUT"
cargo bench -p plenary-ical --bench ical

LIBICAL=""
if pkg-config --exists libical 2>/dev/null; then
  # shellcheck disable=SC2046
  cc -O2 -o "$OUT/libical_parse" crates/plenary-ical/benches/libical_parse.c $(pkg-config --cflags --libs libical)
  LIBICAL="$OUT/libical_parse"
else
  echo "libical: not measured (pkg-config finds no libical; apt install libical-dev pkg-config)" >&2
fi
for name in large light; do
  "$PYTHON" crates/plenary-ical/benches/python_icalendar.py "$OUT/$name.ics" > "$OUT/python-$name.json"
  if [ -n "$LIBICAL" ]; then
    "$LIBICAL" "$OUT/$name.ics" 5 > "$OUT/libical-$name.json"
  else
    rm -f "$OUT/libical-$name.json"
  fi
done

"$PYTHON" - "$TARGET" <<'PY'
import glob, json, os, sys
target = sys.argv[1]
out = os.path.join(target, "ical-bench")
rust = {}
for path in glob.glob(os.path.join(target, "criterion", "ical", "*", "new", "benchmark.json")):
    name = json.load(open(path))["function_id"]
    est = json.load(open(os.path.join(os.path.dirname(path), "estimates.json")))
    rust[name] = est["median"]["point_estimate"] / 1e9
for name, label in [("large", ""), ("light", "light: ")]:
    py = json.load(open(os.path.join(out, f"python-{name}.json")))
    lib_path = os.path.join(out, f"libical-{name}.json")
    lib = json.load(open(lib_path)) if os.path.exists(lib_path) else None
    print(f"\n{name}.ics: {py['bytes'] / 1e6:.1f} MB, {py['events']} VEVENTs; Python icalendar {py['icalendar']}"
          + (f"; libical {lib['libical']}" if lib else ""))
    for op in ["export 10k sessions (read store + write)", "export 10k sessions (write only)",
               "parse 10k-event file", "import 10k-event file into the store"]:
        print(f"  Plenary  {op:<45} {rust[label + op] * 1000:8.1f} ms (median)")
    print(f"  Python icalendar parse + read fields            {py['parse_s'] * 1000:8.1f} ms")
    print(f"  Python icalendar serialise                      {py['write_s'] * 1000:8.1f} ms")
    if lib:
        print(f"  libical parse + read fields (median of {lib['runs']})      {lib['parse_s'] * 1000:8.1f} ms"
              f" (+ {lib['free_s'] * 1000:.1f} ms to free)")
    exp = rust[label + "export 10k sessions (write only)"]
    imp = rust[label + "import 10k-event file into the store"]
    print(f"  ratio export (write only): {py['write_s'] / exp:.1f}x; "
          f"export incl. store read: {py['write_s'] / rust[label + 'export 10k sessions (read store + write)']:.1f}x")
    print(f"  ratio import (parse only): {py['parse_s'] / rust[label + 'parse 10k-event file']:.1f}x; "
          f"import into the store: {py['parse_s'] / imp:.1f}x")
    if lib:
        print(f"  import into the store vs libical's parse alone: {lib['parse_s'] / imp:.2f}x "
              f"({'faster' if imp < lib['parse_s'] else 'slower'})")
PY
