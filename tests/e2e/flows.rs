//! What a person does in the app, screen by screen, checked through the UI and then through the
//! store file the app wrote (read with plenary-core after the app has closed).

use std::time::Duration;

use chrono::{NaiveDate, TimeZone, Utc};
use plenary_core::{Reader, Store};

use crate::harness::{serial, App, Home, Res};

pub(crate) const SCREENS: [&str; 10] = [
    "events",
    "agenda",
    "sessions",
    "rooms",
    "people",
    "vocabularies",
    "moderator",
    "import-export",
    "checks",
    "publish",
];

fn event_id(reader: &Reader<'_>, slug: &str) -> Res<i64> {
    Ok(reader.find_event(slug)?.id)
}

/// Opens the event with `slug` from the Events screen (lands on its agenda).
async fn open_event(app: &App, slug: &str) -> Res {
    app.click("[data-testid=nav-events]").await?;
    app.click(&format!("[data-testid=event-row][data-slug={slug}] button.primary"))
        .await?;
    app.wait_for("#agenda-heading", 20).await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_start_shows_the_demo_programme() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        app.wait_text("the demo event", 10, |t| t.contains("OSPOs for Good"))
            .await?;
        app.axe("events").await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result?;
    // The demo went into the store the test pointed the app at, not into the user's data dir.
    let store = Store::open(&home.db())?;
    let events = store.read().events()?;
    assert!(events.iter().any(|e| e.title == "OSPOs for Good"), "{events:?}");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_screen_passes_axe_with_the_demo_open() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        open_event(&app, "wsis-forum-2026").await?;
        app.wait_for("[data-testid=session-block]", 20).await?;
        for screen in SCREENS {
            app.click(&format!("[data-testid=nav-{screen}]")).await?;
            app.wait_for(&format!("[data-testid=nav-{screen}][aria-current=page]"), 10)
                .await?;
            // Let the screen load its data before judging it.
            tokio::time::sleep(Duration::from_millis(500)).await;
            app.axe(screen).await?;
        }
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

/// Creates an event, two rooms, a person and a session through the forms; drags the session to
/// the other room an hour later; exports the calendar; restarts and finds it all again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plan_move_export_and_restart() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let ics = home.path("e2e-forum.ics");
    let app = App::launch(&home).await?;
    let shown_after_drag = async {
        app.wait_for("[data-testid=event-row]", 30).await?;

        eprintln!("step: new event");
        app.click("[data-testid=new-event]").await?;
        app.fill("ev-title", "E2E Forum 2027").await?;
        app.fill("ev-slug", "e2e-forum").await?;
        app.fill("ev-timezone", "Zur").await?;
        app.click_option("Europe/Zurich").await?;
        app.type_date("ev-start", "2027-03-15").await?;
        app.type_date("ev-end", "2027-03-16").await?;
        app.axe("new event form").await?;
        app.click("[data-testid=save]").await?;
        app.wait_for("[data-testid=event-row][data-slug=e2e-forum]", 10).await?;
        open_event(&app, "e2e-forum").await?;

        eprintln!("step: rooms");
        app.click("[data-testid=nav-rooms]").await?;
        for (name, capacity) in [("Room A", "80"), ("Room B", "120")] {
            app.click_button("New room").await?;
            app.fill("r-name", name).await?;
            app.fill("r-capacity", capacity).await?;
            app.click("[data-testid=save]").await?;
            app.wait_text(name, 10, |t| t.contains(name) && !t.contains("Opening hours"))
                .await?;
        }
        app.axe("rooms").await?;

        eprintln!("step: person");
        app.click("[data-testid=nav-people]").await?;
        app.click_button("New person").await?;
        app.fill("p-name", "Ada Lovelace").await?;
        app.fill("p-organisation", "Analytical Engines").await?;
        app.axe("person form").await?;
        app.click("[data-testid=save]").await?;
        app.wait_text("the new person", 10, |t| t.contains("Ada Lovelace"))
            .await?;

        eprintln!("step: session");
        app.click("[data-testid=nav-agenda]").await?;
        app.click("[data-testid=new-session]").await?;
        app.fill("s-title", "Opening plenary").await?;
        app.type_date("s-start", "2027-03-15T09:00").await?;
        app.type_date("s-end", "2027-03-15T10:00").await?;
        app.select_option("#s-room", "Room A").await?;
        app.click_button("Add person").await?;
        app.pick_person("s-roles-person-0", "Ada Lovelace").await?;
        // The role is a bits-ui Select (RolesEditor.svelte): open it, click the option.
        app.click("#s-roles-role-0").await?;
        app.click_option("Moderator").await?;
        app.axe("session form").await?;
        app.click("[data-testid=save]").await?;
        app.wait_for("[data-testid=session-block]", 15).await?;
        app.axe("agenda").await?;
        // The calendar redraws once the store's answer is in; take the block after that.
        tokio::time::sleep(Duration::from_millis(700)).await;
        let block = app.wait_for("[data-testid=session-block]", 5).await?;
        // The block names its moderator, created minutes ago in this window (the loaded
        // schedule had no such person until the session named her). The block's own text:
        // WebDriver's visible-text rule leaves out a line cut with an ellipsis (overflow: hidden).
        let block_text = || async {
            Res::Ok(
                app.driver()
                    .execute(
                        "return document.querySelector('[data-testid=session-block]')?.innerText ?? '';",
                        vec![],
                    )
                    .await?
                    .convert::<String>()?,
            )
        };
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        let before = loop {
            let text = block_text().await?;
            if text.contains("Ada Lovelace") || std::time::Instant::now() > deadline {
                break text;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        };
        assert!(
            before.contains("Opening plenary") && before.contains("Ada Lovelace"),
            "the new session's block: {before:?}"
        );

        eprintln!("step: drag");
        // Drag it one hour later (4 slots of 22 px) into Room B's column.
        eprintln!("step: before drag {before:?}");
        let room_b_x = app
            .driver()
            .execute(
                r#"const hits = [...document.querySelectorAll('.ec *')].filter(e =>
                     e.children.length === 0 && e.textContent.trim() === 'Room B');
                   if (!hits.length) return null;
                   const r = hits[0].getBoundingClientRect();
                   return r.left + r.width / 2;"#,
                vec![],
            )
            .await?
            .convert::<Option<f64>>()?
            .ok_or("no Room B column header in the agenda")?;
        let rect = block.rect().await?;
        let dx = (room_b_x - (rect.x + rect.width / 2.0)).round() as i64;
        app.driver()
            .action_chain()
            .move_to_element_center(&block)
            .click_and_hold()
            .move_by_offset(0, 10)
            .move_by_offset(dx / 2, 40)
            .move_by_offset(dx - dx / 2, 38)
            .release()
            .perform()
            .await?;
        eprintln!("step: dropped");
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        let after = loop {
            let text = block_text().await?;
            if (!text.is_empty() && text != before) || std::time::Instant::now() > deadline {
                break text;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        };
        assert_ne!(after, before, "the drag did not move the session");

        eprintln!("step: export");
        // Export the whole event as a calendar file (the Save dialog answers with `ics`).
        app.click("[data-testid=nav-import-export]").await?;
        home.answer_save(&ics)?;
        app.axe("import/export").await?;
        app.click("[data-testid=export-ics]").await?;
        app.wait_text("the export message", 20, |t| t.contains("e2e-forum.ics"))
            .await?;
        Res::Ok(after)
    }
    .await;
    app.close().await?;
    let shown_after_drag = shown_after_drag?;

    // What the store holds after the app closed.
    let store = Store::open(&home.db())?;
    let reader = store.read();
    let event = event_id(&reader, "e2e-forum")?;
    let schedule = reader.schedule(event)?;
    assert_eq!(schedule.event.data.timezone, "Europe/Zurich");
    assert_eq!(
        schedule.event.data.start_date,
        NaiveDate::from_ymd_opt(2027, 3, 15).unwrap()
    );
    let rooms: Vec<(&str, Option<u32>)> = schedule
        .rooms
        .iter()
        .map(|r| (r.data.name.as_str(), r.data.capacity))
        .collect();
    assert_eq!(rooms, [("Room A", Some(80)), ("Room B", Some(120))]);
    let ada = reader.find_person("Ada Lovelace")?;
    assert_eq!(ada.data.organisation, "Analytical Engines");
    assert_eq!(schedule.sessions.len(), 1);
    let session = &schedule.sessions[0];
    assert_eq!(session.data.title, "Opening plenary");
    assert_eq!(session.data.roles.len(), 1);
    assert_eq!(session.data.roles[0].person_id, ada.id);
    assert_eq!(session.data.roles[0].role, plenary_core::Role::Moderator);
    let room_b = schedule.rooms.iter().find(|r| r.data.name == "Room B").unwrap();
    assert_eq!(
        session.data.room_id,
        Some(room_b.id),
        "the drop did not reach the store"
    );
    // 09:00 Zurich (UTC+1 in March) was 08:00Z; the drag moved it later, keeping its hour.
    let start = session.data.start.unwrap();
    let end = session.data.end.unwrap();
    assert!(
        start > Utc.with_ymd_and_hms(2027, 3, 15, 8, 0, 0).unwrap(),
        "start {start}"
    );
    assert_eq!((end - start).num_minutes(), 60);
    let local = plenary_core::time::utc_to_local(chrono_tz::Europe::Zurich, start)
        .format("%H:%M")
        .to_string();
    assert!(
        shown_after_drag.contains(&local),
        "the agenda showed {shown_after_drag:?}, the store has {local}"
    );

    // The exported file is a calendar with the session at its stored time.
    let text = std::fs::read_to_string(&ics)?;
    let (components, _notes) = plenary_ical::parse::parse(text.as_bytes())?;
    let calendar = components
        .iter()
        .find(|c| c.name == "VCALENDAR")
        .ok_or("no VCALENDAR")?;
    let events: Vec<_> = calendar.children.iter().filter(|c| c.name == "VEVENT").collect();
    assert_eq!(events.len(), 1, "{text}");
    assert_eq!(
        events[0].prop("SUMMARY").map(|p| p.value.as_ref()),
        Some("Opening plenary")
    );
    assert!(
        text.contains(&session.uuid.to_string()),
        "the UID carries the session's UUID:\n{text}"
    );
    drop(store);

    // A restart finds everything again.
    let app = App::launch(&home).await?;
    let again = async {
        app.wait_for("[data-testid=event-row][data-slug=e2e-forum]", 30).await?;
        open_event(&app, "e2e-forum").await?;
        inner_text(&app, "the session after a restart", 15, |t| {
            t.contains("Opening plenary") && t.contains("Ada Lovelace")
        })
        .await?;
        app.click("[data-testid=nav-people]").await?;
        app.wait_text("the person after a restart", 10, |t| t.contains("Ada Lovelace"))
            .await?;
        app.click("[data-testid=nav-rooms]").await?;
        app.wait_text("the rooms after a restart", 10, |t| {
            t.contains("Room A") && t.contains("Room B")
        })
        .await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    again
}

/// A room without a name is refused with a message next to the field; nothing is stored.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_shows_an_error_and_changes_nothing() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        open_event(&app, "ospos-for-good-2023").await?;
        app.click("[data-testid=nav-rooms]").await?;
        app.click_button("New room").await?;
        app.fill("r-capacity", "40").await?;
        app.click("[data-testid=save]").await?;
        let alert = app.wait_for("form [role=alert]", 10).await?;
        let message = alert.text().await?;
        let field = app.wait_for("[data-testid=error-name]", 5).await?;
        assert!(!field.text().await?.is_empty(), "no message next to the name field");
        app.axe("room form with an error").await?;
        Res::Ok(message)
    }
    .await;
    app.close().await?;
    let message = result?;
    assert!(
        message.to_lowercase().contains("name"),
        "the error does not name the field: {message}"
    );

    // The store has exactly the demo's rooms.
    let expected = {
        let mut fresh = Store::open_in_memory()?;
        fresh.write(plenary_core::demo::load)?;
        let id = event_id(&fresh.read(), "ospos-for-good-2023")?;
        let rooms = fresh.read().rooms(id)?;
        rooms.into_iter().map(|r| r.data.name).collect::<Vec<_>>()
    };
    let store = Store::open(&home.db())?;
    let id = event_id(&store.read(), "ospos-for-good-2023")?;
    let stored: Vec<String> = store.read().rooms(id)?.into_iter().map(|r| r.data.name).collect();
    assert_eq!(stored, expected);
    Ok(())
}

