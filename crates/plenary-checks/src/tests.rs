//! Table-driven tests of every rule with its edge cases. Each case builds a schedule in memory,
//! states the exact findings expected (rule and session codes), and is also run through the naive
//! checker and through incremental moves, which must agree with the fast checker.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use plenary_core::model::*;
use plenary_core::time::{local_to_utc, parse_local, Fold};
use uuid::Uuid;

use crate::{check, naive, CheckConfig, Checker, Finding, Rule, WORDINGS};

pub(crate) struct B {
    pub s: Schedule,
    next: i64,
    pub tz: Tz,
}

pub(crate) fn at(tz: Tz, local: &str) -> DateTime<Utc> {
    local_to_utc(tz, parse_local(local, "t", "t").unwrap(), Fold::Earlier, "t", "t").unwrap()
}

impl B {
    pub fn new(tz: &str, first: &str, last: &str) -> B {
        let date = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
        B {
            s: Schedule {
                event: Event {
                    id: 1,
                    uuid: Uuid::new_v4(),
                    data: EventData {
                        slug: "e".into(),
                        title: "Event".into(),
                        timezone: tz.into(),
                        start_date: date(first),
                        end_date: date(last),
                        ..Default::default()
                    },
                },
                venues: vec![],
                rooms: vec![],
                sessions: vec![],
                people: vec![],
                vocabularies: vec![],
                terms: vec![],
            },
            next: 100,
            tz: tz.parse().unwrap(),
        }
    }

    fn id(&mut self) -> i64 {
        self.next += 1;
        self.next
    }

    pub fn venue(&mut self, name: &str) -> VenueId {
        let id = self.id();
        self.s.venues.push(Venue {
            id,
            uuid: Uuid::new_v4(),
            event_id: 1,
            data: VenueData {
                name: name.into(),
                ..Default::default()
            },
        });
        id
    }

    pub fn room(&mut self, name: &str, venue: Option<VenueId>, edit: impl FnOnce(&mut RoomData)) -> RoomId {
        let id = self.id();
        let mut data = RoomData {
            name: name.into(),
            venue_id: venue,
            capacity: Some(100),
            can_stream: true,
            interpretation_booths: 6,
            ..Default::default()
        };
        edit(&mut data);
        self.s.rooms.push(Room {
            id,
            uuid: Uuid::new_v4(),
            event_id: 1,
            data,
        });
        id
    }

    pub fn person(&mut self, name: &str) -> PersonId {
        let id = self.id();
        self.s.people.push(Person {
            id,
            uuid: Uuid::new_v4(),
            data: PersonData {
                name: name.into(),
                ..Default::default()
            },
        });
        id
    }

    /// A session from local `start` for `minutes` (negative or zero allowed) in `room`.
    pub fn session(
        &mut self,
        code: &str,
        start: &str,
        minutes: i64,
        room: Option<RoomId>,
        edit: impl FnOnce(&mut SessionData),
    ) -> SessionId {
        let t = at(self.tz, start);
        self.session_utc(code, Some(t), Some(t + Duration::minutes(minutes)), room, edit)
    }

    pub fn session_utc(
        &mut self,
        code: &str,
        start: Option<DateTime<Utc>>,
        end: Option<DateTime<Utc>>,
        room: Option<RoomId>,
        edit: impl FnOnce(&mut SessionData),
    ) -> SessionId {
        let id = self.id();
        let mut data = SessionData {
            code: code.into(),
            title: format!("Session {code}"),
            start,
            end,
            room_id: room,
            ..Default::default()
        };
        edit(&mut data);
        self.s.sessions.push(Session {
            id,
            uuid: Uuid::new_v4(),
            event_id: 1,
            revision: 0,
            created: DateTime::UNIX_EPOCH,
            modified: DateTime::UNIX_EPOCH,
            data,
        });
        id
    }
}

pub(crate) fn role(person: PersonId, role: Role) -> RoleAssignment {
    RoleAssignment {
        person_id: person,
        role,
    }
}

fn item(title: &str, start: Option<DateTime<Utc>>, minutes: Option<u32>, roles: Vec<RoleAssignment>) -> SessionItem {
    SessionItem {
        uuid: Uuid::new_v4(),
        title: title.into(),
        start,
        minutes,
        roles,
        description: String::new(),
    }
}

/// (rule, codes of the sessions involved) of every finding, sorted.
fn summary(schedule: &Schedule, findings: &[Finding]) -> Vec<(Rule, Vec<String>)> {
    let code = |u: &Uuid| {
        schedule
            .sessions
            .iter()
            .find(|s| s.uuid == *u)
            .map(|s| s.data.code.clone())
            .unwrap()
    };
    let mut out: Vec<(Rule, Vec<String>)> = findings
        .iter()
        .map(|f| {
            let mut codes: Vec<String> = f.sessions.iter().map(code).collect();
            codes.sort();
            (f.rule, codes)
        })
        .collect();
    out.sort();
    out
}

/// Findings without the fingerprint (which changes when a move bumps the revision).
fn content(mut f: Vec<Finding>) -> Vec<Finding> {
    for x in &mut f {
        x.fingerprint.clear();
    }
    f.sort_by(crate::finding::listing_order);
    f
}

