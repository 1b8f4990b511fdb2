//! A small lenient content-line parser (RFC 5545 §3.1) that keeps everything: it unfolds
//! before anything else (so a space before a fold survives), decodes RFC 6868 parameter
//! values, keeps unknown components and properties, and records where each came from, so the
//! importer can say "line 120: …". TEXT unescaping and type checks happen where the value's
//! type is known (import.rs).
//!
//! Tolerated, with a note: UTF-8 BOM, LF or CR CR LF line ends, blank lines, vCalendar 1.0
//! quoted-printable values with `=` soft breaks, parameters without `=`, END lines that close
//! the wrong component, a missing END:VCALENDAR.

use std::borrow::Cow;

use bumpalo::Bump;

use crate::text::unquote_param;

/// A property or parameter name in upper case; the common ones are static (no allocation:
/// a 10,000-event file has half a million of them).
pub type Name = Cow<'static, str>;

const KNOWN_NAMES: &[&str] = &[
    "BEGIN",
    "END",
    "UID",
    "DTSTAMP",
    "DTSTART",
    "DTEND",
    "DURATION",
    "SUMMARY",
    "DESCRIPTION",
    "LOCATION",
    "STATUS",
    "SEQUENCE",
    "CREATED",
    "LAST-MODIFIED",
    "URL",
    "CATEGORIES",
    "CONFERENCE",
    "ORGANIZER",
    "ATTENDEE",
    "RRULE",
    "RDATE",
    "EXDATE",
    "RECURRENCE-ID",
    "TZID",
    "TZOFFSETFROM",
    "TZOFFSETTO",
    "TZNAME",
    "VALUE",
    "CN",
    "LABEL",
    "FEATURE",
    "LANGUAGE",
    "CLASS",
    "TRANSP",
    "RELATED-TO",
    "RELTYPE",
    "X-PLENARY-CODE",
    "X-PLENARY-SUBTITLE",
    "X-PLENARY-KIND",
    "X-PLENARY-PARTICIPATION",
    "X-PLENARY-DESCRIPTION",
    "X-PLENARY-ROOM",
    "X-PLENARY-JOIN-URL",
    "X-PLENARY-JOIN-INSTRUCTIONS",
    "X-PLENARY-REGISTRATION-URL",
    "X-PLENARY-LANGUAGE",
    "X-PLENARY-INTERPRETATION",
    "X-PLENARY-ORGANISER",
    "X-PLENARY-LINK",
    "X-PLENARY-TAG",
    "X-PLENARY-ROLE",
    "X-PLENARY-ITEM",
    "X-PLENARY-ITEM-DESCRIPTION",
    "X-PLENARY-ITEM-OF",
    "X-PLENARY-PASSCODE",
    "X-PLENARY-PRIVATE-NOTES",
    "X-PLENARY-PERSON",
    "ROLE",
    "PERSON",
    "ITEM",
    "HONORIFIC",
    "FUNCTION",
    "ORGANISATION",
    "VENUE",
    "VIRTUAL",
    "VOCABULARY",
    "START",
    "MINUTES",
    "EMAIL",
    "PHONE",
    "CHARSET",
    "ENCODING",
];

/// Names come from [`KNOWN_NAMES`] or are looked up once per line.
type NameTable = std::collections::HashMap<&'static str, &'static str, crate::fast_hash::FastHash>;

fn known_names() -> &'static NameTable {
    static TABLE: std::sync::OnceLock<NameTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| KNOWN_NAMES.iter().map(|&k| (k, k)).collect())
}

fn intern(raw: &str) -> Name {
    let table = known_names();
    // Names are nearly always written in upper case already: no copy to look them up.
    if !raw.bytes().any(|b| b.is_ascii_lowercase()) {
        return match table.get(raw) {
            Some(known) => Cow::Borrowed(known),
            None => Cow::Owned(raw.to_string()),
        };
    }
    let upper = raw.to_ascii_uppercase();
    match table.get(upper.as_str()) {
        Some(known) => Cow::Borrowed(known),
        None => Cow::Owned(upper),
    }
}

/// A parameter's values: nearly always one, so no list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamValues<'a> {
    One(Cow<'a, str>),
    Many(Vec<Cow<'a, str>>),
}

impl<'a> ParamValues<'a> {
    pub fn as_slice(&self) -> &[Cow<'a, str>] {
        match self {
            ParamValues::One(v) => std::slice::from_ref(v),
            ParamValues::Many(v) => v,
        }
    }
    fn into_owned(self) -> ParamValues<'static> {
        match self {
            ParamValues::One(v) => ParamValues::One(Cow::Owned(v.into_owned())),
            ParamValues::Many(v) => ParamValues::Many(v.into_iter().map(|v| Cow::Owned(v.into_owned())).collect()),
        }
    }
}

