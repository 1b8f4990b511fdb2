//! RFC 5545 text rules: TEXT escaping (§3.3.11), parameter quoting (§3.2 with RFC 6868
//! caret encoding) and line folding at 75 octets (§3.1) without splitting a UTF-8 character.
//! Both directions live here so the property tests can prove they are inverses.

/// Appends `value` as an RFC 5545 TEXT value: backslash, semicolon, comma and newline escaped.
/// CR LF and a lone CR become a newline; other control characters except tab are dropped, as
/// TEXT cannot carry them and a raw one breaks parsers.
pub fn escape_text_into(out: &mut String, value: &str) {
    let bytes = value.as_bytes();
    let mut done = 0;
    let mut i = 0;
    // Every character to escape or drop starts with an ASCII byte or 0xC2 (C1 controls), so a
    // byte scan finds them without decoding characters.
    while i < bytes.len() {
        let b = bytes[i];
        let special = matches!(b, b'\\' | b';' | b',' | 0..=0x08 | 0x0a..=0x1f | 0x7f)
            || (b == 0xc2 && matches!(bytes.get(i + 1), Some(0x80..=0x9f)));
        if !special {
            i += 1;
            continue;
        }
        out.push_str(&value[done..i]);
        match b {
            b'\\' => out.push_str("\\\\"),
            b';' => out.push_str("\\;"),
            b',' => out.push_str("\\,"),
            b'\n' => out.push_str("\\n"),
            // "\r\n" is one line break; a lone "\r" becomes one too.
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => out.push_str("\\n"),
            // Other control characters are not allowed in TEXT (RFC 5545 §3.3.11): dropped.
            _ => {}
        }
        i += if b == 0xc2 { 2 } else { 1 };
        done = i;
    }
    out.push_str(&value[done..]);
}

pub fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    escape_text_into(&mut out, value);
    out
}

/// Reverses [`escape_text`]. Lenient: `\N` is a newline too, and an unknown escape keeps the
/// character after the backslash (what other readers do).
pub fn unescape_text(value: &str) -> String {
    if !value.contains('\\') {
        return value.to_string();
    }
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// Splits a multi-valued TEXT (CATEGORIES) at unescaped commas, unescaping each part.
pub fn split_text_list(value: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut start = 0;
    let bytes = value.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b',' => {
                parts.push(unescape_text(&value[start..i]));
                start = i + 1;
                i += 1;
            }
            _ => i += 1,
        }
    }
    parts.push(unescape_text(&value[start.min(value.len())..]));
    parts
}

/// Appends a parameter value: RFC 6868 caret encoding for newline, caret and double quote, and
/// double quotes around values containing `:`, `;` or `,` (or anything non-ASCII, which some
/// readers mishandle unquoted). Control characters other than newline cannot be carried and
/// are dropped.
pub fn quote_param_into(out: &mut String, value: &str) {
    let needs_quotes = value.bytes().any(|b| matches!(b, b':' | b';' | b',') || b >= 0x80);
    if needs_quotes {
        out.push('"');
    }
    if !value
        .bytes()
        .any(|b| b == b'^' || b == b'"' || b < 0x20 || b == 0x7f || b == 0xc2)
    {
        out.push_str(value);
        if needs_quotes {
            out.push('"');
        }
        return;
    }
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '^' => out.push_str("^^"),
            '"' => out.push_str("^'"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("^n");
                }
            }
            '\n' => out.push_str("^n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    if needs_quotes {
        out.push('"');
    }
}

pub fn quote_param(value: &str) -> String {
    let mut out = String::new();
    quote_param_into(&mut out, value);
    out
}

/// Decodes RFC 6868 caret escapes in a parameter value (quotes already removed).
pub fn unquote_param(value: &str) -> String {
    if !value.contains('^') {
        return value.to_string();
    }
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '^' {
            out.push(c);
            continue;
        }
        match chars.peek() {
            Some('n') => {
                chars.next();
                out.push('\n');
            }
            Some('^') => {
                chars.next();
                out.push('^');
            }
            Some('\'') => {
                chars.next();
                out.push('"');
            }
            // RFC 6868: a caret before anything else stays as it is.
            _ => out.push('^'),
        }
    }
    out
}

