//! Logical lines: the file split and unfolded (on text when it is UTF-8 as a whole, else on
//! bytes), with quoted-printable soft breaks joined and stray bytes read as Latin-1.

use super::Note;
use plenary_core::report::Remark;

/// A logical line as [`logical_lines`] hands it over: a slice of the file (borrowed by the
/// properties), or text unfolded or decoded into a buffer (copied by them).
pub(super) enum Line<'a, 't> {
    Input(&'a str),
    Buffer(&'t str),
}

impl<'a, 't> Line<'a, 't> {
    pub(super) fn text(&self) -> &str {
        match self {
            Line::Input(s) => s,
            Line::Buffer(s) => s,
        }
    }
}

/// Decodes one logical line: UTF-8, with any byte that is not part of valid UTF-8 read as
/// Latin-1 (old files mix encodings). Returns whether such a byte was found.
pub(super) fn decode_line(bytes: &[u8]) -> (String, bool) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), false),
        Err(_) => {
            let mut out = String::with_capacity(bytes.len() + 8);
            let mut rest = bytes;
            while !rest.is_empty() {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let (good, bad) = rest.split_at(e.valid_up_to());
                        out.push_str(std::str::from_utf8(good).unwrap_or_default());
                        out.push(char::from(bad[0]));
                        rest = &bad[1..];
                    }
                }
            }
            (out, true)
        }
    }
}

/// Whether a logical line's parameters (before its first ':') say QUOTED-PRINTABLE, read
/// incrementally as the line grows: rescanning the whole line at each soft break would be
/// quadratic in a line of many breaks.
#[derive(Default)]
pub(super) struct QpScan {
    /// Bytes of the line already searched.
    scanned: usize,
    /// The ':' was found: the parameters are complete.
    head_done: bool,
    qp: bool,
}

impl QpScan {
    pub(super) fn is_qp(&mut self, line: &[u8]) -> bool {
        if self.qp || self.head_done {
            return self.qp;
        }
        // Back by the marker's length less one, so a marker across two reads is found.
        let from = self.scanned.saturating_sub(15).min(line.len());
        let end = match line[from..].iter().position(|&b| b == b':') {
            Some(j) => {
                self.head_done = true;
                from + j
            }
            None => line.len(),
        };
        self.qp = line[from..end]
            .windows(16)
            .any(|w| w.eq_ignore_ascii_case(b"QUOTED-PRINTABLE"));
        self.scanned = end;
        self.qp
    }
}

/// Calls `each(line number, logical line)` for every unfolded line, stopping when it returns
/// false. A file that is valid UTF-8 as a whole (nearly all) is split and unfolded as text:
/// a line that is not folded is passed as a slice of the input, without a copy. Otherwise
/// unfolding works on bytes, before decoding, because some writers fold in the middle of a
/// UTF-8 character; each line is then decoded once.
pub(super) fn logical_lines<'a>(bytes: &'a [u8], notes: &mut Vec<Note>, each: impl FnMut(usize, Line<'a, '_>) -> bool) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => logical_lines_utf8(text, notes, each),
        Err(_) => logical_lines_bytes(bytes, notes, each),
    }
}

/// Reports the first blank line (they are skipped).
pub(super) struct Blanks {
    at: Option<usize>,
    reported: bool,
}

impl Blanks {
    pub(super) fn seen_text(&mut self, notes: &mut Vec<Note>) {
        if let Some(at) = self.at.take() {
            if !self.reported {
                notes.push(Note {
                    line: at,
                    remark: Remark::BlankLine,
                });
                self.reported = true;
            }
        }
    }
}

