//! The six UN languages in the real window: Arabic mirrors the whole layout and every screen
//! passes axe-core in it; French writes dates its way; the choice survives a restart.

use std::time::Duration;

use crate::flows::SCREENS;
use crate::harness::{serial, App, Home, Res};

/// `lang` and `dir` of the document.
async fn lang_dir(app: &App) -> Res<(String, String)> {
    let pair = app
        .driver()
        .execute(
            "return [document.documentElement.lang, document.documentElement.dir];",
            vec![],
        )
        .await?
        .convert::<Vec<String>>()?;
    Ok((pair[0].clone(), pair[1].clone()))
}

/// Waits until the document is in `lang` (the switch re-renders the window).
async fn wait_lang(app: &App, lang: &str) -> Res<(String, String)> {
    for _ in 0..50 {
        let now = lang_dir(app).await?;
        if now.0 == lang {
            return Ok(now);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("the window did not switch to {lang}: {:?}", lang_dir(app).await?).into())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn arabic_mirrors_every_screen_and_french_dates_survive_a_restart() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        assert_eq!(lang_dir(&app).await?, ("en".into(), "ltr".into()));
        app.click("[data-testid=event-row][data-slug=ospos-for-good-2023] button.primary")
            .await?;
        app.wait_for("[data-testid=session-block]", 20).await?;

        eprintln!("step: Arabic, right to left, every screen through axe-core");
        app.set_value("[data-testid=language]", "ar").await?;
        assert_eq!(wait_lang(&app, "ar").await?.1, "rtl");
        for screen in SCREENS {
            app.click(&format!("[data-testid=nav-{screen}]")).await?;
            app.wait_for(&format!("[data-testid=nav-{screen}][aria-current=page]"), 10)
                .await?;
            tokio::time::sleep(Duration::from_millis(500)).await;
            app.axe(&format!("{screen} in Arabic")).await?;
        }
        // The navigation starts on the right: the first button is right of the last.
        let edges = app
            .driver()
            .execute(
                "const b = [...document.querySelectorAll('nav button')]; \
                 return [b[0].getBoundingClientRect().left, b[b.length - 1].getBoundingClientRect().left];",
                vec![],
            )
            .await?
            .convert::<Vec<f64>>()?;
        assert!(edges[0] > edges[1], "the navigation is not mirrored: {edges:?}");
        let nav = app.body_text().await;
        assert!(nav.contains("الفعاليات"), "the navigation is not in Arabic: {nav}");

        eprintln!("step: French writes the event's date its way");
        app.set_value("[data-testid=language]", "fr").await?;
        assert_eq!(wait_lang(&app, "fr").await?.1, "ltr");
        app.wait_text("the French date", 10, |t| t.contains("juin 2023"))
            .await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result?;

    eprintln!("step: the choice is remembered");
    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        assert_eq!(wait_lang(&app, "fr").await?, ("fr".into(), "ltr".into()));
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}
