//! The stable half of the fuzzing (issue 10; the libFuzzer targets are in fuzz/, see FUZZING.md):
//! arbitrary bytes and mutated fixtures through every parser and importer must never panic, an
//! import refused as a whole must leave the store exactly as it was, and what an import accepted
//! must export and check without a panic. Deep nesting must not overflow a small stack (the
//! desktop app imports on a worker thread) nor take super-linear time.

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;
use std::time::Instant;

use plenary_core::{EventId, Store};
use plenary_ical::ImportOptions;
use plenary_interchange::csv::{self, CsvOptions};
use plenary_interchange::event_file::{self, EventFileOptions};
use plenary_interchange::frab::{self, FrabOptions};
use plenary_interchange::ImportError;
use proptest::prelude::*;
use proptest::sample::Index;

use crate::support::fixtures_dir;

// The rules the libFuzzer targets apply (a fresh store with an event in the input's year, a
// failed import changes nothing, what a successful one wrote exports and checks without a
// panic), shared with them rather than copied.
// The fuzz targets use all of the harness; this test uses part of it.
#[allow(dead_code)]
#[path = "../../fuzz/src/lib.rs"]
mod harness;

use harness::{snapshot, store_with_event, year_of, EVENT_SLUG};

/// Runs one import on a fresh store (with an event in `year`) and applies the harness's rules
/// to what it left behind; a failed import's error names the importer.
fn import_into_fresh<T, E: std::fmt::Display>(
    what: &str,
    year: i32,
    import: impl FnOnce(&mut Store, EventId) -> Result<T, E>,
) {
    let (mut store, event) = store_with_event(year);
    let before = snapshot(&store);
    let result = import(&mut store, event).map_err(|e| format!("{what}: {e}"));
    harness::after_import(&store, &before, &result);
}

/// The bytes through every parser and importer, as the command line calls them.
fn every_importer(bytes: &[u8]) {
    let year = year_of(bytes);
    let _ = plenary_ical::parse::parse(bytes);
    import_into_fresh("ics", year, |store, event| {
        plenary_ical::import_ics(
            store,
            event,
            "fuzz.ics",
            bytes,
            &ImportOptions::default(),
            &mut |_, _| {},
        )
    });
    import_into_fresh("frab", year, |store, _| {
        let options = FrabOptions::default();
        match frab::import(store, "fuzz.xml", bytes, &options, &mut |_, _| {}) {
            // A file that names no zone is tried again with one, as the user would.
            Err(ImportError::NeedsTimezone { .. }) => {
                let options = FrabOptions {
                    timezone: Some("Europe/Brussels".into()),
                    dry_run: false,
                };
                frab::import(store, "fuzz.xml", bytes, &options, &mut |_, _| {})
            }
            other => other,
        }
    });
    import_into_fresh("csv people", year, |store, _| {
        csv::import_people(store, "fuzz.csv", bytes, &CsvOptions::default(), &mut |_, _| {})
    });
    import_into_fresh("csv sessions", year, |store, _| {
        csv::import_sessions(
            store,
            "fuzz.csv",
            bytes,
            EVENT_SLUG,
            &CsvOptions::default(),
            &mut |_, _| {},
        )
    });
    import_into_fresh("event file", year, |store, _| {
        event_file::import(store, "fuzz.json", bytes, &EventFileOptions::default(), &mut |_, _| {})
    });
}

/// Every fixture and case file, cut to its first 16 KiB: the big programmes are slow to import
/// in a debug build, and their beginning holds the structure a mutation should break.
fn fixtures() -> &'static [(String, Vec<u8>)] {
    static FILES: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    FILES.get_or_init(|| {
        let dir = fixtures_dir();
        let mut files = Vec::new();
        for sub in ["ics", "frab-xml", "schedule-json", "cases"] {
            let mut stack: Vec<PathBuf> = vec![dir.join(sub)];
            while let Some(path) = stack.pop() {
                if path.is_dir() {
                    stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                } else if path.extension().is_some_and(|e| e != "md") {
                    let mut bytes = std::fs::read(&path).unwrap();
                    bytes.truncate(16 * 1024);
                    files.push((path.strip_prefix(&dir).unwrap().display().to_string(), bytes));
                }
            }
        }
        files.sort();
        assert!(files.len() >= 20, "the fixtures are there: {}", files.len());
        files
    })
}

