//! A VEVENT's fields → `SessionData`: from elsewhere (`foreign_*`) or Plenary's own
//! X-PLENARY-* lines (`plenary_*`), with the rooms, people and terms they name.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use plenary_core::report::Remark;
use plenary_core::{
    Error, Link, Participation, PersonData, PersonId, Role, RoleAssignment, RoomData, RoomId, SessionData, SessionItem,
    SessionKind, SessionStatus, TermId, VenueData,
};
use uuid::Uuid;

use crate::parse::{Component, Note, Property};
use crate::text::{split_text_list, unescape_text};
use crate::zone;

use super::values::{category_code, html_to_text, looks_like_html, safe_link};
use super::{text, Context, UID_NAMESPACE};

/// The fields a VEVENT from elsewhere carries ([`Context::foreign_fields`]); `None` where the
/// file says nothing, so the store's value stays.
#[derive(Default)]
pub(super) struct ForeignFields {
    pub(super) title: String,
    pub(super) status: SessionStatus,
    pub(super) description: String,
    pub(super) room_id: Option<RoomId>,
    pub(super) join_url: Option<String>,
    pub(super) online_only: bool,
    pub(super) links: Option<Vec<Link>>,
    pub(super) tags: Option<Vec<TermId>>,
}

impl<'a, 't> Context<'a, 't> {
    pub(super) fn room_id(
        &mut self,
        name: &str,
        venue: Option<&str>,
        is_virtual: bool,
    ) -> plenary_core::Result<RoomId> {
        if let Some(id) = self.rooms.by_name_any_case(name) {
            return Ok(id);
        }
        let venue_id = match venue.filter(|v| !v.trim().is_empty()) {
            None => None,
            Some(v) => Some(match self.venues.get(&v.to_lowercase()) {
                Some(id) => *id,
                None => {
                    let created = self.tx.create_venue(
                        self.event,
                        &VenueData {
                            name: v.to_string(),
                            ..Default::default()
                        },
                    )?;
                    self.venues.insert(v.to_lowercase(), created.id);
                    created.id
                }
            }),
        };
        let data = RoomData {
            name: name.to_string(),
            venue_id,
            is_virtual,
            ..Default::default()
        };
        let room = self.rooms.create(self.tx, None, data)?;
        self.rooms_created += 1;
        Ok(room.id)
    }

    pub(super) fn term_id(
        &mut self,
        vocab_key: &str,
        vocab_name: &str,
        code: &str,
        label: &str,
    ) -> plenary_core::Result<TermId> {
        if let Some(id) = self.terms.get(vocab_key).and_then(|codes| codes.get(code)) {
            return Ok(*id);
        }
        let term = self.tx.ensure_term(vocab_key, vocab_name, code, label)?;
        self.terms
            .entry(vocab_key.to_string())
            .or_default()
            .insert(code.to_string(), term.id);
        Ok(term.id)
    }

    /// What a VEVENT from elsewhere says about its sessions, read once however many
    /// instances it has (reading it per instance would be instances × properties).
    pub(super) fn foreign_fields(
        &mut self,
        e: &Component,
        notes: &mut Vec<Note>,
    ) -> plenary_core::Result<ForeignFields> {
        let title = text(e, "SUMMARY").unwrap_or_default().trim().to_string();
        let description = foreign_description(e, notes);
        let location = foreign_location(e);
        let online_only = location.as_deref().is_some_and(|l| l.eq_ignore_ascii_case("online"));
        let room_id = match location.as_deref() {
            Some(name) if !online_only => Some(self.room_id(name, None, false)?),
            _ => None,
        };
        let join_url = join_link(e, notes);
        let links = details_link(e, notes);
        let tags = self.category_tags(e)?;
        Ok(ForeignFields {
            title,
            status: Self::status(e),
            description,
            room_id,
            join_url,
            online_only,
            links,
            tags,
        })
    }

    /// The terms of the VEVENT's CATEGORIES (in the "categories" vocabulary), found or created,
    /// each once; `None` without CATEGORIES, so the store's tags stay.
    fn category_tags(&mut self, e: &Component) -> plenary_core::Result<Option<Vec<TermId>>> {
        if e.prop("CATEGORIES").is_none() {
            return Ok(None);
        }
        let mut tags = Vec::new();
        let mut have = HashSet::new();
        for p in e.props("CATEGORIES") {
            for label in split_text_list(&p.value) {
                let label = label.trim();
                if label.is_empty() {
                    continue;
                }
                let id = self.term_id("categories", "Calendar categories", &category_code(label), label)?;
                if have.insert(id) {
                    tags.push(id);
                }
            }
        }
        Ok(Some(tags))
    }

