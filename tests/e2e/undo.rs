//! The undo history (issue 12): a run of keyboard moves is one undo; Ctrl+Z and Ctrl+Shift+Z
//! work on every screen but leave text fields their own undo; a change another program makes
//! voids only the entries whose rows it touched. The store is read (and written, as the
//! `plenary` command line would) with plenary-core while the window is open.

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use plenary_core::demo::DEMO_SLUGS;
use plenary_core::{PersonData, Session, Store};
use serde_json::json;
use thirtyfour::Key;

use crate::harness::{serial, App, Home, Res};

/// Opens the event with `slug` from the Events screen (lands on its agenda) and returns its id.
async fn open_event(app: &App, store: &Store, slug: &str) -> Res<i64> {
    app.wait_for("[data-testid=event-row]", 30).await?;
    app.click(&format!("[data-testid=event-row][data-slug={slug}] button.primary"))
        .await?;
    app.wait_for("#agenda-heading", 20).await?;
    app.wait_for("[data-testid=session-block]", 20).await?;
    Ok(store.read().find_event(slug)?.id)
}

/// The sessions with a block on the agenda's first day, in the page's order, as stored.
async fn shown_sessions(app: &App, store: &Store, event: i64) -> Res<Vec<Session>> {
    let ids = app
        .driver()
        .execute(
            "return [...document.querySelectorAll('[data-testid=session-block]')].map(b => Number(b.dataset.sessionId));",
            vec![],
        )
        .await?
        .convert::<Vec<i64>>()?;
    let stored = store.read().sessions(event)?;
    Ok(ids
        .iter()
        .filter_map(|id| stored.iter().find(|s| s.id == *id).cloned())
        .collect())
}

fn stored(store: &Store, s: &Session) -> Res<Session> {
    Ok(store
        .read()
        .session_by_uuid(s.uuid)?
        .ok_or_else(|| format!("“{}” is not in the store", s.data.title))?)
}

