//! Events: create, change, delete, duplicate as next year's edition.

use chrono::{DateTime, Datelike, Days, Duration, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};
use uuid::Uuid;

use super::{check_links, required, Known, Tx};
use crate::error::{Error, Result};
use crate::model::*;
use crate::sane;
use crate::store::to_json;
use crate::time;
use crate::validate::{InputProblem, ProblemCode, Problems};

fn check_slug(slug: &str) -> Result<()> {
    let ok = !slug.is_empty()
        && slug.len() <= 64
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-');
    if !ok {
        return Err(Error::problems(
            "event",
            vec![InputProblem::new("slug", ProblemCode::BadSlug).with("value", slug)],
        ));
    }
    Ok(())
}

/// Turns a title into a slug candidate: "WSIS Forum 2026" → "wsis-forum-2026".
pub fn slugify(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug: String = slug.chars().take(48).collect();
    if slug.is_empty() {
        "event".into()
    } else {
        slug.trim_end_matches('-').to_string()
    }
}

/// Every rule of an event's fields, each broken one recorded (see `Problems`).
fn validate_event(data: &EventData) -> Result<()> {
    let mut all = Problems::new("event");
    all.take(check_slug(&data.slug))?;
    all.take(required("event", "title", &data.title))?;
    all.take(time::parse_zone(&data.timezone, "event", "timezone").map(drop))?;
    all.take(sane::check_event_days(data))?;
    check_links(&mut all, "event", &data.links)?;
    all.finish()
}