/// The accessibility check itself must be able to fail: an image without a text alternative.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn axe_check_reports_a_violation() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        app.driver()
            .execute(
                "const img = document.createElement('img'); img.src = 'data:,'; document.querySelector('main').append(img);",
                vec![],
            )
            .await?;
        Res::Ok(app.axe("events with a broken image").await)
    }
    .await;
    app.close().await?;
    let err = result?.expect_err("axe found nothing wrong with an image without alt text");
    assert!(err.to_string().contains("image-alt"), "{err}");
    Ok(())
}

/// Imports a real calendar file (Kielux 2020, 24 VEVENTs) into an event of those days: the check
/// run shows a report and changes nothing; the import stores what the same import through
/// plenary-ical stores.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn import_a_calendar_file_checked_first() -> Res {
    let _one = serial().await;
    let fixture = crate::harness::workspace_root().join("tests/fixtures/ics/giggity_kielux_2020.ics");
    let bytes = std::fs::read(&fixture).map_err(|e| format!("{}: {e}", fixture.display()))?;
    let event = plenary_core::EventData {
        slug: "kielux-2020".into(),
        title: "Kieler Linuxtage 2020".into(),
        timezone: "Europe/Berlin".into(),
        start_date: NaiveDate::from_ymd_opt(2020, 9, 18).unwrap(),
        end_date: NaiveDate::from_ymd_opt(2020, 9, 19).unwrap(),
        ..Default::default()
    };
    // What the import should do, worked out on a private store.
    let expected = {
        let mut store = Store::open_in_memory()?;
        let id = store.write(|tx| tx.create_event(&event))?.id;
        let options = plenary_ical::ImportOptions { dry_run: false };
        let report = plenary_ical::import_ics(&mut store, id, "kielux.ics", &bytes, &options, &mut |_, _| {})?;
        assert!(report.created.sessions > 0, "the fixture imports nothing: {report:?}");
        store.read().sessions(id)?.len()
    };
    let home = Home::new()?;
    Store::open(&home.db())?.write(|tx| tx.create_event(&event))?;

    for dry_run in [true, false] {
        let app = App::launch(&home).await?;
        let result = async {
            app.wait_for("[data-testid=event-row]", 30).await?;
            open_event(&app, "kielux-2020").await?;
            app.click("[data-testid=nav-import-export]").await?;
            home.answer_open(&fixture)?;
            app.click(if dry_run {
                "[data-testid=import-check]"
            } else {
                "[data-testid=import-ics]"
            })
            .await?;
            app.wait_for("[data-testid=import-report]", 30).await?;
            // The shared report's table shows what the import did (or would do), dry run or not.
            let created = app
                .wait_for("[data-testid=count-created-sessions]", 5)
                .await?
                .text()
                .await?;
            assert_eq!(
                created.trim(),
                expected.to_string(),
                "sessions created, as the report shows"
            );
            app.axe("import report").await?;
            Res::Ok(())
        }
        .await;
        app.close().await?;
        result?;
        let store = Store::open(&home.db())?;
        let id = event_id(&store.read(), "kielux-2020")?;
        let stored = store.read().sessions(id)?.len();
        if dry_run {
            assert_eq!(stored, 0, "the check run changed the store");
        } else {
            assert_eq!(stored, expected);
        }
    }
    Ok(())
}

