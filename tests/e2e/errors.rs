//! Errors in sight and in words (issue 12, kind 3): a file that is not there is named in the
//! catalogue's words next to the import buttons, inside the viewport, and the message goes away
//! after the next success; a session form shows every problem at once, each under its field and
//! in the form's summary with the field's label; the same error reads in French.

use serde_json::json;

use crate::harness::{serial, workspace_root, App, Home, Res};
use plenary_core::Store;

const DEMO: &str = "ospos-for-good-2023";

async fn open_event(app: &App, slug: &str) -> Res {
    app.wait_for("[data-testid=event-row]", 30).await?;
    app.click(&format!("[data-testid=event-row][data-slug={slug}] button.primary"))
        .await?;
    app.wait_for("#agenda-heading", 30).await?;
    Ok(())
}

/// The rendered text of the first element matching `css` and whether all of it lies inside the
/// viewport (`None`: no such element). Fluent's isolation marks around parameters are dropped.
async fn seen(app: &App, css: &str) -> Res<Option<(String, bool)>> {
    let answer = app
        .driver()
        .execute(
            r#"const el = document.querySelector(arguments[0]);
               if (!el) return null;
               const r = el.getBoundingClientRect();
               // A pixel of slack: scrollIntoView may leave the page a fraction of a pixel along.
               const inside = r.height > 0 && r.top >= -1 && r.bottom <= window.innerHeight + 1
                 && r.left >= -1 && r.right <= window.innerWidth + 1;
               return [el.innerText, inside];"#,
            vec![json!(css)],
        )
        .await?
        .convert::<serde_json::Value>()?;
    if answer.is_null() {
        return Ok(None);
    }
    let text = answer[0]
        .as_str()
        .unwrap_or_default()
        .replace(['\u{2068}', '\u{2069}'], "");
    Ok(Some((text, answer[1].as_bool().unwrap_or(false))))
}

/// Waits for `css` to show text, then returns it with whether it is in view.
async fn wait_seen(app: &App, css: &str, secs: u64) -> Res<(String, bool)> {
    app.wait_for(css, secs).await?;
    // The scroll into view runs right after the element appears.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    seen(app, css).await?.ok_or_else(|| format!("{css} went away").into())
}

const IMPORT_ALERT: &str = "[data-testid=import-said] [role=alert]";

