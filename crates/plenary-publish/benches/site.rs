//! Releasing and publishing 36C3 (1,351 sessions, 92 rooms, 923 people), the figure:
//! `cargo bench -p plenary-publish --bench site`.

use criterion::{criterion_group, criterion_main, Criterion};
use plenary_core::Store;
use plenary_publish::{publish_site, render_site, SiteOptions};

fn store_with_36c3() -> (Store, i64) {
    let mut store = Store::open_in_memory().expect("an in-memory store");
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/frab-xml/giggity_36c3_merged.xml"
    );
    let bytes = std::fs::read(path).expect("the 36C3 fixture");
    let options = plenary_interchange::frab::FrabOptions {
        timezone: Some("Europe/Berlin".into()),
        dry_run: false,
    };
    let report = plenary_interchange::frab::import(&mut store, "36c3.xml", &bytes, &options, &mut |_, _| {})
        .expect("36C3 imports");
    (store, report.event.expect("an event").id)
}

fn bench(c: &mut Criterion) {
    let (mut store, event) = store_with_36c3();
    let mut group = c.benchmark_group("36c3");
    group.sample_size(10);
    let mut n = 0;
    group.bench_function("release", |b| {
        b.iter(|| {
            n += 1;
            store
                .write(|tx| tx.create_release(event, &format!("r{n}"), ""))
                .expect("a release")
        })
    });
    let options = SiteOptions {
        release: Some("r1".into()),
        ..Default::default()
    };
    group.bench_function("render the site (in memory)", |b| {
        b.iter(|| render_site(&store.read(), event, &options).expect("the site").len())
    });
    let dir = tempfile::tempdir().expect("a folder");
    group.bench_function("publish the site into an empty folder", |b| {
        b.iter_batched(
            || {
                let _ = std::fs::remove_dir_all(dir.path().join("site"));
            },
            |()| publish_site(&store, event, &dir.path().join("site"), &options).expect("published"),
            criterion::BatchSize::PerIteration,
        )
    });
    group.bench_function("republish unchanged", |b| {
        b.iter(|| publish_site(&store, event, &dir.path().join("site"), &options).expect("published"))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
