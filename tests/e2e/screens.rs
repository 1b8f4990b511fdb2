//! Issue 12, after the third newcomer walk: the Import and export screen says what each button
//! did next to that button, keeps its report across a language switch, says where a frab file
//! goes and suggests the zone a zone-less file is in; a delete question leaves the People table
//! as it was.

use std::time::Duration;

use plenary_core::Store;
use serde_json::json;
use thirtyfour::prelude::*;

use crate::harness::{serial, workspace_root, App, Home, Res};

/// The demo event the Import and export tests open.
const DEMO: &str = "wsis-forum-2026";
/// The demo event whose people hold roles.
const OSPOS: &str = plenary_core::demo::DEMO_SLUGS[0];

async fn open_demo(app: &App) -> Res {
    open_event(app, DEMO).await
}

async fn open_event(app: &App, slug: &str) -> Res {
    app.wait_for("[data-testid=event-row]", 30).await?;
    app.click(&format!("[data-testid=event-row][data-slug={slug}] button.primary"))
        .await?;
    app.wait_for("#agenda-heading", 30).await?;
    Ok(())
}

/// Runs `script` in the page and returns what it returns.
async fn page(app: &App, script: &str, args: Vec<serde_json::Value>) -> Res<serde_json::Value> {
    Ok(app
        .driver()
        .execute(script, args)
        .await?
        .convert::<serde_json::Value>()?)
}

