//! Forms a newcomer trusts (issue 12, kinds 1 and 6): a New form puts the focus in its first
//! field (Title, Name) and an Edit form on its heading; a session form open while another
//! program changes that session follows the store — an unchanged form shows the new values
//! within seconds, a changed one says so and offers Reload / Keep my edits — and closes with
//! words when the session is deleted.

use std::time::{Duration, Instant};

use chrono::TimeZone;
use plenary_core::demo::DEMO_SLUGS;
use plenary_core::Store;
use thirtyfour::prelude::*;

use crate::harness::{serial, App, Home, Res};

async fn open_event(app: &App, slug: &str) -> Res {
    app.wait_for("[data-testid=event-row]", 30).await?;
    app.click(&format!("[data-testid=event-row][data-slug={slug}] button.primary"))
        .await?;
    app.wait_for("#agenda-heading", 30).await?;
    Ok(())
}

/// The first demo event's first session whose title has no apostrophe (the tests find it by
/// title in XPath literals).
fn demo_session(store: &Store) -> Res<plenary_core::model::Session> {
    let event = store.read().find_event(DEMO_SLUGS[0])?.id;
    let session = store
        .read()
        .sessions(event)?
        .into_iter()
        .find(|s| !s.data.title.contains('\''))
        .ok_or("the demo event has no session")?;
    Ok(session)
}

/// The id of the focused element, read once the form had a moment to mount.
async fn focused_id(app: &App) -> Res<String> {
    tokio::time::sleep(Duration::from_millis(150)).await;
    Ok(app
        .driver()
        .execute(
            "return document.activeElement ? document.activeElement.id : '';",
            vec![],
        )
        .await?
        .convert::<String>()?)
}

/// The text the input `id` shows.
async fn value_of(app: &App, id: &str) -> Res<String> {
    let el = app.wait_for(&format!("#{id}"), 5).await?;
    Ok(el.prop("value").await?.unwrap_or_default())
}

