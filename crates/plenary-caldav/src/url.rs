//! The URL rules: https, plain http only to this machine or when allowed, never credentials in
//! a URL (nor repeated in an error); and collection paths with their trailing slash.

use std::net::IpAddr;

use ::http::Uri;
use plenary_core::ProblemCode;

use crate::Error;

/// Parses `url` and refuses what must not carry a password: a user or password inside the URL,
/// and plain http to another machine unless `allow_http`.
///
/// # Errors
/// [`Error::Url`], with the URL redacted ([`redacted`]) and the reason: unparseable, no host,
/// credentials in it, plain http to another machine without `allow_http`, another scheme.
pub(crate) fn check_url(url: &str, allow_http: bool) -> Result<Uri, Error> {
    let bad = |code: ProblemCode, reason: &str| Error::Url {
        url: redacted(url),
        reason: reason.to_string(),
        code,
    };
    let uri: Uri = url
        .parse()
        .map_err(|e: ::http::uri::InvalidUri| bad(ProblemCode::NotALink, &e.to_string()))?;
    let host = uri
        .host()
        .ok_or_else(|| bad(ProblemCode::LinkNoHost, "has no host (write https://server/…)"))?;
    if uri.authority().is_some_and(|a| a.as_str().contains('@')) {
        return Err(bad(
            ProblemCode::LinkHasPassword,
            "must not hold a user name or password; give the user with --user",
        ));
    }
    match uri.scheme_str() {
        Some("https") => {}
        Some("http") => {
            if !is_loopback(host) && !allow_http {
                return Err(bad(
                    ProblemCode::PlainHttp,
                    "is plain http to another machine: the password would cross the network readable; \
                     use https, or pass --allow-http if you accept that",
                ));
            }
        }
        _ => {
            return Err(bad(
                ProblemCode::NotHttps,
                "must start with https:// (or http:// to this machine)",
            ))
        }
    }
    Ok(uri)
}

/// Whether `host` (a name, an IPv4 address or a bracketed IPv6 one) is this machine.
fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// `url` with anything before an `@` in its authority replaced by `…`: a password typed into
/// a URL is never repeated in an error.
pub(crate) fn redacted(url: &str) -> String {
    let start = url.find("://").map_or(0, |i| i + 3);
    let end = url[start..].find(['/', '?', '#']).map_or(url.len(), |i| start + i);
    match url[start..end].rfind('@') {
        Some(at) => format!("{}…{}", &url[..start], &url[start + at..]),
        None => url.to_string(),
    }
}

/// `path` ending in `/` (collections are addressed with the slash).
pub(crate) fn dir(path: &str) -> String {
    if path.ends_with('/') {
        path.to_string()
    } else {
        format!("{path}/")
    }
}
