//! Store tests on temporary databases: integrity, validation, revisions, migrations.

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use rusqlite::Connection;

use super::migrations::{migrate_with, APPLICATION_ID, MIGRATIONS};
use super::Store;
use crate::error::ErrorKind;
use crate::model::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
}

fn event_data(slug: &str) -> EventData {
    EventData {
        slug: slug.into(),
        title: "WSIS Forum 2026".into(),
        timezone: "Europe/Zurich".into(),
        start_date: day(2026, 7, 6),
        end_date: day(2026, 7, 10),
        ..Default::default()
    }
}

/// A store with one event and one room.
fn fixture() -> (Store, EventId, RoomId) {
    let mut store = Store::open_in_memory().unwrap();
    let (event, room) = store
        .write(|tx| {
            let event = tx.create_event(&event_data("wsis-2026"))?;
            let room = tx.create_room(
                event.id,
                &RoomData {
                    name: "Room K".into(),
                    ..Default::default()
                },
            )?;
            Ok((event.id, room.id))
        })
        .unwrap();
    (store, event, room)
}

fn session_at(room: RoomId, start: chrono::DateTime<Utc>) -> SessionData {
    SessionData {
        title: "Open Source and AI".into(),
        start: Some(start),
        end: Some(start + Duration::minutes(45)),
        room_id: Some(room),
        ..Default::default()
    }
}

#[test]
fn builtin_vocabularies_are_seeded_once() {
    let store = Store::open_in_memory().unwrap();
    let vocabularies = store.read().vocabularies().unwrap();
    let keys: Vec<_> = vocabularies.iter().map(|v| v.key.as_str()).collect();
    assert_eq!(keys, ["sdg", "wsis", "gdc"]);
    let terms = store.read().terms().unwrap();
    assert_eq!(terms.len(), 17 + 19 + 5);
    let health = store.read().find_term("wsis:C7.e-health").unwrap();
    assert_eq!(health.parent_code.as_deref(), Some("C7"));
}

#[test]
fn session_round_trips_with_roles_items_and_tags() {
    let (mut store, event, room) = fixture();
    let saved = store
        .write(|tx| {
            let moderator = tx.create_person(&PersonData {
                name: "مريم الحسيني".into(),
                email: "m@example.org".into(),
                ..Default::default()
            })?;
            let speaker = tx.create_person(&PersonData {
                name: "李明 🎤".into(),
                ..Default::default()
            })?;
            let sdg9 = tx.read().find_term("sdg:9")?;
            let mut data = session_at(room, utc(2026, 7, 10, 7, 0));
            data.roles = vec![
                RoleAssignment {
                    person_id: moderator.id,
                    role: Role::Moderator,
                },
                RoleAssignment {
                    person_id: speaker.id,
                    role: Role::Panellist,
                },
            ];
            data.items = vec![SessionItem {
                title: "Intervention".into(),
                minutes: Some(5),
                roles: vec![RoleAssignment {
                    person_id: speaker.id,
                    role: Role::Speaker,
                }],
                ..Default::default()
            }];
            data.tags = vec![sdg9.id];
            data.links = vec![Link {
                label: "Register".into(),
                url: "https://example.org/r".into(),
            }];
            tx.create_session(event, &data)
        })
        .unwrap();
    let read = store.read().session(saved.id).unwrap();
    // Item UUIDs are assigned on write; everything else comes back as written.
    assert!(!read.data.items[0].uuid.is_nil());
    let mut expected = saved.data.clone();
    expected.items[0].uuid = read.data.items[0].uuid;
    assert_eq!(read.data, expected);
    assert_eq!(read.uuid, saved.uuid);
}

#[test]
fn revision_rises_only_for_time_room_status_or_title() {
    let (mut store, event, room) = fixture();
    let s = store
        .write(|tx| tx.create_session(event, &session_at(room, utc(2026, 7, 10, 7, 0))))
        .unwrap();
    assert_eq!(s.revision, 0);
    let mut data = s.data.clone();
    data.description = "Longer description".into();
    let s = store.write(|tx| tx.update_session(s.id, &data)).unwrap();
    assert_eq!(s.revision, 0, "a description change is not significant");
    let s = store
        .write(|tx| {
            tx.move_session(
                s.id,
                Some(utc(2026, 7, 10, 8, 0)),
                Some(utc(2026, 7, 10, 8, 45)),
                Some(room),
            )
        })
        .unwrap();
    assert_eq!(s.revision, 1);
    let mut data = s.data.clone();
    data.status = SessionStatus::Cancelled;
    let s = store.write(|tx| tx.update_session(s.id, &data)).unwrap();
    assert_eq!(s.revision, 2);
    assert_eq!(store.read().session(s.id).unwrap().revision, 2);
}

