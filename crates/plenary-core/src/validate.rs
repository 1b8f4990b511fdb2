//! What is wrong with an input, as values: each [`InputProblem`] names the field, a [`ProblemCode`]
//! and its parameters, so the window words it in the chosen language (`ui/src/lib/errors.ts`)
//! and the CLI in English (`InputProblem`'s `Display`, here: the one place the English words live).
//! Validation collects every problem of an input ([`Problems`]) instead of stopping at the
//! first, so a form shows them all at once.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Error;

/// Why a value is refused. Serialised in snake_case (`"not_a_link"`); the window has words for
/// every one but `Other` in six languages (`ui/src/lib/errors.ts` does not compile without them,
/// and its test formats each in every catalogue).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ProblemCode {
    /// Empty where a value is needed.
    Required,
    /// Not a link at all (`example.org`, `htp:/register`); params `value`.
    NotALink,
    /// White space or a control character inside a link; params `value`.
    LinkSpaces,
    /// A web link without a host (`https:example`); params `value`.
    LinkNoHost,
    /// A scheme participants cannot open safely (`javascript:`); params `value`, `scheme`.
    UnsafeScheme,
    /// A start without an end.
    MissingEnd,
    /// An end without a start.
    MissingStart,
    /// The end is not after the start.
    BeforeStart,
    /// Outside the event's days; params `first`, `last` (dates), `zone`.
    OutsideEvent,
    /// No such room; params `id`.
    NoSuchRoom,
    /// The room belongs to another event.
    OtherEventsRoom,
    /// No such person; params `id`.
    NoSuchPerson,
    /// The same person holds the same role twice; params `role`.
    RoleTwice,
    /// A tag listed twice.
    TagTwice,
    /// No such term; params `id`.
    NoSuchTerm,
    /// A date outside the years Plenary plans in; params `value`, `first`, `last` (years).
    YearOutOfRange,
    /// The last day before the first.
    EndBeforeStartDate,
    /// An event longer than a year.
    TooLong,
    /// Not a slug of 1–64 lower-case letters, digits and dashes; params `value`.
    BadSlug,
    /// Not an IANA time zone; params `value`.
    UnknownZone,
    /// Not an e-mail address (no `@`); params `value`.
    NotAnEmail,
    /// A period (a person's availability) that ends before it starts.
    EndsBeforeItStarts,
    /// Opening hours that close before they open.
    ClosesBeforeOpens,
    /// No file or folder by that name; params `file` (its name).
    FileNotFound,
    /// The file may not be read or written by this user; params `file`.
    FileDenied,
    /// A folder where a file was expected; params `file`.
    FileIsFolder,
    /// The disk or the user's quota is full; params `file`.
    DiskFull,
    /// The file system is read-only; params `file`.
    ReadOnly,
    /// The file's bytes are not what was expected (not UTF-8 text, say); params `file`.
    FileUnreadable,
    /// Another failure of the file system; params `file`, `message` (the OS's words).
    FileFailed,
    /// A unique name (an event's short name) is used already; params `value`.
    Taken,
    /// The thing asked for is not in the store (deleted elsewhere); params `entity`, `key`.
    NotFound,
    /// A path the window sent that no dialog of this run returned; params `file`.
    NotChosen,
    /// A file name that is not valid UTF-8 (the window cannot send it back); params `file`.
    NameNotUtf8,
    /// A server address with a user name or password in it; params `value` (redacted).
    LinkHasPassword,
    /// Plain `http://` to another machine, where the password would cross the network
    /// readable; params `value`.
    PlainHttp,
    /// A server address that is neither `https://` nor `http://`; params `value`.
    NotHttps,
    /// The server refused this user's password (HTTP 401); params `user`.
    ServerRefusedLogin,
    /// The server answered with an error status; params `status` (the number, `403`).
    ServerStatus,
    /// The server is out of space for the calendar (HTTP 507).
    ServerFull,
    /// The server did not answer (no connection, TLS, timeout, no usable answer); params `url`.
    ServerSilent,
    /// A value the window sent that does not fit its command (a bug of the window); params
    /// `field`.
    BadArgument,
    /// A background task of the shell stopped on an internal error (a bug); nothing changed.
    JobFailed,
    /// The store's file is damaged or is not a database; params `file`.
    StoreDamaged,
    /// The store was written by a newer Plenary.
    StoreNewer,
    /// The store's file is another application's database.
    NotAStore,
    /// SQLite failed (a bug, or a store changed by another program); nothing was changed.
    Database,
    /// An undo cannot bring a deleted thing back; params `what` (its name), `why`
    /// (`already_there`, `in_directory`, `short_name_taken` with `event`, `slug`; `code_taken` with `vocabulary`,
    /// `code`; `vocabulary_gone`; `event_gone`; `store` with `table`).
    CannotRestore,
    /// Anything else: params `message`, in English (the window shows it as it is).
    Other,
}

