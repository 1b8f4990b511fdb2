//! The window shows Plenary's own pages and nothing else. A link or a script that tries to take
//! it elsewhere (a web address in a description, a `file:` path) is refused before the webview
//! loads it, so no page but the app's ever runs beside its commands.
//!
//! The one exception is for the end-to-end tests, which open a published site's pages in the
//! window to check them with axe-core: debug builds started with `PLENARY_E2E_DIALOGS` set (see
//! `files`) may also show `file:` pages.

use tauri::plugin::TauriPlugin;
use tauri::{Runtime, Url};

use crate::files::E2E_DIALOGS_VAR;

/// The plugin that guards every navigation of every window of the app.
pub fn guard<R: Runtime>() -> TauriPlugin<R> {
    let test_files = cfg!(debug_assertions) && std::env::var_os(E2E_DIALOGS_VAR).is_some_and(|v| !v.is_empty());
    tauri::plugin::Builder::new("navigation-guard")
        .on_navigation(move |_, url| is_own_page(url) || (test_files && url.scheme() == "file"))
        .build()
}

/// Whether `url` is one of the app's own pages: the bundled UI as Tauri serves it
/// (`tauri://localhost` on Linux and macOS, `http(s)://tauri.localhost` on Windows).
pub fn is_own_page(url: &Url) -> bool {
    match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" => url.host_str() == Some("tauri.localhost"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_apps_own_pages_are_shown() {
        let url = |s: &str| Url::parse(s).unwrap();
        assert!(is_own_page(&url("tauri://localhost/index.html")));
        assert!(is_own_page(&url("tauri://localhost/#agenda")));
        assert!(is_own_page(&url("http://tauri.localhost/")));
        for elsewhere in [
            "https://example.org/join",
            "http://localhost:8080/",
            "tauri://evil.example/",
            "https://tauri.localhost.example.org/",
            "file:///etc/passwd",
            "file:///home/someone/site/index.html",
            "javascript:alert(1)",
            "data:text/html,<script>1</script>",
        ] {
            assert!(!is_own_page(&url(elsewhere)), "{elsewhere}");
        }
    }
}