/// Waits up to `secs` for the input `id` to show `want`; returns how long it took.
async fn wait_value(app: &App, id: &str, want: &str, secs: u64) -> Res<Duration> {
    let started = Instant::now();
    loop {
        let now = value_of(app, id).await?;
        if now == want {
            return Ok(started.elapsed());
        }
        if started.elapsed() > Duration::from_secs(secs) {
            return Err(format!("#{id} shows {now:?}, not {want:?}, after {secs} s").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_forms_focus_their_first_field_and_edit_forms_their_heading() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        open_event(&app, DEMO_SLUGS[0]).await?;

        app.click("[data-testid=nav-sessions]").await?;
        app.click("[data-testid=new-session]").await?;
        app.wait_for("#s-title", 10).await?;
        assert_eq!(focused_id(&app).await?, "s-title", "focus after New session");
        app.click("[data-testid=cancel]").await?;
        app.click("main ul.list li button").await?;
        app.wait_for("#s-title", 10).await?;
        assert_eq!(
            focused_id(&app).await?,
            "session-form-heading",
            "focus after opening a session"
        );

        app.click("[data-testid=nav-people]").await?;
        app.click("[data-testid=new-person]").await?;
        app.wait_for("#p-name", 10).await?;
        assert_eq!(focused_id(&app).await?, "p-name", "focus after New person");
        // Name comes first in the Tab order too: the honorific is the next field.
        let order = app
            .driver()
            .execute(
                "return [...document.querySelectorAll('#person-form-heading ~ .grid2 input')].map((e) => e.id).slice(0, 2);",
                vec![],
            )
            .await?
            .convert::<Vec<String>>()?;
        assert_eq!(order, vec!["p-name", "p-honorific"]);
        app.click("[data-testid=cancel]").await?;
        app.click("[data-testid=person-row] button").await?;
        app.wait_for("#p-name", 10).await?;
        assert_eq!(
            focused_id(&app).await?,
            "person-form-heading",
            "focus after Edit person"
        );
        app.click("[data-testid=cancel]").await?;

        app.click("[data-testid=nav-rooms]").await?;
        app.click_button("New room").await?;
        app.wait_for("#r-name", 10).await?;
        assert_eq!(focused_id(&app).await?, "r-name", "focus after New room");
        app.click("[data-testid=cancel]").await?;

        app.click("[data-testid=nav-events]").await?;
        app.click(&format!(
            "[data-testid=event-row][data-slug={}] button[aria-label^=\"Edit\"]",
            DEMO_SLUGS[0]
        ))
        .await?;
        app.wait_for("#ev-title", 10).await?;
        assert_eq!(
            focused_id(&app).await?,
            "event-form-heading",
            "focus after Edit event"
        );
        app.click("[data-testid=cancel]").await?;
        app.click("[data-testid=new-event]").await?;
        app.wait_for("#ev-title", 10).await?;
        assert_eq!(focused_id(&app).await?, "ev-title", "focus after New event");
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_form_follows_changes_made_outside_the_window() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        open_event(&app, DEMO_SLUGS[0]).await?;
        let mut store = Store::open(&home.db())?;
        let session = demo_session(&store)?;

        app.click("[data-testid=nav-sessions]").await?;
        app.driver()
            .find(By::XPath(format!(
                "//main//li/button[contains(., '{}')]",
                session.data.title
            )))
            .await?
            .click()
            .await?;
        wait_value(&app, "s-title", &session.data.title, 10).await?;

        eprintln!("step: an unchanged form shows the outside rename by itself");
        let mut data = session.data.clone();
        data.title = "Renamed from the command line".into();
        store.write(|tx| tx.update_session(session.id, &data))?;
        let took = wait_value(&app, "s-title", "Renamed from the command line", 5).await?;
        println!("outside rename shown in the open form after {took:?}");
        assert!(
            app.driver()
                .find(By::Css("[data-testid=changed-elsewhere]"))
                .await
                .is_err(),
            "no question for an unchanged form"
        );

        eprintln!("step: a changed form keeps its edits and asks; Reload brings the store's values");
        app.fill("s-title", "My half-done edit").await?;
        data.title = "Renamed again outside".into();
        store.write(|tx| tx.update_session(session.id, &data))?;
        let notice = app.wait_for("[data-testid=changed-elsewhere]", 5).await?.text().await?;
        assert!(notice.contains("This session was changed elsewhere"), "{notice}");
        assert_eq!(value_of(&app, "s-title").await?, "My half-done edit");
        app.axe("a session form changed elsewhere").await?;
        app.click("[data-testid=changed-reload]").await?;
        wait_value(&app, "s-title", "Renamed again outside", 2).await?;
        assert_eq!(focused_id(&app).await?, "session-form-heading");

        eprintln!("step: Keep my edits, then Save, overwrites the outside change");
        app.fill("s-title", "Kept over the outside change").await?;
        data.title = "Third outside title".into();
        store.write(|tx| tx.update_session(session.id, &data))?;
        app.wait_for("[data-testid=changed-elsewhere]", 5).await?;
        app.click("[data-testid=changed-keep]").await?;
        assert_eq!(value_of(&app, "s-title").await?, "Kept over the outside change");
        app.click("[data-testid=save]").await?;
        let mut saved = String::new();
        for _ in 0..50 {
            saved = store.read().session(session.id)?.data.title;
            if saved == "Kept over the outside change" {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(saved, "Kept over the outside change");

        eprintln!("step: deleted outside, the open form closes and says so");
        // The list shows the saved title once the save has gone through.
        let xpath = "//main//li/button[contains(., 'Kept over the outside change')]";
        let mut listed = app.driver().find(By::XPath(xpath)).await;
        for _ in 0..50 {
            if listed.is_ok() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
            listed = app.driver().find(By::XPath(xpath)).await;
        }
        listed?.click().await?;
        wait_value(&app, "s-title", "Kept over the outside change", 10).await?;
        store.write(|tx| tx.delete_session(session.id))?;
        app.wait_text("the deletion in words", 5, |t| {
            t.contains("“Kept over the outside change” was deleted elsewhere, so its form was closed.")
        })
        .await?;
        assert!(app.driver().find(By::Css("#s-title")).await.is_err(), "the form closed");
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn person_and_room_forms_follow_changes_made_outside_the_window() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        open_event(&app, DEMO_SLUGS[0]).await?;
        let mut store = Store::open(&home.db())?;
        let event = store.read().find_event(DEMO_SLUGS[0])?.id;
        let schedule = store.read().schedule(event)?;
        let person = schedule.people.first().ok_or("the demo event has no people")?.clone();
        let room = schedule.rooms.first().ok_or("the demo event has no rooms")?.clone();

        eprintln!("step: an open, unchanged person form takes an outside rename");
        app.click("[data-testid=nav-people]").await?;
        app.click(&format!("button[aria-label=\"Edit: {}\"]", person.data.name))
            .await?;
        wait_value(&app, "p-name", &person.data.name, 10).await?;
        let mut data = person.data.clone();
        data.name = "Renamed Outside Person".into();
        store.write(|tx| tx.update_person(person.id, &data))?;
        wait_value(&app, "p-name", "Renamed Outside Person", 10).await?;
        app.click("[data-testid=cancel]").await?;

        eprintln!("step: an open, unchanged room form takes an outside rename");
        app.click("[data-testid=nav-rooms]").await?;
        app.click(&format!("button[aria-label=\"Edit: {}\"]", room.data.name))
            .await?;
        wait_value(&app, "r-name", &room.data.name, 10).await?;
        let mut data = room.data.clone();
        data.name = "Room Renamed Outside".into();
        store.write(|tx| tx.update_room(room.id, &data))?;
        wait_value(&app, "r-name", "Room Renamed Outside", 10).await?;

        eprintln!("step: deleted outside, the room form closes and says so where it was");
        store.write(|tx| tx.remove(plenary_core::store::Deletable::Room(room.id)))?;
        let gone = app.wait_for("[data-testid=form-gone]", 10).await?.text().await?;
        assert_eq!(
            gone,
            "“Room Renamed Outside” was deleted elsewhere, so its form was closed."
        );
        assert!(app.driver().find(By::Css("#r-name")).await.is_err(), "the form closed");
        app.axe("rooms after the open room was deleted elsewhere").await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

/// Opens the Sessions screen's form of the session titled `title`.
async fn open_session(app: &App, title: &str) -> Res {
    app.click("[data-testid=nav-sessions]").await?;
    app.wait_for("main ul.list li button", 10).await?;
    let xpath = format!("//main//li/button[contains(., '{title}')]");
    // The list shows a saved title once the save has gone through.
    let mut found = app.driver().find(By::XPath(&xpath)).await;
    for _ in 0..50 {
        if found.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        found = app.driver().find(By::XPath(&xpath)).await;
    }
    found?.click().await?;
    wait_value(app, "s-title", title, 10).await?;
    Ok(())
}

/// The number a date or time segment (`{id}-hour`, `{id}-day`…) holds now.
async fn segment(app: &App, id: &str) -> Res<String> {
    let el = app.wait_for(&format!("#{id}"), 5).await?;
    Ok(el.attr("aria-valuenow").await?.unwrap_or_default())
}

/// Waits up to 5 s for the store to hold `want` for the session `id` as `read` shows it.
async fn wait_store<T: PartialEq + std::fmt::Debug>(
    store: &Store,
    id: i64,
    read: impl Fn(&plenary_core::model::SessionData) -> T,
    want: T,
) -> Res {
    let mut now = read(&store.read().session(id)?.data);
    for _ in 0..50 {
        if now == want {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        now = read(&store.read().session(id)?.data);
    }
    Err(format!("the store holds {now:?}, not {want:?}").into())
}

/// The walk's data loss (issue 12): I change only the description of a session while the
/// command line renames it; the form takes the new title at once, says so, asks nothing, and
/// saving keeps both. A field changed in both places is named in the notice by its label.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_made_elsewhere_is_merged_into_an_edited_form() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        open_event(&app, DEMO_SLUGS[0]).await?;
        let mut store = Store::open(&home.db())?;
        let session = demo_session(&store)?;
        open_session(&app, &session.data.title).await?;

        eprintln!("step: my description, their title: merged, no question");
        let mine = "Welcome by the ITU Secretary-General.";
        app.fill("s-description", mine).await?;
        let mut theirs = session.data.clone();
        theirs.title = "Opening Ceremony (CLI edit)".into();
        store.write(|tx| tx.update_session(session.id, &theirs))?;
        wait_value(&app, "s-title", "Opening Ceremony (CLI edit)", 5).await?;
        assert_eq!(value_of(&app, "s-description").await?, mine);
        let said = app.wait_for("[data-testid=merged-elsewhere]", 5).await?.text().await?;
        assert_eq!(said, "Updated with changes made elsewhere: Title.");
        assert!(
            app.driver()
                .find(By::Css("[data-testid=changed-elsewhere]"))
                .await
                .is_err(),
            "no question when no field was changed in both places"
        );
        app.axe("a session form that took a change made elsewhere").await?;
        // A second change elsewhere: the notice names what it changed, not the title again.
        theirs.subtitle = "Subtitle from the CLI".into();
        store.write(|tx| tx.update_session(session.id, &theirs))?;
        wait_value(&app, "s-subtitle", "Subtitle from the CLI", 5).await?;
        let said = app.wait_for("[data-testid=merged-elsewhere]", 5).await?.text().await?;
        assert_eq!(said, "Updated with changes made elsewhere: Subtitle.");
        app.click("[data-testid=save]").await?;
        wait_store(
            &store,
            session.id,
            |d| (d.title.clone(), d.description.clone()),
            ("Opening Ceremony (CLI edit)".to_string(), mine.to_string()),
        )
        .await?;

        eprintln!("step: both changed the title: the notice names it; Keep my edits keeps mine, takes their subtitle");
        open_session(&app, "Opening Ceremony (CLI edit)").await?;
        // Saved, closed and opened again: nothing was changed elsewhere since, nothing is said.
        let said = app.wait_for("[data-testid=merged-elsewhere]", 5).await?.text().await?;
        assert_eq!(said, "", "a fresh form says it took changes made elsewhere");
        app.fill("s-title", "My own title").await?;
        let mut theirs = store.read().session(session.id)?.data;
        theirs.title = "Their other title".into();
        theirs.subtitle = "Their subtitle".into();
        store.write(|tx| tx.update_session(session.id, &theirs))?;
        let notice = app.wait_for("[data-testid=changed-elsewhere]", 5).await?.text().await?;
        assert!(notice.contains("Changed both here and there: Title."), "{notice}");
        wait_value(&app, "s-subtitle", "Their subtitle", 5).await?;
        app.click("[data-testid=changed-keep]").await?;
        app.click("[data-testid=save]").await?;
        wait_store(
            &store,
            session.id,
            |d| (d.title.clone(), d.subtitle.clone(), d.description.clone()),
            (
                "My own title".to_string(),
                "Their subtitle".to_string(),
                mine.to_string(),
            ),
        )
        .await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

/// Times as calendars keep them: a new start moves the end with the length kept; an end typed
/// before the start is flagged under Ends at once; the list stays in time order; the zone is
/// said once above the short Starts / Ends labels.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_start_moves_the_end_and_an_early_end_is_flagged_at_once() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        open_event(&app, DEMO_SLUGS[0]).await?;
        let store = Store::open(&home.db())?;
        let event = store.read().find_event(DEMO_SLUGS[0])?;
        let zone: chrono_tz::Tz = event.data.timezone.parse().map_err(|e| format!("{e}"))?;
        let session = store
            .read()
            .sessions(event.id)?
            .into_iter()
            .find(|s| !s.data.title.contains('\'') && s.data.start.is_some() && s.data.end.is_some())
            .ok_or("the demo event has no scheduled session")?;
        let start = session.data.start.ok_or("no start")?.with_timezone(&zone);
        let length = session.data.end.ok_or("no end")? - session.data.start.ok_or("no start")?;
        open_session(&app, &session.data.title).await?;
        let label = app.wait_for("label[for=s-start]", 5).await?.text().await?;
        assert_eq!(label, "Starts");
        let line = app.wait_for("[data-testid=times-zone]", 5).await?.text().await?;
        assert_eq!(line, format!("Times in {}", event.data.timezone));

        eprintln!("step: type a new start: the end follows with the same length");
        let day = start.format("%Y-%m-%d").to_string();
        app.type_date("s-start", &format!("{day}T14:30")).await?;
        let new_end = start.date_naive().and_hms_opt(14, 30, 0).ok_or("14:30")? + length;
        assert_eq!(
            (segment(&app, "s-end-hour").await?, segment(&app, "s-end-minute").await?),
            (new_end.format("%-H").to_string(), new_end.format("%-M").to_string()),
            "the end after the start moved to 14:30 (length {} min)",
            length.num_minutes()
        );
        assert!(app.driver().find(By::Css("[data-testid=error-end]")).await.is_err());

        eprintln!("step: an end before the start is flagged under Ends before any Save");
        app.type_date("s-end", &format!("{day}T11:00")).await?;
        let flagged = app.wait_for("[data-testid=error-end]", 5).await?.text().await?;
        assert_eq!(flagged, "The session ends before it starts.");
        app.axe("a session form with its end before its start").await?;
        app.type_date("s-end", &format!("{day}T15:45")).await?;
        for _ in 0..20 {
            if app.driver().find(By::Css("[data-testid=error-end]")).await.is_err() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(app.driver().find(By::Css("[data-testid=error-end]")).await.is_err(), "cleared once true no more");

        eprintln!("step: saved, the list is in time order");
        app.click("[data-testid=save]").await?;
        let want = zone
            .from_local_datetime(&start.date_naive().and_hms_opt(14, 30, 0).ok_or("14:30")?)
            .single()
            .ok_or("14:30 is ambiguous")?
            .with_timezone(&chrono::Utc);
        let mut stored = store.read().session(session.id)?.data.start;
        for _ in 0..50 {
            if stored == Some(want) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
            stored = store.read().session(session.id)?.data.start;
        }
        assert_eq!(stored, Some(want));
        let mut sessions = store.read().sessions(event.id)?;
        sessions.sort_by_key(|s| (s.data.start.is_none(), s.data.start));
        let want_order: Vec<String> = sessions.iter().map(|s| s.data.title.clone()).collect();
        let mut shown = Vec::new();
        for _ in 0..50 {
            shown = app
                .driver()
                .execute(
                    "return [...document.querySelectorAll('main ul.list li button bdi')].map((b) => b.textContent.replace(/^.* · /, ''));",
                    vec![],
                )
                .await?
                .convert::<Vec<String>>()?;
            if shown == want_order {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(shown, want_order, "the Sessions list in time order");
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

/// A new session starts on a day at a free hour, for an hour; opening a form clears the last
/// "Saved …"; Edit venue puts the focus on its heading like the other Edit forms.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_session_is_placed_at_a_free_hour_and_the_old_status_goes() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        open_event(&app, DEMO_SLUGS[0]).await?;
        let store = Store::open(&home.db())?;
        let event = store.read().find_event(DEMO_SLUGS[0])?;
        let zone: chrono_tz::Tz = event.data.timezone.parse().map_err(|e| format!("{e}"))?;
        let first = event.data.start_date;
        // The day's sessions as wall-clock spans: the first whole hour from 09:00 none covers.
        let busy: Vec<_> = store
            .read()
            .sessions(event.id)?
            .into_iter()
            .filter_map(|s| {
                Some((
                    s.data.start?.with_timezone(&zone).naive_local(),
                    s.data.end?.with_timezone(&zone).naive_local(),
                ))
            })
            .collect();
        let hour = (9..18)
            .find(|h| {
                let from = first.and_hms_opt(*h, 0, 0).unwrap_or_default();
                let until = from + chrono::Duration::hours(1);
                busy.iter().all(|(s, e)| *e <= from || *s >= until)
            })
            .unwrap_or(9);

        eprintln!("step: save a session, then New session: the Saved words go");
        let title = store
            .read()
            .sessions(event.id)?
            .into_iter()
            .map(|s| s.data.title)
            .find(|t| !t.contains('\''))
            .ok_or("no session")?;
        open_session(&app, &title).await?;
        app.click("[data-testid=save]").await?;
        app.wait_text("the Saved words", 5, |t| t.contains(&format!("Saved “{title}”.")))
            .await?;
        app.click("[data-testid=new-session]").await?;
        app.wait_for("#s-title", 10).await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let status = app.wait_for("[data-testid=status-line]", 5).await?.text().await?;
        assert_eq!(status, "", "the status line after opening a new form");

        eprintln!("step: the new session's start and end are filled in");
        let got = (
            segment(&app, "s-start-year").await?,
            segment(&app, "s-start-month").await?,
            segment(&app, "s-start-day").await?,
            segment(&app, "s-start-hour").await?,
            segment(&app, "s-end-hour").await?,
        );
        let want = (
            first.format("%Y").to_string(),
            first.format("%-m").to_string(),
            first.format("%-d").to_string(),
            hour.to_string(),
            (hour + 1).to_string(),
        );
        assert_eq!(got, want, "start day, start hour, end hour of a new session");

        eprintln!("step: Edit venue focuses its heading");
        app.click("[data-testid=cancel]").await?;
        app.click("[data-testid=nav-rooms]").await?;
        let venue = store
            .read()
            .schedule(event.id)?
            .venues
            .first()
            .ok_or("no venue")?
            .data
            .name
            .clone();
        app.click(&format!("button[aria-label=\"Edit: {venue}\"]")).await?;
        app.wait_for("#v-name", 10).await?;
        assert_eq!(focused_id(&app).await?, "venue-form-heading", "focus after Edit venue");

        eprintln!("step: New session from the agenda starts on the agenda's day");
        let week = store.read().find_event(DEMO_SLUGS[2])?;
        let second = week.data.start_date.succ_opt().ok_or("no next day")?;
        assert!(second <= week.data.end_date, "the demo week has a second day");
        app.click("[data-testid=nav-events]").await?;
        open_event(&app, DEMO_SLUGS[2]).await?;
        app.click("button[aria-label=\"Next day\"]").await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        app.click("[data-testid=new-session]").await?;
        app.wait_for("#s-title", 10).await?;
        let got = (
            segment(&app, "s-start-month").await?,
            segment(&app, "s-start-day").await?,
        );
        assert_eq!(
            got,
            (second.format("%-m").to_string(), second.format("%-d").to_string()),
            "a new session from the agenda's second day"
        );
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

/// The sixth walk: at the foot of a long session form the whole page scrolled on, navigation,
/// list and all, into a blank screen (absolutely positioned hidden labels inside main overflowed
/// the document). Scrolled to its end, the form stays inside main, the page itself does not
/// scroll, and the sessions list stays in view beside the form.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_session_form_scrolls_inside_main_with_the_list_beside_it() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        app.click("[data-testid=event-row] button.primary").await?;
        app.click("[data-testid=nav-sessions]").await?;
        app.click("ul.list li button").await?;
        app.wait_for("#s-title", 10).await?;
        let v = app
            .driver()
            .execute(
                r#"const m = document.querySelector('main'); m.scrollTop = 99999;
                   await new Promise(r => setTimeout(r, 300));
                   window.scrollTo(0, 99999);
                   await new Promise(r => setTimeout(r, 300));
                   const list = document.querySelector('.list-column').getBoundingClientRect();
                   const nav = document.querySelector('nav').getBoundingClientRect();
                   return { page: document.scrollingElement.scrollTop, pageHeight: document.scrollingElement.scrollHeight,
                            window: innerHeight, formScrolled: m.scrollTop, listTop: list.top, navTop: nav.top };"#,
                vec![],
            )
            .await?
            .json()
            .clone();
        eprintln!("long form at its end: {v}");
        assert!(v["formScrolled"].as_f64() > Some(500.0), "the form did not scroll: {v}");
        assert_eq!(v["page"].as_f64(), Some(0.0), "the page itself scrolled: {v}");
        assert_eq!(v["pageHeight"], v["window"], "the page is taller than the window: {v}");
        assert!(v["navTop"].as_f64() >= Some(0.0), "the navigation left the screen: {v}");
        let list_top = v["listTop"].as_f64().unwrap_or(-1.0);
        assert!(
            (0.0..400.0).contains(&list_top),
            "the list is not beside the form: {v}"
        );
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}