/// Waits until the page's rendered text satisfies `predicate`. Read with `innerText` in the page:
/// on the Import card with the frab zone field shown, WebKitWebDriver's element text of the body
/// came back empty (`App::wait_text` then never sees anything).
async fn inner_text(app: &App, what: &str, secs: u64, predicate: impl Fn(&str) -> bool) -> Res<String> {
    let deadline = std::time::Instant::now() + Duration::from_secs(secs);
    loop {
        let text = app
            .driver()
            .execute("return document.body.innerText;", vec![])
            .await?
            .convert::<String>()?;
        if predicate(&text) {
            return Ok(text);
        }
        if std::time::Instant::now() > deadline {
            return Err(format!("{what} not seen after {secs} s; page text: {text}").into());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Imports a real frab file (FOSDEM 2021: 773 sessions, no time zone in it) through the Import
/// card: the check run is refused until a zone is chosen at the field, then reports and changes
/// nothing; the import creates the event with every session. Then exports the open event as a
/// Plenary event file and reads that file back into a fresh store, and imports people from a
/// spreadsheet with one column mapped by hand.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn import_a_frab_schedule_and_export_an_event_file() -> Res {
    let _one = serial().await;
    let fixture = crate::harness::workspace_root().join("tests/fixtures/frab-xml/giggity_fosdem_2021.xml");
    assert!(fixture.is_file(), "{} is missing", fixture.display());
    let home = Home::new()?;
    let out = home.path("ospos.plenary.json");
    let csv = home.path("speakers.csv");
    std::fs::write(
        &csv,
        "Full name;Affiliation;Contact\nGrace Hopper;US Navy;grace@example.org\n",
    )?;
    let sessions_in_store = |home: &Home| -> Res<usize> {
        let store = Store::open(&home.db())?;
        let reader = store.read();
        let mut total = 0;
        for e in reader.events()? {
            total += reader.sessions(e.id)?.len();
        }
        Ok(total)
    };

    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        let before = sessions_in_store(&home)?;
        open_event(&app, plenary_core::demo::DEMO_SLUGS[0]).await?;
        app.click("[data-testid=nav-import-export]").await?;
        home.answer_open(&fixture)?;
        home.answer_save(&out)?;
        app.click("[data-testid=import-format-frab]").await?;

        eprintln!("step: check run without a zone, then with one");
        app.click("[data-testid=import-check]").await?;
        let refusal = app.wait_for("[data-testid=error-timezone]", 30).await?.text().await?;
        assert!(refusal.contains("giggity_fosdem_2021.xml"), "{refusal}");
        assert!(!refusal.contains("--timezone"), "{refusal}");
        // The zone picker (a combobox, as the event form's): typed, then chosen in its list.
        app.fill("io-zone", "Europe/Brussels").await?;
        app.click_option("Europe/Brussels").await?;
        app.click("[data-testid=import-retry]").await?;
        inner_text(&app, "the check report", 60, |t| t.contains("nothing was changed")).await?;
        let created = app
            .wait_for("[data-testid=count-created-sessions]", 5)
            .await?
            .text()
            .await?;
        assert_eq!(created.trim(), "773", "sessions the check run would create");
        assert_eq!(sessions_in_store(&home)?, before, "the check run changed the store");

        eprintln!("step: import");
        app.click("[data-testid=import-frab]").await?;
        let note = app
            .wait_for("[data-testid=import-other-event]", 60)
            .await?
            .text()
            .await?;
        assert!(note.contains("FOSDEM"), "{note}");
        let created = app
            .wait_for("[data-testid=count-created-sessions]", 5)
            .await?
            .text()
            .await?;
        assert_eq!(created.trim(), "773", "sessions created, as the report shows");
        app.axe("import/export after a frab import").await?;

        eprintln!("step: export an event file");
        app.click("[data-testid=export-format-event-file]").await?;
        app.click("[data-testid=export-interchange]").await?;
        inner_text(&app, "the export message", 30, |t| t.contains("ospos.plenary.json")).await?;

        eprintln!("step: people from a spreadsheet: choose the file, map its unmatched column, import");
        home.answer_open(&csv)?;
        app.click("[data-testid=import-format-csv-people]").await?;
        app.click("[data-testid=csv-choose]").await?;
        let table = app.wait_for("[data-testid=csv-columns]", 30).await?.text().await?;
        assert!(table.contains("Full name") && table.contains("Contact"), "{table}");
        // The headers the import matches by itself are pre-set, with the catalogue's labels.
        let preset = app
            .driver()
            .execute(
                "return [0, 1, 2].map(i => { const s = document.querySelector('#io-map-field-' + i); \
                 return s.value + '=' + s.options[s.selectedIndex].text.trim(); });",
                vec![],
            )
            .await?
            .convert::<Vec<String>>()?;
        assert_eq!(preset, ["name=Name", "organisation=Organisation", "=Not imported"]);
        app.select_option("#io-map-field-2", "E-mail").await?;
        // Import the file the table shows, not the dialog's: were it asked again, this path
        // would fail the import.
        home.answer_open(std::path::Path::new("/nonexistent/other.csv"))?;
        app.click("[data-testid=import-csv-people]").await?;
        let created = app
            .wait_for("[data-testid=count-created-people]", 30)
            .await?
            .text()
            .await?;
        assert_eq!(created.trim(), "1", "people created, as the report shows");
        app.axe("import/export with a column mapping").await?;
        Res::Ok(before)
    }
    .await;
    app.close().await?;
    let before = result?;

    let store = Store::open(&home.db())?;
    let reader = store.read();
    let fosdem = reader
        .events()?
        .into_iter()
        .find(|e| e.title.contains("FOSDEM"))
        .ok_or("no FOSDEM event in the store")?;
    assert_eq!(reader.sessions(fosdem.id)?.len(), 773);
    assert_eq!(reader.event(fosdem.id)?.data.timezone, "Europe/Brussels");
    assert_eq!(sessions_in_store(&home)?, before + 773);
    let grace = reader.find_person("Grace Hopper")?;
    assert_eq!(grace.data.email, "grace@example.org", "the mapped column");

    // The exported file is a whole event another organiser can import.
    let demo = reader.find_event(plenary_core::demo::DEMO_SLUGS[0])?;
    let expected = reader.sessions(demo.id)?.len();
    let bytes = std::fs::read(&out)?;
    let mut fresh = Store::open_in_memory()?;
    let options = plenary_interchange::event_file::EventFileOptions::default();
    let report =
        plenary_interchange::event_file::import(&mut fresh, "ospos.plenary.json", &bytes, &options, &mut |_, _| {})?;
    assert_eq!(report.created.sessions, expected, "{report:?}");
    assert_eq!(
        fresh.read().sessions(report.event.ok_or("no event")?.id)?.len(),
        expected
    );
    Ok(())
}

/// Both organisers changed the same session: importing the other's event file lists the
/// conflict with a choice per session ("Keep mine" by default); the organiser checks "Take the
/// file's" (nothing changes), then applies it to the same file without a new file dialog.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resolve_an_event_file_conflict_session_by_session() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let file = home.path("from-the-other-organiser.plenary.json");
    let slug = plenary_core::demo::DEMO_SLUGS[0];
    let (session_uuid, code) = {
        let mut store = Store::open(&home.db())?;
        store.write(plenary_core::demo::load)?;
        let id = event_id(&store.read(), slug)?;
        let schedule = store.read().schedule(id)?;
        let session = schedule.sessions[0].clone();
        // The other organiser's copy: the same event with this session retitled over there.
        let mut theirs = plenary_interchange::event_file::to_file(&schedule, false, Utc::now());
        let in_file = theirs
            .sessions
            .iter_mut()
            .find(|s| s.uuid == session.uuid)
            .ok_or("the session is not in the event file")?;
        in_file.data.title = "Title from the other organiser".into();
        std::fs::write(&file, serde_json::to_vec_pretty(&theirs)?)?;
        // …and this store retitled it too, after the file was written.
        let data = plenary_core::SessionData {
            title: "Title kept here".into(),
            ..session.data.clone()
        };
        store.write(|tx| tx.update_session(session.id, &data))?;
        (session.uuid, session.data.code)
    };
    let pick = |side: &str| format!("[data-testid=pick-{session_uuid}-{side}]");

    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        open_event(&app, slug).await?;
        app.click("[data-testid=nav-import-export]").await?;
        home.answer_open(&file)?;
        app.click("[data-testid=import-format-event-file]").await?;

        eprintln!("step: import, the conflict is listed with a choice");
        app.click("[data-testid=import-event-file]").await?;
        let choices = app.wait_for("[data-testid=merge-choices]", 30).await?.text().await?;
        assert!(
            choices.contains(&code) && choices.contains("Title from the other organiser") && choices.contains("title"),
            "{choices}"
        );
        assert!(
            app.wait_for(&pick("store"), 5).await?.is_selected().await?,
            "keep mine is the default"
        );
        assert!(!app.wait_for(&pick("file"), 5).await?.is_selected().await?);
        app.axe("import/export with conflicts to choose").await?;

        eprintln!("step: check with the file's version chosen, then apply");
        // The re-runs must not ask the dialog again: it would now answer with a missing file.
        home.answer_open(&home.path("missing.plenary.json"))?;
        app.click(&pick("file")).await?;
        app.click("[data-testid=merge-check]").await?;
        inner_text(&app, "the check with the choice", 30, |t| {
            t.contains("nothing was changed") && t.contains("took the file’s version")
        })
        .await?;
        assert!(
            app.wait_for(&pick("file"), 5).await?.is_selected().await?,
            "the check keeps the choice"
        );
        app.click("[data-testid=merge-apply]").await?;
        inner_text(&app, "the applied choices", 30, |t| {
            t.contains("Your choices were applied.") && !t.contains("Choose for each conflict")
        })
        .await?;
        let updated = app
            .wait_for("[data-testid=count-updated-sessions]", 5)
            .await?
            .text()
            .await?;
        assert_eq!(updated.trim(), "1", "the session taken from the file");
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result?;

    let store = Store::open(&home.db())?;
    let session = store
        .read()
        .session_by_uuid(session_uuid)?
        .ok_or("the session is gone")?;
    assert_eq!(session.data.title, "Title from the other organiser");
    Ok(())
}

