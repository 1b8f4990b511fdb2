//! `plenary publish caldav`: the event's sessions into a calendar collection on a CalDAV server
//! (plenary-caldav), the password from standard input, the system keyring or the terminal.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;

use clap::Args;
use plenary_caldav::{Error, Password, Progress, PublishReport, Scope, Target};

use crate::util::{open_store, print_json, CliResult, Failure};

/// The keyring's service name for CalDAV passwords (the account is `user@url`).
const KEYRING_SERVICE: &str = "plenary-caldav";

#[derive(Args)]
pub struct CaldavArgs {
    /// The event (slug, id or UUID).
    #[arg(long)]
    event: String,
    /// The server's URL (https://dav.example.org/), or the URL of your calendar home.
    #[arg(long)]
    url: String,
    /// Your user name on the server.
    #[arg(long)]
    user: String,
    /// Which sessions: whole, room:ROOM, track:TRACK or person:PERSON.
    #[arg(long, default_value = "whole", value_parser = parse_scope)]
    scope: Scope,
    /// Say what would be sent (the server is read, nothing is written there or in the store).
    #[arg(long)]
    dry_run: bool,
    /// Read the password from standard input (for scripts); otherwise it comes from the system
    /// keyring, or is asked on the terminal and then kept in the keyring.
    #[arg(long)]
    password_stdin: bool,
    /// Allow plain http:// to another machine (the password then crosses the network readable).
    #[arg(long)]
    allow_http: bool,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
}

fn parse_scope(text: &str) -> Result<Scope, String> {
    text.parse()
}

/// Where the password came from: a refused one from the keyring is removed from it, a
/// typed one that worked is saved there.
enum Source {
    Stdin,
    Keyring,
    Typed,
}

pub fn caldav(db: &Option<PathBuf>, args: CaldavArgs) -> CliResult {
    let mut store = open_store(db)?;
    let event = store.read().find_event(&args.event)?;
    let target = Target {
        url: args.url.clone(),
        user: args.user.clone(),
        scope: args.scope.clone(),
        allow_http: args.allow_http,
    };
    let account = format!("{}@{}", args.user, args.url);
    let (password, source) = password(&args, &account)?;
    let mut progress = |p: &Progress| {
        if p.total > 0 {
            eprintln!("[{}/{}] {}", p.done, p.total, crate::util::neutralise(&p.message));
        } else {
            eprintln!("{}", crate::util::neutralise(&p.message));
        }
    };
    let result = plenary_caldav::publish(&mut store, event.id, &target, &password, args.dry_run, &mut progress);
    let report = match result {
        Ok(report) => report,
        Err(Error::Unauthorized { user }) => {
            let mut message = Error::Unauthorized { user }.to_string();
            if matches!(source, Source::Keyring) {
                // A stale password must not be tried again on every run.
                let _ = keyring_entry(&account).and_then(|e| e.delete_credential().map_err(|e| e.to_string()));
                message.push_str("; the password saved in the system keyring was removed: run again to type it");
            }
            return Err(Failure::Usage(message));
        }
        Err(Error::Store(e)) => return Err(e.into()),
        Err(e) => return Err(Failure::Usage(e.to_string())),
    };
    if matches!(source, Source::Typed) && !args.dry_run {
        if let Err(why) = keyring_entry(&account).and_then(|e| e.set_password(&password.0).map_err(|e| e.to_string())) {
            eprintln!("note: the password was not saved in the system keyring ({why}); you will be asked again");
        }
    }
    if args.json {
        print_json(&report)?;
    } else {
        show(&report);
    }
    verdict(&report)
}

/// The keyring entry of `account`; the error says why there is none (no keyring on this
/// system — e.g. no Secret Service on the session bus — with the platform's reason).
fn keyring_entry(account: &str) -> Result<keyring::Entry, String> {
    keyring::Entry::new(KEYRING_SERVICE, account).map_err(|e| match (&e, keyring::Entry::store_status()) {
        (keyring::Error::NoDefaultStore, Err(why)) => format!("no system keyring is available: {why}"),
        _ => e.to_string(),
    })
}

/// The password: standard input with `--password-stdin`; else the keyring; else the terminal.
fn password(args: &CaldavArgs, account: &str) -> CliResult<(Password, Source)> {
    if args.password_stdin {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Failure::Usage(format!("--password-stdin: cannot read standard input: {e}")))?;
        // One trailing line end is the shell's (echo, a file), not the password's.
        let text = text.strip_suffix('\n').unwrap_or(&text);
        let text = text.strip_suffix('\r').unwrap_or(text);
        if text.is_empty() {
            return Err(Failure::Usage(
                "--password-stdin: standard input holds no password".into(),
            ));
        }
        return Ok((Password(text.to_string()), Source::Stdin));
    }
    let from_keyring = keyring_entry(account).and_then(|e| e.get_password().map_err(|e| e.to_string()));
    let why_not = match from_keyring {
        Ok(p) => return Ok((Password(p), Source::Keyring)),
        Err(why) => why,
    };
    if !std::io::stdin().is_terminal() {
        return Err(Failure::Usage(format!(
            "no password for {account}: none from the system keyring ({why_not}) and no terminal to ask on; \
             pass it on standard input with --password-stdin"
        )));
    }
    let typed = rpassword::prompt_password(format!("Password for {} at {}: ", args.user, args.url))
        .map_err(|e| Failure::Usage(format!("cannot read the password from the terminal: {e}")))?;
    Ok((Password(typed), Source::Typed))
}

fn show(r: &PublishReport) {
    let would = if r.dry_run { "would be " } else { "" };
    outln!(
        "{} {} ({} session(s)) to the calendar {} at {} as {}:",
        if r.dry_run { "Dry run: publishing" } else { "Published" },
        r.scope,
        r.sessions,
        r.collection,
        r.url,
        r.user
    );
    if r.collection_created {
        outln!("  calendar {} {would}created", r.collection);
    }
    outln!(
        "  {} {would}created, {} {would}updated, {} {would}deleted, {} unchanged, {} conflict(s), {} failed, {} not sent",
        r.created.len(),
        r.updated.len(),
        r.deleted.len(),
        r.unchanged,
        r.conflicts.len(),
        r.failed.len(),
        r.not_sent.len()
    );
    for (label, list) in [
        ("created", &r.created),
        ("updated", &r.updated),
        ("deleted", &r.deleted),
    ] {
        for s in list {
            outln!("  {would}{label}: {} ({})", s.title, s.href);
        }
    }
    for p in &r.conflicts {
        outln!("  conflict: {} ({}): {}", p.session.title, p.session.href, p.reason);
    }
    for p in &r.failed {
        outln!("  failed: {} ({}): {}", p.session.title, p.session.href, p.reason);
    }
    for s in &r.not_sent {
        outln!("  not sent: {} ({})", s.title, s.href);
    }
    outln!("  {} request(s), {} write(s)", r.requests, r.writes);
}

/// Exit 0 when everything is on the server; 1 with conflicts or refusals (the data needs a
/// look); 2 when the publish stopped (the server or the network: rerun to finish).
fn verdict(r: &PublishReport) -> CliResult {
    if let Some(why) = &r.stopped {
        return Err(Failure::Usage(format!(
            "the publish stopped: {why}; {} session(s) not sent, what was sent is recorded: run the same command \
             again to finish",
            r.not_sent.len()
        )));
    }
    if !r.conflicts.is_empty() || !r.failed.is_empty() {
        return Err(Failure::Data(format!(
            "{} conflict(s) and {} refusal(s): those sessions were left as they are on the server",
            r.conflicts.len(),
            r.failed.len()
        )));
    }
    Ok(())
}
