//! Issue 10's kinds of fault in the iCalendar import: absurd values (no panic, the record
//! skipped with its line and reason), deep nesting (no stack overflow, also on a small
//! thread stack), time linear in the input, RRULE parts applied or refused, DST folds said,
//! duplicate roles and unsafe links dropped with a note.

use std::time::{Duration as StdDuration, Instant};

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use plenary_core::{EventData, EventId, Store};
use plenary_ical::{import_ics, parse, ImportOptions, ImportReport};

fn event_in(store: &mut Store, tz: &str, first: (i32, u32, u32), days: u64) -> EventId {
    let start = NaiveDate::from_ymd_opt(first.0, first.1, first.2).unwrap();
    store
        .write(|tx| {
            tx.create_event(&EventData {
                slug: "ev".into(),
                title: "Test".into(),
                timezone: tz.into(),
                start_date: start,
                end_date: start.checked_add_days(chrono::Days::new(days - 1)).unwrap(),
                ..Default::default()
            })
        })
        .unwrap()
        .id
}

fn import(store: &mut Store, event: EventId, bytes: &[u8]) -> ImportReport {
    import_ics(store, event, "t.ics", bytes, &ImportOptions::default(), &mut |_, _| {}).unwrap()
}

fn starts(store: &Store, event: EventId) -> Vec<String> {
    let mut s: Vec<String> = store
        .read()
        .sessions(event)
        .unwrap()
        .iter()
        .map(|s| s.data.start.unwrap().format("%Y-%m-%dT%H:%MZ").to_string())
        .collect();
    s.sort();
    s
}

fn vevent(uid: &str, extra: &str) -> String {
    format!("BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:{uid}\r\n{extra}END:VEVENT\r\n")
}

fn calendar(events: &str) -> Vec<u8> {
    format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\n{events}END:VCALENDAR\r\n").into_bytes()
}

#[test]
fn absurd_durations_intervals_counts_and_untils_skip_their_record_and_keep_the_rest() {
    let mut store = Store::open_in_memory().unwrap();
    let ev = event_in(&mut store, "UTC", (2026, 6, 1), 3);
    let t = "DTSTART:20260601T090000Z\r\n";
    let file = calendar(
        &[
            vevent("good", &format!("{t}DURATION:PT1H\r\n")),
            vevent("weeks", &format!("{t}DURATION:P999999999999999999W\r\n")),
            vevent("digits", &format!("{t}DURATION:PT99999999999999999999999S\r\n")),
            vevent("days", &format!("{t}DURATION:P9999999D\r\n")),
            vevent(
                "interval",
                &format!("{t}DURATION:PT1H\r\nRRULE:FREQ=DAILY;INTERVAL=9223372036854775807\r\n"),
            ),
            vevent(
                "interval-digits",
                &format!("{t}DURATION:PT1H\r\nRRULE:FREQ=WEEKLY;INTERVAL=99999999999999999999999\r\n"),
            ),
            vevent(
                "count",
                &format!("{t}DURATION:PT1H\r\nRRULE:FREQ=DAILY;COUNT=99999999999999999999999\r\n"),
            ),
            vevent(
                "until",
                "DTSTART:20260601T100000Z\r\nDURATION:PT1H\r\nRRULE:FREQ=DAILY;UNTIL=+2621420101T000000Z\r\n",
            ),
            vevent("year", "DTSTART:+2621420101T000000Z\r\nDURATION:PT1H\r\n"),
            vevent(
                "rdate",
                &format!("{t}DURATION:PT1H\r\nRDATE;VALUE=PERIOD:20260602T090000Z/P999999999999999W\r\n"),
            ),
        ]
        .concat(),
    );
    let report = import(&mut store, ev, &file);
    assert_eq!(report.records, 10);
    let reasons: Vec<(usize, String)> = report
        .skipped
        .iter()
        .map(|s| (s.line.unwrap(), s.reason.to_string()))
        .collect();
    let reason_of = |uid: &str| {
        let s = report
            .skipped
            .iter()
            .find(|s| s.what.to_string().contains(uid))
            .unwrap_or_else(|| panic!("{uid}: {reasons:?}"));
        assert!(s.line.is_some_and(|l| l > 3), "{s:?}");
        s.reason.to_string()
    };
    assert!(
        reason_of("\"weeks\"").contains("DURATION \"P999999999999999999W\" (line 16) is too long"),
        "{reasons:?}"
    );
    assert!(reason_of("\"digits\"").contains("too long"), "{reasons:?}");
    // 27,000 years: a time chrono can hold, outside the event's days.
    assert!(
        reason_of("\"days\"").contains("outside the event's days"),
        "{reasons:?}"
    );
    assert!(reason_of("\"until\"").contains("UNTIL"), "{reasons:?}");
    assert!(reason_of("\"year\"").contains("is not a date-time"), "{reasons:?}");
    assert!(reason_of("\"rdate\"").contains("RDATE period"), "{reasons:?}");
    assert_eq!(report.skipped.len(), 6, "{reasons:?}");
    // good, the first instance of each absurd INTERVAL (the next is beyond any date), and
    // three daily instances of COUNT=huge.
    assert_eq!(report.created.sessions, 1 + 1 + 1 + 3, "{report:#?}");
}

