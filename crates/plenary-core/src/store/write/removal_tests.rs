//! Delete → restore gives the store back; restore is one transaction and says what it left out.

use super::*;
use crate::error::ErrorKind;
use crate::store::Store;
use crate::validate::ProblemCode;

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
    let name = store.read().person(person).unwrap().data.name;
    assert!(
        matches!(&err, Error::CannotRestore { what, why: RestoreBlock::InDirectory } if *what == name),
        "{err:?}"
    );
    assert_eq!(err.kind(), ErrorKind::Conflict);
    // The window words it from the code and its params, not from the English.
    let problems = err.to_problems();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].code, ProblemCode::CannotRestore);
    assert_eq!(problems[0].params["what"], name);
    assert_eq!(problems[0].params["why"], "in_directory");
    assert_eq!(problems[0].to_string(), err.to_string());
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
    assert!(
        matches!(&err, Error::CannotRestore { what, why: RestoreBlock::EventGone } if *what == room.data.name),
        "{err:?}"
    );
    assert_eq!(err.to_problems()[0].params["why"], "event_gone");
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
fn a_term_whose_code_was_taken_or_whose_vocabulary_went_does_not_come_back() {
    let (mut store, _, _, term) = demo();
    let removed = store.write(|tx| tx.remove(Deletable::Term(term))).unwrap();
    let Removed::Term { term, .. } = &removed else {
        panic!("{removed:?}")
    };
    let vocabulary = term.vocabulary_id;
    // Another term takes the code meanwhile.
    store
        .write(|tx| tx.create_term(vocabulary, "dpi-day", "Other"))
        .unwrap();
    let err = store.write(|tx| tx.restore(&removed)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "DPI day cannot come back: Theme days has another term with its code dpi-day now"
    );
    assert!(
        matches!(&err, Error::CannotRestore { what, why: RestoreBlock::CodeTaken { vocabulary, code } }
            if what == "DPI day" && vocabulary == "Theme days" && code == "dpi-day"),
        "{err:?}"
    );
    let problem = &err.to_problems()[0];
    assert_eq!(
        (
            problem.params["why"].as_str(),
            problem.params["vocabulary"].as_str(),
            problem.params["code"].as_str()
        ),
        ("code_taken", "Theme days", "dpi-day")
    );

    // The vocabulary itself deleted (with its terms): the term has nowhere to come back to.
    store
        .write(|tx| {
            tx.tx
                .execute("DELETE FROM terms WHERE vocabulary_id = ?1", [vocabulary])?;
            tx.tx.execute("DELETE FROM vocabularies WHERE id = ?1", [vocabulary])?;
            Ok(())
        })
        .unwrap();
    let err = store.write(|tx| tx.restore(&removed)).unwrap_err();
    assert_eq!(err.to_string(), "DPI day cannot come back: its vocabulary was deleted");
    assert!(
        matches!(&err, Error::CannotRestore { what, why: RestoreBlock::VocabularyGone } if what == "DPI day"),
        "{err:?}"
    );
    assert_eq!(err.to_problems()[0].params["why"], "vocabulary_gone");
    assert!(store.read().terms().unwrap().iter().all(|t| t.label != "DPI day"));
}

#[test]
fn built_in_terms_and_events_are_not_removed() {
    let (mut store, event, _, _) = demo();
    let sdg = store.read().terms().unwrap()[0].id;
    let err = store.write(|tx| tx.remove(Deletable::Term(sdg))).unwrap_err();
    assert!(err.to_string().contains("built-in vocabulary"), "{err}");
    assert!(store.read().event(event).is_ok());
}

/// Every row the event owns, as [`Tx::remove`] keeps them (ids included).
fn event_tables(store: &mut Store, event: EventId) -> Vec<EventRows> {
    store
        .write(|tx| {
            EVENT_TABLES
                .iter()
                .map(|(table, sql, _)| tx.event_rows(table, sql, event))
                .collect()
        })
        .unwrap()
}

