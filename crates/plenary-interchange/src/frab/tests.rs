use chrono::Duration;
use plenary_core::{SessionKind, Store};

use super::times::{parse_duration, DurationText};
use super::values::kind_from_type;
use super::*;

#[test]
fn durations() {
    assert_eq!(parse_duration("01:30"), Some(DurationText::One(Duration::minutes(90))));
    assert_eq!(
        parse_duration("00:05:00"),
        Some(DurationText::Three {
            hms: Some(Duration::minutes(5)),
            dhm: None,
            last_nonzero: false
        })
    );
    assert_eq!(parse_duration("1:75"), None);
    // Seconds are seconds when the first field is zero (pretalx writes D:HH:MM only from a day).
    assert_eq!(
        parse_duration("00:05:30"),
        Some(DurationText::Three {
            hms: Some(Duration::seconds(330)),
            dhm: None,
            last_nonzero: true
        })
    );
    // 1:02:30 as D:HH:MM is a day, two hours and thirty minutes.
    assert_eq!(
        parse_duration("1:02:30"),
        Some(DurationText::Three {
            hms: Some(Duration::seconds(3750)),
            dhm: Some(Duration::minutes(24 * 60 + 150)),
            last_nonzero: true
        })
    );
}

#[test]
fn absurd_durations_have_no_reading_and_do_not_panic() {
    for text in [
        "9223372036854775807",
        "99999999999999999999",
        "9223372036854775807:00",
        "153722867280912930:00",
        "106751991167300:00:00",
        "-5",
        "1:-1",
        "1:2:3:4",
        "",
        ":",
    ] {
        assert_eq!(parse_duration(text), None, "{text:?}");
    }
    // Large but representable: read (and then refused by the conference's bounds).
    assert!(matches!(parse_duration("6944:11:40"), Some(DurationText::Three { .. })));
}

#[test]
fn absurd_durations_skip_their_session_with_the_line() {
    let mut store = Store::open_in_memory().unwrap();
    let options = FrabOptions {
        timezone: Some("Europe/Zurich".into()),
        dry_run: false,
    };
    for huge in [
        "9223372036854775807",
        "153722867280912:00",
        "6944:11:40",
        "2562047788015215:00:00",
    ] {
        let file = NIGHT.replace("<duration>00:45</duration>", &format!("<duration>{huge}</duration>"));
        let report = import(&mut store, "night.xml", file.as_bytes(), &options, &mut |_, _| {}).unwrap();
        assert_eq!(report.skipped.len(), 1, "{huge}: {:?}", report.skipped);
        assert_eq!(report.skipped[0].line, Some(8), "{huge}");
        assert!(
            report.skipped[0].reason.to_string().contains(huge),
            "{huge}: {:?}",
            report.skipped
        );
        assert_eq!(report.created.sessions + report.unchanged.sessions, 1, "{huge}");
    }
}

