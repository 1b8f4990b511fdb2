//! The window and the store agree (issue 12, kind 1): a deletion that reaches other records says
//! so first, the screens follow the store at once, its undo brings every link back; and a change
//! another program makes to the store file shows in the open window within seconds. The store
//! is read with plenary-core while the window is open (SQLite's WAL lets both in).

use std::collections::HashMap;
use std::time::Duration;

use plenary_core::demo::DEMO_SLUGS;
use plenary_core::{PersonData, RoleAssignment, Store};
use uuid::Uuid;

use crate::harness::{serial, App, Home, Res};

/// Opens the event with `slug` from the Events screen (lands on its agenda).
async fn open_event(app: &App, slug: &str) -> Res {
    app.click("[data-testid=nav-events]").await?;
    app.click(&format!("[data-testid=event-row][data-slug={slug}] button.primary"))
        .await?;
    app.wait_for("#agenda-heading", 20).await?;
    Ok(())
}

/// Each session's roles by session UUID, as the store holds them.
fn roles_by_session(store: &Store, event: i64) -> Res<HashMap<Uuid, Vec<RoleAssignment>>> {
    let schedule = store.read().schedule(event)?;
    Ok(schedule.sessions.into_iter().map(|s| (s.uuid, s.data.roles)).collect())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleting_a_person_lists_their_sessions_and_undo_brings_their_roles_back() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        let store = Store::open(&home.db())?;
        let event = store.read().find_event(DEMO_SLUGS[0])?.id;
        open_event(&app, DEMO_SLUGS[0]).await?;
        let agenda = app.wait_text("the agenda's blocks", 10, |t| t.contains(':')).await?;

        // A person the agenda shows now, with the most sessions: their deletion reaches it.
        let schedule = store.read().schedule(event)?;
        let person = schedule
            .people
            .iter()
            .filter(|p| agenda.contains(&p.data.name))
            .max_by_key(|p| store.read().person_sessions(p.id).map(|s| s.len()).unwrap_or(0))
            .ok_or("no person of the demo is on the agenda's first day")?
            .clone();
        let sessions = store.read().person_sessions(person.id)?;
        let before = roles_by_session(&store, event)?;

        app.click("[data-testid=nav-people]").await?;
        app.fill("people-search", &person.data.name).await?;
        app.click(&format!("[data-testid=delete][aria-label$=\"{}\"]", person.data.name))
            .await?;
        // The question lists the sessions the person leaves, with the roles held there.
        let affects = app.wait_for("[data-testid=confirm-affects]", 10).await?.text().await?;
        let heading = format!("Removes {} from these sessions ({}):", person.data.name, sessions.len());
        assert!(affects.contains(&heading), "{affects}");
        for s in sessions.iter().take(8) {
            assert!(
                affects.contains(&s.data.title),
                "{} missing from {affects}",
                s.data.title
            );
        }
        app.axe("people, asking before a deletion").await?;
        app.click("[data-testid=confirm-delete]").await?;
        app.wait_for("[data-testid=undo-notice]", 10).await?;

        // The store: the person and every role of theirs are gone ...
        assert!(store.read().person_by_uuid(person.uuid)?.is_none());
        let after = roles_by_session(&store, event)?;
        assert!(
            after.values().flatten().all(|r| r.person_id != person.id),
            "roles left behind"
        );
        // ... and the agenda says the same at once, without a restart.
        app.click("[data-testid=nav-agenda]").await?;
        app.wait_text("the agenda without the person", 10, |t| {
            t.contains(':') && !t.contains(&person.data.name)
        })
        .await?;

        // Undo: the person is back with the same UUID (and id), every role in its place.
        app.click("[data-testid=nav-people]").await?;
        app.click("[data-testid=undo-removal]").await?;
        app.wait_text("the undo's message", 10, |t| t.contains("Undone:"))
            .await?;
        let back = store
            .read()
            .person_by_uuid(person.uuid)?
            .ok_or("the person did not come back")?;
        assert_eq!(back, person);
        assert_eq!(roles_by_session(&store, event)?, before);
        app.click("[data-testid=nav-agenda]").await?;
        app.wait_text("the agenda with the person again", 10, |t| {
            t.contains(&person.data.name)
        })
        .await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_made_outside_the_window_shows_in_it_within_seconds() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        open_event(&app, DEMO_SLUGS[0]).await?;
        let agenda = app.wait_text("the agenda's blocks", 10, |t| t.contains(':')).await?;

        // Another program (here plenary-core, as the `plenary` command line does) renames a
        // session the agenda shows, while the window is open on it.
        let mut store = Store::open(&home.db())?;
        let event = store.read().find_event(DEMO_SLUGS[0])?.id;
        let shown = store
            .read()
            .sessions(event)?
            .into_iter()
            .find(|s| agenda.contains(&s.data.title))
            .ok_or("no session of the store is on the agenda")?;
        let mut data = shown.data.clone();
        data.title = "Renamed from the command line".into();
        store.write(|tx| tx.update_session(shown.id, &data))?;
        let started = std::time::Instant::now();
        app.wait_text("the new title on the agenda", 5, |t| {
            t.contains("Renamed from the command line") && !t.contains(&shown.data.title)
        })
        .await?;
        println!("outside rename shown after {:?}", started.elapsed());

        // The People screen's own list follows too.
        // (A person with no role yet is offered in every event.)
        app.click("[data-testid=nav-people]").await?;
        store.write(|tx| {
            tx.create_person(&PersonData {
                name: "Zofia Outside".into(),
                ..Default::default()
            })
        })?;
        app.wait_text("the new person in the list", 5, |t| t.contains("Zofia Outside"))
            .await?;

        // An undo recorded before another program's change still runs when the rows it touches
        // are as it left them (the other program added someone else): the person comes back.
        app.fill("people-search", "Zofia Outside").await?;
        app.click("[data-testid=delete][aria-label$=\"Zofia Outside\"]").await?;
        app.click("[data-testid=confirm-delete]").await?;
        app.wait_for("[data-testid=undo-notice]", 10).await?;
        store.write(|tx| {
            tx.create_person(&PersonData {
                name: "Yusuf Outside".into(),
                ..Default::default()
            })
        })?;
        app.fill("people-search", "Outside").await?;
        app.wait_text("the second outside person", 5, |t| t.contains("Yusuf Outside"))
            .await?;
        app.click("[data-testid=undo-removal]").await?;
        app.wait_text("the undo's message", 5, |t| {
            t.contains("Undone: deletion of “Zofia Outside”.")
        })
        .await?;
        let people = store.read().people()?;
        assert!(
            people.iter().any(|p| p.data.name == "Zofia Outside"),
            "the undo did not run"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleting_an_event_lists_its_sessions_and_undo_brings_it_back_whole() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        let store = Store::open(&home.db())?;
        let slug = DEMO_SLUGS[0];
        let event = store.read().find_event(slug)?.id;
        let before = store.read().schedule(event)?;
        let releases = store.read().releases(event)?;
        assert!(before.sessions.len() > 1, "the demo event has sessions");
        // Open on it, so the deletion closes it and the undo opens it again.
        open_event(&app, slug).await?;

        app.click("[data-testid=nav-events]").await?;
        let row = format!("[data-testid=event-row][data-slug={slug}]");
        app.click(&format!("{row} [data-testid=delete]")).await?;
        // The question says it can be undone and lists the sessions that go with the event.
        let affects = app.wait_for("[data-testid=confirm-affects]", 10).await?.text().await?;
        let heading = format!("Also deletes its sessions ({})", before.sessions.len());
        assert!(affects.contains(&heading), "{affects}");
        let listed = store.read().dependents(plenary_core::store::Deletable::Event(event))?;
        for s in listed.sessions.iter().take(8) {
            assert!(affects.contains(&s.title), "{} missing from {affects}", s.title);
        }
        let question = app.wait_for("[data-testid=confirm-group]", 5).await?.text().await?;
        assert!(question.contains("You can undo this."), "{question}");
        app.axe("events, asking before deleting an event").await?;
        app.click("[data-testid=confirm-delete]").await?;
        app.wait_for("[data-testid=undo-notice]", 10).await?;

        // Gone from the store and from the screen; the window has no event open.
        assert!(store.read().find_event(slug).is_err(), "the event is still stored");
        assert!(store.read().session_by_uuid(before.sessions[0].uuid)?.is_none());
        assert!(app.driver().find_all(thirtyfour::By::Css(&row)).await?.is_empty());
        app.axe("events, after deleting an event").await?;

        // Undo: the same event, sessions (same UUIDs: subscribed calendars see no copies),
        // rooms, roles and releases, as the store held them.
        app.click("[data-testid=undo-removal]").await?;
        app.wait_text("the undo's message", 10, |t| t.contains("Undone:"))
            .await?;
        app.wait_for(&row, 10).await?;
        let back = store.read().find_event(slug)?;
        assert_eq!(back.uuid, before.event.uuid);
        let after = store.read().schedule(back.id)?;
        let uuids = |s: &plenary_core::Schedule| s.sessions.iter().map(|x| x.uuid).collect::<Vec<_>>();
        assert_eq!(uuids(&after), uuids(&before));
        assert_eq!(after, before);
        assert_eq!(store.read().releases(back.id)?, releases);
        // The event is open again: its agenda shows its sessions.
        app.click("[data-testid=nav-agenda]").await?;
        app.wait_for("#agenda-heading", 10).await?;
        app.wait_text("the agenda's blocks again", 10, |t| t.contains(':'))
            .await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}
