use plenary_core::{Event, EventData, PersonData, Role, RoleAssignment, Store};

use super::guard::FORMULA_STARTS;
use super::*;

fn store_with_event() -> (Store, Event) {
    let mut store = Store::open_in_memory().unwrap();
    let event = store
        .write(|tx| {
            tx.create_event(&EventData {
                slug: "forum".into(),
                title: "Forum".into(),
                timezone: "Europe/Zurich".into(),
                start_date: "2026-07-06".parse().unwrap(),
                end_date: "2026-07-10".parse().unwrap(),
                ..Default::default()
            })
        })
        .unwrap();
    (store, event)
}

fn cells(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn exports_neutralise_formulas_and_control_characters_and_import_takes_them_back() {
    let (mut store, event) = store_with_event();
    let title = "=HYPERLINK(\"https://evil.example\",\"x\")";
    let subtitle = "\u{1b}[31mred\u{7} alert";
    let description = "+cmd|' /C calc'!A0\nsecond line";
    store
        .write(|tx| {
            let person = tx.create_person(&PersonData {
                name: "@SUM(1+1)".into(),
                organisation: "-2+3".into(),
                bio: "\t=tabbed".into(),
                function: "\r=cr".into(),
                ..Default::default()
            })?;
            tx.create_session(
                event.id,
                &plenary_core::SessionData {
                    title: title.into(),
                    subtitle: subtitle.into(),
                    description: description.into(),
                    roles: vec![RoleAssignment {
                        person_id: person.id,
                        role: Role::Speaker,
                    }],
                    ..Default::default()
                },
            )
        })
        .unwrap();
    let schedule = store.read().schedule(event.id).unwrap();

    let sessions = cells(&export_sessions(&schedule));
    let col = |rows: &[Vec<String>], name: &str| rows[0].iter().position(|h| h == name).unwrap();
    let row = &sessions[1];
    assert_eq!(row[col(&sessions, "title")], format!("'{title}"));
    assert_eq!(row[col(&sessions, "subtitle")], "[31mred alert");
    assert_eq!(row[col(&sessions, "description")], format!("'{description}"));
    assert_eq!(row[col(&sessions, "speakers")], "'@SUM(1+1)");

    let people = cells(&export_people(&schedule, false));
    let row = &people[1];
    assert_eq!(row[col(&people, "name")], "'@SUM(1+1)");
    assert_eq!(row[col(&people, "organisation")], "'-2+3");
    assert_eq!(row[col(&people, "bio")], "'\t=tabbed");
    // The carriage return makes the cell a formula start; it is guarded, then removed.
    assert_eq!(row[col(&people, "function")], "'=cr");
    for rows in [&sessions, &people] {
        for cell in rows.iter().flatten() {
            assert!(!cell.starts_with(FORMULA_STARTS), "{cell:?}");
            assert!(
                !cell.chars().any(|c| c.is_control() && c != '\n' && c != '\t'),
                "{cell:?}"
            );
        }
    }

    // Importing the export gives the text back, not the apostrophes.
    let exported = export_sessions(&schedule);
    let report = import_sessions(
        &mut store,
        "s.csv",
        exported.as_bytes(),
        "forum",
        &CsvOptions::default(),
        &mut |_, _| {},
    )
    .unwrap();
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    let again = store.read().schedule(event.id).unwrap();
    assert_eq!(again.sessions.len(), 1);
    assert_eq!(again.sessions[0].data.title, title);
    assert_eq!(again.sessions[0].data.description, description);
}

#[test]
fn absurd_minutes_unsafe_links_and_repeated_roles_cost_the_value_not_the_file() {
    let (mut store, _) = store_with_event();
    let file = "title,start,minutes,links,join_url,speakers\n\
        Good,2026-07-06 09:00,60,Slides https://example.org/s,https://meet.example.org/1,Ada\n\
        Huge,2026-07-06 10:00,99999999999999999,,,\n\
        Overflow,2026-07-06 10:00,9223372036854775807,,,\n\
        Negative,2026-07-06 10:00,-5,,,\n\
        Links,2026-07-06 11:00,30,Bad javascript:alert(1); Good https://example.org,\"data:text/html;base64,PHNjcmlwdD4=\",Ada; Ada\n";
    let report = import_sessions(
        &mut store,
        "s.csv",
        file.as_bytes(),
        "forum",
        &CsvOptions::default(),
        &mut |_, _| {},
    )
    .unwrap();
    assert_eq!(report.created.sessions, 2, "{report:?}");
    let skipped: Vec<(Option<usize>, String)> = report.skipped.iter().map(|s| (s.line, s.reason.to_string())).collect();
    assert_eq!(skipped.len(), 3, "{skipped:?}");
    assert_eq!(skipped[0].0, Some(3));
    assert!(skipped[0].1.contains("too large"), "{skipped:?}");
    assert_eq!(skipped[1].0, Some(4));
    assert!(skipped[2].1.contains("not a positive number"), "{skipped:?}");
    let notes: Vec<String> = report.notes.iter().map(|n| n.remark.to_string()).collect();
    assert!(
        notes
            .iter()
            .any(|n| n.contains("javascript:alert(1)") && n.contains("left out")),
        "{notes:?}"
    );
    assert!(
        notes.iter().any(|n| n.contains("join_url") && n.contains("data:")),
        "{notes:?}"
    );
    assert!(
        notes
            .iter()
            .any(|n| n.contains("\"Ada\" is named more than once as speaker")),
        "{notes:?}"
    );
    let event = store.read().find_event("forum").unwrap();
    let s = store.read().schedule(event.id).unwrap();
    let links = s.sessions.iter().find(|x| x.data.title == "Links").unwrap();
    assert_eq!(links.data.links.len(), 1);
    assert_eq!(links.data.links[0].url, "https://example.org");
    assert_eq!(links.data.join_url, None);
    assert_eq!(links.data.roles.len(), 1);
}