/// Runs one case: the fast checker must give `expected`, agree with the naive checker, and give
/// the same after every session is moved away (to the tray) and back.
fn run(name: &str, b: &B, config: &CheckConfig, expected: &[(Rule, &[&str])]) {
    let fast = check(&b.s, config, &[]);
    let mut want: Vec<(Rule, Vec<String>)> = expected
        .iter()
        .map(|(r, codes)| {
            let mut c: Vec<String> = codes.iter().map(|s| s.to_string()).collect();
            c.sort();
            (*r, c)
        })
        .collect();
    want.sort();
    assert_eq!(summary(&b.s, &fast), want, "case {name}: {fast:#?}");
    assert_eq!(naive::check(&b.s, config, &[]), fast, "case {name}: naive differs");

    let mut checker = Checker::new(&b.s, config, &[]);
    for s in &b.s.sessions {
        checker.move_session(s.id, None, None, None).unwrap();
    }
    for s in &b.s.sessions {
        checker.upsert_session(s);
    }
    assert_eq!(
        content(checker.findings()),
        content(fast.clone()),
        "case {name}: incremental differs"
    );
    for f in &fast {
        assert!(
            !f.message.is_empty() && f.severity == f.rule.severity(),
            "case {name}: {f:?}"
        );
    }
}

fn zero_buffers() -> CheckConfig {
    CheckConfig {
        room_changeover_minutes: 0,
        person_changeover_minutes: 0,
        venue_changeover_minutes: 0,
    }
}

