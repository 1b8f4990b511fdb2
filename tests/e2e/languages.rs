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

/// Facts about the person "Dr Amina Diallo" on the People screen: whether the element holding the
/// name is isolated (a `bdi` or `dir=auto`), its text, and the left edges of "Dr" and "Amina" as
/// drawn (Range geometry), which must follow the name's own left-to-right order.
const NAME_GEOMETRY: &str = r#"
const el = [...document.querySelectorAll('[data-testid=person-name]')].find((e) => e.textContent.includes('Amina Diallo'));
if (!el) return null;
const at = (word) => {
  const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const i = n.textContent.indexOf(word);
    if (i >= 0) { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + word.length); return r.getBoundingClientRect().left; }
  }
  return null;
};
return { tag: el.tagName.toLowerCase(), dir: el.getAttribute('dir') ?? '', text: el.textContent, dr: at('Dr'), amina: at('Amina') };
"#;

/// Every session title and room header of the agenda: its `dir`, its resolved direction, and
/// whether its first letter is drawn inside its box (an ellipsis at the wrong end cuts the start).
const AGENDA_TEXTS: &str = r#"
const facts = (el) => {
  const box = el.getBoundingClientRect();
  const node = [...el.childNodes].find((n) => n.nodeType === 3 && n.textContent.trim()) ?? el.firstChild;
  const r = document.createRange(); r.setStart(node, 0); r.setEnd(node, 1);
  const first = r.getBoundingClientRect();
  return { text: el.textContent, dir: el.getAttribute('dir') ?? '', direction: getComputedStyle(el).direction,
    startShown: first.left >= box.left - 1 && first.right <= box.right + 1, cut: el.scrollWidth > el.clientWidth };
};
return { titles: [...document.querySelectorAll('[data-testid=session-block] .title')].map(facts),
  rooms: [...document.querySelectorAll('.ec-col-head > span')].filter((s) => s.textContent.trim()).map(facts) };
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn arabic_keeps_latin_names_and_titles_in_order_and_counts_in_arabic_digits() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        app.click("[data-testid=event-row][data-slug=ospos-for-good-2023] button.primary")
            .await?;
        app.wait_for("[data-testid=session-block]", 20).await?;

        eprintln!("step: a person with an honorific, typed in English");
        app.click("[data-testid=nav-people]").await?;
        app.click_button("New person").await?;
        app.fill("p-honorific", "Dr").await?;
        app.fill("p-name", "Amina Diallo").await?;
        app.click("[data-testid=save]").await?;
        app.wait_text("the new person", 10, |t| t.contains("Amina Diallo"))
            .await?;

        eprintln!("step: in Arabic the name keeps its order: Dr left of Amina");
        app.set_value("[data-testid=language]", "ar").await?;
        assert_eq!(wait_lang(&app, "ar").await?.1, "rtl");
        app.click("[data-testid=nav-people]").await?;
        app.wait_for("[data-testid=person-name]", 10).await?;
        let name = app.driver().execute(NAME_GEOMETRY, vec![]).await?.json().clone();
        eprintln!("step: name {name}");
        assert!(
            name["tag"] == "bdi" || name["dir"] == "auto",
            "the name is not isolated: {name}"
        );
        assert_eq!(name["text"], "Dr Amina Diallo", "{name}");
        let (dr, amina) = (
            name["dr"].as_f64().unwrap_or(f64::NAN),
            name["amina"].as_f64().unwrap_or(f64::NAN),
        );
        assert!(dr < amina, "“Dr” is drawn right of “Amina” (reordered): {name}");

        // The old markup, the honorific outside the isolate, draws "Dr" right of the name.
        let old = app
            .driver()
            .execute(
                "const th = document.querySelector('[data-testid=person-name]').parentElement; \
                 const probe = document.createElement('span'); probe.innerHTML = 'Dr <bdi>Amina Diallo</bdi>'; \
                 th.appendChild(probe); const r = document.createRange(); \
                 r.setStart(probe.firstChild, 0); r.setEnd(probe.firstChild, 2); const dr = r.getBoundingClientRect().left; \
                 const amina = probe.lastChild.getBoundingClientRect().left; probe.remove(); return dr > amina;",
                vec![],
            )
            .await?
            .convert::<bool>()?;
        assert!(old, "the probe of the old markup did not reorder");

        eprintln!("step: counts on the Events screen in Arabic-Indic digits");
        app.click("[data-testid=nav-events]").await?;
        let row = app
            .wait_for("[data-testid=event-row][data-slug=ospos-for-good-2023]", 10)
            .await?;
        let cells = row.find_all(thirtyfour::By::Css("td")).await?;
        // The columns: dates, zone, sessions, rooms, actions. The demo's OSPOs for Good has 12
        // sessions; its zone stays Latin, isolated.
        let sessions = cells[2].text().await?;
        assert_eq!(sessions, "١٢", "sessions count not in Arabic-Indic digits");
        let rooms = cells[3].text().await?;
        assert!(
            !rooms.is_empty() && rooms.chars().all(|c| ('\u{660}'..='\u{669}').contains(&c)),
            "rooms count not in Arabic-Indic digits: {rooms:?}"
        );
        assert_eq!(
            cells[1].find(thirtyfour::By::Css("bdi")).await?.text().await?,
            "America/New_York"
        );
        let dates = cells[0].text().await?;
        assert!(
            !dates.chars().any(|c| c.is_ascii_digit()),
            "dates mix Western digits: {dates}"
        );

        eprintln!("step: agenda titles and room headers take their own direction");
        app.click("[data-testid=nav-agenda]").await?;
        app.wait_for("[data-testid=session-block]", 20).await?;
        tokio::time::sleep(Duration::from_millis(700)).await;
        let texts = app.driver().execute(AGENDA_TEXTS, vec![]).await?.json().clone();
        let titles = texts["titles"].as_array().cloned().unwrap_or_default();
        let rooms = texts["rooms"].as_array().cloned().unwrap_or_default();
        assert!(!titles.is_empty() && !rooms.is_empty(), "{texts}");
        for one in titles.iter().chain(&rooms) {
            assert_eq!(one["dir"], "auto", "{one}");
            assert_eq!(one["direction"], "ltr", "a Latin text not left to right: {one}");
            assert_eq!(one["startShown"], true, "the start of a text is cut: {one}");
        }
        // The check bites only where a text is cut: some titles are longer than their column.
        let cut = titles.iter().filter(|one| one["cut"] == true).count();
        eprintln!("step: {} titles, {cut} cut, {} room headers", titles.len(), rooms.len());
        assert!(
            cut > 0,
            "no title is cut, nothing shows where the ellipsis goes: {texts}"
        );
        // And the geometry sees the bug: the same cut title without dir=auto loses its start.
        let without = app
            .driver()
            .execute(
                &format!(
                    "const el = [...document.querySelectorAll('[data-testid=session-block] .title')]\
                     .find((e) => e.scrollWidth > e.clientWidth); el.removeAttribute('dir'); \
                     const f = (() => {{ {AGENDA_TEXTS} }})(); el.setAttribute('dir', 'auto'); \
                     return f.titles.find((t) => t.text === el.textContent);"
                ),
                vec![],
            )
            .await?
            .json()
            .clone();
        assert_eq!(without["startShown"], false, "{without}");
        app.axe("agenda in Arabic with Latin titles").await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}
