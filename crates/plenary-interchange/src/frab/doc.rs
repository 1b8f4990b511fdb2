//! The parsed file, before any decision about time zones or identities: what the XML and JSON
//! readers (`xml_in`, `json_in`) fill in and the import steps read.

use std::collections::HashMap;

use plenary_core::Link;

#[derive(Debug, Default)]
pub(crate) struct Doc {
    pub format: &'static str,
    pub title: String,
    pub acronym: String,
    pub time_zone: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub url: Option<String>,
    pub base_url: Option<String>,
    pub day_change: Option<String>,
    /// The program that wrote the file, lower case ("pretalx", "frab"), when it says.
    pub generator: Option<String>,
    /// What the parser noticed about the file as a whole (report notes).
    pub notes: Vec<String>,
    pub tracks: Vec<DocTrack>,
    pub rooms: Vec<DocRoom>,
    /// schedule2's top-level list of people (with biographies).
    pub people: Vec<DocPerson>,
    pub days: Vec<DocDay>,
    pub events: Vec<DocEvent>,
    /// Index into `rooms` by name, so that every mention of a room costs the same.
    pub room_index: HashMap<String, usize>,
}

impl Doc {
    /// Adds a room by name, or fills in what an earlier mention of it lacked.
    pub(crate) fn add_room(&mut self, room: DocRoom) {
        if room.name.is_empty() {
            return;
        }
        if let Some(known) = self.room_index.get(&room.name).and_then(|i| self.rooms.get_mut(*i)) {
            if known.guid.is_none() {
                known.guid = room.guid;
            }
            if known.capacity.is_none() {
                known.capacity = room.capacity;
            }
            if known.description.is_empty() {
                known.description = room.description;
            }
        } else {
            self.room_index.insert(room.name.clone(), self.rooms.len());
            self.rooms.push(room);
        }
    }
}

#[derive(Debug, Default, Clone)]
pub(crate) struct DocTrack {
    pub name: String,
    pub slug: Option<String>,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct DocRoom {
    pub name: String,
    pub guid: Option<String>,
    pub capacity: Option<u32>,
    pub description: String,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct DocDay {
    pub date: Option<String>,
    pub start: Option<String>,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct DocPerson {
    pub id: Option<String>,
    pub guid: Option<String>,
    pub name: String,
    pub role: Option<String>,
    pub bio: String,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct DocEvent {
    pub line: Option<usize>,
    /// Why the parser could not read this event as a whole (it is skipped with this reason).
    pub problem: Option<String>,
    /// Index into `Doc::days`.
    pub day: Option<usize>,
    pub id: Option<String>,
    pub guid: Option<String>,
    pub code: Option<String>,
    pub date: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub duration: Option<String>,
    pub room: String,
    pub room_guid: Option<String>,
    pub title: String,
    pub subtitle: String,
    pub track: String,
    pub kind: String,
    pub language: String,
    pub abstract_: String,
    pub description: String,
    pub url: Option<String>,
    pub persons: Vec<DocPerson>,
    pub links: Vec<Link>,
}

impl DocEvent {
    /// "event 12 \"Title\"": how the report names this event.
    pub(super) fn label(&self) -> plenary_core::report::Record {
        let id = self
            .id
            .as_deref()
            .or(self.code.as_deref())
            .or(self.guid.as_deref())
            .unwrap_or("?");
        plenary_core::report::Record::FrabEvent {
            id: id.to_string(),
            title: self.title.clone(),
        }
    }
}
