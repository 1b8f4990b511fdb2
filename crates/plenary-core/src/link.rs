//! The one rule for links a participant may be handed: join and registration links, session,
//! event and room links. The store refuses anything else, and every importer asks the same
//! question first so that one bad link drops the link (with a note), not the record.
//!
//! A safe link is an absolute URI (RFC 3986: a scheme, a colon, something after it) with no
//! white space or control character, whose scheme is one a participant can open without
//! running code or reading their own disk: the web (`https`, `http`, with a host) and what
//! calendar CONFERENCE properties use for calls and chats (RFC 7986 §5.11: `tel`, `sip`,
//! `sips`, `xmpp`, …) plus `mailto`. Never `javascript:`, `data:`, `file:`, `vbscript:` or any
//! scheme not on the list: an allow-list, so a new dangerous scheme is refused by default.

use std::borrow::Cow;

use crate::model::{Link, Schedule};
use crate::validate::{InputProblem, ProblemCode};

/// The schemes a link may use, lower case (schemes compare case-insensitively, RFC 3986 §3.1).
pub const SAFE_SCHEMES: &[&str] = &[
    "https", "http", "mailto", "tel", "sip", "sips", "xmpp", "h323", "matrix",
];

/// Why a link is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkProblem {
    /// No scheme, or nothing after it ("example.org", "https:").
    #[error("is not a link; write it in full, as in https://example.org/join")]
    NotALink,
    /// White space or a control character inside the link.
    #[error("has spaces or control characters in it")]
    Spaces,
    /// A web link without a host ("https:example", "http:///x").
    #[error("has no host; write it in full, as in https://example.org/join")]
    NoHost,
    /// A scheme that is not on the list (carries the scheme as written).
    #[error("uses {0}:, which participants cannot open safely; use https:, http:, mailto:, tel:, sip:, sips:, xmpp:, h323: or matrix:")]
    Scheme(String),
}

/// Checks `value` as written (callers trim first if they want to): `Ok` when it is a safe
/// link, else the reason. A scheme off the list is [`LinkProblem::Scheme`] when it is one that
/// runs code or reads the disk, else (`htp:/register`, a typo) [`LinkProblem::NotALink`].
/// Web links are parsed by the `url` crate (WHATWG) and must be absolute with a host.
pub fn check_link(value: &str) -> Result<(), LinkProblem> {
    let (scheme, rest) = value.split_once(':').ok_or(LinkProblem::NotALink)?;
    let scheme_ok = scheme.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    if !scheme_ok || rest.is_empty() {
        return Err(LinkProblem::NotALink);
    }
    if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(LinkProblem::Spaces);
    }
    let scheme = scheme.to_ascii_lowercase();
    if !SAFE_SCHEMES.contains(&scheme.as_str()) {
        return Err(if DANGEROUS_SCHEMES.contains(&scheme.as_str()) {
            LinkProblem::Scheme(scheme)
        } else {
            LinkProblem::NotALink
        });
    }
    if scheme.starts_with("http") {
        // The WHATWG parser forgives `https:example.org` and `http:///x` by inventing a host,
        // so the host is required as written, then as parsed.
        let written = rest
            .strip_prefix("//")
            .map_or("", |r| r.split(['/', '?', '#']).next().unwrap_or(""));
        if written.is_empty() {
            return Err(LinkProblem::NoHost);
        }
        let url = url::Url::parse(value).map_err(|e| match e {
            url::ParseError::EmptyHost => LinkProblem::NoHost,
            _ => LinkProblem::NotALink,
        })?;
        if url.host_str().is_none_or(str::is_empty) {
            return Err(LinkProblem::NoHost);
        }
    }
    Ok(())
}

impl LinkProblem {
    /// This refusal of `value` in `field` as a [`InputProblem`] the window words.
    pub fn problem(&self, field: &str, value: &str) -> InputProblem {
        let code = match self {
            LinkProblem::NotALink => ProblemCode::NotALink,
            LinkProblem::Spaces => ProblemCode::LinkSpaces,
            LinkProblem::NoHost => ProblemCode::LinkNoHost,
            LinkProblem::Scheme(_) => ProblemCode::UnsafeScheme,
        };
        let problem = InputProblem::new(field, code).with("value", value);
        match self {
            LinkProblem::Scheme(scheme) => problem.with("scheme", scheme),
            _ => problem,
        }
    }
}

/// Schemes that run code or read the user's own disk or memory: refused by name, so the words
/// say why. Any other scheme off [`SAFE_SCHEMES`] is simply not a link.
const DANGEROUS_SCHEMES: &[&str] = &[
    "javascript",
    "data",
    "file",
    "vbscript",
    "blob",
    "about",
    "filesystem",
    "jar",
    "view-source",
];

/// Whether `value` (as written) is a safe link: `check_link(value).is_ok()`.
pub fn is_safe_link(value: &str) -> bool {
    check_link(value).is_ok()
}

