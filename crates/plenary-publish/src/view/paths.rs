//! Where each page and calendar of the site lives, from the site's root: by UUID, so a
//! page keeps its address from one publish to the next.

use chrono::NaiveDate;
use uuid::Uuid;

/// A session's page, from the site's root.
pub fn session_url(uuid: Uuid) -> String {
    format!("sessions/{uuid}.html")
}
/// A person's page.
pub fn person_url(uuid: Uuid) -> String {
    format!("people/{uuid}.html")
}
/// A room's page.
pub fn room_url(uuid: Uuid) -> String {
    format!("rooms/{uuid}.html")
}
/// A room's screen (now and next).
pub fn screen_url(uuid: Uuid) -> String {
    format!("screens/{uuid}.html")
}
/// A track's or tag's page.
pub fn tag_url(uuid: Uuid) -> String {
    format!("tags/{uuid}.html")
}
/// The calendar of one day.
pub fn day_calendar(day: NaiveDate) -> String {
    format!("calendars/day-{day}.ics")
}
/// The calendar of one room.
pub fn room_calendar(uuid: Uuid) -> String {
    format!("calendars/room-{uuid}.ics")
}
/// The calendar of one person's sessions.
pub fn person_calendar(uuid: Uuid) -> String {
    format!("calendars/person-{uuid}.ics")
}
/// The calendar of one track or tag.
pub fn tag_calendar(uuid: Uuid) -> String {
    format!("calendars/tag-{uuid}.ics")
}
/// The calendar of the whole programme.
pub const ALL_CALENDAR: &str = "calendars/all.ics";