/// Waits until `script` returns true.
async fn until(app: &App, what: &str, secs: u64, script: &str) -> Res {
    let deadline = std::time::Instant::now() + Duration::from_secs(secs);
    loop {
        if page(app, script, vec![]).await? == json!(true) {
            return Ok(());
        }
        if std::time::Instant::now() > deadline {
            return Err(format!("{what}: not seen after {secs} s").into());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Exporting iCalendar from its section at the foot of the page: "Wrote 6 sessions…" shows on
/// that section's status line, right under its Export button and inside the viewport, not at
/// the top of the page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ics_export_says_what_it_wrote_next_to_its_button_in_view() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let out = home.path("forum.ics");
    let app = App::launch(&home).await?;
    let result = async {
        open_demo(&app).await?;
        app.click("[data-testid=nav-import-export]").await?;
        app.wait_for("[data-testid=export-ics]", 10).await?;
        home.answer_save(&out)?;
        // Scrolled as the walk was: the button at the foot of the window.
        page(
            &app,
            "document.querySelector('[data-testid=export-ics]').scrollIntoView({block: 'end'}); return true;",
            vec![],
        )
        .await?;
        app.click("[data-testid=export-ics]").await?;
        until(
            &app,
            "the export's status line",
            30,
            "return (document.querySelector('[data-testid=export-ics-status]')?.textContent ?? '').includes('Wrote');",
        )
        .await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let seen = page(
            &app,
            r#"const line = document.querySelector('[data-testid=export-ics-status]');
               const button = document.querySelector('[data-testid=export-ics]');
               const l = line.getBoundingClientRect(), b = button.getBoundingClientRect();
               return { text: line.textContent, top: l.top, bottom: l.bottom, below: l.top - b.bottom,
                        height: window.innerHeight, role: line.getAttribute('role') };"#,
            vec![],
        )
        .await?;
        eprintln!("{seen}");
        let text = seen["text"].as_str().unwrap_or_default();
        assert!(text.starts_with("Wrote ") && text.contains("forum.ics"), "{text}");
        let (top, bottom, height) = (
            seen["top"].as_f64().unwrap(),
            seen["bottom"].as_f64().unwrap(),
            seen["height"].as_f64().unwrap(),
        );
        assert!(top >= 0.0 && bottom <= height, "the status line is out of view: {seen}");
        let below = seen["below"].as_f64().unwrap();
        assert!(
            (0.0..120.0).contains(&below),
            "the status line is not next to its button: {seen}"
        );
        assert_eq!(seen["role"], "status", "not a polite live region");
        assert!(
            std::fs::read_to_string(&out)?.contains("BEGIN:VEVENT"),
            "nothing written"
        );
        app.axe("import/export after an iCalendar export").await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

/// The report of a check run stays on screen when the language changes, and is worded in the
/// new language (its heading, its counts' caption).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_language_switch_keeps_the_import_report_and_rewords_it() -> Res {
    let _one = serial().await;
    let fixture = workspace_root().join("tests/fixtures/ics/giggity_kielux_2020.ics");
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        open_demo(&app).await?;
        app.click("[data-testid=nav-import-export]").await?;
        home.answer_open(&fixture)?;
        app.click("[data-testid=import-check]").await?;
        let english = app.wait_for("#import-report-heading", 30).await?.text().await?;
        assert!(english.contains("Import check"), "{english}");
        app.set_value("[data-testid=language]", "fr").await?;
        until(
            &app,
            "the report in French",
            10,
            "const h = document.getElementById('import-report-heading'); \
             return !!h && h.textContent.includes('Vérification de l’importation');",
        )
        .await?;
        let report = app.wait_for("[data-testid=import-report]", 5).await?.text().await?;
        eprintln!("{report}");
        assert!(
            report.contains("giggity_kielux_2020.ics"),
            "the file's report is gone: {report}"
        );
        assert!(!report.contains("In the file"), "English left in the report: {report}");
        // The chosen format is kept too.
        let checked = page(
            &app,
            "return document.querySelector('[data-testid=import-format-ics]').checked;",
            vec![],
        )
        .await?;
        assert_eq!(checked, json!(true));
        app.axe("import report after a switch to French").await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

/// 36C3's file names no zone: before the import the card says a frab file goes into the event
/// it names; the refusal offers Europe/Berlin (and not Europe/London, an hour off in December);
/// choosing it fills the field, and the retry imports into "36th Chaos Communication Congress",
/// which the report's heading names.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_zoneless_36c3_offers_berlin_and_imports_with_it() -> Res {
    let _one = serial().await;
    let fixture = workspace_root().join("tests/fixtures/frab-xml/giggity_36c3_merged.xml");
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        open_demo(&app).await?;
        app.click("[data-testid=nav-import-export]").await?;
        app.click("[data-testid=import-format-frab]").await?;
        let target = app.wait_for("[data-testid=frab-target]", 10).await?.text().await?;
        assert!(target.contains("the event it names"), "{target}");
        home.answer_open(&fixture)?;
        app.click("[data-testid=import-frab]").await?;
        app.wait_for("[data-testid=error-timezone]", 60).await?;
        let offered = page(
            &app,
            "return [...document.querySelectorAll('[data-testid=zone-suggestion]')].map(b => b.dataset.zone);",
            vec![],
        )
        .await?;
        eprintln!("offered: {offered}");
        let offered: Vec<String> = serde_json::from_value(offered)?;
        assert_eq!(
            offered.first().map(String::as_str),
            Some("Europe/Berlin"),
            "{offered:?}"
        );
        assert!(!offered.iter().any(|z| z == "Europe/London"), "{offered:?}");
        app.axe("import/export with zone suggestions").await?;
        app.click("[data-testid=zone-suggestion][data-zone=\"Europe/Berlin\"]")
            .await?;
        let zone = page(&app, "return document.getElementById('io-zone').value;", vec![]).await?;
        assert_eq!(zone, json!("Europe/Berlin"));
        app.click("[data-testid=import-retry]").await?;
        let heading = app
            .wait_for("[data-testid=import-report-heading]", 180)
            .await?
            .text()
            .await?;
        assert_eq!(
            heading.replace(['\u{2068}', '\u{2069}'], ""),
            "Imported into “36th Chaos Communication Congress”"
        );
        let store = Store::open(&home.db())?;
        let reader = store.read();
        let event = reader.find_event("36c3")?;
        assert_eq!(event.data.timezone, "Europe/Berlin");
        assert_eq!(reader.sessions(event.id)?.len(), 1351);
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

/// The import format is the person's choice: after another screen, and after opening another
/// event (as after a frab import made one), the card still shows frab, with the zone picker
/// (a combobox, as the event form's) and the zone chosen in it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_import_format_and_zone_stay_chosen_across_screens_and_events() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        open_demo(&app).await?;
        app.click("[data-testid=nav-import-export]").await?;
        app.click("[data-testid=import-format-frab]").await?;
        app.fill("io-zone", "Europe/Brussels").await?;
        app.click_option("Europe/Brussels").await?;
        app.axe("import with the zone picker").await?;
        let frab_kept = "return document.querySelector('[data-testid=import-format-frab]')?.checked === true \
             && document.getElementById('io-zone')?.value === 'Europe/Brussels';";
        app.click("[data-testid=nav-agenda]").await?;
        app.wait_for("#agenda-heading", 30).await?;
        app.click("[data-testid=nav-import-export]").await?;
        until(&app, "frab and its zone after another screen", 10, frab_kept).await?;
        app.click("[data-testid=nav-events]").await?;
        open_event(&app, OSPOS).await?;
        app.click("[data-testid=nav-import-export]").await?;
        until(&app, "frab and its zone in another event", 10, frab_kept).await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

/// Widths of the People table's columns and the height of the asking row.
const PEOPLE_TABLE: &str = r#"const table = document.querySelector('table.data');
  const row = document.querySelector(arguments[0]).closest('tr');
  return { cols: [...table.querySelectorAll('thead th')].map(th => Math.round(th.getBoundingClientRect().width)),
           row: Math.round(row.getBoundingClientRect().height) };"#;

/// Asking to delete a person with roles lists their sessions in a dialog: the table keeps its
/// column widths and the person's row its height (the walk saw the Edit button stretched tall).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_people_delete_question_keeps_the_tables_columns() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        open_event(&app, OSPOS).await?;
        app.click("[data-testid=nav-people]").await?;
        app.wait_for("[data-testid=person-row]", 10).await?;
        // The first person of the demo with a role in one of its sessions.
        let name = {
            let store = Store::open(&home.db())?;
            let reader = store.read();
            let event = reader.find_event(OSPOS)?;
            let sessions = reader.sessions(event.id)?;
            let id = sessions
                .iter()
                .flat_map(|s| s.data.roles.iter())
                .map(|r| r.person_id)
                .next()
                .ok_or("no roles")?;
            reader.person(id)?.data.name
        };
        let button = format!("[data-testid=delete][aria-label$=\"{name}\"]");
        let before = page(&app, PEOPLE_TABLE, vec![json!(button)]).await?;
        app.click(&button).await?;
        let affects = app.wait_for("[data-testid=confirm-affects]", 10).await?.text().await?;
        assert!(!affects.is_empty());
        let after = page(&app, PEOPLE_TABLE, vec![json!(button)]).await?;
        eprintln!("before {before}, asking {after}");
        assert_eq!(before, after, "the question changed the table");
        app.axe("people with the delete question open").await?;
        // The buttons name the action, and the focus starts on the safe one: Enter, pressed out of
        // habit, cancels. The dialog goes, the person stays, focus is back on their Delete button.
        let delete_text = app.wait_for("[data-testid=confirm-delete]", 5).await?.text().await?;
        assert_eq!(
            delete_text.replace(['\u{2068}', '\u{2069}'], ""),
            format!("Delete “{name}”")
        );
        let first = page(
            &app,
            "return document.activeElement.getAttribute('data-testid');",
            vec![],
        )
        .await?;
        assert_eq!(first, json!("confirm-cancel"), "the focus starts on Cancel");
        app.driver().active_element().await?.send_keys(Key::Enter).await?;
        until(
            &app,
            "the dialog closed",
            5,
            "return !document.querySelector('[data-testid=confirm-group]');",
        )
        .await?;
        let focused = page(
            &app,
            "return document.activeElement.getAttribute('aria-label');",
            vec![],
        )
        .await?;
        assert_eq!(focused, json!(format!("Delete: {name}")));
        assert!(
            app.driver().find_all(By::Css(&button)).await?.len() == 1,
            "Enter on Cancel deleted {name}"
        );
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}
