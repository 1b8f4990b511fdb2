//! The server side of a publish: one [`Connection`] (libdav's CalDAV client over the watched
//! HTTP client) and each request a publish sends through it, with its timeout and what its
//! failure means: discovery of the calendar home, the collection's listing and creation, the
//! multiget of claimed resources, and the writes ([`Sent`]).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use ::http::Uri;
use libdav::caldav::{CalendarComponent, CreateCalendar, FindCalendarHomeSet, GetCalendarResources};
use libdav::dav::{Delete, GetEtag, ListResources, PutResource, WebDavClient};
use libdav::CalDavClient;

use crate::http::{Seen, Watched};
use crate::plan::Action;
use crate::report::{explain, status_text, PublishReason};
use crate::url::{dir, redacted};
use crate::{Error, Password};

/// How long one request may take before the publish stops (a server that stopped answering).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

/// The media type of every PUT.
const CALENDAR_TYPE: &str = "text/calendar; charset=utf-8";

/// A user's authenticated connection to one server, and the watch on its responses.
pub(crate) struct Connection {
    dav: CalDavClient<Watched>,
    /// What the watch saw (last status, requests and writes counted).
    pub seen: Arc<Seen>,
    /// The user name, for the errors that name it.
    user: String,
}

/// How one request ended.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Sent {
    /// Acknowledged (a PUT's new ETag when the server gave or told it).
    Done { etag: Option<String> },
    /// 412: the resource changed on the server; left alone.
    Conflict(PublishReason),
    /// This resource was refused; the others may go through.
    Failed(PublishReason),
    /// The server cannot take more now (no answer, 401, 5xx): the publish stops.
    Stop(PublishReason),
}

impl Connection {
    /// A connection to `base` as `user`; nothing is sent yet.
    ///
    /// # Errors
    /// [`Error::Local`]: no TLS root certificate could be loaded.
    pub fn open(base: Uri, user: &str, password: &Password) -> Result<Connection, Error> {
        let (client, seen) = crate::http::client(user, &password.0).map_err(|reason| Error::Local {
            step: "preparing the connection".into(),
            reason,
        })?;
        Ok(Connection {
            dav: CalDavClient::new(WebDavClient::new(base, client)),
            seen,
            user: user.to_string(),
        })
    }

    /// The [`Error`] of a failed request during `step`.
    fn explain(&self, step: &str, err: impl std::fmt::Display) -> Error {
        explain(&self.seen, step, &self.user, err)
    }

    /// The user's calendar home (a path ending in `/`): through the user's principal at the
    /// URL given, else through `/.well-known/caldav` (RFC 6764) from a bare server URL; the URL
    /// itself when the server names no home. The URL is tried first: servers that serve their
    /// web UI at `/` send the well-known redirect on there (Radicale: `/.well-known/caldav` →
    /// `/` → `/.web/`). `url` is the URL as given, for errors.
    ///
    /// # Errors
    /// [`Error::Unauthorized`], [`Error::Status`], [`Error::Network`]; [`Error::Url`] when no
    /// CalDAV service can be derived from the URL.
    pub async fn calendar_home(&mut self, url: &str) -> Result<String, Error> {
        let base = self.dav.base_url().clone();
        let mut principal = timed(self.dav.find_current_user_principal()).await;
        if self.seen.last_status() == Some(401) {
            return Err(Error::Unauthorized {
                user: self.user.clone(),
            });
        }
        if !matches!(principal, Ok(Some(_))) && base.path() == "/" {
            if let Some(found) = self.well_known(&base, url).await? {
                self.dav.webdav_client.base_url = found;
                principal = timed(self.dav.find_current_user_principal()).await;
            }
        }
        let principal = principal.map_err(|e| self.explain("finding the user's principal", e))?;
        let home = match principal {
            Some(principal) => timed(self.dav.request(FindCalendarHomeSet::new(principal.path())))
                .await
                .map_err(|e| self.explain("finding the calendar home", e))?
                .home_sets
                .into_iter()
                .next()
                .map(|u| dir(u.path())),
            None => None,
        };
        Ok(home.unwrap_or_else(|| dir(self.dav.base_url().path())))
    }

    /// Where `/.well-known/caldav` on `base`'s host leads, if anywhere.
    async fn well_known(&self, base: &Uri, url: &str) -> Result<Option<Uri>, Error> {
        let service = libdav::caldav_service_for_url(base).map_err(|e| Error::Url {
            url: redacted(url),
            reason: e.to_string(),
            code: plenary_core::ProblemCode::NotALink,
        })?;
        let host = base.host().unwrap_or_default();
        let port = base.port_u16().unwrap_or(service.default_port());
        timed(self.dav.find_context_path(service, host, port))
            .await
            .map_err(|e| self.explain("finding the CalDAV service (/.well-known/caldav)", e))
    }

