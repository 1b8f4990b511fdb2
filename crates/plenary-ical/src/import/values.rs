//! Property values from elsewhere: HTML descriptions, category codes, links, short quotes.

use plenary_core::report::Remark;
use plenary_core::store::slugify;
use uuid::Uuid;

use crate::parse::{Note, Property};

use super::UID_NAMESPACE;

/// Plain text from an HTML description: tags removed, block ends as newlines, entities decoded.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let Some(gt) = rest[lt..].find('>') else {
            out.push_str(&rest[lt..]);
            rest = "";
            break;
        };
        let tag = rest[lt + 1..lt + gt].trim().to_ascii_lowercase();
        let name = tag.trim_start_matches('/').split([' ', '/']).next().unwrap_or("");
        if matches!(
            name,
            "br" | "p" | "div" | "li" | "tr" | "h1" | "h2" | "h3" | "h4" | "ul" | "ol"
        ) && (name == "br" || tag.starts_with('/') || name == "li")
            && !out.ends_with('\n')
        {
            out.push('\n');
        }
        if name == "li" && !tag.starts_with('/') {
            out.push_str("• ");
        }
        rest = &rest[lt + gt + 1..];
    }
    out.push_str(rest);
    let mut decoded = String::with_capacity(out.len());
    let mut s = out.as_str();
    while let Some(amp) = s.find('&') {
        decoded.push_str(&s[..amp]);
        let tail = &s[amp..];
        let end = tail.find(';').filter(|&e| e <= 10);
        let entity = end.map(|e| &tail[1..e]);
        let ch = match entity {
            Some("amp") => Some('&'),
            Some("lt") => Some('<'),
            Some("gt") => Some('>'),
            Some("quot") => Some('"'),
            Some("apos") => Some('\''),
            Some("nbsp") => Some(' '),
            Some(e) if e.starts_with("#x") || e.starts_with("#X") => {
                u32::from_str_radix(&e[2..], 16).ok().and_then(char::from_u32)
            }
            Some(e) if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match (ch, end) {
            (Some(c), Some(e)) => {
                decoded.push(c);
                s = &tail[e + 1..];
            }
            _ => {
                decoded.push('&');
                s = &tail[1..];
            }
        }
    }
    decoded.push_str(s);
    decoded.trim().to_string()
}

/// A term code for a category label: its slug, or for a label without Latin letters or
/// digits ("会议"), a stable code from its UUID v5 so that different labels stay different.
pub(super) fn category_code(label: &str) -> String {
    if label.chars().any(|c| c.is_ascii_alphanumeric()) {
        slugify(label)
    } else {
        let id = Uuid::new_v5(&UID_NAMESPACE, label.as_bytes()).simple().to_string();
        format!("c-{}", &id[..8])
    }
}

/// The link `value` (from property `p`) if a participant can safely open it
/// (`plenary_core::link`: https, http, tel, sip …, never javascript: or data:); otherwise
/// `None` and a note naming the line and why. One bad link drops the link, not the session.
pub(super) fn safe_link(p: &Property, value: &str, notes: &mut Vec<Note>) -> Option<String> {
    let v = value.trim();
    match plenary_core::link::check_link(v) {
        Ok(()) => Some(v.to_string()),
        Err(problem) => {
            notes.push(Note {
                line: p.line,
                remark: Remark::PropertyLinkLeftOut {
                    property: p.name.to_string(),
                    value: short(v).to_string(),
                    trouble: (&problem).into(),
                },
            });
            None
        }
    }
}

pub(super) fn looks_like_html(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    [
        "<p>", "<p ", "<br", "<div", "<a href", "</", "<ul", "<li", "<b>", "<i>", "<strong", "<em>", "<html",
    ]
    .iter()
    .any(|t| lower.contains(t))
}

/// The first characters of a value for a message (a value can be megabytes long).
pub(super) fn short(value: &str) -> String {
    let v = value.trim();
    if v.chars().count() <= 40 {
        v.to_string()
    } else {
        format!("{}…", v.chars().take(40).collect::<String>())
    }
}