/// Checks a file that does not exist on the Import card: the error next to the buttons.
async fn check_ghost(app: &App, home: &Home) -> Res<(String, bool)> {
    app.click("[data-testid=nav-import-export]").await?;
    app.wait_for("[data-testid=import-check]", 10).await?;
    home.answer_open(&home.path("ghost.ics"))?;
    app.click("[data-testid=import-check]").await?;
    wait_seen(app, IMPORT_ALERT, 20).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_file_is_named_in_words_in_view_cleared_after_a_success_and_in_french() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let fixture = workspace_root().join("tests/fixtures/ics/giggity_kielux_2020.ics");
    let app = App::launch(&home).await?;
    let result = async {
        open_event(&app, DEMO).await?;
        let (text, in_view) = check_ghost(&app, &home).await?;
        assert_eq!(text, "Could not complete the action: ghost.ics: there is no such file.");
        assert!(in_view, "the error is out of sight");
        assert!(
            !app.body_text().await.contains("os error"),
            "the OS's words reached the window"
        );
        app.axe("import card with a missing file's error").await?;

        // The next success of the same control clears it.
        home.answer_open(&fixture)?;
        app.click("[data-testid=import-check]").await?;
        app.wait_for("[data-testid=import-report]", 30).await?;
        assert_eq!(seen(&app, IMPORT_ALERT).await?, None, "the error outlived a success");

        // The same error in French.
        app.set_value("[data-testid=language]", "fr").await?;
        app.wait_for("html[lang=fr]", 10).await?;
        let (text, in_view) = check_ghost(&app, &home).await?;
        assert_eq!(
            text,
            "L’action n’a pas pu aboutir\u{202f}: ghost.ics\u{202f}: ce fichier n’existe pas."
        );
        assert!(in_view, "the French error is out of sight");
        // Leaving the screen clears it too.
        app.click("[data-testid=nav-people]").await?;
        app.click("[data-testid=nav-import-export]").await?;
        app.wait_for("[data-testid=import-check]", 10).await?;
        assert_eq!(seen(&app, IMPORT_ALERT).await?, None, "the error outlived the screen");
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_form_shows_every_problem_at_once_with_the_fields_labels() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        open_event(&app, DEMO).await?;
        app.click("[data-testid=nav-sessions]").await?;
        app.click("[data-testid=new-session]").await?;
        app.wait_for("#s-title", 10).await?;
        // No title, a join link that is not one, and a named link to code in a list's row.
        app.fill("s-join", "htp:/register").await?;
        app.click_button("Add link").await?;
        app.fill("s-links-label-0", "Run me").await?;
        app.fill("s-links-url-0", "javascript:alert(1)").await?;
        app.click("[data-testid=save]").await?;
        let (summary, in_view) = wait_seen(&app, "[data-testid=form-error]", 10).await?;
        assert_eq!(
            summary,
            "Could not complete the action: Title: This is required. Join link (video conference): \
             “htp:/register” is not a link: write it in full, as in https://example.org/join. Links, row 1: \
             “javascript:alert(1)” uses javascript:, which participants cannot open safely: use a link \
             starting with https:, mailto: or tel:."
        );
        assert!(in_view, "the form's summary is out of sight");
        assert!(
            !summary.contains("join_url") && !summary.contains("links[0]"),
            "an internal name reached the window"
        );
        let (title, _) = wait_seen(&app, "[data-testid=error-title]", 5).await?;
        assert_eq!(title, "This is required.");
        let (join, _) = wait_seen(&app, "[data-testid=error-join_url]", 5).await?;
        assert_eq!(
            join,
            "“htp:/register” is not a link: write it in full, as in https://example.org/join."
        );
        // The control says so too, for a screen reader reaching it.
        app.wait_for("#s-join[aria-invalid=true][aria-describedby~=s-join-error]", 5)
            .await?;
        let (row, _) = wait_seen(&app, r#"[data-testid="error-links[0].url"]"#, 5).await?;
        assert!(row.starts_with("“javascript:alert(1)” uses javascript:"), "{row}");
        app.axe("session form with three problems").await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result?;
    // Nothing was stored: the demo's sessions only.
    let store = Store::open(&home.db())?;
    let event = store.read().find_event(DEMO)?;
    let titles: Vec<String> = store
        .read()
        .sessions(event.id)?
        .into_iter()
        .map(|s| s.data.title)
        .collect();
    assert!(
        titles.iter().all(|t| !t.trim().is_empty()),
        "a session without a title was stored"
    );
    let mut fresh = Store::open_in_memory()?;
    fresh.write(plenary_core::demo::load)?;
    let demo = fresh.read().find_event(DEMO)?;
    assert_eq!(titles.len(), fresh.read().sessions(demo.id)?.len());
    Ok(())
}

/// The Publish screen in French (issue 13): the CalDAV form sent empty shows the catalogue's
/// `required` under each of its three fields, a server address with a password in it is named
/// at the address, and a release name used twice is refused at the name field: the shell's
/// codes in French words, none of its English.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_publish_screens_refusals_read_in_french_at_their_fields() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        open_event(&app, DEMO).await?;
        app.set_value("[data-testid=language]", "fr").await?;
        app.wait_for("html[lang=fr]", 10).await?;
        app.click("[data-testid=nav-publish]").await?;
        app.wait_for("#publish-heading", 10).await?;

        app.click("[data-testid=publish-caldav]").await?;
        for field in ["url", "user", "password"] {
            let (text, _) = wait_seen(&app, &format!("[data-testid=error-{field}]"), 10).await?;
            assert_eq!(text, "Ce champ est obligatoire.", "{field}");
        }

        app.fill("caldav-url", "https://ana:secret@dav.example.org/").await?;
        app.fill("caldav-user", "ana").await?;
        app.fill("caldav-password", "secret").await?;
        app.click("[data-testid=publish-caldav]").await?;
        let (text, _) = wait_seen(&app, "[data-testid=error-url]", 10).await?;
        assert!(
            text.starts_with(
                "«\u{202f}https://…@dav.example.org/\u{202f}» contient un nom d’utilisateur ou un mot de passe"
            ),
            "{text}"
        );

        app.fill("release-name", "1.0").await?;
        app.click("[data-testid=release]").await?;
        // The first one is made (the form empties its name) before the same name is sent again.
        app.wait_for("[data-testid=releases]", 20).await?;
        app.fill("release-name", "1.0").await?;
        app.click("[data-testid=release]").await?;
        let (text, _) = wait_seen(&app, "[data-testid=error-name]", 10).await?;
        assert_eq!(
            text,
            "«\u{202f}1.0\u{202f}» est déjà utilisé\u{202f}; choisissez-en un autre."
        );
        let body = app.body_text().await;
        for english in ["already", "is required", "must not hold"] {
            assert!(!body.contains(english), "English reached the window: {english}");
        }
        app.axe("publish screen with refusals, in French").await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}