/// Reads and writes happen only on paths the shell's own dialogs returned: a script in the page
/// that names a file is refused by every command (and the dialog plugin's own commands are not
/// allowed at all), while the same export through the Save dialog works. An event without
/// sessions exports a file and the window says so next to the button; the Save dialog answering
/// with the store's own file is refused there, in words, and the store is left whole.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn files_only_through_the_shells_dialogs() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let event = plenary_core::EventData {
        slug: "empty-day".into(),
        title: "An empty day".into(),
        timezone: "Europe/Zurich".into(),
        start_date: NaiveDate::from_ymd_opt(2026, 7, 6).unwrap(),
        end_date: NaiveDate::from_ymd_opt(2026, 7, 6).unwrap(),
        ..Default::default()
    };
    let id = Store::open(&home.db())?.write(|tx| tx.create_event(&event))?.id;
    let planted = home.path("planted-by-the-page.csv");
    let out = home.path("empty-day.ics");

    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        eprintln!("step: the page tries to take the window elsewhere");
        app.driver()
            .execute("window.location.href = 'https://example.org/join';", vec![])
            .await?;
        tokio::time::sleep(Duration::from_millis(800)).await;
        let url = app.driver().current_url().await?;
        assert_eq!(url.scheme(), "tauri", "the window left the app for {url}");
        app.wait_for("[data-testid=event-row]", 5).await?;
        eprintln!("step: the page names files itself");
        let answers = app
            .driver()
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                const invoke = window.__TAURI_INTERNALS__.invoke;
                const attempt = (cmd, args) => invoke(cmd, args).then(
                  (value) => ({ cmd, ok: true, value }),
                  (error) => ({ cmd, ok: false, error }));
                Promise.all([
                  attempt('save_text', { path: arguments[0], contents: 'written by the page' }),
                  attempt('csv_headers', { path: '/etc/passwd', what: 'people' }),
                  attempt('import_event_file', { path: '/etc/passwd', take: 'store', choices: null, dryRun: true }),
                  attempt('export_interchange', { eventId: arguments[1],
                    options: { format: 'csv-people', include_private: true }, path: arguments[0] }),
                  attempt('plugin:dialog|open', { options: {} }),
                ]).then(done);"#,
                vec![serde_json::json!(planted.to_string_lossy()), serde_json::json!(id)],
            )
            .await?
            .convert::<Vec<serde_json::Value>>()?;
        assert_eq!(answers.len(), 5, "{answers:?}");
        for answer in &answers[..4] {
            assert_eq!(answer["ok"], false, "{answer}");
            assert_eq!(answer["error"]["field"], "path", "{answer}");
            let message = answer["error"]["message"].as_str().unwrap_or_default();
            assert!(message.ends_with("dialog; choose the file again"), "{answer}");
        }
        assert_eq!(
            answers[4]["ok"], false,
            "the dialog plugin's commands are not the page's: {:?}",
            answers[4]
        );
        assert!(!planted.exists(), "the page wrote {}", planted.display());

        eprintln!("step: an event without sessions, exported through the Save dialog");
        open_event(&app, "empty-day").await?;
        app.click("[data-testid=nav-import-export]").await?;
        home.answer_save(&out)?;
        app.click("[data-testid=export-ics]").await?;
        // The status line next to the button says both what was written and that it holds no session.
        let status = app.wait_for("[data-testid=export-ics-status]", 20).await?;
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        let mut said = status.text().await?;
        while !said.contains("empty-day.ics") && std::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(200)).await;
            said = status.text().await?;
        }
        assert!(
            said.contains("empty-day.ics") && said.contains("no scheduled session"),
            "{said}"
        );

        eprintln!("step: the Save dialog answers with the store itself");
        home.answer_save(&home.db())?;
        app.click("[data-testid=export-ics]").await?;
        let refused = app
            .wait_for("[data-testid=export-ics-said] [role=alert]", 20)
            .await?
            .text()
            .await?;
        assert!(refused.contains("the open Plenary store"), "{refused}");
        app.axe("import/export with an export refused").await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result?;
    let calendar = std::fs::read_to_string(&out)?;
    assert!(calendar.starts_with("BEGIN:VCALENDAR\r\n"), "{calendar}");
    assert!(!calendar.contains("BEGIN:VEVENT"), "{calendar}");
    let store = Store::open(&home.db())?;
    assert_eq!(store.read().event(id)?.data.title, "An empty day");
    Ok(())
}
