//! Desktop figures for BENCHMARKS.md, measured through the real app (not timed assertions):
//! `scripts/test-e2e.sh --ignored bench --nocapture`. Timestamps come from the page
//! (`performance.now()`) where the work happens inside the page; the cold start is wall-clock
//! from launching the app to a usable agenda. (docs/agenda.png, the README's, comes from screenshots.rs's `planner_screenshots`.)
//! The store holds the demo, the generated large event and 36C3 (the frab fixture: 92 rooms,
//! 1,351 sessions), whose day, room-filter changes, moves and live checks are measured.

use std::time::{Duration, Instant};

use plenary_core::generate::{large_event, Size};
use plenary_core::Store;
use serde_json::json;

use crate::agenda::import_36c3;
use crate::harness::{serial, App, Home, Res};

/// Runs `action_js` (statements) inside the page and waits, frame by frame, until `done_js` (an
/// expression) holds; returns the milliseconds in between.
async fn timed_action(app: &App, action_js: &str, done_js: &str) -> Res<f64> {
    let script = format!(
        r#"const done = arguments[0];
           const t0 = performance.now();
           {action_js}
           const tick = () => {{
             if ({done_js}) done(performance.now() - t0);
             else if (performance.now() - t0 > 120000) done(-1);
             else requestAnimationFrame(tick);
           }};
           requestAnimationFrame(tick);"#
    );
    let ms = app.driver().execute_async(script, vec![]).await?.convert::<f64>()?;
    if ms < 0.0 {
        return Err(format!("{action_js}: the page did not finish within 120 s").into());
    }
    Ok(ms)
}

const FIRST_BLOCK: &str = "document.querySelector('[data-testid=session-block]')?.dataset.sessionId";

/// Clicks `css` from inside the page and waits (animation frame by animation frame) until
/// `done_js` (an expression) is true; returns the milliseconds in between.
async fn timed_in_page(app: &App, css: &str, done_js: &str) -> Res<f64> {
    let script = format!(
        r#"const [css, done] = arguments;
           const t0 = performance.now();
           document.querySelector(css).click();
           const tick = () => {{
             if ({done_js}) done(performance.now() - t0);
             else if (performance.now() - t0 > 120000) done(-1);
             else requestAnimationFrame(tick);
           }};
           requestAnimationFrame(tick);"#
    );
    let ms = app
        .driver()
        .execute_async(script, vec![json!(css)])
        .await?
        .convert::<f64>()?;
    if ms < 0.0 {
        return Err(format!("{css}: the page did not finish within 120 s").into());
    }
    Ok(ms)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

/// Resident memory (MiB) of the app and the WebKit processes it started.
fn rss_mib(app: &App) -> Res<(f64, Vec<String>)> {
    let root = app.tauri_driver_pid();
    let mut children: std::collections::HashMap<u32, Vec<u32>> = Default::default();
    let mut names: std::collections::HashMap<u32, String> = Default::default();
    let mut rss_kib: std::collections::HashMap<u32, u64> = Default::default();
    for entry in std::fs::read_dir("/proc")? {
        let Ok(pid) = entry?.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) else {
            continue;
        };
        let field = |key: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(key))
                .map(|v| v.trim().to_string())
                .unwrap_or_default()
        };
        let ppid: u32 = field("PPid:").parse().unwrap_or(0);
        children.entry(ppid).or_default().push(pid);
        names.insert(pid, field("Name:"));
        rss_kib.insert(pid, field("VmRSS:").trim_end_matches(" kB").trim().parse().unwrap_or(0));
    }
    // Everything below tauri-driver except the drivers themselves: the app and WebKit's
    // web and network processes.
    let mut stack = vec![root];
    let (mut total, mut seen) = (0u64, Vec::new());
    while let Some(pid) = stack.pop() {
        for &child in children.get(&pid).map(Vec::as_slice).unwrap_or(&[]) {
            stack.push(child);
            let name = names.get(&child).cloned().unwrap_or_default();
            if name != "WebKitWebDriver" {
                let kib = rss_kib.get(&child).copied().unwrap_or(0);
                total += kib;
                seen.push(format!("{name} {:.0} MiB", kib as f64 / 1024.0));
            }
        }
    }
    Ok((total as f64 / 1024.0, seen))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "benchmark: run explicitly with --ignored bench --nocapture"]
