//! RFC 5545 text rules: TEXT escaping (§3.3.11), parameter quoting (§3.2 with RFC 6868
//! caret encoding) and line folding at 75 octets (§3.1) without splitting a UTF-8 character.
//! Both directions live here so the property tests can prove they are inverses.

use std::borrow::Cow;

/// Writes `value` as an RFC 5545 TEXT value: backslash, semicolon, comma and newline escaped.
/// CR LF and a lone CR become a newline; other control characters except tab are dropped, as
/// TEXT cannot carry them and a raw one breaks parsers. The value goes out as a stream of
/// pieces (runs of the input and escape sequences), so that the writer can fold them straight
/// into its output without an intermediate line.
#[inline]
pub fn escape_text_with(value: &str, mut emit: impl FnMut(&str)) {
    let bytes = value.as_bytes();
    let mut done = 0;
    let mut i = 0;
    // Every character to escape or drop starts with an ASCII byte or 0xC2 (C1 controls), so a
    // byte scan finds them without decoding characters; plain runs are skipped eight bytes at
    // a time.
    while i < bytes.len() {
        // The lowest flagged byte of a word is exact (the bit tricks can only misflag bytes
        // above a real hit), so the scan jumps straight to it.
        while let Some(chunk) = bytes.get(i..i + 8) {
            let hits = swar::text_special_mask(swar::load(chunk));
            if hits != 0 {
                i += (hits.trailing_zeros() / 8) as usize;
                break;
            }
            i += 8;
        }
        let Some(&b) = bytes.get(i) else { break };
        if CLASS[b as usize] & TEXT_SPECIAL == 0 || (b == 0xc2 && !matches!(bytes.get(i + 1), Some(0x80..=0x9f))) {
            i += 1;
            continue;
        }
        if done < i {
            emit(&value[done..i]);
        }
        match b {
            b'\\' => emit("\\\\"),
            b';' => emit("\\;"),
            b',' => emit("\\,"),
            b'\n' => emit("\\n"),
            // "\r\n" is one line break; a lone "\r" becomes one too.
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => emit("\\n"),
            // Other control characters are not allowed in TEXT (RFC 5545 §3.3.11): dropped.
            _ => {}
        }
        i += if b == 0xc2 { 2 } else { 1 };
        done = i;
    }
    if done < bytes.len() {
        emit(&value[done..]);
    }
}

/// Eight bytes at a time: whether any byte of a word is of interest, with the classic
/// has-zero-byte bit tricks (exact as yes/no answers).
mod swar {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;

    pub fn load(chunk: &[u8]) -> u64 {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        u64::from_le_bytes(word)
    }
    fn has_zero(x: u64) -> u64 {
        x.wrapping_sub(LO) & !x & HI
    }
    fn has(x: u64, b: u8) -> u64 {
        has_zero(x ^ (LO * u64::from(b)))
    }
    /// Some byte is below `n` (n ≤ 128).
    fn has_less(x: u64, n: u8) -> u64 {
        x.wrapping_sub(LO * u64::from(n)) & !x & HI
    }
    /// Backslash, semicolon, comma, a control byte (tab included: the byte loop lets it
    /// through), DEL or 0xC2 (the lead byte of C1 controls).
    pub fn text_special_mask(x: u64) -> u64 {
        has_less(x, 0x20) | has(x, b'\\') | has(x, b';') | has(x, b',') | has(x, 0x7f) | has(x, 0xc2)
    }
    #[cfg(test)]
    pub fn text_special(x: u64) -> bool {
        text_special_mask(x) != 0
    }
    pub fn param_quote(x: u64) -> bool {
        (x & HI) != 0 || (has(x, b':') | has(x, b';') | has(x, b',')) != 0
    }
    pub fn param_special(x: u64) -> bool {
        (has_less(x, 0x20) | has(x, b'^') | has(x, b'"') | has(x, 0x7f) | has(x, 0xc2)) != 0
    }
}