#[test]
fn case_17_a_duration_of_a_billion_billion_weeks_is_skipped_with_its_line() {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/cases/17-huge-duration-panic/duration-weeks.ics"
    ))
    .unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let ev = event_in(&mut store, "UTC", (2024, 3, 12), 1);
    let report = import(&mut store, ev, &bytes);
    assert_eq!(
        (report.records, report.created.sessions, report.skipped.len()),
        (1, 0, 1)
    );
    let s = &report.skipped[0];
    assert_eq!(s.line, Some(4));
    assert_eq!(
        s.reason.to_string(),
        "DURATION \"P999999999999999999W\" (line 8) is too long to be a duration"
    );
}

/// A file of `depth` components nested in one another inside a VEVENT, then a good VEVENT.
fn nested(depth: usize) -> Vec<u8> {
    let mut s = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\n");
    s.push_str("BEGIN:VEVENT\r\nUID:outer\r\nSUMMARY:Outer\r\nDTSTART:20260601T090000Z\r\nDURATION:PT1H\r\n");
    for i in 0..depth {
        s.push_str(if i % 2 == 0 {
            "BEGIN:VALARM\r\n"
        } else {
            "BEGIN:VEVENT\r\n"
        });
    }
    for i in (0..depth).rev() {
        s.push_str(if i % 2 == 0 { "END:VALARM\r\n" } else { "END:VEVENT\r\n" });
    }
    s.push_str("END:VEVENT\r\n");
    s.push_str(
        "BEGIN:VEVENT\r\nUID:after\r\nSUMMARY:After\r\nDTSTART:20260601T110000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\n",
    );
    s.push_str("END:VCALENDAR\r\n");
    s.into_bytes()
}

#[test]
fn components_nested_100000_deep_import_on_a_256_kib_thread() {
    let file = nested(100_000);
    let worker = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let mut store = Store::open_in_memory().unwrap();
            let ev = event_in(&mut store, "UTC", (2026, 6, 1), 1);
            let report = import(&mut store, ev, &file);
            // Parsed and dropped again on this thread too.
            let (roots, _) = parse::parse(&file).unwrap();
            drop(roots);
            (report, starts(&store, ev))
        })
        .unwrap();
    let (report, starts) = worker.join().expect("no stack overflow");
    // Every VEVENT is accounted for: two imported, the 50,000 nested ones skipped.
    assert_eq!(report.records, 2 + 50_000);
    assert_eq!(report.created.sessions, 2);
    assert_eq!(report.skipped.len(), 50_000);
    assert!(
        report.skipped[0].reason.to_string().contains("VEVENT inside VALARM"),
        "{:?}",
        report.skipped[0]
    );
    assert_eq!(starts, ["2026-06-01T09:00Z", "2026-06-01T11:00Z"]);
}

