//! The Publish screen: release 1.0, move a session, see the move listed as what attendees will
//! see changed, release 1.1, publish the site into a folder chosen in the (scripted) folder
//! dialog, and a CalDAV form without a URL refused beside the field. Checked through the UI,
//! then through the folder and the store the app wrote.

use std::time::Duration;

use plenary_core::generate::{large_event, Size};
use plenary_core::Store;
use serde_json::json;

use crate::harness::{first_page, serial, App, Home, Res};

/// Opens the event with `slug` from the Events screen, then the Publish screen.
async fn open_publish(app: &App, slug: &str) -> Res {
    app.click("[data-testid=nav-events]").await?;
    app.click(&format!("[data-testid=event-row][data-slug={slug}] button.primary"))
        .await?;
    app.wait_for("#agenda-heading", 20).await?;
    app.click("[data-testid=nav-publish]").await?;
    app.wait_for("#publish-heading", 10).await?;
    Ok(())
}

/// The text of the element `css` once `predicate` holds for it (innerText, so hidden parts of
/// a closed `<details>` do not count).
async fn text_of(app: &App, css: &str, secs: u64, predicate: impl Fn(&str) -> bool) -> Res<String> {
    let deadline = std::time::Instant::now() + Duration::from_secs(secs);
    loop {
        let text = app
            .driver()
            .execute(
                "return document.querySelector(arguments[0])?.innerText ?? '';",
                vec![json!(css)],
            )
            .await?
            .convert::<String>()?;
        if predicate(&text) {
            return Ok(text);
        }
        if std::time::Instant::now() > deadline {
            return Err(format!("{css}: not as expected after {secs} s: {text:?}").into());
        }
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn release_move_release_and_publish_the_site() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let size = Size {
        sessions: 6,
        rooms: 2,
        people: 4,
    };
    let event = Store::open(&home.db())?.write(|tx| large_event(tx, "pub-forum", size))?;
    let (session, room, title) = {
        let store = Store::open(&home.db())?;
        let schedule = store.read().schedule(event)?;
        let s = &schedule.sessions[0];
        (s.id, s.data.room_id, s.data.title.clone())
    };
    let site = home.path("site");
    std::fs::create_dir_all(&site)?;

    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        open_publish(&app, "pub-forum").await?;
        app.wait_for("[data-testid=releases-empty]", 10).await?;
        // Before the first release every session is new.
        text_of(&app, "[data-testid=pending-summary]", 10, |t| t.contains("added: 6")).await?;
        app.axe("publish").await?;

        eprintln!("step: release 1.0");
        app.fill("release-name", "1.0").await?;
        app.click("[data-testid=release]").await?;
        text_of(&app, "[data-testid=releases]", 10, |t| t.contains("1.0")).await?;
        app.wait_for("[data-testid=pending-none]", 10).await?;

        eprintln!("step: the same name again is refused beside the field");
        app.fill("release-name", "1.0").await?;
        app.click("[data-testid=release]").await?;
        let refused = app.wait_for("[data-testid=error-name]", 10).await?.text().await?;
        assert!(refused.contains("1.0"), "{refused}");

        eprintln!("step: move a session to 19:00 in Zurich, same room");
        let moved = app
            .driver()
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                window.__TAURI_INTERNALS__.invoke('move_session', { sessionId: arguments[0],
                    start: '2026-07-06T17:00:00Z', end: '2026-07-06T18:00:00Z', roomId: arguments[1] })
                  .then((s) => done({ ok: true, s }), (e) => done({ ok: false, e }));"#,
                vec![json!(session), json!(room)],
            )
            .await?
            .convert::<serde_json::Value>()?;
        assert_eq!(moved["ok"], true, "{moved}");
        // The screen reads the changes when it opens: leave and come back.
        app.click("[data-testid=nav-agenda]").await?;
        app.click("[data-testid=nav-publish]").await?;
        let pending = text_of(&app, "[data-testid=pending-list]", 10, |t| t.contains("moved (time)")).await?;
        assert!(pending.contains(&title), "{pending}");
        assert!(pending.contains("19:00"), "the new local time: {pending}");
        let summary = text_of(&app, "[data-testid=pending-summary]", 5, |t| !t.is_empty()).await?;
        assert_eq!(summary.trim(), "moved (time): 1", "{summary}");
        app.axe("publish with a change to release").await?;

        eprintln!("step: release 1.1 and compare it with 1.0");
        app.fill("release-note", "One session moved").await?;
        // By keyboard: Enter in the name field submits the form.
        app.fill("release-name", "1.1").await?;
        app.driver()
            .find(thirtyfour::By::Id("release-name"))
            .await?
            .send_keys(thirtyfour::Key::Enter)
            .await?;
        text_of(&app, "[data-testid=releases]", 10, |t| {
            t.contains("1.1") && t.contains("One session moved")
        })
        .await?;
        app.wait_for("[data-testid=pending-none]", 10).await?;
        app.click("[data-testid=compare]").await?;
        let compared = text_of(&app, "[data-testid=compared-list]", 10, |t| t.contains("moved (time)")).await?;
        assert!(compared.contains(&title), "{compared}");

        eprintln!("step: publish the site of 1.1 into the chosen folder");
        home.answer_folder(&site)?;
        app.select_option("#site-release", "1.1").await?;
        app.click("[data-testid=publish-site]").await?;
        let said = text_of(&app, "[data-testid=site-result]", 60, |t| t.contains("files")).await?;
        assert!(said.contains(site.to_str().unwrap_or_default()), "{said}");

        eprintln!("step: a CalDAV publish without a server address");
        app.click("[data-testid=publish-caldav]").await?;
        let no_url = app.wait_for("[data-testid=error-url]", 10).await?.text().await?;
        // Worded from the shell's code (`required`), not its English.
        assert_eq!(no_url, "This is required.");
        // The focus lands on the field to fix, which says it is invalid and why.
        let focused = app
            .driver()
            .execute(
                "const a = document.activeElement; return [a.id, a.getAttribute('aria-invalid') ?? '', \
                 a.getAttribute('aria-describedby') ?? ''];",
                vec![],
            )
            .await?
            .convert::<Vec<String>>()?;
        assert_eq!(focused, ["caldav-url", "true", "caldav-url-error"]);
        app.axe("publish with a CalDAV error").await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result?;

    assert!(site.join("index.html").is_file(), "no index.html in {}", site.display());
    let store = Store::open(&home.db())?;
    let reader = store.read();
    let names: Vec<String> = reader.releases(event)?.into_iter().map(|r| r.name).collect();
    assert_eq!(names, ["1.0", "1.1"]);
    let room = reader.schedule(event)?.rooms[0].uuid;
    let ics = site.join(format!("calendars/room-{room}.ics"));
    let text = std::fs::read_to_string(&ics).map_err(|e| format!("{}: {e}", ics.display()))?;
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    Ok(())
}