    /// The resources in `collection`: href → ETag (`None` when the server gives none); `None`
    /// for a collection that does not exist (404).
    ///
    /// # Errors
    /// Any other failure ([`Error::Unauthorized`], [`Error::Status`], [`Error::Network`]).
    pub async fn etags(&self, collection: &str) -> Result<Option<HashMap<String, Option<String>>>, Error> {
        match timed(self.dav.request(ListResources::new(collection))).await {
            Ok(list) => Ok(Some(
                list.resources
                    .into_iter()
                    .filter(|r| !r.resource_type.is_collection)
                    .map(|r| (r.href, r.etag))
                    .collect(),
            )),
            Err(_) if self.seen.last_status() == Some(404) => Ok(None),
            Err(e) => Err(self.explain(&format!("listing the calendar {collection}"), e)),
        }
    }

    /// Creates `collection` (MKCALENDAR) for events, with a display name and a colour
    /// (`#RRGGBBAA`).
    ///
    /// # Errors
    /// [`Error::Unauthorized`], [`Error::Status`], [`Error::Network`].
    pub async fn create_calendar(&self, collection: &str, title: &str, colour: &str) -> Result<(), Error> {
        timed(
            self.dav.request(
                CreateCalendar::new(collection)
                    .with_display_name(title)
                    .with_colour(colour)
                    .with_components(&[CalendarComponent::VEvent]),
            ),
        )
        .await
        .map_err(|e| self.explain(&format!("creating the calendar {collection} (MKCALENDAR)"), e))?;
        Ok(())
    }

    /// The text and ETag of each of `hrefs` in `collection` (one multiget): href → (text,
    /// ETag). Empty when the request fails, and without the resources the server could not
    /// give: whoever asks treats a missing one as not Plenary's.
    pub async fn fetch(&self, collection: &str, hrefs: &[&str]) -> HashMap<String, (String, String)> {
        timed(
            self.dav
                .request(GetCalendarResources::new(collection).with_hrefs(hrefs)),
        )
        .await
        .map(|r| {
            r.resources
                .into_iter()
                .filter_map(|f| f.content.ok().map(|c| (f.href, (c.data, c.etag))))
                .collect()
        })
        .unwrap_or_default()
    }

    /// Sends the request `action` calls for (PUT with `If-None-Match: *` or `If-Match`,
    /// DELETE); an action that sends nothing is [`Sent::Done`] at once.
    pub async fn send(&self, action: &Action<'_>) -> Sent {
        let result = match action {
            Action::Create { local } => timed(
                self.dav
                    .request(PutResource::new(&local.href).create(local.text.clone(), CALENDAR_TYPE)),
            )
            .await
            .map(|r| r.etag),
            Action::Update { local, etag } => timed(self.dav.request(PutResource::new(&local.href).update(
                local.text.clone(),
                CALENDAR_TYPE,
                etag.clone(),
            )))
            .await
            .map(|r| r.etag),
            Action::Delete { href, etag, .. } => self.delete(href, etag.as_deref()).await.map(|()| None),
            Action::Forget { .. } => Ok(None),
            // Claims are settled (into updates or conflicts) before anything is sent.
            Action::Unchanged { .. } | Action::Conflict { .. } | Action::Claim { .. } => {
                return Sent::Done { etag: None }
            }
        };
        match result {
            Ok(etag) => {
                let etag = match (etag, action) {
                    // Some servers change what they store and give no ETag: ask for it, so the
                    // next publish can still tell our version from someone else's.
                    (None, Action::Create { local } | Action::Update { local, .. }) => {
                        timed(self.dav.request(GetEtag::new(&local.href)))
                            .await
                            .ok()
                            .map(|r| r.etag)
                    }
                    (etag, _) => etag,
                };
                Sent::Done { etag }
            }
            Err(e) => failure(self.seen.last_status(), &e),
        }
    }

    /// DELETE `href`, with `If-Match: etag` when there is one; already gone (404) is done.
    async fn delete(&self, href: &str, etag: Option<&str>) -> Result<(), String> {
        let result = match etag {
            Some(etag) => timed(self.dav.request(Delete::new(href).with_etag(etag.to_string()))).await,
            None => timed(self.dav.request(Delete::new(href).force())).await,
        };
        match result {
            Err(_) if self.seen.last_status() == Some(404) => Ok(()),
            other => other.map(|_| ()),
        }
    }
}

/// Runs one request with the publish's timeout; its error as text.
async fn timed<T, E: std::fmt::Display>(f: impl std::future::Future<Output = Result<T, E>>) -> Result<T, String> {
    match tokio::time::timeout(REQUEST_TIMEOUT, f).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err(format!("no answer within {} s", REQUEST_TIMEOUT.as_secs())),
    }
}

/// What a failed write means for the publish, by the response's status (`None`: no response).
pub(crate) fn failure(status: Option<u16>, error: &str) -> Sent {
    match status {
        Some(412) => Sent::Conflict(PublishReason::ChangedOnServer),
        Some(401) => Sent::Stop(PublishReason::PasswordRefused),
        // The server cannot take more now (full, failing, overloaded): the next writes would
        // fail the same way.
        Some(status) if status >= 500 || status == 429 => Sent::Stop(PublishReason::ServerAnswered {
            status,
            status_text: status_text(status),
        }),
        Some(status) => Sent::Failed(PublishReason::Refused {
            status,
            status_text: status_text(status),
        }),
        None => Sent::Stop(PublishReason::NoAnswer {
            error: error.to_string(),
        }),
    }
}