#[test]
fn deep_nesting_is_bounded_and_linear() {
    // 200,000 levels inside an event: the event is skipped with the reason, the file is read.
    let n = 200_000;
    let deep = format!("{}{}", "<x>".repeat(n), "</x>".repeat(n));
    let file = NIGHT.replace("<type>lecture</type>", &format!("<type>lecture</type>{deep}"));
    let started = std::time::Instant::now();
    let doc = parse("deep.xml", file.as_bytes()).unwrap();
    assert!(
        started.elapsed() < std::time::Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(doc.events.len(), 2);
    assert!(
        doc.events[0].problem.as_deref().unwrap().contains("nest more than"),
        "{:?}",
        doc.events[0].problem
    );
    assert!(doc.events[1].problem.is_none());
    assert_eq!(doc.events[1].title, "After midnight");
}

#[test]
fn kinds() {
    assert_eq!(kind_from_type("lecture"), SessionKind::Presentation);
    assert_eq!(kind_from_type("Workshop 2h"), SessionKind::Workshop);
    assert_eq!(kind_from_type("meeting"), SessionKind::InteractiveSession);
    assert_eq!(kind_from_type("keynote"), SessionKind::Keynote);
    assert_eq!(kind_from_type("podium"), SessionKind::Panel);
}

const NIGHT: &str = r#"<?xml version="1.0"?>
<schedule>
  <conference><title>Night &amp; Day</title><acronym>night</acronym></conference>
  <day index="1" date="2020-01-10" start="2020-01-10T10:00:00+01:00" end="2020-01-11T04:00:00+01:00">
    <room name="Hall">
      <event id="1"><title>Evening</title><start>22:30</start><duration>01:00</duration><type>lecture</type>
        <persons><person id="7">Ada</person></persons><track>Art &amp; Code</track></event>
      <event id="2"><title>After midnight</title><start>01:30</start><duration>00:45</duration><type>djset</type>
        <persons><person id="7">Ada</person><person id="8">Grace</person></persons>
        <links><link href="/talks/2">Slides</link></links></event>
    </room>
  </day>
</schedule>"#;

#[test]
fn times_before_the_day_starts_belong_to_the_night_after() {
    let mut store = Store::open_in_memory().unwrap();
    let options = FrabOptions {
        timezone: Some("Europe/Zurich".into()),
        dry_run: false,
    };
    let report = import(&mut store, "night.xml", NIGHT.as_bytes(), &options, &mut |_, _| {}).unwrap();
    assert_eq!(report.created.sessions, 2);
    assert_eq!(report.created.people, 2);
    assert_eq!(report.created.tracks, 1);
    let s = store.read().schedule(report.event.unwrap().id).unwrap();
    assert_eq!(s.event.data.title, "Night & Day");
    let by_code = |c: &str| s.sessions.iter().find(|x| x.data.code == c).unwrap();
    assert_eq!(
        by_code("1").data.start.unwrap().to_rfc3339(),
        "2020-01-10T21:30:00+00:00"
    );
    assert_eq!(
        by_code("2").data.start.unwrap().to_rfc3339(),
        "2020-01-11T00:30:00+00:00"
    );
    assert_eq!(by_code("2").data.kind, SessionKind::Social);
    // The night belongs to the day: one conference day that begins at 10:00 (the <day>'s start),
    // said in the notes.
    assert_eq!(s.event.data.end_date.to_string(), "2020-01-10");
    assert_eq!(s.event.data.day_change.to_string(), "10:00:00");
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.remark.to_string().contains("conference days begin at 10:00")),
        "{:?}",
        report.notes
    );
    // The relative link has no base URL to resolve against: left out and reported.
    assert!(by_code("2").data.links.is_empty());
    assert!(
        report.notes.iter().any(|w| w.remark.to_string().contains("1 links")),
        "{:?}",
        report.notes
    );
    // An explicit <day_change> wins over the day's start: at 01:00 the day has begun, so
    // 01:30 is early on the day's own date.
    let with_change = NIGHT.replace(
        "<acronym>night</acronym>",
        "<acronym>night2</acronym><day_change>01:00</day_change>",
    );
    let report = import(
        &mut store,
        "night2.xml",
        with_change.as_bytes(),
        &options,
        &mut |_, _| {},
    )
    .unwrap();
    let s = store.read().schedule(report.event.unwrap().id).unwrap();
    let after = s.sessions.iter().find(|x| x.data.code == "2").unwrap();
    assert_eq!(after.data.start.unwrap().to_rfc3339(), "2020-01-10T00:30:00+00:00");
}

#[test]
fn line_numbers_of_skipped_events() {
    let broken = NIGHT.replace("<duration>00:45</duration>", "<duration>soon</duration>");
    let mut store = Store::open_in_memory().unwrap();
    let options = FrabOptions {
        timezone: Some("Europe/Zurich".into()),
        dry_run: false,
    };
    let report = import(&mut store, "night.xml", broken.as_bytes(), &options, &mut |_, _| {}).unwrap();
    assert_eq!(report.created.sessions, 1);
    assert_eq!(report.skipped.len(), 1);
    assert_eq!(report.skipped[0].line, Some(8));
    assert!(
        report.skipped[0].reason.to_string().contains("\"soon\""),
        "{:?}",
        report.skipped
    );
}

#[test]
fn a_session_far_from_the_conference_is_skipped_not_the_file() {
    let base = NIGHT.replace(
        "<acronym>night</acronym>",
        "<acronym>night</acronym><start>2020-01-10</start><end>2020-01-10</end>",
    );
    let options = FrabOptions {
        timezone: Some("Europe/Zurich".into()),
        dry_run: false,
    };
    for date in [
        "1800-01-01T22:30:00+01:00",
        "+262142-12-31T22:30:00+01:00",
        "9999-12-31T23:59:59+14:00",
        "-0001-01-01T00:00:00-14:00",
        "+262142-12-31T22:30:00",
        "-262143-01-01T00:00",
        "1900-01-01 00:00",
    ] {
        let file = base.replace(
            "<event id=\"1\"><title>Evening</title>",
            &format!("<event id=\"1\"><title>Evening</title><date>{date}</date>"),
        );
        let mut store = Store::open_in_memory().unwrap();
        let report = import(&mut store, "far.xml", file.as_bytes(), &options, &mut |_, _| {})
            .unwrap_or_else(|e| panic!("{date}: {e}"));
        assert_eq!(report.created.sessions, 1, "{date}: {report:?}");
        assert_eq!(report.skipped.len(), 1, "{date}");
        assert_eq!(report.skipped[0].line, Some(6), "{date}");
        // At the very edge of the date types, the zone has no such local time: also a reason.
        let reason = report.skipped[0].reason.to_string();
        assert!(
            reason.contains("outside the conference") || reason.contains("does not exist"),
            "{date}: {reason}"
        );
        let s = store.read().schedule(report.event.unwrap().id).unwrap();
        assert_eq!(s.event.data.start_date.to_string(), "2020-01-10", "{date}");
    }
}

