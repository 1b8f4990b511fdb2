//! CSV imports with the person's column mapping.

use super::*;
use plenary_interchange::csv as sheets;

#[test]
fn csv_columns_with_other_headers_are_mapped_by_the_person() {
    let state = empty_state();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("speakers.csv");
    std::fs::write(
        &file,
        "Speaker's full name;Affiliation;Contact\nAda Lovelace;Analytical Engines;ada@example.org\n",
    )
    .unwrap();
    let path = file.to_string_lossy().into_owned();
    let map = |header: &str, field: &str| ColumnMap {
        header: header.into(),
        field: field.into(),
    };
    let mapped = [map("Speaker's full name", "name"), map(" Contact ", "email")];
    let report = csv_import(
        &state,
        0,
        &pick(&state, &path),
        CsvKind::People,
        &mapped,
        false,
        &mut none,
    )
    .unwrap();
    assert_eq!(report.created.people, 1, "{report:?}");
    let ada = state.read(|r| r.find_person("Ada Lovelace")).unwrap();
    assert_eq!(
        (ada.data.organisation.as_str(), ada.data.email.as_str()),
        ("Analytical Engines", "ada@example.org")
    );

    let wrong = csv_import(
        &state,
        0,
        &path,
        CsvKind::People,
        &[map("Contact", "e-mail")],
        true,
        &mut none,
    );
    assert_eq!(wrong.unwrap_err().field.as_deref(), Some("map.0.field"));
    let blank = csv_import(
        &state,
        0,
        &pick(&state, &path),
        CsvKind::People,
        &[map(" ", "email")],
        true,
        &mut none,
    );
    assert_eq!(blank.unwrap_err().field.as_deref(), Some("map.0.header"));
    let absent = csv_import(
        &state,
        0,
        &path,
        CsvKind::People,
        &[map("Mail", "email")],
        true,
        &mut none,
    )
    .unwrap_err();
    assert!(
        absent.message.contains("speakers.csv: column mapping Mail=email"),
        "{}",
        absent.message
    );
    assert!(!absent.message.contains("--map"), "{}", absent.message);
    assert_eq!(csv_fields(serde_json::json!("people")).unwrap(), sheets::PERSON_FIELDS);
}

#[test]
fn csv_headers_show_each_column_and_the_field_the_import_gives_it() {
    let state = empty_state();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("speakers.csv");
    std::fs::write(
        &file,
        "Full name;Affiliation;Contact;Organisation\nAda Lovelace;Analytical Engines;ada@example.org;AE\n",
    )
    .unwrap();
    let path = file.to_string_lossy().into_owned();
    let columns = csv_columns(&state, &pick(&state, &path), CsvKind::People).unwrap();
    let column = |header: &str, field: Option<&str>| CsvColumn {
        header: header.into(),
        field: field.map(str::to_string),
    };
    // "Affiliation" claims the organisation first, so the later "Organisation" is left out.
    assert_eq!(
        columns,
        [
            column("Full name", Some("name")),
            column("Affiliation", Some("organisation")),
            column("Contact", None),
            column("Organisation", None),
        ]
    );
    // The table's choices, sent back as they are: one column mapped, one left out.
    let map = [
        ColumnMap {
            header: "Contact".into(),
            field: "email".into(),
        },
        ColumnMap {
            header: "Affiliation".into(),
            field: String::new(),
        },
        ColumnMap {
            header: "Organisation".into(),
            field: "organisation".into(),
        },
    ];
    let report = csv_import(&state, 0, &pick(&state, &path), CsvKind::People, &map, false, &mut none).unwrap();
    assert_eq!(report.created.people, 1, "{report:?}");
    let ada = state.read(|r| r.find_person("Ada Lovelace")).unwrap();
    assert_eq!(
        (ada.data.organisation.as_str(), ada.data.email.as_str()),
        ("AE", "ada@example.org")
    );

    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, "").unwrap();
    let err = csv_columns(&state, &pick(&state, &empty.to_string_lossy()), CsvKind::Sessions).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Invalid);
    assert!(err.message.contains("empty.csv:1:"), "{}", err.message);
    // Worded by the window as a refused import (importError.ts), naming the file and line.
    assert!(
        matches!(
            err.import_error.as_deref(),
            Some(ImportError::Format { line: Some(1), .. })
        ),
        "{:?}",
        err.import_error
    );
    let gone = csv_columns(
        &state,
        &pick(&state, &dir.path().join("gone.csv").to_string_lossy()),
        CsvKind::People,
    )
    .unwrap_err();
    assert!(gone.message.contains("gone.csv"), "{}", gone.message);
}