/// Pieces that the parsers give meaning to, for the mutations to insert.
const TOKENS: &[&str] = &[
    "BEGIN:VEVENT\r\n",
    "END:VEVENT\r\n",
    "BEGIN:VCALENDAR\r\n",
    "DURATION:P999999999999W\r\n",
    "RRULE:FREQ=DAILY;INTERVAL=4294967295\r\n",
    "DTSTART:99991231T235959Z\r\n",
    "\r\n ",
    ";TZID=\"",
    "<event>",
    "</event>",
    "<duration>99999:59</duration>",
    "<date>+262142-01-01T00:00:00+00:00</date>",
    "\"duration\": \"-1:00\"",
    "\"end_date\": \"+262142-12-31\"",
    "18446744073709551616",
    "-9223372036854775808",
    ",\"",
    "\n",
    ";",
    "\u{0}",
    "\u{FEFF}",
    "é",
];

#[derive(Debug, Clone)]
enum Edit {
    Flip(Index, u8),
    Insert(Index, Vec<u8>),
    Token(Index, Index),
    Delete(Index, usize),
    Duplicate(Index, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<Index>(), 1..=255u8).prop_map(|(at, mask)| Edit::Flip(at, mask)),
        (any::<Index>(), proptest::collection::vec(any::<u8>(), 1..16)).prop_map(|(at, b)| Edit::Insert(at, b)),
        (any::<Index>(), any::<Index>()).prop_map(|(at, t)| Edit::Token(at, t)),
        (any::<Index>(), 1..512usize).prop_map(|(at, n)| Edit::Delete(at, n)),
        (any::<Index>(), 1..1024usize).prop_map(|(at, n)| Edit::Duplicate(at, n)),
    ]
}

fn apply(bytes: &mut Vec<u8>, edit: &Edit) {
    // Positions are taken modulo the current length plus one, so an edit fits any length.
    let at = |i: &Index, len: usize| i.index(len + 1);
    match edit {
        Edit::Flip(i, mask) if !bytes.is_empty() => {
            let at = i.index(bytes.len());
            bytes[at] ^= mask;
        }
        Edit::Flip(..) => {}
        Edit::Insert(i, new) => {
            let at = at(i, bytes.len());
            bytes.splice(at..at, new.iter().copied());
        }
        Edit::Token(i, t) => {
            let at = at(i, bytes.len());
            bytes.splice(at..at, t.get(TOKENS).bytes());
        }
        Edit::Delete(i, n) => {
            let at = at(i, bytes.len());
            bytes.drain(at..(at + n).min(bytes.len()));
        }
        Edit::Duplicate(i, n) => {
            let at = at(i, bytes.len());
            let copy = bytes[at..(at + n).min(bytes.len())].to_vec();
            bytes.splice(at..at, copy);
        }
    }
}

proptest! {
    // Tuned so that both properties take about two seconds together in a debug build on an
    // idle machine (five on two busy cores).
    #![proptest_config(ProptestConfig {
        cases: 48,
        failure_persistence: None,
        max_shrink_iters: 512,
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_bytes_never_panic_and_a_refused_import_changes_nothing(
        bytes in prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..2048),
            // Text that starts like each format, so the bytes get past format detection.
            (prop::sample::select(vec!["BEGIN:VCALENDAR\r\n", "<schedule>", "{\"format\":", "name,title,date\n"]),
             proptest::collection::vec(any::<u8>(), 0..1024))
                .prop_map(|(head, tail)| [head.as_bytes(), &tail].concat()),
        ]
    ) {
        every_importer(&bytes);
    }

    #[test]
    fn mutated_fixtures_never_panic_and_a_refused_import_changes_nothing(
        file in any::<Index>(),
        edits in proptest::collection::vec(edit(), 1..8),
    ) {
        let (_, original) = file.get(fixtures());
        let mut bytes = original.clone();
        for e in &edits {
            apply(&mut bytes, e);
        }
        every_importer(&bytes);
    }
}

