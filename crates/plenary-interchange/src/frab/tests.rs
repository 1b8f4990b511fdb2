use super::*;
use std::path::PathBuf;

fn fixture(rel: &str) -> (String, Vec<u8>) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/fixtures")
        .join(rel);
    (
        rel.to_string(),
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
    )
}

fn import_fixture(rel: &str, zone: Option<&str>) -> (Store, ImportReport) {
    let (name, bytes) = fixture(rel);
    let mut store = Store::open_in_memory().unwrap();
    let options = FrabOptions {
        timezone: zone.map(str::to_string),
        dry_run: false,
    };
    let report = import(&mut store, &name, &bytes, &options, &mut |_, _| {}).unwrap();
    (store, report)
}

#[test]
fn durations() {
    assert_eq!(parse_duration("01:30"), Some(Duration::minutes(90)));
    assert_eq!(parse_duration("00:05:00"), Some(Duration::minutes(5)));
    assert_eq!(parse_duration("1:75"), None);
}

#[test]
fn kinds() {
    assert_eq!(kind_from_type("lecture"), SessionKind::Presentation);
    assert_eq!(kind_from_type("Workshop 2h"), SessionKind::Workshop);
    assert_eq!(kind_from_type("meeting"), SessionKind::InteractiveSession);
    assert_eq!(kind_from_type("keynote"), SessionKind::Keynote);
    assert_eq!(kind_from_type("podium"), SessionKind::Panel);
}

#[test]
fn fixtures_print() {
    for (rel, zone) in [
        ("frab-xml/giggity_36c3_merged.xml", Some("Europe/Berlin")),
        ("frab-xml/giggity_fosdem_2021.xml", Some("Europe/Brussels")),
        ("frab-xml/eventfahrplan_38c3.xml", None),
        ("schedule-json/voc_pretalx-democon.json", None),
        ("schedule-json/voc_frab-camp2019.json", None),
        ("schedule-json/voc_hub-schedule2.json", None),
        ("schedule-json/voc_invalid-example.json", None),
    ] {
        let (_store, report) = import_fixture(rel, zone);
        eprintln!("{}", report.to_text());
    }
}

#[test]
fn export_dump_for_inspection() {
    let Ok(dir) = std::env::var("PLENARY_EXPORT_DUMP") else {
        return;
    };
    for (rel, zone) in [
        ("frab-xml/giggity_36c3_merged.xml", Some("Europe/Berlin")),
        ("frab-xml/giggity_fosdem_2021.xml", Some("Europe/Brussels")),
        ("schedule-json/voc_hub-schedule2.json", None),
    ] {
        let (store, report) = import_fixture(rel, zone);
        let event = report.event.unwrap();
        let schedule = store.read().schedule(event.id).unwrap();
        let xml = to_xml(&schedule);
        let json = to_json(&schedule);
        std::fs::write(format!("{dir}/{}.xml", event.slug), &xml.text).unwrap();
        std::fs::write(format!("{dir}/{}.json", event.slug), &json.text).unwrap();
        eprintln!("{}: omitted {:?}", event.slug, xml.omitted);
    }
}
