//! Forms a newcomer trusts (issue 12, kinds 1 and 6): a New form puts the focus in its first
//! field (Title, Name) and an Edit form on its heading; a session form open while another
//! program changes that session follows the store — an unchanged form shows the new values
//! within seconds, a changed one says so and offers Reload / Keep my edits — and closes with
//! words when the session is deleted.

use std::time::{Duration, Instant};

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
        let event = store.read().find_event(DEMO_SLUGS[0])?.id;
        let session = store
            .read()
            .sessions(event)?
            .into_iter()
            .find(|s| !s.data.title.contains('\''))
            .ok_or("the demo event has no session")?;

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