/// The demo with a release, a selection, an acknowledged finding and a CalDAV target with one
/// resource, so every table an event owns has rows.
fn full_demo() -> (Store, EventId, PersonId, TermId) {
    let (mut store, event, person, term) = demo();
    store
        .write(|tx| {
            let sessions = tx.read().sessions(event)?;
            tx.create_release(event, "v1", "first programme")?;
            tx.save_selection(event, "Plenaries", &[sessions[0].id, sessions[1].id])?;
            tx.acknowledge(event, "room-capacity", "fp-1")?;
            let target = tx.caldav_target_upsert(event, "https://dav.example/", "ana", "all", "/cal/")?;
            tx.caldav_resource_record(
                target.id,
                &crate::store::CaldavResource {
                    session_uuid: sessions[0].uuid,
                    href: "/cal/one.ics".into(),
                    etag: Some("\"e1\"".into()),
                    hash: "h1".into(),
                },
            )?;
            Ok(())
        })
        .unwrap();
    (store, event, person, term)
}

#[test]
fn deleting_an_event_and_restoring_gives_back_every_row() {
    let (mut store, event, _, _) = full_demo();
    let before = rows(&store, event);
    let releases = store.read().releases(event).unwrap();
    let tables = event_tables(&mut store, event);
    assert!(
        tables.iter().all(|t| !t.rows.is_empty()),
        "every table has rows: {tables:?}"
    );
    let removed = store.write(|tx| tx.remove(Deletable::Event(event))).unwrap();
    assert!(store.read().event(event).is_err());
    assert!(store.read().releases(event).unwrap().is_empty());
    // The people and terms stay: a shared directory.
    assert_eq!(
        (store.read().people().unwrap(), store.read().terms().unwrap()),
        (before.1.clone(), before.2.clone())
    );
    let json = serde_json::to_string(&removed).unwrap();
    let back: Removed = serde_json::from_str(&json).unwrap();
    assert_eq!(back, removed);
    let restored = store.write(|tx| tx.restore(&back)).unwrap();
    assert_eq!(restored.id, event);
    assert_eq!(restored.name, before.0.event.data.title);
    assert!(restored.missing.is_empty(), "{restored:?}");
    assert_eq!(rows(&store, event), before);
    assert_eq!(store.read().releases(event).unwrap(), releases);
    assert_eq!(event_tables(&mut store, event), tables);
    // Twice is refused in words, and changes nothing.
    let err = store.write(|tx| tx.restore(&back)).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("{} is there already", before.0.event.data.title)
    );
    assert!(
        matches!(&err, Error::CannotRestore { what, why: RestoreBlock::AlreadyThere } if *what == before.0.event.data.title),
        "{err:?}"
    );
    assert_eq!(err.to_problems()[0].params["why"], "already_there");
    assert_eq!(event_tables(&mut store, event), tables);
}

