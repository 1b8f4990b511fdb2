//! Importing an event file into a store: a new event, or a merge by UUID with conflicts
//! reported (the rules are in the parent module's docs).

use std::collections::{HashMap, HashSet};

use plenary_core::link::check_link;
use plenary_core::{Link, Role, RoleAssignment, SessionData, SessionItem, Tx};
use serde::Serialize;
use uuid::Uuid;

use crate::{Conflict, EventRef, ImportError, ImportReport};

use super::{EventFile, EventFileOptions, FileRole, FileTerm, Take};

/// Leaves out the links a participant could not safely open (`plenary_core::link`), each with a
/// note naming `what` and the reason, so one bad link costs the link, not the record.
fn keep_safe_links(links: &mut Vec<Link>, what: &str, report: &mut ImportReport) {
    links.retain(|l| match check_link(&l.url) {
        Ok(()) => true,
        Err(why) => {
            report.warn(format!("{what}: link {:?} {why}; left out", l.url));
            false
        }
    });
}

/// The same for a single link field (`join_url`, `registration_url`).
fn keep_safe_link(link: &mut Option<String>, what: &str, field: &str, report: &mut ImportReport) {
    if let Some(Err(why)) = link.as_deref().map(check_link) {
        report.warn(format!(
            "{what}: {field} {:?} {why}; left out",
            link.as_deref().unwrap_or("")
        ));
        *link = None;
    }
}

/// The file's event refused by the store's rules (dates outside the years Plenary plans in, a
/// bad zone …): the whole file is refused, naming the file and the event's field.
fn event_refused(source: &str, err: plenary_core::Error) -> ImportError {
    match err {
        plenary_core::Error::Invalid { .. } => {
            ImportError::format(source, None, format!("the file's event cannot be imported: {err}"))
        }
        other => other.into(),
    }
}

/// Fills the store's empty fields from the file and names the fields where the two differ.
fn merge_fields<T: Serialize + serde::de::DeserializeOwned>(store: &T, file: &T, take: Take) -> (T, Vec<String>) {
    let mut s = serde_json::to_value(store).expect("model values serialise");
    let f = serde_json::to_value(file).expect("model values serialise");
    let mut differing = Vec::new();
    if let (Some(s_obj), Some(f_obj)) = (s.as_object_mut(), f.as_object()) {
        for (key, fv) in f_obj {
            let sv = s_obj.get(key).cloned().unwrap_or(serde_json::Value::Null);
            if sv == *fv {
                continue;
            }
            let empty = matches!(&sv, serde_json::Value::Null)
                || sv.as_str().is_some_and(str::is_empty)
                || sv.as_array().is_some_and(Vec::is_empty);
            if empty || take == Take::File {
                if !empty {
                    differing.push(key.clone());
                }
                s_obj.insert(key.clone(), fv.clone());
            } else {
                differing.push(key.clone());
            }
        }
    }
    (
        serde_json::from_value(s).expect("merged values keep their shape"),
        differing,
    )
}