/// The best of three timings of `f`.
fn time(f: impl Fn()) -> StdDuration {
    (0..3)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap()
}

/// Parse time grows like the input: ten times the input takes well under a hundred times
/// as long (a quadratic loop gives ~100×; the bound leaves room for a noisy shared machine).
#[test]
fn parse_time_is_linear_in_deep_nesting_folds_soft_breaks_and_unmatched_ends() {
    type Make = Box<dyn Fn(usize) -> Vec<u8>>;
    let shapes: Vec<(&str, Make)> = vec![
        ("nesting", Box::new(nested)),
        (
            "unmatched END lines under deep nesting",
            Box::new(|n| {
                let mut s = String::from("BEGIN:VCALENDAR\r\n");
                s.push_str(&"BEGIN:X\r\n".repeat(n / 2));
                s.push_str(&"END:Y\r\n".repeat(n / 2));
                s.into_bytes()
            }),
        ),
        (
            "one line folded many times",
            Box::new(|n| {
                let mut s = String::from("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:a");
                s.push_str(&"\r\n bcdefgh".repeat(n));
                s.push_str("\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
                s.into_bytes()
            }),
        ),
        (
            "quoted-printable soft breaks without a colon",
            Box::new(|n| {
                let mut s = String::from("BEGIN:VCALENDAR\r\nX-A;ENCODING=QUOTED-PRINTABLE=\r\n");
                s.push_str(&"abcdefgh=\r\n".repeat(n));
                s.push_str("END:VCALENDAR\r\n");
                s.into_bytes()
            }),
        ),
    ];
    for (name, make) in shapes {
        let small = make(20_000);
        let large = make(200_000);
        let t_small = time(|| drop(parse::parse(&small).unwrap()));
        let t_large = time(|| drop(parse::parse(&large).unwrap()));
        let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-6);
        eprintln!("{name}: 10x input took {ratio:.1}x ({t_small:?} → {t_large:?})");
        assert!(ratio < 30.0, "{name}: 10x input took {ratio:.1}x the time");
    }
}

#[test]
fn import_time_is_linear_in_the_number_of_vevents() {
    let file = |n: usize| {
        let events: String = (0..n)
            .map(|i| {
                vevent(
                    &format!("e{i}"),
                    &format!(
                        "DTSTART:20260601T{:02}{:02}00Z\r\nDURATION:PT5M\r\nRRULE:FREQ=WEEKLY;BYDAY=MO\r\nEXDATE:19000101\r\n",
                        (i / 60) % 24,
                        i % 60
                    ),
                )
            })
            .collect();
        calendar(&events)
    };
    let run = |bytes: &[u8]| best_dry_import(bytes, 1);
    let (small, large) = (file(200), file(2_000));
    let (t_small, r) = run(&small);
    assert_eq!(r.created.sessions + r.skipped.len(), 200, "{r:#?}");
    let (t_large, _) = run(&large);
    let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-6);
    eprintln!("import: 10x VEVENTs took {ratio:.1}x ({t_small:?} → {t_large:?})");
    assert!(ratio < 30.0, "10x VEVENTs took {ratio:.1}x the time");
}

