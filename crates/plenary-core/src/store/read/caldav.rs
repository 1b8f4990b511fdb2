//! What was published to CalDAV servers: each target (server, user, scope, collection) of an
//! event, and per session the resource sent there (href, ETag, hash of the text). The publisher
//! (`plenary-caldav`) compares them with the store and the server to send only what changed.

use rusqlite::{params, Row};
use uuid::Uuid;

use super::{uuid_col, Reader};
use crate::error::Result;
use crate::model::EventId;

/// A calendar collection an event (or part of it) is published into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaldavTarget {
    /// Row id: the key of its resources.
    pub id: i64,
    pub event_id: EventId,
    /// The server URL as the user gave it (no credentials in it).
    pub url: String,
    /// The user name the server knows (never the password).
    pub user: String,
    /// Which sessions: `whole`, `room:R`, `track:T` or `person:P`.
    pub scope: String,
    /// The collection's href on the server (a path ending in `/`).
    pub collection: String,
}

/// One session's calendar object resource as last sent and acknowledged by the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaldavResource {
    pub session_uuid: Uuid,
    /// The resource's href on the server (a path).
    pub href: String,
    /// The ETag the server gave for what was sent; `None` when it gave none.
    pub etag: Option<String>,
    /// Hash (hex) of the text sent: the same text is never sent twice.
    pub hash: String,
}

const TARGET_COLS: &str = "id, event_id, url, user, scope, collection";

fn target_row(row: &Row) -> rusqlite::Result<CaldavTarget> {
    Ok(CaldavTarget {
        id: row.get(0)?,
        event_id: row.get(1)?,
        url: row.get(2)?,
        user: row.get(3)?,
        scope: row.get(4)?,
        collection: row.get(5)?,
    })
}

fn resource_row(row: &Row) -> rusqlite::Result<CaldavResource> {
    Ok(CaldavResource {
        session_uuid: uuid_col(row, 0)?,
        href: row.get(1)?,
        etag: row.get(2)?,
        hash: row.get(3)?,
    })
}

impl Reader<'_> {
    /// The target of `event` at this server URL, user and scope, if it was ever published.
    pub fn caldav_target(&self, event: EventId, url: &str, user: &str, scope: &str) -> Result<Option<CaldavTarget>> {
        self.one(
            &format!(
                "SELECT {TARGET_COLS} FROM caldav_targets WHERE event_id = ?1 AND url = ?2 AND user = ?3 AND scope = ?4"
            ),
            params![event, url, user, scope],
            target_row,
        )
    }

    /// Every target `event` was published to, oldest first.
    pub fn caldav_targets(&self, event: EventId) -> Result<Vec<CaldavTarget>> {
        self.all(
            &format!("SELECT {TARGET_COLS} FROM caldav_targets WHERE event_id = ?1 ORDER BY id"),
            [event],
            target_row,
        )
    }

    /// The resources last sent to `target`, by href.
    pub fn caldav_resources(&self, target: i64) -> Result<Vec<CaldavResource>> {
        self.all(
            "SELECT session_uuid, href, etag, hash FROM caldav_resources WHERE target_id = ?1 ORDER BY href",
            [target],
            resource_row,
        )
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use rusqlite::Connection;
    use uuid::Uuid;

    use crate::model::EventData;
    use crate::store::migrations::{migrate_with, MIGRATIONS};
    use crate::store::{CaldavResource, Store};
    use crate::ErrorKind;

    fn event_data() -> EventData {
        EventData {
            slug: "kept".into(),
            title: "Kept".into(),
            timezone: "Europe/Zurich".into(),
            start_date: NaiveDate::from_ymd_opt(2026, 7, 6).unwrap(),
            end_date: NaiveDate::from_ymd_opt(2026, 7, 10).unwrap(),
            ..Default::default()
        }
    }

    #[test]
    fn a_store_before_the_caldav_migration_upgrades_keeping_its_events() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plenary.db");
        let caldav = MIGRATIONS
            .iter()
            .position(|m| m.contains("CREATE TABLE caldav_targets"))
            .unwrap();
        {
            let mut conn = Connection::open(&path).unwrap();
            migrate_with(&mut conn, &MIGRATIONS[..caldav]).unwrap();
            conn.execute(
                "INSERT INTO events (uuid, slug, title, timezone, start_date, end_date)
                 VALUES ('6a32cb72-a69d-423c-91b5-60d88eb8e6c7', 'kept', 'Kept', 'Europe/Zurich', '2026-07-06', '2026-07-10')",
                [],
            )
            .unwrap();
        }
        let mut store = Store::open(&path).unwrap();
        let event = store.read().find_event("kept").unwrap();
        assert_eq!(event.data.title, "Kept");
        let target = store
            .write(|tx| tx.caldav_target_upsert(event.id, "http://127.0.0.1:5232/", "ana", "whole", "/ana/kept/"))
            .unwrap();
        assert_eq!(store.read().caldav_targets(event.id).unwrap(), vec![target]);
    }

    #[test]
    fn targets_and_resources_round_trip_and_are_replaced_not_duplicated() {
        let mut store = Store::open_in_memory().unwrap();
        let event = store.write(|tx| tx.create_event(&event_data())).unwrap().id;
        let t = store
            .write(|tx| tx.caldav_target_upsert(event, "https://dav.example", "ana", "room:K", "/a/old/"))
            .unwrap();
        // The same target again: one row, collection moved.
        let again = store
            .write(|tx| tx.caldav_target_upsert(event, "https://dav.example", "ana", "room:K", "/a/new/"))
            .unwrap();
        assert_eq!((again.id, again.collection.as_str()), (t.id, "/a/new/"));
        let session = Uuid::from_u128(7);
        let mut r = CaldavResource {
            session_uuid: session,
            href: "/a/new/7.ics".into(),
            etag: Some("\"1\"".into()),
            hash: "ab".into(),
        };
        store.write(|tx| tx.caldav_resource_record(t.id, &r)).unwrap();
        r.etag = Some("\"2\"".into());
        store.write(|tx| tx.caldav_resource_record(t.id, &r)).unwrap();
        assert_eq!(store.read().caldav_resources(t.id).unwrap(), vec![r.clone()]);
        store.write(|tx| tx.caldav_resource_forget(t.id, session)).unwrap();
        assert!(store.read().caldav_resources(t.id).unwrap().is_empty());
        // Errors name the field, and an unknown target is refused.
        let err = store
            .write(|tx| tx.caldav_target_upsert(event, "", "ana", "whole", "/c/"))
            .unwrap_err();
        assert_eq!(err.to_string(), "caldav target url: must not be empty");
        let err = store.write(|tx| tx.caldav_resource_record(t.id + 1, &r)).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::NotFound);
    }
}