#[test]
fn invalid_input_names_the_field_and_changes_nothing() {
    let (mut store, event, room) = fixture();
    let cases: Vec<(SessionData, &str)> = vec![
        (
            SessionData {
                end: Some(utc(2026, 7, 10, 6, 0)),
                ..session_at(room, utc(2026, 7, 10, 7, 0))
            },
            "end",
        ),
        (session_at(room, utc(2026, 7, 20, 7, 0)), "start"),
        (
            SessionData {
                end: None,
                ..session_at(room, utc(2026, 7, 10, 7, 0))
            },
            "end",
        ),
        (
            SessionData {
                room_id: Some(9999),
                ..session_at(room, utc(2026, 7, 10, 7, 0))
            },
            "room_id",
        ),
        (
            SessionData {
                title: "  ".into(),
                ..session_at(room, utc(2026, 7, 10, 7, 0))
            },
            "title",
        ),
        (
            SessionData {
                join_url: Some("zoom meeting".into()),
                ..session_at(room, utc(2026, 7, 10, 7, 0))
            },
            "join_url",
        ),
        (
            SessionData {
                join_url: Some("javascript:alert(document.cookie)".into()),
                ..session_at(room, utc(2026, 7, 10, 7, 0))
            },
            "join_url",
        ),
        (
            SessionData {
                registration_url: Some("data:text/html,<script>alert(1)</script>".into()),
                ..session_at(room, utc(2026, 7, 10, 7, 0))
            },
            "registration_url",
        ),
        (
            SessionData {
                links: vec![Link {
                    label: "Slides".into(),
                    url: "file:///etc/passwd".into(),
                }],
                ..session_at(room, utc(2026, 7, 10, 7, 0))
            },
            "links[0].url",
        ),
        (
            SessionData {
                roles: vec![RoleAssignment {
                    person_id: 4242,
                    role: Role::Chair,
                }],
                ..session_at(room, utc(2026, 7, 10, 7, 0))
            },
            "roles[0].person_id",
        ),
        (
            SessionData {
                roles: vec![
                    RoleAssignment {
                        person_id: 4242,
                        role: Role::Chair,
                    },
                    RoleAssignment {
                        person_id: 4242,
                        role: Role::Chair,
                    },
                ],
                ..session_at(room, utc(2026, 7, 10, 7, 0))
            },
            "roles[1]",
        ),
        (
            SessionData {
                items: vec![SessionItem {
                    title: "Far away".into(),
                    start: Some(utc(2026, 7, 10, 7, 0) + Duration::days(365 * 300)),
                    ..Default::default()
                }],
                ..session_at(room, utc(2026, 7, 10, 7, 0))
            },
            "items[0].start",
        ),
        (
            SessionData {
                tags: vec![987654],
                ..session_at(room, utc(2026, 7, 10, 7, 0))
            },
            "tags[0]",
        ),
    ];
    for (data, field) in cases {
        let err = store
            .write(|tx| {
                // A valid write first, to show the whole transaction rolls back.
                tx.create_person(&PersonData {
                    name: "Rolled back".into(),
                    ..Default::default()
                })?;
                tx.create_session(event, &data)
            })
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Invalid, "{err}");
        assert_eq!(err.field(), Some(field), "{err}");
    }
    assert!(store.read().people().unwrap().is_empty());
    assert!(store.read().sessions(event).unwrap().is_empty());
}

#[test]
fn event_rules() {
    let mut store = Store::open_in_memory().unwrap();
    let bad_zone = EventData {
        timezone: "Europe/Geneva".into(),
        ..event_data("a")
    };
    let err = store.write(|tx| tx.create_event(&bad_zone)).unwrap_err();
    assert_eq!(err.field(), Some("timezone"));
    let backwards = EventData {
        end_date: day(2026, 7, 1),
        ..event_data("b")
    };
    assert_eq!(
        store.write(|tx| tx.create_event(&backwards)).unwrap_err().field(),
        Some("end_date")
    );
    let bad_slug = event_data("Not A Slug");
    assert_eq!(
        store.write(|tx| tx.create_event(&bad_slug)).unwrap_err().field(),
        Some("slug")
    );
    store.write(|tx| tx.create_event(&event_data("taken"))).unwrap();
    let err = store.write(|tx| tx.create_event(&event_data("taken"))).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Conflict);
}

