//! The formula-injection guard: what exports write into a cell and what imports take back.

/// The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV
/// injection): `=`, `+`, `-`, `@`, and tab or carriage return before any of them.
pub(super) const FORMULA_STARTS: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// A cell as exports write it: control characters other than line feed and tab removed, and an
/// apostrophe before a first character that would make a spreadsheet run it as a formula.
pub fn guard_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    if text.starts_with(FORMULA_STARTS) {
        out.push('\'');
    }
    out.extend(text.chars().filter(|c| !c.is_control() || matches!(c, '\n' | '\t')));
    out
}

/// A cell as the import reads it: the apostrophe [`guard_cell`] put before a formula character
/// is taken off again, so export → import gives back the text.
pub(super) fn unguard(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => text,
    }
}