#[test]
fn the_reading_of_a_b_c_follows_the_generator_and_the_conference() {
    let options = FrabOptions {
        timezone: Some("Europe/Zurich".into()),
        dry_run: false,
    };
    // (generator, duration, minutes expected, reading named in the notes)
    for (generator, duration, minutes, reading) in [
        ("", "1:00:00", 60, "H:MM:SS"),
        (
            "<generator name=\"pretalx\" version=\"2026.1\"/>",
            "1:00:00",
            24 * 60,
            "D:HH:MM",
        ),
        // Three days would run past the one-day conference (and its next day): hours, then.
        (
            "<generator name=\"pretalx\" version=\"2026.1\"/>",
            "3:00:00",
            180,
            "H:MM:SS",
        ),
        // A last field that is not zero is minutes, when the day and more fits the conference …
        ("", "1:00:30", 24 * 60 + 30, "D:HH:MM"),
        // … and seconds when it does not (22:30 + 1 d 2 h 30 min is past the day after).
        ("", "1:02:30", 62, "H:MM:SS"),
    ] {
        let file = NIGHT.replace("<schedule>", &format!("<schedule>{generator}")).replace(
            "<duration>01:00</duration>",
            &format!("<duration>{duration}</duration>"),
        );
        let mut store = Store::open_in_memory().unwrap();
        let report = import(&mut store, "a.xml", file.as_bytes(), &options, &mut |_, _| {}).unwrap();
        assert!(report.skipped.is_empty(), "{duration}: {:?}", report.skipped);
        let s = store.read().schedule(report.event.unwrap().id).unwrap();
        let evening = s.sessions.iter().find(|x| x.data.code == "1").unwrap();
        let length = evening.data.end.unwrap() - evening.data.start.unwrap();
        assert_eq!(length.num_minutes(), minutes, "{generator} {duration}");
        assert!(
            report
                .notes
                .iter()
                .any(|n| n.remark.to_string().contains(&format!("read as {reading}"))
                    && n.remark.to_string().contains(duration)),
            "{generator} {duration}: {:?}",
            report.notes
        );
    }
}

/// A merged file repeats a guid (two slots of one workshop). Imported again into another event
/// (its acronym names that event), both copies become new sessions there, each its own UUID: the
/// second one used to take the first one's fresh UUID and fail the whole file.
#[test]
fn a_repeated_guid_of_another_event_gets_two_fresh_uuids() {
    let guid = "6a32cb72-a69d-423c-91b5-60d88eb8e6c7";
    let twice = NIGHT
        .replace("<event id=\"1\">", &format!("<event id=\"1\" guid=\"{guid}\">"))
        .replace("<event id=\"2\">", &format!("<event id=\"2\" guid=\"{guid}\">"));
    let options = FrabOptions {
        timezone: Some("Europe/Zurich".into()),
        dry_run: false,
    };
    let mut store = Store::open_in_memory().unwrap();
    let first = import(&mut store, "a.xml", twice.as_bytes(), &options, &mut |_, _| {}).unwrap();
    assert_eq!(first.created.sessions, 2);
    let empty = r#"<schedule><conference><title>Other</title><acronym>other</acronym><start>2020-01-10</start><end>2020-01-11</end></conference></schedule>"#;
    import(&mut store, "b.xml", empty.as_bytes(), &options, &mut |_, _| {}).unwrap();
    let again = twice.replace("<acronym>night</acronym>", "<acronym>other</acronym>");
    let report = import(&mut store, "c.xml", again.as_bytes(), &options, &mut |_, _| {}).unwrap();
    let event = report.event.as_ref().unwrap();
    assert_eq!(event.slug, "other");
    assert_eq!(report.created.sessions, 2, "{report:?}");
    let moved = report
        .notes
        .iter()
        .filter(|n| matches!(n.remark, plenary_core::report::Remark::GuidOfAnotherEvent { .. }))
        .count();
    assert_eq!(moved, 2, "{:?}", report.notes);
    let sessions = store.read().sessions(event.id).unwrap();
    assert_eq!(sessions.len(), 2);
    assert_ne!(sessions[0].uuid, sessions[1].uuid);
    assert!(sessions.iter().all(|s| s.uuid.to_string() != guid));
}