type Case = (
    &'static str,
    fn() -> (B, CheckConfig),
    &'static [(Rule, &'static [&'static str])],
);

fn geneva() -> (B, RoomId, RoomId, PersonId, PersonId) {
    let mut b = B::new("Europe/Zurich", "2026-07-06", "2026-07-10");
    let v = b.venue("Palexpo");
    let r1 = b.room("Room K", Some(v), |_| {});
    let r2 = b.room("Room L", Some(v), |_| {});
    let p = b.person("Amandeep Gill");
    let q = b.person("Doreen Bogdan-Martin");
    (b, r1, r2, p, q)
}

const CASES: &[Case] = &[
    (
        "room: touching intervals are no clash",
        || {
            let (mut b, r, ..) = geneva();
            b.session("1", "2026-07-06 09:00", 60, Some(r), |_| {});
            b.session("2", "2026-07-06 10:00", 45, Some(r), |_| {});
            (b, CheckConfig::default())
        },
        &[],
    ),
    (
        "room: overlap",
        || {
            let (mut b, r, ..) = geneva();
            b.session("1", "2026-07-06 09:00", 60, Some(r), |_| {});
            b.session("2", "2026-07-06 09:59", 45, Some(r), |_| {});
            (b, CheckConfig::default())
        },
        &[(Rule::RoomDoubleBooked, &["1", "2"])],
    ),
    (
        "room: same start and same duration",
        || {
            let (mut b, r, ..) = geneva();
            b.session("1", "2026-07-06 09:00", 45, Some(r), |_| {});
            b.session("2", "2026-07-06 09:00", 45, Some(r), |_| {});
            (b, CheckConfig::default())
        },
        &[(Rule::RoomDoubleBooked, &["1", "2"])],
    ),
    (
        "room: three-way clash is three pairs",
        || {
            let (mut b, r, ..) = geneva();
            b.session("1", "2026-07-06 09:00", 45, Some(r), |_| {});
            b.session("2", "2026-07-06 09:00", 45, Some(r), |_| {});
            b.session("3", "2026-07-06 09:30", 45, Some(r), |_| {});
            (b, CheckConfig::default())
        },
        &[
            (Rule::RoomDoubleBooked, &["1", "2"]),
            (Rule::RoomDoubleBooked, &["1", "3"]),
            (Rule::RoomDoubleBooked, &["2", "3"]),
        ],
    ),
    (
        "room: a long session contains a short one",
        || {
            let (mut b, r, ..) = geneva();
            b.session("1", "2026-07-06 09:00", 240, Some(r), |_| {});
            b.session("2", "2026-07-06 10:00", 30, Some(r), |_| {});
            b.session("3", "2026-07-06 12:00", 30, Some(r), |_| {});
            (b, CheckConfig::default())
        },
        &[
            (Rule::RoomDoubleBooked, &["1", "2"]),
            (Rule::RoomDoubleBooked, &["1", "3"]),
        ],
    ),
    (
        "room: across midnight",
        || {
            let (mut b, r, ..) = geneva();
            b.session("1", "2026-07-06 23:30", 60, Some(r), |_| {});
            b.session("2", "2026-07-07 00:00", 45, Some(r), |_| {});
            (b, CheckConfig::default())
        },
        &[(Rule::RoomDoubleBooked, &["1", "2"])],
    ),
    (
        "room: across midnight, touching",
        || {
            let (mut b, r, ..) = geneva();
            b.session("1", "2026-07-06 23:30", 30, Some(r), |_| {});
            b.session("2", "2026-07-07 00:00", 45, Some(r), |_| {});
            (b, CheckConfig::default())
        },
        &[],
    ),
    (
        "room: other rooms do not clash",
        || {
            let (mut b, r1, r2, ..) = geneva();
            b.session("1", "2026-07-06 09:00", 45, Some(r1), |_| {});
            b.session("2", "2026-07-06 09:00", 45, Some(r2), |_| {});
            (b, CheckConfig::default())
        },
        &[],
    ),
    (
        "room: changeover buffer",
        || {
            let (mut b, r, ..) = geneva();
            b.session("1", "2026-07-06 09:00", 45, Some(r), |_| {});
            b.session("2", "2026-07-06 09:50", 45, Some(r), |_| {});
            b.session("3", "2026-07-06 10:45", 45, Some(r), |_| {});
            let config = CheckConfig {
                room_changeover_minutes: 10,
                ..CheckConfig::default()
            };
            (b, config)
        },
        &[(Rule::ChangeoverTooShort, &["1", "2"])],
    ),
    (
        "room: DST autumn, 01:15 after the fold is after 01:45 before it",
        || {
            let mut b = B::new("America/New_York", "2026-10-31", "2026-11-02");
            let r = b.room("Conference Room 4", None, |_| {});
            let tz = b.tz;
            let early = local_to_utc(
                tz,
                parse_local("2026-11-01 00:30", "", "").unwrap(),
                Fold::Earlier,
                "",
                "",
            )
            .unwrap();
            let a_end = local_to_utc(
                tz,
                parse_local("2026-11-01 01:45", "", "").unwrap(),
                Fold::Earlier,
                "",
                "",
            )
            .unwrap();
            let later = local_to_utc(
                tz,
                parse_local("2026-11-01 01:15", "", "").unwrap(),
                Fold::Later,
                "",
                "",
            )
            .unwrap();
            b.session_utc("1", Some(early), Some(a_end), Some(r), |_| {});
            b.session_utc("2", Some(later), Some(later + Duration::minutes(30)), Some(r), |_| {});
            (b, CheckConfig::default())
        },
        &[],
    ),
    (
        "room: DST autumn, 01:15 before the fold clashes",
        || {
            let mut b = B::new("America/New_York", "2026-10-31", "2026-11-02");
            let r = b.room("Conference Room 4", None, |_| {});
            b.session("1", "2026-11-01 00:30", 75, Some(r), |_| {});
            b.session("2", "2026-11-01 01:15", 30, Some(r), |_| {});
            (b, CheckConfig::default())
        },
        &[(Rule::RoomDoubleBooked, &["1", "2"])],
    ),
    (
        "room: DST spring, 01:30 + 45 min touches 03:15",
        || {
            let (mut b, r, ..) = geneva();
            b.s.event.data.start_date = NaiveDate::from_ymd_opt(2026, 3, 28).unwrap();
            // 01:30 CET + 45 minutes is 03:15 CEST: the clocks skip 02:00-03:00.
            b.session("1", "2026-03-29 01:30", 45, Some(r), |_| {});
            b.session("2", "2026-03-29 03:15", 30, Some(r), |_| {});
            b.session("3", "2026-03-29 03:00", 10, Some(r), |_| {});
            (b, CheckConfig::default())
        },
        &[(Rule::RoomDoubleBooked, &["1", "3"])],
    ),
    (
        "person: two rooms at once",
        || {
            let (mut b, r1, r2, p, _) = geneva();
            b.session("1", "2026-07-06 09:00", 45, Some(r1), |d| {
                d.roles = vec![role(p, Role::Speaker)]
            });
            b.session("2", "2026-07-06 09:30", 45, Some(r2), |d| {
                d.roles = vec![role(p, Role::Moderator)]
            });
            (b, CheckConfig::default())
        },
        &[(Rule::PersonDoubleBooked, &["1", "2"])],
    ),
    (
        "person: chair twice, same start and duration",
        || {
            let (mut b, r1, r2, p, _) = geneva();
            b.session("1", "2026-07-06 09:00", 45, Some(r1), |d| {
                d.roles = vec![role(p, Role::Chair)]
            });
            b.session("2", "2026-07-06 09:00", 45, Some(r2), |d| {
                d.roles = vec![role(p, Role::Chair)]
            });
            (b, CheckConfig::default())
        },
        &[(Rule::PersonDoubleBooked, &["1", "2"])],
    ),
    (
        "person: across midnight",
        || {
            let (mut b, r1, r2, p, _) = geneva();
            b.session("1", "2026-07-06 23:00", 90, Some(r1), |d| {
                d.roles = vec![role(p, Role::Rapporteur)]
            });
            b.session("2", "2026-07-07 00:15", 30, Some(r2), |d| {
                d.roles = vec![role(p, Role::Presenter)]
            });
            (b, CheckConfig::default())
        },
        &[(Rule::PersonDoubleBooked, &["1", "2"])],
    ),
    (
        "person: two roles in one session is no clash",
        || {
            let (mut b, r1, _, p, _) = geneva();
            b.session("1", "2026-07-06 09:00", 45, Some(r1), |d| {
                d.roles = vec![role(p, Role::Moderator), role(p, Role::Speaker)];
                d.items = vec![item("Opening", None, Some(10), vec![role(p, Role::KeynoteSpeaker)])];
            });
            (b, CheckConfig::default())
        },
        &[],
    ),
    (
        "person: nested item overlaps another session",
        || {
            let (mut b, r1, r2, p, q) = geneva();
            b.session("1", "2026-07-06 10:00", 45, Some(r1), |d| {
                d.roles = vec![role(q, Role::Moderator)];
                d.items = vec![
                    item("Welcome", None, Some(15), vec![]),
                    item("Keynote", None, Some(15), vec![role(p, Role::KeynoteSpeaker)]),
                ];
            });
            // The keynote runs 10:15-10:30; this session ends 10:20.
            b.session("2", "2026-07-06 09:30", 50, Some(r2), |d| {
                d.roles = vec![role(p, Role::Panellist)]
            });
            (b, zero_buffers())
        },
        &[(Rule::PersonDoubleBooked, &["1", "2"])],
    ),
    (
        "person: nested item clear of another session",
        || {
            let (mut b, r1, r2, p, q) = geneva();
            b.session("1", "2026-07-06 10:00", 45, Some(r1), |d| {
                d.roles = vec![role(q, Role::Moderator)];
                d.items = vec![
                    item("Welcome", None, Some(15), vec![]),
                    item("Keynote", None, Some(15), vec![role(p, Role::KeynoteSpeaker)]),
                ];
            });
            // The sessions overlap, but the keynote starts at 10:15, when this one has ended.
            b.session("2", "2026-07-06 09:30", 45, Some(r2), |d| {
                d.roles = vec![role(p, Role::Panellist)]
            });
            (b, zero_buffers())
        },
        &[],
    ),
    (
        "person: items of two sessions, explicit start",
        || {
            let (mut b, r1, r2, p, _) = geneva();
            let tz = b.tz;
            b.session("1", "2026-07-06 10:00", 60, Some(r1), |d| {
                d.items = vec![item(
                    "Closing",
                    Some(at(tz, "2026-07-06 10:50")),
                    Some(10),
                    vec![role(p, Role::Speaker)],
                )];
            });
            b.session("2", "2026-07-06 10:55", 30, Some(r2), |d| {
                d.items = vec![item("Opening", None, Some(5), vec![role(p, Role::Speaker)])];
            });
            (b, CheckConfig::default())
        },
        &[(Rule::PersonDoubleBooked, &["1", "2"])],
    ),
    (
        "person: changeover within a venue",
        || {
            let (mut b, r1, r2, p, _) = geneva();
            b.session("1", "2026-07-06 09:00", 60, Some(r1), |d| {
                d.roles = vec![role(p, Role::Speaker)]
            });
            b.session("2", "2026-07-06 10:03", 45, Some(r2), |d| {
                d.roles = vec![role(p, Role::Speaker)]
            });
            b.session("3", "2026-07-06 10:53", 45, Some(r1), |d| {
                d.roles = vec![role(p, Role::Speaker)]
            });
            (b, CheckConfig::default())
        },
        &[(Rule::ChangeoverTooShort, &["1", "2"])],
    ),
    (
        "person: touching sessions in one room need no changeover",
        || {
            let (mut b, r1, _, p, _) = geneva();
            b.session("1", "2026-07-06 09:00", 60, Some(r1), |d| {
                d.roles = vec![role(p, Role::Speaker)]
            });
            b.session("2", "2026-07-06 10:00", 45, Some(r1), |d| {
                d.roles = vec![role(p, Role::Speaker)]
            });
            (b, CheckConfig::default())
        },
        &[],
    ),
    (
        "person: changeover between venues",
        || {
            let (mut b, r1, _, p, _) = geneva();
            let cicg = b.venue("CICG");
            let r3 = b.room("Room 2", Some(cicg), |_| {});
            b.session("1", "2026-07-06 09:00", 60, Some(r1), |d| {
                d.roles = vec![role(p, Role::Speaker)]
            });
            b.session("2", "2026-07-06 10:20", 45, Some(r3), |d| {
                d.roles = vec![role(p, Role::Speaker)]
            });
            b.session("3", "2026-07-06 11:35", 45, Some(r1), |d| {
                d.roles = vec![role(p, Role::Speaker)]
            });
            (b, CheckConfig::default())
        },
        &[(Rule::ChangeoverTooShort, &["1", "2"])],
    ),
    (
        "cancelled sessions clash with nothing",
        || {
            let (mut b, r1, r2, p, _) = geneva();
            b.session("1", "2026-07-06 09:00", 45, Some(r1), |d| {
                d.roles = vec![role(p, Role::Speaker)]
            });
            b.session("2", "2026-07-06 09:00", 45, Some(r1), |d| {
                d.status = SessionStatus::Cancelled;
                d.participation = Participation::Remote;
            });
            b.session("3", "2026-07-06 09:10", 45, Some(r2), |d| {
                d.status = SessionStatus::Cancelled;
                d.roles = vec![role(p, Role::Speaker)];
            });
            (b, CheckConfig::default())
        },
        &[],
    ),
    (
        "person_unavailable",
        || {
            let (mut b, r1, _, p, q) = geneva();
            let tz = b.tz;
            b.s.people.iter_mut().find(|x| x.id == p).unwrap().data.availability = vec![Availability {
                start: at(tz, "2026-07-06 09:00"),
                end: at(tz, "2026-07-06 12:00"),
            }];
            b.session("1", "2026-07-06 11:30", 60, Some(r1), |d| {
                d.roles = vec![role(p, Role::Speaker), role(q, Role::Chair)]
            });
            b.session("2", "2026-07-06 09:00", 60, Some(r1), |d| {
                d.roles = vec![role(p, Role::Speaker)]
            });
            (b, CheckConfig::default())
        },
        &[(Rule::PersonUnavailable, &["1"])],
    ),
    (
        "outside_event_days",
        || {
            let (mut b, r1, ..) = geneva();
            b.session("1", "2026-07-10 23:30", 60, Some(r1), |_| {});
            b.session("2", "2026-07-05 10:00", 60, Some(r1), |_| {});
            b.session("3", "2026-07-10 23:00", 60, Some(r1), |_| {});
            (b, CheckConfig::default())
        },
        &[
            (Rule::OutsideEventDays, &["1"]),
            (Rule::OutsideEventDays, &["2"]),
            (Rule::RoomDoubleBooked, &["1", "3"]),
        ],
    ),
    (
        "outside_room_hours",
        || {
            let (mut b, _, _, _, _) = geneva();
            let t = |h: u32| chrono::NaiveTime::from_hms_opt(h, 0, 0).unwrap();
            let day = NaiveDate::from_ymd_opt(2026, 7, 6).unwrap();
            let r = b.room("Room A", None, |d| {
                d.opening_hours = vec![
                    OpeningHours {
                        date: day,
                        opens: t(9),
                        closes: t(17),
                    },
                    OpeningHours {
                        date: day + Duration::days(1),
                        opens: t(18),
                        closes: t(2),
                    },
                ]
            });
            b.session("1", "2026-07-06 16:30", 60, Some(r), |_| {});
            b.session("2", "2026-07-06 09:00", 480, Some(r), |_| {});
            b.session("3", "2026-07-07 23:00", 120, Some(r), |_| {});
            b.session("4", "2026-07-08 10:00", 60, Some(r), |_| {});
            (b, CheckConfig::default())
        },
        &[
            (Rule::OutsideRoomHours, &["1"]),
            (Rule::RoomDoubleBooked, &["1", "2"]),
            (Rule::OutsideRoomHours, &["4"]),
        ],
    ),
    (
        "over_capacity",
        || {
            let (mut b, r1, ..) = geneva();
            b.session("1", "2026-07-06 09:00", 60, Some(r1), |d| {
                d.expected_attendance = Some(101)
            });
            b.session("2", "2026-07-06 10:00", 60, Some(r1), |d| {
                d.expected_attendance = Some(100)
            });
            (b, CheckConfig::default())
        },
        &[(Rule::OverCapacity, &["1"])],
    ),
    (
        "missing_join_link",
        || {
            let (mut b, r1, ..) = geneva();
            let online = b.room("Online", None, |d| {
                d.is_virtual = true;
                d.join_url = Some("https://meet.example.org/room".into());
            });
            b.session("1", "2026-07-06 09:00", 60, Some(r1), |d| {
                d.participation = Participation::Remote
            });
            b.session("2", "2026-07-06 10:00", 60, Some(r1), |d| {
                d.participation = Participation::Hybrid;
                d.join_url = Some("https://meet.example.org/2".into());
            });
            b.session("3", "2026-07-06 11:00", 60, Some(online), |d| {
                d.participation = Participation::Remote
            });
            b.session("4", "2026-07-06 12:00", 60, Some(r1), |_| {});
            b.session_utc("5", None, None, None, |d| {
                d.participation = Participation::Hybrid;
                d.join_url = Some("  ".into());
            });
            (b, CheckConfig::default())
        },
        &[
            (Rule::MissingJoinLink, &["1"]),
            (Rule::MissingJoinLink, &["5"]),
            (Rule::Unscheduled, &["5"]),
        ],
    ),
    (
        "no_streaming_in_room",
        || {
            let (mut b, r1, ..) = geneva();
            let r = b.room("Small room", None, |d| d.can_stream = false);
            let hybrid = |d: &mut SessionData| {
                d.participation = Participation::Hybrid;
                d.join_url = Some("https://meet.example.org/x".into());
            };
            b.session("1", "2026-07-06 09:00", 60, Some(r), hybrid);
            b.session("2", "2026-07-06 09:00", 60, Some(r1), hybrid);
            b.session("3", "2026-07-06 10:00", 60, Some(r), |_| {});
            (b, CheckConfig::default())
        },
        &[(Rule::NoStreamingInRoom, &["1"])],
    ),
    (
        "no_interpretation_in_room",
        || {
            let (mut b, ..) = geneva();
            let one = b.room("One booth", None, |d| d.interpretation_booths = 1);
            let none = b.room("No booth", None, |d| d.interpretation_booths = 0);
            b.session("1", "2026-07-06 09:00", 60, Some(one), |d| {
                d.interpretation = vec!["fr".into(), "es".into()]
            });
            b.session("2", "2026-07-06 10:00", 60, Some(one), |d| {
                d.interpretation = vec!["fr".into()]
            });
            b.session("3", "2026-07-06 09:00", 60, Some(none), |_| {});
            b.session("4", "2026-07-06 10:00", 60, Some(none), |d| {
                d.interpretation = vec!["ar".into()]
            });
            (b, CheckConfig::default())
        },
        &[
            (Rule::NoInterpretationInRoom, &["1"]),
            (Rule::NoInterpretationInRoom, &["4"]),
        ],
    ),
    (
        "panel_without_moderator",
        || {
            let (mut b, r1, _, p, q) = geneva();
            b.session("1", "2026-07-06 09:00", 60, Some(r1), |d| {
                d.kind = SessionKind::Panel;
                d.roles = vec![role(p, Role::Panellist)];
            });
            b.session("2", "2026-07-06 10:00", 60, Some(r1), |d| {
                d.kind = SessionKind::Panel;
                d.roles = vec![role(q, Role::Chair)];
            });
            b.session("3", "2026-07-06 11:00", 60, Some(r1), |d| {
                d.kind = SessionKind::Panel;
                d.items = vec![item("Discussion", None, None, vec![role(q, Role::Moderator)])];
            });
            b.session("4", "2026-07-06 12:00", 60, Some(r1), |d| {
                d.roles = vec![role(p, Role::Speaker)]
            });
            (b, CheckConfig::default())
        },
        &[(Rule::PanelWithoutModerator, &["1"])],
    ),
    (
        "item_outside_parent",
        || {
            let (mut b, r1, ..) = geneva();
            let tz = b.tz;
            b.session("1", "2026-07-06 09:00", 60, Some(r1), |d| {
                d.items = vec![item("Early", Some(at(tz, "2026-07-06 08:50")), Some(20), vec![])];
            });
            b.session("2", "2026-07-06 10:00", 60, Some(r1), |d| {
                d.items = vec![item("A", None, Some(40), vec![]), item("B", None, Some(30), vec![])];
            });
            b.session("3", "2026-07-06 11:00", 60, Some(r1), |d| {
                d.items = vec![item("A", None, Some(40), vec![]), item("B", None, None, vec![])];
            });
            (b, CheckConfig::default())
        },
        &[(Rule::ItemOutsideParent, &["1"]), (Rule::ItemOutsideParent, &["2"])],
    ),
    (
        "items_overlap",
        || {
            let (mut b, r1, ..) = geneva();
            let tz = b.tz;
            b.session("1", "2026-07-06 09:00", 60, Some(r1), |d| {
                d.items = vec![
                    item("A", None, Some(30), vec![]),
                    item("B", Some(at(tz, "2026-07-06 09:20")), Some(20), vec![]),
                    item("C", Some(at(tz, "2026-07-06 09:40")), Some(20), vec![]),
                ];
            });
            (b, CheckConfig::default())
        },
        &[(Rule::ItemsOverlap, &["1"])],
    ),
    (
        "non_positive_duration clashes with nothing",
        || {
            let (mut b, r1, ..) = geneva();
            b.session("1", "2026-07-06 09:30", 0, Some(r1), |_| {});
            b.session("2", "2026-07-06 10:00", -30, Some(r1), |_| {});
            b.session("3", "2026-07-06 09:00", 60, Some(r1), |_| {});
            (b, CheckConfig::default())
        },
        &[(Rule::NonPositiveDuration, &["1"]), (Rule::NonPositiveDuration, &["2"])],
    ),
    (
        "unscheduled",
        || {
            let (mut b, r1, ..) = geneva();
            b.session_utc("1", None, None, None, |_| {});
            b.session_utc("2", None, None, Some(r1), |_| {});
            b.session("3", "2026-07-06 09:00", 60, None, |_| {});
            b.session("4", "2026-07-06 09:00", 60, None, |d| {
                d.participation = Participation::Remote;
                d.join_url = Some("https://meet.example.org/4".into());
            });
            (b, CheckConfig::default())
        },
        &[
            (Rule::Unscheduled, &["1"]),
            (Rule::Unscheduled, &["2"]),
            (Rule::Unscheduled, &["3"]),
        ],
    ),
];

#[test]
fn every_rule_with_its_edge_cases() {
    for (name, build, expected) in CASES {
        let (b, config) = build();
        run(name, &b, &config, expected);
    }
    // Every rule has at least one case that reports it.
    for rule in Rule::ALL {
        assert!(
            CASES.iter().any(|(_, _, e)| e.iter().any(|(r, _)| r == rule)),
            "no case reports {rule}"
        );
    }
}

#[test]
fn messages_name_people_rooms_and_local_times() {
    let (mut b, r1, r2, p, _) = geneva();
    b.session("231", "2026-07-10 09:00", 45, Some(r1), |d| {
        d.roles = vec![role(p, Role::Moderator)]
    });
    b.session("232", "2026-07-10 09:30", 45, Some(r2), |d| {
        d.roles = vec![role(p, Role::Speaker)]
    });
    let f = check(&b.s, &CheckConfig::default(), &[]);
    assert_eq!(f.len(), 1);
    assert_eq!(
        f[0].message,
        "Amandeep Gill is in two places at once on Fri 10 Jul 09:30–09:45: 231 “Session 231” in Room K \
         (Fri 10 Jul 09:00–09:45) and 232 “Session 232” in Room L (Fri 10 Jul 09:30–10:15) (Europe/Zurich)."
    );
    assert_eq!(f[0].start, Some(at(b.tz, "2026-07-10 09:30")));
    assert_eq!(f[0].end, Some(at(b.tz, "2026-07-10 09:45")));
    assert_eq!(f[0].people, vec![b.s.people[0].uuid]);
    assert_eq!(f[0].rooms.len(), 2);
}

#[test]
fn findings_carry_their_wording_and_params_for_the_window() {
    let (mut b, r1, r2, p, _) = geneva();
    b.session("231", "2026-07-10 09:00", 45, Some(r1), |d| {
        d.roles = vec![role(p, Role::Moderator)]
    });
    b.session("232", "2026-07-10 09:30", 45, Some(r2), |d| {
        d.roles = vec![role(p, Role::Speaker)]
    });
    let f = check(&b.s, &CheckConfig::default(), &[]);
    assert_eq!(f[0].wording, "person_double_booked");
    let param = |k: &str| f[0].params.get(k).map(String::as_str);
    assert_eq!(param("person"), Some("Amandeep Gill"));
    assert_eq!(param("session"), Some("231 Session 231"));
    assert_eq!(param("session2"), Some("232 Session 232"));
    assert_eq!(param("room1"), Some("Room K"));
    assert_eq!(param("room2"), Some("Room L"));
    assert_eq!(param("zone"), Some("Europe/Zurich"));
    // Instants in UTC (Zurich is UTC+2 in July): the window shows them in its zone and language.
    assert_eq!(param("span"), Some("2026-07-10T07:30:00Z/2026-07-10T07:45:00Z"));
    assert_eq!(param("span1"), Some("2026-07-10T07:00:00Z/2026-07-10T07:45:00Z"));
    assert_eq!(param("span2"), Some("2026-07-10T07:30:00Z/2026-07-10T08:15:00Z"));
    assert_eq!(f[0].params.len(), 9);
}

#[test]
fn every_finding_of_every_case_has_a_known_wording() {
    for (name, build, _) in CASES {
        let (b, config) = build();
        for f in check(&b.s, &config, &[]) {
            assert!(WORDINGS.contains(&f.wording.as_str()), "{name}: {}", f.wording);
            assert!(
                f.wording.starts_with(f.rule.as_str()),
                "{name}: {} for {}",
                f.wording,
                f.rule
            );
            assert!(f.params.contains_key("session"), "{name}: {:?}", f.params);
        }
    }
}

#[test]
fn acknowledgement_lasts_until_a_session_changes() {
    let (mut b, r1, ..) = geneva();
    let s1 = b.session("1", "2026-07-06 09:00", 60, Some(r1), |_| {});
    b.session("2", "2026-07-06 09:30", 60, Some(r1), |_| {});
    let config = CheckConfig::default();
    let first = check(&b.s, &config, &[]);
    assert!(first[0].is_blocking());
    let acks = vec![first[0].fingerprint.clone()];
    let again = check(&b.s, &config, &acks);
    assert!(again[0].acknowledged && !again[0].is_blocking());
    assert_eq!(again[0].fingerprint, first[0].fingerprint);

    // Any change of a session involved (the store bumps modified, and the revision for times).
    let s = b.s.sessions.iter_mut().find(|s| s.id == s1).unwrap();
    s.modified += Duration::seconds(1);
    let changed = check(&b.s, &config, &acks);
    assert!(!changed[0].acknowledged);
    assert_ne!(changed[0].fingerprint, first[0].fingerprint);

    // A move in the checker un-acknowledges too, even before it is saved.
    let mut checker = Checker::new(&b.s, &config, &[changed[0].fingerprint.clone()]);
    assert!(checker.findings()[0].acknowledged);
    let moved = checker
        .move_session(
            s1,
            Some(at(b.tz, "2026-07-06 09:15")),
            Some(at(b.tz, "2026-07-06 10:15")),
            Some(r1),
        )
        .unwrap();
    assert_eq!(moved.len(), 1);
    assert!(!moved[0].acknowledged);
}

#[test]
fn moves_update_findings_incrementally() {
    let (mut b, r1, r2, p, _) = geneva();
    let s1 = b.session("1", "2026-07-06 09:00", 60, Some(r1), |d| {
        d.roles = vec![role(p, Role::Speaker)]
    });
    b.session("2", "2026-07-06 11:00", 60, Some(r2), |d| {
        d.roles = vec![role(p, Role::Speaker)]
    });
    let mut checker = Checker::new(&b.s, &CheckConfig::default(), &[]);
    assert!(checker.is_empty());
    let found = checker
        .move_session(
            s1,
            Some(at(b.tz, "2026-07-06 10:30")),
            Some(at(b.tz, "2026-07-06 11:30")),
            Some(r2),
        )
        .unwrap();
    let rules: Vec<Rule> = found.iter().map(|f| f.rule).collect();
    assert_eq!(rules, vec![Rule::RoomDoubleBooked, Rule::PersonDoubleBooked]);
    assert_eq!(checker.len(), 2);
    checker
        .move_session(
            s1,
            Some(at(b.tz, "2026-07-06 09:00")),
            Some(at(b.tz, "2026-07-06 10:00")),
            Some(r1),
        )
        .unwrap();
    assert!(checker.is_empty());
    checker.move_session(s1, None, None, None).unwrap();
    assert_eq!(checker.findings()[0].rule, Rule::Unscheduled);
    checker.remove_session(s1).unwrap();
    assert!(checker.is_empty());
    assert!(checker.move_session(s1, None, None, None).is_err());
}

mod slots {
    use super::*;
    use crate::{free_slots, SlotRequest};

    fn request(people: Vec<PersonId>) -> SlotRequest {
        let day = NaiveDate::from_ymd_opt(2026, 7, 6).unwrap();
        SlotRequest {
            minutes: 45,
            people,
            capacity: Some(80),
            first_day: Some(day),
            last_day: Some(day),
            limit: 0,
            ..SlotRequest::default()
        }
    }

    #[test]
    fn every_slot_breaks_no_rule_and_the_best_are_packed() {
        let (mut b, k, l, p, q) = geneva();
        b.s.rooms.iter_mut().find(|r| r.id == l).unwrap().data.can_stream = false;
        b.session("1", "2026-07-06 09:00", 60, Some(k), |d| {
            d.roles = vec![role(p, Role::Moderator)]
        });
        b.session("2", "2026-07-06 13:00", 60, Some(l), |d| {
            d.roles = vec![role(q, Role::Moderator)]
        });
        let config = CheckConfig::default();
        let before = check(&b.s, &config, &[]);
        assert!(before.is_empty(), "{before:#?}");
        let slots = free_slots(&b.s, &config, &[], &request(vec![p, q])).unwrap();
        // 08:00-20:00 in two rooms on a 15-minute grid, minus the blocked starts.
        assert!(slots.len() > 50, "{}", slots.len());
        for slot in &slots {
            let mut with = b.s.clone();
            let t = slot.start;
            let mut bb = B {
                s: with.clone(),
                next: 10_000,
                tz: b.tz,
            };
            bb.session_utc("new", Some(t), Some(slot.end), Some(slot.room_id), |d| {
                d.roles = vec![role(p, Role::Speaker), role(q, Role::Speaker)];
                d.expected_attendance = Some(80);
            });
            with = bb.s;
            let after = check(&with, &config, &[]);
            assert!(after.is_empty(), "slot {slot:?} breaks {after:#?}");
        }
        // Best first: slots that pack room K around session 1 with no idle time for its moderator.
        let ranked = free_slots(&b.s, &config, &[], &request(vec![p])).unwrap();
        let show = |i: usize| (local_span_of(&b, &ranked[i]), ranked[i].room.clone());
        assert_eq!(show(0), ("Mon 6 Jul 08:15–09:00".to_string(), "Room K".to_string()));
        assert_eq!(show(1), ("Mon 6 Jul 10:00–10:45".to_string(), "Room K".to_string()));
        assert!(ranked
            .windows(2)
            .all(|w| (w[0].penalty, w[0].start) <= (w[1].penalty, w[1].start)));
        // With session 2's moderator too, the slot nearer to their 13:00 session ranks higher.
        assert_eq!(local_span_of(&b, &slots[0]), "Mon 6 Jul 10:00–10:45");

        // A hybrid session needs streaming: only Room K.
        let mut streaming = request(vec![p]);
        streaming.streaming = true;
        let only_k = free_slots(&b.s, &config, &[], &streaming).unwrap();
        assert!(!only_k.is_empty() && only_k.iter().all(|s| s.room_id == k));
        // Nobody fits 150 people.
        let mut big = request(vec![]);
        big.capacity = Some(150);
        assert!(free_slots(&b.s, &config, &[], &big).unwrap().is_empty());
    }

    fn local_span_of(b: &B, s: &crate::Slot) -> String {
        crate::local_span(&b.s.event.data.timezone, s.start, s.end)
    }

    #[test]
    fn availability_limits_and_bad_requests() {
        let (mut b, k, _, p, _) = geneva();
        let tz = b.tz;
        b.s.people.iter_mut().find(|x| x.id == p).unwrap().data.availability = vec![Availability {
            start: at(tz, "2026-07-06 14:00"),
            end: at(tz, "2026-07-06 16:00"),
        }];
        b.session("1", "2026-07-06 14:30", 30, Some(k), |d| {
            d.roles = vec![role(p, Role::Chair)]
        });
        let config = CheckConfig::default();
        let slots = free_slots(&b.s, &config, &[], &request(vec![p])).unwrap();
        let (from, to) = (at(tz, "2026-07-06 14:00"), at(tz, "2026-07-06 16:00"));
        assert!(!slots.is_empty());
        assert!(slots.iter().all(|s| s.start >= from && s.end <= to), "{slots:#?}");
        // 14:00-14:45 and 14:15-15:00 overlap session 1; 15:00-15:45 follows it in its room.
        assert!(slots.iter().all(|s| s.start >= at(tz, "2026-07-06 15:00")));
        assert_eq!(slots[0].room_id, k);

        let mut zero = request(vec![p]);
        zero.minutes = 0;
        assert!(free_slots(&b.s, &config, &[], &zero).is_err());
        assert!(free_slots(&b.s, &config, &[], &request(vec![999_999])).is_err());
        let mut outside = request(vec![]);
        outside.first_day = NaiveDate::from_ymd_opt(2027, 1, 1);
        outside.last_day = NaiveDate::from_ymd_opt(2027, 1, 2);
        assert!(free_slots(&b.s, &config, &[], &outside).is_err());
    }
}

/// A schedule read from a store written by hand may hold days chrono can barely represent: the
/// checks run without panicking, and the slot search refuses the days, naming the field.
#[test]
fn absurd_event_days_never_panic() {
    for (first, last, field) in [
        ("2026-07-06", "+262142-12-31", "end_date"),
        ("+262142-12-30", "+262142-12-31", "start_date"),
        ("-262143-01-01", "2026-01-01", "start_date"),
    ] {
        let mut b = B::new("America/New_York", "2026-07-06", "2026-07-06");
        let date = |d: &str| d.parse::<NaiveDate>().unwrap();
        b.s.event.data.start_date = date(first);
        b.s.event.data.end_date = date(last);
        b.room("K", None, |_| {});
        let findings = check(&b.s, &CheckConfig::default(), &[]);
        assert!(findings.is_empty(), "{findings:?}");
        let err = crate::free_slots(&b.s, &CheckConfig::default(), &[], &crate::SlotRequest::default()).unwrap_err();
        assert_eq!(err.field(), Some(field), "{first}..{last}: {err}");
    }
}
