//! `plenary publish …`: the programme out to the world. Each target adds its variant here and
//! its code in a module of its own.

mod caldav;
mod site;

use std::path::PathBuf;

use clap::Subcommand;

use crate::util::CliResult;

#[derive(Subcommand)]
pub enum PublishCmd {
    /// Into a calendar on a CalDAV server (Nextcloud, Radicale, Baïkal, Fastmail …), one
    /// resource per session, kept in step: a rerun sends only what changed.
    Caldav(caldav::CaldavArgs),
    /// A self-contained static site (pages, room screens, calendars, schedule.xml/json,
    /// changelog and feed, offline search) for any web host or a USB stick.
    Site(site::SiteArgs),
}

pub fn publish(db: &Option<PathBuf>, cmd: PublishCmd) -> CliResult {
    match cmd {
        PublishCmd::Caldav(args) => caldav::caldav(db, args),
        PublishCmd::Site(args) => site::site(db, args),
    }
}
