//! The checks on the large synthetic event (10,000 sessions, 200 rooms, 5,000 people):
//! the full check, a re-check after moving one session, free slots, and the naive all-pairs
//! checker as the baseline. Also a variant with injected clashes (about one session in ten,
//! picked by a hash of its position, moved half an hour later onto its room's next session).
//!
//! Run: `CARGO_TARGET_DIR=/work/target-checks cargo bench -p plenary-checks --bench checks`

use std::hint::black_box;

use chrono::Duration;
use criterion::{criterion_group, criterion_main, Criterion};
use plenary_checks::{check, naive, CheckConfig, Checker, SlotRequest};
use plenary_core::generate::{large_event, Size};
use plenary_core::{Schedule, Store};

fn large() -> Schedule {
    let mut store = Store::open_in_memory().expect("in-memory store");
    let event = store
        .write(|tx| large_event(tx, "bench", Size::LARGE))
        .expect("generated event");
    store.read().schedule(event).expect("schedule")
}

fn with_clashes(schedule: &Schedule) -> Schedule {
    let mut s = schedule.clone();
    // A hash rather than every tenth, which would pick the same rooms in every hour and move
    // whole rows together.
    let picked = |i: usize| (i.wrapping_mul(2_654_435_761) >> 8).is_multiple_of(10);
    for (_, session) in s.sessions.iter_mut().enumerate().filter(|(i, _)| picked(*i)) {
        session.data.start = session.data.start.map(|t| t + Duration::minutes(30));
        session.data.end = session.data.end.map(|t| t + Duration::minutes(30));
    }
    s
}

fn benches(c: &mut Criterion) {
    let schedule = large();
    let clashing = with_clashes(&schedule);
    let config = CheckConfig::default();
    eprintln!(
        "findings: generated {} (naive {}), with injected clashes {}",
        check(&schedule, &config, &[]).len(),
        naive::check(&schedule, &config, &[]).len(),
        check(&clashing, &config, &[]).len()
    );

    c.bench_function("full check, 10k sessions", |b| {
        b.iter(|| check(black_box(&schedule), &config, &[]))
    });
    c.bench_function("full check, 10k sessions, injected clashes", |b| {
        b.iter(|| check(black_box(&clashing), &config, &[]))
    });

    // One session dragged back and forth between its own slot and a clashing one in another
    // room; each iteration is one move and returns the findings the session is part of.
    let mut checker = Checker::new(&schedule, &config, &[]);
    let moved = &schedule.sessions[4321];
    let target = &schedule.sessions[4400];
    let positions = [
        (moved.data.start, moved.data.end, moved.data.room_id),
        (target.data.start, target.data.end, target.data.room_id),
    ];
    let mut k = 0usize;
    c.bench_function("move one session (re-check), 10k sessions", |b| {
        b.iter(|| {
            k += 1;
            let (start, end, room) = positions[k % 2];
            black_box(checker.move_session(moved.id, start, end, room).expect("known session"))
        })
    });
    c.bench_function("move one session and list all findings, 10k sessions", |b| {
        b.iter(|| {
            k += 1;
            let (start, end, room) = positions[k % 2];
            checker.move_session(moved.id, start, end, room).expect("known session");
            black_box(checker.findings())
        })
    });

    let people: Vec<_> = schedule.sessions[0].data.roles.iter().map(|r| r.person_id).collect();
    let request = SlotRequest {
        minutes: 45,
        people,
        capacity: Some(200),
        streaming: true,
        ..SlotRequest::default()
    };
    c.bench_function("free slots (3 people, 200 seats, streaming), 10k sessions", |b| {
        b.iter(|| checker.free_slots(black_box(&request)).expect("slots"))
    });

    let mut group = c.benchmark_group("naive");
    group.sample_size(10);
    group.bench_function("naive all-pairs check, 10k sessions", |b| {
        b.iter(|| naive::check(black_box(&schedule), &config, &[]))
    });
    group.finish();
}

criterion_group!(checks, benches);
criterion_main!(checks);