/// One content line. Values borrow from the file's text where they can (a line that is not
/// folded, a parameter without RFC 6868 escapes): a 10,000-event file has half a million
/// values, and a `String` for each was most of the parsing time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Property<'a> {
    /// Upper case ("DTSTART").
    pub name: Name,
    /// Parameter names upper case; values with quotes removed and RFC 6868 decoded.
    pub params: Vec<(Name, ParamValues<'a>)>,
    /// Raw value: TEXT still escaped.
    pub value: Cow<'a, str>,
    /// 1-based physical line where the property starts.
    pub line: usize,
}

impl<'a> Property<'a> {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.param_values(name).first().map(|v| v.as_ref())
    }
    pub fn param_values(&self, name: &str) -> &[Cow<'a, str>] {
        self.params
            .iter()
            .find(|(n, _)| n.as_ref() == name)
            .map(|(_, v)| v.as_slice())
            .unwrap_or(&[])
    }
    /// The same property owning its text (for a line that was unfolded into a buffer).
    pub fn into_owned(self) -> Property<'static> {
        Property {
            name: self.name,
            params: self.params.into_iter().map(|(n, v)| (n, v.into_owned())).collect(),
            value: Cow::Owned(self.value.into_owned()),
            line: self.line,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Component<'a> {
    pub name: String,
    pub props: Vec<Property<'a>>,
    pub children: Vec<Component<'a>>,
    /// Line of its BEGIN.
    pub line: usize,
    /// False when the file ended before its END line.
    pub closed: bool,
}

/// Drops the tree without recursion: a file can nest components thousands deep, and the
/// derived drop would recurse once per level and overflow a small thread stack (the desktop's
/// import worker).
impl Drop for Component<'_> {
    fn drop(&mut self) {
        let mut pending = std::mem::take(&mut self.children);
        while let Some(mut c) = pending.pop() {
            pending.append(&mut c.children);
        }
    }
}

impl<'a> Component<'a> {
    /// Every component below this one, depth first in file order, each with its parent,
    /// walked without recursion (see the `Drop` above).
    pub fn descendants(&self) -> Vec<(&Component<'a>, &Component<'a>)> {
        let mut out = Vec::new();
        let mut pending: Vec<(&Component<'a>, &Component<'a>)> =
            self.children.iter().rev().map(|c| (c, self)).collect();
        while let Some((c, parent)) = pending.pop() {
            out.push((c, parent));
            pending.extend(c.children.iter().rev().map(|k| (k, c)));
        }
        out
    }

    pub fn prop(&self, name: &str) -> Option<&Property<'a>> {
        self.props.iter().find(|p| p.name == name)
    }
    pub fn props<'s>(&'s self, name: &'s str) -> impl Iterator<Item = &'s Property<'a>> + 's {
        self.props.iter().filter(move |p| p.name == name)
    }
}

/// A logical line as [`logical_lines`] hands it over: a slice of the file (borrowed by the
/// properties), or text unfolded or decoded into a buffer (copied by them).
enum Line<'a, 't> {
    Input(&'a str),
    Buffer(&'t str),
}

impl<'a, 't> Line<'a, 't> {
    fn text(&self) -> &str {
        match self {
            Line::Input(s) => s,
            Line::Buffer(s) => s,
        }
    }
}

/// Something the parser tolerated, for the import report.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Note {
    pub line: usize,
    pub message: String,
}

/// Why a file cannot be read as iCalendar at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

/// Decodes one logical line: UTF-8, with any byte that is not part of valid UTF-8 read as
/// Latin-1 (old files mix encodings). Returns whether such a byte was found.
fn decode_line(bytes: &[u8]) -> (String, bool) {
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
struct QpScan {
    /// Bytes of the line already searched.
    scanned: usize,
    /// The ':' was found: the parameters are complete.
    head_done: bool,
    qp: bool,
}

impl QpScan {
    fn is_qp(&mut self, line: &[u8]) -> bool {
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
fn logical_lines<'a>(bytes: &'a [u8], notes: &mut Vec<Note>, each: impl FnMut(usize, Line<'a, '_>) -> bool) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => logical_lines_utf8(text, notes, each),
        Err(_) => logical_lines_bytes(bytes, notes, each),
    }
}

/// Reports the first blank line (they are skipped).
struct Blanks {
    at: Option<usize>,
    reported: bool,
}

impl Blanks {
    fn seen_text(&mut self, notes: &mut Vec<Note>) {
        if let Some(at) = self.at.take() {
            if !self.reported {
                notes.push(Note {
                    line: at,
                    message: "blank line ignored (not allowed by RFC 5545)".into(),
                });
                self.reported = true;
            }
        }
    }
}

/// [`logical_lines`] for a file that is valid UTF-8: the same rules on `&str`.
fn logical_lines_utf8<'a>(text: &'a str, notes: &mut Vec<Note>, mut each: impl FnMut(usize, Line<'a, '_>) -> bool) {
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
fn logical_lines_bytes<'a>(bytes: &'a [u8], notes: &mut Vec<Note>, mut each: impl FnMut(usize, Line<'a, '_>) -> bool) {
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
                        message: "bytes that are not UTF-8 were read as Latin-1".into(),
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
fn find_any(bytes: &[u8], from: usize, set: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .iter()
        .position(|b| set.contains(b))
        .map(|j| from + j)
}

fn add_value<'a>(values: &mut Option<ParamValues<'a>>, value: Cow<'a, str>) {
    *values = Some(match values.take() {
        None => ParamValues::One(value),
        Some(ParamValues::One(first)) => ParamValues::Many(vec![first, value]),
        Some(ParamValues::Many(mut list)) => {
            list.push(value);
            ParamValues::Many(list)
        }
    });
}

