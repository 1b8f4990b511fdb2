//! Unit tests of the pieces that need no server (the real-server tests are in
//! `tests/it/caldav.rs`).

use uuid::Uuid;

use crate::connection::{failure, Sent};
use crate::run::hash;
use crate::scope::{collection_name, colour, display_name, TRACKS_VOCABULARY};
use crate::url::{check_url, dir};
use crate::PublishReason;
use crate::{Password, Scope, SessionRef};

#[test]
fn scopes_read_and_write_back() {
    for text in ["whole", "room:Saal 1", "track:Art & Culture", "person:Ana: B"] {
        assert_eq!(text.parse::<Scope>().unwrap().as_text(), text);
    }
    assert_eq!(
        "person:Ana: B".parse::<Scope>().unwrap(),
        Scope::Person("Ana: B".into())
    );
    for bad in ["", "room", "room:", "day:1", "Whole"] {
        assert!(bad.parse::<Scope>().is_err(), "{bad}");
    }
}

#[test]
fn urls_without_tls_only_to_this_machine() {
    assert!(check_url("https://dav.example.org/", false).is_ok());
    assert!(check_url("http://127.0.0.1:5232/", false).is_ok());
    assert!(check_url("http://localhost:5232/", false).is_ok());
    assert!(check_url("http://[::1]:5232/", false).is_ok());
    let err = check_url("http://dav.example.org/", false).unwrap_err().to_string();
    assert!(err.contains("--allow-http"), "{err}");
    assert!(check_url("http://dav.example.org/", true).is_ok());
    let err = check_url("https://ana:secret@dav.example.org/", false)
        .unwrap_err()
        .to_string();
    assert!(err.contains("must not hold a user name or password"), "{err}");
    assert!(
        !err.contains("secret") && err.contains("https://…@dav.example.org/"),
        "{err}"
    );
    assert!(check_url("ftp://dav.example.org/", false).is_err());
    assert!(check_url("dav.example.org", false).is_err());
}

#[test]
fn each_refused_url_carries_the_code_the_window_words() {
    use plenary_core::ProblemCode as C;
    let code = |url: &str| match check_url(url, false) {
        Err(crate::Error::Url { code, .. }) => Some(code),
        _ => None,
    };
    assert_eq!(code("/calendars/ada/"), Some(C::LinkNoHost));
    assert_eq!(code("dav.example.org"), Some(C::NotHttps));
    assert_eq!(code("https://dav example.org/"), Some(C::NotALink));
    assert_eq!(code("https://ana:secret@dav.example.org/"), Some(C::LinkHasPassword));
    assert_eq!(code("http://dav.example.org/"), Some(C::PlainHttp));
    assert_eq!(code("ftp://dav.example.org/"), Some(C::NotHttps));
    assert_eq!(code("https://dav.example.org/"), None);
}

#[test]
fn failed_writes_stop_the_publish_or_not_by_status() {
    assert_eq!(
        failure(Some(507), "x"),
        Sent::Stop(PublishReason::ServerAnswered {
            status: 507,
            status_text: "507 Insufficient Storage: the server is out of space for this calendar".into()
        })
    );
    assert_eq!(failure(Some(401), "x"), Sent::Stop(PublishReason::PasswordRefused));
    assert_eq!(
        failure(None, "connection refused"),
        Sent::Stop(PublishReason::NoAnswer {
            error: "connection refused".into()
        })
    );
    assert!(matches!(failure(Some(412), "x"), Sent::Conflict(_)));
    assert_eq!(
        failure(Some(403), "x"),
        Sent::Failed(PublishReason::Refused {
            status: 403,
            status_text: "403 Forbidden".into()
        })
    );
    assert!(matches!(failure(Some(503), "x"), Sent::Stop(_)));
}

#[test]
fn the_password_never_shows_in_debug() {
    assert_eq!(format!("{:?}", Password("hunter2".into())), "Password(…)");
}

#[test]
fn collection_names_and_hashes_are_stable() {
    assert_eq!(collection_name("36c3", &Scope::Whole), "36c3");
    assert_eq!(collection_name("36c3", &Scope::Room("Ada".into())), "36c3-room-ada");
    assert_eq!(
        hash("a"),
        "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"
    );
    assert_eq!(colour(Uuid::nil()), "#1F77B4FF");
}

#[test]
fn the_tracks_vocabulary_is_the_frab_importers() {
    assert_eq!(TRACKS_VOCABULARY, plenary_interchange::frab::TRACKS_VOCABULARY);
}

#[test]
fn collections_are_titled_by_scope_and_addressed_with_a_slash() {
    assert_eq!(display_name("36C3", &Scope::Whole), "36C3");
    assert_eq!(
        display_name("36C3", &Scope::Track("Art & Culture".into())),
        "36C3 — Art & Culture"
    );
    assert_eq!(dir("/dav/ana"), "/dav/ana/");
    assert_eq!(dir("/dav/ana/"), "/dav/ana/");
}

#[test]
fn progress_names_a_session_by_title_else_by_href() {
    let mut s = SessionRef {
        uuid: Uuid::nil(),
        title: "Opening".into(),
        href: "/cal/x.ics".into(),
    };
    assert_eq!(s.describe(), "Opening (/cal/x.ics)");
    s.title.clear();
    assert_eq!(s.describe(), "/cal/x.ics");
}
