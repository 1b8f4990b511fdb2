//! A large synthetic event for benchmarks and stress tests: deterministic, so runs compare.
//! Sessions fill the rooms day by day in 45-minute slots with 15-minute changeovers, each with
//! a moderator and panellists (people rotate so nobody is double-booked), nested items, tags
//! from every built-in vocabulary, and text in several scripts.

use chrono::{Duration, NaiveDate};

use crate::error::Result;
use crate::model::*;
use crate::store::Tx;
use crate::time::{self, Fold};

#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub sessions: usize,
    pub rooms: usize,
    pub people: usize,
}

impl Size {
    /// The size named in the performance targets.
    pub const LARGE: Size = Size {
        sessions: 10_000,
        rooms: 200,
        people: 5_000,
    };
}

const TITLES: [&str; 6] = [
    "Open source for digital public infrastructure",
    "Données ouvertes et gouvernance, café ☕",
    "الذكاء الاصطناعي والتنمية المستدامة",
    "开源与可持续发展",
    "Capacity building, skills; and inclusion",
    "Открытые стандарты и совместимость",
];

/// Writes the synthetic event into `tx` and returns its id.
pub fn large_event(tx: &Tx<'_>, slug: &str, size: Size) -> Result<EventId> {
    let tz = chrono_tz::Europe::Zurich;
    let start_date = NaiveDate::from_ymd_opt(2026, 7, 6).expect("valid date");
    // 10 slots a day (08:00–18:00) per room.
    let per_day = size.rooms * 10;
    let days = size.sessions.div_ceil(per_day).max(1);
    let event = tx.create_event(&EventData {
        slug: slug.into(),
        title: format!("Synthetic forum ({} sessions)", size.sessions),
        tagline: "Generated for benchmarks".into(),
        description: "A generated programme.".into(),
        organisers: vec!["Plenary benchmarks".into()],
        timezone: tz.name().into(),
        start_date,
        end_date: start_date + Duration::days(days as i64 - 1),
        day_change: Default::default(),
        links: vec![],
    })?;
    let venue = tx.create_venue(
        event.id,
        &VenueData {
            name: "Palexpo".into(),
            address: "Geneva".into(),
            ..Default::default()
        },
    )?;
    let mut rooms = Vec::with_capacity(size.rooms);
    for r in 0..size.rooms {
        rooms.push(
            tx.create_room(
                event.id,
                &RoomData {
                    name: format!("Room {}", r + 1),
                    venue_id: Some(venue.id),
                    capacity: Some(50 + (r as u32 % 10) * 50),
                    can_stream: r % 3 != 0,
                    can_record: r % 2 == 0,
                    interpretation_booths: (r % 4) as u32,
                    position: r as i32,
                    ..Default::default()
                },
            )?
            .id,
        );
    }
    let mut people = Vec::with_capacity(size.people);
    for p in 0..size.people {
        people.push(
            tx.create_person(&PersonData {
                honorific: if p % 2 == 0 { "Dr".into() } else { "Ms.".into() },
                name: format!("Person {p:05} Ñandú-李"),
                function: "Director".into(),
                organisation: format!("Organisation {}", p % 300),
                bio: "Works on open source.".into(),
                email: format!("person{p}@example.org"),
                phone: format!("+41 22 000 {p:04}"),
                availability: vec![],
            })?
            .id,
        );
    }
    let terms: Vec<TermId> = tx.read().terms()?.into_iter().map(|t| t.id).collect();
    let kinds = SessionKind::ALL;
    for i in 0..size.sessions {
        let day = i / per_day;
        let slot = (i % per_day) / size.rooms;
        let room = rooms[i % size.rooms];
        let date = start_date + Duration::days(day as i64);
        let local = date.and_hms_opt(8 + slot as u32, 0, 0).expect("valid time");
        let start = time::local_to_utc(tz, local, Fold::Earlier, "session", "start")?;
        // Four people per session, drawn so that one slot never reuses a person.
        let base = (slot * size.rooms + i % size.rooms) * 4;
        let pick = |k: usize| people[(base + k) % people.len()];
        let title = TITLES[i % TITLES.len()];
        tx.create_session(
            event.id,
            &SessionData {
                code: format!("{}", i + 1),
                title: format!("{title} #{i}"),
                subtitle: "A generated session".into(),
                kind: kinds[i % kinds.len()],
                start: Some(start),
                end: Some(start + Duration::minutes(45)),
                room_id: Some(room),
                participation: [Participation::OnSite, Participation::Hybrid, Participation::Remote][i % 3],
                join_url: (i % 3 != 0).then(|| format!("https://meet.example.org/s/{i}")),
                join_instructions: "Join five minutes early.".into(),
                passcode: format!("{:06}", i * 7919 % 1_000_000),
                registration_url: Some(format!("https://forum.example.org/register/{i}")),
                description: format!(
                    "{title}: a discussion, with commas, semicolons; and a second line.\nLine two of session {i}."
                ),
                languages: vec!["en".into()],
                interpretation: if i % 4 == 0 {
                    vec!["fr".into(), "ar".into()]
                } else {
                    vec![]
                },
                status: [SessionStatus::Confirmed, SessionStatus::Draft][i % 2],
                expected_attendance: Some(40),
                organisers: vec![format!("Organisation {}", i % 300)],
                links: vec![Link {
                    label: "Website".into(),
                    url: format!("https://forum.example.org/s/{i}"),
                }],
                private_notes: "Internal: call the moderator the day before.".into(),
                roles: vec![
                    RoleAssignment {
                        person_id: pick(0),
                        role: Role::Moderator,
                    },
                    RoleAssignment {
                        person_id: pick(1),
                        role: Role::Panellist,
                    },
                    RoleAssignment {
                        person_id: pick(2),
                        role: Role::Panellist,
                    },
                ],
                items: vec![SessionItem {
                    title: "Opening remarks".into(),
                    minutes: Some(10),
                    roles: vec![RoleAssignment {
                        person_id: pick(3),
                        role: Role::Speaker,
                    }],
                    ..Default::default()
                }],
                tags: vec![
                    terms[i % terms.len()],
                    terms[(i + 7) % terms.len()],
                    terms[(i + 19) % terms.len()],
                ],
            },
        )?;
    }
    Ok(event.id)
}
