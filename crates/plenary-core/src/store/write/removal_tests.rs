//! Delete → restore gives the store back; restore is one transaction and says what it left out.

use super::*;
use crate::store::Store;

/// Every row a restore must give back, as the readers see them: the event's schedule (venues,
/// rooms, sessions with roles in order, items, tags), the directory and the terms.
fn rows(store: &Store, event: EventId) -> (Schedule, Vec<Person>, Vec<Term>) {
    let r = store.read();
    (r.schedule(event).unwrap(), r.people().unwrap(), r.terms().unwrap())
}

/// The demo, plus a user term tagging the first two sessions and, on the first session, an item
/// with a role of the person who holds the most roles, so items and tags are covered.
fn demo() -> (Store, EventId, PersonId, TermId) {
    let mut store = Store::open_in_memory().unwrap();
    store
        .write(|tx| {
            crate::demo::load(tx)?;
            Ok(())
        })
        .unwrap();
    let (event, person, term) = store
        .write(|tx| {
            // The event and person with the most roles: the demo's busiest moderator.
            let (event, person): (EventId, PersonId) = tx.tx.query_row(
                "SELECT s.event_id, r.person_id FROM session_roles r JOIN sessions s ON s.id = r.session_id
                 GROUP BY s.event_id, r.person_id ORDER BY COUNT(*) DESC, r.person_id LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            let vocab = tx.create_vocabulary("days", "Theme days", "")?;
            let term = tx.create_term(vocab.id, "dpi-day", "DPI day")?;
            let sessions = tx.read().sessions(event)?;
            for s in sessions.iter().take(2) {
                let mut data = s.data.clone();
                data.tags.push(term.id);
                if s.id == sessions[0].id {
                    data.items.push(SessionItem {
                        uuid: Uuid::nil(),
                        title: "Opening words".into(),
                        start: None,
                        minutes: Some(5),
                        description: String::new(),
                        roles: vec![RoleAssignment {
                            person_id: person,
                            role: Role::Speaker,
                        }],
                    });
                }
                tx.update_session(s.id, &data)?;
            }
            Ok((event, person, term.id))
        })
        .unwrap();
    (store, event, person, term)
}

#[test]
fn deleting_a_person_and_restoring_gives_back_the_same_rows() {
    let (mut store, event, person, _) = demo();
    let before = rows(&store, event);
    let removed = store.write(|tx| tx.remove(Deletable::Person(person))).unwrap();
    let Removed::Person { roles, .. } = &removed else {
        panic!("{removed:?}")
    };
    assert!(roles.len() >= 2, "{roles:?}");
    assert!(
        roles.iter().any(|r| r.item.is_some()),
        "an item's role is kept: {roles:?}"
    );
    assert!(store.read().person_sessions(person).unwrap().is_empty());
    // The value travels through the window as JSON.
    let json = serde_json::to_string(&removed).unwrap();
    let back: Removed = serde_json::from_str(&json).unwrap();
    let restored = store.write(|tx| tx.restore(&back)).unwrap();
    assert_eq!(restored.id, person, "the old id was free");
    assert!(restored.missing.is_empty(), "{restored:?}");
    assert_eq!(rows(&store, event), before);
}

#[test]
fn a_session_deleted_meanwhile_is_named_and_the_other_roles_come_back() {
    let (mut store, event, person, _) = demo();
    let sessions = store.read().person_sessions(person).unwrap();
    let removed = store.write(|tx| tx.remove(Deletable::Person(person))).unwrap();
    let gone = &sessions[0];
    store.write(|tx| tx.delete_session(gone.id)).unwrap();
    let restored = store.write(|tx| tx.restore(&removed)).unwrap();
    assert_eq!(restored.missing, vec![gone.data.title.clone()]);
    let now: Vec<Uuid> = store
        .read()
        .person_sessions(restored.id)
        .unwrap()
        .iter()
        .map(|s| s.uuid)
        .collect();
    let want: Vec<Uuid> = sessions[1..].iter().map(|s| s.uuid).collect();
    assert_eq!(now, want);
    // Same roles, same order as before, in every session still there.
    for s in &sessions[1..] {
        let again = store.read().session(s.id).unwrap();
        assert_eq!(again.data.roles, s.data.roles, "{}", s.data.title);
    }
    let _ = event;
}

#[test]
fn a_restore_that_cannot_bring_the_thing_back_changes_nothing() {
    let (mut store, event, person, _) = demo();
    let removed = store.write(|tx| tx.remove(Deletable::Person(person))).unwrap();
    store.write(|tx| tx.restore(&removed)).unwrap();
    let before = rows(&store, event);
    // Restoring twice (a second window's undo): refused in words, nothing written.
    let err = store.write(|tx| tx.restore(&removed)).unwrap_err();
    assert!(err.to_string().contains("is in the directory already"), "{err}");
    assert!(!err.to_string().contains(&person.to_string()), "no id in words: {err}");
    assert_eq!(rows(&store, event), before);

    // A room whose event was deleted meanwhile cannot come back: the whole restore fails.
    let room = store.read().rooms(event).unwrap()[0].clone();
    let removed = store.write(|tx| tx.remove(Deletable::Room(room.id))).unwrap();
    store.write(|tx| tx.delete_event(event)).unwrap();
    let err = store.write(|tx| tx.restore(&removed)).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("{} cannot come back: its event was deleted", room.data.name)
    );
    assert!(store.read().rooms(event).unwrap().is_empty());
}

