//! iCalendar throughput on the large synthetic event (10,000 sessions, 200 rooms, 5,000
//! people, roles, nested items, tags, text in several scripts), and on a lighter programme of
//! the same 10,000 sessions whose file is close to the ~16 MB that issue 3 names.
//!
//! Targets: export ≤ 40 ms; import a 10,000-event file into the store ≤ 300 ms.
//! The exported files are also written to `$CARGO_TARGET_DIR/ical-bench/{large,light}.ics` (or
//! `target/…`) so that scripts/bench-ical.sh can time Python's icalendar and libical on the
//! same files.
//!
//! Run: cargo bench -p plenary-ical --bench ical   (or scripts/bench-ical.sh for the ratios)

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use plenary_core::generate::{large_event, Size};
use plenary_core::{EventId, Role, Store};
use plenary_ical::export::{write_calendar, ResolvedScope};
use plenary_ical::{export_event, import_ics, ExportOptions, ImportOptions};

fn bench_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join("ical-bench")
}

/// The large event with each session made lighter, as in a plain conference programme: a
/// moderator and one speaker, a one-line description, no tags, nested item, subtitle, join
/// instructions, registration link or interpretation (same times, rooms, titles, join and
/// web links, and text in the same scripts). Its file is ~1.6 KB per VEVENT, the size of the
/// ~16 MB for 10,000 events that issue 3 names (and of the JRES 2022 programme in fixtures).
fn lighten(store: &mut Store, event: EventId) {
    let sessions = store.read().sessions(event).unwrap();
    store
        .write(|tx| {
            for s in &sessions {
                let mut d = s.data.clone();
                d.roles.truncate(2);
                if let Some(r) = d.roles.get_mut(1) {
                    r.role = Role::Speaker;
                }
                d.items.clear();
                d.tags.clear();
                d.interpretation.clear();
                d.subtitle.clear();
                d.join_instructions.clear();
                d.registration_url = None;
                d.description = d.description.lines().next().unwrap_or_default().to_string();
                tx.update_session(s.id, &d)?;
            }
            Ok(())
        })
        .unwrap();
}

/// Export, parse and import rows for one programme; `label` prefixes the row names.
fn bench_programme(c: &mut Criterion, label: &str, file_name: &str, store: &Store, event: EventId, dir: &Path) {
    let options = ExportOptions::default();
    let text = export_event(&store.read(), event, &options).unwrap();
    let file = bench_dir().join(file_name);
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, &text).unwrap();
    let sessions = text.matches("BEGIN:VEVENT").count();
    eprintln!(
        "{file_name}: {:.1} MB, {sessions} VEVENTs ({:.2} KB each), written to {}",
        text.len() as f64 / 1e6,
        text.len() as f64 / sessions as f64 / 1e3,
        file.display()
    );

    let mut group = c.benchmark_group("ical");
    group.sample_size(10);
    group.bench_function(format!("{label}export 10k sessions (read store + write)"), |b| {
        b.iter(|| export_event(&store.read(), event, &options).unwrap().len())
    });
    let schedule = store.read().schedule(event).unwrap();
    group.bench_function(format!("{label}export 10k sessions (write only)"), |b| {
        b.iter(|| {
            write_calendar(&schedule, &ResolvedScope::default(), &options)
                .expect("sane days")
                .len()
        })
    });
    // What the import does before it touches the store: parse into components (folded
    // lines unfolded into an arena), then free them.
    group.bench_function(format!("{label}parse 10k-event file"), |b| {
        b.iter(|| {
            let arena = bumpalo::Bump::new();
            // Components drop before the arena they borrow from.
            let (roots, _) = plenary_ical::parse::parse_in(text.as_bytes(), &arena).unwrap();
            roots.len()
        })
    });

    // Import into a new store file holding only the event: every session, person and room is
    // created, in one transaction.
    let ev = store.read().event(event).unwrap();
    let mut n = 0;
    group.bench_function(format!("{label}import 10k-event file into the store"), |b| {
        b.iter_batched(
            || {
                n += 1;
                let mut target = Store::open(&dir.join(format!("{file_name}-import-{n}.db"))).unwrap();
                let id = target.write(|tx| tx.insert_event(ev.uuid, &ev.data)).unwrap().id;
                (target, id)
            },
            |(mut target, id)| {
                let report = import_ics(
                    &mut target,
                    id,
                    file_name,
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

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("source.db")).unwrap();
    let event = store.write(|tx| large_event(tx, "large", Size::LARGE)).unwrap();
    bench_programme(c, "", "large.ics", &store, event, dir.path());
    drop(store);

    let mut light = Store::open(&dir.path().join("light.db")).unwrap();
    let event = light.write(|tx| large_event(tx, "light", Size::LARGE)).unwrap();
    lighten(&mut light, event);
    bench_programme(c, "light: ", "light.ics", &light, event, dir.path());
}

criterion_group!(benches, bench);
criterion_main!(benches);
