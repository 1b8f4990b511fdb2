//! Schema migrations: an append-only list applied on `PRAGMA user_version`, all pending ones in
//! one transaction. Never edit or reorder an entry that has shipped; add a new one.
//!
//! A database whose `user_version` is above this list's length was written by a newer Plenary
//! and is refused untouched; a database with another `application_id` is not Plenary's.

use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::validate::ProblemCode;

/// "PLNY": marks the file as a Plenary store.
pub const APPLICATION_ID: i32 = 0x504C_4E59;

pub const MIGRATIONS: &[&str] = &[
    // 1: the initial schema.
    r#"
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    tagline TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    organisers TEXT NOT NULL DEFAULT '[]',
    timezone TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    links TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE venues (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    latitude REAL,
    longitude REAL
);
CREATE INDEX venues_event ON venues(event_id);
CREATE TABLE rooms (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    venue_id INTEGER REFERENCES venues(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    capacity INTEGER,
    location TEXT NOT NULL DEFAULT '',
    can_stream INTEGER NOT NULL DEFAULT 0,
    can_record INTEGER NOT NULL DEFAULT 0,
    interpretation_booths INTEGER NOT NULL DEFAULT 0,
    is_virtual INTEGER NOT NULL DEFAULT 0,
    join_url TEXT,
    opening_hours TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX rooms_event ON rooms(event_id);
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    honorific TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    function TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    bio TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    availability TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    code TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    subtitle TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    start INTEGER,
    end INTEGER,
    room_id INTEGER REFERENCES rooms(id) ON DELETE SET NULL,
    participation TEXT NOT NULL,
    join_url TEXT,
    join_instructions TEXT NOT NULL DEFAULT '',
    passcode TEXT NOT NULL DEFAULT '',
    registration_url TEXT,
    description TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '[]',
    interpretation TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL,
    expected_attendance INTEGER,
    organisers TEXT NOT NULL DEFAULT '[]',
    links TEXT NOT NULL DEFAULT '[]',
    private_notes TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL,
    modified INTEGER NOT NULL,
    CHECK ((start IS NULL) = (end IS NULL)),
    CHECK (start IS NULL OR end > start)
);
CREATE INDEX sessions_event_start ON sessions(event_id, start);
CREATE INDEX sessions_room ON sessions(room_id);
CREATE TABLE session_items (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    uuid TEXT NOT NULL,
    title TEXT NOT NULL,
    start INTEGER,
    minutes INTEGER,
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX session_items_session ON session_items(session_id);
CREATE TABLE session_roles (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    item_id INTEGER REFERENCES session_items(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role TEXT NOT NULL
);
CREATE INDEX session_roles_session ON session_roles(session_id);
CREATE INDEX session_roles_person ON session_roles(person_id);
CREATE TABLE vocabularies (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    builtin INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE terms (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    vocabulary_id INTEGER NOT NULL REFERENCES vocabularies(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    parent_code TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (vocabulary_id, code)
);
CREATE TABLE session_tags (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    term_id INTEGER NOT NULL REFERENCES terms(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (session_id, term_id)
) WITHOUT ROWID;
CREATE INDEX session_tags_term ON session_tags(term_id);
CREATE TABLE selections (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    UNIQUE (event_id, name)
);
CREATE TABLE selection_sessions (
    selection_id INTEGER NOT NULL REFERENCES selections(id) ON DELETE CASCADE,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    PRIMARY KEY (selection_id, session_id)
) WITHOUT ROWID;
CREATE TABLE finding_acks (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    rule TEXT NOT NULL,
    acknowledged_at INTEGER NOT NULL,
    PRIMARY KEY (event_id, fingerprint)
) WITHOUT ROWID;
"#,
    // 2: the local time at which each conference day begins (frab's day_change); existing
    // events keep calendar days.
    "ALTER TABLE events ADD COLUMN day_change TEXT NOT NULL DEFAULT '00:00:00';",
    // 3: releases of an event's public programme, each with the JSON snapshot of what was public
    // (`crate::release::PublicSnapshot`: never e-mails, phones, passcodes or private notes).
    r#"
CREATE TABLE releases (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    UNIQUE (event_id, name)
);
CREATE INDEX releases_event ON releases(event_id, created);
"#,
    // 4: CalDAV publishing: each target (server URL, user, scope, collection href; never a
    // password) and per session the resource last sent there, its ETag and the hash of its text.
    r#"
CREATE TABLE caldav_targets (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    user TEXT NOT NULL,
    scope TEXT NOT NULL,
    collection TEXT NOT NULL,
    UNIQUE (event_id, url, user, scope)
);
CREATE TABLE caldav_resources (
    target_id INTEGER NOT NULL REFERENCES caldav_targets(id) ON DELETE CASCADE,
    session_uuid TEXT NOT NULL,
    href TEXT NOT NULL,
    etag TEXT,
    hash TEXT NOT NULL,
    PRIMARY KEY (target_id, session_uuid)
) WITHOUT ROWID;
"#,
];

/// Brings the schema up to date. Refuses, without writing, a database that is not Plenary's or
/// is newer than this program.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    migrate_with(conn, MIGRATIONS)
}

pub(crate) fn migrate_with(conn: &mut Connection, migrations: &[&str]) -> Result<()> {
    // A file that is not SQLite, or a damaged one, fails on its first read with SQLite's own
    // error (file is not a database, malformed), which `Store::open` explains with the path.
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let has_schema: bool = conn.query_row("SELECT EXISTS (SELECT 1 FROM sqlite_schema)", [], |r| r.get(0))?;
    // Only a file with nothing in it may become a store: any table, index, view or trigger, an
    // application id or a schema version says another program made it, even if its tables are
    // empty.
    let blank = !has_schema && app_id == 0 && version == 0;
    if app_id != APPLICATION_ID && !blank {
        let whose = if app_id == 0 {
            String::new()
        } else {
            format!(" (application id {app_id:#010x})")
        };
        return Err(Error::IncompatibleDatabase {
            code: ProblemCode::NotAStore,
            message: format!(
                "this file is an SQLite database of another application{whose}, not a Plenary store; \
                 nothing was changed. Give Plenary a new file (--db)"
            ),
        });
    }
    let known = migrations.len() as i64;
    if version > known {
        return Err(Error::IncompatibleDatabase {
            code: ProblemCode::StoreNewer,
            message: format!(
                "this database was written by a newer Plenary (schema {version}; this program knows up to {known}); \
                 update Plenary to open it. Nothing was changed"
            ),
        });
    }
    if version == known {
        return Ok(());
    }
    let tx = conn.transaction()?;
    for (i, sql) in migrations.iter().enumerate().skip(version as usize) {
        tx.execute_batch(sql).map_err(|e| Error::IncompatibleDatabase {
            code: ProblemCode::Database,
            message: format!("migration {} failed: {e}; nothing was changed", i + 1),
        })?;
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", known)?;
    tx.commit()?;
    Ok(())
}