/// Waits until the stored start of `s` is `want`.
async fn until_start(store: &Store, s: &Session, want: Option<DateTime<Utc>>, what: &str) -> Res {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let now = stored(store, s)?.data.start;
        if now == want {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("{what}: “{}” starts at {now:?}, not {want:?}", s.data.title).into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Puts the keyboard focus on the block of session `id` (re-drawn blocks are found afresh).
async fn focus_block(app: &App, id: i64) -> Res {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let focused = app
            .driver()
            .execute(
                r#"const b = document.querySelector(`[data-testid=session-block][data-session-id="${arguments[0]}"]`);
                   b?.focus();
                   return document.activeElement === b && b !== null;"#,
                vec![json!(id)],
            )
            .await?
            .convert::<bool>()?;
        if focused {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("the block of session {id} never took the focus").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until the focus is back on the block of session `id` (the grid re-draws a moved block).
async fn until_focused(app: &App, id: i64) -> Res {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let on = app
            .driver()
            .execute("return document.activeElement?.dataset?.sessionId ?? '';", vec![])
            .await?
            .convert::<String>()?;
        if on == id.to_string() {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("the focus did not come back to session {id} (it is on {on:?})").into());
        }
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
}

/// Waits until the window's live region holds `words`; returns its text and the session id of
/// the focused block (or "") at that moment.
async fn said_live(app: &App, words: &str) -> Res<(String, String)> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let seen: Vec<String> = app
            .driver()
            .execute(
                "const live = document.querySelector('div.visually-hidden[role=status]'); \
                 return [live?.textContent ?? '', document.activeElement?.dataset?.sessionId ?? ''];",
                vec![],
            )
            .await?
            .convert()?;
        if seen[0].contains(words) || Instant::now() > deadline {
            return Ok((seen[0].clone(), seen[1].clone()));
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Presses a key on whatever has the focus, as a person would.
async fn press(app: &App, key: Key) -> Res {
    app.driver().action_chain().send_keys(key).perform().await?;
    Ok(())
}

/// Ctrl+Z (undo), or Ctrl+Shift+Z (redo), on whatever has the focus.
async fn ctrl_z(app: &App, shift: bool) -> Res {
    let mut chain = app.driver().action_chain().key_down(Key::Control);
    if shift {
        chain = chain.key_down(Key::Shift);
    }
    chain = chain.send_keys("z");
    if shift {
        chain = chain.key_up(Key::Shift);
    }
    chain.key_up(Key::Control).perform().await?;
    Ok(())
}

/// Moves the block of `s` 15 minutes later with the keyboard, `times` times in a row, waiting
/// for each move to reach the store and the focus to come back (well inside the 1.5 s a run
/// of moves may pause).
async fn move_down(app: &App, store: &Store, s: &Session, times: i64) -> Res {
    let start = stored(store, s)?.data.start.ok_or("an unscheduled session")?;
    focus_block(app, s.id).await?;
    for i in 1..=times {
        press(app, Key::Down).await?;
        until_start(
            store,
            s,
            Some(start + chrono::Duration::minutes(15 * i)),
            "a keyboard move",
        )
        .await?;
        until_focused(app, s.id).await?;
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn four_keyboard_moves_undo_with_one_ctrl_z_and_redo_with_one_ctrl_shift_z() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        let store = Store::open(&home.db())?;
        let event = open_event(&app, &store, DEMO_SLUGS[0]).await?;
        let s = shown_sessions(&app, &store, event)
            .await?
            .into_iter()
            .next()
            .ok_or("no block on the agenda")?;
        let before = stored(&store, &s)?;
        move_down(&app, &store, &s, 4).await?;
        let moved = stored(&store, &s)?;

        // One Ctrl+Z: back where the run began, in one step; said on the status line.
        ctrl_z(&app, false).await?;
        until_start(&store, &s, before.data.start, "one undo of four moves").await?;
        assert_eq!(stored(&store, &s)?.data.room_id, before.data.room_id);
        let said = format!("Undone: move of “{}”.", s.data.title);
        app.wait_text("the undo's sentence", 5, |t| t.contains(&said)).await?;
        // The live region says it only once the focus is back on the block: a focus moved after
        // the words would have a screen reader speak the block and drop them.
        let (live, focused) = said_live(&app, &said).await?;
        assert!(live.contains(&said), "{live}");
        assert_eq!(
            focused,
            s.id.to_string(),
            "the undo was said before the focus came back"
        );
        // One Ctrl+Shift+Z: where the run ended.
        ctrl_z(&app, true).await?;
        until_start(&store, &s, moved.data.start, "one redo of four moves").await?;
        app.wait_text("the redo's sentence", 5, |t| {
            t.contains(&format!("Redone: move of “{}”.", s.data.title))
        })
        .await?;
        // Nothing older to undo: a second Ctrl+Z after the first undo says so.
        ctrl_z(&app, false).await?;
        until_start(&store, &s, before.data.start, "the undo again").await?;
        ctrl_z(&app, false).await?;
        app.wait_text("nothing to undo", 5, |t| t.contains("Nothing to undo."))
            .await?;
        assert_eq!(stored(&store, &s)?.data.start, before.data.start);
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

/// The history outlasts a switch of event: after a move in one event, another event opened and
/// the first opened again, Undo is enabled and undoes the move; in the other event it names the
/// move's event.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn undo_survives_opening_another_event_and_coming_back() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        let store = Store::open(&home.db())?;
        let event = open_event(&app, &store, DEMO_SLUGS[0]).await?;
        let s = shown_sessions(&app, &store, event)
            .await?
            .into_iter()
            .next()
            .ok_or("no block on the agenda")?;
        let before = stored(&store, &s)?;
        move_down(&app, &store, &s, 1).await?;

        app.click("[data-testid=nav-events]").await?;
        app.click(&format!(
            "[data-testid=event-row][data-slug={}] button.primary",
            DEMO_SLUGS[1]
        ))
        .await?;
        app.wait_for("#agenda-heading", 20).await?;
        let name = app
            .wait_for("[data-testid=undo]:not([disabled])", 10)
            .await?
            .attr("title")
            .await?
            .unwrap_or_default();
        let ours = store.read().find_event(DEMO_SLUGS[0])?.data.title;
        assert!(
            name.replace(['\u{2068}', '\u{2069}'], "")
                .contains(&format!("in “{ours}”")),
            "{name}"
        );

        app.click("[data-testid=nav-events]").await?;
        open_event(&app, &store, DEMO_SLUGS[0]).await?;
        app.click("[data-testid=undo]:not([disabled])").await?;
        until_start(&store, &s, before.data.start, "the undo after coming back").await?;
        app.axe("agenda after an undo across events").await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_z_on_the_people_screen_brings_a_deleted_person_back() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        let mut store = Store::open(&home.db())?;
        open_event(&app, &store, DEMO_SLUGS[0]).await?;
        let person = store.write(|tx| {
            tx.create_person(&PersonData {
                name: "Zofia Undo".into(),
                ..Default::default()
            })
        })?;
        // The window notices that write (another program's) before the deletion: noticed after
        // the undo, it would make the redo below refuse, as after any outside change.
        app.wait_text("the outside change noticed", 10, |t| {
            t.contains("changed outside this window")
        })
        .await?;
        app.click("[data-testid=nav-people]").await?;
        app.fill("people-search", "Zofia Undo").await?;
        app.click("[data-testid=delete][aria-label$=\"Zofia Undo\"]").await?;
        app.click("[data-testid=confirm-delete]").await?;
        app.wait_for("[data-testid=undo-notice]", 10).await?;
        assert!(store.read().person_by_uuid(person.uuid)?.is_none());

        // The key from the screen itself (its heading), not from the search field.
        app.driver()
            .execute("document.querySelector('main h2').focus();", vec![])
            .await?;
        ctrl_z(&app, false).await?;
        app.wait_text("the undo's sentence", 10, |t| {
            t.contains("Undone: deletion of “Zofia Undo”.")
        })
        .await?;
        let back = store
            .read()
            .person_by_uuid(person.uuid)?
            .ok_or("Ctrl+Z did not bring the person back")?;
        assert_eq!(back.data.name, "Zofia Undo");

        // In another event, Redo says whose deletion it replays and in which event it was made
        // (on the button's tooltip and in the sentence after it), since it reaches beyond the
        // open event.
        let ours = store.read().find_event(DEMO_SLUGS[0])?.data.title;
        let redo = format!("Redo: deletion of “Zofia Undo” in “{ours}”");
        app.click("[data-testid=nav-events]").await?;
        open_event(&app, &store, DEMO_SLUGS[1]).await?;
        let hint = app
            .wait_for("[data-testid=redo]:not([disabled])", 10)
            .await?
            .attr("title")
            .await?
            .unwrap_or_default();
        assert_eq!(hint.replace(['\u{2068}', '\u{2069}'], ""), redo);
        app.click("[data-testid=redo]:not([disabled])").await?;
        let said = format!("Redone: deletion of “Zofia Undo” in “{ours}”.");
        app.wait_text("the redo's sentence", 10, |t| {
            t.replace(['\u{2068}', '\u{2069}'], "").contains(&said)
        })
        .await?;
        assert!(store.read().person_by_uuid(person.uuid)?.is_none());
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_z_in_a_text_field_of_the_session_form_leaves_the_agenda_move_alone() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        let store = Store::open(&home.db())?;
        let event = open_event(&app, &store, DEMO_SLUGS[0]).await?;
        let s = shown_sessions(&app, &store, event)
            .await?
            .into_iter()
            .next()
            .ok_or("no block on the agenda")?;
        move_down(&app, &store, &s, 1).await?;
        let moved = stored(&store, &s)?.data.start;

        // Open its form and type in the title, then Ctrl+Z there: the field's own undo.
        press(&app, Key::Enter).await?;
        let title = app.wait_for("#s-title", 10).await?;
        title.click().await?;
        title.send_keys(" draft").await?;
        ctrl_z(&app, false).await?;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        assert_eq!(
            stored(&store, &s)?.data.start,
            moved,
            "Ctrl+Z in the title undid the move"
        );
        let text = app.body_text().await;
        assert!(!text.contains("Undone:"), "{text}");
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_an_outside_change_only_the_changed_sessions_undo_is_refused() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        let mut store = Store::open(&home.db())?;
        let event = open_event(&app, &store, DEMO_SLUGS[0]).await?;
        let shown = shown_sessions(&app, &store, event).await?;
        let (b, a) = match shown.as_slice() {
            [b, a, ..] => (b.clone(), a.clone()),
            _ => return Err("fewer than two blocks on the agenda".into()),
        };
        let b_before = stored(&store, &b)?;
        move_down(&app, &store, &b, 1).await?;
        move_down(&app, &store, &a, 1).await?;

        // Another program moves A half an hour later, while the window is open.
        let a_now = stored(&store, &a)?;
        let later = |t: Option<DateTime<Utc>>| t.map(|t| t + chrono::Duration::minutes(30));
        store.write(|tx| {
            tx.move_session(
                a_now.id,
                later(a_now.data.start),
                later(a_now.data.end),
                a_now.data.room_id,
            )
        })?;
        app.wait_text("the outside change noticed", 10, |t| {
            t.contains("The schedule was changed outside this window")
        })
        .await?;

        // Ctrl+Z: A's move is refused in words, A stays where the other program put it ...
        app.driver()
            .execute("document.querySelector('#agenda-heading').focus();", vec![])
            .await?;
        ctrl_z(&app, false).await?;
        let refused = format!("“{}” was changed elsewhere since; it was not undone.", a.data.title);
        app.wait_text("the refused undo", 10, |t| t.contains(&refused)).await?;
        assert_eq!(stored(&store, &a)?.data.start, later(a_now.data.start));
        // ... and the next Ctrl+Z undoes B's earlier move, whose row is as the move left it.
        ctrl_z(&app, false).await?;
        until_start(&store, &b, b_before.data.start, "the undo of B's move").await?;
        assert_eq!(stored(&store, &a)?.data.start, later(a_now.data.start));
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}
