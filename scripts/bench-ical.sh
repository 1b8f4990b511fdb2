#!/usr/bin/env bash
# iCalendar benchmark: Plenary (criterion, release) and Python's icalendar on the same
# 10,000-session file, with the speed ratios. Needs: pip install icalendar.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=${CARGO_TARGET_DIR:-target}
cargo bench -p plenary-ical --bench ical
python3 crates/plenary-ical/benches/python_icalendar.py "$TARGET/ical-bench/large.ics" > "$TARGET/ical-bench/python.json"
python3 - "$TARGET" <<'PY'
import glob, json, os, sys
target = sys.argv[1]
rust = {}
for path in glob.glob(os.path.join(target, "criterion", "ical", "*", "new", "benchmark.json")):
    name = json.load(open(path))["function_id"]
    est = json.load(open(os.path.join(os.path.dirname(path), "estimates.json")))
    rust[name] = est["median"]["point_estimate"] / 1e9
py = json.load(open(os.path.join(target, "ical-bench", "python.json")))
print(f"file: {py['bytes'] / 1e6:.1f} MB, {py['events']} VEVENTs; Python icalendar {py['icalendar']}")
for name, secs in sorted(rust.items()):
    print(f"  Plenary  {name:<45} {secs * 1000:8.1f} ms")
print(f"  Python icalendar parse + read fields            {py['parse_s'] * 1000:8.1f} ms")
print(f"  Python icalendar serialise                      {py['write_s'] * 1000:8.1f} ms")
exp = rust["export 10k sessions (write only)"]
imp = rust["import 10k-event file into the store"]
print(f"ratio export (write only): {py['write_s'] / exp:.1f}x; "
      f"export incl. store read: {py['write_s'] / rust['export 10k sessions (read store + write)']:.1f}x")
print(f"ratio import (parse only): {py['parse_s'] / rust['parse 10k-event file']:.1f}x; "
      f"import into the store: {py['parse_s'] / imp:.1f}x")
PY
