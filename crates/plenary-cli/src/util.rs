//! What every command needs: opening the store, reading times in the event's zone, printing,
//! and turning errors into messages and exit codes.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Utc};
use plenary_core::time::{self, Fold};
use plenary_core::{Error, ErrorKind, Event, ImportError, Store};

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
                eprintln!("error: {}", neutralise(&message));
                ExitCode::from(1)
            }
            Failure::Usage(message) => {
                eprintln!("error: {}", neutralise(&message));
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

/// A refused import in the command line's words: the file named, the option to use (`--map`,
/// `--timezone`), and "nothing was imported"; exit 2 for a problem in how the import was asked
/// for, 1 for one in the data. The store's own failures (damaged, unreadable) name their place.
pub fn import_failure(file: &str, err: ImportError) -> Failure {
    let nothing = "nothing was imported";
    let message = match &err {
        ImportError::Format { .. } | ImportError::Parse { .. } => format!("{err}; {nothing}"),
        ImportError::NeedsTimezone { file, offsets, .. } => format!(
            "{file}: the file names no time zone (no time_zone_name) and {}; give the programme's zone with \
             --timezone, as in --timezone Europe/Brussels; {nothing}",
            ImportError::offsets_seen(offsets)
        ),
        ImportError::NoDates { .. } => format!("{err}; import into an event with --event; {nothing}"),
        ImportError::UnknownTimezone { zone } => {
            format!("{file}: --timezone {zone:?} is not a time zone; use an IANA name such as Europe/Berlin; {nothing}")
        }
        ImportError::UnknownField { .. } | ImportError::UnknownColumn { .. } | ImportError::FieldMappedTwice { .. } => {
            format!("{file}: --map {err}; {nothing}")
        }
        ImportError::MissingColumn { field, columns } => format!(
            "{file}: no column holds the {field}; map one with --map HEADER={field} (columns: {}); {nothing}",
            columns.join(", ")
        ),
        ImportError::Store { error } => match error.kind {
            ErrorKind::Database | ErrorKind::Io | ErrorKind::IncompatibleDatabase => error.message.clone(),
            _ => format!("{file}: {}; {nothing}", error.message),
        },
    };
    if err.is_usage() {
        Failure::Usage(message)
    } else {
        Failure::Data(message)
    }
}

pub fn open_store(db: &Option<PathBuf>) -> CliResult<Store> {
    let path = db.clone().unwrap_or_else(Store::default_path);
    Store::open(&path).map_err(|e| {
        // Damaged and unwritable stores name their path (or its folder) already.
        let message = e.to_string();
        if message.starts_with(&path.display().to_string()) || matches!(e, Error::Io { .. }) {
            Failure::Usage(message)
        } else {
            Failure::Usage(format!("{}: {message}", path.display()))
        }
    })
}

/// Reads "2026-07-10 09:00" in the event's zone. `fold` picks the instant when the clocks go
/// back and the time happens twice; then a note on standard error says which instant (offset)
/// was taken and how to get the other.
pub fn local_time(event: &Event, text: &str, field: &str, fold: Fold) -> plenary_core::Result<DateTime<Utc>> {
    let tz = time::parse_zone(&event.data.timezone, "event", "timezone")?;
    let local = time::parse_local(text, "session", field)?;
    let taken = time::local_to_utc(tz, local, fold, "session", field)?;
    if let Some(note) = fold_note(tz, local, taken, field) {
        eprintln!("{note}");
    }
    Ok(taken)
}

/// The note for a local time that happens twice in `tz` (`None` for any other time).
fn fold_note(tz: chrono_tz::Tz, local: NaiveDateTime, taken: DateTime<Utc>, field: &str) -> Option<String> {
    let LocalResult::Ambiguous(a, b) = tz.from_local_datetime(&local) else {
        return None;
    };
    let (first, second) = (a.min(b), a.max(b));
    let show = |t: DateTime<chrono_tz::Tz>| {
        format!(
            "{} (UTC{}, {} UTC)",
            t.format("%H:%M"),
            t.format("%:z"),
            t.with_timezone(&Utc).format("%H:%M")
        )
    };
    let (which, other, how) = if taken == first.with_timezone(&Utc) {
        ("first", second, "give --later to `plenary session move` for the second")
    } else {
        ("second", first, "leave out --later for the first")
    };
    Some(format!(
        "note: session {field}: {} happens twice in {} (the clocks go back); took the {which}, {}. \
         The other is {}: {how}.",
        local.format("%Y-%m-%d %H:%M"),
        tz.name(),
        show(if which == "first" { first } else { second }),
        show(other),
    ))
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
    let mut text = json_for_terminal(text);
    text.push('\n');
    raw_stdout(text.as_bytes());
    Ok(())
}

/// Writes command output, neutralised for the terminal (see [`neutralise`]); see `outln!`.
pub fn stdout(args: std::fmt::Arguments<'_>) {
    let text = std::fmt::format(args);
    raw_stdout(neutralise(&text).as_bytes());
}

/// Writes bytes to standard output as they are (exports, JSON). A closed pipe ends the process
/// with success (the reader has what it wanted); any other failure to write is an I/O error,
/// exit 2.
pub fn raw_stdout(bytes: &[u8]) {
    use std::io::Write;
    if let Err(e) = std::io::stdout().lock().write_all(bytes) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("error: cannot write the output: {e}");
        std::process::exit(2);
    }
}

