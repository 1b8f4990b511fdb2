//! The published programme: a self-contained static site rendered from an event's public
//! snapshot (a release's, or the store's as it is now), so it never holds a private field.
//!
//! The folder works from `file://` (a USB stick) and from any web server: relative links only,
//! no remote resource, scripts only for the room screens, search and `webcal:` links, every page
//! readable without them. Pages are rendered with `minijinja` from the templates in
//! `templates/` (HTML auto-escaped); calendars by `plenary-ical`'s writer (UIDs and SEQUENCE as
//! in every other export); `schedule.xml`/`schedule.json` by `plenary-interchange`'s frab
//! exporter with the release's name as `<version>`.
//!
//! Publishing twice without changes writes the same bytes in every file but one line of
//! `index.html` (`Generated at …`): calendars are stamped with the release's time (or the last
//! change's), every list has a fixed order.
//!
//! Entry points: [`render_site`] (the files in memory) and [`publish_site`] (written to a folder).

mod changelog;
mod files;
mod render;
mod view;

use std::path::Path;

use chrono::{DateTime, Utc};
use plenary_core::release::PublicSnapshot;
use plenary_core::{EventId, Reader, Result, Store};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use files::write_site;

/// What to publish.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct SiteOptions {
    /// The release to publish, by name; the store as it is now when unset.
    pub release: Option<String>,
    /// The `Generated at` line's time; now when unset (tests fix it).
    #[ts(skip)]
    pub generated_at: Option<DateTime<Utc>>,
    /// Fixes the room screens' clock (`data-now`), for previews and tests; the device's clock
    /// when unset.
    #[ts(skip)]
    pub screen_now: Option<DateTime<Utc>>,
}

/// One file of the site: its path inside the folder (`/`-separated) and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// What [`publish_site`] wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SiteSummary {
    /// The folder, as given.
    pub folder: String,
    /// The release published, or `None` for the store as it is.
    pub release: Option<String>,
    /// Files in the site, and how many of them changed (new or different bytes).
    pub files: u32,
    pub changed: u32,
    /// Total size of the site in bytes.
    pub bytes: u64,
    /// Sessions, people and rooms on the site.
    pub sessions: u32,
    pub people: u32,
    pub rooms: u32,
}

/// Renders the site of `event` in memory: every file with its path, sorted by path.
///
/// # Errors
/// No such event or release ([`plenary_core::Error::NotFound`]); the event's stored days out of
/// the sane range (naming the field); a template failure names the template
/// ([`plenary_core::Error::Invalid`], entity `site`).
pub fn render_site(reader: &Reader<'_>, event: EventId, options: &SiteOptions) -> Result<Vec<SiteFile>> {
    Ok(render(reader, event, options)?.0)
}

/// [`render_site`], with the snapshot published (for the summary's counts).
fn render(reader: &Reader<'_>, event: EventId, options: &SiteOptions) -> Result<(Vec<SiteFile>, PublicSnapshot)> {
    let releases = reader.releases(event)?;
    let (snapshot, release) = match &options.release {
        Some(name) => {
            let release = reader.find_release(event, name)?;
            (release.snapshot, Some(release.summary))
        }
        None => (reader.public_snapshot(event)?, None),
    };
    // The changelog lists the releases up to the one published.
    let upto = match &release {
        Some(r) => releases.iter().position(|x| x.id == r.id).map_or(0, |i| i + 1),
        None => releases.len(),
    };
    let mut history = Vec::with_capacity(upto);
    for summary in &releases[..upto] {
        history.push(reader.find_release(event, &summary.name)?);
    }
    let files = render::site(&snapshot, release.as_ref(), &history, options)?;
    Ok((files, snapshot))
}

/// Renders the site of `event` and writes it into `folder` (created if needed), each file
/// atomically (`plenary_core::output::write_atomically`); a file whose bytes are unchanged is
/// not rewritten, so its modification time stays and a sync uploads only what changed. Files
/// of an earlier publish that the site no longer has are left in place.
///
/// # Errors
/// As [`render_site`]; [`plenary_core::Error::Io`] naming the file or folder that could not be
/// written.
pub fn publish_site(store: &Store, event: EventId, folder: &Path, options: &SiteOptions) -> Result<SiteSummary> {
    let (files, snapshot) = render(&store.read(), event, options)?;
    let changed = write_site(&files, folder, store)?;
    Ok(SiteSummary {
        folder: folder.display().to_string(),
        release: options.release.clone(),
        files: files.len() as u32,
        changed,
        bytes: files.iter().map(|f| f.bytes.len() as u64).sum(),
        sessions: snapshot.sessions.len() as u32,
        people: snapshot.people.len() as u32,
        rooms: snapshot.rooms.len() as u32,
    })
}
