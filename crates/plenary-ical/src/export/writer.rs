//! `Writer`: content lines escaped and folded straight into the output, and local times.

use std::fmt::Write;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use plenary_core::time;

use crate::text::{escape_text_with, quote_param_with, MAX_LINE_OCTETS};
use crate::vtimezone::{push_local, push_utc};

/// A local date-time written recently: (zone, instant), whether it is in a fold, its text.
type LocalEntry = (Option<(Tz, DateTime<Utc>)>, bool, String);

/// Content lines go through here, written and folded in one pass straight into `out`: `col`
/// counts the octets of the current physical line, and each piece (a name, a run of plain
/// text, an escape sequence) is split where it crosses 75 octets, on a character boundary.
/// This gives exactly the lines that folding the whole logical line would, without building
/// it first.
pub(super) struct Writer {
    pub(super) out: String,
    col: usize,
    /// The last UTC date-times written, formatted: DTSTAMP, CREATED and LAST-MODIFIED are
    /// mostly the same few instants in every VEVENT.
    utc_cache: [(Option<DateTime<Utc>>, String); 3],
    local_cache: [LocalEntry; 4],
    pub(super) scratch: String,
}

impl Writer {
    pub(super) fn new(capacity: usize) -> Writer {
        Writer {
            out: String::with_capacity(capacity),
            col: 0,
            utc_cache: Default::default(),
            local_cache: Default::default(),
            scratch: String::with_capacity(64),
        }
    }
    #[inline]
    fn push(&mut self, mut s: &str) {
        while self.col + s.len() > MAX_LINE_OCTETS {
            let mut cut = MAX_LINE_OCTETS - self.col;
            while !s.is_char_boundary(cut) {
                cut -= 1;
            }
            self.out.push_str(&s[..cut]);
            self.out.push_str("\r\n ");
            self.col = 1;
            s = &s[cut..];
        }
        self.out.push_str(s);
        self.col += s.len();
    }
    /// One ASCII character: no copy call for a single byte.
    #[inline]
    pub(super) fn push_ascii(&mut self, c: u8) {
        debug_assert!(c.is_ascii());
        if self.col >= MAX_LINE_OCTETS {
            self.out.push_str("\r\n ");
            self.col = 1;
        }
        self.out.push(char::from(c));
        self.col += 1;
    }
    pub(super) fn end_line(&mut self) {
        self.out.push_str("\r\n");
        self.col = 0;
    }
    pub(super) fn raw(&mut self, line: &str) {
        self.push(line);
        self.end_line();
    }
    pub(super) fn begin(&mut self, name: &str) -> &mut Self {
        debug_assert_eq!(self.col, 0, "a content line starts at the start of a line");
        self.push(name);
        self
    }
    pub(super) fn param(&mut self, name: &str, value: &str) -> &mut Self {
        self.push_ascii(b';');
        self.push(name);
        self.push_ascii(b'=');
        quote_param_with(value, |piece| self.push(piece));
        self
    }
    /// A multi-valued parameter (RFC 5545 §3.2: values separated by commas, each quoted on
    /// its own when needed).
    pub(super) fn param_list(&mut self, name: &str, values: &[&str]) -> &mut Self {
        self.push_ascii(b';');
        self.push(name);
        self.push_ascii(b'=');
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                self.push_ascii(b',');
            }
            quote_param_with(v, |piece| self.push(piece));
        }
        self
    }
    /// A parameter holding a UUID (hyphenated, lower case), formatted without allocating.
    pub(super) fn param_uuid(&mut self, name: &str, uuid: &uuid::Uuid) -> &mut Self {
        let mut buf = [0u8; uuid::fmt::Hyphenated::LENGTH];
        // Hex digits and dashes: nothing to quote or encode.
        let text = uuid.hyphenated().encode_lower(&mut buf);
        self.push_ascii(b';');
        self.push(name);
        self.push_ascii(b'=');
        self.push(text);
        self
    }
    /// Escaped TEXT, without ending the line (a value of several pieces).
    pub(super) fn escaped(&mut self, value: &str) {
        escape_text_with(value, |piece| self.push(piece));
    }
    pub(super) fn text(&mut self, value: &str) {
        self.push_ascii(b':');
        self.escaped(value);
        self.end_line();
    }
    /// A value that is not TEXT (URI, DATE-TIME, INTEGER): written as it is.
    pub(super) fn value(&mut self, value: &str) {
        self.push_ascii(b':');
        self.push(value);
        self.end_line();
    }
    pub(super) fn text_prop(&mut self, name: &str, value: &str) {
        self.begin(name).text(value);
    }
    /// Skipped when empty: an empty X- property carries nothing.
    pub(super) fn text_if(&mut self, name: &str, value: &str) {
        if !value.is_empty() {
            self.text_prop(name, value);
        }
    }
    pub(super) fn uid(&mut self, uuid: &uuid::Uuid) {
        let mut buf = [0u8; uuid::fmt::Hyphenated::LENGTH];
        self.begin("UID");
        self.push_ascii(b':');
        self.push(uuid.hyphenated().encode_lower(&mut buf));
        self.push("@plenary");
        self.end_line();
    }
    pub(super) fn number(&mut self, name: &str, n: impl std::fmt::Display) {
        let mut buf = std::mem::take(&mut self.scratch);
        buf.clear();
        let _ = write!(buf, "{n}");
        self.begin(name).value(&buf);
        self.scratch = buf;
    }
    /// Appends `t` as local time in `tz` to `buf` and returns true, or returns false when that
    /// local time happens twice (then it is written in UTC). Programmes run in slots, so the
    /// last few instants are kept: the zone conversions were 5% of an export.
    fn local_time(&mut self, tz: Tz, t: DateTime<Utc>, buf: &mut String) -> bool {
        let hit = self.local_cache.iter().position(|(key, _, _)| *key == Some((tz, t)));
        let i = match hit {
            Some(i) => i,
            None => {
                let mut text = std::mem::take(&mut self.local_cache[3].2);
                text.clear();
                let fold = in_fold(tz, t);
                if !fold {
                    push_local(&mut text, time::utc_to_local(tz, t));
                }
                self.local_cache.rotate_right(1);
                self.local_cache[0] = (Some((tz, t)), fold, text);
                0
            }
        };
        let (_, fold, text) = &self.local_cache[i];
        buf.push_str(text);
        !fold
    }
    pub(super) fn time(&mut self, name: &str, t: DateTime<Utc>, tz: Option<Tz>) {
        let mut buf = std::mem::take(&mut self.scratch);
        buf.clear();
        self.begin(name);
        match tz {
            // A local time that happens twice (clocks went back) is written in UTC: RFC 5545
            // §3.3.5 says readers take the first, but libical takes the second, so only UTC
            // is read the same everywhere.
            Some(tz) if self.local_time(tz, t, &mut buf) => {
                self.push(";TZID=");
                self.push(tz.name());
                self.push_ascii(b':');
            }
            _ => {
                self.push_ascii(b':');
                match self.utc_cache.iter().find(|(at, _)| *at == Some(t)) {
                    Some((_, text)) => buf.push_str(text),
                    None => {
                        push_utc(&mut buf, t);
                        self.utc_cache.rotate_right(1);
                        self.utc_cache[0] = (Some(t), buf.clone());
                    }
                }
            }
        }
        self.push(&buf);
        self.end_line();
        self.scratch = buf;
    }
}

fn in_fold(tz: Tz, t: DateTime<Utc>) -> bool {
    use chrono::TimeZone;
    matches!(
        tz.from_local_datetime(&time::utc_to_local(tz, t)),
        chrono::LocalResult::Ambiguous(..)
    )
}
