//! Import reports in the chosen language: the reasons a record was skipped and the notes travel
//! from Rust as codes and parameters, and the window words them through the catalogue, so a
//! French-speaking organiser reads them in French, with no English sentence made in Rust.

use chrono::NaiveDate;
use plenary_core::Store;
use plenary_interchange::frab::{self, FrabOptions};
use serde_json::json;

use crate::harness::{import_36c3, serial, workspace_root, App, Home, Res};

/// Imports a real calendar file whose VEVENTs are all skipped (one without DTSTART, one VTODO,
/// recurring ones outside the event's days) with the window in French: each reason is on screen
/// in French, and none of the English the CLI prints for them is.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_skipped_record_is_explained_in_french() -> Res {
    let _one = serial().await;
    let fixture = workspace_root().join("tests/fixtures/ics/pyical_missing_vtimezone.ics");
    let home = Home::new()?;
    Store::open(&home.db())?.write(|tx| {
        tx.create_event(&plenary_core::EventData {
            slug: "rapport-2021".into(),
            title: "Rapport 2021".into(),
            timezone: "America/New_York".into(),
            start_date: NaiveDate::from_ymd_opt(2021, 3, 1).unwrap(),
            end_date: NaiveDate::from_ymd_opt(2021, 3, 2).unwrap(),
            ..Default::default()
        })
    })?;
    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        app.set_value("[data-testid=language]", "fr").await?;
        app.wait_text("the window in French", 10, |t| t.contains("Manifestations"))
            .await?;
        app.click("[data-testid=event-row][data-slug=rapport-2021] button.primary")
            .await?;
        app.wait_for("#agenda-heading", 20).await?;
        app.click("[data-testid=nav-import-export]").await?;
        home.answer_open(&fixture)?;
        app.click("[data-testid=import-check]").await?;
        let skipped = app.wait_for("[data-testid=import-skipped]", 30).await?.text().await?;
        let notes = app.wait_for("[data-testid=import-notes]", 5).await?.text().await?;
        eprintln!("skipped:\n{skipped}\nnotes:\n{notes}");
        // The reasons, in the catalogue's French (narrow no-break spaces before the colons).
        assert!(
            skipped.contains("pas de DTSTART\u{202f}: une séance a besoin d’une heure de début"),
            "{skipped}"
        );
        assert!(skipped.contains("n’est pas une séance"), "{skipped}");
        assert!(
            skipped.contains("hors des jours") || skipped.contains("aucune occurrence"),
            "{skipped}"
        );
        assert!(notes.contains("n’a pas de VTIMEZONE dans le fichier"), "{notes}");
        // None of the English the CLI words the same reasons with.
        for english in [
            "a session needs",
            "is not a session",
            "outside the event",
            "has no VTIMEZONE",
            "Line ",
        ] {
            assert!(
                !skipped.contains(english) && !notes.contains(english),
                "English {english:?} on screen"
            );
        }
        app.axe("import report in French").await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

/// A programme with no sessions yet: the second event the copy of 36C3 goes into.
const REPLAY: &str = "<schedule><conference><acronym>36c3-replay</acronym><title>36C3 replay</title>\
<start>2019-12-27</start><end>2019-12-30</end></conference></schedule>";

/// Where the element matching `css` is on screen: [x, y, width, height].
async fn rect(app: &App, css: &str) -> Res<Vec<f64>> {
    app.wait_for(css, 10).await?;
    let r = app
        .driver()
        .execute(
            "const r = document.querySelector(arguments[0]).getBoundingClientRect(); return [r.x, r.y, r.width, r.height];",
            vec![json!(css)],
        )
        .await?
        .convert::<Vec<f64>>()?;
    Ok(r)
}

/// What the report shows, rendered (closed groups and Technical details are not), whether it has
/// a UUID in it, which element has focus, whether the heading lies inside the viewport, and what
/// the live region says.
async fn report_seen(app: &App) -> Res<serde_json::Value> {
    let seen = app
        .driver()
        .execute(
            r#"const report = document.querySelector('[data-testid=import-report]');
               const h = document.getElementById('import-report-heading');
               const r = h.getBoundingClientRect();
               const text = report.innerText.replace(/[\u2068\u2069]/g, '');
               return {
                 text,
                 uuid: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(text),
                 // The word, not a title's "Guide".
                 guid: /\b[gu]uids?\b/i.test(text),
                 focused: document.activeElement && document.activeElement.id,
                 inside: r.height > 0 && r.top >= -1 && r.bottom <= window.innerHeight + 1,
                 said: document.querySelector('[data-testid=import-summary]').textContent.replace(/[\u2068\u2069]/g, ''),
               };"#,
            vec![],
        )
        .await?
        .convert::<serde_json::Value>()?;
    Ok(seen)
}