#[test]
fn shrinking_event_days_cannot_strand_a_session() {
    let (mut store, event, room) = fixture();
    store
        .write(|tx| tx.create_session(event, &session_at(room, utc(2026, 7, 10, 7, 0))))
        .unwrap();
    let shorter = EventData {
        end_date: day(2026, 7, 9),
        ..event_data("wsis-2026")
    };
    let err = store.write(|tx| tx.update_event(event, &shorter)).unwrap_err();
    assert_eq!(err.field(), Some("start_date"));
    assert_eq!(store.read().event(event).unwrap().data.end_date, day(2026, 7, 10));
}

#[test]
fn deleting_a_room_sends_its_sessions_to_the_tray() {
    let (mut store, event, room) = fixture();
    let s = store
        .write(|tx| tx.create_session(event, &session_at(room, utc(2026, 7, 10, 7, 0))))
        .unwrap();
    store.write(|tx| tx.delete_room(room)).unwrap();
    let after = store.read().session(s.id).unwrap();
    assert_eq!(after.data.room_id, None);
    assert_eq!(after.revision, 1);
}

#[test]
fn upsert_by_uuid_updates_instead_of_duplicating() {
    let (mut store, event, room) = fixture();
    let uuid = uuid::Uuid::new_v4();
    let data = session_at(room, utc(2026, 7, 10, 7, 0));
    let (_, first) = store.write(|tx| tx.upsert_session(event, uuid, &data)).unwrap();
    let (_, again) = store.write(|tx| tx.upsert_session(event, uuid, &data)).unwrap();
    let changed = SessionData {
        title: "Renamed".into(),
        ..data
    };
    let (s, third) = store.write(|tx| tx.upsert_session(event, uuid, &changed)).unwrap();
    assert_eq!(
        (first, again, third),
        (super::Upsert::Created, super::Upsert::Unchanged, super::Upsert::Updated)
    );
    assert_eq!(store.read().sessions(event).unwrap().len(), 1);
    assert_eq!(s.revision, 1);
}

#[test]
fn duplicate_event_keeps_weekday_and_local_time() {
    let mut store = Store::open_in_memory().unwrap();
    store.write(crate::demo::load).unwrap();
    let osw = store.read().find_event("ospos-for-good-2023").unwrap();
    let next = super::same_weekday_next_year(osw.data.start_date);
    assert_eq!(next, day(2024, 6, 19));
    let copy = store
        .write(|tx| tx.duplicate_event(osw.id, "OSPOs for Good 2024", next))
        .unwrap();
    let sessions = store.read().sessions(copy.id).unwrap();
    assert_eq!(sessions.len(), 12);
    let first = sessions[0].data.start.unwrap();
    // 09:30 in New York (EDT, UTC-4) on the new day.
    assert_eq!(first, utc(2024, 6, 19, 13, 30));
    assert!(sessions.iter().all(|s| s.data.status == SessionStatus::Draft));
}

#[test]
fn demo_loads_once_with_the_real_programme() {
    let mut store = Store::open_in_memory().unwrap();
    assert_eq!(store.write(crate::demo::load).unwrap(), 3);
    assert_eq!(store.write(crate::demo::load).unwrap(), 0);
    let events = store.read().events().unwrap();
    assert_eq!(events.len(), 3);
    let wsis = store.read().find_event("wsis-forum-2026").unwrap();
    let s = store.read().find_session(wsis.id, "231").unwrap();
    // 09:00–09:45 Geneva summer time is 07:00–07:45 UTC.
    assert_eq!(s.data.start, Some(utc(2026, 7, 10, 7, 0)));
    assert_eq!(s.data.end, Some(utc(2026, 7, 10, 7, 45)));
    assert_eq!(s.data.participation, Participation::Hybrid);
    assert_eq!(s.data.tags.len(), 20 + 15 + 7 + 5);
    let ospos = store.read().find_event("ospos-for-good-2023").unwrap();
    let schedule = store.read().schedule(ospos.id).unwrap();
    let opening = schedule
        .sessions
        .iter()
        .find(|s| s.data.kind == SessionKind::Ceremony)
        .unwrap();
    assert_eq!(opening.data.roles[0].role, Role::MasterOfCeremonies);
    assert_eq!(opening.data.items.len(), 3);
    assert_eq!(schedule.people.len(), 3);
}

