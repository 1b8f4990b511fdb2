//! Recording what was published to a CalDAV server (see `read/caldav.rs`). The publisher
//! records each resource the server acknowledged in its own small transaction, so a publish
//! cut off half-way keeps what was sent and a rerun finishes the job.

use rusqlite::params;
use uuid::Uuid;

use super::{required, Tx};
use crate::error::{Error, Result};
use crate::model::EventId;
use crate::store::{CaldavResource, CaldavTarget};

impl Tx<'_> {
    /// The target of `event` at `url`/`user`/`scope`, created if new; its collection href is
    /// set to `collection` (a server may have moved it).
    ///
    /// # Errors
    /// An empty url, user, scope or collection (`Error::Invalid` naming `caldav target <field>`);
    /// an unknown event (`Error::NotFound`).
    pub fn caldav_target_upsert(
        &self,
        event: EventId,
        url: &str,
        user: &str,
        scope: &str,
        collection: &str,
    ) -> Result<CaldavTarget> {
        required("caldav target", "url", url)?;
        required("caldav target", "user", user)?;
        required("caldav target", "scope", scope)?;
        required("caldav target", "collection", collection)?;
        self.read().event(event)?;
        self.exec(
            "INSERT INTO caldav_targets (event_id, url, user, scope, collection) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (event_id, url, user, scope) DO UPDATE SET collection = excluded.collection",
            params![event, url, user, scope, collection],
        )?;
        self.read()
            .caldav_target(event, url, user, scope)?
            .ok_or_else(|| Error::not_found("caldav target", url))
    }

    /// Records `resource` as sent to `target` and acknowledged (replacing what was recorded for
    /// its session).
    ///
    /// # Errors
    /// An empty href or hash (`Error::Invalid`); an unknown target (`Error::NotFound`).
    pub fn caldav_resource_record(&self, target: i64, resource: &CaldavResource) -> Result<()> {
        required("caldav resource", "href", &resource.href)?;
        required("caldav resource", "hash", &resource.hash)?;
        let known: bool = self.tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM caldav_targets WHERE id = ?1)",
            [target],
            |r| r.get(0),
        )?;
        if !known {
            return Err(Error::not_found("caldav target", target));
        }
        self.exec(
            "INSERT INTO caldav_resources (target_id, session_uuid, href, etag, hash) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (target_id, session_uuid) DO UPDATE SET
                 href = excluded.href, etag = excluded.etag, hash = excluded.hash",
            params![
                target,
                resource.session_uuid.to_string(),
                resource.href,
                resource.etag,
                resource.hash
            ],
        )?;
        Ok(())
    }

    /// Forgets the resource of `session` at `target` (deleted from the server, or gone there).
    /// Forgetting what is not recorded is no error.
    pub fn caldav_resource_forget(&self, target: i64, session: Uuid) -> Result<()> {
        self.exec(
            "DELETE FROM caldav_resources WHERE target_id = ?1 AND session_uuid = ?2",
            params![target, session.to_string()],
        )?;
        Ok(())
    }
}