async fn bench_desktop() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    // The large event goes in before the first start (with the demo, as a user would have it).
    let size = Size {
        sessions: 1500,
        rooms: 90,
        people: 600,
    };
    {
        let mut store = Store::open(&home.db())?;
        store.write(plenary_core::demo::load)?;
        store.write(|tx| large_event(tx, "big", size))?;
        // The demo is in: the app must not load it again.
        std::fs::write(home.db().with_file_name("plenary.db.demo-loaded"), "bench\n")?;
    }
    let (c3_id, c3_slug) = import_36c3(&home)?;

    // Cold start: launch → events list → the demo's agenda usable.
    let launched = Instant::now();
    let app = App::launch(&home).await?;
    let outcome = async {
        app.wait_for("[data-testid=event-row]", 60).await?;
        app.driver().set_script_timeout(Duration::from_secs(180)).await?;
        let events_ms = launched.elapsed().as_secs_f64() * 1000.0;
        let open_demo = timed_in_page(
            &app,
            "[data-testid=event-row][data-slug=ospos-for-good-2023] button.primary",
            "document.querySelector('[data-testid=session-block]')",
        )
        .await?;
        let cold_ms = launched.elapsed().as_secs_f64() * 1000.0;
        tokio::time::sleep(Duration::from_millis(500)).await;

        // The large event: open it (first day: 900 sessions in 90 rooms).
        app.click("[data-testid=nav-events]").await?;
        app.wait_for("[data-testid=event-row][data-slug=big]", 20).await?;
        let open_big = timed_in_page(
            &app,
            "[data-testid=event-row][data-slug=big] button.primary",
            "document.querySelectorAll('[data-testid=session-block]').length > 0",
        )
        .await?;
        let blocks = app
            .driver()
            .execute("return document.querySelectorAll('[data-testid=session-block]').length;", vec![])
            .await?
            .convert::<u64>()?;

        // Another day of it (through the day picker).
        let other_day = timed_action(
            &app,
            &format!(
                "window.__first = {FIRST_BLOCK}; const sel = document.querySelector('[data-testid=day-select]');
                 sel.value = '2026-07-07'; sel.dispatchEvent(new Event('change', {{ bubbles: true }}));"
            ),
            &format!("{FIRST_BLOCK} && {FIRST_BLOCK} !== window.__first"),
        )
        .await?;

        // 36C3: a day on screen (every room), then room-filter changes (search → 1 column and
        // back to all), another day.
        app.click("[data-testid=nav-events]").await?;
        app.wait_for(&format!("[data-testid=event-row][data-slug='{c3_slug}']"), 20).await?;
        let open_c3 = timed_in_page(
            &app,
            &format!("[data-testid=event-row][data-slug='{c3_slug}'] button.primary"),
            "document.querySelectorAll('[data-testid=session-block]').length > 0",
        )
        .await?;
        tokio::time::sleep(Duration::from_millis(500)).await;
        let c3_blocks = count(&app, "[data-testid=session-block]").await?;
        let c3_drawn = count(&app, ".grid-wrap .ec-header .ec-col-head").await?;
        let c3_columns = app
            .driver()
            .execute("return Number(document.querySelector('.grid-wrap').dataset.rooms);", vec![])
            .await?
            .convert::<u64>()?;
        let (mut narrow, mut widen) = (Vec::new(), Vec::new());
        for _ in 0..3 {
            narrow.push(filter_rooms(&app, "borg", "rooms <= 3 && n === rooms").await?);
            // All 92 again, and the columns near the view drawn (at least a view's width).
            widen.push(filter_rooms(&app, "", "rooms >= 92 && n >= 6").await?);
        }
        let c3_day2 = timed_action(
            &app,
            &format!(
                "window.__first = {FIRST_BLOCK}; const sel = document.querySelector('[data-testid=day-select]');
                 sel.value = '2019-12-28'; sel.dispatchEvent(new Event('change', {{ bubbles: true }}));"
            ),
            &format!("{FIRST_BLOCK} && {FIRST_BLOCK} !== window.__first"),
        )
        .await?;

        // Moving a session by keyboard (15 min later): key press → stored → block redrawn.
        let mut moves = Vec::new();
        for _ in 0..5 {
            let ms = app
                .driver()
                .execute_async(
                    r#"const done = arguments[0];
                       const block = document.querySelector('[data-testid=session-block]');
                       const id = block.dataset.sessionId;
                       const before = block.querySelector('.time').textContent;
                       block.focus();
                       const t0 = performance.now();
                       block.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
                       const tick = () => {
                         const now = document.querySelector(`[data-testid=session-block][data-session-id="${id}"] .time`);
                         if (now && now.textContent !== before) done(performance.now() - t0);
                         else if (performance.now() - t0 > 30000) done(-1);
                         else requestAnimationFrame(tick);
                       };
                       requestAnimationFrame(tick);"#,
                    vec![],
                )
                .await?
                .convert::<f64>()?;
            if ms < 0.0 {
                return Err("a keyboard move did not show within 30 s".into());
            }
            moves.push(ms);
        }

        // The live check of a drag: what the dragged block waits for at each new position
        // (the shell's `preview_move`, the incremental checker), invoked as the agenda does.
        let checks = app
            .driver()
            .execute_async(
                r#"const [eventId, done] = arguments;
                   const blocks = [...document.querySelectorAll('[data-testid=session-block]')].slice(0, 20);
                   const times = [];
                   (async () => {
                     let start = Date.parse('2019-12-28T10:00:00Z');
                     for (const b of blocks) {
                       const t0 = performance.now();
                       await window.__TAURI_INTERNALS__.invoke('preview_move', {
                         eventId, sessionId: Number(b.dataset.sessionId),
                         start: new Date(start).toISOString().replace('.000', ''),
                         end: new Date(start + 3600000).toISOString().replace('.000', ''), roomId: null });
                       times.push(performance.now() - t0);
                       start += 900000;
                     }
                     done(times);
                   })().catch((e) => done(String(e)));"#,
                vec![json!(c3_id)],
            )
            .await?;
        let checks: Vec<f64> = serde_json::from_value(checks.json().clone())
            .map_err(|e| format!("preview_move from the page: {} ({e})", checks.json()))?;
        let (rss, processes) = rss_mib(&app)?;
        let c3 = C3 {
            open: open_c3,
            blocks: c3_blocks,
            columns: c3_columns,
            drawn: c3_drawn,
            narrow: median(narrow.clone()),
            widen: median(widen.clone()),
            day2: c3_day2,
            checks: median(checks.clone()),
            checks_max: checks.iter().copied().fold(0.0, f64::max),
        };
        Res::Ok((events_ms, open_demo, cold_ms, open_big, blocks, other_day, median(moves.clone()), moves, rss, processes, c3))
    }
    .await;
    app.close().await?;
    let (events_ms, open_demo, cold_ms, open_big, blocks, other_day, move_ms, moves, rss, processes, c3) = outcome?;
    println!(
        "desktop figures ({} sessions, {} rooms, {} people in the large event):",
        size.sessions, size.rooms, size.people
    );
    println!("  launch → events list shown (wall clock):          {events_ms:.0} ms");
    println!("  open the demo agenda (page):                       {open_demo:.0} ms");
    println!("  cold start → interactive agenda (wall clock):      {cold_ms:.0} ms");
    println!("  open the large event, day 1, 90 rooms, {blocks} blocks drawn near the view (page): {open_big:.0} ms");
    println!("  switch to day 2 of the large event (page):         {other_day:.0} ms");
    println!(
        "  open 36C3, day 1, {} rooms ({} columns and {} blocks drawn near the view) (page): {:.0} ms",
        c3.columns, c3.drawn, c3.blocks, c3.open
    );
    println!(
        "  36C3 room filter: search 'borg' (page, median of 3): {:.0} ms",
        c3.narrow
    );
    println!(
        "  36C3 room filter: back to all rooms (page, median of 3): {:.0} ms",
        c3.widen
    );
    println!("  36C3 switch to day 2 (page):                       {:.0} ms", c3.day2);
    println!("  36C3 move a session by keyboard, shown (page, median of 5): {move_ms:.0} ms  {moves:?}");
    println!(
        "  36C3 live check of a drag position, preview_move (page, median of 20): {:.1} ms (max {:.1})",
        c3.checks, c3.checks_max
    );
    println!("  RSS app + WebKit processes:                        {rss:.0} MiB  {processes:?}");
    Ok(())
}