#[test]
fn migrations_set_version_and_application_id() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plenary.db");
    drop(Store::open(&path).unwrap());
    let conn = Connection::open(&path).unwrap();
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    let app: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0)).unwrap();
    assert_eq!(version, MIGRATIONS.len() as i64);
    assert_eq!(app, APPLICATION_ID);
    // Reopening is a no-op.
    drop(Store::open(&path).unwrap());
}

#[test]
fn a_newer_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plenary.db");
    drop(Store::open(&path).unwrap());
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", MIGRATIONS.len() as i64 + 1)
            .unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert_eq!(err.kind(), ErrorKind::IncompatibleDatabase);
    assert!(err.to_string().contains("newer Plenary"), "{err}");
    // The window words it by its code, not by the English above.
    assert_eq!(err.to_problems()[0].code, crate::ProblemCode::StoreNewer);
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_foreign_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE t (x)")
        .unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert_eq!(err.kind(), ErrorKind::IncompatibleDatabase);
    assert_eq!(err.to_problems()[0].code, crate::ProblemCode::NotAStore);
    let not_sqlite = dir.path().join("notes.txt");
    std::fs::write(
        &not_sqlite,
        "hello, this is not a database at all, just some text ........",
    )
    .unwrap();
    let err = Store::open(&not_sqlite).err().expect("refused");
    assert_eq!(err.kind(), ErrorKind::Database);
    assert!(
        err.to_string()
            .contains("is damaged or is not a database (file is not a database)"),
        "{err}"
    );
    let problem = &err.to_problems()[0];
    assert_eq!(problem.code, crate::ProblemCode::StoreDamaged);
    assert_eq!(problem.params["file"], not_sqlite.display().to_string());
}

/// A file made by another program with `setup`, as it is on disk before Plenary opens it.
fn foreign_file(dir: &std::path::Path, name: &str, setup: &str) -> (std::path::PathBuf, Vec<u8>) {
    let path = dir.join(name);
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch(setup).unwrap();
    drop(conn);
    let bytes = std::fs::read(&path).unwrap();
    (path, bytes)
}

#[test]
fn only_an_empty_file_becomes_a_store_and_another_applications_file_is_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    for (name, setup) in [
        ("empty-tables.db", "CREATE TABLE notes (x); "),
        (
            "index-only.db",
            "CREATE TABLE t (x); CREATE INDEX i ON t(x); DELETE FROM t;",
        ),
        ("view.db", "CREATE VIEW v AS SELECT 1;"),
        ("marked.db", "PRAGMA application_id = 1234;"),
        ("versioned.db", "PRAGMA user_version = 7;"),
    ] {
        let (path, before) = foreign_file(dir.path(), name, setup);
        let err = Store::open(&path).err().expect(name);
        assert_eq!(err.kind(), ErrorKind::IncompatibleDatabase, "{name}: {err}");
        assert!(err.to_string().contains("another application"), "{name}: {err}");
        assert_eq!(std::fs::read(&path).unwrap(), before, "{name} changed");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert!(
            !names.iter().any(|n| n.to_string_lossy().ends_with("-wal")),
            "{names:?}"
        );
    }
    // A zero-length file and a blank SQLite file may become stores.
    let empty = dir.path().join("zero.db");
    std::fs::write(&empty, b"").unwrap();
    Store::open(&empty).unwrap();
    let (blank, _) = foreign_file(dir.path(), "blank.db", "PRAGMA page_size = 4096; VACUUM;");
    let store = Store::open(&blank).unwrap();
    assert!(store.read().vocabularies().unwrap().len() >= 3);
}

