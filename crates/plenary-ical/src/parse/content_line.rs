//! One content line: `NAME *(;PARAM=VALUE[,VALUE]) : VALUE`, with RFC 6868 parameter values
//! and vCalendar 1.0 quoted-printable.

use std::borrow::Cow;

use crate::text::unquote_param;
use plenary_core::report::LineProblem;

use super::lines::find_any;
use super::{intern, Name, ParamValues, Property};

pub(super) fn add_value<'a>(values: &mut Option<ParamValues<'a>>, value: Cow<'a, str>) {
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
pub fn parse_content_line(line: &str, line_no: usize) -> Result<Property<'_>, LineProblem> {
    let bytes = line.as_bytes();
    let name_end = find_any(bytes, 0, b";:").ok_or_else(|| LineProblem::NoColon {
        text: short(line).to_string(),
    })?;
    let raw_name = line[..name_end].trim();
    if raw_name.is_empty()
        || !raw_name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(LineProblem::NotAName {
            text: short(&line[..name_end]).to_string(),
        });
    }
    let name = intern(raw_name);
    let mut params: Vec<(Name, ParamValues<'_>)> = Vec::new();
    let mut i = name_end;
    while i < bytes.len() && bytes[i] == b';' {
        i += 1;
        let pname_end = find_any(bytes, i, b"=;:").ok_or_else(|| LineProblem::ParameterNoValue {
            property: name.to_string(),
        })?;
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
                    .ok_or_else(|| LineProblem::UnclosedQuote {
                        parameter: pname.to_string(),
                        property: name.to_string(),
                    })?;
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
        return Err(LineProblem::NoValue {
            property: name.to_string(),
        });
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

pub(super) fn short(s: &str) -> String {
    s.chars().take(40).collect()
}

/// vCalendar 1.0 quoted-printable ("=C3=A9"), decoded in its CHARSET (UTF-8 unless Latin-1).
/// A line break in the decoded text becomes an escaped TEXT newline, as the value stays raw.
pub(super) fn decode_quoted_printable(value: &str, charset: Option<&str>) -> String {
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
