//! iCalendar throughput on the large synthetic event (10,000 sessions, 200 rooms, 5,000
//! people, roles, nested items, tags, text in several scripts).
//!
//! Targets: export ≤ 40 ms; import a 10,000-event file into the store ≤ 300 ms.
//! The exported file is also written to `$CARGO_TARGET_DIR/ical-bench/large.ics` (or
//! `target/…`) so that scripts/bench-ical.sh can time Python's icalendar on the same file.
//!
//! Run: cargo bench -p plenary-ical --bench ical   (or scripts/bench-ical.sh for the ratios)

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use plenary_core::generate::{large_event, Size};
use plenary_core::Store;
use plenary_ical::export::{write_calendar, ResolvedScope};
use plenary_ical::{export_event, import_ics, ExportOptions, ImportOptions};

fn bench_file() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join("ical-bench").join("large.ics")
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("source.db")).unwrap();
    let event = store.write(|tx| large_event(tx, "large", Size::LARGE)).unwrap();
    let options = ExportOptions::default();
    let text = export_event(&store.read(), event, &options).unwrap();
    let file = bench_file();
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, &text).unwrap();
    eprintln!(
        "10,000-session export: {:.1} MB, {} VEVENTs, written to {}",
        text.len() as f64 / 1e6,
        text.matches("BEGIN:VEVENT").count(),
        file.display()
    );

    let mut group = c.benchmark_group("ical");
    group.sample_size(10);
    group.bench_function("export 10k sessions (read store + write)", |b| {
        b.iter(|| export_event(&store.read(), event, &options).unwrap().len())
    });
    let schedule = store.read().schedule(event).unwrap();
    group.bench_function("export 10k sessions (write only)", |b| {
        b.iter(|| write_calendar(&schedule, &ResolvedScope::default(), &options).len())
    });
    group.bench_function("parse 10k-event file", |b| {
        b.iter(|| plenary_ical::parse::parse(text.as_bytes()).unwrap().0.len())
    });

    // Import into a new store file holding only the event: every session, person and room is
    // created, in one transaction.
    let ev = store.read().event(event).unwrap();
    let mut n = 0;
    group.bench_function("import 10k-event file into the store", |b| {
        b.iter_batched(
            || {
                n += 1;
                let mut target = Store::open(&dir.path().join(format!("import-{n}.db"))).unwrap();
                let id = target.write(|tx| tx.insert_event(ev.uuid, &ev.data)).unwrap().id;
                (target, id)
            },
            |(mut target, id)| {
                let report = import_ics(
                    &mut target,
                    id,
                    "large.ics",
                    text.as_bytes(),
                    &ImportOptions::default(),
                    &mut |_, _| {},
                )
                .unwrap();
                assert_eq!(report.created.sessions, 10_000);
                target
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
