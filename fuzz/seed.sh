#!/usr/bin/env bash
# Builds the seed corpus of every fuzz target, fuzz/corpus/<target>/, from tests/fixtures (the
# third-party files and the bug-report cases), from what the `plenary` command exports after
# importing the smaller of them (the only source of CSV and event files, and of small
# well-formed frab files), and from the committed findings in fuzz/regressions/<target>/.
# The corpus is generated, never committed. Usage: fuzz/seed.sh   (PLENARY=path/to/plenary to
# use a built binary instead of `cargo build -p plenary-cli`).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
fixtures=$root/tests/fixtures
corpus=$root/fuzz/corpus
targets=(ical_parse ical_import frab_xml frab_json csv_people csv_sessions event_file)
for t in "${targets[@]}"; do mkdir -p "$corpus/$t"; done

# copy TARGET FILE…: each file under a name that says where it came from.
copy() {
    local target=$1; shift
    for f in "$@"; do
        local name=${f#"$fixtures"/}
        cp "$f" "$corpus/$target/${name//\//_}"
    done
}

shopt -s nullglob
for t in ical_parse ical_import; do copy "$t" "$fixtures"/ics/*.ics "$fixtures"/cases/*/*.ics; done
copy frab_xml "$fixtures"/frab-xml/*.xml "$fixtures"/cases/*/*.xml
copy frab_json "$fixtures"/schedule-json/*.json "$fixtures"/cases/*/*.json

# The same files seen by the importers of the other formats: cheap cross-format seeds.
copy csv_people "$fixtures"/cases/*/*.ics
copy event_file "$fixtures"/schedule-json/voc_hub-schedule2.json

# Exports of the imported fixtures: CSV, event files and small frab files.
plenary=${PLENARY:-}
if [[ -z $plenary ]]; then
    plenary=$root/target/debug/plenary
    cargo build --quiet --manifest-path "$root/Cargo.toml" -p plenary-cli ||
        echo "seed.sh: plenary-cli does not build; the corpus lacks the exported seeds (CSV, event files)" >&2
fi
[[ -x $plenary ]] || plenary=false
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
for f in "$fixtures"/cases/*/*.xml "$fixtures"/cases/*/*.json "$fixtures"/schedule-json/*.json; do
    # Large programmes make slow seeds; their small siblings cover the same code.
    [[ $(stat -c %s "$f") -le 300000 ]] || continue
    n=$((n + 1))
    db=$tmp/$n.db
    # Exit 1 only says that records were skipped; the event is there all the same.
    report=$("$plenary" --db "$db" import frab "$f" --json 2>/dev/null) ||
        report=$("$plenary" --db "$db" import frab "$f" --timezone Europe/Berlin --json 2>/dev/null) || true
    slug=$(jq -r '.event.slug // empty' <<<"$report" 2>/dev/null || true)
    [[ -n $slug ]] || continue
    out() { "$plenary" --db "$db" export "$1" --event "$slug" "${@:3}" -o "$corpus/$2" >/dev/null 2>&1 || true; }
    out csv-sessions "csv_sessions/export-$n.csv"
    out csv-people "csv_people/export-$n.csv" --include-private
    out event "event_file/export-$n.json" --include-private
    out frab-xml "frab_xml/export-$n.xml"
    out frab-json "frab_json/export-$n.json"
    out ics "ical_import/export-$n.ics" --include-private
    [[ -f $corpus/ical_import/export-$n.ics ]] && cp "$corpus/ical_import/export-$n.ics" "$corpus/ical_parse/"
done

# A spreadsheet as people type them: ";" between fields, headers in other words.
printf 'Full name;Organization;E-mail address;Shoe size\nAda Lovelace;Analytical Engines;ada@example.org;38\n;Nobody;;\n' \
    >"$corpus/csv_people/semicolons.csv"
printf 'title,date,start,end,room,speakers,tags\nOpening,2024-03-12,09:00,09:30,Main hall,Ada Lovelace; Grace Hopper,sdg:9\n' \
    >"$corpus/csv_sessions/handwritten.csv"

# Every finding becomes a seed, so a campaign starts by re-checking it.
for t in "${targets[@]}"; do
    [[ -d $root/fuzz/regressions/$t ]] && cp "$root"/fuzz/regressions/"$t"/* "$corpus/$t/" 2>/dev/null || true
done

for t in "${targets[@]}"; do echo "$t: $(ls "$corpus/$t" | wc -l) seeds"; done