#[test]
fn a_weekly_series_from_long_ago_reaches_the_event_without_walking_every_week() {
    let mut store = Store::open_in_memory().unwrap();
    let ev = event_in(&mut store, "Europe/Berlin", (2026, 6, 1), 7);
    let file = calendar(&vevent(
        "old",
        "DTSTART;TZID=Europe/Berlin:10000104T090000\r\nDURATION:PT1H\r\nRRULE:FREQ=WEEKLY;INTERVAL=3;BYDAY=MO\r\n",
    ));
    let report = import(&mut store, ev, &file);
    // The Mondays of every third week counted from the week (starting Monday) of DTSTART.
    let d0 = NaiveDate::from_ymd_opt(1000, 1, 4).unwrap();
    let week0 = d0 - chrono::Duration::days(d0.weekday().num_days_from_monday().into());
    let expected: Vec<String> = (1..=7)
        .map(|day| NaiveDate::from_ymd_opt(2026, 6, day).unwrap())
        .filter(|d| d.weekday() == chrono::Weekday::Mon && (*d - week0).num_weeks() % 3 == 0)
        .map(|d| format!("{d}T07:00Z"))
        .collect();
    assert_eq!(expected.len(), 1, "the test's own arithmetic");
    assert_eq!(starts(&store, ev), expected, "{report:#?}");
}

#[test]
fn wkst_decides_which_weeks_an_interval_skips_rfc_5545_example() {
    // RFC 5545 §3.8.5.3: the same rule with WKST=MO and WKST=SU gives different days.
    for (wkst, expected) in [
        ("MO", ["1997-08-05", "1997-08-10", "1997-08-19", "1997-08-24"]),
        ("SU", ["1997-08-05", "1997-08-17", "1997-08-19", "1997-08-31"]),
    ] {
        let mut store = Store::open_in_memory().unwrap();
        let ev = event_in(&mut store, "UTC", (1997, 8, 1), 31);
        let file = calendar(&vevent(
            "w",
            &format!("DTSTART:19970805T090000Z\r\nDURATION:PT1H\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST={wkst}\r\n"),
        ));
        let report = import(&mut store, ev, &file);
        let days: Vec<String> = starts(&store, ev).iter().map(|s| s[..10].to_string()).collect();
        assert_eq!(days, expected, "WKST={wkst}: {report:#?}");
    }
}

#[test]
fn rrule_parts_that_change_the_result_are_applied_or_refused_never_ignored() {
    let mut store = Store::open_in_memory().unwrap();
    let ev = event_in(&mut store, "UTC", (2026, 6, 1), 30);
    let t = "DTSTART:20260601T090000Z\r\nDURATION:PT1H\r\n";
    let refused = [
        "FREQ=WEEKLY;BYDAY=MO,TU;BYSETPOS=1",
        "FREQ=DAILY;BYHOUR=9,15",
        "FREQ=DAILY;BYMINUTE=0,30",
        "FREQ=DAILY;BYYEARDAY=160",
        "FREQ=DAILY;BYWEEKNO=23",
        "FREQ=MONTHLY;BYDAY=1MO",
        "FREQ=WEEKLY;BYDAY=1MO",
        "FREQ=DAILY;X-FOO=1",
        "FREQ=DAILY;WKST=XX",
    ];
    let mut events: String = refused
        .iter()
        .enumerate()
        .map(|(i, r)| vevent(&format!("r{i}"), &format!("{t}RRULE:{r}\r\n")))
        .collect();
    // Applied: BYMONTH and BYMONTHDAY limit a daily rule (the 1st and the last day of June).
    events.push_str(&vevent(
        "limits",
        &format!("{t}RRULE:FREQ=DAILY;BYMONTH=6;BYMONTHDAY=1,-1\r\n"),
    ));
    let report = import(&mut store, ev, &calendar(&events));
    assert_eq!(report.skipped.len(), refused.len(), "{report:#?}");
    for s in &report.skipped {
        assert!(s.reason.to_string().contains("event not imported"), "{s:?}");
    }
    assert!(report.skipped[0]
        .reason
        .to_string()
        .contains("RRULE part BYSETPOS cannot be expanded"));
    assert_eq!(starts(&store, ev), ["2026-06-01T09:00Z", "2026-06-30T09:00Z"]);
}