// ---------------------------------------------------------------- deep nesting

/// Runs `body` on a thread with the stack of a small worker thread (256 KiB), in a child
/// process (this test binary again, running only `child_test`), because a stack overflow
/// aborts the whole process and would take every other test with it. Fails with the child's
/// output unless it finished normally.
fn survives_in_child(child_test: &str, body: impl FnOnce() + Send + 'static) {
    if std::env::var_os("PLENARY_DEEP_NESTING_CHILD").is_some() {
        std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(body)
            .unwrap()
            .join()
            .unwrap();
        return;
    }
    let started = Instant::now();
    let output = Command::new(std::env::current_exe().unwrap())
        .args([child_test, "--exact", "--nocapture", "--test-threads=1"])
        .env("PLENARY_DEEP_NESTING_CHILD", "1")
        .output()
        .unwrap();
    eprintln!("{child_test}: {:?} in {:.2?}", output.status, started.elapsed());
    assert!(
        output.status.success(),
        "{child_test} crashed ({}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
}

const DEPTH: usize = 10_000;

/// 10,000 components, VCALENDAR and VEVENT in turn, each inside the one before.
fn deep_ics() -> Vec<u8> {
    let names = |i: usize| if i.is_multiple_of(2) { "VCALENDAR" } else { "VEVENT" };
    let mut text = String::new();
    for i in 0..DEPTH {
        text.push_str(&format!("BEGIN:{}\r\n", names(i)));
    }
    for i in (0..DEPTH).rev() {
        text.push_str(&format!("END:{}\r\n", names(i)));
    }
    text.into_bytes()
}

/// A frab schedule whose first day holds `depth` nested elements.
fn deep_frab_xml(depth: usize) -> Vec<u8> {
    let mut text = String::from("<?xml version=\"1.0\"?>\n<schedule><conference><title>Deep</title></conference><day date=\"2024-03-12\" index=\"1\">");
    text.push_str(&"<room name=\"A\">".repeat(depth));
    text.push_str(&"</room>".repeat(depth));
    text.push_str("</day></schedule>\n");
    text.into_bytes()
}

#[test]
fn deep_ics_nesting_does_not_overflow_a_small_stack() {
    survives_in_child("fuzz_bytes::deep_ics_nesting_does_not_overflow_a_small_stack", || {
        let bytes = deep_ics();
        drop(plenary_ical::parse::parse(&bytes));
        let (mut store, event) = store_with_event(2024);
        let _ = plenary_ical::import_ics(
            &mut store,
            event,
            "deep.ics",
            &bytes,
            &ImportOptions::default(),
            &mut |_, _| {},
        );
    });
}

#[test]
fn deep_frab_xml_nesting_does_not_overflow_a_small_stack() {
    survives_in_child(
        "fuzz_bytes::deep_frab_xml_nesting_does_not_overflow_a_small_stack",
        || {
            let bytes = deep_frab_xml(DEPTH);
            let mut store = Store::open_in_memory().unwrap();
            let options = FrabOptions {
                timezone: Some("Europe/Berlin".into()),
                dry_run: false,
            };
            let _ = frab::import(&mut store, "deep.xml", &bytes, &options, &mut |_, _| {});
        },
    );
}

/// Deep nesting costs time linear in the file's size: 100,000 nested elements (1.5 MB) import
/// in well under the fuzz targets' 10 s limit even in a debug build, where work quadratic in
/// the depth (a copy of the open elements' path per element) takes minutes.
#[test]
fn deep_frab_xml_nesting_takes_linear_time() {
    let bytes = deep_frab_xml(100_000);
    let mut store = Store::open_in_memory().unwrap();
    let options = FrabOptions {
        timezone: Some("Europe/Berlin".into()),
        dry_run: false,
    };
    let started = Instant::now();
    let _ = frab::import(&mut store, "deep.xml", &bytes, &options, &mut |_, _| {});
    let took = started.elapsed();
    assert!(
        took.as_secs() < 10,
        "{} bytes nested 100,000 deep took {took:.2?}",
        bytes.len()
    );
}
