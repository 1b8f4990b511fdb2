//! Inputs that take typing (issue 12, kinds 6 and 7): a start time typed digit by digit into the
//! session form lands in the store as that wall clock in the event's zone; after importing 36C3
//! the demo event's person picker offers this event's people only, until "from other events" is
//! asked for; leaving a changed form asks first (Keep editing / Discard / Save), an unchanged one
//! leaves silently. After the third newcomer walk: a person typed into the session picker is
//! added from the list's last option and saved with the session; the role list stays in the
//! window; an Arabic time reads hours then minutes left to right, every segment in Arabic-Indic
//! digits; the event's zone is chosen by typing "Zur".

use std::time::Duration;

use chrono::NaiveTime;
use plenary_core::time::{local_to_utc, Fold};
use plenary_core::Store;
use thirtyfour::prelude::*;

use crate::harness::{serial, App, Home, Res};

/// The demo's WSIS forum: the event the tests edit.
const WSIS: &str = plenary_core::demo::DEMO_SLUGS[1];
/// The demo's OSPOs for Good day, whose sessions name people.
const OSPOS: &str = plenary_core::demo::DEMO_SLUGS[0];

/// A store with the demo programme and, when `with_36c3`, the 36C3 frab fixture imported too
/// (923 people with roles only there). The marker keeps the app from loading the demo again.
fn store_with(home: &Home, with_36c3: bool) -> Res {
    let mut store = Store::open(&home.db())?;
    store.write(plenary_core::demo::load)?;
    if with_36c3 {
        crate::harness::import_36c3(&mut store)?;
    }
    std::fs::write(home.db().with_file_name("plenary.db.demo-loaded"), "agenda\n")?;
    Ok(())
}

async fn open_event(app: &App, slug: &str) -> Res {
    app.wait_for("[data-testid=event-row]", 30).await?;
    app.click(&format!("[data-testid=event-row][data-slug={slug}] button.primary"))
        .await?;
    app.wait_for("#agenda-heading", 30).await?;
    Ok(())
}

/// Opens a blank session form from the Sessions screen.
async fn new_session(app: &App) -> Res {
    app.click("[data-testid=nav-sessions]").await?;
    app.click("[data-testid=new-session]").await?;
    app.wait_for("#s-title", 10).await?;
    Ok(())
}

