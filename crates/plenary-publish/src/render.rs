//! Renders every file of the site from the public snapshot.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use minijinja::value::Serde;
use minijinja::{context, AutoEscape, Environment, Value};
use plenary_core::release::{PublicSnapshot, Release, ReleaseSummary};
use plenary_core::{Error, Result, Schedule};
use plenary_ical::export::{write_calendar, ExportOptions, ResolvedScope};
use serde::Serialize;

use crate::changelog;
use crate::view::{self, SiteView};
use crate::{SiteFile, SiteOptions};

/// The pages' language. Plenary's published text is English; sessions in other languages keep
/// their titles as written.
const LANG: &str = "en";

const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../templates/base.html")),
    ("macros.html", include_str!("../templates/macros.html")),
    ("index.html", include_str!("../templates/index.html")),
    ("session.html", include_str!("../templates/session.html")),
    ("person.html", include_str!("../templates/person.html")),
    ("room.html", include_str!("../templates/room.html")),
    ("tag.html", include_str!("../templates/tag.html")),
    ("people.html", include_str!("../templates/people.html")),
    ("rooms.html", include_str!("../templates/rooms.html")),
    ("tags.html", include_str!("../templates/tags.html")),
    ("calendars.html", include_str!("../templates/calendars.html")),
    ("changelog.html", include_str!("../templates/changelog.html")),
    ("changelog.atom", include_str!("../templates/changelog.atom")),
    ("search.html", include_str!("../templates/search.html")),
    ("screen.html", include_str!("../templates/screen.html")),
];

const ASSETS: &[(&str, &str)] = &[
    ("style.css", include_str!("../assets/style.css")),
    ("site.js", include_str!("../assets/site.js")),
    ("screen.js", include_str!("../assets/screen.js")),
    ("search.js", include_str!("../assets/search.js")),
];

fn environment() -> Result<Environment<'static>> {
    let mut env = Environment::new();
    // Everything is escaped for HTML, the feed too (XML needs a subset of HTML's escapes).
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    // minijinja's HTML escape also writes `/` as `&#x2f;`, which is valid but makes every path
    // unreadable in the source; the five characters that matter in text and quoted attributes
    // are enough.
    env.set_formatter(|out, state, value| match value.as_str() {
        Some(text) if !value.is_safe() => out.write_str(&escape(text)).map_err(minijinja::Error::from),
        _ => minijinja::escape_formatter(out, state, value),
    });
    for (name, source) in TEMPLATES {
        env.add_template(name, source).map_err(|e| template_error(name, e))?;
    }
    Ok(env)
}

/// `text` with `& < > " '` escaped, for HTML text, quoted attributes and XML.
fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"', '\'']) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out.into()
}

/// A serialisable value as the templates see it.
fn v<T: Serialize>(value: T) -> Value {
    Value::from(Serde(value))
}

fn template_error(name: &str, e: minijinja::Error) -> Error {
    Error::invalid("site", format!("template {name}"), e.to_string())
}

/// The release shown in the footer.
#[derive(Serialize)]
struct ReleaseRef {
    name: String,
    date: String,
}

/// One session on a room screen (instants in milliseconds).
#[derive(Serialize)]
struct ScreenSession<'a> {
    start: i64,
    end: i64,
    title: &'a str,
    time: &'a str,
    day: &'a str,
    people: &'a str,
    url: &'a str,
    cancelled: bool,
}

#[derive(Serialize)]
struct ScreenData<'a> {
    root: &'static str,
    timezone: &'a str,
    sessions: Vec<ScreenSession<'a>>,
}

/// One entry of the search index: title, url, detail, text searched (lower case).
#[derive(Serialize)]
struct SearchEntry {
    t: String,
    u: String,
    d: String,
    x: String,
}

struct Out {
    env: Environment<'static>,
    files: Vec<SiteFile>,
    base: Value,
}