/// Prints an import's report: the one report shape of every import, as JSON or as text. When it
/// lists a skipped record the import had data problems: the last line says how many (on
/// standard error under `--json`, so standard output stays JSON) and the command exits 1.
pub fn show_report(report: &plenary_core::ImportReport, json: bool) -> CliResult {
    show_report_with_hint(report, json, None)
}

/// [`show_report`] with a `hint` for what the user can do next (an event file's conflicts),
/// printed on standard error before the closing line about skipped records, so neither hides
/// the other. A hint alone also means data problems: the command exits 1.
pub fn show_report_with_hint(report: &plenary_core::ImportReport, json: bool, hint: Option<&str>) -> CliResult {
    if json {
        print_json(report)?;
    } else {
        out!("{}", report.to_text());
    }
    if let Some(hint) = hint {
        eprintln!("{}", neutralise(hint));
    }
    let Some(last) = skipped_line(report) else {
        return if hint.is_some() { Err(Failure::Reported) } else { Ok(()) };
    };
    if json {
        eprintln!("{last}");
    } else {
        outln!("{last}");
    }
    Err(Failure::Reported)
}

/// The closing line of a report that skipped records, or `None` when it skipped none.
fn skipped_line(report: &plenary_core::ImportReport) -> Option<String> {
    let skipped = report.skipped.len();
    if skipped == 0 {
        return None;
    }
    let records = if report.records_name.is_empty() {
        "records"
    } else {
        &report.records_name
    };
    // Every record skipped: there is no "rest"; whether anything else (an event, people) was
    // still written decides between "nothing" and "none of them".
    let all = skipped >= report.records;
    let changed = report.created.total() + report.updated.total() > 0;
    let rest = match (all, changed, report.dry_run) {
        (false, _, false) => "the rest was imported",
        (false, _, true) => "the rest would be imported (dry run)",
        (true, false, false) => "nothing was imported",
        (true, false, true) => "nothing would be imported (dry run)",
        (true, true, false) => "none of them was imported",
        (true, true, true) => "none of them would be imported (dry run)",
    };
    Some(format!(
        "{skipped} of {} {records} skipped, each with its reason above; {rest}. Exit status 1.",
        report.records.max(skipped)
    ))
}

/// Writes an export's `text` to `path` through [`plenary_core::output::write_atomically`]
/// (never onto `store`'s own files, never half a file), or to standard output, unchanged,
/// without a path.
pub fn write_output(path: Option<&Path>, text: &str, store: &Store) -> CliResult {
    match path {
        Some(path) => Ok(plenary_core::output::write_atomically(path, text.as_bytes(), store)?),
        None => {
            raw_stdout(text.as_bytes());
            Ok(())
        }
    }
}

