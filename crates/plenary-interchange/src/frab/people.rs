//! People: by guid, else by the file's id and name (merged files reuse ids for different
//! people), else by name. Fields the file lacks (e-mail, phone, function) are kept.

use std::collections::{HashMap, HashSet};

use plenary_core::{PersonData, Role, RoleAssignment, Tx};
use uuid::Uuid;

use super::doc::{Doc, DocEvent, DocPerson};
use super::values::{role_from, valid_uuid};
use crate::{derived_uuid, ImportError, ImportReport};
use plenary_core::report::Remark;

/// Finds or creates the people of the sessions, each once per import.
pub(super) struct People<'d> {
    event_uuid: Uuid,
    /// schedule2's biographies, by guid.
    bios: HashMap<&'d str, &'d DocPerson>,
    /// Store ids of the people written so far, by UUID.
    ids: HashMap<Uuid, i64>,
    /// Roles the file names that Plenary does not know (read as speaker).
    unknown_roles: HashSet<String>,
}

impl<'d> People<'d> {
    pub(super) fn new(doc: &'d Doc, event_uuid: Uuid) -> Self {
        People {
            event_uuid,
            bios: doc
                .people
                .iter()
                .filter_map(|p| p.guid.as_deref().map(|g| (g, p)))
                .collect(),
            ids: HashMap::new(),
            unknown_roles: HashSet::new(),
        }
    }

    /// The roles of an event's persons, each person found or created; nameless persons and a
    /// person named twice in the same role are left out with a warning.
    pub(super) fn roles(
        &mut self,
        tx: &Tx<'_>,
        e: &DocEvent,
        report: &mut ImportReport,
    ) -> Result<Vec<RoleAssignment>, ImportError> {
        let mut roles: Vec<RoleAssignment> = Vec::new();
        let mut held: HashSet<(i64, Role)> = HashSet::new();
        for p in &e.persons {
            let name = p.name.trim();
            if name.is_empty() {
                report.warn(Remark::PersonWithoutName {
                    record: Box::new(e.label()),
                });
                continue;
            }
            let role = role_from(p.role.as_deref()).unwrap_or_else(|| {
                self.unknown_roles.insert(p.role.clone().unwrap_or_default());
                Role::Speaker
            });
            let person_id = self.person_id(tx, p, name, report)?;
            if !held.insert((person_id, role)) {
                report.warn(Remark::NamedTwice {
                    record: Box::new(e.label()),
                    line: e.line,
                    name: name.to_string(),
                    role: role.as_str().into(),
                });
            } else {
                roles.push(RoleAssignment { person_id, role });
            }
        }
        Ok(roles)
    }

    /// The store id of a person: written the first time this import meets them (created, or
    /// the name and biography updated), remembered after.
    fn person_id(
        &mut self,
        tx: &Tx<'_>,
        p: &DocPerson,
        name: &str,
        report: &mut ImportReport,
    ) -> Result<i64, ImportError> {
        let puuid = self.uuid(p);
        if let Some(id) = self.ids.get(&puuid) {
            return Ok(*id);
        }
        let bio = self
            .bios
            .get(p.guid.as_deref().unwrap_or(""))
            .map(|b| b.bio.clone())
            .filter(|b| !b.is_empty())
            .unwrap_or_else(|| p.bio.clone());
        let id = match tx.read().person_by_uuid(puuid)? {
            Some(known) => {
                let mut data = known.data.clone();
                data.name = name.to_string();
                if !bio.is_empty() {
                    data.bio = bio;
                }
                report.counts(tx.keep_or_update_person(&known, &data)?).people += 1;
                known.id
            }
            None => {
                let data = PersonData {
                    name: name.to_string(),
                    bio,
                    ..Default::default()
                };
                report.created.people += 1;
                tx.insert_person(puuid, &data)?.id
            }
        };
        self.ids.insert(puuid, id);
        Ok(id)
    }

    /// A person's UUID: the file's guid, else derived from the file's id and name, else from
    /// the name.
    fn uuid(&self, p: &DocPerson) -> Uuid {
        valid_uuid(p.guid.as_deref()).unwrap_or_else(|| match &p.id {
            Some(id) => derived_uuid(&self.event_uuid, &format!("person:{id}:{}", p.name)),
            None => derived_uuid(&self.event_uuid, &format!("person-name:{}", p.name)),
        })
    }

    /// The report's note on roles read as speaker.
    pub(super) fn report_notes(self, report: &mut ImportReport) {
        if !self.unknown_roles.is_empty() {
            let mut roles: Vec<String> = self.unknown_roles.into_iter().collect();
            roles.sort();
            report.warn(Remark::UnknownRoles { roles });
        }
    }
}
