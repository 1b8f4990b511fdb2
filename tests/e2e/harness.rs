//! Drives the real desktop app: Xvfb (when there is no display) → tauri-driver →
//! WebKitWebDriver → `plenary-app`, each app in its own temporary home (XDG dirs and store).
//!
//! The app binary must be built beforehand with the UI inside it (`npm run build` in ui/, then
//! `cargo build -p plenary-app`); the harness refuses a binary older than the UI build instead of
//! testing stale assets. Processes are stopped with SIGTERM: tauri-driver then stops
//! WebKitWebDriver, which would otherwise keep its port.

use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;
use thirtyfour::prelude::*;

pub type Res<T = ()> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// Runs axe-core on the whole document and hands back its violations, shortened.
const AXE_RUN: &str = r#"const done = arguments[0];
    axe.run(document, { resultTypes: ['violations'] })
      .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
         nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }))),
            e => done([{ id: 'axe-error', help: String(e), nodes: [] }]));"#;

/// One app at a time: two WebKit processes on a 2-core machine only make both slow, and each
/// test reads its own store afterwards.
/// An async mutex: each test has its own runtime and waits for its turn without blocking it.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

pub async fn serial() -> tokio::sync::MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().await
}

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is in the workspace")
        .to_path_buf()
}

/// `PLENARY_APP`, or the `plenary-app` next to this test binary's `deps/` folder (the same
/// target dir and profile the test was built with).
pub fn app_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("PLENARY_APP") {
        return PathBuf::from(path);
    }
    let exe = std::env::current_exe().expect("test binary path");
    exe.parent()
        .and_then(Path::parent)
        .expect("target/<profile>/deps")
        .join("plenary-app")
}

fn check_build() -> Res<PathBuf> {
    let app = app_binary();
    let built = std::fs::metadata(&app).and_then(|m| m.modified()).map_err(|e| {
        format!(
            "{}: {e}; build it first: (cd ui && npm ci && npm run build) && cargo build -p plenary-app",
            app.display()
        )
    })?;
    let index = workspace_root().join("ui/dist/index.html");
    let ui_built = std::fs::metadata(&index).and_then(|m| m.modified()).map_err(|e| {
        format!(
            "{}: {e}; build the UI first: cd ui && npm ci && npm run build",
            index.display()
        )
    })?;
    if ui_built > built {
        return Err(format!(
            "{} is older than {}: the app embeds the UI at build time, run cargo build -p plenary-app again",
            app.display(),
            index.display()
        )
        .into());
    }
    Ok(app)
}