#[test]
fn a_damaged_store_says_it_is_damaged_and_where() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plenary.db");
    {
        let mut store = Store::open(&path).unwrap();
        store.write(crate::demo::load).unwrap();
        // Everything into the main file, so that damaging it damages the store.
        store.conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let mut bytes = std::fs::read(&path).unwrap();
    // Overwrite the pages after the first two (the schema stays readable) with noise.
    for (i, b) in bytes.iter_mut().enumerate().skip(2 * 4096) {
        *b = (i * 7 % 251) as u8;
    }
    std::fs::write(&path, &bytes).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert_eq!(err.kind(), ErrorKind::Database, "{err}");
    let text = err.to_string();
    assert!(
        text.starts_with(&format!("{}: the store is damaged", path.display())),
        "{text}"
    );
    assert!(text.contains("malformed"), "{text}");
    // A damaged header: SQLite's "file is not a database".
    bytes[..16].copy_from_slice(b"SQLite format 2\0");
    std::fs::write(&path, &bytes).unwrap();
    let text = Store::open(&path).err().expect("refused").to_string();
    assert!(
        text.contains("the store is damaged") && text.contains("file is not a database"),
        "{text}"
    );
}

#[cfg(unix)]
#[test]
fn a_store_that_cannot_be_written_says_so_and_why() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("locked");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("plenary.db");
    drop(Store::open(&path).unwrap());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    // Root writes through permissions; then a file and a folder that refuse even root (sysfs)
    // stand in for them.
    let root = std::fs::OpenOptions::new().write(true).open(&path).is_ok();
    let (file, new_in_folder, folder_name) = if root {
        let sys = std::path::Path::new("/sys");
        (
            sys.join("kernel/uevent_seqnum"),
            sys.join("plenary-test.db"),
            sys.to_path_buf(),
        )
    } else {
        (path.clone(), folder.join("new.db"), folder.clone())
    };
    let err = Store::open(&file).err().expect("refused");
    assert_eq!(err.kind(), ErrorKind::Io, "{err}");
    let text = err.to_string();
    assert!(
        text.starts_with(&format!("{}: cannot be written", file.display())),
        "{text}"
    );
    assert!(text.contains("Permission denied"), "{text}");
    // A new store in a folder that cannot be written: the folder is named.
    let err = Store::open(&new_in_folder).err().expect("refused");
    assert_eq!(err.kind(), ErrorKind::Io, "{err}");
    let text = err.to_string();
    assert!(
        text.starts_with(&format!("{}: cannot be written", folder_name.display())),
        "{text}"
    );
    assert!(
        text.contains("Permission denied") && !text.contains("not a Plenary"),
        "{text}"
    );
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn a_failing_migration_changes_nothing() {
    let mut conn = Connection::open_in_memory().unwrap();
    migrate_with(&mut conn, &MIGRATIONS[..1]).unwrap();
    let broken = [MIGRATIONS[0], "CREATE TABLE extra (x); THIS IS NOT SQL;"];
    let err = migrate_with(&mut conn, &broken).unwrap_err();
    assert!(err.to_string().contains("migration 2 failed"), "{err}");
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, 1);
    let extra: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'extra')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!extra, "the partial migration was rolled back");
}

#[test]
fn a_second_migration_upgrades_an_old_database_keeping_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plenary.db");
    {
        let mut store = Store::open(&path).unwrap();
        store.write(|tx| tx.create_event(&event_data("kept"))).unwrap();
    }
    let mut conn = Connection::open(&path).unwrap();
    let next: Vec<&str> = MIGRATIONS
        .iter()
        .copied()
        .chain(["ALTER TABLE events ADD COLUMN hashtag TEXT NOT NULL DEFAULT ''"])
        .collect();
    migrate_with(&mut conn, &next).unwrap();
    let (slug, tag): (String, String) = conn
        .query_row("SELECT slug, hashtag FROM events", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!((slug.as_str(), tag.as_str()), ("kept", ""));
}