#[test]
fn a_room_comes_back_with_its_sessions_unless_placed_elsewhere_meanwhile() {
    let (mut store, event, _, _) = demo();
    let schedule = store.read().schedule(event).unwrap();
    let room = schedule
        .rooms
        .iter()
        .find(|r| {
            schedule
                .sessions
                .iter()
                .filter(|s| s.data.room_id == Some(r.id))
                .count()
                >= 2
        })
        .unwrap()
        .clone();
    let inside: Vec<&Session> = schedule
        .sessions
        .iter()
        .filter(|s| s.data.room_id == Some(room.id))
        .collect();
    let other = schedule.rooms.iter().find(|r| r.id != room.id).unwrap().id;
    let removed = store.write(|tx| tx.remove(Deletable::Room(room.id))).unwrap();
    let moved = inside[0];
    store
        .write(|tx| tx.move_session(moved.id, moved.data.start, moved.data.end, Some(other)))
        .unwrap();
    let restored = store.write(|tx| tx.restore(&removed)).unwrap();
    assert_eq!(restored.id, room.id);
    assert_eq!(restored.missing, vec![moved.data.title.clone()]);
    let after = store.read().schedule(event).unwrap();
    assert!(after.rooms.contains(&room));
    for s in &inside[1..] {
        let again = after.sessions.iter().find(|x| x.uuid == s.uuid).unwrap();
        assert_eq!(again.data, s.data, "{}", s.data.title);
        // Calendars must replace it: the room changed twice.
        assert_eq!(again.revision, s.revision + 2);
    }
}

#[test]
fn a_venue_and_a_term_come_back_with_their_links() {
    let (mut store, event, _, term) = demo();
    let before = rows(&store, event);
    let venue = before.0.venues[0].id;
    let removed = store.write(|tx| tx.remove(Deletable::Venue(venue))).unwrap();
    assert!(store
        .read()
        .rooms(event)
        .unwrap()
        .iter()
        .all(|r| r.data.venue_id.is_none()));
    store.write(|tx| tx.restore(&removed)).unwrap();
    let removed = store.write(|tx| tx.remove(Deletable::Term(term))).unwrap();
    let Removed::Term { tags, .. } = &removed else {
        panic!("{removed:?}")
    };
    assert_eq!(tags.len(), 2);
    store.write(|tx| tx.restore(&removed)).unwrap();
    assert_eq!(rows(&store, event), before);
}

#[test]
fn built_in_terms_and_events_are_not_removed() {
    let (mut store, event, _, _) = demo();
    let sdg = store.read().terms().unwrap()[0].id;
    let err = store.write(|tx| tx.remove(Deletable::Term(sdg))).unwrap_err();
    assert!(err.to_string().contains("built-in vocabulary"), "{err}");
    assert!(store.write(|tx| tx.remove(Deletable::Event(event))).is_err());
    assert!(store.read().event(event).is_ok());
}

#[test]
fn dependents_name_the_sessions_and_roles() {
    let (store, event, person, term) = demo();
    let r = store.read();
    let d = r.dependents(Deletable::Person(person)).unwrap();
    let sessions = r.person_sessions(person).unwrap();
    assert_eq!(d.name, r.person(person).unwrap().data.name);
    let titles: Vec<&str> = d.sessions.iter().map(|s| s.title.as_str()).collect();
    let want: Vec<&str> = sessions.iter().map(|s| s.data.title.as_str()).collect();
    assert_eq!(titles, want);
    // In each session: the roles held in it, then those in its items, each once.
    for (dep, s) in d.sessions.iter().zip(&sessions) {
        let mut roles: Vec<Role> = Vec::new();
        let held = s.data.roles.iter().chain(s.data.items.iter().flat_map(|i| &i.roles));
        for a in held.filter(|a| a.person_id == person) {
            if !roles.contains(&a.role) {
                roles.push(a.role);
            }
        }
        assert_eq!(dep.roles, roles, "{}", s.data.title);
    }
    assert!(d.sessions.iter().any(|s| s.roles.contains(&Role::Speaker)));

    let d = r.dependents(Deletable::Term(term)).unwrap();
    assert_eq!((d.name.as_str(), d.sessions.len()), ("DPI day", 2));
    let d = r.dependents(Deletable::Event(event)).unwrap();
    assert_eq!(d.sessions.len(), r.sessions(event).unwrap().len());
    assert_eq!(d.rooms.len(), r.rooms(event).unwrap().len());
    assert!(r.dependents(Deletable::Person(987_654)).is_err());
}

#[test]
fn data_version_changes_for_other_writers_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plenary.db");
    let mut mine = Store::open(&path).unwrap();
    let v0 = mine.read().data_version().unwrap();
    mine.write(|tx| {
        tx.create_person(&PersonData {
            name: "Ana Silva".into(),
            ..Default::default()
        })
    })
    .unwrap();
    assert_eq!(mine.read().data_version().unwrap(), v0, "own writes do not count");
    let mut other = Store::open(&path).unwrap();
    other
        .write(|tx| {
            tx.create_person(&PersonData {
                name: "Ben Okafor".into(),
                ..Default::default()
            })
        })
        .unwrap();
    assert_ne!(mine.read().data_version().unwrap(), v0);
}
