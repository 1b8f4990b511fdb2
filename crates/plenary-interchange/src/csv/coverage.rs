//! The coverage matrix: sessions against SDGs, WSIS Action Lines and GDC objectives.

use plenary_core::Schedule;

use super::{finish, write_row};

/// The coverage matrix: one row per session, one column per SDG, WSIS Action Line and GDC
/// objective ("sdg:3", "wsis:C7.e-health", "gdc:1"); "x" where the session is tagged with the
/// term, "(x)" in a parent's column (C7) when it is tagged with one of its sub-lines. The last
/// row counts the sessions per column.
pub fn export_coverage(schedule: &Schedule) -> String {
    let mut columns = Vec::new();
    for key in ["sdg", "wsis", "gdc"] {
        if let Some(v) = schedule.vocabularies.iter().find(|v| v.key == key) {
            for t in schedule.terms.iter().filter(|t| t.vocabulary_id == v.id) {
                columns.push((v.id, t.id, t.code.clone(), format!("{key}:{}", t.code)));
            }
        }
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["code".to_string(), "title".to_string()];
    header.extend(columns.iter().map(|c| c.3.clone()));
    write_row(&mut w, &header);
    let mut totals = vec![0usize; columns.len()];
    for s in &schedule.sessions {
        let tagged: Vec<_> = s.data.tags.iter().filter_map(|t| schedule.term(*t)).collect();
        let mut record = vec![s.data.code.clone(), s.data.title.clone()];
        for (i, (vocab, term, code, _)) in columns.iter().enumerate() {
            let cell = if tagged.iter().any(|t| t.id == *term) {
                "x"
            } else if tagged
                .iter()
                .any(|t| t.vocabulary_id == *vocab && t.parent_code.as_deref() == Some(code.as_str()))
            {
                "(x)"
            } else {
                ""
            };
            if !cell.is_empty() {
                totals[i] += 1;
            }
            record.push(cell.to_string());
        }
        write_row(&mut w, &record);
    }
    let mut last = vec![String::new(), "sessions".to_string()];
    last.extend(totals.iter().map(|n| n.to_string()));
    write_row(&mut w, &last);
    finish(w)
}
