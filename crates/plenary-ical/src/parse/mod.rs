//! A small lenient content-line parser (RFC 5545 §3.1) that keeps everything: it unfolds
//! before anything else (so a space before a fold survives), decodes RFC 6868 parameter
//! values, keeps unknown components and properties, and records where each came from, so the
//! importer can say "line 120: …". TEXT unescaping and type checks happen where the value's
//! type is known (`import/`).
//!
//! Tolerated, with a note: UTF-8 BOM, LF or CR CR LF line ends, blank lines, vCalendar 1.0
//! quoted-printable values with `=` soft breaks, parameters without `=`, END lines that close
//! the wrong component, a missing END:VCALENDAR.

mod content_line;
mod lines;

use std::borrow::Cow;

use bumpalo::Bump;
use plenary_core::report::Remark;

pub use content_line::parse_content_line;
use content_line::short;
use lines::{logical_lines, Line};

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

/// Something the parser tolerated, for the import report.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Note {
    pub line: usize,
    pub remark: Remark,
}

/// Why a file cannot be read as iCalendar at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ParseError {
    /// 1-based line of the problem.
    pub line: usize,
    /// What is wrong, as the code the window words ([`ImportError::Parse`]).
    ///
    /// [`ImportError::Parse`]: plenary_core::ImportError::Parse
    pub code: plenary_core::FormatProblem,
    /// The values the code's words need, by name (`start` for `not_icalendar`).
    pub params: std::collections::BTreeMap<String, String>,
    /// What is wrong, in English, for the CLI and logs.
    pub message: String,
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
    let mut tree = Tree::default();
    let mut first = true;
    let mut refused: Option<ParseError> = None;
    logical_lines(bytes, &mut notes, |line_no, logical| {
        let line = logical.text();
        if first {
            first = false;
            if !line.trim().eq_ignore_ascii_case("BEGIN:VCALENDAR") {
                refused = Some(ParseError {
                    line: line_no,
                    code: plenary_core::FormatProblem::NotIcalendar,
                    params: [("start".to_string(), short(line))].into(),
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
        match parsed {
            Ok(prop) => tree.add(prop, line_no, &mut line_notes),
            Err(problem) => line_notes.push(Note {
                line: line_no,
                remark: Remark::LineIgnored { problem },
            }),
        }
        true
    });
    if let Some(err) = refused {
        return Err(err);
    }
    if first {
        return Err(ParseError {
            line: 1,
            code: plenary_core::FormatProblem::Empty,
            params: Default::default(),
            message: "the file is empty".into(),
        });
    }
    notes.extend(line_notes);
    let roots = tree.finish(&mut notes);
    notes.sort_by_key(|n| n.line);
    Ok((roots, notes))
}

/// The components as the lines build them: the finished top-level ones, and the open ones.
#[derive(Default)]
struct Tree<'a> {
    roots: Vec<Component<'a>>,
    stack: Vec<Component<'a>>,
    /// How many components of each name are open on `stack`.
    open: std::collections::HashMap<String, usize>,
}

impl<'a> Tree<'a> {
    /// One content line: BEGIN opens a component, END closes one, anything else is a
    /// property of the open component (or, outside any, a note).
    fn add(&mut self, prop: Property<'a>, line_no: usize, notes: &mut Vec<Note>) {
        match prop.name.as_ref() {
            "BEGIN" => {
                let name = prop.value.trim().to_ascii_uppercase();
                *self.open.entry(name.clone()).or_insert(0) += 1;
                self.stack.push(Component {
                    name,
                    // Fewer reallocations while a VEVENT fills up.
                    props: Vec::with_capacity(16),
                    children: Vec::new(),
                    line: line_no,
                    closed: false,
                })
            }
            "END" => self.end(prop.value.trim().to_ascii_uppercase(), line_no, notes),
            _ => match self.stack.last_mut() {
                Some(c) => c.props.push(prop),
                None => notes.push(Note {
                    line: line_no,
                    remark: Remark::OutsideComponent {
                        property: prop.name.to_string(),
                    },
                }),
            },
        }
    }

    /// END:`name`: closes the innermost open `name` and, with a note each, any component
    /// left open inside it; an END without a matching BEGIN is ignored with a note.
    fn end(&mut self, name: String, line_no: usize, notes: &mut Vec<Note>) {
        // Counting the open components by name answers "no matching BEGIN" without
        // scanning the stack, which could be thousands deep (quadratic otherwise); a
        // match scans only the components the END closes.
        let matched = self.open.get(&name).is_some_and(|&n| n > 0);
        let pos = if matched {
            self.stack.iter().rposition(|c| c.name == name)
        } else {
            None
        };
        let Some(pos) = pos else {
            notes.push(Note {
                line: line_no,
                remark: Remark::EndWithoutBegin { name: name.to_string() },
            });
            return;
        };
        while self.stack.len() > pos {
            let Some(mut done) = self.stack.pop() else { break };
            if let Some(n) = self.open.get_mut(&done.name) {
                *n = n.saturating_sub(1);
            }
            if self.stack.len() == pos {
                done.closed = true;
            } else {
                notes.push(Note {
                    line: done.line,
                    remark: Remark::NotClosed {
                        name: done.name.to_string(),
                        end: name.to_string(),
                    },
                });
            }
            match self.stack.last_mut() {
                Some(parent) => parent.children.push(done),
                None => self.roots.push(done),
            }
        }
    }

    /// The top-level components once the file has ended, the ones still open closed into
    /// their parents with a note each (a truncated file).
    fn finish(mut self, notes: &mut Vec<Note>) -> Vec<Component<'a>> {
        while let Some(open) = self.stack.pop() {
            notes.push(Note {
                line: open.line,
                remark: Remark::Truncated {
                    name: open.name.to_string(),
                },
            });
            match self.stack.last_mut() {
                Some(parent) => parent.children.push(open),
                None => self.roots.push(open),
            }
        }
        self.roots
    }
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
            notes
                .iter()
                .any(|n| n.line == 3 && n.remark.to_string().contains("Latin-1")),
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
        assert!(
            notes.iter().any(|n| n.remark.to_string().contains("truncated")),
            "{notes:?}"
        );
    }
}
