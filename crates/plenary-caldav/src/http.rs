//! The HTTP client libdav sends its requests through: hyper over rustls (the system's roots;
//! plain http only where `url::check_url` allowed it), Basic authentication, and a watch on
//! every response's status so that an error from any libdav request can be explained ("the
//! server refused user U's password (401)", "the server is out of space (507)") and requests
//! can be counted.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU16, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};

use http::{Request, Response};
use hyper_util::client::legacy::{connect::HttpConnector, Client};
use hyper_util::rt::TokioExecutor;
use tower_http::auth::AddAuthorization;
use tower_service::Service;

type Body = hyper::body::Incoming;
type Inner = AddAuthorization<Client<hyper_rustls::HttpsConnector<HttpConnector>, String>>;

/// What the watch saw: the last response's status (0: no response, e.g. connection refused)
/// and how many requests were sent, by method.
#[derive(Debug, Default)]
pub(crate) struct Seen {
    last_status: AtomicU16,
    requests: AtomicUsize,
    writes: AtomicUsize,
}

impl Seen {
    /// The last response's status code, or `None` when the last request got no response.
    pub(crate) fn last_status(&self) -> Option<u16> {
        match self.last_status.load(Ordering::Relaxed) {
            0 => None,
            s => Some(s),
        }
    }
    /// Requests sent so far (every method).
    pub(crate) fn requests(&self) -> usize {
        self.requests.load(Ordering::Relaxed)
    }
    /// PUT, DELETE and MKCALENDAR (or extended MKCOL) requests sent so far.
    pub(crate) fn writes(&self) -> usize {
        self.writes.load(Ordering::Relaxed)
    }
}

/// The watched, authenticated client (a tower service, which libdav takes as its HttpClient).
#[derive(Clone)]
pub(crate) struct Watched {
    inner: Inner,
    seen: Arc<Seen>,
}

/// Builds the client. The TLS roots are the system's (rustls-native-certs).
///
/// # Errors
/// No usable root certificate on this system (the reason as text).
pub(crate) fn client(user: &str, password: &str) -> Result<(Watched, Arc<Seen>), String> {
    let connector = hyper_rustls::HttpsConnectorBuilder::new()
        .with_native_roots()
        .map_err(|e| format!("no TLS root certificates could be loaded from this system: {e}"))?
        // The scheme was checked before (https, or http to loopback / with --allow-http).
        .https_or_http()
        .enable_http1()
        .build();
    let client = Client::builder(TokioExecutor::new()).build(connector);
    let seen = Arc::new(Seen::default());
    Ok((
        Watched {
            inner: AddAuthorization::basic(client, user, password),
            seen: seen.clone(),
        },
        seen,
    ))
}

impl Service<Request<String>> for Watched {
    type Response = Response<Body>;
    type Error = hyper_util::client::legacy::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Response<Body>, Self::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<String>) -> Self::Future {
        self.seen.requests.fetch_add(1, Ordering::Relaxed);
        if matches!(request.method().as_str(), "PUT" | "DELETE" | "MKCALENDAR" | "MKCOL") {
            self.seen.writes.fetch_add(1, Ordering::Relaxed);
        }
        // Cleared first: a request that gets no response must not be blamed on the last one's.
        self.seen.last_status.store(0, Ordering::Relaxed);
        let seen = self.seen.clone();
        let response = self.inner.call(request);
        Box::pin(async move {
            let response = response.await;
            if let Ok(r) = &response {
                seen.last_status.store(r.status().as_u16(), Ordering::Relaxed);
            }
            response
        })
    }
}