/// [`logical_lines`] for a file that is valid UTF-8: the same rules on `&str`.
pub(super) fn logical_lines_utf8<'a>(
    text: &'a str,
    notes: &mut Vec<Note>,
    mut each: impl FnMut(usize, Line<'a, '_>) -> bool,
) {
    // The logical line being gathered: its first physical line, and once it is folded, the
    // joined text.
    let mut first: Option<&str> = None;
    let mut joined = String::new();
    let mut is_joined = false;
    let mut qp = QpScan::default();
    let mut current_line = 0usize;
    let mut blanks = Blanks {
        at: None,
        reported: false,
    };
    for (i, physical) in text.split('\n').enumerate() {
        let line_no = i + 1;
        // CR LF, LF and CR CR LF all end a line.
        let physical = physical.trim_end_matches('\r');
        if physical.is_empty() {
            blanks.at = blanks.at.or(Some(line_no));
            continue;
        }
        blanks.seen_text(notes);
        if let Some(f) = first {
            let folded = matches!(physical.as_bytes()[0], b' ' | b'\t');
            let current = if is_joined { joined.as_str() } else { f };
            // vCalendar 1.0: a quoted-printable value ending in "=" continues on the next line.
            let soft_break = !folded && current.ends_with('=') && qp.is_qp(current.as_bytes());
            if folded || soft_break {
                if !is_joined {
                    joined.clear();
                    joined.push_str(f);
                    is_joined = true;
                }
                if folded {
                    joined.push_str(&physical[1..]);
                } else {
                    joined.pop();
                    joined.push_str(physical);
                }
                continue;
            }
            let line = if is_joined {
                Line::Buffer(&joined)
            } else {
                Line::Input(f)
            };
            if !each(current_line, line) {
                return;
            }
        }
        first = Some(physical);
        is_joined = false;
        qp = QpScan::default();
        current_line = line_no;
    }
    if let Some(f) = first {
        each(
            current_line,
            if is_joined {
                Line::Buffer(&joined)
            } else {
                Line::Input(f)
            },
        );
    }
}

/// [`logical_lines`] for a file with bytes that are not UTF-8: unfolded on bytes, each line
/// decoded (stray bytes as Latin-1).
pub(super) fn logical_lines_bytes<'a>(
    bytes: &'a [u8],
    notes: &mut Vec<Note>,
    mut each: impl FnMut(usize, Line<'a, '_>) -> bool,
) {
    let mut current: Vec<u8> = Vec::with_capacity(256);
    let mut qp = QpScan::default();
    let mut current_line = 0usize;
    let mut blanks = Blanks {
        at: None,
        reported: false,
    };
    let mut latin1_reported = false;
    let mut flush = |current: &mut Vec<u8>, line_no: usize, notes: &mut Vec<Note>| -> bool {
        if current.is_empty() {
            return true;
        }
        let go_on = match std::str::from_utf8(current) {
            Ok(text) => each(line_no, Line::Buffer(text)),
            Err(_) => {
                let (text, _) = decode_line(current);
                if !latin1_reported {
                    notes.push(Note {
                        line: line_no,
                        remark: Remark::Latin1,
                    });
                    latin1_reported = true;
                }
                each(line_no, Line::Buffer(&text))
            }
        };
        current.clear();
        go_on
    };
    for (i, physical) in bytes.split(|&b| b == b'\n').enumerate() {
        let line_no = i + 1;
        // CR LF, LF and CR CR LF all end a line.
        let mut physical: &[u8] = physical;
        while let Some(rest) = physical.strip_suffix(b"\r") {
            physical = rest;
        }
        if physical.is_empty() {
            blanks.at = blanks.at.or(Some(line_no));
            continue;
        }
        blanks.seen_text(notes);
        if matches!(physical[0], b' ' | b'\t') && !current.is_empty() {
            current.extend_from_slice(&physical[1..]);
            continue;
        }
        // vCalendar 1.0: a quoted-printable value ending in "=" continues on the next line.
        if current.ends_with(b"=") && qp.is_qp(&current) {
            current.pop();
            current.extend_from_slice(physical);
            continue;
        }
        if !flush(&mut current, current_line, notes) {
            return;
        }
        current_line = line_no;
        qp = QpScan::default();
        current.extend_from_slice(physical);
    }
    flush(&mut current, current_line, notes);
}

/// First position at or after `from` of any byte of `set` (ASCII delimiters: a byte loop, as
/// `str::find` with a set of chars decodes every character).
pub(super) fn find_any(bytes: &[u8], from: usize, set: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .iter()
        .position(|b| set.contains(b))
        .map(|j| from + j)
}
