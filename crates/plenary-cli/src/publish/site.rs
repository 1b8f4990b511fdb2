//! `plenary publish site`: the programme as a self-contained static site (plenary-publish).

use std::path::PathBuf;

use clap::Args;
use plenary_publish::{publish_site, SiteOptions};

use crate::util::{open_store, print_json, CliResult};

#[derive(Args)]
pub struct SiteArgs {
    /// The event (slug, id or UUID).
    #[arg(long)]
    event: String,
    /// The folder to write the site into (created if needed; files of the same name are replaced).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Publish this release (by name) instead of the store as it is now.
    #[arg(long, value_name = "NAME")]
    release: Option<String>,
    /// Print the summary as JSON.
    #[arg(long)]
    json: bool,
}

pub fn site(db: &Option<PathBuf>, args: SiteArgs) -> CliResult {
    let store = open_store(db)?;
    let event = store.read().find_event(&args.event)?;
    let options = SiteOptions {
        release: args.release,
        ..Default::default()
    };
    let summary = publish_site(&store, event.id, &args.out, &options)?;
    if args.json {
        return print_json(&summary);
    }
    outln!(
        "Published {} ({}) into {}: {} files, {} bytes, {} changed; {} sessions, {} people, {} rooms. Open index.html.",
        event.data.slug,
        summary
            .release
            .as_deref()
            .map_or("the store as it is".to_string(), |r| format!("release {r}")),
        summary.folder,
        summary.files,
        summary.bytes,
        summary.changed,
        summary.sessions,
        summary.people,
        summary.rooms
    );
    Ok(())
}