/// User text made harmless for a terminal: every control character but line feed and tab
/// (escape sequences start with one: ESC, or the C1 CSI U+009B), and the Unicode marks that
/// reorder or hide text (bidirectional overrides and isolates), is shown as a visible stand-in
/// instead of being obeyed: C0 as its Control Picture (ESC → ␛, CR → ␍), the rest as U+FFFD.
/// Every line the command prints goes through this (`out!`, `outln!`, error messages).
pub fn neutralise(text: &str) -> std::borrow::Cow<'_, str> {
    let harmful = |c: char| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(harmful) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| match c {
            c if !harmful(c) => c,
            '\u{7f}' => '\u{2421}',
            c if (c as u32) < 0x20 => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
            _ => '\u{fffd}',
        })
        .collect()
}

/// JSON as text for a terminal: serde escapes C0 controls, but DEL and the C1 controls (U+009B
/// starts an escape sequence on some terminals) pass raw; escape them too (still the same JSON).
fn json_for_terminal(json: String) -> String {
    if !json.chars().any(|c| ('\u{7f}'..='\u{9f}').contains(&c)) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if ('\u{7f}'..='\u{9f}').contains(&c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
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
    use super::{import_failure, parse_minutes, Failure, ImportError, MAX_MINUTES};

    fn words(failure: Failure) -> (u8, String) {
        match failure {
            Failure::Data(m) => (1, m),
            Failure::Usage(m) => (2, m),
            Failure::Reported => (1, String::new()),
        }
    }

    #[test]
    fn a_refused_import_is_worded_with_the_command_lines_options() {
        let zone = ImportError::NeedsTimezone {
            file: "fosdem.xml".into(),
            offsets: vec!["+01:00".into()],
            first_date: None,
        };
        assert_eq!(
            words(import_failure("fosdem.xml", zone)),
            (
                2,
                "fosdem.xml: the file names no time zone (no time_zone_name) and its times carry the offset +01:00; \
                 give the programme's zone with --timezone, as in --timezone Europe/Brussels; nothing was imported"
                    .into()
            )
        );
        let mapped = ImportError::UnknownField {
            header: "Mail".into(),
            field: "mail".into(),
            fields: vec!["name".into(), "email".into()],
        };
        assert_eq!(
            words(import_failure("p.csv", mapped)),
            (
                2,
                "p.csv: --map Mail=mail: \"mail\" is not a field; use one of name, email; nothing was imported".into()
            )
        );
        let missing = ImportError::MissingColumn {
            field: "title".into(),
            columns: vec!["Name".into(), "Day".into()],
        };
        assert_eq!(
            words(import_failure("s.csv", missing)),
            (
                2,
                "s.csv: no column holds the title; map one with --map HEADER=title (columns: Name, Day); nothing was imported"
                    .into()
            )
        );
        let zone = ImportError::UnknownTimezone { zone: "Mars".into() };
        assert_eq!(
            words(import_failure("f.json", zone)).1,
            "f.json: --timezone \"Mars\" is not a time zone; use an IANA name such as Europe/Berlin; nothing was imported"
        );
        let dates = ImportError::NoDates { file: "c.ics".into() };
        assert_eq!(
            words(import_failure("c.ics", dates)),
            (
                1,
                "c.ics: no VEVENT in the file has a start time (in the years Plenary plans in, 1900–2200), so the \
                 event's days are unknown; import into an event with --event; nothing was imported"
                    .into()
            )
        );
        let bad = ImportError::format("bad.xml", Some(3), plenary_core::FormatProblem::NotXml, "not XML");
        assert_eq!(
            words(import_failure("bad.xml", bad)),
            (1, "bad.xml:3: not XML; nothing was imported".into())
        );
        let invalid: ImportError = plenary_core::Error::invalid("session", "end", "before the start").into();
        assert_eq!(
            words(import_failure("a.ics", invalid)),
            (1, "a.ics: session end: before the start; nothing was imported".into())
        );
        let unknown: ImportError = plenary_core::Error::not_found("event", "nope").into();
        assert_eq!(
            words(import_failure("a.csv", unknown)),
            (2, "a.csv: no event nope; nothing was imported".into())
        );
    }

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
