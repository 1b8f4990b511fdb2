//! Store throughput on the large synthetic event (10,000 sessions, 200 rooms, 5,000 people,
//! every session with three roles, a nested item with a speaker, and three tags).
//!
//! Targets: read the whole event ≤ 100 ms; write it in one transaction ≤ 1 s.
//! Side by side: the same read done the way an ORM would (one query per session for its
//! roles, items and tags), to show what the batched read saves.
//!
//! Run: cargo bench -p plenary-core --bench store

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use plenary_core::generate::{large_event, Size};
use plenary_core::Store;
use rusqlite::Connection;

fn file_store(dir: &tempfile::TempDir, name: &str) -> Store {
    Store::open(&dir.path().join(name)).expect("store opens")
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = file_store(&dir, "read.db");
    let event = store.write(|tx| large_event(tx, "large", Size::LARGE)).unwrap();

    let mut group = c.benchmark_group("store");
    group.sample_size(10);
    group.bench_function("read whole event (10k sessions)", |b| {
        b.iter(|| {
            let s = store.read().schedule(event).unwrap();
            assert_eq!(s.sessions.len(), 10_000);
        })
    });

    let conn = Connection::open(dir.path().join("read.db")).unwrap();
    group.bench_function("peer: per-session queries (N+1 read)", |b| {
        b.iter(|| naive_read(&conn, event));
    });

    let mut n = 0;
    group.bench_function("write whole event in one transaction", |b| {
        b.iter_batched(
            || {
                n += 1;
                file_store(&dir, &format!("write-{n}.db"))
            },
            |mut fresh| fresh.write(|tx| large_event(tx, "large", Size::LARGE)).unwrap(),
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

/// id, title, description, start, end
type SessionRow = (i64, String, String, Option<i64>, Option<i64>);

/// What a row-at-a-time data layer does: the sessions, then their parts one session at a time.
fn naive_read(conn: &Connection, event: i64) -> usize {
    let mut sessions = conn
        .prepare_cached("SELECT id, title, description, start, end FROM sessions WHERE event_id = ?1")
        .unwrap();
    let ids: Vec<SessionRow> = sessions
        .query_map([event], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let mut parts = 0;
    for (id, ..) in &ids {
        let mut roles = conn
            .prepare_cached("SELECT p.name, r.role FROM session_roles r JOIN people p ON p.id = r.person_id WHERE r.session_id = ?1")
            .unwrap();
        parts += roles
            .query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .unwrap()
            .count();
        let mut items = conn
            .prepare_cached("SELECT title FROM session_items WHERE session_id = ?1")
            .unwrap();
        parts += items.query_map([id], |r| r.get::<_, String>(0)).unwrap().count();
        let mut tags = conn
            .prepare_cached("SELECT term_id FROM session_tags WHERE session_id = ?1")
            .unwrap();
        parts += tags.query_map([id], |r| r.get::<_, i64>(0)).unwrap().count();
    }
    parts
}

criterion_group!(benches, bench);
criterion_main!(benches);