#[test]
fn a_time_in_a_dst_fold_is_read_as_the_first_and_the_report_says_which_instant() {
    let mut store = Store::open_in_memory().unwrap();
    let ev = event_in(&mut store, "Europe/Berlin", (2026, 10, 25), 1);
    let file = calendar(&vevent(
        "fold",
        "DTSTART;TZID=Europe/Berlin:20261025T023000\r\nDTEND;TZID=Europe/Berlin:20261025T040000\r\n",
    ));
    let report = import(&mut store, ev, &file);
    assert_eq!(starts(&store, ev), ["2026-10-25T00:30Z"]);
    let note = report
        .notes
        .iter()
        .find(|n| n.remark.to_string().contains("happens twice"))
        .expect("a note on the fold");
    assert_eq!(note.line, Some(8));
    assert!(
        note.remark
            .to_string()
            .contains("2026-10-25 00:30 UTC, at UTC+02:00, not the second at 2026-10-25 01:30 UTC"),
        "{}",
        note.remark
    );
}

#[test]
fn a_role_given_twice_is_kept_once_with_a_note() {
    let mut store = Store::open_in_memory().unwrap();
    let ev = event_in(&mut store, "UTC", (2026, 6, 1), 1);
    let person = "X-PLENARY-ROLE;ROLE=speaker;PERSON=6f1c1b7e-6d55-4a8e-9a51-0c5f2b9d1e01:Ada\r\n";
    let file = calendar(&vevent(
        "roles",
        &format!(
            "DTSTART:20260601T090000Z\r\nDURATION:PT1H\r\nX-PLENARY-KIND:presentation\r\nX-PLENARY-PARTICIPATION:on_site\r\n{person}{person}{person}\
             X-PLENARY-ROLE;ROLE=moderator;PERSON=6f1c1b7e-6d55-4a8e-9a51-0c5f2b9d1e01:Ada\r\n"
        ),
    ));
    let report = import(&mut store, ev, &file);
    assert_eq!(report.created.sessions, 1, "{report:#?}");
    let session = &store.read().sessions(ev).unwrap()[0];
    let roles: Vec<String> = session.data.roles.iter().map(|r| format!("{:?}", r.role)).collect();
    assert_eq!(roles, ["Speaker", "Moderator"]);
    let notes: Vec<_> = report
        .notes
        .iter()
        .filter(|n| n.remark.to_string().contains("twice"))
        .collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert_eq!((notes[0].line, notes[1].line), (Some(13), Some(14)));
    assert!(notes[0]
        .remark
        .to_string()
        .contains("\"Ada\" holds the role speaker twice in this session; kept once"));
}

#[test]
fn an_unsafe_join_or_registration_link_is_dropped_with_a_note_not_the_session() {
    let mut store = Store::open_in_memory().unwrap();
    let ev = event_in(&mut store, "UTC", (2026, 6, 1), 1);
    let t = "DTSTART:20260601T090000Z\r\nDURATION:PT1H\r\n";
    let file = calendar(
        &[
            vevent(
                "plenary",
                &format!(
                    "{t}X-PLENARY-KIND:presentation\r\nX-PLENARY-PARTICIPATION:hybrid\r\n\
                     X-PLENARY-JOIN-URL:javascript:alert(1)\r\nX-PLENARY-REGISTRATION-URL:data:text/html,<b>x</b>\r\n\
                     X-PLENARY-LINK;LABEL=Slides:https://example.org/slides\r\nX-PLENARY-LINK;LABEL=Bad:file:///etc/passwd\r\n"
                ),
            ),
            vevent(
                "foreign",
                "DTSTART:20260601T110000Z\r\nDURATION:PT1H\r\nCONFERENCE;VALUE=URI;FEATURE=VIDEO:javascript:alert(1)\r\n\
                 CONFERENCE;VALUE=URI;FEATURE=PHONE:tel:+41-22-730-5111\r\nURL:data:text/html,x\r\n",
            ),
        ]
        .concat(),
    );
    let report = import(&mut store, ev, &file);
    assert_eq!((report.created.sessions, report.skipped.len()), (2, 0), "{report:#?}");
    let sessions = store.read().sessions(ev).unwrap();
    let plenary = sessions.iter().find(|s| s.data.title == "plenary").unwrap();
    assert_eq!(plenary.data.join_url, None);
    assert_eq!(plenary.data.registration_url, None);
    let urls: Vec<&str> = plenary.data.links.iter().map(|l| l.url.as_str()).collect();
    assert_eq!(urls, ["https://example.org/slides"]);
    let foreign = sessions.iter().find(|s| s.data.title == "foreign").unwrap();
    assert_eq!(foreign.data.join_url.as_deref(), Some("tel:+41-22-730-5111"));
    assert!(foreign.data.links.is_empty());
    let dropped: Vec<(usize, String)> = report
        .notes
        .iter()
        .filter(|n| n.remark.to_string().contains("the link is left out"))
        .map(|n| (n.line.unwrap(), n.remark.to_string()))
        .collect();
    assert_eq!(dropped.len(), 5, "{dropped:?}");
    assert!(
        dropped
            .iter()
            .any(|(l, m)| *l == 12 && m.starts_with("X-PLENARY-JOIN-URL \"javascript:alert(1)\" uses javascript:")),
        "{dropped:?}"
    );
}