/// Issue 12 (kind 3): 36C3 imported again, from the window, into a second event. Choosing frab
/// shows its zone field without moving the Import button; the report comes into view with focus
/// on its heading and its summary in the live region; its words name sessions and rooms by title
/// and name, with no UUID and no "guid", and the remark made for every session is one line with
/// its count, whose entries open on request.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_36c3_import_into_a_second_event_reports_in_view_without_identifiers() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    {
        let mut store = Store::open(&home.db())?;
        import_36c3(&mut store)?;
        let options = FrabOptions {
            timezone: Some("Europe/Berlin".into()),
            dry_run: false,
        };
        frab::import(&mut store, "replay.xml", REPLAY.as_bytes(), &options, &mut |_, _| {})?;
    }
    let original = std::fs::read_to_string(workspace_root().join("tests/fixtures/frab-xml/giggity_36c3_merged.xml"))?;
    let copy = original.replacen("<acronym>36c3</acronym>", "<acronym>36c3-replay</acronym>", 1);
    assert_ne!(copy, original, "the fixture's acronym changed");
    let file = home.path("36c3-replay.xml");
    std::fs::write(&file, copy)?;

    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        app.click("[data-testid=event-row][data-slug=\"36c3-replay\"] button.primary")
            .await?;
        app.wait_for("#agenda-heading", 60).await?;
        app.click("[data-testid=nav-import-export]").await?;
        // At the narrowest window the toolbar is laid out for, and at the usual one: frab's
        // zone field, the event file's choice and the spreadsheet's hint leave the buttons' row
        // where it was (the spreadsheet's Import button has other words: same row).
        for width in [900, 1280] {
            app.driver().set_window_rect(0, 0, width, 800).await?;
            app.click("[data-testid=import-format-ics]").await?;
            let before = rect(&app, "[data-testid=import-ics]").await?;
            app.click("[data-testid=import-format-frab]").await?;
            app.wait_for("#io-zone", 10).await?;
            let after = rect(&app, "[data-testid=import-frab]").await?;
            assert_eq!(before, after, "choosing frab moved the Import button at {width} px");
            for format in ["event-file", "csv-people"] {
                app.click(&format!("[data-testid=import-format-{format}]")).await?;
                let moved = rect(&app, &format!("[data-testid=import-{format}]")).await?;
                assert_eq!(before[1], moved[1], "choosing {format} moved the buttons at {width} px");
            }
        }
        app.click("[data-testid=import-format-frab]").await?;

        app.fill("io-zone", "Europe/Berlin").await?;
        app.click_option("Europe/Berlin").await?;
        home.answer_open(&file)?;
        app.click("[data-testid=import-frab]").await?;
        app.wait_for("#import-report-heading", 120).await?;
        // Focus and the scroll follow the report's drawing.
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        let seen = report_seen(&app).await?;
        let text = seen["text"].as_str().unwrap_or_default().to_string();
        eprintln!("report:\n{text}\nsaid: {}", seen["said"]);
        assert_eq!(seen["focused"], "import-report-heading", "focus is not on the report");
        assert_eq!(seen["inside"], true, "the report's heading is out of sight");
        // A frab file goes into the event it names: the heading, and so the summary, say which.
        assert!(
            seen["said"].as_str().unwrap_or_default().starts_with("Imported into “")
                && seen["said"].as_str().unwrap_or_default().contains("” · In the file: "),
            "{}",
            seen["said"]
        );
        assert_eq!(seen["uuid"], false, "a UUID on screen:\n{text}");
        assert_eq!(seen["guid"], false, "the word guid or uuid on screen:\n{text}");

        // Every session of the file was already in the first event: one line, with the count.
        let created = app.wait_for("[data-testid=count-created-sessions]", 5).await?.text().await?;
        let sessions = {
            let store = Store::open(&home.db())?;
            let reader = store.read();
            let event = reader.events()?.into_iter().find(|e| e.slug == "36c3-replay").ok_or("no second event")?;
            reader.sessions(event.id)?.len()
        };
        assert_eq!(created.trim().replace([',', '\u{202f}', '\u{a0}'], ""), sessions.to_string());
        let moved = format!("Already in another event, imported as new sessions ({} sessions)", format_thousands(sessions));
        assert!(text.contains(&moved), "no {moved:?} in\n{text}");
        // This file's rooms carry no guid: they are new rooms of this event without a remark.
        assert!(!text.contains("rooms ("), "{text}");

        // Opened, the group lists each session by title, still with no identifier in sight.
        app.driver()
            .execute(
                "[...document.querySelectorAll('[data-testid=report-group]')].find(s => s.textContent.includes('new sessions')).click();",
                vec![],
            )
            .await?;
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        let opened = report_seen(&app).await?;
        let text = opened["text"].as_str().unwrap_or_default();
        assert!(text.contains("session 11223 “"), "{}", &text[..text.len().min(3000)]);
        assert!(text.contains("was already in another event; it was imported as a new session (the other event keeps its own)"));
        assert_eq!(opened["uuid"], false, "a UUID on screen once the group is open");
        assert_eq!(opened["guid"], false, "the word guid or uuid once the group is open");
        app.axe("import/export after 36C3 into a second event").await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

/// 1351 as the window writes it in English: "1,351".
fn format_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