#[test]
fn migration_2_keeps_old_events_on_calendar_days_and_a_day_change_takes_the_night_in() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plenary.db");
    {
        // A store as schema 1 left it.
        let mut conn = Connection::open(&path).unwrap();
        migrate_with(&mut conn, &MIGRATIONS[..1]).unwrap();
        conn.execute(
            "INSERT INTO events (uuid, slug, title, timezone, start_date, end_date)
             VALUES ('6a32cb72-a69d-423c-91b5-60d88eb8e6c7', 'old', 'Old', 'Europe/Zurich', '2026-07-06', '2026-07-10')",
            [],
        )
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    let old = store.read().find_event("old").unwrap();
    assert_eq!(old.data.day_change, chrono::NaiveTime::MIN);
    assert_eq!(old.data.end_date, day(2026, 7, 10));
    let room = store
        .write(|tx| {
            tx.create_room(
                old.id,
                &RoomData {
                    name: "K".into(),
                    ..Default::default()
                },
            )
        })
        .unwrap()
        .id;
    // 03:00 (Zurich, UTC+2) on the morning after the last day: outside calendar days …
    let night = utc(2026, 7, 11, 1, 0);
    let err = store
        .write(|tx| tx.create_session(old.id, &session_at(room, night)))
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Invalid);
    // … inside once the conference day changes at 06:00, and kept through a reopen.
    let mut data = old.data.clone();
    data.day_change = chrono::NaiveTime::from_hms_opt(6, 0, 0).unwrap();
    store
        .write(|tx| {
            tx.update_event(old.id, &data)?;
            tx.create_session(old.id, &session_at(room, night))
        })
        .unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    let event = store.read().event(old.id).unwrap();
    assert_eq!(event.data.day_change.to_string(), "06:00:00");
    assert_eq!(
        event.data.conference_day(chrono_tz::Europe::Zurich, night),
        day(2026, 7, 10)
    );
    // 06:00 on the first day is the event's first instant; 05:59 is before it.
    let mut store = store;
    let early = utc(2026, 7, 6, 3, 59);
    let err = store
        .write(|tx| tx.create_session(old.id, &session_at(room, early)))
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Invalid);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn text() -> impl Strategy<Value = String> {
        // Arbitrary Unicode, including RTL, CJK, emoji and control characters.
        any::<String>()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn session_fields_survive_the_store(
            title in "\\PC{1,40}",
            description in text(),
            code in "[0-9A-Za-z]{0,6}",
            start_min in 0i64..(5 * 24 * 60 - 120),
            len in 1i64..120,
            langs in proptest::collection::vec("[a-z]{2}", 0..3),
            notes in text(),
            kind in proptest::sample::select(SessionKind::ALL.to_vec()),
            attendance in proptest::option::of(0u32..10_000),
        ) {
            prop_assume!(!title.trim().is_empty());
            let (mut store, event, room) = fixture();
            let start = utc(2026, 7, 5, 22, 0) + Duration::minutes(start_min);
            let data = SessionData {
                title, description, code, kind, private_notes: notes, languages: langs,
                expected_attendance: attendance,
                start: Some(start), end: Some(start + Duration::minutes(len)), room_id: Some(room),
                ..Default::default()
            };
            let saved = store.write(|tx| tx.create_session(event, &data)).unwrap();
            let read = store.read().session(saved.id).unwrap();
            prop_assert_eq!(read, saved);
        }

        #[test]
        fn person_fields_survive_the_store(
            name in "\\PC{1,30}", honorific in text(), function in text(), bio in text(), phone in text(),
        ) {
            prop_assume!(!name.trim().is_empty());
            let mut store = Store::open_in_memory().unwrap();
            let data = PersonData { name, honorific, function, bio, phone, ..Default::default() };
            let saved = store.write(|tx| tx.create_person(&data)).unwrap();
            prop_assert_eq!(store.read().person(saved.id).unwrap(), saved);
        }
    }
}

#[test]
fn validation_inside_one_transaction_sees_earlier_deletes() {
    let (mut store, event, room) = fixture();
    let err = store
        .write(|tx| {
            let p = tx.create_person(&PersonData {
                name: "Gone".into(),
                ..Default::default()
            })?;
            let mut data = session_at(room, utc(2026, 7, 10, 7, 0));
            data.roles = vec![RoleAssignment {
                person_id: p.id,
                role: Role::Chair,
            }];
            tx.create_session(event, &data)?;
            tx.delete_person(p.id)?;
            tx.delete_room(room)?;
            tx.create_session(event, &data)
        })
        .unwrap_err();
    assert_eq!(err.field(), Some("room_id"), "{err}");
    let err = store
        .write(|tx| {
            let p = tx.create_person(&PersonData {
                name: "Gone".into(),
                ..Default::default()
            })?;
            let mut data = session_at(room, utc(2026, 7, 10, 7, 0));
            data.roles = vec![RoleAssignment {
                person_id: p.id,
                role: Role::Chair,
            }];
            tx.create_session(event, &data)?;
            tx.delete_person(p.id)?;
            tx.create_session(event, &data)
        })
        .unwrap_err();
    assert_eq!(err.field(), Some("roles[0].person_id"), "{err}");
}