/// Parses one unfolded content line: `NAME *(;PARAM=VALUE[,VALUE]) : VALUE`.
pub fn parse_content_line(line: &str, line_no: usize) -> Result<Property<'_>, String> {
    let bytes = line.as_bytes();
    let name_end =
        find_any(bytes, 0, b";:").ok_or_else(|| format!("{:?} is not a content line (no ':')", short(line)))?;
    let raw_name = line[..name_end].trim();
    if raw_name.is_empty()
        || !raw_name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(format!("{:?} is not a property name", short(&line[..name_end])));
    }
    let name = intern(raw_name);
    let mut params: Vec<(Name, ParamValues<'_>)> = Vec::new();
    let mut i = name_end;
    while i < bytes.len() && bytes[i] == b';' {
        i += 1;
        let pname_end =
            find_any(bytes, i, b"=;:").ok_or_else(|| format!("parameter of {name} has no value and no ':' follows"))?;
        let pname = intern(line[i..pname_end].trim());
        i = pname_end;
        if bytes[i] != b'=' {
            // vCalendar 1.0 style "DESCRIPTION;QUOTED-PRINTABLE:…": a bare value.
            let key = if pname == "QUOTED-PRINTABLE" || pname == "8BIT" || pname == "BASE64" {
                "ENCODING"
            } else {
                "TYPE"
            };
            params.push((Cow::Borrowed(key), ParamValues::One(Cow::Owned(pname.into_owned()))));
            continue;
        }
        i += 1;
        // One value nearly always: a list only when a comma follows.
        let mut values: Option<ParamValues<'_>> = None;
        loop {
            if i < bytes.len() && bytes[i] == b'"' {
                let close = line[i + 1..]
                    .find('"')
                    .map(|j| i + 1 + j)
                    .ok_or_else(|| format!("parameter {pname} of {name} has an unclosed quote"))?;
                add_value(&mut values, unquote_param(&line[i + 1..close]));
                i = close + 1;
            } else {
                let end = find_any(bytes, i, b",;:").unwrap_or(bytes.len());
                add_value(&mut values, unquote_param(&line[i..end]));
                i = end;
            }
            if i < bytes.len() && bytes[i] == b',' {
                i += 1;
                continue;
            }
            break;
        }
        params.push((pname, values.unwrap_or(ParamValues::One(Cow::Borrowed("")))));
    }
    if i >= bytes.len() || bytes[i] != b':' {
        return Err(format!("property {name} has no ':' before its value"));
    }
    let mut value = Cow::Borrowed(&line[i + 1..]);
    if params
        .iter()
        .any(|(n, v)| n == "ENCODING" && v.as_slice().iter().any(|e| e.eq_ignore_ascii_case("QUOTED-PRINTABLE")))
    {
        let charset = params
            .iter()
            .find(|(n, _)| n == "CHARSET")
            .and_then(|(_, v)| v.as_slice().first())
            .map(|c| c.to_ascii_uppercase());
        value = Cow::Owned(decode_quoted_printable(&value, charset.as_deref()));
        params.retain(|(n, _)| n != "ENCODING" && n != "CHARSET");
    }
    Ok(Property {
        name,
        params,
        value,
        line: line_no,
    })
}

fn short(s: &str) -> String {
    s.chars().take(40).collect()
}

