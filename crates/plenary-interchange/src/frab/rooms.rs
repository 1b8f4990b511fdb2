//! Rooms: by name within the event; a file's room guid becomes the room's UUID unless another
//! room of the file or another event in this store already uses it.

use std::collections::{HashMap, HashSet};

use plenary_core::{Event, Reader, RoomData, RoomId, Tx};
use uuid::Uuid;

use super::doc::{Doc, DocRoom};
use super::values::valid_uuid;
use crate::{derived_uuid, ImportError, ImportReport};

/// Finds or creates every room the file names (its room list, then the rooms of its events)
/// in `event`: the room ids by name.
pub(super) fn write_rooms(
    tx: &Tx<'_>,
    doc: &Doc,
    event: &Event,
    report: &mut ImportReport,
) -> Result<HashMap<String, RoomId>, ImportError> {
    let read = tx.read();
    let other_room_uuids = other_events_rooms(&read, event)?;
    let existing_rooms = read.rooms(event.id)?;
    let mut room_ids: HashMap<String, RoomId> = HashMap::new();
    let mut next_position = existing_rooms.iter().map(|r| r.data.position + 1).max().unwrap_or(0);
    let existing_by_uuid: HashMap<Uuid, RoomId> = existing_rooms.iter().map(|r| (r.uuid, r.id)).collect();
    let mut existing_by_name: HashMap<&str, RoomId> = HashMap::new();
    for r in &existing_rooms {
        existing_by_name.entry(r.data.name.as_str()).or_insert(r.id);
    }
    let mut room_uuids_here = HashSet::new();
    for room in &all_rooms(doc) {
        let mut uuid = valid_uuid(room.guid.as_deref())
            .unwrap_or_else(|| derived_uuid(&event.uuid, &format!("room:{}", room.name)));
        if !room_uuids_here.insert(uuid) {
            report.warn(format!(
                "room {:?}: its guid {uuid} is also another room's in this file; given a new UUID",
                room.name
            ));
            uuid = derived_uuid(&event.uuid, &format!("room:{}", room.name));
            room_uuids_here.insert(uuid);
        }
        if other_room_uuids.contains(&uuid) {
            report.warn(format!(
                "room {:?}: its guid {uuid} belongs to a room of another event in this store; given a new UUID",
                room.name
            ));
            uuid = derived_uuid(&event.uuid, &format!("room-guid:{uuid}"));
        }
        if let Some(known) = existing_by_uuid
            .get(&uuid)
            .or_else(|| existing_by_name.get(room.name.as_str()))
        {
            report.unchanged.rooms += 1;
            room_ids.insert(room.name.clone(), *known);
            continue;
        }
        let data = RoomData {
            name: room.name.clone(),
            capacity: room.capacity,
            location: room.description.clone(),
            position: next_position,
            ..Default::default()
        };
        next_position += 1;
        let created = tx.insert_room(event.id, uuid, &data)?;
        report.created.rooms += 1;
        room_ids.insert(room.name.clone(), created.id);
    }
    Ok(room_ids)
}

/// The UUIDs of the rooms of every other event in the store.
fn other_events_rooms(read: &Reader<'_>, event: &Event) -> Result<HashSet<Uuid>, ImportError> {
    let mut uuids = HashSet::new();
    for summary in read.events()? {
        if summary.id != event.id {
            uuids.extend(read.rooms(summary.id)?.into_iter().map(|r| r.uuid));
        }
    }
    Ok(uuids)
}

/// The file's room list, then the rooms its events name that the list lacks.
fn all_rooms(doc: &Doc) -> Vec<DocRoom> {
    let mut rooms = doc.rooms.clone();
    let mut room_names: HashSet<String> = rooms.iter().map(|r| r.name.clone()).collect();
    for e in &doc.events {
        if !e.room.is_empty() && room_names.insert(e.room.clone()) {
            rooms.push(DocRoom {
                name: e.room.clone(),
                guid: e.room_guid.clone(),
                ..Default::default()
            });
        }
    }
    rooms
}