/// One thing wrong with an input: the field as the model names it (`join_url`, `end`,
/// `roles[1].person_id`), why, and the values the words need (`value`, `id`, …).
/// (Not `Problem`: plenary-caldav's report has a `Problem` of its own, and both reach the UI.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InputProblem {
    pub field: String,
    pub code: ProblemCode,
    pub params: BTreeMap<String, String>,
}

impl InputProblem {
    /// A problem without parameters.
    pub fn new(field: impl Into<String>, code: ProblemCode) -> Self {
        InputProblem {
            field: field.into(),
            code,
            params: BTreeMap::new(),
        }
    }

    /// The same problem with one more parameter.
    pub fn with(mut self, name: &str, value: impl ToString) -> Self {
        self.params.insert(name.to_string(), value.to_string());
        self
    }

    /// A problem the window has no words of its own for: `message` in English.
    pub fn other(field: impl Into<String>, message: impl Into<String>) -> Self {
        InputProblem::new(field, ProblemCode::Other).with("message", message.into())
    }

    fn param(&self, name: &str) -> &str {
        self.params.get(name).map_or("", String::as_str)
    }
}

/// The English words of a problem, without its field (the CLI and the window's fallback).
impl fmt::Display for InputProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ProblemCode::*;
        let p = |n| self.param(n);
        match self.code {
            Required => f.write_str("must not be empty"),
            NotALink => write!(f, "{:?} is not a link; write it in full, as in https://example.org/join", p("value")),
            LinkSpaces => write!(f, "{:?} has spaces or control characters in it", p("value")),
            LinkNoHost => write!(f, "{:?} has no host; write it in full, as in https://example.org/join", p("value")),
            UnsafeScheme => write!(
                f,
                "{:?} uses {}:, which participants cannot open safely; use https:, http:, mailto:, tel:, sip:, sips:, xmpp:, h323: or matrix:",
                p("value"),
                p("scheme")
            ),
            MissingEnd => f.write_str("set an end as well as a start, or neither"),
            MissingStart => f.write_str("set a start as well as an end, or neither"),
            BeforeStart => f.write_str("the session ends before it starts"),
            OutsideEvent => write!(
                f,
                "the session falls outside the event's days ({} to {}, {})",
                p("first"),
                p("last"),
                p("zone")
            ),
            NoSuchRoom => write!(f, "there is no room {}", p("id")),
            OtherEventsRoom => f.write_str("the room belongs to another event"),
            NoSuchPerson => write!(f, "there is no person {}", p("id")),
            RoleTwice => write!(f, "person {} already holds the role {} here", p("person"), p("role")),
            TagTwice => f.write_str("the tag is listed twice"),
            NoSuchTerm => write!(f, "there is no term {}", p("id")),
            YearOutOfRange => write!(
                f,
                "{} is outside the years Plenary plans in ({}–{})",
                p("value"),
                p("first"),
                p("last")
            ),
            EndBeforeStartDate => f.write_str("the last day is before the first day"),
            TooLong => f.write_str("an event may last at most a year"),
            BadSlug => write!(
                f,
                "{:?} must be 1–64 lower-case letters, digits and dashes, as in wsis-2026",
                p("value")
            ),
            UnknownZone => write!(f, "{:?} is not a known IANA time zone, such as Europe/Zurich", p("value")),
            NotAnEmail => write!(f, "{:?} is not an e-mail address", p("value")),
            EndsBeforeItStarts => f.write_str("ends before it starts"),
            ClosesBeforeOpens => f.write_str("closes before it opens"),
            FileNotFound => write!(f, "{}: there is no such file", p("file")),
            FileDenied => write!(f, "{}: you are not allowed to open this file", p("file")),
            FileIsFolder => write!(f, "{}: this is a folder, not a file", p("file")),
            DiskFull => write!(f, "{}: the disk is full", p("file")),
            ReadOnly => write!(f, "{}: the disk is read-only", p("file")),
            FileUnreadable => write!(f, "{}: the file's contents cannot be read", p("file")),
            FileFailed => write!(f, "{}: {}", p("file"), p("message")),
            Taken => write!(f, "{:?} is already used; choose another", p("value")),
            NotFound => write!(f, "no {} {}", p("entity"), p("key")),
            NotChosen => write!(
                f,
                "{}: Plenary uses only files chosen in its own dialogs; choose the file again",
                p("file")
            ),
            NameNotUtf8 => write!(f, "{}: Plenary can only use file names that are valid UTF-8", p("file")),
            LinkHasPassword => write!(
                f,
                "{:?} must not hold a user name or password; give the user in its own field",
                p("value")
            ),
            PlainHttp => write!(
                f,
                "{:?} is plain http to another machine: the password would cross the network readable; use https",
                p("value")
            ),
            NotHttps => write!(f, "{:?} must start with https:// (or http:// to this machine)", p("value")),
            ServerRefusedLogin => write!(
                f,
                "the server refused user {}'s password (401): check the user name and password",
                p("user")
            ),
            ServerStatus => write!(f, "the server answered with the error {}", p("status")),
            ServerFull => f.write_str("the server is out of space for this calendar (507)"),
            ServerSilent => write!(f, "the server at {} did not answer", p("url")),
            BadArgument => write!(f, "Plenary could not read the value of {} sent by its window; please report this", p("field")),
            JobFailed => f.write_str("Plenary could not finish this task (an internal error); nothing was changed; please report this"),
            StoreDamaged => write!(f, "{}: the store is damaged or is not a database; nothing was changed", p("file")),
            StoreNewer => f.write_str("the store was written by a newer Plenary; update Plenary to open it; nothing was changed"),
            NotAStore => f.write_str("the store's file belongs to another application, not Plenary; nothing was changed"),
            Database => f.write_str("Plenary's store could not do this (a database error); nothing was changed; please report this"),
            CannotRestore => match p("why") {
                "already_there" => write!(f, "{} is there already", p("what")),
                "in_directory" => write!(f, "{} is in the directory already", p("what")),
                "short_name_taken" => write!(
                    f,
                    "{} cannot come back: {} has its short name {} now",
                    p("what"),
                    p("event"),
                    p("slug")
                ),
                "code_taken" => write!(
                    f,
                    "{} cannot come back: {} has another term with its code {} now",
                    p("what"),
                    p("vocabulary"),
                    p("code")
                ),
                "vocabulary_gone" => write!(f, "{} cannot come back: its vocabulary was deleted", p("what")),
                "event_gone" => write!(f, "{} cannot come back: its event was deleted", p("what")),
                _ => write!(f, "{} cannot come back ({})", p("what"), p("table")),
            },
            Other => f.write_str(p("message")),
        }
    }
}

