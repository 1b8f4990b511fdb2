//! Issue 6 speed targets: import the 36C3 fixture (1,351 sessions, 92 rooms) into the store
//! <= 200 ms; export it back as XML <= 50 ms.
//!
//! cargo bench -p plenary-interchange --bench frab

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use plenary_core::Store;
use plenary_interchange::frab::{self, FrabOptions};

fn fixture() -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/frab-xml/giggity_36c3_merged.xml");
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn options() -> FrabOptions {
    FrabOptions {
        timezone: Some("Europe/Berlin".into()),
        dry_run: false,
    }
}

fn bench(c: &mut Criterion) {
    let bytes = fixture();
    let mut group = c.benchmark_group("36c3");
    group.sample_size(20);
    group.bench_function("import_in_memory_store", |b| {
        b.iter_batched(
            || Store::open_in_memory().unwrap(),
            |mut store| {
                let report = frab::import(&mut store, "36c3", black_box(&bytes), &options(), &mut |_, _| {}).unwrap();
                assert_eq!(report.created.sessions, 1351);
                store
            },
            BatchSize::PerIteration,
        )
    });
    let dir = tempfile::tempdir().unwrap();
    let mut n = 0;
    group.bench_function("import_file_store", |b| {
        b.iter_batched(
            || {
                n += 1;
                Store::open(&dir.path().join(format!("bench-{n}.db"))).unwrap()
            },
            |mut store| {
                frab::import(&mut store, "36c3", black_box(&bytes), &options(), &mut |_, _| {}).unwrap();
                store
            },
            BatchSize::PerIteration,
        )
    });
    let mut store = Store::open_in_memory().unwrap();
    let report = frab::import(&mut store, "36c3", &bytes, &options(), &mut |_, _| {}).unwrap();
    let event = report.event.unwrap().id;
    group.bench_function("export_xml", |b| {
        b.iter(|| {
            let schedule = store.read().schedule(event).unwrap();
            frab::to_xml(black_box(&schedule)).expect("sane days").text.len()
        })
    });
    let schedule = store.read().schedule(event).unwrap();
    group.bench_function("export_xml_from_loaded_schedule", |b| {
        b.iter(|| frab::to_xml(black_box(&schedule)).expect("sane days").text.len())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