/// Longest line in octets, CRLF excluded (RFC 5545 §3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// Appends one content line folded at 75 octets, on UTF-8 character boundaries, with CRLF.
/// Continuation lines start with one space, which counts toward their 75 octets.
pub fn fold_line_into(out: &mut String, line: &str) {
    let mut rest = line;
    let mut limit = MAX_LINE_OCTETS;
    while rest.len() > limit {
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        limit = MAX_LINE_OCTETS - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    fold_line_into(&mut out, line);
    out
}

/// Joins folded lines: a line break followed by one space or tab is removed. Accepts CRLF,
/// LF and the CR CR LF some tools write.
pub fn unfold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        let line = line.trim_end_matches('\r');
        if i > 0 {
            if let Some(cont) = line.strip_prefix([' ', '\t']) {
                out.push_str(cont);
                continue;
            }
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn escapes_the_four_specials() {
        assert_eq!(escape_text("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
        assert_eq!(escape_text("x\r\ny\rz"), "x\\ny\\nz");
        assert_eq!(unescape_text("a\\\\b\\;c\\,d\\ne\\Nf"), "a\\b;c,d\ne\nf");
    }

    #[test]
    fn params_quote_and_caret_encode() {
        assert_eq!(quote_param("Room 1"), "Room 1");
        assert_eq!(quote_param("a:b"), "\"a:b\"");
        assert_eq!(quote_param("say \"hi\"^\nbye"), "say ^'hi^'^^^nbye");
        assert_eq!(quote_param("Genève"), "\"Genève\"");
        assert_eq!(unquote_param("say ^'hi^'^^^nbye"), "say \"hi\"^\nbye");
    }

    #[test]
    fn folds_at_75_octets_on_char_boundaries() {
        let line = format!("SUMMARY:{}", "é".repeat(100));
        let folded = fold(&line);
        for l in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        assert_eq!(unfold(folded.trim_end_matches("\r\n")), line);
    }

    #[test]
    fn a_75_octet_line_is_not_folded_but_76_is() {
        let line75 = "X".repeat(75);
        assert_eq!(fold(&line75), format!("{line75}\r\n"));
        let line76 = "X".repeat(76);
        assert_eq!(fold(&line76), format!("{}\r\n X\r\n", "X".repeat(75)));
    }

    proptest! {
        #[test]
        fn text_escape_round_trips(s in "\\PC*|[\\\\;,\\n a-zé☕😀]*") {
            let text: String = s.chars().filter(|c| !c.is_control() || *c == '\n').collect();
            let escaped = escape_text(&text);
            prop_assert!(!escaped.contains('\n'));
            prop_assert_eq!(unescape_text(&escaped), text.clone());
            // An escaped comma never splits a list value.
            prop_assert_eq!(split_text_list(&escaped), vec![text]);
        }

        #[test]
        fn text_lists_round_trip(parts in proptest::collection::vec("\\PC*", 1..5)) {
            let joined = parts.iter().map(|p| escape_text(p)).collect::<Vec<_>>().join(",");
            let expected: Vec<String> = parts.iter().map(|p| p.chars().filter(|c| !c.is_control()).collect()).collect();
            prop_assert_eq!(split_text_list(&joined), expected);
        }

        #[test]
        fn param_quoting_round_trips(s in any::<String>()) {
            let value: String = s.chars().filter(|c| !c.is_control() || *c == '\n' || *c == '\t').collect();
            let quoted = quote_param(&value);
            let inner = quoted.strip_prefix('"').and_then(|q| q.strip_suffix('"')).unwrap_or(&quoted);
            prop_assert!(!inner.contains('"'));
            prop_assert!(!inner.contains('\n'));
            if !quoted.starts_with('"') {
                prop_assert!(!inner.contains([':', ';', ',']));
            }
            prop_assert_eq!(unquote_param(inner), value);
        }

        #[test]
        fn fold_unfold_round_trips(s in any::<String>(), prefix in "[A-Z-]{1,20}") {
            let value = escape_text(&s);
            let line = format!("{prefix}:{value}");
            let folded = fold(&line);
            prop_assert!(folded.ends_with("\r\n"));
            for physical in folded.trim_end_matches("\r\n").split("\r\n") {
                prop_assert!(physical.len() <= MAX_LINE_OCTETS);
                prop_assert!(!physical.contains('\r') && !physical.contains('\n'));
            }
            let unfolded = unfold(folded.trim_end_matches("\r\n"));
            prop_assert_eq!(&unfolded, &line);
            let expected: String = s.replace("\r\n", "\n").replace('\r', "\n").chars()
                .filter(|c| !c.is_control() || *c == '\n' || *c == '\t').collect();
            prop_assert_eq!(unescape_text(unfolded.split_once(':').unwrap().1), expected);
        }
    }
}