fn tauri_driver() -> Res<PathBuf> {
    let candidates = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain(std::env::var_os("CARGO_HOME").map(|h| PathBuf::from(h).join("bin")))
        .chain(std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo/bin")));
    for dir in candidates {
        let path = dir.join("tauri-driver");
        if path.is_file() {
            return Ok(path);
        }
    }
    Err("tauri-driver not found; install it with: cargo install tauri-driver --locked".into())
}

fn free_port() -> Res<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn terminate(child: &mut Child) {
    if let Ok(None) = child.try_wait() {
        let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        // Still alive after SIGTERM and 10 s: nothing gentler is left.
        let _ = child.kill();
        let _ = child.wait();
    }
}

/// A temporary home: XDG dirs and the store file survive app restarts within one test.
///
/// It also holds the answers of the app's file dialogs. Tests cannot click GTK's native dialogs,
/// and the page has no way to name a file itself (the shell reads and writes only paths its own
/// dialogs returned), so a debug build of the app reads `PLENARY_E2E_DIALOGS` once at start and
/// takes each Open / Save answer from the files `open` / `save` in that folder; the answer then
/// passes the same checks as a person's choice (src-tauri/src/files.rs). Release builds never
/// read the variable.
pub struct Home {
    pub dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Res<Home> {
        let dir = tempfile::Builder::new().prefix("plenary-e2e-").tempdir()?;
        for sub in ["data", "config", "cache", "runtime", "dialogs"] {
            std::fs::create_dir_all(dir.path().join(sub))?;
        }
        Ok(Home { dir })
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("data/plenary/plenary.db")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// What the app's Open dialogs answer from now on, as if the person chose `path`.
    pub fn answer_open(&self, path: &Path) -> Res {
        self.answer("open", path)
    }

    /// What the app's Save dialogs answer from now on.
    pub fn answer_save(&self, path: &Path) -> Res {
        self.answer("save", path)
    }

    /// What the app's folder dialogs answer from now on (the published site's folder).
    pub fn answer_folder(&self, path: &Path) -> Res {
        self.answer("folder", path)
    }

    fn answer(&self, dialog: &str, path: &Path) -> Res {
        let text = path.to_str().ok_or("dialog answers are UTF-8 paths")?;
        std::fs::write(self.dir.path().join("dialogs").join(dialog), text)?;
        Ok(())
    }

    fn env(&self, cmd: &mut Command) {
        let p = self.dir.path();
        cmd.env("XDG_DATA_HOME", p.join("data"))
            .env("XDG_CONFIG_HOME", p.join("config"))
            .env("XDG_CACHE_HOME", p.join("cache"))
            .env("XDG_RUNTIME_DIR", p.join("runtime"))
            .env("PLENARY_DB", self.db())
            .env("PLENARY_E2E_DIALOGS", p.join("dialogs"))
            // No accessibility bus under Xvfb; without this GTK waits for it at start.
            .env("NO_AT_BRIDGE", "1")
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
}

/// A private X server when the environment has none (e.g. `cargo test` from a plain shell).
struct Xvfb {
    child: Child,
    display: String,
}

impl Xvfb {
    fn start() -> Res<Xvfb> {
        let mut child = Command::new("Xvfb")
            .args(["-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("Xvfb: {e}; install the xvfb package or run under xvfb-run -a"))?;
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("piped")).read_line(&mut line)?;
        let number = line.trim();
        if number.is_empty() {
            terminate(&mut child);
            return Err("Xvfb did not report a display number".into());
        }
        Ok(Xvfb {
            display: format!(":{number}"),
            child,
        })
    }
}

/// A running app under WebDriver. Dropping it without `close` still stops every process.
pub struct App {
    pub driver: Option<WebDriver>,
    tauri_driver: Child,
    xvfb: Option<Xvfb>,
}

impl App {
    pub async fn launch(home: &Home) -> Res<App> {
        let app = check_build()?;
        let xvfb = match std::env::var("DISPLAY") {
            Ok(d) if !d.is_empty() => None,
            _ => Some(Xvfb::start()?),
        };
        let (port, native_port) = (free_port()?, free_port()?);
        let mut cmd = Command::new(tauri_driver()?);
        cmd.args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        home.env(&mut cmd);
        if let Some(x) = &xvfb {
            cmd.env("DISPLAY", &x.display);
        }
        let tauri_driver = cmd.spawn()?;
        let mut running = App {
            driver: None,
            tauri_driver,
            xvfb,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if Instant::now() > deadline {
                return Err(format!("tauri-driver did not listen on port {port}").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("wry"));
        caps.insert("tauri:options".into(), json!({ "application": app }));
        // tauri-driver listens before WebKitWebDriver behind it is ready; on a busy machine the
        // first session request can fail, so it is retried a few times.
        let mut attempt = 0;
        let driver = loop {
            attempt += 1;
            match WebDriver::new(format!("http://127.0.0.1:{port}"), caps.clone()).await {
                Ok(driver) => break driver,
                Err(e) if attempt >= 5 => return Err(format!("no WebDriver session after {attempt} tries: {e}").into()),
                Err(_) => tokio::time::sleep(Duration::from_millis(500 * attempt)).await,
            }
        };
        running.driver = Some(driver);
        Ok(running)
    }

    pub fn tauri_driver_pid(&self) -> u32 {
        self.tauri_driver.id()
    }

    pub fn driver(&self) -> &WebDriver {
        self.driver.as_ref().expect("driver is set until close")
    }

    /// Ends the WebDriver session (which closes the window and the app) and stops the drivers.
    pub async fn close(mut self) -> Res {
        if let Some(driver) = self.driver.take() {
            driver.quit().await?;
        }
        self.stop_processes();
        Ok(())
    }

    fn stop_processes(&mut self) {
        terminate(&mut self.tauri_driver);
        if let Some(x) = &mut self.xvfb {
            terminate(&mut x.child);
        }
    }

    // ---- helpers the tests use

    /// Waits up to `secs` for an element to appear.
    pub async fn wait_for(&self, css: &str, secs: u64) -> Res<WebElement> {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            if let Ok(found) = self.driver().find(By::Css(css)).await {
                return Ok(found);
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "no element {css:?} after {secs} s; page text: {}",
                    self.body_text().await
                )
                .into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until `predicate` holds for the body text.
    pub async fn wait_text(&self, what: &str, secs: u64, predicate: impl Fn(&str) -> bool) -> Res<String> {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            let text = self.body_text().await;
            if predicate(&text) {
                return Ok(text);
            }
            if Instant::now() > deadline {
                return Err(format!("{what} not seen after {secs} s; page text: {text}").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn body_text(&self) -> String {
        match self.driver().find(By::Tag("body")).await {
            Ok(body) => body.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    /// Clicks the element; retried while the UI re-renders it (a stale reference) or it is
    /// not there yet.
    pub async fn click(&self, css: &str) -> Res {
        self.retry(css, || async {
            let el = self.driver().find(By::Css(css)).await?;
            el.scroll_into_view().await?;
            el.click().await
        })
        .await
    }

    async fn retry<F, Fut>(&self, what: &str, action: F) -> Res
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = WebDriverResult<()>>,
    {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match action().await {
                Ok(()) => return Ok(()),
                Err(e) if Instant::now() > deadline => {
                    return Err(format!("{what}: {e}; page text: {}", self.body_text().await).into())
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    }

    /// Replaces the value of the input labelled by `id` (inputs carry `<label for>`).
    pub async fn fill(&self, id: &str, value: &str) -> Res {
        let css = format!("#{id}");
        self.retry(&css, || async {
            let el = self.driver().find(By::Css(&css)).await?;
            // The page's own scroll (which keeps a field clear of a sticky form header through
            // scroll-margin): WebKitWebDriver's may leave the field under that header.
            el.scroll_into_view().await?;
            el.clear().await?;
            el.send_keys(value).await
        })
        .await
    }

    /// Sets a value through the DOM and fires `input`/`change`, for controls WebDriver typing
    /// cannot fill reliably (date, time and select elements in WebKitGTK).
    pub async fn set_value(&self, css: &str, value: &str) -> Res {
        self.wait_for(css, 10).await?;
        // Found inside the script, so a re-render in between cannot leave a stale reference.
        let done = self
            .driver()
            .execute(
                r#"const el = document.querySelector(arguments[0]);
                   if (!el) return false;
                   const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype
                     : el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
                   Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, arguments[1]);
                   el.dispatchEvent(new Event('input', { bubbles: true }));
                   el.dispatchEvent(new Event('change', { bubbles: true }));
                   return true;"#,
                vec![json!(css), json!(value)],
            )
            .await?
            .convert::<bool>()?;
        if !done {
            return Err(format!("{css} disappeared before its value was set").into());
        }
        Ok(())
    }

    /// Clicks the button whose visible text is `text` (buttons without a test id).
    pub async fn click_button(&self, text: &str) -> Res {
        let xpath = format!("//button[normalize-space()='{text}']");
        self.retry(&format!("button {text:?}"), || async {
            let el = self.driver().find(By::XPath(&xpath)).await?;
            el.scroll_into_view().await?;
            el.click().await
        })
        .await
    }

    /// Picks the option whose text starts with `text` in the select `css`.
    pub async fn select_option(&self, css: &str, text: &str) -> Res {
        self.wait_for(css, 10).await?;
        let found = self
            .driver()
            .execute(
                r#"const [css, text] = arguments;
                   const el = document.querySelector(css);
                   const i = el ? [...el.options].findIndex(o => o.text.trim().startsWith(text)) : -1;
                   if (i < 0) return false;
                   el.selectedIndex = i;
                   el.dispatchEvent(new Event('change', { bubbles: true }));
                   return true;"#,
                vec![json!(css), json!(text)],
            )
            .await?
            .convert::<bool>()?;
        if !found {
            return Err(format!("{css} has no option {text:?}").into());
        }
        Ok(())
    }

    /// Runs axe-core (from the UI's node_modules) on the current screen; fails on any violation.
    pub async fn axe(&self, screen: &str) -> Res {
        let source_path = workspace_root().join("ui/node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&source_path)
            .map_err(|e| format!("{}: {e}; run npm ci in ui/", source_path.display()))?;
        let driver = self.driver();
        let loaded = driver.execute("return typeof window.axe === 'object';", vec![]).await?;
        if !loaded.convert::<bool>()? {
            driver.execute(format!("{source}\nreturn true;"), vec![]).await?;
        }
        // A screen still loading its data can be briefly incomplete (a table without its rows):
        // only violations that are still there a moment later count.
        let mut result = driver.execute_async(AXE_RUN, vec![]).await?;
        if result.json().as_array().is_some_and(|v| !v.is_empty()) {
            tokio::time::sleep(Duration::from_secs(1)).await;
            result = driver.execute_async(AXE_RUN, vec![]).await?;
        }
        let violations = result.json().as_array().cloned().unwrap_or_default();
        if !violations.is_empty() {
            return Err(format!(
                "accessibility violations on the {screen} screen:\n{}",
                serde_json::to_string_pretty(&violations)?
            )
            .into());
        }
        Ok(())
    }

    /// Types a date ("2027-03-15"), local date-time ("2027-03-15T09:30") or time ("06:00") into
    /// the segmented field `id` (ui/src/components/DateTimeField.svelte) key by key, as a
    /// person does: each segment `{id}-{part}` is clicked and its digits typed.
    pub async fn type_date(&self, id: &str, value: &str) -> Res {
        let (date, time) = match value.split_once('T') {
            Some((d, t)) => (Some(d), Some(t)),
            None if value.contains(':') => (None, Some(value)),
            None => (Some(value), None),
        };
        let mut parts = Vec::new();
        if let Some(d) = date {
            let mut it = d.split('-');
            for part in ["year", "month", "day"] {
                parts.push((part, it.next().ok_or_else(|| format!("{value:?} is not a date"))?));
            }
        }
        if let Some(t) = time {
            let mut it = t.split(':');
            for part in ["hour", "minute"] {
                parts.push((part, it.next().ok_or_else(|| format!("{value:?} has no {part}"))?));
            }
        }
        for (part, digits) in parts {
            let css = format!("#{id}-{part}");
            self.retry(&css, || async {
                let el = self.driver().find(By::Css(&css)).await?;
                el.scroll_into_view().await?;
                el.click().await?;
                el.send_keys(digits).await
            })
            .await?;
        }
        Ok(())
    }

    /// Chooses `name` in the person picker `id` (a combobox): types the name and clicks the
    /// suggestion that shows it.
    pub async fn pick_person(&self, id: &str, name: &str) -> Res {
        self.fill(id, name).await?;
        let xpath = format!("//*[@role='option'][contains(normalize-space(), '{name}')]");
        self.retry(&format!("suggestion {name:?}"), || async {
            self.driver().find(By::XPath(&xpath)).await?.click().await
        })
        .await
    }

    /// Clicks the option of the open list (a bits-ui Select or Combobox, `role=option`) whose
    /// text starts with `text`.
    pub async fn click_option(&self, text: &str) -> Res {
        let xpath = format!("//*[@role='option'][starts-with(normalize-space(), '{text}')]");
        self.retry(&format!("option {text:?}"), || async {
            self.driver().find(By::XPath(&xpath)).await?.click().await
        })
        .await
    }

    pub async fn screenshot(&self, path: &Path) -> Res {
        self.driver().screenshot(path).await?;
        Ok(())
    }
}

impl Drop for App {
    fn drop(&mut self) {
        self.stop_processes();
    }
}

/// The first `.html` page, by name, in `site`'s folder `dir` (`sessions`, `people`, `rooms` …):
/// one page of each kind of a published site.
pub fn first_page(site: &Path, dir: &str) -> Res<PathBuf> {
    let folder = site.join(dir);
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&folder)
        .map_err(|e| format!("{}: {e}", folder.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    pages.retain(|p| p.extension().is_some_and(|x| x == "html"));
    pages.sort();
    pages
        .into_iter()
        .next()
        .ok_or_else(|| format!("no page in {dir}/").into())
}

/// Imports the 36C3 frab fixture (92 rooms, 1,351 sessions, Europe/Berlin) into `store`;
/// returns the new event's id and slug.
pub fn import_36c3(store: &mut plenary_core::Store) -> Res<(i64, String)> {
    let rel = "tests/fixtures/frab-xml/giggity_36c3_merged.xml";
    let bytes = std::fs::read(workspace_root().join(rel))?;
    let options = plenary_interchange::frab::FrabOptions {
        timezone: Some("Europe/Berlin".into()),
        dry_run: false,
    };
    let report = plenary_interchange::frab::import(store, rel, &bytes, &options, &mut |_, _| {})?;
    let event = report.event.ok_or("the 36C3 import made no event")?;
    Ok((event.id, event.slug))
}
