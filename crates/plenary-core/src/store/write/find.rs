//! Find-or-create, the one rule every importer (iCalendar, frab, CSV, event files) uses for the
//! rooms, people and terms a file names: look the record up, keep it when the file says the same,
//! update it when it says more, create it otherwise, and tell the caller which ([`Upsert`]) so
//! that the import report counts it once. How a file's record is matched (UUID, exact or folded
//! name, a CLI-style reference) stays each importer's choice: [`RoomIndex`] offers each.

use std::collections::{HashMap, HashSet};

use uuid::Uuid;

use super::{Tx, Upsert};
use crate::error::Result;
use crate::model::*;
use crate::store::read::Reader;

impl Tx<'_> {
    /// Writes `data` over the stored `venue` when they differ.
    ///
    /// # Errors
    /// As [`Tx::update_venue`] (validation naming the field).
    pub fn keep_or_update_venue(&self, venue: &Venue, data: &VenueData) -> Result<Upsert> {
        keep_or(&venue.data, data, || self.update_venue(venue.id, data).map(drop))
    }

    /// Writes `data` over the stored `room` when they differ.
    ///
    /// # Errors
    /// As [`Tx::update_room`].
    pub fn keep_or_update_room(&self, room: &Room, data: &RoomData) -> Result<Upsert> {
        keep_or(&room.data, data, || self.update_room(room.id, data).map(drop))
    }

    /// Writes `data` over the stored `person` when they differ.
    ///
    /// # Errors
    /// As [`Tx::update_person`].
    pub fn keep_or_update_person(&self, person: &Person, data: &PersonData) -> Result<Upsert> {
        keep_or(&person.data, data, || self.update_person(person.id, data).map(drop))
    }

    /// The term `vocabulary_key:code`, or a new one labelled `label` (creating the vocabulary,
    /// named `vocabulary_name`, when the store has none with that key). `Upsert::Unchanged` when
    /// it was there already: an existing term's label is never changed.
    ///
    /// # Errors
    /// An empty code or label (`Error::Invalid` naming `term code` / `term label`).
    pub fn find_or_create_term(
        &self,
        vocabulary_key: &str,
        vocabulary_name: &str,
        code: &str,
        label: &str,
    ) -> Result<(Term, Upsert)> {
        if let Ok(term) = self.read().find_term(&format!("{vocabulary_key}:{code}")) {
            return Ok((term, Upsert::Unchanged));
        }
        let vocab = match self.read().vocabulary_by_key(vocabulary_key) {
            Ok(v) => v,
            Err(_) => self.create_vocabulary(vocabulary_key, vocabulary_name, "")?,
        };
        Ok((self.create_term(vocab.id, code, label)?, Upsert::Created))
    }
}

/// `Unchanged` when `stored == wanted`, else runs `update` and says `Updated`.
fn keep_or<T: PartialEq>(stored: &T, wanted: &T, update: impl FnOnce() -> Result<()>) -> Result<Upsert> {
    if stored == wanted {
        return Ok(Upsert::Unchanged);
    }
    update()?;
    Ok(Upsert::Updated)
}

/// The rooms of one event, read once, by UUID, by name (exact and case-folded) and by id, so an
/// import of thousands of sessions naming a handful of rooms asks the store once. Rooms created
/// through it are added, and placed after the event's last room.
#[derive(Debug, Clone)]
pub struct RoomIndex {
    event: EventId,
    by_uuid: HashMap<Uuid, RoomId>,
    /// The first room of each name in the event's order (position, then name, then id),
    /// exact and folded to lower case.
    by_name: HashMap<String, RoomId>,
    by_folded_name: HashMap<String, RoomId>,
    /// The lowest id of each exact name, and every id: what [`Reader::find_room`] matches.
    lowest_by_name: HashMap<String, RoomId>,
    ids: HashSet<RoomId>,
    next_position: i32,
}

impl RoomIndex {
    /// The rooms `event` has now.
    ///
    /// # Errors
    /// A store that cannot be read.
    pub fn of(read: &Reader<'_>, event: EventId) -> Result<RoomIndex> {
        let mut index = RoomIndex {
            event,
            by_uuid: HashMap::new(),
            by_name: HashMap::new(),
            by_folded_name: HashMap::new(),
            lowest_by_name: HashMap::new(),
            ids: HashSet::new(),
            next_position: 0,
        };
        for room in &read.rooms(event)? {
            index.add(room);
        }
        Ok(index)
    }

    fn add(&mut self, room: &Room) {
        self.by_uuid.insert(room.uuid, room.id);
        self.by_name.entry(room.data.name.clone()).or_insert(room.id);
        self.by_folded_name
            .entry(room.data.name.to_lowercase())
            .or_insert(room.id);
        let lowest = self.lowest_by_name.entry(room.data.name.clone()).or_insert(room.id);
        *lowest = (*lowest).min(room.id);
        self.ids.insert(room.id);
        self.next_position = self.next_position.max(room.data.position.saturating_add(1));
    }

    /// The room with this UUID.
    pub fn by_uuid(&self, uuid: &Uuid) -> Option<RoomId> {
        self.by_uuid.get(uuid).copied()
    }

    /// The first room named exactly `name`, in the event's order.
    pub fn by_name(&self, name: &str) -> Option<RoomId> {
        self.by_name.get(name).copied()
    }

    /// The first room named `name` in any case ("Room A" is "room a"), in the event's order.
    pub fn by_name_any_case(&self, name: &str) -> Option<RoomId> {
        self.by_folded_name.get(&name.to_lowercase()).copied()
    }

