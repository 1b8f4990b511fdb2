//! Rooms: by name within the event; a file's room guid becomes the room's UUID unless another
//! room of the file or another event in this store already uses it.

use std::collections::{HashMap, HashSet};

use plenary_core::store::RoomIndex;
use plenary_core::{Event, Reader, RoomData, RoomId, Tx};
use uuid::Uuid;

use super::doc::{Doc, DocRoom};
use super::values::valid_uuid;
use crate::{derived_uuid, ImportError, ImportReport};
use plenary_core::report::Remark;

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
    let mut index = RoomIndex::of(&read, event.id)?;
    let mut room_ids: HashMap<String, RoomId> = HashMap::new();
    let mut room_uuids_here = HashSet::new();
    for room in &all_rooms(doc) {
        let mut uuid = valid_uuid(room.guid.as_deref())
            .unwrap_or_else(|| derived_uuid(&event.uuid, &format!("room:{}", room.name)));
        if !room_uuids_here.insert(uuid) {
            report.warn(Remark::RoomGuidRepeats {
                room: room.name.clone(),
                uuid,
            });
            uuid = derived_uuid(&event.uuid, &format!("room:{}", room.name));
            room_uuids_here.insert(uuid);
        }
        if other_room_uuids.contains(&uuid) {
            report.warn(Remark::RoomGuidOfAnotherEvent {
                room: room.name.clone(),
                uuid,
            });
            uuid = derived_uuid(&event.uuid, &format!("room-guid:{uuid}"));
        }
        let id = match index.by_uuid(&uuid).or_else(|| index.by_name(&room.name)) {
            Some(known) => {
                report.unchanged.rooms += 1;
                known
            }
            None => {
                let data = RoomData {
                    name: room.name.clone(),
                    capacity: room.capacity,
                    location: room.description.clone(),
                    ..Default::default()
                };
                report.created.rooms += 1;
                index.create(tx, Some(uuid), data)?.id
            }
        };
        room_ids.insert(room.name.clone(), id);
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
