#!/usr/bin/env bash
# Runs fuzz targets one after the other (the machines have few cores) for SECONDS each and
# prints one summary line per target: seconds, executions, corpus size and findings.
# Findings are in fuzz/artifacts/<target>/ (crash-*, timeout-*, oom-*, slow-unit-*), the full
# log in fuzz/artifacts/<target>.log. Run fuzz/seed.sh first.
#   fuzz/run.sh [SECONDS] [TARGET…]     default: 600 s, every target
# Built with debug assertions (-a), so integer overflow panics instead of wrapping.
# libFuzzer runs in fork mode and carries on after a crash, a timeout (an input that takes more
# than 10 s: super-linear work) or running out of memory (2 GB), so one run finds every kind.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-600}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(ical_parse ical_import frab_xml frab_json csv_people csv_sessions event_file)

cd "$root/fuzz"
# Build once, then run the binaries themselves: `cargo fuzz run` would rebuild before every
# target, and the tree may change (or briefly not build) during a long campaign.
cargo +nightly fuzz build -O -a || echo "run.sh: the build failed; running the binaries built before" >&2
bin=target/x86_64-unknown-linux-gnu/release
printf '%-13s %7s %11s %7s  %s\n' target seconds executions corpus "findings (crash/timeout/oom)"
for t in "${targets[@]}"; do
    mkdir -p "artifacts/$t" "corpus/$t"
    log=artifacts/$t.log
    "$bin/$t" "corpus/$t" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -artifact_prefix="artifacts/$t/" >"$log" 2>&1 || true
    # Fork mode's status lines: "#RUNS: cov: … corp: N exec/s … oom/timeout/crash: O/T/C time: Ss …"
    last=$(grep -E '^#[0-9]+: cov:' "$log" | tail -1 || true)
    runs=$(sed -E 's/^#([0-9]+):.*/\1/' <<<"$last")
    corp=$(sed -E 's/.* corp: ([0-9]+).*/\1/' <<<"$last")
    otc=$(sed -E 's#.*oom/timeout/crash: ([0-9/]+).*#\1#' <<<"$last")
    time=$(sed -E 's/.* time: ([0-9]+)s.*/\1/' <<<"$last")
    c=${otc##*/}; rest=${otc%/*}; o=${rest%/*}; tmo=${rest#*/}
    printf '%-13s %7s %11s %7s  %s\n' "$t" "${time:-?}" "${runs:-?}" "${corp:-?}" "${c:-?}/${tmo:-?}/${o:-?}"
done