    /// The room a person's reference names, as [`Reader::find_room`] reads it: its exact name,
    /// UUID or id, the lowest id when several match.
    pub fn by_reference(&self, key: &str) -> Option<RoomId> {
        let by_uuid = Uuid::parse_str(key)
            .ok()
            .filter(|u| u.to_string() == key)
            .and_then(|u| self.by_uuid(&u));
        let by_id = key
            .parse::<RoomId>()
            .ok()
            .filter(|id| id.to_string() == key && self.ids.contains(id));
        let by_name = self.lowest_by_name.get(key).copied();
        [by_name, by_uuid, by_id].into_iter().flatten().min()
    }

    /// Creates a room of the event from `data`, placed after the last one, with `uuid` (a new
    /// random one when `None`), and indexes it.
    ///
    /// # Errors
    /// As [`Tx::insert_room`]: invalid data names the field; a UUID already in the store is refused.
    pub fn create(&mut self, tx: &Tx<'_>, uuid: Option<Uuid>, data: RoomData) -> Result<Room> {
        let data = RoomData {
            position: self.next_position,
            ..data
        };
        let room = tx.insert_room(self.event, uuid.unwrap_or_else(Uuid::new_v4), &data)?;
        self.add(&room);
        Ok(room)
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::store::Store;

    fn store_with_rooms(names: &[(&str, i32)]) -> (Store, EventId, Vec<Room>) {
        let mut store = Store::open_in_memory().unwrap();
        let (event, rooms) = store
            .write(|tx| {
                let day = NaiveDate::from_ymd_opt(2026, 7, 6).unwrap();
                let event = tx.create_event(&EventData {
                    slug: "ev".into(),
                    title: "Ev".into(),
                    timezone: "UTC".into(),
                    start_date: day,
                    end_date: day,
                    ..Default::default()
                })?;
                let mut rooms = Vec::new();
                for (name, position) in names {
                    let data = RoomData {
                        name: name.to_string(),
                        position: *position,
                        ..Default::default()
                    };
                    rooms.push(tx.create_room(event.id, &data)?);
                }
                Ok((event.id, rooms))
            })
            .unwrap();
        (store, event, rooms)
    }

    #[test]
    fn a_room_index_finds_by_uuid_name_case_and_reference_as_the_reader_does() {
        // Two rooms named "Hall" (the second placed first), and one whose name is another's id.
        let (mut store, event, rooms) = store_with_rooms(&[("Hall", 5), ("Hall", 1), ("Annex", 2)]);
        let index = RoomIndex::of(&store.read(), event).unwrap();
        assert_eq!(index.by_uuid(&rooms[2].uuid), Some(rooms[2].id));
        assert_eq!(index.by_uuid(&Uuid::nil()), None);
        // By name: the first in the event's order (position); by reference: the lowest id, as
        // `Reader::find_room`.
        assert_eq!(index.by_name("Hall"), Some(rooms[1].id));
        assert_eq!(index.by_name("hall"), None);
        assert_eq!(index.by_name_any_case("hALL"), Some(rooms[1].id));
        for key in ["Hall", "Annex", &rooms[2].uuid.to_string(), &rooms[1].id.to_string()] {
            let read = store.read();
            assert_eq!(
                index.by_reference(key),
                Some(read.find_room(event, key).unwrap().id),
                "{key}"
            );
        }
        assert_eq!(index.by_reference("annex"), None);
        assert_eq!(index.by_reference("99"), None);

        // A created room comes after the last position, and is found at once.
        let uuid = Uuid::from_u128(7);
        let created = store
            .write(|tx| {
                let mut index = RoomIndex::of(&tx.read(), event)?;
                let room = index.create(
                    tx,
                    Some(uuid),
                    RoomData {
                        name: "Foyer".into(),
                        position: 0,
                        ..Default::default()
                    },
                )?;
                assert_eq!(index.by_name_any_case("FOYER"), Some(room.id));
                assert_eq!(index.by_uuid(&uuid), Some(room.id));
                Ok(room)
            })
            .unwrap();
        assert_eq!((created.uuid, created.data.position), (uuid, 6));
    }

    #[test]
    fn keep_or_update_writes_only_a_difference_and_says_which() {
        let (mut store, _, rooms) = store_with_rooms(&[("Hall", 0)]);
        let room = rooms[0].clone();
        let same = store.write(|tx| tx.keep_or_update_room(&room, &room.data)).unwrap();
        assert_eq!(same, Upsert::Unchanged);
        let bigger = RoomData {
            capacity: Some(300),
            ..room.data.clone()
        };
        let outcome = store.write(|tx| tx.keep_or_update_room(&room, &bigger)).unwrap();
        assert_eq!(outcome, Upsert::Updated);
        assert_eq!(store.read().room(room.id).unwrap().data.capacity, Some(300));
    }

    #[test]
    fn a_term_is_created_once_with_its_vocabulary_and_never_relabelled() {
        let mut store = Store::open_in_memory().unwrap();
        let (first, again) = store
            .write(|tx| {
                let first = tx.find_or_create_term("tracks", "Tracks", "ai", "AI")?;
                let again = tx.find_or_create_term("tracks", "Other name", "ai", "Artificial intelligence")?;
                Ok((first, again))
            })
            .unwrap();
        assert_eq!(first.1, Upsert::Created);
        assert_eq!(again.1, Upsert::Unchanged);
        assert_eq!(again.0.id, first.0.id);
        assert_eq!(again.0.label, "AI");
        assert_eq!(store.read().vocabulary_by_key("tracks").unwrap().name, "Tracks");
    }
}