/// vCalendar 1.0 quoted-printable ("=C3=A9"), decoded in its CHARSET (UTF-8 unless Latin-1).
/// A line break in the decoded text becomes an escaped TEXT newline, as the value stays raw.
fn decode_quoted_printable(value: &str, charset: Option<&str>) -> String {
    let mut bytes = Vec::with_capacity(value.len());
    let b = value.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'=' {
            let hex = value
                .get(i + 1..i + 3)
                .filter(|h| h.bytes().all(|c| c.is_ascii_hexdigit()))
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(byte) = hex {
                bytes.push(byte);
                i += 3;
                continue;
            }
        }
        bytes.push(b[i]);
        i += 1;
    }
    let text = match charset {
        Some("ISO-8859-1" | "LATIN1" | "WINDOWS-1252" | "CP1252") => bytes.iter().map(|&c| char::from(c)).collect(),
        _ => String::from_utf8_lossy(&bytes).into_owned(),
    };
    text.replace("\r\n", "\\n").replace('\n', "\\n")
}

/// Parses a whole file into its top-level components (normally one VCALENDAR). Properties
/// of folded lines own copies of their values; [`parse_in`] avoids that.
pub fn parse(bytes: &[u8]) -> Result<(Vec<Component<'_>>, Vec<Note>), ParseError> {
    parse_lines(bytes, None)
}

/// [`parse`], with every folded line unfolded into `arena` (one bump allocation each), so
/// that all values borrow from `bytes` or `arena`: a file of 10,000 rich VEVENTs has some
/// 150,000 folded lines, and copying each one's values into `String`s, then freeing them,
/// was a third of the parse.
pub fn parse_in<'a>(bytes: &'a [u8], arena: &'a Bump) -> Result<(Vec<Component<'a>>, Vec<Note>), ParseError> {
    parse_lines(bytes, Some(arena))
}

