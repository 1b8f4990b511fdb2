//! Property tests: on random schedules (overnight sessions, nested items, cancelled and
//! zero-length sessions, availability, two venues, random buffers) the fast checker, the
//! incremental checker after random moves, and the naive all-pairs checker agree exactly.

use chrono::{Duration, NaiveDate, NaiveTime};
use plenary_core::model::*;
use proptest::prelude::*;

use crate::tests::{at, role, B};
use crate::{check, naive, CheckConfig, Checker};

#[derive(Debug, Clone)]
struct RawSession {
    start_slot: Option<i64>,
    minutes: i64,
    room: Option<usize>,
    cancelled: bool,
    roles: Vec<(usize, usize)>,
    items: Vec<(Option<i64>, Option<u32>, Vec<usize>)>,
    kind_panel: bool,
}

fn raw_session() -> impl Strategy<Value = RawSession> {
    (
        prop::option::weighted(0.9, 0..(2 * 24 * 4i64)),
        prop::sample::select(vec![-15i64, 0, 15, 30, 45, 60, 90, 240]),
        prop::option::weighted(0.85, 0..4usize),
        prop::bool::weighted(0.1),
        prop::collection::vec((0..6usize, 0..9usize), 0..4),
        prop::collection::vec(
            (
                prop::option::weighted(0.3, -2..8i64),
                prop::option::weighted(0.7, prop::sample::select(vec![5u32, 10, 20, 40])),
                prop::collection::vec(0..6usize, 0..3),
            ),
            0..3,
        ),
        prop::bool::weighted(0.2),
    )
        .prop_map(
            |(start_slot, minutes, room, cancelled, roles, items, kind_panel)| RawSession {
                start_slot,
                minutes,
                room,
                cancelled,
                roles,
                items,
                kind_panel,
            },
        )
}

fn build(raw: &[RawSession]) -> (B, Vec<RoomId>) {
    let mut b = B::new("Europe/Zurich", "2026-07-06", "2026-07-07");
    let v1 = b.venue("Palexpo");
    let v2 = b.venue("CICG");
    let day = NaiveDate::from_ymd_opt(2026, 7, 6).unwrap();
    let t = |h: u32| NaiveTime::from_hms_opt(h, 0, 0).unwrap();
    let rooms = vec![
        b.room("K", Some(v1), |_| {}),
        b.room("L", Some(v1), |d| d.can_stream = false),
        b.room("2", Some(v2), |d| {
            d.opening_hours = vec![OpeningHours {
                date: day,
                opens: t(8),
                closes: t(20),
            }]
        }),
        b.room("Online", None, |d| d.is_virtual = true),
    ];
    let people: Vec<PersonId> = (0..6).map(|i| b.person(&format!("P{i}"))).collect();
    let tz = b.tz;
    let available = vec![Availability {
        start: at(tz, "2026-07-06 08:00"),
        end: at(tz, "2026-07-06 18:00"),
    }];
    b.s.people[5].data.availability = available;
    let base = at(tz, "2026-07-06 00:00");
    for (i, r) in raw.iter().enumerate() {
        let start = r.start_slot.map(|s| base + Duration::minutes(15 * s));
        b.session_utc(
            &format!("{i:02}"),
            start,
            start.map(|s| s + Duration::minutes(r.minutes)),
            r.room.map(|k| rooms[k]),
            |d| {
                d.status = if r.cancelled {
                    SessionStatus::Cancelled
                } else {
                    SessionStatus::Confirmed
                };
                d.kind = if r.kind_panel {
                    SessionKind::Panel
                } else {
                    SessionKind::Presentation
                };
                d.participation = if i % 3 == 0 {
                    Participation::Hybrid
                } else {
                    Participation::OnSite
                };
                d.roles = r.roles.iter().map(|&(p, k)| role(people[p], Role::ALL[k])).collect();
                d.items = r
                    .items
                    .iter()
                    .map(|(s, m, ps)| SessionItem {
                        uuid: uuid::Uuid::new_v4(),
                        start: match (s, start) {
                            (Some(off), Some(st)) => Some(st + Duration::minutes(10 * off)),
                            _ => None,
                        },
                        minutes: *m,
                        roles: ps.iter().map(|&p| role(people[p], Role::Speaker)).collect(),
                        ..Default::default()
                    })
                    .collect();
            },
        );
    }
    (b, rooms)
}

