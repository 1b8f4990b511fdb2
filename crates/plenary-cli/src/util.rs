//! What every command needs: opening the store, reading times in the event's zone, printing,
//! and turning errors into messages and exit codes.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use plenary_core::time::{self, Fold};
use plenary_core::{Error, ErrorKind, Event, Store};

/// Why a command failed, and so which exit code it ends with.
pub enum Failure {
    /// The data has problems (invalid input, a conflict, check errors): exit 1.
    Data(String),
    /// Wrong usage, a missing file or an unreadable store: exit 2.
    Usage(String),
    /// Already reported (e.g. a findings list was printed): exit 1 with no further message.
    Reported,
}

impl Failure {
    pub fn report(self) -> ExitCode {
        match self {
            Failure::Data(message) => {
                eprintln!("error: {message}");
                ExitCode::from(1)
            }
            Failure::Usage(message) => {
                eprintln!("error: {message}");
                ExitCode::from(2)
            }
            Failure::Reported => ExitCode::from(1),
        }
    }
}

impl From<Error> for Failure {
    fn from(err: Error) -> Self {
        match err.kind() {
            ErrorKind::Invalid | ErrorKind::Conflict => Failure::Data(err.to_string()),
            ErrorKind::NotFound | ErrorKind::IncompatibleDatabase | ErrorKind::Database | ErrorKind::Io => {
                Failure::Usage(err.to_string())
            }
        }
    }
}

pub type CliResult<T = ()> = Result<T, Failure>;

pub fn open_store(db: &Option<PathBuf>) -> CliResult<Store> {
    let path = db.clone().unwrap_or_else(Store::default_path);
    Store::open(&path).map_err(|e| Failure::Usage(format!("{}: {e}", path.display())))
}

/// Reads "2026-07-10 09:00" in the event's zone. `fold` picks the instant when the clocks go
/// back and the time happens twice.
pub fn local_time(event: &Event, text: &str, field: &str, fold: Fold) -> plenary_core::Result<DateTime<Utc>> {
    let tz = time::parse_zone(&event.data.timezone, "event", "timezone")?;
    let local = time::parse_local(text, "session", field)?;
    time::local_to_utc(tz, local, fold, "session", field)
}

/// An instant as the event's local time: "2026-07-10 09:00".
pub fn show_local(event: &Event, t: DateTime<Utc>) -> String {
    match time::parse_zone(&event.data.timezone, "event", "timezone") {
        Ok(tz) => time::utc_to_local(tz, t).format("%Y-%m-%d %H:%M").to_string(),
        Err(_) => t.format("%Y-%m-%d %H:%M UTC").to_string(),
    }
}

pub fn print_json<T: serde::Serialize>(value: &T) -> CliResult {
    let text = serde_json::to_string_pretty(value).map_err(|e| Failure::Usage(e.to_string()))?;
    outln!("{text}");
    Ok(())
}

/// Writes command output; see `outln!`. A closed pipe ends the process with success (the reader
/// has what it wanted); any other failure to write is an I/O error, exit 2.
pub fn stdout(args: std::fmt::Arguments<'_>) {
    use std::io::Write;
    if let Err(e) = std::io::stdout().lock().write_fmt(args) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("error: cannot write the output: {e}");
        std::process::exit(2);
    }
}

/// Prints an import's report: the one report shape of every import, as JSON or as text.
pub fn show_report(report: &plenary_core::ImportReport, json: bool) -> CliResult {
    if json {
        print_json(report)
    } else {
        out!("{}", report.to_text());
        Ok(())
    }
}

/// Writes `text` to `path`, or to standard output without a path.
pub fn write_output(path: Option<&Path>, text: &str) -> CliResult {
    match path {
        Some(path) => std::fs::write(path, text).map_err(|e| Failure::Usage(format!("{}: {e}", path.display()))),
        None => {
            out!("{text}");
            Ok(())
        }
    }
}

pub fn read_input(path: &Path) -> CliResult<Vec<u8>> {
    std::fs::read(path).map_err(|e| Failure::Usage(format!("{}: {e}", path.display())))
}

/// The longest duration `parse_minutes` accepts: a year of 366 days (an event lasts at most
/// that long), so a duration added to a date can never overflow it.
pub const MAX_MINUTES: i64 = 366 * 24 * 60;

/// Parses a duration like "45m", "1h30m", "2h" or a plain number of minutes ("90"), from one
/// minute to [`MAX_MINUTES`].
pub fn parse_minutes(text: &str) -> Result<i64, String> {
    let text = text.trim();
    let in_range = |minutes: i64| {
        if minutes <= 0 {
            Err("a duration must be positive".to_string())
        } else if minutes > MAX_MINUTES {
            Err(format!("{text:?} is longer than a year"))
        } else {
            Ok(minutes)
        }
    };
    if let Ok(minutes) = text.parse::<i64>() {
        return in_range(minutes);
    }
    let mut total = 0i64;
    let mut number = String::new();
    for c in text.chars() {
        match c {
            '0'..='9' => number.push(c),
            'h' | 'm' => {
                let n: i64 = number
                    .parse()
                    .map_err(|_| format!("{text:?} is not a duration like 45m or 1h30m"))?;
                let minutes = if c == 'h' { n.checked_mul(60) } else { Some(n) };
                total = minutes
                    .and_then(|m| total.checked_add(m))
                    .ok_or_else(|| format!("{text:?} is longer than a year"))?;
                number.clear();
            }
            _ => return Err(format!("{text:?} is not a duration like 45m or 1h30m")),
        }
    }
    if !number.is_empty() || total <= 0 {
        return Err(format!("{text:?} is not a duration like 45m or 1h30m"));
    }
    in_range(total)
}

#[cfg(test)]
mod tests {
    use super::{parse_minutes, MAX_MINUTES};

    #[test]
    fn durations() {
        assert_eq!(parse_minutes("45m"), Ok(45));
        assert_eq!(parse_minutes("1h30m"), Ok(90));
        assert_eq!(parse_minutes("2h"), Ok(120));
        assert_eq!(parse_minutes("90"), Ok(90));
        assert!(parse_minutes("0").is_err());
        assert!(parse_minutes("1h30").is_err());
        assert!(parse_minutes("soon").is_err());
        assert_eq!(parse_minutes("8784h"), Ok(MAX_MINUTES));
        assert!(parse_minutes("8785h").is_err());
        assert!(parse_minutes("99999999999999999h").is_err());
        assert!(parse_minutes("9223372036854775807").is_err());
    }
}
