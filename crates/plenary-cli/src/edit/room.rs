//! `plenary venue …` and `plenary room …`.

use clap::{Args, Subcommand};
use plenary_core::*;

use super::{set, Db};
use crate::util::{open_store, print_json, CliResult};

#[derive(Subcommand)]
pub enum VenueCmd {
    /// Add a venue to an event.
    Add {
        #[arg(long)]
        event: String,
        #[command(flatten)]
        fields: VenueFields,
    },
    /// Change a venue.
    Edit {
        #[arg(long)]
        venue: i64,
        #[command(flatten)]
        fields: VenueFields,
    },
    /// Delete a venue (its rooms stay, without a venue).
    Delete {
        #[arg(long)]
        venue: i64,
    },
}

#[derive(Args)]
pub struct VenueFields {
    #[arg(long)]
    name: Option<String>,
    #[arg(long)]
    address: Option<String>,
    #[arg(long, allow_hyphen_values = true)]
    latitude: Option<f64>,
    #[arg(long, allow_hyphen_values = true)]
    longitude: Option<f64>,
}

impl VenueFields {
    fn apply(self, data: &mut VenueData) {
        set(&mut data.name, self.name);
        set(&mut data.address, self.address);
        if self.latitude.is_some() {
            data.latitude = self.latitude;
        }
        if self.longitude.is_some() {
            data.longitude = self.longitude;
        }
    }
}

pub fn venue(db: &Db, cmd: VenueCmd) -> CliResult {
    let mut store = open_store(db)?;
    match cmd {
        VenueCmd::Add { event, fields } => {
            let venue = store.write(|tx| {
                let event = tx.read().find_event(&event)?;
                let mut data = VenueData::default();
                fields.apply(&mut data);
                tx.create_venue(event.id, &data)
            })?;
            outln!("Created venue {} ({}).", venue.id, venue.data.name);
        }
        VenueCmd::Edit { venue, fields } => {
            let updated = store.write(|tx| {
                let mut data = tx.read().venue(venue)?.data;
                fields.apply(&mut data);
                tx.update_venue(venue, &data)
            })?;
            outln!("Updated venue {} ({}).", updated.id, updated.data.name);
        }
        VenueCmd::Delete { venue } => {
            store.write(|tx| tx.delete_venue(venue))?;
            outln!("Deleted venue {venue}.");
        }
    }
    Ok(())
}

// ---- rooms

#[derive(Subcommand)]
pub enum RoomCmd {
    /// Add a room.
    Add {
        #[arg(long)]
        event: String,
        #[command(flatten)]
        fields: RoomFields,
    },
    /// Change a room.
    Edit {
        #[arg(long)]
        event: String,
        /// Id, UUID or name.
        #[arg(long)]
        room: String,
        #[command(flatten)]
        fields: RoomFields,
    },
    /// The event's rooms.
    List {
        #[arg(long)]
        event: String,
        #[arg(long)]
        json: bool,
    },
    /// Delete a room; its sessions go back to the unscheduled tray.
    Delete {
        #[arg(long)]
        event: String,
        #[arg(long)]
        room: String,
    },
}

#[derive(Args)]
pub struct RoomFields {
    #[arg(long)]
    name: Option<String>,
    /// Venue id.
    #[arg(long)]
    venue: Option<i64>,
    #[arg(long)]
    capacity: Option<u32>,
    /// Building, floor or directions.
    #[arg(long)]
    location: Option<String>,
    /// The room can stream (needed for hybrid sessions).
    #[arg(long)]
    stream: Option<Option<bool>>,
    #[arg(long)]
    record: Option<Option<bool>>,
    /// Number of interpretation booths.
    #[arg(long)]
    booths: Option<u32>,
    /// An online-only room.
    #[arg(long = "virtual")]
    is_virtual: Option<Option<bool>>,
    #[arg(long)]
    join_url: Option<String>,
    /// Column order in the agenda.
    #[arg(long)]
    position: Option<i32>,
}

impl RoomFields {
    fn apply(self, data: &mut RoomData) {
        let flag = |v: Option<bool>| v.unwrap_or(true);
        set(&mut data.name, self.name);
        if self.venue.is_some() {
            data.venue_id = self.venue;
        }
        if self.capacity.is_some() {
            data.capacity = self.capacity;
        }
        set(&mut data.location, self.location);
        if let Some(v) = self.stream {
            data.can_stream = flag(v);
        }
        if let Some(v) = self.record {
            data.can_record = flag(v);
        }
        set(&mut data.interpretation_booths, self.booths);
        if let Some(v) = self.is_virtual {
            data.is_virtual = flag(v);
        }
        if self.join_url.is_some() {
            data.join_url = self.join_url.filter(|u| !u.is_empty());
        }
        set(&mut data.position, self.position);
    }
}

pub fn room(db: &Db, cmd: RoomCmd) -> CliResult {
    let mut store = open_store(db)?;
    match cmd {
        RoomCmd::Add { event, fields } => {
            let room = store.write(|tx| {
                let event = tx.read().find_event(&event)?;
                let mut data = RoomData {
                    position: tx.read().rooms(event.id)?.len() as i32,
                    ..Default::default()
                };
                fields.apply(&mut data);
                tx.create_room(event.id, &data)
            })?;
            outln!("Created room {} ({}).", room.id, room.data.name);
        }
        RoomCmd::Edit { event, room, fields } => {
            let updated = store.write(|tx| {
                let event = tx.read().find_event(&event)?;
                let old = tx.read().find_room(event.id, &room)?;
                let mut data = old.data.clone();
                fields.apply(&mut data);
                tx.update_room(old.id, &data)
            })?;
            outln!("Updated room {} ({}).", updated.id, updated.data.name);
        }
        RoomCmd::List { event, json } => {
            let reader = store.read();
            let event = reader.find_event(&event)?;
            let rooms = reader.rooms(event.id)?;
            if json {
                return print_json(&rooms);
            }
            for r in rooms {
                outln!(
                    "{:>4}  {:<30} capacity {:<6} {}{}{}",
                    r.id,
                    r.data.name,
                    r.data.capacity.map(|c| c.to_string()).unwrap_or_else(|| "-".into()),
                    if r.data.can_stream { "streaming " } else { "" },
                    if r.data.interpretation_booths > 0 {
                        "interpretation "
                    } else {
                        ""
                    },
                    if r.data.is_virtual { "online" } else { "" },
                );
            }
        }
        RoomCmd::Delete { event, room } => {
            store.write(|tx| {
                let event = tx.read().find_event(&event)?;
                let old = tx.read().find_room(event.id, &room)?;
                tx.delete_room(old.id)
            })?;
            outln!("Deleted room {room}.");
        }
    }
    Ok(())
}