impl Out {
    fn page(&mut self, path: String, template: &str, extra: Value) -> Result<()> {
        let root = "../".repeat(path.matches('/').count());
        let tmpl = self
            .env
            .get_template(template)
            .map_err(|e| template_error(template, e))?;
        let ctx = context! { root => root, ..minijinja::value::merge_maps([extra, self.base.clone()]) };
        let mut text = tmpl.render(ctx).map_err(|e| template_error(template, e))?;
        // minijinja drops a template's final newline; files end with one.
        if !text.ends_with('\n') {
            text.push('\n');
        }
        self.files.push(SiteFile {
            path,
            bytes: text.into_bytes(),
        });
        Ok(())
    }

    fn file(&mut self, path: impl Into<String>, bytes: Vec<u8>) {
        self.files.push(SiteFile {
            path: path.into(),
            bytes,
        });
    }
}

/// Renders the site of `snapshot`; `release` is the one published (None: the store as it is),
/// `history` the releases up to it, oldest first.
pub fn site(
    snapshot: &PublicSnapshot,
    release: Option<&ReleaseSummary>,
    history: &[Release],
    options: &SiteOptions,
) -> Result<Vec<SiteFile>> {
    // A snapshot was cleaned when it was made; one edited by hand since is cleaned again.
    let schedule = plenary_core::link::without_unsafe_links(&snapshot.to_schedule()).into_owned();
    plenary_core::sane::check_event_days(&schedule.event.data)?;
    let tz: Tz = schedule.event.data.timezone.parse().unwrap_or(chrono_tz::UTC);
    let site = view::build(&schedule);
    let stamp = stable_stamp(&schedule, release);
    let on_site: HashMap<uuid::Uuid, ()> = snapshot.sessions.iter().map(|s| (s.uuid, ())).collect();
    let releases = changelog::releases(history, tz, &on_site);
    let mut out = Out {
        env: environment()?,
        files: Vec::new(),
        base: base_context(&site, release),
    };
    overview_pages(&mut out, &schedule, &releases, stamp, options)?;
    entity_pages(&mut out, &site, options)?;
    for (path, text) in ASSETS {
        out.file(*path, text.as_bytes().to_vec());
    }
    out.file("search-index.js", search_index(&site));
    calendars(&mut out, &schedule, &site, stamp)?;
    let version = release.map(|r| r.name.as_str());
    let xml = plenary_interchange::frab::to_xml_versioned(&schedule, version)?;
    out.file("schedule.xml", xml.text.into_bytes());
    let json = plenary_interchange::frab::to_json_versioned(&schedule, version)?;
    out.file("schedule.json", json.text.into_bytes());

    let mut files = out.files;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// What stays the same between two publishes of the same programme: the release's time, else
/// the last change's; calendars carry it as DTSTAMP and the feed as its update.
fn stable_stamp(schedule: &Schedule, release: Option<&ReleaseSummary>) -> DateTime<Utc> {
    release.map(|r| r.created).unwrap_or_else(|| {
        schedule
            .sessions
            .iter()
            .map(|s| s.modified)
            .max()
            .unwrap_or(DateTime::UNIX_EPOCH)
    })
}

/// What every page sees: the language, the site, the all-sessions calendar and the release.
fn base_context(site: &SiteView, release: Option<&ReleaseSummary>) -> Value {
    context! {
        lang => LANG,
        site => v(site),
        all_calendar => view::ALL_CALENDAR,
        release => v(release.map(|r| ReleaseRef {
            name: r.name.clone(),
            date: r.created.format("%Y-%m-%d").to_string(),
        })),
    }
}

/// The home page, the lists (people, rooms, tags, calendars, search) and the changelog with
/// its Atom feed.
fn overview_pages(
    out: &mut Out,
    schedule: &Schedule,
    releases: &[changelog::ReleaseView],
    stamp: DateTime<Utc>,
    options: &SiteOptions,
) -> Result<()> {
    let generated_at = options.generated_at.unwrap_or_else(Utc::now);
    out.page(
        "index.html".into(),
        "index.html",
        context! { generated_at => generated_at.format("%Y-%m-%d %H:%M:%S UTC").to_string() },
    )?;
    for (path, template) in [
        ("people.html", "people.html"),
        ("rooms.html", "rooms.html"),
        ("tags.html", "tags.html"),
        ("calendars.html", "calendars.html"),
        ("search.html", "search.html"),
    ] {
        out.page(path.into(), template, context! {})?;
    }
    out.page(
        "changelog.html".into(),
        "changelog.html",
        context! { releases => v(releases) },
    )?;
    let author = if schedule.event.data.organisers.is_empty() {
        schedule.event.data.title.clone()
    } else {
        schedule.event.data.organisers.join(", ")
    };
    out.page(
        "changelog.atom".into(),
        "changelog.atom",
        context! {
            releases => v(releases),
            event_uuid => schedule.event.uuid.to_string(),
            updated => stamp.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            author => author,
        },
    )
}

/// A page per session, person and tag; per room its page and its screen.
fn entity_pages(out: &mut Out, site: &SiteView, options: &SiteOptions) -> Result<()> {
    for s in &site.sessions {
        out.page(s.url.clone(), "session.html", context! { s => v(s) })?;
    }
    for p in &site.people {
        out.page(p.url.clone(), "person.html", context! { p => v(p) })?;
    }
    for t in &site.tags {
        out.page(t.url.clone(), "tag.html", context! { t => v(t) })?;
    }
    let now_ms = options.screen_now.map(|t| t.timestamp_millis());
    for r in &site.rooms {
        out.page(r.url.clone(), "room.html", context! { r => v(r) })?;
        let data = screen_data(site, r);
        out.page(
            r.screen.clone(),
            "screen.html",
            context! { r => v(r), screen => v(&data), now_ms => now_ms },
        )?;
    }
    Ok(())
}

fn screen_data<'a>(site: &'a SiteView, room: &'a view::RoomView) -> ScreenData<'a> {
    ScreenData {
        root: "../",
        timezone: &site.timezone,
        sessions: room
            .days
            .iter()
            .flat_map(|d| d.sessions.iter().map(move |&i| (d, &site.sessions[i])))
            .map(|(d, s)| ScreenSession {
                start: s.start_ms,
                end: s.end_ms,
                title: &s.title,
                time: &s.time,
                day: &d.label,
                people: &s.people_text,
                url: &s.url,
                cancelled: s.cancelled,
            })
            .collect(),
    }
}

/// `search-index.js`: a script (not JSON, which a page opened from `file://` may not fetch)
/// setting `window.PLENARY_SEARCH` to the sessions and people.
fn search_index(site: &SiteView) -> Vec<u8> {
    let mut entries = Vec::with_capacity(site.sessions.len() + site.people.len());
    for s in &site.sessions {
        let room = s.room.as_ref().map(|r| r.label.as_str()).unwrap_or("");
        let tags: Vec<&str> = s.tags.iter().map(|t| t.label.as_str()).collect();
        let detail = [s.day_label.as_str(), s.time.as_str(), room]
            .iter()
            .filter(|x| !x.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" · ");
        entries.push(SearchEntry {
            x: format!(
                "{} {} {} {} {} {}",
                s.title,
                s.subtitle,
                s.code,
                s.people_text,
                room,
                tags.join(" ")
            )
            .to_lowercase(),
            t: s.title.clone(),
            u: s.url.clone(),
            d: detail,
        });
    }
    for p in &site.people {
        entries.push(SearchEntry {
            x: format!("{} {} {}", p.name, p.function, p.organisation).to_lowercase(),
            t: p.name.clone(),
            u: p.url.clone(),
            d: [p.function.as_str(), p.organisation.as_str()]
                .iter()
                .filter(|x| !x.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    let json = serde_json::to_string(&entries).expect("search entries always serialise");
    format!("window.PLENARY_SEARCH = {json};\n").into_bytes()
}

/// The calendars: whole event, per day (local date of the start), per room, per tag, per person.
fn calendars(out: &mut Out, schedule: &Schedule, site: &SiteView, stamp: DateTime<Utc>) -> Result<()> {
    let options = ExportOptions {
        now: Some(stamp),
        ..Default::default()
    };
    let mut write = |path: String, scope: ResolvedScope| -> Result<()> {
        // The writer checks every link of the schedule it is given; given only the sessions in
        // scope (and their people), 1,051 calendars of 36C3 check each link about four times
        // instead of 1,051 times. The calendar is the same: the scope still names it.
        let tz: Tz = schedule.event.data.timezone.parse().unwrap_or(chrono_tz::UTC);
        let part = in_scope(schedule, &scope, tz);
        let text = write_calendar(&part, &scope, &options)?;
        out.file(path, text.into_bytes());
        Ok(())
    };
    write(view::ALL_CALENDAR.into(), ResolvedScope::default())?;
    let tz: Tz = schedule.event.data.timezone.parse().unwrap_or(chrono_tz::UTC);
    let mut days: Vec<chrono::NaiveDate> = schedule
        .sessions
        .iter()
        .filter_map(|s| s.data.start)
        .map(|t| plenary_core::time::utc_to_local(tz, t).date())
        .collect();
    days.sort();
    days.dedup();
    // A conference day past midnight (day change) lists its calendar under its own date too.
    for d in &site.days {
        if let Ok(day) = d.day.parse::<chrono::NaiveDate>() {
            if let Err(i) = days.binary_search(&day) {
                days.insert(i, day);
            }
        }
    }
    for day in days {
        write(
            view::day_calendar(day),
            ResolvedScope {
                day: Some(day),
                ..Default::default()
            },
        )?;
    }
    for room in &schedule.rooms {
        write(
            view::room_calendar(room.uuid),
            ResolvedScope {
                room: Some(room.clone()),
                ..Default::default()
            },
        )?;
    }
    for term in &schedule.terms {
        write(
            view::tag_calendar(term.uuid),
            ResolvedScope {
                tag: Some(term.clone()),
                ..Default::default()
            },
        )?;
    }
    for person in &schedule.people {
        write(
            view::person_calendar(person.uuid),
            ResolvedScope {
                person: Some(person.clone()),
                ..Default::default()
            },
        )?;
    }
    Ok(())
}

/// `schedule` with only the sessions `scope` keeps (as `plenary_ical`'s export selects them:
/// the day by the local date of the start) and the people in their roles.
fn in_scope(schedule: &Schedule, scope: &ResolvedScope, tz: Tz) -> Schedule {
    let has = |roles: &[plenary_core::RoleAssignment], id: i64| roles.iter().any(|r| r.person_id == id);
    let keep = |s: &&plenary_core::Session| -> bool {
        let d = &s.data;
        scope.day.is_none_or(|day| {
            d.start
                .is_some_and(|t| plenary_core::time::utc_to_local(tz, t).date() == day)
        }) && scope.room.as_ref().is_none_or(|r| d.room_id == Some(r.id))
            && scope
                .person
                .as_ref()
                .is_none_or(|p| has(&d.roles, p.id) || d.items.iter().any(|i| has(&i.roles, p.id)))
            && scope.tag.as_ref().is_none_or(|t| d.tags.contains(&t.id))
    };
    let sessions: Vec<plenary_core::Session> = schedule.sessions.iter().filter(keep).cloned().collect();
    let mut people: std::collections::HashSet<i64> = std::collections::HashSet::new();
    for s in &sessions {
        for r in s
            .data
            .roles
            .iter()
            .chain(s.data.items.iter().flat_map(|i| i.roles.iter()))
        {
            people.insert(r.person_id);
        }
    }
    Schedule {
        event: schedule.event.clone(),
        venues: schedule.venues.clone(),
        rooms: schedule.rooms.clone(),
        sessions,
        people: schedule
            .people
            .iter()
            .filter(|p| people.contains(&p.id))
            .cloned()
            .collect(),
        vocabularies: schedule.vocabularies.clone(),
        terms: schedule.terms.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_for_html_and_xml_and_paths_stay_readable() {
        assert_eq!(escape("sessions/a.html"), "sessions/a.html");
        assert_eq!(
            escape(r#"<script>"O'Neil" & co</script>"#),
            "&lt;script&gt;&quot;O&#39;Neil&quot; &amp; co&lt;/script&gt;"
        );
    }

    #[test]
    fn every_template_compiles() {
        let env = environment().unwrap();
        for (name, _) in TEMPLATES {
            env.get_template(name).unwrap();
        }
    }
}