/// The 36C3 figures.
struct C3 {
    open: f64,
    blocks: u64,
    /// Rooms the grid has columns for, and columns drawn (near the view).
    columns: u64,
    drawn: u64,
    narrow: f64,
    widen: f64,
    day2: f64,
    checks: f64,
    checks_max: f64,
}

async fn count(app: &App, css: &str) -> Res<u64> {
    Ok(app
        .driver()
        .execute(
            "return document.querySelectorAll(arguments[0]).length;",
            vec![json!(css)],
        )
        .await?
        .convert::<u64>()?)
}

/// Types `text` into the room search and waits until `done_js` holds of `rooms` (the rooms the
/// grid has columns for) and `n` (the columns drawn).
async fn filter_rooms(app: &App, text: &str, done_js: &str) -> Res<f64> {
    let n = "document.querySelectorAll('.grid-wrap .ec-header .ec-col-head').length";
    let rooms = "Number(document.querySelector('.grid-wrap')?.dataset.rooms ?? 0)";
    timed_action(
        app,
        &format!(
            "const el = document.querySelector('[data-testid=room-filter]');
             Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, {text:?});
             el.dispatchEvent(new Event('input', {{ bubbles: true }}));"
        ),
        &format!("((n, rooms) => n > 0 && {done_js})({n}, {rooms})"),
    )
    .await
}
