//! The diff on hand-made pairs of snapshots, and the snapshot's round trip through a schedule.

use chrono::{TimeZone, Utc};

use super::*;

fn uuid(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

fn at(h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 7, 7, h, 0, 0).unwrap()
}

fn session(n: u128, title: &str, h: u32, room: u128, people: &[(u128, Role)]) -> PublicSession {
    PublicSession {
        uuid: uuid(n),
        code: n.to_string(),
        title: title.into(),
        subtitle: String::new(),
        kind: SessionKind::Panel,
        start: Some(at(h)),
        end: Some(at(h + 1)),
        room: Some(uuid(room)),
        participation: Participation::OnSite,
        join_url: None,
        join_instructions: String::new(),
        registration_url: None,
        description: String::new(),
        languages: vec![],
        interpretation: vec![],
        status: SessionStatus::Confirmed,
        organisers: vec![],
        links: vec![],
        roles: people
            .iter()
            .map(|&(p, role)| PublicRole { person: uuid(p), role })
            .collect(),
        items: vec![],
        tags: vec![],
        revision: 0,
        created: at(0),
        modified: at(0),
    }
}

fn person(n: u128, name: &str) -> PublicPerson {
    PublicPerson {
        uuid: uuid(n),
        honorific: String::new(),
        name: name.into(),
        function: String::new(),
        organisation: String::new(),
        bio: String::new(),
    }
}

fn room(n: u128, name: &str) -> PublicRoom {
    PublicRoom {
        uuid: uuid(n),
        name: name.into(),
        venue: "CICG".into(),
        location: String::new(),
        capacity: None,
        is_virtual: false,
        join_url: None,
        position: n as i32,
    }
}

fn snapshot(sessions: Vec<PublicSession>) -> PublicSnapshot {
    PublicSnapshot {
        format: SNAPSHOT_FORMAT,
        event: PublicEvent {
            uuid: uuid(1),
            slug: "wsis".into(),
            title: "WSIS".into(),
            tagline: String::new(),
            description: String::new(),
            organisers: vec![],
            timezone: "Europe/Zurich".into(),
            start_date: NaiveDate::from_ymd_opt(2026, 7, 6).unwrap(),
            end_date: NaiveDate::from_ymd_opt(2026, 7, 10).unwrap(),
            day_change: NaiveTime::MIN,
            links: vec![],
        },
        rooms: vec![room(500, "Room A"), room(501, "Room B")],
        sessions,
        people: vec![person(900, "Ada"), person(901, "Grace"), person(902, "Linus")],
        terms: vec![],
    }
}

fn kinds(d: &ReleaseDiff, n: u128) -> Vec<ChangeKind> {
    d.changes
        .iter()
        .find(|c| c.uuid == uuid(n))
        .map(|c| c.kinds.clone())
        .unwrap_or_default()
}

#[test]
fn identical_snapshots_differ_in_nothing() {
    let a = snapshot(vec![session(10, "Opening", 9, 500, &[(900, Role::Moderator)])]);
    let d = diff(&a, &a.clone(), "1.0", "1.1");
    assert!(d.changes.is_empty());
    assert_eq!((d.from.as_str(), d.to.as_str()), ("1.0", "1.1"));
}

#[test]
fn every_kind_of_change_is_found_by_uuid() {
    let old = snapshot(vec![
        session(10, "Opening", 9, 500, &[(900, Role::Moderator)]),
        session(11, "Panel on AI", 10, 500, &[(901, Role::Panellist)]),
        session(12, "Workshop", 11, 501, &[]),
        session(13, "Gone", 12, 501, &[(902, Role::Speaker)]),
        session(14, "Online", 13, 501, &[]),
        session(15, "Cancelled once", 14, 501, &[]),
        session(16, "Untouched", 15, 501, &[(900, Role::Speaker)]),
    ]);
    let mut new = old.clone();
    new.sessions.retain(|s| s.uuid != uuid(13));
    new.sessions[0].start = Some(at(10)); // 10: moved in time (start only)
    new.sessions[0].end = Some(at(11));
    new.sessions[1].room = Some(uuid(501)); // 11: moved room and retitled
    new.sessions[1].title = "Panel on AI governance".into();
    new.sessions[2].status = SessionStatus::Cancelled; // 12: cancelled
    new.sessions[2].roles.push(PublicRole {
        person: uuid(902),
        role: Role::Chair,
    }); // … and people changed
    new.sessions[3].join_url = Some("https://meet.example.org/x".into()); // 14
    let mut old = old;
    old.sessions[5].status = SessionStatus::Cancelled; // 15: reinstated
    new.sessions.push(session(17, "New", 16, 500, &[(901, Role::Speaker)]));
    let d = diff(&old, &new, "1.0", "1.1");
    use ChangeKind::*;
    assert_eq!(kinds(&d, 10), [MovedTime]);
    assert_eq!(kinds(&d, 11), [MovedRoom, Retitled]);
    assert_eq!(kinds(&d, 12), [Cancelled, PeopleChanged]);
    assert_eq!(kinds(&d, 13), [Removed]);
    assert_eq!(kinds(&d, 14), [JoinLinkChanged]);
    assert_eq!(kinds(&d, 15), [Reinstated]);
    assert_eq!(kinds(&d, 16), Vec::<ChangeKind>::new());
    assert_eq!(kinds(&d, 17), [Added]);
    assert_eq!(d.changes.len(), 7);
    // Removed sessions come last; the others in the new programme's order.
    assert_eq!(d.changes.last().unwrap().uuid, uuid(13));
    let moved = d.changes.iter().find(|c| c.uuid == uuid(11)).unwrap();
    assert_eq!(moved.before.as_ref().unwrap().room, "Room A");
    assert_eq!(moved.after.as_ref().unwrap().room, "Room B");
    assert_eq!(moved.after.as_ref().unwrap().people, ["Grace (panellist)"]);
    assert_eq!(d.count(MovedRoom), 1);
}