/// The published sites of the demo and of 36C3 are accessible: axe-core, in the e2e harness's
/// WebKit window navigated to the folder's `file://` pages (the way an attendee opens a USB
/// stick), finds no violation on the index, a session, a person and a room page of each.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_published_sites_pass_axe() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let site = home.path("demo-site");
    let big_site = home.path("36c3-site");
    {
        let mut store = Store::open(&home.path("publish.db"))?;
        store.write(plenary_core::demo::load)?;
        // The demo event with the most people, so that every kind of page is there.
        let mut best = (0, 0);
        for slug in plenary_core::demo::DEMO_SLUGS {
            let id = store.read().find_event(slug)?.id;
            let people = store.read().schedule(id)?.people.len();
            if people > best.1 {
                best = (id, people);
            }
        }
        let event = best.0;
        plenary_publish::publish_site(&store, event, &site, &plenary_publish::SiteOptions::default())?;
        // A real conference's size: 36C3 (1,351 sessions in 92 rooms over four days).
        let (congress, _) = crate::harness::import_36c3(&mut store)?;
        plenary_publish::publish_site(&store, congress, &big_site, &plenary_publish::SiteOptions::default())?;
    }
    let mut pages = Vec::new();
    for (site, whose) in [(&site, "the demo"), (&big_site, "36C3")] {
        pages.push((format!("{whose}: index"), site.join("index.html")));
        for (dir, what) in [
            ("sessions", "a session page"),
            ("people", "a person page"),
            ("rooms", "a room page"),
        ] {
            pages.push((format!("{whose}: {what}"), first_page(site, dir)?));
        }
    }

    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        for (what, page) in &pages {
            let url = format!("file://{}", page.to_str().ok_or("a UTF-8 temporary path")?);
            app.driver().goto(&url).await?;
            // The window really shows the site's page, not the app's (whose title is Plenary).
            let now = app.driver().current_url().await?;
            assert_eq!(now.scheme(), "file", "{what}: the window stayed on {now}");
            let title = app.driver().title().await?;
            assert!(
                !title.is_empty() && title != "Plenary",
                "{what}: {url} has the title {title:?}"
            );
            eprintln!("{what}: {title}");
            app.axe(&format!("published site: {what}")).await?;
        }
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

/// A Radicale server on a loopback port for the CalDAV section (the `it` tests check the
/// library against it in depth; this checks the window's form, progress and report). Killed
/// when dropped.
struct Radicale {
    child: std::process::Child,
    port: u16,
}

