//! The site's view built from the public schedule, one step per kind of page.

use std::collections::{BTreeMap, HashMap};

use super::*;
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use plenary_core::{time, Participation, Person, Room, Schedule, Session, SessionStatus, Term};

fn participation(p: Participation) -> &'static str {
    match p {
        Participation::OnSite => "On site",
        Participation::Remote => "Online only",
        Participation::Hybrid => "On site and online",
    }
}

fn kind_label(kind: plenary_core::SessionKind) -> &'static str {
    use plenary_core::SessionKind::*;
    match kind {
        Keynote => "Keynote",
        Panel => "Panel",
        Presentation => "Presentation",
        Workshop => "Workshop",
        InteractiveSession => "Interactive session",
        Plenary => "Plenary",
        Networking => "Networking",
        Break => "Break",
        Meal => "Meal",
        Ceremony => "Ceremony",
        Social => "Social",
        Other => "Other",
    }
}

/// "Tuesday 7 July 2026".
pub fn day_label(day: NaiveDate) -> String {
    day.format("%A %-d %B %Y").to_string()
}

fn clock(tz: Tz, t: DateTime<Utc>) -> String {
    time::utc_to_local(tz, t).format("%H:%M").to_string()
}

fn iso(tz: Tz, t: DateTime<Utc>) -> String {
    t.with_timezone(&tz).format("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

/// "6–10 July 2026", "30 June – 2 July 2026", "31 December 2026 – 2 January 2027".
fn dates(start: NaiveDate, end: NaiveDate) -> String {
    use chrono::Datelike;
    if start == end {
        start.format("%-d %B %Y").to_string()
    } else if (start.year(), start.month()) == (end.year(), end.month()) {
        format!("{}–{}", start.format("%-d"), end.format("%-d %B %Y"))
    } else if start.year() == end.year() {
        format!("{} – {}", start.format("%-d %B"), end.format("%-d %B %Y"))
    } else {
        format!("{} – {}", start.format("%-d %B %Y"), end.format("%-d %B %Y"))
    }
}

fn roles_view(roles: &[plenary_core::RoleAssignment], people: &HashMap<i64, &Person>) -> Vec<RoleView> {
    roles
        .iter()
        .filter_map(|r| {
            people.get(&r.person_id).map(|p| RoleView {
                name: p.data.display_name(),
                url: person_url(p.uuid),
                role: r.role.label(),
            })
        })
        .collect()
}

/// Builds the view of `schedule` (already the public snapshot's schedule: no private field is
/// in it). The event's zone must be valid (the store checks it; a snapshot keeps it).
pub fn build(schedule: &Schedule) -> SiteView {
    let event = &schedule.event.data;
    let tz: Tz = event.timezone.parse().unwrap_or(chrono_tz::UTC);
    let people: HashMap<i64, &Person> = schedule.people.iter().map(|p| (p.id, p)).collect();
    let rooms: HashMap<i64, &Room> = schedule.rooms.iter().map(|r| (r.id, r)).collect();
    let terms: HashMap<i64, &Term> = schedule.terms.iter().map(|t| (t.id, t)).collect();
    let sessions: Vec<SessionView> = schedule
        .sessions
        .iter()
        .map(|s| session_view(s, tz, event, &people, &rooms, &terms))
        .collect();
    let (by_day, unscheduled) = sessions_by_day(schedule, tz);
    let days = by_day
        .iter()
        .map(|(day, list)| day_view(schedule, &sessions, *day, list))
        .collect();
    SiteView {
        title: event.title.clone(),
        tagline: event.tagline.clone(),
        description: event.description.clone(),
        organisers: event.organisers.clone(),
        links: event
            .links
            .iter()
            .map(|l| Ref {
                label: l.label.clone(),
                url: l.url.clone(),
            })
            .collect(),
        timezone: event.timezone.clone(),
        dates: dates(event.start_date, event.end_date),
        sessions,
        days,
        unscheduled,
        people: person_views(schedule),
        rooms: room_views(schedule, tz),
        tags: tag_views(schedule),
    }
}

/// The conference days that have sessions, in order, each with its sessions (indexes); and
/// the sessions without a time.
fn sessions_by_day(schedule: &Schedule, tz: Tz) -> (BTreeMap<NaiveDate, Vec<usize>>, Vec<usize>) {
    let event = &schedule.event.data;
    let mut by_day: BTreeMap<NaiveDate, Vec<usize>> = BTreeMap::new();
    let mut unscheduled = Vec::new();
    for (i, s) in schedule.sessions.iter().enumerate() {
        match s.data.start {
            Some(start) => by_day.entry(event.conference_day(tz, start)).or_default().push(i),
            None => unscheduled.push(i),
        }
    }
    (by_day, unscheduled)
}

/// One day's grid: a column per room used that day (in the schedule's room order, then "No
/// room yet" if a session has none), a row per start time.
fn day_view(schedule: &Schedule, sessions: &[SessionView], day: NaiveDate, list: &[usize]) -> DayView {
    let used: Vec<&Room> = schedule
        .rooms
        .iter()
        .filter(|r| list.iter().any(|&i| schedule.sessions[i].data.room_id == Some(r.id)))
        .collect();
    let no_room = list.iter().any(|&i| schedule.sessions[i].data.room_id.is_none());
    let mut columns: Vec<Ref> = used
        .iter()
        .map(|r| Ref {
            label: r.data.name.clone(),
            url: room_url(r.uuid),
        })
        .collect();
    if no_room {
        columns.push(Ref {
            label: "No room yet".into(),
            url: String::new(),
        });
    }
    let column = |i: usize| -> usize {
        match schedule.sessions[i].data.room_id {
            Some(id) => used.iter().position(|r| r.id == id).unwrap_or(used.len()),
            None => used.len(),
        }
    };
    let mut rows: Vec<GridRow> = Vec::new();
    for &i in list {
        let clock = sessions[i].start_clock.clone();
        if rows.last().is_none_or(|r| r.clock != clock) {
            // Sessions are in start order, so equal clocks are adjacent except across a
            // DST fold; a second row with the same clock is then correct.
            rows.push(GridRow {
                clock,
                cells: vec![Vec::new(); columns.len()],
            });
        }
        if let Some(cell) = rows.last_mut().and_then(|row| row.cells.get_mut(column(i))) {
            cell.push(i);
        }
    }
    DayView {
        day: day.to_string(),
        label: day_label(day),
        calendar: day_calendar(day),
        rooms: columns,
        rows,
        sessions: list.to_vec(),
    }
}

/// Per person id, their sessions in schedule order with their roles there ("Speaker,
/// Moderator"), counting the roles in the session's items too.
fn person_sessions(schedule: &Schedule) -> HashMap<i64, Vec<PersonSession>> {
    let mut person_sessions: HashMap<i64, Vec<PersonSession>> = HashMap::new();
    for (i, s) in schedule.sessions.iter().enumerate() {
        let mut roles: Vec<(i64, &'static str)> = Vec::new();
        for r in s
            .data
            .roles
            .iter()
            .chain(s.data.items.iter().flat_map(|it| it.roles.iter()))
        {
            if !roles.contains(&(r.person_id, r.role.label())) {
                roles.push((r.person_id, r.role.label()));
            }
        }
        let mut seen: Vec<i64> = Vec::new();
        for (p, _) in &roles {
            if seen.contains(p) {
                continue;
            }
            seen.push(*p);
            let labels: Vec<&str> = roles.iter().filter(|(q, _)| q == p).map(|(_, l)| *l).collect();
            person_sessions.entry(*p).or_default().push(PersonSession {
                session: i,
                roles: labels.join(", "),
            });
        }
    }
    person_sessions
}

fn person_views(schedule: &Schedule) -> Vec<PersonView> {
    let mut person_sessions = person_sessions(schedule);
    schedule
        .people
        .iter()
        .map(|p| PersonView {
            uuid: p.uuid.to_string(),
            url: person_url(p.uuid),
            calendar: person_calendar(p.uuid),
            name: p.data.display_name(),
            function: p.data.function.clone(),
            organisation: p.data.organisation.clone(),
            bio: p.data.bio.clone(),
            sessions: person_sessions.remove(&p.id).unwrap_or_default(),
        })
        .collect()
}

/// The rooms, each with its scheduled sessions per conference day.
fn room_views(schedule: &Schedule, tz: Tz) -> Vec<RoomView> {
    let event = &schedule.event.data;
    schedule
        .rooms
        .iter()
        .map(|r| {
            let mut days: BTreeMap<NaiveDate, Vec<usize>> = BTreeMap::new();
            for (i, s) in schedule.sessions.iter().enumerate() {
                if let (Some(start), Some(room)) = (s.data.start, s.data.room_id) {
                    if room == r.id {
                        days.entry(event.conference_day(tz, start)).or_default().push(i);
                    }
                }
            }
            RoomView {
                uuid: r.uuid.to_string(),
                url: room_url(r.uuid),
                screen: screen_url(r.uuid),
                calendar: room_calendar(r.uuid),
                name: r.data.name.clone(),
                venue: schedule.venue_name(r),
                location: r.data.location.clone(),
                capacity: r.data.capacity,
                is_virtual: r.data.is_virtual,
                days: days
                    .into_iter()
                    .map(|(day, sessions)| DayList {
                        day: day.to_string(),
                        label: day_label(day),
                        sessions,
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The terms, each with the sessions tagged with it.
fn tag_views(schedule: &Schedule) -> Vec<TagView> {
    schedule
        .terms
        .iter()
        .map(|t| TagView {
            uuid: t.uuid.to_string(),
            url: tag_url(t.uuid),
            calendar: tag_calendar(t.uuid),
            label: t.label.clone(),
            code: t.code.clone(),
            vocabulary: schedule
                .vocabulary(t.vocabulary_id)
                .map(|v| v.name.clone())
                .unwrap_or_default(),
            sessions: schedule
                .sessions
                .iter()
                .enumerate()
                .filter(|(_, s)| s.data.tags.contains(&t.id))
                .map(|(i, _)| i)
                .collect(),
        })
        .collect()
}

/// A session's times as the templates show them; all empty (and 0) when not scheduled.
struct Times {
    day: Option<NaiveDate>,
    time: String,
    start_clock: String,
    start_ms: i64,
    end_ms: i64,
    start_iso: String,
    end_iso: String,
}

impl Times {
    fn of(s: &Session, tz: Tz, event: &plenary_core::EventData) -> Times {
        match (s.data.start, s.data.end) {
            (Some(start), Some(end)) => Times {
                day: Some(event.conference_day(tz, start)),
                time: format!("{}–{}", clock(tz, start), clock(tz, end)),
                start_clock: clock(tz, start),
                start_ms: start.timestamp_millis(),
                end_ms: end.timestamp_millis(),
                start_iso: iso(tz, start),
                end_iso: iso(tz, end),
            },
            _ => Times {
                day: None,
                time: String::new(),
                start_clock: String::new(),
                start_ms: 0,
                end_ms: 0,
                start_iso: String::new(),
                end_iso: String::new(),
            },
        }
    }
}

fn session_view(
    s: &Session,
    tz: Tz,
    event: &plenary_core::EventData,
    people: &HashMap<i64, &Person>,
    rooms: &HashMap<i64, &Room>,
    terms: &HashMap<i64, &Term>,
) -> SessionView {
    let d = &s.data;
    let times = Times::of(s, tz, event);
    let roles = roles_view(&d.roles, people);
    SessionView {
        uuid: s.uuid.to_string(),
        url: session_url(s.uuid),
        code: d.code.clone(),
        title: d.title.clone(),
        subtitle: d.subtitle.clone(),
        kind: kind_label(d.kind),
        cancelled: d.status == SessionStatus::Cancelled,
        draft: d.status == SessionStatus::Draft,
        day: times.day.map(|d| d.to_string()).unwrap_or_default(),
        day_label: times.day.map(day_label).unwrap_or_default(),
        time: times.time,
        start_clock: times.start_clock,
        start_ms: times.start_ms,
        end_ms: times.end_ms,
        start_iso: times.start_iso,
        end_iso: times.end_iso,
        room: d.room_id.and_then(|id| rooms.get(&id)).map(|r| Ref {
            label: r.data.name.clone(),
            url: room_url(r.uuid),
        }),
        participation: participation(d.participation),
        join_url: d.join_url.clone(),
        join_instructions: d.join_instructions.clone(),
        registration_url: d.registration_url.clone(),
        description: d.description.clone(),
        languages: d.languages.clone(),
        interpretation: d.interpretation.clone(),
        organisers: d.organisers.clone(),
        people_text: roles.iter().map(|r| r.name.as_str()).collect::<Vec<_>>().join(", "),
        people: roles,
        items: item_views(s, tz, people),
        tags: d
            .tags
            .iter()
            .filter_map(|t| terms.get(t))
            .map(|t| Ref {
                label: t.label.clone(),
                url: tag_url(t.uuid),
            })
            .collect(),
        links: link_refs(&d.links),
    }
}

/// The session's items with their times (as the calendar export computes them).
fn item_views(s: &Session, tz: Tz, people: &HashMap<i64, &Person>) -> Vec<ItemView> {
    let item_times = plenary_ical::export::item_times(s);
    s.data
        .items
        .iter()
        .zip(item_times)
        .map(|(item, times)| ItemView {
            title: item.title.clone(),
            time: times
                .map(|(a, b)| format!("{}–{}", clock(tz, a), clock(tz, b)))
                .unwrap_or_default(),
            people: roles_view(&item.roles, people),
            description: item.description.clone(),
        })
        .collect()
}

/// Links, an unlabelled one showing its URL.
fn link_refs(links: &[plenary_core::Link]) -> Vec<Ref> {
    links
        .iter()
        .map(|l| Ref {
            label: if l.label.is_empty() {
                l.url.clone()
            } else {
                l.label.clone()
            },
            url: l.url.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn event_dates_read_as_a_programme_prints_them() {
        assert_eq!(dates(d(2026, 7, 6), d(2026, 7, 6)), "6 July 2026");
        assert_eq!(dates(d(2026, 7, 6), d(2026, 7, 10)), "6–10 July 2026");
        assert_eq!(dates(d(2026, 6, 30), d(2026, 7, 2)), "30 June – 2 July 2026");
        assert_eq!(
            dates(d(2026, 12, 31), d(2027, 1, 2)),
            "31 December 2026 – 2 January 2027"
        );
        assert_eq!(day_label(d(2026, 7, 7)), "Tuesday 7 July 2026");
    }
}