fn parse_lines<'a>(bytes: &'a [u8], arena: Option<&'a Bump>) -> Result<(Vec<Component<'a>>, Vec<Note>), ParseError> {
    let mut notes = Vec::new();
    let mut line_notes = Vec::new();
    let mut roots: Vec<Component> = Vec::new();
    let mut stack: Vec<Component> = Vec::new();
    // How many components of each name are open on `stack`.
    let mut open: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut first = true;
    let mut refused: Option<ParseError> = None;
    logical_lines(bytes, &mut notes, |line_no, logical| {
        let line = logical.text();
        if first {
            first = false;
            if !line.trim().eq_ignore_ascii_case("BEGIN:VCALENDAR") {
                refused = Some(ParseError {
                    line: line_no,
                    message: format!(
                        "not an iCalendar file: it starts with {:?}, not BEGIN:VCALENDAR",
                        short(line)
                    ),
                });
                return false;
            }
        }
        let parsed = match (logical, arena) {
            (Line::Input(text), _) => parse_content_line(text, line_no),
            (Line::Buffer(text), Some(arena)) => parse_content_line(arena.alloc_str(text), line_no),
            (Line::Buffer(text), None) => parse_content_line(text, line_no).map(Property::into_owned),
        };
        let prop = match parsed {
            Ok(p) => p,
            Err(message) => {
                line_notes.push(Note {
                    line: line_no,
                    message: format!("{message}; line ignored"),
                });
                return true;
            }
        };
        match prop.name.as_ref() {
            "BEGIN" => {
                let name = prop.value.trim().to_ascii_uppercase();
                *open.entry(name.clone()).or_insert(0) += 1;
                stack.push(Component {
                    name,
                    // Fewer reallocations while a VEVENT fills up.
                    props: Vec::with_capacity(16),
                    children: Vec::new(),
                    line: line_no,
                    closed: false,
                })
            }
            "END" => {
                let name = prop.value.trim().to_ascii_uppercase();
                // Counting the open components by name answers "no matching BEGIN" without
                // scanning the stack, which could be thousands deep (quadratic otherwise); a
                // match scans only the components the END closes.
                let matched = open.get(&name).is_some_and(|&n| n > 0);
                let pos = if matched {
                    stack.iter().rposition(|c| c.name == name)
                } else {
                    None
                };
                let Some(pos) = pos else {
                    line_notes.push(Note {
                        line: line_no,
                        message: format!("END:{name} without a matching BEGIN; ignored"),
                    });
                    return true;
                };
                while stack.len() > pos {
                    let Some(mut done) = stack.pop() else { break };
                    if let Some(n) = open.get_mut(&done.name) {
                        *n = n.saturating_sub(1);
                    }
                    if stack.len() == pos {
                        done.closed = true;
                    } else {
                        line_notes.push(Note {
                            line: done.line,
                            message: format!("{} is not closed before END:{name}", done.name),
                        });
                    }
                    match stack.last_mut() {
                        Some(parent) => parent.children.push(done),
                        None => roots.push(done),
                    }
                }
            }
            _ => match stack.last_mut() {
                Some(c) => c.props.push(prop),
                None => line_notes.push(Note {
                    line: line_no,
                    message: format!("{} outside any component; ignored", prop.name),
                }),
            },
        }
        true
    });
    if let Some(err) = refused {
        return Err(err);
    }
    if first {
        return Err(ParseError {
            line: 1,
            message: "the file is empty".into(),
        });
    }
    notes.extend(line_notes);
    while let Some(open) = stack.pop() {
        notes.push(Note {
            line: open.line,
            message: format!("the file ends before END:{} (truncated?)", open.name),
        });
        match stack.last_mut() {
            Some(parent) => parent.children.push(open),
            None => roots.push(open),
        }
    }
    notes.sort_by_key(|n| n.line);
    Ok((roots, notes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_quoted_lists_and_uri_commas() {
        let p = parse_content_line(
            "CONFERENCE;VALUE=URI;FEATURE=PHONE,MODERATOR;LABEL=\"Dial-in: main\":tel:+1-412-555-0123,,,654321",
            3,
        )
        .unwrap();
        assert_eq!(p.name, "CONFERENCE");
        assert_eq!(p.param_values("FEATURE"), ["PHONE", "MODERATOR"]);
        assert_eq!(p.param("LABEL"), Some("Dial-in: main"));
        assert_eq!(p.value, "tel:+1-412-555-0123,,,654321");
    }

    #[test]
    fn crcrlf_bom_and_a_space_before_a_fold_survive() {
        let file = b"\xEF\xBB\xBFBEGIN:VCALENDAR\r\r\nBEGIN:VEVENT\r\nDESCRIPTION:a \r\r\n \\nb\r\nEND:VEVENT\r\nEND:VCALENDAR";
        let (roots, _) = parse(file).unwrap();
        assert_eq!(roots[0].children[0].prop("DESCRIPTION").unwrap().value, "a \\nb");
    }

    #[test]
    fn a_fold_inside_a_utf8_character_is_joined_before_decoding() {
        let file = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:d\xe2\r\n \x80\x99exploitation caf\xe9\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let (roots, notes) = parse(file).unwrap();
        assert_eq!(
            roots[0].children[0].prop("SUMMARY").unwrap().value,
            "d\u{2019}exploitation café"
        );
        assert!(
            notes.iter().any(|n| n.line == 3 && n.message.contains("Latin-1")),
            "{notes:?}"
        );
    }

    #[test]
    fn parsing_in_an_arena_gives_the_same_components() {
        let utf8 = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY;LANGUAGE=fr:Caf\r\n \u{e9} \r\n ouvert\r\nX-A;P=\"a,b\";Q=x,y:v\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let latin1 =
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:caf\xe9\r\n  ouvert\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        for file in [utf8.as_bytes(), latin1.as_slice()] {
            let arena = Bump::new();
            let (copied, notes) = parse(file).unwrap();
            let (borrowed, arena_notes) = parse_in(file, &arena).unwrap();
            assert_eq!(copied, borrowed);
            assert_eq!(notes, arena_notes);
        }
        let arena = Bump::new();
        let (roots, _) = parse_in(utf8.as_bytes(), &arena).unwrap();
        let event = &roots[0].children[0];
        assert_eq!(event.prop("SUMMARY").unwrap().value, "Café ouvert");
        assert_eq!(event.prop("X-A").unwrap().param_values("Q"), ["x", "y"]);
        // A line that is not folded borrows from the file.
        assert!(matches!(event.prop("X-A").unwrap().value, Cow::Borrowed(_)));
    }

    #[test]
    fn vcalendar_quoted_printable_is_decoded() {
        let file = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Caf=C3=\n=A9 ok\nEND:VEVENT\nEND:VCALENDAR\n";
        let (roots, _) = parse(file.as_bytes()).unwrap();
        let s = roots[0].children[0].prop("SUMMARY").unwrap();
        assert_eq!(s.value, "Café ok");
        assert!(s.param("ENCODING").is_none());
    }

    #[test]
    fn not_icalendar_is_refused_with_the_line() {
        let err = parse(b"\n\nhello\n").unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.message.contains("not an iCalendar file"), "{err}");
    }

    #[test]
    fn truncated_file_is_noted() {
        let (roots, notes) = parse(b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\n").unwrap();
        assert!(!roots[0].children[0].closed);
        assert!(notes.iter().any(|n| n.message.contains("truncated")), "{notes:?}");
    }
}