fn config() -> impl Strategy<Value = CheckConfig> {
    (
        prop::sample::select(vec![0u32, 10]),
        prop::sample::select(vec![0u32, 5, 15]),
        prop::sample::select(vec![0u32, 30]),
    )
        .prop_map(|(r, p, v)| CheckConfig {
            room_changeover_minutes: r,
            person_changeover_minutes: p,
            venue_changeover_minutes: v,
        })
}

/// A move as `Tx::move_session` does it, applied to the schedule itself.
fn apply_move(s: &mut Session, start: Option<chrono::DateTime<chrono::Utc>>, minutes: i64, room: Option<RoomId>) {
    let end = start.map(|t| t + Duration::minutes(minutes));
    if s.data.start != start || s.data.end != end || s.data.room_id != room {
        s.revision += 1;
    }
    if let (Some(a), Some(b)) = (s.data.start, start) {
        for item in &mut s.data.items {
            item.start = item.start.map(|t| t + (b - a));
        }
    }
    s.data.start = start;
    s.data.end = end;
    s.data.room_id = room;
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn fast_incremental_and_naive_agree(
        raw in prop::collection::vec(raw_session(), 0..14),
        config in config(),
        moves in prop::collection::vec(
            (0..14usize, prop::option::weighted(0.85, 0..(2 * 24 * 4i64)), prop::sample::select(vec![0i64, 30, 45, 90]), prop::option::of(0..4usize)),
            0..8,
        ),
    ) {
        let (mut b, rooms) = build(&raw);
        let fast = check(&b.s, &config, &[]);
        prop_assert_eq!(&naive::check(&b.s, &config, &[]), &fast);

        let mut checker = Checker::new(&b.s, &config, &[]);
        let base = at(b.tz, "2026-07-06 00:00");
        for (which, slot, minutes, room) in moves {
            if b.s.sessions.is_empty() {
                break;
            }
            let k = which % b.s.sessions.len();
            let start = slot.map(|s| base + Duration::minutes(15 * s));
            let room = room.map(|r| rooms[r]);
            let id = b.s.sessions[k].id;
            apply_move(&mut b.s.sessions[k], start, minutes, room);
            checker.move_session(id, start, start.map(|t| t + Duration::minutes(minutes)), room).unwrap();
            prop_assert_eq!(checker.findings(), naive::check(&b.s, &config, &[]));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 100, ..ProptestConfig::default() })]

    /// A session put in any slot that `free_slots` offers breaks no rule.
    #[test]
    fn every_free_slot_is_free(
        raw in prop::collection::vec(raw_session(), 0..14),
        config in config(),
        who in prop::collection::vec(0..6usize, 0..3),
        minutes in prop::sample::select(vec![15u32, 45, 90]),
    ) {
        let (b, _) = build(&raw);
        let people: Vec<PersonId> = who.iter().map(|&k| b.s.people[k].id).collect();
        let request = crate::SlotRequest { minutes, people: people.clone(), limit: 0, step_minutes: 30, ..Default::default() };
        let checker = Checker::new(&b.s, &config, &[]);
        let slots = checker.free_slots(&request).unwrap();
        for slot in slots.iter().step_by(7) {
            let mut c = checker.clone();
            let mut session = b.s.sessions.first().cloned().unwrap_or_else(|| {
                let mut bb = B::new("Europe/Zurich", "2026-07-06", "2026-07-07");
                bb.session_utc("x", None, None, None, |_| {});
                bb.s.sessions.remove(0)
            });
            session.id = 999_999;
            session.uuid = uuid::Uuid::new_v4();
            session.data = SessionData {
                code: "new".into(),
                title: "New".into(),
                start: Some(slot.start),
                end: Some(slot.end),
                room_id: Some(slot.room_id),
                roles: people.iter().map(|&p| role(p, Role::Speaker)).collect(),
                ..Default::default()
            };
            let found = c.upsert_session(&session);
            prop_assert!(found.is_empty(), "slot {:?} breaks {:#?}", slot, found);
        }
    }
}
