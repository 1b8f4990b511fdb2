//! People: import (update by uuid or name, else create) and export.

use std::collections::HashMap;

use plenary_core::{Person, PersonData, Schedule, Store, Tx};
use uuid::Uuid;

use super::columns::{mapping, PERSON_FIELDS};
use super::{finish, for_each_row, rows, write_row, CsvOptions, Row};
use crate::{in_transaction, ImportError, ImportReport};
use plenary_core::report::{Record, Remark};

/// Imports people. A row with a `uuid` updates that person; otherwise a person of the same name
/// is updated (empty cells leave fields alone); otherwise a person is created.
pub fn import_people(
    store: &mut Store,
    source: &str,
    bytes: &[u8],
    options: &CsvOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<ImportReport, ImportError> {
    let (headers, records) = rows(source, bytes)?;
    in_transaction(store, options.dry_run, |tx| {
        let mut report = ImportReport::new(source, "CSV people", "rows");
        report.records = records.len();
        let map = mapping(&headers, &options.map, PERSON_FIELDS, &mut report)?;
        if !map.contains_key("name") {
            return Err(ImportError::MissingColumn {
                field: "name".into(),
                columns: headers.iter().map(str::to_string).collect(),
            });
        }
        let people = tx.read().people()?;
        let mut by_name: HashMap<String, i64> = people.iter().map(|p| (p.data.name.to_lowercase(), p.id)).collect();
        for_each_row(&records, &map, progress, |i, row| {
            person_row(tx, &row, i, &mut by_name, &mut report)
        })?;
        Ok(report)
    })
}

/// One row (the `index`th record): skipped with a reason when its data is invalid; other
/// errors (the store's) end the import. `by_name` (lower-case name to id) learns the people
/// created, so a later row of the same name updates them.
fn person_row(
    tx: &Tx<'_>,
    row: &Row<'_>,
    index: usize,
    by_name: &mut HashMap<String, i64>,
    report: &mut ImportReport,
) -> Result<(), ImportError> {
    let name = row.get("name");
    if name.is_empty() {
        report.skip(row.line, Record::Row { row: index + 2 }, Remark::NameEmpty);
        return Ok(());
    }
    let what = Record::Titled { title: name.into() };
    let uuid = match row.get("uuid") {
        "" => None,
        text => match Uuid::parse_str(text) {
            Ok(u) => Some(u),
            Err(_) => {
                report.skip(row.line, what, Remark::NotUuid { value: text.into() });
                return Ok(());
            }
        },
    };
    let known = match uuid {
        Some(u) => tx.read().person_by_uuid(u)?,
        None => match by_name.get(&name.to_lowercase()) {
            Some(id) => Some(tx.read().person(*id)?),
            None => None,
        },
    };
    let data = person_data(known.as_ref(), row);
    match save_person(tx, known.as_ref(), uuid, &data, by_name, report) {
        Ok(()) => Ok(()),
        Err(err @ plenary_core::Error::Invalid { .. }) => {
            let reason = Remark::refusal(&err).unwrap_or_else(|| Remark::text(err.to_string()));
            report.skip(row.line, what, reason);
            Ok(())
        }
        Err(err) => Err(err.into()),
    }
}

/// The person's fields after the row: a non-empty cell replaces, an empty one leaves alone.
fn person_data(known: Option<&Person>, row: &Row<'_>) -> PersonData {
    let mut data = known.map(|p| p.data.clone()).unwrap_or_default();
    for (field, slot) in [
        ("honorific", &mut data.honorific),
        ("name", &mut data.name),
        ("function", &mut data.function),
        ("organisation", &mut data.organisation),
        ("bio", &mut data.bio),
        ("email", &mut data.email),
        ("phone", &mut data.phone),
    ] {
        let value = row.get(field);
        if !value.is_empty() {
            *slot = value.to_string();
        }
    }
    data
}

/// Keeps or updates the `known` person, or creates one (with the row's uuid if any).
fn save_person(
    tx: &Tx<'_>,
    known: Option<&Person>,
    uuid: Option<Uuid>,
    data: &PersonData,
    by_name: &mut HashMap<String, i64>,
    report: &mut ImportReport,
) -> plenary_core::Result<()> {
    match known {
        Some(p) => tx
            .keep_or_update_person(p, data)
            .map(|outcome| report.counts(outcome).people += 1),
        None => {
            let created = match uuid {
                Some(u) => tx.insert_person(u, data),
                None => tx.create_person(data),
            };
            created.map(|p| {
                by_name.insert(p.data.name.to_lowercase(), p.id);
                report.created.people += 1;
            })
        }
    }
}

/// The people with a role in the event. E-mail and phone only with `include_private`.
pub fn export_people(schedule: &Schedule, include_private: bool) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["uuid", "honorific", "name", "function", "organisation", "bio"];
    if include_private {
        header.extend(["email", "phone"]);
    }
    header.push("sessions");
    write_row(&mut w, &header);
    for p in &schedule.people {
        let sessions = schedule
            .sessions
            .iter()
            .filter(|s| {
                s.data
                    .roles
                    .iter()
                    .chain(s.data.items.iter().flat_map(|i| &i.roles))
                    .any(|r| r.person_id == p.id)
            })
            .map(|s| {
                if s.data.code.is_empty() {
                    s.data.title.clone()
                } else {
                    s.data.code.clone()
                }
            })
            .collect::<Vec<_>>()
            .join("; ");
        let d = &p.data;
        let mut record = vec![
            p.uuid.to_string(),
            d.honorific.clone(),
            d.name.clone(),
            d.function.clone(),
            d.organisation.clone(),
            d.bio.clone(),
        ];
        if include_private {
            record.extend([d.email.clone(), d.phone.clone()]);
        }
        record.push(sessions);
        write_row(&mut w, &record);
    }
    finish(w)
}