/// A failed read or write of the file at `path` as a problem of `field` (`path`, `file`):
/// the OS's kind as a code, the file named by its name (the folder is the person's own).
pub fn file_problem(field: &str, path: &std::path::Path, err: &std::io::Error) -> InputProblem {
    use std::io::ErrorKind as K;
    let code = match err.kind() {
        K::NotFound => ProblemCode::FileNotFound,
        K::PermissionDenied => ProblemCode::FileDenied,
        K::IsADirectory => ProblemCode::FileIsFolder,
        K::StorageFull | K::QuotaExceeded => ProblemCode::DiskFull,
        K::ReadOnlyFilesystem => ProblemCode::ReadOnly,
        K::InvalidData => ProblemCode::FileUnreadable,
        _ => ProblemCode::FileFailed,
    };
    let name = path
        .file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let problem = InputProblem::new(field, code).with("file", name);
    if code == ProblemCode::FileFailed {
        problem.with("message", err)
    } else {
        problem
    }
}

/// The problems of one input of `entity`, collected in field order.
#[derive(Debug)]
pub struct Problems {
    entity: &'static str,
    list: Vec<InputProblem>,
}

impl Problems {
    /// None yet, for an input of `entity` (`"session"`).
    pub fn new(entity: &'static str) -> Self {
        Problems {
            entity,
            list: Vec::new(),
        }
    }