#[test]
fn multi_line_utc_instants_are_exact() {
    // Sanity for the helpers above: a plain file gives the instant written.
    let mut store = Store::open_in_memory().unwrap();
    let ev = event_in(&mut store, "UTC", (2026, 6, 1), 1);
    import(
        &mut store,
        ev,
        &calendar(&vevent("x", "DTSTART:20260601T090000Z\r\nDTEND:20260601T100000Z\r\n")),
    );
    let s = &store.read().sessions(ev).unwrap()[0];
    assert_eq!(
        s.data.start,
        Some("2026-06-01T09:00:00Z".parse::<DateTime<Utc>>().unwrap())
    );
}

/// The best of three dry-run imports of `bytes` into a fresh UTC event of `days` days from
/// 2026-06-01, each into a fresh store (one slow run on a loaded machine must not look like
/// super-linear work): the time and the report.
fn best_dry_import(bytes: &[u8], days: u64) -> (StdDuration, plenary_core::ImportReport) {
    let once = || {
        let mut store = Store::open_in_memory().unwrap();
        let ev = event_in(&mut store, "UTC", (2026, 6, 1), days);
        let t = Instant::now();
        let report = import_ics(
            &mut store,
            ev,
            "t.ics",
            bytes,
            &ImportOptions { dry_run: true },
            &mut |_, _| {},
        )
        .unwrap();
        (t.elapsed(), report)
    };
    (0..3).map(|_| once()).min_by_key(|(t, _)| *t).unwrap()
}

/// Import time of `make(n)` and `make(10 n)` into a three-day UTC event (dry run).
fn import_ratio(make: impl Fn(usize) -> Vec<u8>, n: usize) -> f64 {
    let run = |bytes: &[u8]| best_dry_import(bytes, 3);
    let (small, r) = run(&make(n));
    assert!(r.skipped.is_empty(), "{:#?}", r.skipped);
    let (large, _) = run(&make(10 * n));
    small.as_secs_f64().max(1e-6).recip() * large.as_secs_f64()
}