#[test]
fn an_event_whose_ids_were_taken_comes_back_with_its_uuids_and_links() {
    let (mut store, event, person, _) = full_demo();
    let before = store.read().schedule(event).unwrap();
    let removed = store.write(|tx| tx.remove(Deletable::Event(event))).unwrap();
    // Meanwhile a new event takes the old ids (SQLite reuses the highest), and the busiest
    // moderator leaves the directory.
    let other = store
        .write(|tx| {
            let mut data = before.event.data.clone();
            data.title = "Another forum".into();
            data.slug = "another".into();
            let other = tx.create_event(&data)?;
            // The new rows take the old ids (SQLite hands out the highest + 1, which need not
            // be the old ones: set them).
            tx.tx
                .execute("UPDATE events SET id = ?1 WHERE id = ?2", [event, other.id])?;
            let other = tx.read().event(event)?;
            for room in &before.rooms {
                let data = RoomData {
                    venue_id: None,
                    ..room.data.clone()
                };
                let new = tx.create_room(other.id, &data)?;
                tx.tx
                    .execute("UPDATE rooms SET id = ?1 WHERE id = ?2", [room.id, new.id])?;
            }
            for s in &before.sessions {
                let data = SessionData {
                    room_id: None,
                    roles: vec![],
                    items: vec![],
                    tags: vec![],
                    ..s.data.clone()
                };
                let new = tx.create_session(other.id, &data)?;
                tx.tx
                    .execute("UPDATE sessions SET id = ?1 WHERE id = ?2", [s.id, new.id])?;
            }
            tx.delete_person(person)?;
            Ok(other.id)
        })
        .unwrap();
    let taken = before
        .sessions
        .iter()
        .any(|s| store.read().session(s.id).is_ok_and(|x| x.uuid != s.uuid));
    assert!(taken, "the test takes the old ids");
    let other_before = store.read().schedule(other).unwrap();
    let restored = store.write(|tx| tx.restore(&removed)).unwrap();
    let after = store.read().schedule(restored.id).unwrap();
    assert_eq!(after.event.uuid, before.event.uuid);
    assert_eq!(after.event.data.slug, before.event.data.slug);
    let shape = |s: &Schedule| {
        s.sessions
            .iter()
            .map(|x| {
                let room = x.data.room_id.map(|r| s.rooms.iter().find(|m| m.id == r).unwrap().uuid);
                (x.uuid, x.data.title.clone(), room, x.data.start)
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(shape(&after), shape(&before));
    // Roles of the deleted person are left out, each session named once; the others stay.
    let mut lost: Vec<&str> = before
        .sessions
        .iter()
        .filter(|s| {
            s.data.roles.iter().any(|r| r.person_id == person)
                || s.data
                    .items
                    .iter()
                    .any(|i| i.roles.iter().any(|r| r.person_id == person))
        })
        .map(|s| s.data.title.as_str())
        .collect();
    assert!(!lost.is_empty());
    lost.sort_unstable();
    let mut missing = restored.missing.clone();
    missing.sort_unstable();
    assert_eq!(missing, lost);
    let roles = |s: &Schedule| s.sessions.iter().map(|x| x.data.roles.len()).sum::<usize>();
    assert_eq!(
        roles(&after),
        roles(&before)
            - before
                .sessions
                .iter()
                .flat_map(|s| &s.data.roles)
                .filter(|r| r.person_id == person)
                .count()
    );
    assert_ne!(restored.id, event, "its id was taken");
    assert_eq!(
        store.read().schedule(other).unwrap(),
        other_before,
        "the new event is untouched"
    );
}

#[test]
fn an_event_whose_short_name_was_taken_does_not_come_back() {
    let (mut store, event, _, _) = demo();
    let schedule = store.read().schedule(event).unwrap();
    let removed = store.write(|tx| tx.remove(Deletable::Event(event))).unwrap();
    store
        .write(|tx| {
            let mut data = schedule.event.data.clone();
            data.title = "Usurper".into();
            tx.create_event(&data)
        })
        .unwrap();
    let events = store.read().events().unwrap();
    let err = store.write(|tx| tx.restore(&removed)).unwrap_err();
    assert!(err.to_string().contains("Usurper has its short name"), "{err}");
    let slug = schedule.event.data.slug.clone();
    assert!(
        matches!(&err, Error::CannotRestore { what, why: RestoreBlock::ShortNameTaken { event, slug: s } }
            if *what == schedule.event.data.title && event == "Usurper" && *s == slug),
        "{err:?}"
    );
    let problem = &err.to_problems()[0];
    assert_eq!(
        (
            problem.params["why"].as_str(),
            problem.params["event"].as_str(),
            problem.params["slug"].as_str()
        ),
        ("short_name_taken", "Usurper", slug.as_str())
    );
    assert_eq!(store.read().events().unwrap(), events, "nothing changed");
    assert!(store
        .read()
        .session_by_uuid(schedule.sessions[0].uuid)
        .unwrap()
        .is_none());
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

#[test]
fn a_row_the_store_refuses_is_named_by_its_table_and_sqlite_stays_in_the_english() {
    let err = Error::CannotRestore {
        what: "Opening".into(),
        why: RestoreBlock::Store {
            table: "sessions".into(),
            detail: "UNIQUE constraint failed: sessions.uuid".into(),
        },
    };
    assert_eq!(
        err.to_string(),
        "Opening cannot come back (sessions): UNIQUE constraint failed: sessions.uuid"
    );
    let problem = &err.to_problems()[0];
    assert_eq!(problem.code, ProblemCode::CannotRestore);
    assert_eq!(
        problem
            .params
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect::<Vec<_>>(),
        [("table", "sessions"), ("what", "Opening"), ("why", "store")]
    );
    assert_eq!(problem.to_string(), "Opening cannot come back (sessions)");
}