    /// Records `problem`.
    pub fn push(&mut self, problem: InputProblem) {
        self.list.push(problem);
    }

    /// Records the problems of an `Error::Invalid` (a check shared with single-error code, such
    /// as `sane` and `time`); any other error is returned, to stop the validation.
    pub fn take(&mut self, result: crate::Result<()>) -> crate::Result<()> {
        match result {
            Ok(()) => Ok(()),
            Err(Error::Invalid { problems, .. }) => {
                self.list.extend(problems);
                Ok(())
            }
            Err(other) => Err(other),
        }
    }

    /// Whether none was recorded.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// `Ok` when none was recorded, else one `Error::Invalid` holding them all.
    pub fn finish(self) -> crate::Result<()> {
        if self.list.is_empty() {
            Ok(())
        } else {
            Err(Error::problems(self.entity, self.list))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_collect_and_word_each_one_in_english() {
        let mut all = Problems::new("session");
        all.push(InputProblem::new("join_url", ProblemCode::NotALink).with("value", "htp:/register"));
        all.push(InputProblem::new("end", ProblemCode::BeforeStart));
        let err = all.finish().unwrap_err();
        assert_eq!(
            err.to_string(),
            "session join_url: \"htp:/register\" is not a link; write it in full, as in \
             https://example.org/join; session end: the session ends before it starts"
        );
        assert_eq!(err.field(), Some("join_url"));
        let json = serde_json::to_value(err.problems_of()).unwrap();
        assert_eq!(
            json,
            serde_json::json!([
                {"field": "join_url", "code": "not_a_link", "params": {"value": "htp:/register"}},
                {"field": "end", "code": "before_start", "params": {}},
            ])
        );
    }

    #[test]
    fn file_errors_name_the_file_and_their_kind() {
        let path = std::path::Path::new("/home/a/ghost.ics");
        let gone = std::fs::read(path).unwrap_err();
        let problem = file_problem("path", path, &gone);
        assert_eq!(problem.code, ProblemCode::FileNotFound);
        assert_eq!(problem.to_string(), "ghost.ics: there is no such file");
        let folder = std::io::Error::from(std::io::ErrorKind::IsADirectory);
        assert_eq!(file_problem("path", path, &folder).code, ProblemCode::FileIsFolder);
        let odd = std::io::Error::other("disk on fire");
        assert_eq!(file_problem("path", path, &odd).to_string(), "ghost.ics: disk on fire");
    }

    #[test]
    fn a_missing_entity_has_a_code_and_the_english_stays() {
        let err = Error::not_found("event", 7);
        let problems = err.to_problems();
        assert_eq!(problems[0].code, ProblemCode::NotFound);
        assert_eq!(problems[0].to_string(), "no event 7");
        assert_eq!(err.to_string(), "no event 7");
    }

    #[test]
    fn a_taken_slug_is_a_conflict_at_the_slug_field() {
        let (mut store, first) = store_with_event();
        let data = store.read().event(first).unwrap().data;
        let err = store.write(|tx| tx.create_event(&data)).unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Conflict);
        assert_eq!(err.field(), Some("slug"));
        assert_eq!(
            err.to_string(),
            "event slug \"wsis-forum-2026\" is already used; choose another"
        );
        let problems = err.to_problems();
        assert_eq!(
            (problems[0].field.as_str(), problems[0].code),
            ("slug", ProblemCode::Taken)
        );
        assert_eq!(problems[0].params["value"], "wsis-forum-2026");
    }

    #[test]
    fn a_taken_vocabulary_key_or_term_code_is_named_at_its_field() {
        let (mut store, _) = store_with_event();
        let vocab = store.write(|tx| tx.create_vocabulary("topics", "Topics", "")).unwrap();
        store.write(|tx| tx.create_term(vocab.id, "ai", "AI")).unwrap();
        let err = store
            .write(|tx| tx.create_vocabulary("topics", "Again", ""))
            .unwrap_err();
        assert_eq!((err.kind(), err.field()), (crate::ErrorKind::Conflict, Some("key")));
        let err = store.write(|tx| tx.create_term(vocab.id, "ai", "Again")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "term code \"topics:ai\" is already used; choose another"
        );
        assert_eq!(err.to_problems()[0].code, ProblemCode::Taken);
    }

    #[test]
    fn a_taken_release_name_is_named_at_the_name_field() {
        let (mut store, event) = store_with_event();
        store.write(|tx| tx.create_release(event, "1.0", "")).unwrap();
        let err = store
            .write(|tx| tx.create_release(event, " 1.0 ", "again"))
            .unwrap_err();
        assert_eq!((err.kind(), err.field()), (crate::ErrorKind::Conflict, Some("name")));
        assert_eq!(err.to_string(), "release name \"1.0\" is already used; choose another");
        let problems = err.to_problems();
        assert_eq!(
            (problems[0].field.as_str(), problems[0].code),
            ("name", ProblemCode::Taken)
        );
        assert_eq!(problems[0].params["value"], "1.0");
    }

    #[test]
    fn a_database_error_has_a_code_and_keeps_sqlites_words_for_the_cli() {
        let err = Error::Database(rusqlite::Error::QueryReturnedNoRows);
        assert_eq!(err.to_problems(), [InputProblem::new("", ProblemCode::Database)]);
        assert_eq!(err.to_string(), "database error: Query returned no rows");
        // Only a contradiction with the store's state still travels in English.
        let conflict = Error::Conflict("session 1 belongs to another event".into());
        assert_eq!(conflict.to_problems()[0].code, ProblemCode::Other);
    }

    #[test]
    fn take_keeps_going_after_a_refused_value_and_stops_at_other_errors() {
        let mut all = Problems::new("event");
        all.take(Err(Error::invalid("event", "title", "must not be empty")))
            .unwrap();
        assert!(all.take(Err(Error::not_found("event", 3))).is_err());
        assert!(!all.is_empty());
        assert_eq!(all.finish().unwrap_err().problems_of()[0].code, ProblemCode::Other);
    }

    fn store_with_event() -> (crate::Store, crate::EventId) {
        let mut store = crate::Store::open_in_memory().unwrap();
        let event = store
            .write(|tx| {
                let data = crate::EventData {
                    title: "WSIS Forum 2026".into(),
                    timezone: "Europe/Zurich".into(),
                    start_date: chrono::NaiveDate::from_ymd_opt(2026, 7, 6).unwrap(),
                    end_date: chrono::NaiveDate::from_ymd_opt(2026, 7, 8).unwrap(),
                    ..Default::default()
                };
                Ok(tx.create_event(&data)?.id)
            })
            .unwrap();
        (store, event)
    }

    #[test]
    fn a_session_with_three_faults_gets_all_three_at_once() {
        let (mut store, event) = store_with_event();
        let at = |h: u32| {
            chrono::DateTime::parse_from_rfc3339(&format!("2026-07-06T{h:02}:00:00Z"))
                .unwrap()
                .to_utc()
        };
        let data = crate::SessionData {
            title: " ".into(),
            start: Some(at(10)),
            end: Some(at(9)),
            join_url: Some("htp:/register".into()),
            registration_url: Some("javascript:alert(1)".into()),
            ..Default::default()
        };
        let err = store.write(|tx| tx.create_session(event, &data)).unwrap_err();
        let got: Vec<(&str, ProblemCode)> = err.problems_of().iter().map(|p| (p.field.as_str(), p.code)).collect();
        assert_eq!(
            got,
            vec![
                ("title", ProblemCode::Required),
                ("end", ProblemCode::BeforeStart),
                ("join_url", ProblemCode::NotALink),
                ("registration_url", ProblemCode::UnsafeScheme),
            ]
        );
        assert_eq!(err.problems_of()[3].params["scheme"], "javascript");
        assert!(store.read().sessions(event).unwrap().is_empty(), "nothing written");
    }

    #[test]
    fn an_empty_slug_is_made_from_the_title_and_kept_unique() {
        let (mut store, first) = store_with_event();
        assert_eq!(store.read().event(first).unwrap().data.slug, "wsis-forum-2026");
        let data = store.read().event(first).unwrap().data;
        let second = store
            .write(|tx| {
                tx.create_event(&crate::EventData {
                    slug: String::new(),
                    ..data.clone()
                })
            })
            .unwrap();
        assert_eq!(second.data.slug, "wsis-forum-2026-2");
        // Saving the first again with the slug cleared keeps its own slug, not a "-3".
        let again = store
            .write(|tx| {
                tx.update_event(
                    first,
                    &crate::EventData {
                        slug: String::new(),
                        ..data.clone()
                    },
                )
            })
            .unwrap();
        assert_eq!(again.data.slug, "wsis-forum-2026");
    }

    #[test]
    fn an_event_with_several_faults_names_each_field() {
        let (mut store, _) = store_with_event();
        let data = crate::EventData {
            slug: "Bad Slug".into(),
            title: "X".into(),
            timezone: "Mars/Olympus".into(),
            start_date: chrono::NaiveDate::from_ymd_opt(2026, 7, 8).unwrap(),
            end_date: chrono::NaiveDate::from_ymd_opt(2026, 7, 6).unwrap(),
            ..Default::default()
        };
        let err = store.write(|tx| tx.create_event(&data)).unwrap_err();
        let fields: Vec<&str> = err.problems_of().iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["slug", "timezone", "end_date"]);
        assert_eq!(
            err.to_string(),
            "event slug: \"Bad Slug\" must be 1–64 lower-case letters, digits and dashes, as in wsis-2026; \
             event timezone: \"Mars/Olympus\" is not a known IANA time zone, such as Europe/Zurich; \
             event end_date: the last day is before the first day"
        );
    }