impl Radicale {
    /// Starts Radicale from `PLENARY_TEST_PYTHON` or target/test-venv (scripts/setup.sh installs
    /// it) with one user; `None`, said loudly, only when it is missing and
    /// `PLENARY_SKIP_EXTERNAL=1`.
    fn start(dir: &std::path::Path, user: &str, password: &str) -> Res<Option<Radicale>> {
        let python = std::env::var_os("PLENARY_TEST_PYTHON")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| crate::harness::workspace_root().join("target/test-venv/bin/python"));
        let present = std::process::Command::new(&python)
            .args(["-c", "import radicale"])
            .output()
            .is_ok_and(|o| o.status.success());
        if !present {
            if std::env::var_os("PLENARY_SKIP_EXTERNAL").is_some_and(|v| v == "1") {
                eprintln!(
                    "\n!!!! SKIPPED (PLENARY_SKIP_EXTERNAL=1): no Radicale for {} !!!!\n",
                    python.display()
                );
                return Ok(None);
            }
            return Err(format!(
                "Radicale is not installed for {} (scripts/setup.sh installs it)",
                python.display()
            )
            .into());
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        std::fs::write(dir.join("users"), format!("{user}:{password}\n"))?;
        let config = format!(
            "[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = htpasswd\nhtpasswd_filename = {}\n\
             htpasswd_encryption = plain\n[storage]\nfilesystem_folder = {}\n",
            dir.join("users").display(),
            dir.join("storage").display(),
        );
        std::fs::write(dir.join("config"), config)?;
        let child = std::process::Command::new(&python)
            .args(["-m", "radicale", "--config"])
            .arg(dir.join("config"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()?;
        let server = Radicale { child, port };
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if std::time::Instant::now() > deadline {
                return Err("Radicale did not start in 30 s".into());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(Some(server))
    }
}

impl Drop for Radicale {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The CalDAV section against a real server: a wrong password is refused beside the password
/// field, a dry run sends nothing, a publish creates every session, a rerun finds them all
/// unchanged; the password is in no file the app wrote.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn publish_to_a_caldav_server_from_the_window() -> Res {
    const PASSWORD: &str = "window-only secret 7";
    let _one = serial().await;
    let home = Home::new()?;
    let server_dir = home.path("radicale");
    std::fs::create_dir_all(&server_dir)?;
    let Some(server) = Radicale::start(&server_dir, "ada", PASSWORD)? else {
        return Ok(());
    };
    let size = Size {
        sessions: 5,
        rooms: 2,
        people: 3,
    };
    Store::open(&home.db())?.write(|tx| large_event(tx, "dav-forum", size))?;

    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        open_publish(&app, "dav-forum").await?;
        app.fill("caldav-url", &format!("http://127.0.0.1:{}/", server.port))
            .await?;
        app.fill("caldav-user", "ada").await?;

        eprintln!("step: a wrong password");
        app.fill("caldav-password", "not it").await?;
        app.click("[data-testid=publish-caldav]").await?;
        let refused = app.wait_for("[data-testid=error-password]", 60).await?.text().await?;
        assert_eq!(
            refused,
            "The server refused the password of user “ada”: check the user name and the password."
        );

        eprintln!("step: a dry run");
        app.fill("caldav-password", PASSWORD).await?;
        app.click("[data-testid=publish-caldav]").await?;
        let dry = text_of(&app, "[data-testid=caldav-report]", 60, |t| !t.is_empty()).await?;
        assert!(dry.contains("Dry run: nothing was sent. 5 sessions"), "{dry}");
        assert!(dry.contains("New: 5; changed: 0; deleted: 0; unchanged: 0."), "{dry}");

        eprintln!("step: publish, then again without a change");
        app.click("[data-testid=caldav-dry-run]").await?;
        app.click("[data-testid=publish-caldav]").await?;
        let sent = text_of(&app, "[data-testid=caldav-report]", 60, |t| t.contains("Published")).await?;
        assert!(sent.contains("New: 5; changed: 0; deleted: 0; unchanged: 0."), "{sent}");
        app.axe("publish with a CalDAV report").await?;
        app.click("[data-testid=publish-caldav]").await?;
        let again = text_of(&app, "[data-testid=caldav-report]", 60, |t| t.contains("unchanged: 5")).await?;
        assert!(
            again.contains("New: 0; changed: 0; deleted: 0; unchanged: 5."),
            "{again}"
        );
        assert!(!again.contains(PASSWORD), "{again}");
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result?;
    // Never stored in plain text: not in the store nor anywhere else in the app's home.
    let mut stack = vec![home.path("data"), home.path("config"), home.path("cache")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let bytes = std::fs::read(&path)?;
                let found = bytes.windows(PASSWORD.len()).any(|w| w == PASSWORD.as_bytes());
                assert!(!found, "the password is in {}", path.display());
            }
        }
    }
    Ok(())
}
