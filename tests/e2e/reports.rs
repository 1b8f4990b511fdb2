//! Import reports in the chosen language: the reasons a record was skipped and the notes travel
//! from Rust as codes and parameters, and the window words them through the catalogue, so a
//! French-speaking organiser reads them in French, with no English sentence made in Rust.

use chrono::NaiveDate;
use plenary_core::Store;

use crate::harness::{serial, workspace_root, App, Home, Res};

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