/// `schedule` with every link the rule above refuses left out: the event's and sessions' named
/// links, rooms' and sessions' join links, sessions' registration links. The store refuses such
/// links, but one written before the rule existed (or by hand) may still hold `javascript:`;
/// every exporter calls this first so they never leave Plenary. Borrows when every link is safe
/// (the usual case, no copy).
pub fn without_unsafe_links(schedule: &Schedule) -> Cow<'_, Schedule> {
    let unsafe_opt = |l: &Option<String>| l.as_deref().is_some_and(|l| !is_safe_link(l));
    let unsafe_any = |links: &[Link]| links.iter().any(|l| !is_safe_link(&l.url));
    let dirty = unsafe_any(&schedule.event.data.links)
        || schedule.rooms.iter().any(|r| unsafe_opt(&r.data.join_url))
        || schedule
            .sessions
            .iter()
            .any(|s| unsafe_opt(&s.data.join_url) || unsafe_opt(&s.data.registration_url) || unsafe_any(&s.data.links));
    if !dirty {
        return Cow::Borrowed(schedule);
    }
    let keep_opt = |l: &mut Option<String>| {
        if l.as_deref().is_some_and(|v| !is_safe_link(v)) {
            *l = None;
        }
    };
    let keep_list = |links: &mut Vec<Link>| links.retain(|l| is_safe_link(&l.url));
    let mut clean = schedule.clone();
    keep_list(&mut clean.event.data.links);
    for room in &mut clean.rooms {
        keep_opt(&mut room.data.join_url);
    }
    for s in &mut clean.sessions {
        keep_opt(&mut s.data.join_url);
        keep_opt(&mut s.data.registration_url);
        keep_list(&mut s.data.links);
    }
    Cow::Owned(clean)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_schedule_loses_only_its_unsafe_links_and_is_borrowed_when_it_has_none() {
        let mut store = crate::Store::open_in_memory().unwrap();
        store.write(crate::demo::load).unwrap();
        let events = store.read().events().unwrap();
        let clean = store.read().schedule(events[0].id).unwrap();
        assert!(matches!(without_unsafe_links(&clean), Cow::Borrowed(_)));

        let mut dirty = clean.clone();
        let link = |url: &str| Link {
            label: "x".into(),
            url: url.into(),
        };
        dirty.event.data.links = vec![link("javascript:alert(1)"), link("https://example.org/")];
        dirty.sessions[0].data.join_url = Some("data:text/html,x".into());
        dirty.sessions[0].data.registration_url = Some("https://example.org/r".into());
        dirty.sessions[0].data.links = vec![link("VBScript:x"), link("tel:+41")];
        let cleaned = without_unsafe_links(&dirty);
        assert!(matches!(cleaned, Cow::Owned(_)));
        assert_eq!(cleaned.event.data.links, vec![link("https://example.org/")]);
        let s = &cleaned.sessions[0].data;
        assert_eq!(s.join_url, None);
        assert_eq!(s.registration_url.as_deref(), Some("https://example.org/r"));
        assert_eq!(s.links, vec![link("tel:+41")]);
    }

    #[test]
    fn accepts_what_participants_can_open() {
        for ok in [
            "https://example.org/join?id=1",
            "HTTP://example.org",
            "tel:+41-22-730-5111",
            "sip:room@example.org",
            "sips:room@example.org",
            "xmpp:room@conference.example.org?join",
            "mailto:info@example.org",
            "h323:conf@example.org",
        ] {
            assert_eq!(check_link(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn refuses_code_files_and_non_links() {
        for (bad, why) in [
            ("javascript:alert(1)", LinkProblem::Scheme("javascript".into())),
            ("JavaScript:alert(1)", LinkProblem::Scheme("javascript".into())),
            (
                "data:text/html,<script>alert(1)</script>",
                LinkProblem::Scheme("data".into()),
            ),
            ("file:///etc/passwd", LinkProblem::Scheme("file".into())),
            ("vbscript:msgbox(1)", LinkProblem::Scheme("vbscript".into())),
            ("example.org/join", LinkProblem::NotALink),
            ("https:", LinkProblem::NotALink),
            ("1https://x.org", LinkProblem::NotALink),
            ("https://exa mple.org", LinkProblem::Spaces),
            ("https://x.org/\u{1b}[2J", LinkProblem::Spaces),
            ("https:example.org", LinkProblem::NoHost),
            ("http:///path", LinkProblem::NoHost),
            ("https://", LinkProblem::NoHost),
            ("https://exa%mple.org", LinkProblem::NotALink),
            ("htp:/register", LinkProblem::NotALink),
            ("ftp://example.org", LinkProblem::NotALink),
        ] {
            assert_eq!(check_link(bad), Err(why), "{bad}");
        }
    }
}
