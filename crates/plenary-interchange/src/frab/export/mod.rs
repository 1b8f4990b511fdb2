//! Writes an event as frab schedule XML (valid against the c3voc `schedule.xml.xsd`) and as
//! schedule JSON (valid against `schedule.schema.json`, v1).
//!
//! Choices the schemas force, and why:
//! - A frab event needs a positive integer `id`: the session's code when it is a number used by
//!   no other session, else a number derived from its UUID (stable across exports).
//! - The `guid` is the session's UUID; rooms carry theirs; people are listed by UUID.
//! - Every `date` carries its offset in the event's zone; `start` is the local HH:MM.
//! - The XML `<person>` has no role attribute in the schema, so roles appear only in JSON.
//! - A session in the tray (no time) or cancelled cannot be in a timetable and is omitted
//!   (listed in [`Exported::omitted`]); private fields (passcodes, notes, e-mail) never appear.
//! - `<version>` is the latest release's name when the caller gives it (`to_xml_versioned`),
//!   else the time of the last change.

mod json;
mod plan;
mod xml;

use plenary_core::{Session, SessionKind};
use serde::Serialize;

pub use json::{to_json, to_json_versioned};
pub use xml::{to_xml, to_xml_versioned};

/// The text of an export and the sessions that could not be part of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Exported {
    pub text: String,
    /// One per session left out, with why.
    pub omitted: Vec<Omitted>,
}

/// A session an export left out: its code (may be empty), title and why, worded in English by
/// `Display` ("231 \"Title\": cancelled", the CLI) and by the window in its language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Omitted {
    pub code: String,
    pub title: String,
    pub why: OmitWhy,
}

/// Why an export left a session out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum OmitWhy {
    /// Not scheduled (in the tray): a timetable has no place for it.
    NotScheduled,
    /// Cancelled.
    Cancelled,
    /// Longer than 99:59, which frab durations cannot express.
    TooLong,
    /// Outside the event's days.
    OutsideDays,
}

impl Omitted {
    fn of(s: &Session, why: OmitWhy) -> Omitted {
        Omitted {
            code: s.data.code.clone(),
            title: s.data.title.clone(),
            why,
        }
    }
}

impl std::fmt::Display for Omitted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if !self.code.is_empty() {
            write!(f, "{} ", self.code)?;
        }
        write!(f, "{:?}: ", self.title)?;
        f.write_str(match self.why {
            OmitWhy::NotScheduled => "not scheduled (in the tray)",
            OmitWhy::Cancelled => "cancelled",
            OmitWhy::TooLong => "longer than 99:59, which frab durations cannot express",
            OmitWhy::OutsideDays => "outside the event's days",
        })
    }
}

/// Session kinds as frab `<type>`s; the import maps them back.
fn frab_type(kind: SessionKind) -> &'static str {
    match kind {
        SessionKind::Presentation => "lecture",
        SessionKind::InteractiveSession => "meeting",
        other => other.as_str(),
    }
}

/// Whether a URL is an `http(s)` URI that XML Schema's anyURI (and the JSON "uri" format)
/// accepts: a host, only URI characters, at most one `#`. Real links are often sloppier
/// (`https://chat.example.org/#/room/#x:example.org`); those stay in `<links>`, whose `href` is a
/// plain string, and are left out of the typed `<url>`.
fn http_uri_ok(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")) else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (authority, None),
    };
    let host_ok = !host.is_empty() && host.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b));
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    let chars_ok = url
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&b));
    host_ok && port_ok && chars_ok && url.matches('#').count() <= 1
}