/// How many suggestions the open person list shows that contain `name`.
async fn suggestions_naming(app: &App, name: &str) -> Res<usize> {
    // Not the list's last option, "Add “…” as a new person", which names whatever was typed.
    let xpath =
        format!("//*[@role='option'][not(@data-testid='picker-add-new')][contains(normalize-space(), '{name}')]");
    Ok(app.driver().find_all(By::XPath(&xpath)).await?.len())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_start_typed_digit_by_digit_is_stored_in_the_event_zone() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    store_with(&home, false)?;
    let (zone, day) = {
        let store = Store::open(&home.db())?;
        let event = store.read().find_event(WSIS)?;
        (event.data.timezone.clone(), event.data.start_date)
    };
    let date = day.format("%Y-%m-%d").to_string();
    let app = App::launch(&home).await?;
    let result = async {
        open_event(&app, WSIS).await?;

        eprintln!("step: a time in the spring-forward gap is refused under its field");
        new_session(&app).await?;
        app.fill("s-title", "In the gap").await?;
        app.type_date("s-start", "2026-03-29T02:30").await?;
        app.type_date("s-end", "2026-03-29T03:30").await?;
        app.click("[data-testid=save]").await?;
        let gap = app.wait_for("[data-testid=error-start]", 10).await?.text().await?;
        assert!(gap.contains("does not exist") && gap.contains(&zone), "{gap}");
        app.click("[data-testid=cancel]").await?;
        app.click("[data-testid=leave-discard]").await?;

        eprintln!("step: a picked free time fills the segments");
        new_session(&app).await?;
        app.click_button("Find free times").await?;
        let slot = app.wait_for(".slots button", 15).await?;
        let shown = slot.text().await?;
        slot.click().await?;
        let hour = value_now(&app, "s-start-hour").await?;
        let minute = value_now(&app, "s-start-minute").await?;
        let hm = format!("{:0>2}:{:0>2}", hour, minute);
        assert!(shown.contains(&hm), "the slot {shown:?} and the start field {hm}");
        app.click("[data-testid=cancel]").await?;
        app.click("[data-testid=leave-discard]").await?;

        eprintln!("step: 0930 typed into the hour");
        new_session(&app).await?;
        app.fill("s-title", "Typed at half past nine").await?;
        // The date's segments, then "0930" into the hour as one run of keys: the hour takes
        // "09" and moves on, the minute takes "30" (WebKitGTK's native field kept only "30").
        for (field, hm) in [("s-start", "0930"), ("s-end", "1045")] {
            app.type_date(field, &date).await?;
            let hour = app.wait_for(&format!("#{field}-hour"), 5).await?;
            hour.click().await?;
            hour.send_keys(hm).await?;
        }
        let hour = app.wait_for("#s-start-hour", 5).await?.text().await?;
        let minute = app.wait_for("#s-start-minute", 5).await?.text().await?;
        assert_eq!(
            (hour.as_str(), minute.as_str()),
            ("09", "30"),
            "the start's segments after typing 0930"
        );
        // The field is named in words, described by the form's one line naming the event's
        // zone (issue 12: the labels stay short), each segment named by its part.
        let field = app.wait_for("#s-start", 5).await?;
        let label = field.attr("aria-label").await?.unwrap_or_default();
        assert_eq!(label, "Starts");
        let described = field.attr("aria-describedby").await?.unwrap_or_default();
        let line = app.wait_for("#s-times-zone", 5).await?.text().await?;
        assert!(
            described.split(' ').any(|d| d == "s-times-zone") && line.contains(&zone),
            "the start field is described by {described:?}; the zone line says {line:?}, not {zone}"
        );
        let part = app.wait_for("#s-start-minute", 5).await?.attr("aria-label").await?;
        assert_eq!(part.as_deref(), Some("minute"));
        app.axe("session form with typed times").await?;
        app.click("[data-testid=save]").await?;
        app.wait_text("the saved session", 15, |t| {
            t.contains("Typed at half past nine") && !t.contains("Save your changes")
        })
        .await?;
        tokio::time::sleep(Duration::from_millis(500)).await;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result?;

    let store = Store::open(&home.db())?;
    let event = store.read().find_event(WSIS)?;
    let session = store
        .read()
        .sessions(event.id)?
        .into_iter()
        .find(|s| s.data.title == "Typed at half past nine")
        .ok_or("the typed session is not in the store")?;
    let tz: chrono_tz::Tz = zone.parse().map_err(|e| format!("{zone}: {e}"))?;
    let at = |h, m| {
        local_to_utc(
            tz,
            day.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap()),
            Fold::Earlier,
            "session",
            "start",
        )
    };
    assert_eq!(session.data.start, Some(at(9, 30)?), "start is 09:30 in {zone}");
    assert_eq!(session.data.end, Some(at(10, 45)?), "end is 10:45 in {zone}");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_person_picker_offers_another_events_people_only_on_request() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    store_with(&home, true)?;
    // A 36C3 speaker (a role there, none at OSPOs for Good) and an OSPOs speaker, by name.
    let (stranger, ours) = {
        let store = Store::open(&home.db())?;
        let reader = store.read();
        let ospos = reader.find_event(OSPOS)?;
        let elsewhere = reader.people_of_other_events(ospos.id)?;
        assert!(
            elsewhere.len() > 500,
            "36C3's people are in the directory: {}",
            elsewhere.len()
        );
        // Names that an XPath string literal can hold as they are.
        let plain = |n: &str| !n.contains(['\'', '"']) && n.chars().count() > 5;
        let stranger = elsewhere
            .iter()
            .map(|&id| reader.person(id).map(|p| p.data.name))
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .find(|n| plain(n))
            .ok_or("no 36C3 person with a plain name")?;
        let schedule = reader.schedule(ospos.id)?;
        let ours = schedule
            .sessions
            .iter()
            .flat_map(|s| {
                s.data
                    .roles
                    .iter()
                    .chain(s.data.items.iter().flat_map(|i| i.roles.iter()))
            })
            .map(|r| reader.person(r.person_id).map(|p| p.data.name))
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .find(|n| plain(n))
            .ok_or("no OSPOs person with a plain name")?;
        (stranger, ours)
    };
    eprintln!("36C3 person {stranger:?}, OSPOs person {ours:?}");
    let app = App::launch(&home).await?;
    let result = async {
        open_event(&app, OSPOS).await?;
        new_session(&app).await?;
        app.click_button("Add person").await?;

        eprintln!("step: this event's person is found by part of the name");
        let part: String = ours.chars().take(5).collect();
        app.fill("s-roles-person-0", &part).await?;
        app.wait_for("[role=option]", 10).await?;
        assert!(
            suggestions_naming(&app, &ours).await? >= 1,
            "{ours} is offered for {part:?}"
        );
        app.axe("session form with the person list open").await?;

        eprintln!("step: the 36C3 person is not offered");
        app.fill("s-roles-person-0", &stranger).await?;
        app.wait_text("no match", 10, |t| t.contains("No one matches")).await?;
        assert_eq!(
            suggestions_naming(&app, &stranger).await?,
            0,
            "{stranger} is offered before asking"
        );

        eprintln!("step: from other events");
        app.driver()
            .find(By::Css("#s-roles-person-0"))
            .await?
            .send_keys(Key::Escape)
            .await?;
        app.click("[data-testid=s-roles-others]").await?;
        app.pick_person("s-roles-person-0", &stranger).await?;
        let chosen = app
            .wait_for("#s-roles-person-0", 5)
            .await?
            .prop("value")
            .await?
            .unwrap_or_default();
        assert!(chosen.contains(&stranger), "the picker shows {chosen:?}");

        eprintln!("step: the People screen lists this event's people, others on request");
        app.click("[data-testid=nav-people]").await?;
        app.click("[data-testid=leave-discard]").await?;
        app.fill("people-search", &stranger).await?;
        app.wait_text("no such person here", 10, |t| {
            !t.contains(&stranger) || t.contains("No people")
        })
        .await?;
        let rows = app.driver().find_all(By::Css("[data-testid=person-row]")).await?.len();
        assert_eq!(rows, 0, "{stranger} is listed before asking");
        app.click("[data-testid=people-others]").await?;
        app.wait_for("[data-testid=person-row]", 10).await?;
        let text = app.body_text().await;
        assert!(text.contains(&stranger), "{stranger} is listed on request");

        eprintln!("step: the moderator list too");
        app.click("[data-testid=nav-moderator]").await?;
        app.fill("moderator-person", &stranger).await?;
        app.wait_text("no match", 10, |t| t.contains("No one matches")).await?;
        assert_eq!(suggestions_naming(&app, &stranger).await?, 0);
        app.fill("moderator-person", &part).await?;
        app.wait_for("[role=option]", 10).await?;
        assert!(
            suggestions_naming(&app, &ours).await? >= 1,
            "{ours} is offered for {part:?}"
        );
        app.axe("moderator with the person list open").await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn leaving_a_changed_form_asks_first() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    store_with(&home, false)?;
    let app = App::launch(&home).await?;
    let result = async {
        open_event(&app, WSIS).await?;

        eprintln!("step: an unchanged form leaves silently");
        new_session(&app).await?;
        app.click("[data-testid=nav-rooms]").await?;
        app.wait_for("#rooms-heading, h2", 10).await?;
        assert!(app.driver().find(By::Css("[data-testid=leave-dialog]")).await.is_err());
        assert!(
            app.driver().find(By::Css("#s-title")).await.is_err(),
            "the form is still open"
        );

        eprintln!("step: navigation asks; Keep editing keeps the text");
        new_session(&app).await?;
        app.fill("s-title", "Half-typed").await?;
        app.click("[data-testid=nav-people]").await?;
        app.wait_for("[data-testid=leave-dialog]", 5).await?;
        app.axe("the leave question").await?;
        app.click("[data-testid=leave-keep]").await?;
        let title = app.wait_for("#s-title", 5).await?.prop("value").await?;
        assert_eq!(title.as_deref(), Some("Half-typed"));

        eprintln!("step: opening another session asks too");
        app.driver()
            .find(By::XPath("//main//li/button[contains(., 'Open Source and AI')]"))
            .await?
            .click()
            .await?;
        app.wait_for("[data-testid=leave-dialog]", 5).await?;
        app.click("[data-testid=leave-keep]").await?;
        let title = app.wait_for("#s-title", 5).await?.prop("value").await?;
        assert_eq!(title.as_deref(), Some("Half-typed"));

        eprintln!("step: switching the language asks too; Keep editing keeps the language and the text");
        app.set_value("[data-testid=language]", "fr").await?;
        app.wait_for("[data-testid=leave-dialog]", 5).await?;
        app.click("[data-testid=leave-keep]").await?;
        let lang = app
            .driver()
            .execute(
                "return document.documentElement.lang + ' ' + document.querySelector('[data-testid=language]').value;",
                vec![],
            )
            .await?
            .convert::<String>()?;
        assert_eq!(lang, "en en");
        let title = app.wait_for("#s-title", 5).await?.prop("value").await?;
        assert_eq!(title.as_deref(), Some("Half-typed"));

        eprintln!("step: Escape asks; Discard closes the form");
        app.driver()
            .find(By::Css("#s-title"))
            .await?
            .send_keys(Key::Escape)
            .await?;
        app.wait_for("[data-testid=leave-dialog]", 5).await?;
        app.click("[data-testid=leave-discard]").await?;
        wait_gone(&app, "#s-title").await?;

        eprintln!("step: Save from the question saves, then leaves");
        new_session(&app).await?;
        app.fill("s-title", "Saved on the way out").await?;
        app.click("[data-testid=nav-people]").await?;
        app.click("[data-testid=leave-save]").await?;
        app.wait_for("#people-heading, [data-testid=nav-people][aria-current=page]", 10)
            .await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result?;
    let store = Store::open(&home.db())?;
    let event = store.read().find_event(WSIS)?;
    let titles: Vec<String> = store
        .read()
        .sessions(event.id)?
        .into_iter()
        .map(|s| s.data.title)
        .collect();
    assert!(
        titles.iter().any(|t| t == "Saved on the way out"),
        "saved from the question"
    );
    assert!(!titles.iter().any(|t| t == "Half-typed"), "discarded");
    Ok(())
}

async fn wait_gone(app: &App, css: &str) -> Res {
    for _ in 0..50 {
        if app.driver().find(By::Css(css)).await.is_err() {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("{css} is still there").into())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_session_form_in_arabic_names_its_segments_reads_its_time_left_to_right_and_passes_axe() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    store_with(&home, false)?;
    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        app.set_value("[data-testid=language]", "ar").await?;
        open_event(&app, WSIS).await?;
        new_session(&app).await?;
        let dir = app
            .driver()
            .execute("return document.documentElement.dir;", vec![])
            .await?;
        assert_eq!(dir.json().as_str(), Some("rtl"));
        let hour = app.wait_for("#s-start-hour", 5).await?;
        assert_eq!(hour.attr("aria-label").await?.as_deref(), Some("الساعة"));
        // Typed digits work the same right to left.
        app.type_date("s-start", "2026-07-10T14:05").await?;
        let (hour, minute) = (
            value_now(&app, "s-start-hour").await?,
            value_now(&app, "s-start-minute").await?,
        );
        assert_eq!((hour.as_str(), minute.as_str()), ("14", "5"));
        // A time reads hours then minutes left to right in Arabic too; the year is written in
        // the same Arabic-Indic digits as the other segments (bits-ui writes it as typed).
        let (hour_x, minute_x, year, month) = app
            .driver()
            .execute(
                r#"const x = (id) => document.getElementById(id).getBoundingClientRect().left;
                   const text = (id) => document.getElementById(id).textContent.trim();
                   return [x('s-start-hour'), x('s-start-minute'), text('s-start-year'), text('s-start-month')];"#,
                vec![],
            )
            .await?
            .convert::<(f64, f64, String, String)>()?;
        assert!(hour_x < minute_x, "hour at {hour_x} px, minute at {minute_x} px");
        assert_eq!(year, "٢٠٢٦");
        assert_eq!(month, "٠٧");
        // The free-time finder's length is written in the same digits.
        assert_eq!(input_value(&app, "slot-minutes").await?, "٦٠");
        app.axe("the session form in Arabic").await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result
}

/// The number a segment holds (`aria-valuenow`), whatever digits the language shows.
async fn value_now(app: &App, id: &str) -> Res<String> {
    let el = app.wait_for(&format!("#{id}"), 5).await?;
    Ok(el.attr("aria-valuenow").await?.unwrap_or_default())
}

/// The text an input shows (its `value` property).
async fn input_value(app: &App, id: &str) -> Res<String> {
    let el = app.wait_for(&format!("#{id}"), 5).await?;
    Ok(el.prop("value").await?.unwrap_or_default())
}

/// The id of the focused element.
async fn focused_id(app: &App) -> Res<String> {
    let id = app
        .driver()
        .execute(
            "return document.activeElement ? document.activeElement.id : '';",
            vec![],
        )
        .await?
        .convert::<String>()?;
    Ok(id)
}

/// Waits until the input `id` shows `predicate`'s value (a picker fills in once the
/// directory is read).
async fn wait_value(app: &App, id: &str, what: &str, predicate: impl Fn(&str) -> bool) -> Res<String> {
    for _ in 0..100 {
        let value = input_value(app, id).await?;
        if predicate(&value) {
            return Ok(value);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("#{id} never showed {what}: {:?}", input_value(app, id).await?).into())
}

/// The newcomer's walk through the forms (issue 12, FIX-A), on the OSPOs day: a stored role shows its person's
/// name; a row nobody was picked for is refused under its field (typed text, "Zorro" or part
/// of a name, never becomes a choice, no ✓ on anyone); focus lands in the new row and the new
/// forms' first field; a save that clashes says so by Save; People counts what it lists; a new
/// event becomes the current one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_forms_save_only_the_people_picked_and_say_what_they_did() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    // With 36C3's 923 people in the directory, whom the People screen leaves out.
    store_with(&home, true)?;
    // A scheduled OSPOs session with a room and people, the wall clock of its times, and the
    // People screen's figures for this event.
    let (title, label, person_id, room, from, to, shown, hidden) = {
        let store = Store::open(&home.db())?;
        let reader = store.read();
        let event = reader.find_event(OSPOS)?;
        let tz: chrono_tz::Tz = event.data.timezone.parse().map_err(|e| format!("{e}"))?;
        let schedule = reader.schedule(event.id)?;
        let plain = |n: &str| !n.contains(['\'', '"']);
        let s = schedule
            .sessions
            .iter()
            .find(|s| {
                s.data.start.is_some() && s.data.room_id.is_some() && !s.data.roles.is_empty() && plain(&s.data.title)
            })
            .ok_or("no OSPOs session with a time, a room and people")?;
        let p = reader.person(s.data.roles[0].person_id)?.data;
        let label = format!(
            "{}{}{}",
            if p.honorific.is_empty() {
                String::new()
            } else {
                format!("{} ", p.honorific)
            },
            p.name,
            if p.organisation.is_empty() {
                String::new()
            } else {
                format!(" — {}", p.organisation)
            }
        );
        let room = schedule
            .rooms
            .iter()
            .find(|r| Some(r.id) == s.data.room_id)
            .ok_or("the session's room")?
            .data
            .name
            .clone();
        let wall = |t| {
            plenary_core::time::utc_to_local(tz, t)
                .format("%Y-%m-%dT%H:%M")
                .to_string()
        };
        let all = reader.people()?.len();
        let hidden = reader.people_of_other_events(event.id)?.len();
        (
            s.data.title.clone(),
            label,
            s.data.roles[0].person_id,
            room,
            wall(s.data.start.ok_or("start")?),
            wall(s.data.end.ok_or("end")?),
            all - hidden,
            hidden,
        )
    };
    let name = {
        let store = Store::open(&home.db())?;
        let reader = store.read();
        reader.person(person_id)?.data.name
    };
    eprintln!("{title:?} in {room} {from}–{to}, first person {label:?}; {shown} people here, {hidden} elsewhere");
    let app = App::launch(&home).await?;
    let result = async {
        open_event(&app, OSPOS).await?;

        eprintln!("step: the status line keeps its line while empty, so a Saved does not move the page");
        let (height, text) = app
            .driver()
            .execute(
                "const el = document.querySelector('[data-testid=status-line]'); return el ? [el.getBoundingClientRect().height, el.textContent] : [0, 'missing'];",
                vec![],
            )
            .await?
            .convert::<(f64, String)>()?;
        assert!(text.is_empty() && height >= 10.0, "empty status line: {height} px, {text:?}");

        eprintln!("step: an existing session shows its people by name");
        app.click("[data-testid=nav-sessions]").await?;
        app.driver()
            .find(By::XPath(format!("//main//li/button[contains(., '{title}')]")))
            .await?
            .click()
            .await?;
        wait_value(&app, "s-roles-person-0", &label, |v| v == label).await?;

        eprintln!("step: Add person focuses the new row, which names nobody");
        app.click("[data-testid=new-session]").await?;
        app.wait_for("#s-title", 10).await?;
        app.fill("s-title", "Clash by the newcomer").await?;
        app.type_date("s-start", &from).await?;
        app.type_date("s-end", &to).await?;
        app.select_option("#s-room", &room).await?;
        app.click_button("Add person").await?;
        app.wait_for("#s-roles-person-0", 5).await?;
        assert_eq!(focused_id(&app).await?, "s-roles-person-0", "focus after Add person");
        assert_eq!(
            input_value(&app, "s-roles-person-0").await?,
            "",
            "a new row names nobody"
        );

        eprintln!("step: typed text that matches nobody is not a choice");
        let field = app.wait_for("#s-roles-person-0", 5).await?;
        field.send_keys("Zorro").await?;
        app.wait_text("no match", 10, |t| t.contains("No one matches")).await?;
        field.send_keys(Key::Escape).await?;
        wait_value(&app, "s-roles-person-0", "an empty field after Escape", str::is_empty).await?;

        eprintln!("step: part of a name, not picked: no ✓ on anyone, and Save refuses");
        let part: String = name.chars().take(3).collect();
        field.send_keys(part.as_str()).await?;
        app.wait_for("[role=option]", 10).await?;
        let options = app.driver().find_all(By::Css("[role=option]")).await?;
        for o in options {
            let text = o.text().await?;
            assert!(!text.contains('✓'), "a ✓ on {text:?} that nobody chose");
        }
        field.send_keys(Key::Escape).await?;
        app.click("[data-testid=save]").await?;
        let problem = app
            .wait_for("[data-testid=\"error-roles[0].person_id\"]", 10)
            .await?
            .text()
            .await?;
        assert_eq!(problem, "Choose a person from the list.");
        let described = app
            .wait_for("#s-roles-person-0", 5)
            .await?
            .attr("aria-describedby")
            .await?
            .unwrap_or_default();
        assert!(described.contains("s-roles-person-0-error"), "{described:?}");
        let listed = app
            .driver()
            .find_all(By::XPath("//main//li/button[contains(., 'Clash by the newcomer')]"))
            .await?
            .len();
        assert_eq!(listed, 0, "nothing saved");

        eprintln!("step: picked, saved; the status line says the clash, not only Saved");
        app.pick_person("s-roles-person-0", &name).await?;
        app.click("[data-testid=save]").await?;
        // Read in the page: the status line changes as the check after the save answers.
        let mut note = String::new();
        for _ in 0..150 {
            note = app
                .driver()
                .execute(
                    "const el = document.querySelector('[data-testid=status-line]'); return el ? el.textContent.trim() : '';",
                    vec![],
                )
                .await?
                .convert::<String>()?;
            if note.contains("clashes") {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(note.starts_with("Saved — it clashes"), "the status line: {note:?}");
        // A save with findings is a warning (amber, with its sign), not the success green.
        let class = app.wait_for("[data-testid=status-line]", 5).await?.class_name().await?;
        assert!(class.unwrap_or_default().split(' ').any(|c| c == "warns"), "warning style");
        // A long sentence stays one line high (cut with an ellipsis) and is whole in the tooltip.
        let (long_height, tooltip) = app
            .driver()
            .execute(
                "const el = document.querySelector('[data-testid=status-line]'); return [el.getBoundingClientRect().height, el.title];",
                vec![],
            )
            .await?
            .convert::<(f64, String)>()?;
        assert!((long_height - height).abs() < 1.0, "status line {long_height} px, empty {height} px");
        assert_eq!(tooltip.trim(), note, "the status line's tooltip");
        assert!(
            note.contains(&room) || note.contains(&name),
            "the clash in words: {note:?}"
        );
        app.axe("sessions after a save with a clash").await?;

        eprintln!("step: People counts what it lists; New person focuses Name");
        app.click("[data-testid=nav-people]").await?;
        let count = format!("{shown} people in this event · {hidden} more in other events");
        app.wait_text(&count, 10, |t| t.contains(&count)).await?;
        app.click_button("New person").await?;
        app.wait_for("#p-name", 5).await?;
        assert_eq!(focused_id(&app).await?, "p-name", "focus after New person");
        app.fill("p-name", "Zorro de la Vega").await?;
        app.click("[data-testid=save]").await?;
        app.wait_text("the saved person", 10, |t| t.contains("Zorro de la Vega"))
            .await?;

        eprintln!("step: a new event becomes the current one");
        app.click("[data-testid=nav-events]").await?;
        app.click("[data-testid=new-event]").await?;
        app.wait_for("#ev-title", 5).await?;
        assert_eq!(focused_id(&app).await?, "ev-title", "focus after New event");
        app.fill("ev-title", "Newcomer Summit").await?;
        app.fill("ev-slug", "newcomer-summit").await?;
        app.fill("ev-timezone", "Zur").await?;
        app.click_option("Europe/Zurich").await?;
        app.type_date("ev-start", "2027-05-10").await?;
        app.type_date("ev-end", "2027-05-11").await?;
        app.click("[data-testid=save]").await?;
        let current = app.wait_for("header .current strong", 10).await?;
        let mut shown_title = current.text().await?;
        for _ in 0..100 {
            if shown_title == "Newcomer Summit" {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
            shown_title = app.wait_for("header .current strong", 5).await?.text().await?;
        }
        assert_eq!(
            shown_title, "Newcomer Summit",
            "the current event after saving a new one"
        );
        app.click("[data-testid=nav-rooms]").await?;
        app.click_button("New venue").await?;
        app.wait_for("#v-name", 5).await?;
        assert_eq!(focused_id(&app).await?, "v-name", "focus after New venue");
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result?;

    // The refused save stored nothing; the one after it stored the person picked, once.
    let store = Store::open(&home.db())?;
    let event = store.read().find_event(OSPOS)?;
    let saved: Vec<_> = store
        .read()
        .sessions(event.id)?
        .into_iter()
        .filter(|s| s.data.title == "Clash by the newcomer")
        .collect();
    assert_eq!(saved.len(), 1, "one session saved");
    let roles: Vec<_> = saved[0].data.roles.iter().map(|r| r.person_id).collect();
    assert_eq!(roles, vec![person_id], "the person picked, and only them");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_person_is_added_from_the_session_picker_and_the_role_list_stays_in_view() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    store_with(&home, false)?;
    let app = App::launch(&home).await?;
    let result = async {
        open_event(&app, WSIS).await?;
        new_session(&app).await?;
        app.fill("s-title", "Welcome by a newcomer").await?;
        app.type_date("s-start", "2026-07-10T09:00").await?;
        app.type_date("s-end", "2026-07-10T10:00").await?;
        app.click_button("Add person").await?;

        eprintln!("step: a name nobody has: the list's last option adds them");
        let field = app.wait_for("#s-roles-person-0", 5).await?;
        field.send_keys("Amina Diallo").await?;
        let add = app.wait_for("[data-testid=picker-add-new]", 10).await?;
        assert_eq!(add.text().await?.trim(), "Add “Amina Diallo” as a new person");
        assert_eq!(add.attr("role").await?.as_deref(), Some("option"));
        app.axe("session form with the add option").await?;
        // The keyboard reaches it: it is highlighted as the only option, and Enter takes it.
        wait_value(&app, "s-roles-person-0", "the typed name", |v| v == "Amina Diallo").await?;
        field.send_keys(Key::Enter).await?;
        app.wait_text("the announcement", 10, |t| t.contains("Amina Diallo added to the people directory."))
            .await?;
        wait_value(&app, "s-roles-person-0", "the new person chosen", |v| v == "Amina Diallo").await?;

        eprintln!("step: the role list opened near the window's bottom stays in view");
        let trigger = app.wait_for("#s-roles-role-0", 5).await?;
        // Put the field 130 px above the bottom (clear of the sticky Save bar), where a list
        // opening downwards would run out of the window.
        app.driver()
            .execute(
                r#"const el = document.getElementById('s-roles-role-0');
                   el.scrollIntoView({ block: 'end' });
                   let box = el.parentElement;
                   while (box && !(box.scrollHeight > box.clientHeight && /(auto|scroll)/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
                   (box ?? document.scrollingElement).scrollBy(0, 130);
                   return true;"#,
                vec![],
            )
            .await?;
        trigger.click().await?;
        app.wait_for("[role=listbox] [role=option]", 5).await?;
        let (bottom, top, height) = app
            .driver()
            .execute(
                r#"const opts = [...document.querySelectorAll('[role=listbox] [role=option]')].map((o) => o.getBoundingClientRect());
                   return [Math.max(...opts.map((r) => r.bottom)), Math.min(...opts.map((r) => r.top)), window.innerHeight];"#,
                vec![],
            )
            .await?
            .convert::<(f64, f64, f64)>()?;
        assert!(top >= 0.0 && bottom <= height, "the role list spans {top}–{bottom} px of {height}");
        app.axe("session form with the role list open").await?;
        app.click_option("Panellist").await?;
        app.wait_text("the chosen role", 5, |t| t.contains("Panellist")).await?;

        app.click("[data-testid=save]").await?;
        app.wait_text("saved", 15, |t| t.contains("Saved")).await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result?;

    // The person exists once, by the name typed, and the saved session names them as panellist.
    let store = Store::open(&home.db())?;
    let reader = store.read();
    let amina: Vec<_> = reader
        .people()?
        .into_iter()
        .filter(|p| p.data.name == "Amina Diallo")
        .collect();
    assert_eq!(amina.len(), 1, "one Amina Diallo in the directory");
    let event = reader.find_event(WSIS)?;
    let saved: Vec<_> = reader
        .sessions(event.id)?
        .into_iter()
        .filter(|s| s.data.title == "Welcome by a newcomer")
        .collect();
    assert_eq!(saved.len(), 1, "one session saved");
    let roles: Vec<_> = saved[0].data.roles.iter().map(|r| (r.person_id, r.role)).collect();
    assert_eq!(roles, vec![(amina[0].id, plenary_core::model::Role::Panellist)]);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_zone_picker_finds_zurich_by_typing_and_the_event_keeps_it() -> Res {
    let _one = serial().await;
    let home = Home::new()?;
    store_with(&home, false)?;
    let app = App::launch(&home).await?;
    let result = async {
        app.wait_for("[data-testid=event-row]", 30).await?;
        app.click("[data-testid=new-event]").await?;
        app.wait_for("#ev-title", 5).await?;
        app.fill("ev-title", "Zone Summit").await?;
        app.fill("ev-slug", "zone-summit").await?;
        app.type_date("ev-start", "2027-05-10").await?;
        app.type_date("ev-end", "2027-05-11").await?;

        eprintln!("step: a city without a zone of its own finds the zone it keeps");
        app.fill("ev-timezone", "Geneva").await?;
        let option = app.wait_for("[role=option]", 10).await?;
        assert!(
            option.text().await?.starts_with("Europe/Zurich"),
            "{:?}",
            option.text().await?
        );

        eprintln!("step: \"Zur\", then Enter, as a keyboard user does");
        app.fill("ev-timezone", "Zur").await?;
        let first = app.wait_for("[role=option][data-highlighted]", 10).await?;
        let words = first.text().await?;
        // Each zone shows its offset on the event's days, whatever today's season: summer time
        // in May.
        assert!(
            words.starts_with("Europe/Zurich") && words.contains("UTC+02:00") && !words.contains("UTC+01:00"),
            "{words:?}"
        );
        app.axe("event form with the zone list open").await?;
        app.wait_for("#ev-timezone", 5).await?.send_keys(Key::Enter).await?;
        wait_value(&app, "ev-timezone", "the chosen zone", |v| v == "Europe/Zurich").await?;
        app.click("[data-testid=save]").await?;
        app.wait_text("the new event", 10, |t| t.contains("Zone Summit"))
            .await?;
        Res::Ok(())
    }
    .await;
    app.close().await?;
    result?;

    let store = Store::open(&home.db())?;
    let event = store.read().find_event("zone-summit")?;
    assert_eq!(event.data.timezone, "Europe/Zurich");
    Ok(())
}