pub(super) fn write_file(
    tx: &Tx<'_>,
    source: &str,
    file: &EventFile,
    options: &EventFileOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<ImportReport, ImportError> {
    let take = options.take;
    let mut report = ImportReport::new(source, "Plenary event file", "sessions");
    report.records = file.sessions.len();
    let read = tx.read();
    let kept = if take == Take::File {
        "took the file's"
    } else {
        "kept the store's"
    };

    // The event, widened to the file's days so every session fits.
    let mut file_event = file.event.data.clone();
    keep_safe_links(&mut file_event.links, "the event", &mut report);
    let event = match read.event_by_uuid(file.event.uuid)? {
        Some(existing) => {
            let (mut data, differing) = merge_fields(&existing.data, &file_event, take);
            data.start_date = data.start_date.min(file.event.data.start_date);
            data.end_date = data.end_date.max(file.event.data.end_date);
            if !differing.is_empty() {
                report.warn(format!("the event's {} differ; {kept} values", differing.join(", ")));
            }
            if data != existing.data {
                report.updated.events += 1;
                tx.update_event(existing.id, &data)
                    .map_err(|e| event_refused(source, e))?
            } else {
                report.unchanged.events += 1;
                existing
            }
        }
        None => {
            let mut data = file_event.clone();
            let slug = tx.unique_slug(&data.slug)?;
            if slug != data.slug {
                report.warn(format!("the slug {:?} is taken here; the event is {slug:?}", data.slug));
                data.slug = slug;
            }
            report.created.events += 1;
            tx.insert_event(file.event.uuid, &data)
                .map_err(|e| event_refused(source, e))?
        }
    };
    report.event = Some(EventRef::of(&event));

    let venues: HashMap<Uuid, plenary_core::Venue> = read.venues(event.id)?.into_iter().map(|v| (v.uuid, v)).collect();
    let mut venue_ids = HashMap::new();
    for v in &file.venues {
        let id = match venues.get(&v.uuid) {
            Some(known) => {
                let (data, differing) = merge_fields(&known.data, &v.data, take);
                if !differing.is_empty() {
                    report.warn(format!(
                        "venue {:?}: {} differ; {kept} values",
                        known.data.name,
                        differing.join(", ")
                    ));
                }
                if data != known.data {
                    tx.update_venue(known.id, &data)?;
                    report.updated.venues += 1;
                } else {
                    report.unchanged.venues += 1;
                }
                known.id
            }
            None => {
                report.created.venues += 1;
                tx.insert_venue(event.id, v.uuid, &v.data)?.id
            }
        };
        venue_ids.insert(v.uuid, id);
    }

    let rooms: HashMap<Uuid, plenary_core::Room> = read.rooms(event.id)?.into_iter().map(|r| (r.uuid, r)).collect();
    let mut room_ids = HashMap::new();
    for r in &file.rooms {
        let mut file_data = r.data.clone();
        file_data.venue_id = r.venue.and_then(|v| venue_ids.get(&v).copied());
        let what = format!("room {:?}", file_data.name);
        keep_safe_link(&mut file_data.join_url, &what, "join_url", &mut report);
        let id = match rooms.get(&r.uuid) {
            Some(known) => {
                let (data, differing) = merge_fields(&known.data, &file_data, take);
                if !differing.is_empty() {
                    report.warn(format!(
                        "room {:?}: {} differ; {kept} values",
                        known.data.name,
                        differing.join(", ")
                    ));
                }
                if data != known.data {
                    tx.update_room(known.id, &data)?;
                    report.updated.rooms += 1;
                } else {
                    report.unchanged.rooms += 1;
                }
                known.id
            }
            None => {
                report.created.rooms += 1;
                tx.insert_room(event.id, r.uuid, &file_data)?.id
            }
        };
        room_ids.insert(r.uuid, id);
    }

    let mut person_ids = HashMap::new();
    for p in &file.people {
        let id = match read.person_by_uuid(p.uuid)? {
            Some(known) => {
                let mut file_data = p.data.clone();
                if !file.includes_private {
                    // Not in the file, so not a difference.
                    file_data.email = known.data.email.clone();
                    file_data.phone = known.data.phone.clone();
                }
                let (data, differing) = merge_fields(&known.data, &file_data, take);
                if !differing.is_empty() {
                    report.warn(format!(
                        "person {:?}: {} differ; {kept} values",
                        known.data.name,
                        differing.join(", ")
                    ));
                }
                if data != known.data {
                    tx.update_person(known.id, &data)?;
                    report.updated.people += 1;
                } else {
                    report.unchanged.people += 1;
                }
                known.id
            }
            None => {
                report.created.people += 1;
                tx.insert_person(p.uuid, &p.data)?.id
            }
        };
        person_ids.insert(p.uuid, id);
    }

    // Terms: user vocabularies are created as needed; built-in ones must exist.
    let labels: HashMap<(String, String), &FileTerm> = file
        .vocabularies
        .iter()
        .flat_map(|v| v.terms.iter().map(move |t| ((v.key.clone(), t.code.clone()), t)))
        .collect();
    let vocab_names: HashMap<&str, &str> = file
        .vocabularies
        .iter()
        .map(|v| (v.key.as_str(), v.name.as_str()))
        .collect();
    let mut term_ids: HashMap<String, i64> = HashMap::new();
    for reference in file.sessions.iter().flat_map(|s| s.terms.iter()) {
        if term_ids.contains_key(reference) {
            continue;
        }
        let id = match read.find_term(reference) {
            Ok(term) => {
                report.unchanged.tracks += 1;
                term.id
            }
            Err(_) => {
                let Some((key, code)) = reference.split_once(':') else {
                    continue;
                };
                let label = labels
                    .get(&(key.to_string(), code.to_string()))
                    .map(|t| t.label.clone())
                    .unwrap_or_else(|| code.to_string());
                let name = vocab_names.get(key).copied().unwrap_or(key);
                report.created.tracks += 1;
                tx.ensure_term(key, name, code, &label)?.id
            }
        };
        term_ids.insert(reference.clone(), id);
    }

    // The store refuses one person twice in one role of a session: keep the first, say so.
    let map_roles = |roles: &[FileRole], report: &mut ImportReport, what: &str| -> Vec<RoleAssignment> {
        let mut out: Vec<RoleAssignment> = Vec::with_capacity(roles.len());
        let mut held: HashSet<(i64, Role)> = HashSet::new();
        for r in roles {
            let Some(id) = person_ids.get(&r.person) else {
                report.warn(format!("{what}: person {} is not in the file; role left out", r.person));
                continue;
            };
            if !held.insert((*id, r.role)) {
                report.warn(format!(
                    "{what}: person {} is named more than once as {}; kept once",
                    r.person,
                    r.role.as_str()
                ));
                continue;
            }
            out.push(RoleAssignment {
                person_id: *id,
                role: r.role,
            });
        }
        out
    };

    let existing: HashMap<Uuid, plenary_core::Session> =
        read.sessions(event.id)?.into_iter().map(|s| (s.uuid, s)).collect();
    let total = file.sessions.len();
    for (i, s) in file.sessions.iter().enumerate() {
        if i % 64 == 0 {
            progress(i, total);
        }
        let what = format!("session {} {:?}", s.data.code, s.data.title);
        let mut data = s.data.clone();
        data.room_id = s.room.and_then(|r| room_ids.get(&r).copied());
        data.roles = map_roles(&s.people, &mut report, &what);
        data.items = s
            .parts
            .iter()
            .map(|item| SessionItem {
                uuid: item.uuid,
                title: item.title.clone(),
                start: item.start,
                minutes: item.minutes,
                roles: map_roles(&item.roles, &mut report, &what),
                description: item.description.clone(),
            })
            .collect();
        data.tags = s.terms.iter().filter_map(|t| term_ids.get(t).copied()).collect();
        keep_safe_links(&mut data.links, &what, &mut report);
        keep_safe_link(&mut data.join_url, &what, "join_url", &mut report);
        keep_safe_link(&mut data.registration_url, &what, "registration_url", &mut report);
        match existing.get(&s.uuid) {
            None => {
                if read.session_by_uuid(s.uuid)?.is_some() {
                    report.skip(
                        None,
                        what,
                        "a session with this UUID belongs to another event in this store",
                    );
                    continue;
                }
                match tx.insert_session(event.id, s.uuid, &data) {
                    Ok(_) => report.created.sessions += 1,
                    Err(err @ plenary_core::Error::Invalid { .. }) => report.skip(None, what, err.to_string()),
                    Err(err) => return Err(err.into()),
                }
            }
            Some(old) => {
                if !file.includes_private {
                    // The file holds no private fields: they are not a difference.
                    data.passcode = old.data.passcode.clone();
                    data.private_notes = old.data.private_notes.clone();
                }
                if data == old.data {
                    report.unchanged.sessions += 1;
                    continue;
                }
                let store_is_older = old.modified < s.modified;
                if !store_is_older {
                    let fields = differing_session_fields(&old.data, &data);
                    let choice = options.choices.get(&s.uuid).copied().unwrap_or(take);
                    let resolution = match choice {
                        Take::Store => "kept the store's version",
                        Take::File => "took the file's version",
                    };
                    report.conflicts.push(Conflict {
                        session: s.uuid,
                        code: s.data.code.clone(),
                        title: s.data.title.clone(),
                        fields,
                        resolution: resolution.into(),
                    });
                    if choice == Take::Store {
                        continue;
                    }
                }
                match tx.update_session(old.id, &data) {
                    Ok(_) => report.updated.sessions += 1,
                    Err(err @ plenary_core::Error::Invalid { .. }) => report.skip(None, what, err.to_string()),
                    Err(err) => return Err(err.into()),
                }
            }
        }
    }
    progress(total, total);
    Ok(report)
}

fn differing_session_fields(a: &SessionData, b: &SessionData) -> Vec<String> {
    let a = serde_json::to_value(a).expect("model values serialise");
    let b = serde_json::to_value(b).expect("model values serialise");
    let mut fields = Vec::new();
    if let (Some(a), Some(b)) = (a.as_object(), b.as_object()) {
        for (key, value) in a {
            if b.get(key) != Some(value) {
                fields.push(key.clone());
            }
        }
    }
    fields
}