#[test]
fn next_edition_title_moves_the_year() {
    use super::edition_title;
    let (from, to) = (day(2026, 6, 22), day(2027, 6, 21));
    assert_eq!(
        edition_title("UN Open Source Week 2026", from, to),
        "UN Open Source Week 2027"
    );
    assert_eq!(edition_title("OSPOs for Good", from, to), "OSPOs for Good 2027");
}

#[test]
fn a_dry_run_does_the_writes_then_leaves_the_store_as_it_was() {
    let mut store = Store::open_in_memory().unwrap();
    let seen_inside = store
        .write_or_dry_run::<_, crate::Error>(true, |tx| {
            tx.create_event(&event_data("rehearsal"))?;
            Ok(tx.read().events()?.len())
        })
        .unwrap();
    assert_eq!(seen_inside, 1, "the dry run's own reads see its writes");
    assert!(store.read().events().unwrap().is_empty());
    store
        .write_or_dry_run::<_, crate::Error>(false, |tx| tx.create_event(&event_data("real")))
        .unwrap();
    assert_eq!(store.read().events().unwrap().len(), 1);
}

#[test]
fn one_person_may_hold_two_roles_but_each_once() {
    let (mut store, event, room) = fixture();
    let err = store
        .write(|tx| {
            let p = tx.create_person(&PersonData {
                name: "Doreen Bogdan-Martin".into(),
                ..Default::default()
            })?;
            let role = |role| RoleAssignment { person_id: p.id, role };
            let ok = SessionData {
                roles: vec![role(Role::Chair), role(Role::Speaker)],
                ..session_at(room, utc(2026, 7, 10, 7, 0))
            };
            tx.create_session(event, &ok)?;
            let twice = SessionData {
                roles: vec![role(Role::Speaker), role(Role::Chair), role(Role::Speaker)],
                ..session_at(room, utc(2026, 7, 10, 9, 0))
            };
            tx.create_session(event, &twice)
        })
        .unwrap_err();
    assert_eq!(err.field(), Some("roles[2]"), "{err}");
    assert!(err.to_string().contains("already holds the role speaker"), "{err}");
}

#[test]
fn migration_3_adds_releases_to_a_schema_2_store_keeping_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plenary.db");
    {
        // A store as schema 2 left it, with an event in it.
        let mut conn = Connection::open(&path).unwrap();
        migrate_with(&mut conn, &MIGRATIONS[..2]).unwrap();
        conn.execute(
            "INSERT INTO events (uuid, slug, title, timezone, start_date, end_date, day_change)
             VALUES ('6a32cb72-a69d-423c-91b5-60d88eb8e6c7', 'old', 'Old', 'Europe/Zurich', '2026-07-06', '2026-07-10', '06:00:00')",
            [],
        )
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    let old = store.read().find_event("old").unwrap();
    assert_eq!(old.data.day_change.to_string(), "06:00:00");
    assert!(store.read().releases(old.id).unwrap().is_empty());
    let release = store.write(|tx| tx.create_release(old.id, " 1.0 ", "first")).unwrap();
    assert_eq!(
        (release.summary.name.as_str(), release.summary.note.as_str()),
        ("1.0", "first")
    );
}