    #[test]
    fn a_person_and_a_room_get_every_problem_too() {
        let (mut store, event) = store_with_event();
        let at = |h: u32| {
            chrono::DateTime::parse_from_rfc3339(&format!("2026-07-06T{h:02}:00:00Z"))
                .unwrap()
                .to_utc()
        };
        let person = crate::PersonData {
            name: String::new(),
            email: "ana.example.org".into(),
            availability: vec![crate::Availability {
                start: at(12),
                end: at(10),
            }],
            ..Default::default()
        };
        let err = store.write(|tx| tx.create_person(&person)).unwrap_err();
        let got: Vec<(&str, ProblemCode)> = err.problems_of().iter().map(|p| (p.field.as_str(), p.code)).collect();
        assert_eq!(
            got,
            [
                ("name", ProblemCode::Required),
                ("email", ProblemCode::NotAnEmail),
                ("availability[0].end", ProblemCode::EndsBeforeItStarts),
            ]
        );
        let room = crate::RoomData {
            name: " ".into(),
            join_url: Some("htp:/register".into()),
            ..Default::default()
        };
        let err = store.write(|tx| tx.create_room(event, &room)).unwrap_err();
        let codes: Vec<ProblemCode> = err.problems_of().iter().map(|p| p.code).collect();
        assert_eq!(codes, [ProblemCode::Required, ProblemCode::NotALink]);
    }
}