impl Tx<'_> {
    /// Creates an event with a new UUID.
    ///
    /// # Errors
    /// As [`Tx::insert_event`].
    pub fn create_event(&self, data: &EventData) -> Result<Event> {
        self.insert_event(Uuid::new_v4(), data)
    }

    /// Creates an event with a given UUID (imports and merges keep the file's identity).
    ///
    /// # Errors
    /// [`Error::Invalid`] naming the field (`event slug`, `title`, `timezone`, `end_date` …: a
    /// slug not 1–64 of `[a-z0-9-]`, no title, an unknown IANA zone, days out of order or out of
    /// 1900–2200, more than 366 days, an unsafe link); [`Error::Taken`] when the slug is taken.
    /// An empty slug is made from the title, unique in the store (`wsis-forum-2026-2`).
    pub fn insert_event(&self, uuid: Uuid, data: &EventData) -> Result<Event> {
        let filled = self.slug_from_title(data, None)?;
        let data = filled.as_ref().unwrap_or(data);
        validate_event(data)?;
        self.slug_free(&data.slug, None)?;
        self.exec_event(
            "INSERT INTO events (uuid, slug, title, tagline, description, organisers, timezone, start_date, end_date, links,
                                 day_change)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            &uuid.to_string(),
            data,
        )?;
        self.read().event(self.tx.last_insert_rowid())
    }

    /// Changes an event. Moving its days or zone must leave every session inside its days. An
    /// empty slug is made from the title, as in [`Tx::insert_event`].
    pub fn update_event(&self, id: EventId, data: &EventData) -> Result<Event> {
        let filled = self.slug_from_title(data, Some(id))?;
        let data = filled.as_ref().unwrap_or(data);
        validate_event(data)?;
        self.known.borrow_mut().bounds.remove(&id);
        self.slug_free(&data.slug, Some(id))?;
        let changed = self.exec_event(
            "UPDATE events SET slug = ?2, title = ?3, tagline = ?4, description = ?5, organisers = ?6,
                    timezone = ?7, start_date = ?8, end_date = ?9, links = ?10, day_change = ?11 WHERE id = ?1",
            &id,
            data,
        )?;
        self.must_change("event", id, changed)?;
        let (first, last) = self.event_bounds(id)?;
        let outside: Option<String> = self
            .tx
            .query_row(
                "SELECT title FROM sessions WHERE event_id = ?1 AND start IS NOT NULL
                 AND (start < ?2 OR end > ?3) LIMIT 1",
                params![id, first.timestamp(), last.timestamp()],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(title) = outside {
            return Err(Error::invalid(
                "event",
                "start_date",
                format!("session {title:?} would fall outside the event's days; move it first"),
            ));
        }
        self.read().event(id)
    }

    /// Deletes an event with its venues, rooms, sessions, selections and releases (people stay:
    /// they belong to the store).
    ///
    /// # Errors
    /// [`Error::NotFound`] when there is no such event.
    pub fn delete_event(&self, id: EventId) -> Result<()> {
        // Its rooms go with it.
        *self.known.borrow_mut() = Known::default();
        let changed = self.exec("DELETE FROM events WHERE id = ?1", [id])?;
        self.must_change("event", id, changed)
    }

    /// `data` with its slug made from its title, when the slug was left empty and the title is
    /// not (`None`: nothing to fill). The title's own slug when free (or `except`'s own), else
    /// the next free `-2`, `-3` …, so organisers need not invent one.
    fn slug_from_title(&self, data: &EventData, except: Option<EventId>) -> Result<Option<EventData>> {
        if !data.slug.trim().is_empty() || data.title.trim().is_empty() {
            return Ok(None);
        }
        let own = slugify(&data.title);
        let slug = if self.slug_free(&own, except).is_ok() {
            own
        } else {
            self.unique_slug(&data.title)?
        };
        Ok(Some(EventData { slug, ..data.clone() }))
    }

    fn slug_free(&self, slug: &str, except: Option<EventId>) -> Result<()> {
        let taken: Option<EventId> = self
            .tx
            .query_row("SELECT id FROM events WHERE slug = ?1", [slug], |r| r.get(0))
            .optional()?;
        match taken {
            Some(other) if Some(other) != except => Err(Error::Taken {
                entity: "event",
                field: "slug",
                value: slug.to_string(),
            }),
            _ => Ok(()),
        }
    }

    /// A slug not yet used, based on `wanted` ("osw-2027", "osw-2027-2", …).
    pub fn unique_slug(&self, wanted: &str) -> Result<String> {
        let base = slugify(wanted);
        let mut candidate = base.clone();
        for n in 2.. {
            let taken: bool = self.tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM events WHERE slug = ?1)",
                [&candidate],
                |r| r.get(0),
            )?;
            if !taken {
                break;
            }
            candidate = format!("{base}-{n}");
        }
        Ok(candidate)
    }

    /// The first and last instants of the event's days, in its zone.
    pub(super) fn event_bounds(&self, id: EventId) -> Result<(DateTime<Utc>, DateTime<Utc>)> {
        if let Some(bounds) = self.known.borrow().bounds.get(&id) {
            return Ok(*bounds);
        }
        let event = self.read().event(id)?;
        let tz = time::parse_zone(&event.data.timezone, "event", "timezone")?;
        // A store written by hand or an old import may hold absurd days: refuse, don't panic.
        sane::check_event_days(&event.data)?;
        // Conference days begin at the day change, so the night after the last day is inside.
        let change = event.data.day_change;
        let bounds = (
            time::day_start_at(tz, event.data.start_date, change),
            time::day_start_at(tz, event.data.end_date + Duration::days(1), change),
        );
        self.known.borrow_mut().bounds.insert(id, bounds);
        Ok(bounds)
    }

    /// Copies an event with its venues, rooms and sessions (as drafts, with their people and
    /// tags) to new dates, keeping each session's weekday and local time: next year's edition.
    pub fn duplicate_event(&self, id: EventId, title: &str, start_date: NaiveDate) -> Result<Event> {
        let source = self.read().schedule(id)?;
        let tz = time::parse_zone(&source.event.data.timezone, "event", "timezone")?;
        sane::check_event_days(&source.event.data)?;
        sane::check_date("event", "start_date", start_date)?;
        let mut data = source.event.data.clone();
        // Both dates are in the sane range, so the shift and every date moved by it fit.
        let shift = start_date - data.start_date;
        let moved = |date: NaiveDate, entity: &'static str, field: &str| -> Result<NaiveDate> {
            date.checked_add_signed(shift).ok_or_else(|| {
                Error::invalid(
                    entity,
                    field,
                    format!("{date} cannot move by {} days", shift.num_days()),
                )
            })
        };
        data.title = title.to_string();
        data.slug = self.unique_slug(title)?;
        data.start_date = start_date;
        data.end_date = moved(data.end_date, "event", "end_date")?;
        let event = self.create_event(&data)?;
        let mut venue_ids = std::collections::HashMap::new();
        for venue in &source.venues {
            venue_ids.insert(venue.id, self.create_venue(event.id, &venue.data)?.id);
        }
        let mut room_ids = std::collections::HashMap::new();
        for room in &source.rooms {
            let mut room_data = room.data.clone();
            room_data.venue_id = room.data.venue_id.and_then(|v| venue_ids.get(&v).copied());
            for (i, hours) in room_data.opening_hours.iter_mut().enumerate() {
                hours.date = moved(hours.date, "room", &format!("opening_hours[{i}].date"))?;
            }
            room_ids.insert(room.id, self.create_room(event.id, &room_data)?.id);
        }
        let move_local = |t: DateTime<Utc>| -> Result<DateTime<Utc>> {
            let local = time::utc_to_local(tz, t).checked_add_signed(shift).ok_or_else(|| {
                Error::invalid(
                    "session",
                    "start",
                    format!("{t} cannot move by {} days", shift.num_days()),
                )
            })?;
            time::local_to_utc(tz, local, time::Fold::Earlier, "session", "start")
        };
        for session in &source.sessions {
            let mut s = session.data.clone();
            s.status = SessionStatus::Draft;
            s.room_id = s.room_id.and_then(|r| room_ids.get(&r).copied());
            s.start = s.start.map(move_local).transpose()?;
            s.end = s.end.map(move_local).transpose()?;
            for item in &mut s.items {
                item.uuid = Uuid::new_v4();
                item.start = item.start.map(move_local).transpose()?;
            }
            self.create_session(event.id, &s)?;
        }
        Ok(event)
    }

    /// Runs `sql` (the INSERT or the UPDATE) with `key` (the UUID or the row id) as ?1 and the
    /// fields in their stored form as ?2 to ?11, so both statements bind the same way.
    fn exec_event(&self, sql: &str, key: &dyn rusqlite::ToSql, data: &EventData) -> Result<usize> {
        self.exec(
            sql,
            params![
                key,
                data.slug,
                data.title,
                data.tagline,
                data.description,
                to_json(&data.organisers),
                data.timezone,
                data.start_date.to_string(),
                data.end_date.to_string(),
                to_json(&data.links),
                data.day_change.format("%H:%M:%S").to_string(),
            ],
        )
    }
}

/// The title of an edition that starts on `to`, made from one that started on `from`: a year in
/// the title moves on ("WSIS Forum 2026" → "WSIS Forum 2027"), otherwise the new year is added.
pub fn edition_title(title: &str, from: NaiveDate, to: NaiveDate) -> String {
    let (old_year, new_year) = (from.year().to_string(), to.year().to_string());
    if title.contains(&old_year) {
        title.replace(&old_year, &new_year)
    } else {
        format!("{title} {new_year}")
    }
}

/// The date 52 or 53 weeks later that is nearest to the same day next year, so the weekday
/// stays: 2026-06-22 (a Monday) → 2027-06-21 (a Monday).
pub fn same_weekday_next_year(date: NaiveDate) -> NaiveDate {
    let (Some(a), Some(b)) = (
        date.checked_add_days(Days::new(364)),
        date.checked_add_days(Days::new(371)),
    ) else {
        // Beyond the dates chrono holds: the store refuses such an event anyway.
        return date;
    };
    let next = date
        .with_year(date.year() + 1)
        .or_else(|| date.pred_opt()?.with_year(date.year() + 1))
        .unwrap_or(a);
    if (next - a).num_days().abs() <= (b - next).num_days().abs() {
        a
    } else {
        b
    }
}