#[test]
fn releases_keep_the_public_view_and_diff_against_the_store() {
    let (mut store, event, room) = fixture();
    let other = store
        .write(|tx| {
            tx.create_room(
                event,
                &RoomData {
                    name: "Room B".into(),
                    ..Default::default()
                },
            )
        })
        .unwrap()
        .id;
    let (person, session) = store
        .write(|tx| {
            let person = tx.create_person(&PersonData {
                name: "Ada Lovelace".into(),
                email: "ada@private.example".into(),
                phone: "+41 22 000 00 00".into(),
                ..Default::default()
            })?;
            let mut data = session_at(room, utc(2026, 7, 7, 9, 0));
            data.passcode = "secret-pass".into();
            data.private_notes = "private-note".into();
            data.roles = vec![RoleAssignment {
                person_id: person.id,
                role: Role::Moderator,
            }];
            let session = tx.create_session(event, &data)?;
            Ok((person, session))
        })
        .unwrap();
    let r1 = store.write(|tx| tx.create_release(event, "1.0", "")).unwrap();
    assert_eq!(r1.summary.sessions, 1);
    let stored: String = store
        .conn
        .query_row("SELECT snapshot FROM releases", [], |r| r.get(0))
        .unwrap();
    for private in ["ada@private.example", "+41 22", "secret-pass", "private-note"] {
        assert!(!stored.contains(private), "{private} leaked into the snapshot");
    }
    // The same name again is refused and changes nothing.
    let err = store.write(|tx| tx.create_release(event, "1.0", "")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Conflict);
    let err = store.write(|tx| tx.create_release(event, "  ", "")).unwrap_err();
    assert_eq!(err.to_string(), "release name: must not be empty");
    // Move the session to the other room: the diff against the store says so, per person too.
    let mut data = store.read().session(session.id).unwrap().data;
    data.room_id = Some(other);
    store.write(|tx| tx.update_session(session.id, &data)).unwrap();
    let d = store.read().release_diff(event, None, None).unwrap();
    assert_eq!((d.from.as_str(), d.to.as_str()), ("1.0", "(current)"));
    assert_eq!(d.changes.len(), 1);
    assert_eq!(d.changes[0].kinds, [crate::release::ChangeKind::MovedRoom]);
    assert_eq!(d.changes[0].people, [person.uuid]);
    store
        .write(|tx| tx.create_release(event, "1.1", "room change"))
        .unwrap();
    let names: Vec<String> = store
        .read()
        .releases(event)
        .unwrap()
        .into_iter()
        .map(|r| r.name)
        .collect();
    assert_eq!(names, ["1.0", "1.1"]);
    // Between the releases: the same change; from nothing to 1.0: one session added.
    let d = store.read().release_diff(event, None, Some("1.1")).unwrap();
    assert_eq!((d.from.as_str(), d.changes.len()), ("1.0", 1));
    let d = store.read().release_diff(event, None, Some("1.0")).unwrap();
    assert_eq!(d.from, "(nothing)");
    assert_eq!(d.changes[0].kinds, [crate::release::ChangeKind::Added]);
    let err = store.read().release_diff(event, Some("0.9"), None).unwrap_err();
    assert_eq!(err.to_string(), "no release 0.9");
    assert_eq!(store.read().latest_release(event).unwrap().unwrap().name, "1.1");
}

#[test]
fn people_of_other_events_are_those_with_roles_only_elsewhere() {
    let (mut store, wsis, room) = fixture();
    let (ours, shared, theirs, fresh) = store
        .write(|tx| {
            let other = tx.create_event(&event_data("36c3"))?;
            let other_room = tx.create_room(
                other.id,
                &RoomData {
                    name: "Ada".into(),
                    ..Default::default()
                },
            )?;
            let person = |name: &str| {
                tx.create_person(&PersonData {
                    name: name.into(),
                    ..Default::default()
                })
                .map(|p| p.id)
            };
            let (ours, shared, theirs, fresh) =
                (person("Ours")?, person("Shared")?, person("Theirs")?, person("Fresh")?);
            let with = |room, ids: &[PersonId]| {
                let mut data = session_at(room, utc(2026, 7, 10, 7, 0));
                data.roles = ids
                    .iter()
                    .map(|&person_id| RoleAssignment {
                        person_id,
                        role: Role::Speaker,
                    })
                    .collect();
                data
            };
            tx.create_session(wsis, &with(room, &[ours, shared]))?;
            // In an item's roles only: still a person of the other event.
            let mut item_only = with(other_room.id, &[shared]);
            item_only.items = vec![SessionItem {
                title: "Talk".into(),
                roles: vec![RoleAssignment {
                    person_id: theirs,
                    role: Role::Speaker,
                }],
                ..Default::default()
            }];
            tx.create_session(other.id, &item_only)?;
            Ok((ours, shared, theirs, fresh))
        })
        .unwrap();
    let elsewhere = store.read().people_of_other_events(wsis).unwrap();
    assert_eq!(elsewhere, vec![theirs]);
    assert!(!elsewhere.contains(&ours) && !elsewhere.contains(&shared) && !elsewhere.contains(&fresh));
}