    /// One instance's data from a VEVENT from elsewhere: the store's session (if any) with
    /// what the file carries laid over it; what the file does not carry is kept.
    pub(super) fn foreign_data(
        &self,
        f: &ForeignFields,
        uuid: Uuid,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> SessionData {
        let mut d = self.existing.get(&uuid).map(|s| s.data.clone()).unwrap_or_default();
        d.title = f.title.clone();
        d.start = Some(start);
        d.end = Some(end);
        d.status = f.status;
        d.description = f.description.clone();
        d.room_id = f.room_id;
        if let Some(url) = &f.join_url {
            d.join_url = Some(url.clone());
            d.participation = if d.room_id.is_some() {
                Participation::Hybrid
            } else {
                Participation::Remote
            };
        } else if f.online_only {
            d.participation = Participation::Remote;
        }
        if let Some(links) = &f.links {
            d.links = links.clone();
        }
        if let Some(tags) = &f.tags {
            d.tags = tags.clone();
        }
        d
    }

    pub(super) fn person_id(&mut self, p: &Property) -> plenary_core::Result<PersonId> {
        let uuid = p
            .param("PERSON")
            .and_then(|u| Uuid::parse_str(u).ok())
            .unwrap_or_else(|| Uuid::new_v5(&UID_NAMESPACE, unescape_text(&p.value).as_bytes()));
        if let Some(id) = self.people.get(&uuid) {
            return Ok(*id);
        }
        // The person's details are on the calendar's X-PLENARY-PERSON line (older files put
        // them on the role line itself).
        let p = self.people_in_file.get(&uuid).copied().unwrap_or(p);
        let name = unescape_text(&p.value);
        let get = |n: &str| p.param(n).unwrap_or("").to_string();
        let private = self.private_included;
        let person = self.tx.insert_person(
            uuid,
            &PersonData {
                honorific: get("HONORIFIC"),
                name,
                function: get("FUNCTION"),
                organisation: get("ORGANISATION"),
                email: if private { get("EMAIL") } else { String::new() },
                phone: if private { get("PHONE") } else { String::new() },
                ..Default::default()
            },
        )?;
        self.people.insert(uuid, person.id);
        self.people_created += 1;
        Ok(person.id)
    }

    /// A Plenary VEVENT's session (its first instance, `start`..`end`) from its X-PLENARY-*
    /// lines; attendance, and private fields the file was exported without, stay as stored.
    pub(super) fn plenary_data(
        &mut self,
        e: &Component,
        uuid: Uuid,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        notes: &mut Vec<Note>,
    ) -> plenary_core::Result<SessionData> {
        let old = self.existing.get(&uuid).map(|s| s.data.clone());
        let field = |name: &str| text(e, name).unwrap_or_default();
        let list = |name: &str| e.props(name).map(|p| unescape_text(&p.value)).collect::<Vec<_>>();
        let parse_enum = |name: &str| -> plenary_core::Result<String> { Ok(field(name).trim().to_string()) };
        let kind: SessionKind = parse_enum("X-PLENARY-KIND")?
            .parse()
            .map_err(|m: String| Error::invalid("session", "kind", format!("X-PLENARY-KIND {m}")))?;
        let participation: Participation = parse_enum("X-PLENARY-PARTICIPATION")?
            .parse()
            .map_err(|m: String| Error::invalid("session", "participation", format!("X-PLENARY-PARTICIPATION {m}")))?;
        let room_id = self.plenary_room(e)?;
        let tags = self.plenary_tags(e)?;
        let mut items = plenary_items(e);
        let roles = self.plenary_roles(e, &mut items, notes)?;
        let (passcode, private_notes) = if self.private_included {
            (field("X-PLENARY-PASSCODE"), field("X-PLENARY-PRIVATE-NOTES"))
        } else {
            // The file was exported without private data: keep what the store has.
            old.as_ref()
                .map(|o| (o.passcode.clone(), o.private_notes.clone()))
                .unwrap_or_default()
        };
        // A link a participant cannot safely open is left out with a note, not the session.
        let link_of = |name: &str, notes: &mut Vec<Note>| {
            e.prop(name)
                .filter(|p| !p.value.trim().is_empty())
                .and_then(|p| safe_link(p, &unescape_text(&p.value), notes))
        };
        let links = plenary_links(e, notes);
        Ok(SessionData {
            code: field("X-PLENARY-CODE"),
            title: field("SUMMARY").trim().to_string(),
            subtitle: field("X-PLENARY-SUBTITLE"),
            kind,
            start: Some(start),
            end: Some(end),
            room_id,
            participation,
            join_url: link_of("X-PLENARY-JOIN-URL", notes),
            join_instructions: field("X-PLENARY-JOIN-INSTRUCTIONS"),
            passcode,
            registration_url: link_of("X-PLENARY-REGISTRATION-URL", notes),
            description: field("X-PLENARY-DESCRIPTION"),
            languages: list("X-PLENARY-LANGUAGE"),
            interpretation: list("X-PLENARY-INTERPRETATION"),
            status: Self::status(e),
            expected_attendance: old.as_ref().and_then(|o| o.expected_attendance),
            organisers: list("X-PLENARY-ORGANISER"),
            links,
            private_notes,
            roles,
            items,
            tags,
        })
    }

    /// The room X-PLENARY-ROOM names (with its VENUE, and VIRTUAL), found or created.
    fn plenary_room(&mut self, e: &Component) -> plenary_core::Result<Option<RoomId>> {
        match e.prop("X-PLENARY-ROOM") {
            Some(p) => {
                let name = unescape_text(&p.value);
                let is_virtual = p.param("VIRTUAL").is_some_and(|v| v.eq_ignore_ascii_case("TRUE"));
                Ok(Some(self.room_id(&name, p.param("VENUE"), is_virtual)?))
            }
            None => Ok(None),
        }
    }

    /// The terms X-PLENARY-TAG lines name (`vocabulary:code`, LABEL, VOCABULARY), found or
    /// created, each once, in file order.
    fn plenary_tags(&mut self, e: &Component) -> plenary_core::Result<Vec<TermId>> {
        let mut tags = Vec::new();
        let mut have_tags = HashSet::new();
        for p in e.props("X-PLENARY-TAG") {
            let reference = unescape_text(&p.value);
            let (vocab, code) = reference.split_once(':').unwrap_or(("categories", reference.as_str()));
            let label = p.param("LABEL").unwrap_or(code);
            let vocab_name = p.param("VOCABULARY").unwrap_or(vocab);
            let id = self.term_id(vocab, vocab_name, code, label)?;
            if have_tags.insert(id) {
                tags.push(id);
            }
        }
        Ok(tags)
    }

    /// The session's X-PLENARY-ROLE lines: the session's roles, returned, and each item's,
    /// added to `items`. A person holding a role twice in one place is kept once, with a note.
    fn plenary_roles(
        &mut self,
        e: &Component,
        items: &mut [SessionItem],
        notes: &mut Vec<Note>,
    ) -> plenary_core::Result<Vec<RoleAssignment>> {
        let mut roles = Vec::new();
        let item_index: HashMap<Uuid, usize> = items.iter().enumerate().map(|(i, it)| (it.uuid, i)).collect();
        let mut held: HashSet<(Option<Uuid>, PersonId, Role)> = HashSet::new();
        for p in e.props("X-PLENARY-ROLE") {
            let role: Role = p
                .param("ROLE")
                .unwrap_or("")
                .parse()
                .map_err(|m: String| Error::invalid("session", "roles", format!("line {}: ROLE {m}", p.line)))?;
            let person_id = self.person_id(p)?;
            let item = p.param("ITEM").and_then(|u| Uuid::parse_str(u).ok());
            // The same person in the same role twice in one place says nothing more, and the
            // store refuses it: kept once, with a note.
            if !held.insert((item, person_id, role)) {
                notes.push(Note {
                    line: p.line,
                    remark: Remark::RoleTwice {
                        name: unescape_text(&p.value).to_string(),
                        role: p.param("ROLE").unwrap_or("").trim().to_string(),
                        in_item: item.is_some(),
                    },
                });
                continue;
            }
            let assignment = RoleAssignment { person_id, role };
            match item {
                Some(item) => match item_index.get(&item).and_then(|&i| items.get_mut(i)) {
                    Some(i) => i.roles.push(assignment),
                    None => {
                        return Err(Error::invalid(
                            "session",
                            "items",
                            format!(
                                "line {}: X-PLENARY-ROLE names item {item}, which is not in the VEVENT",
                                p.line
                            ),
                        ))
                    }
                },
                None => roles.push(assignment),
            }
        }
        Ok(roles)
    }

    /// Another instance of a Plenary VEVENT whose first instance gave `template`: its times,
    /// and what the store keeps per session (attendance; private fields unless the file has them).
    pub(super) fn plenary_instance(
        &self,
        template: &SessionData,
        uuid: Uuid,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> SessionData {
        let old = self.existing.get(&uuid).map(|s| &s.data);
        let mut d = template.clone();
        d.start = Some(start);
        d.end = Some(end);
        d.expected_attendance = old.and_then(|o| o.expected_attendance);
        if !self.private_included {
            d.passcode = old.map(|o| o.passcode.clone()).unwrap_or_default();
            d.private_notes = old.map(|o| o.private_notes.clone()).unwrap_or_default();
        }
        d
    }
}

/// The session's items from X-PLENARY-ITEM lines (ITEM uuid, START, MINUTES, title) with
/// their X-PLENARY-ITEM-DESCRIPTIONs; roles are added by [`Context::plenary_roles`].
fn plenary_items(e: &Component) -> Vec<SessionItem> {
    // Looked up by item, not searched per item: a VEVENT may carry thousands of lines.
    let mut item_descriptions: HashMap<Option<&str>, String> = HashMap::new();
    for d in e.props("X-PLENARY-ITEM-DESCRIPTION") {
        item_descriptions
            .entry(d.param("ITEM"))
            .or_insert_with(|| unescape_text(&d.value));
    }
    e.props("X-PLENARY-ITEM")
        .map(|p| SessionItem {
            uuid: p
                .param("ITEM")
                .and_then(|u| Uuid::parse_str(u).ok())
                .unwrap_or_else(Uuid::new_v4),
            title: unescape_text(&p.value),
            start: p.param("START").and_then(zone::parse_local).map(|t| t.and_utc()),
            minutes: p.param("MINUTES").and_then(|m| m.parse().ok()),
            roles: Vec::new(),
            description: item_descriptions.get(&p.param("ITEM")).cloned().unwrap_or_default(),
        })
        .collect()
}

/// The X-PLENARY-LINK lines (LABEL, URL) a participant can safely open; others are left out
/// with a note.
fn plenary_links(e: &Component, notes: &mut Vec<Note>) -> Vec<Link> {
    e.props("X-PLENARY-LINK")
        .filter_map(|p| {
            safe_link(p, &unescape_text(&p.value), notes).map(|url| Link {
                label: p.param("LABEL").unwrap_or("").to_string(),
                url,
            })
        })
        .collect()
}

/// DESCRIPTION as plain text (HTML converted, with a note), else X-ALT-DESC's HTML as text.
fn foreign_description(e: &Component, notes: &mut Vec<Note>) -> String {
    match text(e, "DESCRIPTION") {
        Some(desc) if looks_like_html(&desc) => {
            notes.push(Note {
                line: e.line,
                remark: Remark::HtmlDescription,
            });
            html_to_text(&desc)
        }
        Some(desc) => desc.trim_end().to_string(),
        None => match e.prop("X-ALT-DESC") {
            Some(p) => html_to_text(&unescape_text(&p.value)),
            None => String::new(),
        },
    }
}

/// LOCATION on one line (its lines joined with ", "), if it says anything.
fn foreign_location(e: &Component) -> Option<String> {
    text(e, "LOCATION")
        .map(|l| {
            l.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        })
        .filter(|l| !l.is_empty())
}

/// The join link among the CONFERENCE lines: the video one, else the first https, else the
/// first. Only links a participant can safely open are candidates; the others get a note.
fn join_link(e: &Component, notes: &mut Vec<Note>) -> Option<String> {
    let conferences: Vec<(&Property, String)> = e
        .props("CONFERENCE")
        .filter_map(|p| safe_link(p, &p.value, notes).map(|url| (p, url)))
        .collect();
    conferences
        .iter()
        .find(|(p, _)| {
            p.param_values("FEATURE")
                .iter()
                .any(|f| f.eq_ignore_ascii_case("VIDEO"))
        })
        .or_else(|| conferences.iter().find(|(_, url)| url.starts_with("https:")))
        .or(conferences.first())
        .map(|(_, url)| url.clone())
}

/// URL as the session's one link, "Details", if it is safe to open; `None` keeps the store's.
fn details_link(e: &Component, notes: &mut Vec<Note>) -> Option<Vec<Link>> {
    let p = e.prop("URL")?;
    let url = safe_link(p, &p.value, notes)?;
    Some(vec![Link {
        label: "Details".into(),
        url,
    }])
}
