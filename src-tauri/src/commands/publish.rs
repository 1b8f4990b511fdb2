//! Publishing (issues 14 and 15): releases and what changed between them (plenary-core), the
//! static site written into a folder the person chose (plenary-publish), and the calendars on
//! a CalDAV server (plenary-caldav). The password of a CalDAV publish arrives with the command,
//! is used for that run only, and is never stored, logged or put into a report or an error.

use std::collections::HashMap;

use plenary_caldav::{Password, PublishReport, Target};
use plenary_core::release::{PersonChanges, ReleaseDiff, ReleaseSummary};
use plenary_core::store::{CURRENT_RELEASE_NAME, NO_RELEASE_NAME};
use plenary_core::{ErrorKind, EventId, InputProblem, ProblemCode};
use plenary_publish::{SiteOptions, SiteSummary};
use serde::Serialize;
use serde_json::Value;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use super::{blocking, decode, emit_progress, on_worker, Res};
use crate::{files, AppState, CommandError};

/// What attendees will see changed: the diff between two sides, and the same changes grouped by
/// person ("your sessions that changed"), for telling moderators and speakers.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ReleaseChanges {
    pub diff: ReleaseDiff,
    /// Everyone with a changed session, by name.
    pub by_person: Vec<PersonChanges>,
}

/// The releases of the event, oldest first.
#[tauri::command]
pub fn list_releases(state: State<'_, AppState>, event_id: EventId) -> Res<Vec<ReleaseSummary>> {
    state.read(|r| r.releases(event_id))
}

/// The changes from release `from` to release `to`. `to` unset: the store as it is now (what a
/// new release would publish); `from` unset: the release before `to` (see `Reader::release_diff`).
#[tauri::command]
pub fn release_changes(
    state: State<'_, AppState>,
    event_id: EventId,
    from: Option<String>,
    to: Option<String>,
) -> Res<ReleaseChanges> {
    changes(&state, event_id, from.as_deref(), to.as_deref())
}

/// Releases the public programme as it is now under `name`, with an optional `note`.
/// A name already used is an error on the `name` field, like an empty one.
#[tauri::command]
pub fn create_release(
    state: State<'_, AppState>,
    event_id: EventId,
    name: String,
    note: String,
) -> Res<ReleaseSummary> {
    release(&state, event_id, &name, &note)
}

/// Writes the static site of release `release` (the store as it is when unset) into `folder`,
/// which must be a folder the folder dialog returned in this run.
#[tauri::command]
pub async fn publish_site<R: Runtime>(
    app: AppHandle<R>,
    event_id: EventId,
    release: Option<String>,
    folder: String,
) -> Res<SiteSummary> {
    blocking(app, move |app, state| {
        emit_progress(&app, "site", 0, 1);
        let written = site(state, event_id, release, &folder)?;
        emit_progress(&app, "site", 1, 1);
        Ok(written)
    })
    .await
}

/// Publishes the event's sessions in `target.scope` to a CalDAV server on a worker thread; each
/// step reaches the window as a `progress` event with the task `caldav`. `password` is for this
/// run only. With `dry_run` only reads are sent and the store is unchanged.
#[tauri::command]
pub async fn publish_caldav<R: Runtime>(
    app: AppHandle<R>,
    event_id: EventId,
    target: Value,
    password: String,
    dry_run: bool,
) -> Res<PublishReport> {
    let password = Password(password);
    let target: Target = decode("calendar server", target)?;
    blocking(app, move |app, state| {
        on_worker(|| {
            caldav(state, event_id, &target, &password, dry_run, &mut |done, total| {
                emit_progress(&app, "caldav", done as u64, total as u64)
            })
        })
    })
    .await
}