#[test]
fn import_time_is_linear_in_instances_times_properties_and_in_zone_onsets() {
    // One VEVENT with n RDATEs and n CATEGORIES lines: its fields are read once, not per instance.
    let rdates = |n: usize| {
        let dates: Vec<String> = (0..n)
            .map(|i| format!("202606{:02}T{:02}{:02}00Z", 1 + i / 1440, (i / 60) % 24, i % 60))
            .collect();
        let categories = "CATEGORIES:Open data\r\n".repeat(n);
        calendar(&vevent(
            "many",
            &format!(
                "DTSTART:20260601T000000Z\r\nDURATION:PT1M\r\nRDATE:{}\r\n{categories}",
                dates.join(",")
            ),
        ))
    };
    // A custom zone with n onsets, read by n VEVENTs.
    let zone = |n: usize| {
        let onsets: Vec<String> = (0..n).map(|i| format!("{:04}0101T000000", 1000 + i)).collect();
        let mut s = format!(
            "BEGIN:VTIMEZONE\r\nTZID:Custom\r\nBEGIN:STANDARD\r\nDTSTART:09000101T000000\r\nRDATE:{}\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n",
            onsets.join(",")
        );
        for i in 0..n {
            s.push_str(&vevent(
                &format!("z{i}"),
                &format!(
                    "DTSTART;TZID=Custom:202606{:02}T{:02}{:02}00\r\nDURATION:PT1M\r\n",
                    1 + i / 1440,
                    (i / 60) % 24,
                    i % 60
                ),
            ));
        }
        calendar(&s)
    };
    for (name, ratio) in [
        ("RDATEs × CATEGORIES", import_ratio(rdates, 300)),
        ("zone onsets × VEVENTs", import_ratio(zone, 300)),
    ] {
        eprintln!("{name}: 10x input took {ratio:.1}x");
        assert!(ratio < 30.0, "{name}: 10x input took {ratio:.1}x the time");
    }
}

#[test]
fn an_event_made_from_a_file_survives_edge_dates_and_refuses_an_absurd_span() {
    let cases: [(&str, Option<&str>); 4] = [
        // Ends near the end of chrono's range: the session is refused, and so no event is made.
        (
            "DTSTART:20260601T090000Z\r\nDURATION:P13572000W\r\n",
            None,
        ),
        ("DTSTART:99991231T230000Z\r\nDURATION:PT2H\r\n", Some("no VEVENT in the file has a start time")),
        (
            "DTSTART;TZID=America/New_York:00000101T000000\r\nDURATION:PT1H\r\n",
            Some("no VEVENT in the file has a start time"),
        ),
        (
            "DTSTART:20260601T090000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:y\r\nSUMMARY:y\r\nDTSTART:20300601T090000Z\r\nDURATION:PT1H\r\n",
            Some("at most a year"),
        ),
    ];
    for (times, refused) in cases {
        let mut store = Store::open_in_memory().unwrap();
        let file = calendar(&vevent("x", times));
        let result =
            plenary_ical::import_ics_as_event(&mut store, "edge.ics", &file, &ImportOptions::default(), &mut |_, _| {});
        match (result, refused) {
            (Ok(report), None) => {
                assert_eq!(report.created.events, 0, "{times}");
                assert_eq!(report.skipped.len(), 1, "{times}: {report:#?}");
                assert!(
                    store.read().events().unwrap().is_empty(),
                    "{times}: no empty event is left"
                );
            }
            (Err(e), Some(why)) => {
                assert!(e.to_string().contains(why), "{times}: {e}");
                assert!(
                    store.read().events().unwrap().is_empty(),
                    "a refused file changes nothing"
                );
            }
            (other, _) => panic!("{times}: {other:?}"),
        }
    }
}

/// A schedule read from a store written by hand may hold absurd days: the writer itself
/// refuses them naming the field (whoever calls it), instead of sampling a VTIMEZONE over them.
#[test]
fn the_writer_refuses_absurd_stored_days_naming_the_field() {
    let mut store = Store::open_in_memory().unwrap();
    let ev = event_in(&mut store, "Europe/Berlin", (2026, 6, 1), 3);
    let mut schedule = store.read().schedule(ev).unwrap();
    schedule.event.data.end_date = NaiveDate::MAX;
    let options = plenary_ical::ExportOptions::default();
    let err = plenary_ical::write_calendar(&schedule, &Default::default(), &options).unwrap_err();
    assert_eq!(err.field(), Some("end_date"), "{err}");
}