/// Byte classes for the scanners: TEXT_SPECIAL (escape or drop in TEXT), PARAM_QUOTE (a
/// parameter value holding it is quoted), PARAM_SPECIAL (caret-encode or drop in a parameter).
const TEXT_SPECIAL: u8 = 1;
const PARAM_QUOTE: u8 = 2;
const PARAM_SPECIAL: u8 = 4;
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let mut c = 0;
        let x = b as u8;
        if (x < 0x20 && x != 0x09) || x == 0x7f || x == b'\\' || x == b';' || x == b',' || x == 0xc2 {
            c |= TEXT_SPECIAL;
        }
        if x == b':' || x == b';' || x == b',' || x >= 0x80 {
            c |= PARAM_QUOTE;
        }
        if x < 0x20 || x == 0x7f || x == b'^' || x == b'"' || x == 0xc2 {
            c |= PARAM_SPECIAL;
        }
        t[b] = c;
        b += 1;
    }
    t
};

/// `value` as an RFC 5545 TEXT value (§3.3.11): backslash, semicolon, comma and newline escaped;
/// other control characters, which TEXT cannot carry, dropped.
pub fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    escape_text_with(value, |piece| out.push_str(piece));
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

/// Writes a parameter value: RFC 6868 caret encoding for newline, caret and double quote, and
/// double quotes around values containing `:`, `;` or `,` (or anything non-ASCII, which some
/// readers mishandle unquoted). Control characters other than newline cannot be carried and
/// are dropped. A stream of pieces, for the writer's folding output.
#[inline]
pub fn quote_param_with(value: &str, mut emit: impl FnMut(&str)) {
    let bytes = value.as_bytes();
    let chunks = bytes.chunks_exact(8);
    let mut class = chunks.remainder().iter().fold(0u8, |acc, &b| acc | CLASS[b as usize]);
    for chunk in chunks {
        let x = swar::load(chunk);
        if swar::param_quote(x) {
            class |= PARAM_QUOTE;
        }
        if swar::param_special(x) {
            class |= PARAM_SPECIAL;
        }
    }
    let needs_quotes = class & PARAM_QUOTE != 0;
    if needs_quotes {
        emit("\"");
    }
    if class & PARAM_SPECIAL == 0 {
        emit(value);
    } else {
        // Runs between special bytes go out whole. Every byte to encode or drop is ASCII or
        // the 0xC2 lead byte of a C1 control (what `char::is_control` means besides ASCII).
        let mut done = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let c1 = b == 0xc2 && matches!(bytes.get(i + 1), Some(0x80..=0x9f));
            if CLASS[b as usize] & PARAM_SPECIAL == 0 || b == b'\t' || (b == 0xc2 && !c1) {
                i += 1;
                continue;
            }
            if done < i {
                emit(&value[done..i]);
            }
            match b {
                b'^' => emit("^^"),
                b'"' => emit("^'"),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => emit("^n"),
                b'\n' => emit("^n"),
                // CR before LF and other control characters are dropped.
                _ => {}
            }
            i += if c1 { 2 } else { 1 };
            done = i;
        }
        if done < bytes.len() {
            emit(&value[done..]);
        }
    }
    if needs_quotes {
        emit("\"");
    }
}

/// `value` as a parameter value: RFC 6868 caret escapes, double-quoted when it holds `:`, `;`,
/// `,` or non-ASCII; see [`quote_param_with`].
pub fn quote_param(value: &str) -> String {
    let mut out = String::new();
    quote_param_with(value, |piece| out.push_str(piece));
    out
}

/// Decodes RFC 6868 caret escapes in a parameter value (quotes already removed); borrowed
/// when there is none.
pub fn unquote_param(value: &str) -> Cow<'_, str> {
    if !value.contains('^') {
        return Cow::Borrowed(value);
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
    Cow::Owned(out)
}

/// Longest line in octets, CRLF excluded (RFC 5545 §3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// One content line folded at 75 octets, on UTF-8 character boundaries, with CRLF.
/// Continuation lines start with one space, which counts toward their 75 octets.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
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

    #[test]
    fn swar_agrees_with_the_byte_table() {
        for b in 0..=255u8 {
            for pos in 0..8 {
                let mut word = [b'a'; 8];
                word[pos] = b;
                let x = swar::load(&word);
                let class = CLASS[b as usize];
                assert_eq!(
                    swar::text_special(x),
                    class & TEXT_SPECIAL != 0 || b == 0x09,
                    "text {b:#x}"
                );
                assert_eq!(swar::param_quote(x), class & PARAM_QUOTE != 0, "quote {b:#x}");
                assert_eq!(swar::param_special(x), class & PARAM_SPECIAL != 0, "special {b:#x}");
            }
        }
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