/// The work of `release_changes`, apart from the window (the unit tests call it directly).
pub fn changes(state: &AppState, event_id: EventId, from: Option<&str>, to: Option<&str>) -> Res<ReleaseChanges> {
    state.read(|r| {
        let diff = r.release_diff(event_id, from, to)?;
        // A person removed since may be named only in a release's snapshot; today's names win.
        let mut names: HashMap<uuid::Uuid, String> = HashMap::new();
        for side in [&diff.from, &diff.to] {
            if side != CURRENT_RELEASE_NAME && side != NO_RELEASE_NAME {
                names.extend(r.find_release(event_id, side)?.snapshot.names());
            }
        }
        names.extend(r.public_snapshot(event_id)?.names());
        let by_person = diff.by_person(&names);
        Ok(ReleaseChanges { diff, by_person })
    })
}

/// The work of `create_release`. The store's refusals of the name (empty, too long, taken)
/// name the `name` field so the window shows them beside it.
pub fn release(state: &AppState, event_id: EventId, name: &str, note: &str) -> Res<ReleaseSummary> {
    state
        .write(|tx| tx.create_release(event_id, name, note))
        .map(|r| r.summary)
        .map_err(|mut e| {
            if e.kind == ErrorKind::Conflict || e.field.as_deref() == Some("name") {
                e.field = Some("name".into());
            }
            e
        })
}

/// The work of `publish_site`. A folder that cannot be written names the `path` field.
pub fn site(state: &AppState, event_id: EventId, release: Option<String>, folder: &str) -> Res<SiteSummary> {
    let dir = files::folder(state, folder)?;
    let release = release.filter(|r| !r.is_empty());
    let options = SiteOptions {
        release,
        ..SiteOptions::default()
    };
    state.with_store(|store| {
        plenary_publish::publish_site(store, event_id, &dir, &options).map_err(|e| {
            let mut err = CommandError::from(e);
            if err.kind == ErrorKind::Io {
                err.field = Some("path".into());
            } else if err.kind == ErrorKind::NotFound {
                err.field = Some("release".into());
            }
            err
        })
    })
}

/// The work of `publish_caldav`: checks the form's fields, then publishes with the store held.
/// Errors before anything was sent name the field they are about (`url`, `user`, `password`,
/// `scope`); problems after that are in the report.
pub fn caldav(
    state: &AppState,
    event_id: EventId,
    target: &Target,
    password: &Password,
    dry_run: bool,
    progress: &mut dyn FnMut(usize, usize),
) -> Res<PublishReport> {
    // Every empty field at once, each at its own control.
    let empty = [
        ("url", target.url.trim().is_empty()),
        ("user", target.user.trim().is_empty()),
        ("password", password.0.is_empty()),
    ];
    let problems: Vec<InputProblem> = empty
        .iter()
        .filter(|(_, empty)| *empty)
        .map(|(field, _)| InputProblem::new(*field, ProblemCode::Required))
        .collect();
    if !problems.is_empty() {
        return Err(plenary_core::Error::problems("calendar server", problems).into());
    }
    state.with_store(|store| {
        plenary_caldav::publish(store, event_id, target, password, dry_run, &mut |p| {
            progress(p.done, p.total)
        })
        .map_err(|e| caldav_error(e, target.url.trim()))
    })
}

