//! Screenshots for the docs and the closing notes, through the real window:
//! `scripts/test-e2e.sh --ignored screenshots --nocapture` writes docs/site-*.png and
//! docs/publish.png, docs/agenda-ar.png and docs/agenda-zh.png. The walk is issue 14's: the demo's OSPOs for Good released as 1.0, two sessions
//! moved, released as 1.1, the site published, and the attendee's view of it (the programme,
//! what changed in 1.1, a room's page with its calendar, the room screen).

use std::time::Duration;

use plenary_core::Store;

use crate::harness::{first_page, serial, workspace_root, App, Home, Res};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "writes docs/*.png: run explicitly with --ignored screenshots"]
async fn screenshots() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let site = home.path("site");
    let slug = "ospos-for-good-2023";
    {
        let mut store = Store::open(&home.db())?;
        store.write(plenary_core::demo::load)?;
        let event = store.read().find_event(slug)?.id;
        store.write(|tx| tx.create_release(event, "1.0", "The programme as announced."))?;
        // Two sessions move: one an hour later, one into another room.
        let schedule = store.read().schedule(event)?;
        let timed: Vec<_> = schedule.sessions.iter().filter(|s| s.data.start.is_some()).collect();
        let (first, second) = (timed[0], timed[1]);
        let hour = chrono::Duration::hours(1);
        let other_room = schedule
            .rooms
            .iter()
            .map(|r| r.id)
            .find(|&r| Some(r) != second.data.room_id);
        store.write(|tx| {
            tx.move_session(
                first.id,
                first.data.start.map(|t| t + hour),
                first.data.end.map(|t| t + hour),
                first.data.room_id,
            )?;
            tx.move_session(
                second.id,
                second.data.start,
                second.data.end,
                other_room.or(second.data.room_id),
            )
        })?;
        store.write(|tx| tx.create_release(event, "1.1 — room changes", "Two sessions moved."))?;
        plenary_publish::publish_site(&store, event, &site, &plenary_publish::SiteOptions::default())?;
        std::fs::write(home.db().with_file_name("plenary.db.demo-loaded"), "screenshots\n")?;
    }
    let docs = workspace_root().join("docs");
    std::fs::create_dir_all(&docs)?;
    let pages = [
        ("site-index.png", site.join("index.html")),
        ("site-changelog.png", site.join("changelog.html")),
        ("site-room.png", first_page(&site, "rooms")?),
        ("site-session.png", first_page(&site, "sessions")?),
        ("site-room-screen.png", first_page(&site, "screens")?),
    ];

    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        app.click(&format!("[data-testid=event-row][data-slug={slug}] button.primary"))
            .await?;
        app.wait_for("#agenda-heading", 20).await?;
        app.click("[data-testid=nav-publish]").await?;
        app.wait_for("#publish-heading", 10).await?;
        tokio::time::sleep(Duration::from_millis(800)).await;
        grab_screen(&docs.join("publish.png"))?;
        // The agenda in Arabic (mirrored) and Chinese.
        app.click("[data-testid=nav-agenda]").await?;
        app.wait_for("[data-testid=session-block]", 20).await?;
        for (lang, name) in [("ar", "agenda-ar.png"), ("zh-Hans", "agenda-zh.png")] {
            app.set_value("[data-testid=language]", lang).await?;
            tokio::time::sleep(Duration::from_millis(1200)).await;
            app.wait_for("[data-testid=session-block]", 20).await?;
            grab_screen(&docs.join(name))?;
        }
        app.set_value("[data-testid=language]", "en").await?;
        for (name, page) in &pages {
            let url = format!("file://{}", page.to_str().ok_or("a UTF-8 path")?);
            app.driver().goto(&url).await?;
            eprintln!("{name}: {url} loaded");
            tokio::time::sleep(Duration::from_millis(800)).await;
            grab_screen(&docs.join(name))?;
            eprintln!("{name}: taken");
        }
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

/// The whole (virtual) screen, as a person sees it, with ImageMagick's `import`: WebKit's
/// WebDriver screenshot hung on some of the site's `file:` pages.
fn grab_screen(path: &std::path::Path) -> Res {
    let status = std::process::Command::new("import")
        .args(["-window", "root"])
        .arg(path)
        .status()
        .map_err(|e| format!("import (ImageMagick): {e}"))?;
    if !status.success() {
        return Err(format!("import could not grab the screen into {}", path.display()).into());
    }
    Ok(())
}

/// Issue 12's screenshots, for the README and the closing note: the demo agenda
/// (docs/agenda.png), a day of 36C3 with all its rooms (docs/agenda-36c3.png), the same day
/// with the room chooser narrowed to a search (docs/agenda-36c3-rooms.png) and the session form
/// (docs/session-form.png); pretalx's editor on the same day is docs/compare-pretalx-*.png.
/// `scripts/test-e2e.sh --ignored planner_screenshots --nocapture`. The 900/1280 px toolbar pictures
/// (docs/agenda-36c3-{900,1280}.png) come from `agenda::agenda_36c3_rooms_are_chosen_…` run with
/// `PLENARY_SCREENSHOTS=1`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "writes docs/*.png: run explicitly with --ignored planner_screenshots"]
async fn planner_screenshots() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let congress = {
        let mut store = Store::open(&home.db())?;
        store.write(plenary_core::demo::load)?;
        let (_, slug) = crate::harness::import_36c3(&mut store)?;
        std::fs::write(home.db().with_file_name("plenary.db.demo-loaded"), "screenshots\n")?;
        slug
    };
    let docs = workspace_root().join("docs");
    let app = App::launch(&home).await?;
    let result = async {
        let open = |slug: String| format!("[data-testid=event-row][data-slug=\"{slug}\"] button.primary");
        app.wait_for("[data-testid=event-row]", 30).await?;
        app.click(&open("ospos-for-good-2023".into())).await?;
        app.wait_for("[data-testid=session-block]", 20).await?;
        tokio::time::sleep(Duration::from_millis(1000)).await;
        grab_screen(&docs.join("agenda.png"))?;
        // Enter on a block opens its form, as a keyboard user would.
        let block = app.wait_for("[data-testid=session-block]", 20).await?;
        block.send_keys(thirtyfour::Key::Enter).await?;
        app.wait_for("form", 20).await?;
        tokio::time::sleep(Duration::from_millis(1000)).await;
        grab_screen(&docs.join("session-form.png"))?;
        app.click("[data-testid=nav-events]").await?;
        app.wait_for("[data-testid=event-row]", 30).await?;
        app.click(&open(congress.clone())).await?;
        app.wait_for("[data-testid=session-block]", 60).await?;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        grab_screen(&docs.join("agenda-36c3.png"))?;
        app.fill("agenda-room-filter", "Bühne").await?;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        grab_screen(&docs.join("agenda-36c3-rooms.png"))?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}