#[test]
fn a_changed_role_or_an_item_speaker_is_a_people_change_but_reordering_is_not() {
    let mut a = session(10, "Panel", 9, 500, &[(900, Role::Moderator), (901, Role::Panellist)]);
    let old = snapshot(vec![a.clone()]);
    a.roles.reverse();
    assert!(diff(&old, &snapshot(vec![a.clone()]), "a", "b").changes.is_empty());
    a.roles[0].role = Role::Chair;
    assert_eq!(
        kinds(&diff(&old, &snapshot(vec![a.clone()]), "a", "b"), 10),
        [ChangeKind::PeopleChanged]
    );
    let mut b = old.sessions[0].clone();
    b.items.push(PublicItem {
        uuid: uuid(77),
        title: "Keynote".into(),
        start: None,
        minutes: Some(10),
        roles: vec![PublicRole {
            person: uuid(902),
            role: Role::KeynoteSpeaker,
        }],
        description: String::new(),
    });
    let d = diff(&old, &snapshot(vec![b]), "a", "b");
    assert_eq!(kinds(&d, 10), [ChangeKind::PeopleChanged]);
    assert_eq!(d.changes[0].people, [uuid(900), uuid(901), uuid(902)]);
}

#[test]
fn per_person_lists_only_their_sessions() {
    let old = snapshot(vec![
        session(10, "Opening", 9, 500, &[(900, Role::Moderator)]),
        session(11, "Panel", 10, 500, &[(901, Role::Panellist)]),
        session(12, "Talk", 11, 500, &[(902, Role::Speaker)]),
    ]);
    let mut new = old.clone();
    new.sessions[0].room = Some(uuid(501));
    new.sessions[1].roles = vec![PublicRole {
        person: uuid(902),
        role: Role::Panellist,
    }];
    let d = diff(&old, &new, "1.0", "1.1");
    let people = d.by_person(&new.names());
    let names: Vec<(&str, usize)> = people.iter().map(|p| (p.name.as_str(), p.changes.len())).collect();
    // Grace left session 11 and Linus joined it: both are told; Linus's own talk did not change.
    assert_eq!(names, [("Ada", 1), ("Grace", 1), ("Linus", 1)]);
    assert_eq!(people[2].changes[0].uuid, uuid(11));
}

#[test]
fn before_the_first_release_everything_is_added() {
    let new = snapshot(vec![session(10, "Opening", 9, 500, &[])]);
    let d = diff(&empty_snapshot(&new), &new, "(nothing)", "1.0");
    assert_eq!(kinds(&d, 10), [ChangeKind::Added]);
}

#[test]
fn a_snapshot_round_trips_through_a_schedule() {
    let mut s = session(10, "Opening", 9, 500, &[(900, Role::Moderator)]);
    s.items.push(PublicItem {
        uuid: uuid(77),
        title: "Keynote".into(),
        start: None,
        minutes: Some(10),
        roles: vec![PublicRole {
            person: uuid(901),
            role: Role::KeynoteSpeaker,
        }],
        description: "d".into(),
    });
    s.tags.push(uuid(300));
    let mut snap = snapshot(vec![s]);
    // Only people with a role are in a snapshot made from a schedule.
    snap.people.truncate(2);
    snap.terms.push(PublicTerm {
        uuid: uuid(300),
        vocabulary: "sdg".into(),
        vocabulary_name: "SDGs".into(),
        code: "9".into(),
        label: "Industry".into(),
        parent_code: None,
        position: 9,
    });
    let schedule = snap.to_schedule();
    assert_eq!(schedule.sessions[0].data.room_id, Some(1));
    assert_eq!(schedule.rooms[0].data.venue_id, Some(1));
    assert_eq!(PublicSnapshot::of(&schedule), snap);
}