/// A publish that could not start, as a problem the window words, at the form's field it is
/// about. `message` keeps the English (with the HTTP library's reason) for the log; the window
/// never shows that reason: it is neither translated nor actionable.
fn caldav_error(err: plenary_caldav::Error, url: &str) -> CommandError {
    use plenary_caldav::Error as E;
    let message = format!("{err}; nothing was sent");
    let (kind, problem) = match err {
        E::Store(e) => {
            let mut err = CommandError::from(e);
            if err.kind == ErrorKind::NotFound {
                err.field = Some("scope".into());
            }
            return err;
        }
        E::Url { url, code, .. } => (ErrorKind::Invalid, InputProblem::new("url", code).with("value", url)),
        E::Unauthorized { user } => (
            ErrorKind::Invalid,
            InputProblem::new("password", ProblemCode::ServerRefusedLogin).with("user", user),
        ),
        E::Status { code: 507, .. } => (ErrorKind::Io, InputProblem::new("", ProblemCode::ServerFull)),
        E::Status { code, .. } => (
            ErrorKind::Io,
            InputProblem::new("", ProblemCode::ServerStatus).with("status", code),
        ),
        E::Network { .. } => (
            ErrorKind::Io,
            // The URL passed `check_url`, so it holds no user name or password.
            InputProblem::new("url", ProblemCode::ServerSilent).with("url", url),
        ),
        E::Local { .. } => (ErrorKind::Io, InputProblem::new("", ProblemCode::JobFailed)),
    };
    let field = Some(problem.field.clone()).filter(|f| !f.is_empty());
    CommandError {
        kind,
        message,
        field,
        problems: vec![problem],
        import_error: None,
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};
    use plenary_caldav::Scope;
    use plenary_core::generate::{large_event, Size};
    use plenary_core::release::ChangeKind;
    use plenary_core::Store;

    use super::*;
    use crate::files::Dialog;

    fn state_with_event() -> (AppState, EventId) {
        let state = AppState::from_store(Store::open_in_memory().unwrap());
        let size = Size {
            sessions: 6,
            rooms: 2,
            people: 4,
        };
        let event = state.write(|tx| large_event(tx, "forum", size)).unwrap();
        (state, event)
    }

    #[test]
    fn changes_before_and_after_a_release_and_a_move() {
        let (state, event) = state_with_event();
        let first = changes(&state, event, None, None).unwrap();
        assert_eq!(first.diff.from, NO_RELEASE_NAME);
        assert_eq!(first.diff.count(ChangeKind::Added), 6);

        let made = release(&state, event, " 1.0 ", "first").unwrap();
        assert_eq!((made.name.as_str(), made.sessions), ("1.0", 6));
        assert!(changes(&state, event, None, None).unwrap().diff.changes.is_empty());

        let session = state.read(|r| r.schedule(event)).unwrap().sessions[0].clone();
        let start = Utc.with_ymd_and_hms(2026, 7, 6, 17, 0, 0).unwrap();
        let end = Utc.with_ymd_and_hms(2026, 7, 6, 18, 0, 0).unwrap();
        state
            .write(|tx| tx.move_session(session.id, Some(start), Some(end), session.data.room_id))
            .unwrap();
        let moved = changes(&state, event, None, None).unwrap();
        assert_eq!(
            (moved.diff.from.as_str(), moved.diff.to.as_str()),
            ("1.0", CURRENT_RELEASE_NAME)
        );
        assert_eq!(moved.diff.changes.len(), 1);
        assert_eq!(moved.diff.changes[0].kinds, [ChangeKind::MovedTime]);
        assert_eq!(moved.diff.changes[0].after.as_ref().unwrap().start, Some(start));
        // Everyone in the moved session is told, and only about it.
        let people = moved.diff.changes[0].people.len();
        assert_eq!(moved.by_person.len(), people);
        assert!(moved
            .by_person
            .iter()
            .all(|p| p.changes.len() == 1 && !p.name.is_empty()));

        release(&state, event, "1.1", "").unwrap();
        let between = changes(&state, event, Some("1.0"), Some("1.1")).unwrap();
        assert_eq!(between.diff.changes, moved.diff.changes);
        assert_eq!(list(&state, event), ["1.0", "1.1"]);
    }

    fn list(state: &AppState, event: EventId) -> Vec<String> {
        state
            .read(|r| r.releases(event))
            .unwrap()
            .into_iter()
            .map(|r| r.name)
            .collect()
    }

    #[test]
    fn a_refused_release_name_names_the_field_and_changes_nothing() {
        let (state, event) = state_with_event();
        release(&state, event, "1.0", "").unwrap();
        let taken = release(&state, event, "1.0", "again").unwrap_err();
        assert_eq!(
            (taken.kind, taken.field.as_deref()),
            (ErrorKind::Conflict, Some("name"))
        );
        assert!(taken.message.contains("\"1.0\""), "{}", taken.message);
        // The window words it at the name field, from its code.
        assert_eq!(
            taken.problems,
            [InputProblem::new("name", ProblemCode::Taken).with("value", "1.0")]
        );
        let empty = release(&state, event, "  ", "").unwrap_err();
        assert_eq!((empty.kind, empty.field.as_deref()), (ErrorKind::Invalid, Some("name")));
        assert_eq!(list(&state, event), ["1.0"]);
        let unknown = changes(&state, event, Some("0.9"), None).unwrap_err();
        assert_eq!(unknown.kind, ErrorKind::NotFound);
    }

    #[test]
    fn the_site_goes_only_into_a_folder_the_dialog_returned() {
        let (state, event) = state_with_event();
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("site");
        let text = folder.to_str().unwrap();
        let refused = site(&state, event, None, text).unwrap_err();
        assert_eq!(refused.field.as_deref(), Some("path"));
        assert!(!folder.exists());

        state.picked().remember(Dialog::Folder, &folder);
        let missing = site(&state, event, Some("2.0".into()), text).unwrap_err();
        assert_eq!(
            (missing.kind, missing.field.as_deref()),
            (ErrorKind::NotFound, Some("release"))
        );

        release(&state, event, "1.0", "").unwrap();
        let written = site(&state, event, Some("1.0".into()), text).unwrap();
        assert_eq!(written.release.as_deref(), Some("1.0"));
        assert_eq!(written.sessions, 6);
        assert!(written.files > 10, "{written:?}");
        assert!(folder.join("index.html").is_file());
        // A folder picked is not a file to save: the Save-dialog door stays shut.
        assert!(state.picked().vet(Dialog::Save, text).is_err());
    }

    fn target(url: &str, user: &str) -> Target {
        Target {
            url: url.into(),
            user: user.into(),
            scope: Scope::Whole,
            allow_http: false,
        }
    }

    #[test]
    fn caldav_form_errors_name_their_field_before_anything_is_sent() {
        let (state, event) = state_with_event();
        let password = Password("secret-word".into());
        let mut calls = 0;
        let mut progress = |_: usize, _: usize| calls += 1;
        let cases = [
            (target(" ", "ada"), &password, "url"),
            (target("https://dav.example.org/", ""), &password, "user"),
            (
                target("https://dav.example.org/", "ada"),
                &Password(String::new()),
                "password",
            ),
            // Plain http to another machine would send the password readable by anyone.
            (target("http://dav.example.org/", "ada"), &password, "url"),
        ];
        for (target, password, field) in cases {
            let err = caldav(&state, event, &target, password, true, &mut progress).unwrap_err();
            assert_eq!(err.field.as_deref(), Some(field), "{err:?}");
            assert!(!err.message.contains("secret-word"), "{}", err.message);
        }
        assert_eq!(calls, 0);
    }

    /// The codes of the problems `err` carries, with their fields.
    fn codes(err: &CommandError) -> Vec<(&str, ProblemCode)> {
        err.problems.iter().map(|p| (p.field.as_str(), p.code)).collect()
    }

    #[test]
    fn an_empty_caldav_form_gets_every_required_field_at_once() {
        let (state, event) = state_with_event();
        let err = caldav(
            &state,
            event,
            &target("", " "),
            &Password(String::new()),
            true,
            &mut |_, _| {},
        )
        .unwrap_err();
        assert_eq!(err.kind, ErrorKind::Invalid);
        assert_eq!(
            codes(&err),
            [
                ("url", ProblemCode::Required),
                ("user", ProblemCode::Required),
                ("password", ProblemCode::Required)
            ]
        );
        assert_eq!(err.field.as_deref(), Some("url"));
        assert_eq!(
            err.message,
            "calendar server url: must not be empty; calendar server user: must not be empty; \
             calendar server password: must not be empty"
        );
    }

    #[test]
    fn a_refused_server_address_is_a_link_problem_at_the_url_field() {
        let (state, event) = state_with_event();
        let password = Password("secret-word".into());
        let cases = [
            ("/calendars/ada/", ProblemCode::LinkNoHost, "/calendars/ada/"),
            ("dav.example.org", ProblemCode::NotHttps, "dav.example.org"),
            (
                "https://dav example.org/",
                ProblemCode::NotALink,
                "https://dav example.org/",
            ),
            (
                "https://ada:secret-word@dav.example.org/",
                ProblemCode::LinkHasPassword,
                "https://…@dav.example.org/",
            ),
            (
                "http://dav.example.org/",
                ProblemCode::PlainHttp,
                "http://dav.example.org/",
            ),
            (
                "ftp://dav.example.org/",
                ProblemCode::NotHttps,
                "ftp://dav.example.org/",
            ),
        ];
        for (url, code, shown) in cases {
            let err = caldav(&state, event, &target(url, "ada"), &password, true, &mut |_, _| {}).unwrap_err();
            assert_eq!(codes(&err), [("url", code)], "{url}");
            assert_eq!(err.problems[0].params["value"], shown);
            assert!(!serde_json::to_string(&err).unwrap().contains("secret-word"), "{url}");
        }
    }

    #[test]
    fn a_silent_server_is_named_by_its_address_without_the_http_librarys_words() {
        let (state, event) = state_with_event();
        // Port 9 on this machine: nothing listens there, so the connection is refused at once.
        let url = "http://127.0.0.1:9/";
        let err = caldav(
            &state,
            event,
            &target(url, "ada"),
            &Password("pw".into()),
            true,
            &mut |_, _| {},
        )
        .unwrap_err();
        assert_eq!(codes(&err), [("url", ProblemCode::ServerSilent)]);
        assert_eq!(err.problems[0].params["url"], url);
        assert_eq!(err.problems[0].params.len(), 1, "no technical reason for the window");
        // The log keeps the library's reason.
        assert!(err.message.contains("did not answer"), "{}", err.message);
    }

    #[test]
    fn the_servers_answers_become_codes_with_their_numbers() {
        use plenary_caldav::Error as E;
        let refused = caldav_error(E::Unauthorized { user: "ada".into() }, "https://dav.example.org/");
        assert_eq!(codes(&refused), [("password", ProblemCode::ServerRefusedLogin)]);
        assert_eq!(refused.problems[0].params["user"], "ada");
        assert_eq!(refused.field.as_deref(), Some("password"));
        let status = |code: u16| E::Status {
            step: "finding the calendar home".into(),
            status: format!("{code} Reason"),
            code,
        };
        let forbidden = caldav_error(status(403), "https://dav.example.org/");
        assert_eq!(codes(&forbidden), [("", ProblemCode::ServerStatus)]);
        assert_eq!(forbidden.problems[0].params["status"], "403");
        assert_eq!(forbidden.field, None);
        assert_eq!(
            forbidden.message,
            "finding the calendar home: the server answered 403 Reason; nothing was sent"
        );
        assert_eq!(codes(&caldav_error(status(507), "x")), [("", ProblemCode::ServerFull)]);
        let local = E::Local {
            step: "preparing the connection".into(),
            reason: "no TLS root certificates".into(),
        };
        assert_eq!(codes(&caldav_error(local, "x")), [("", ProblemCode::JobFailed)]);
        let gone = caldav_error(plenary_core::Error::not_found("room", "Saal 9").into(), "x");
        assert_eq!((gone.kind, gone.field.as_deref()), (ErrorKind::NotFound, Some("scope")));
        assert_eq!(gone.problems[0].code, ProblemCode::NotFound);
    }
}
