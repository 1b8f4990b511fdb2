//! The coverage matrix: sessions against SDGs, WSIS Action Lines and GDC objectives. One rule
//! for the window's table (`coverage`) and the CSV file both the CLI and the window save
//! (`coverage_csv`).

use plenary_core::{Schedule, SessionId, TermId};
use serde::Serialize;
use ts_rs::TS;

use super::{finish, write_row};

/// The frameworks the matrix has columns for, in column order (vocabulary keys).
pub const FRAMEWORKS: [&str; 3] = ["sdg", "wsis", "gdc"];

/// How one session covers one column's term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Cover {
    /// Not tagged with the term nor with one of its sub-lines.
    None,
    /// Tagged with the term itself ("x" in the CSV).
    Tagged,
    /// Tagged with one of its sub-lines (C7.e-health covers C7; "(x)" in the CSV).
    Narrower,
}

/// One column of the matrix: a term of one of the [`FRAMEWORKS`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CoverageColumn {
    pub term_id: TermId,
    /// The CSV header: `vocabulary:code` ("sdg:3", "wsis:C7.e-health").
    pub key: String,
    /// The vocabulary's key ("sdg") and name.
    pub vocabulary: String,
    pub vocabulary_name: String,
    /// The term's code ("C7.e-health") and label.
    pub code: String,
    pub label: String,
}

/// One session's row: one cell per column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CoverageRow {
    pub session_id: SessionId,
    pub code: String,
    pub title: String,
    pub cells: Vec<Cover>,
}

/// The coverage matrix of one event: rows in the schedule's session order, columns by framework
/// then term position, and per column how many sessions cover it (tagged or through a sub-line).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Coverage {
    pub columns: Vec<CoverageColumn>,
    pub rows: Vec<CoverageRow>,
    pub totals: Vec<u32>,
}

/// The coverage matrix of a schedule. Vocabularies other than the [`FRAMEWORKS`] have no column;
/// a tag naming a term the schedule does not hold is ignored.
pub fn coverage(schedule: &Schedule) -> Coverage {
    let mut columns = Vec::new();
    let mut owners = Vec::new();
    for key in FRAMEWORKS {
        let Some(v) = schedule.vocabularies.iter().find(|v| v.key == key) else {
            continue;
        };
        let mut terms: Vec<_> = schedule.terms.iter().filter(|t| t.vocabulary_id == v.id).collect();
        terms.sort_by_key(|t| (t.position, t.id));
        for t in terms {
            owners.push(v.id);
            columns.push(CoverageColumn {
                term_id: t.id,
                key: format!("{key}:{}", t.code),
                vocabulary: key.to_string(),
                vocabulary_name: v.name.clone(),
                code: t.code.clone(),
                label: t.label.clone(),
            });
        }
    }
    let mut totals = vec![0u32; columns.len()];
    let rows = schedule
        .sessions
        .iter()
        .map(|s| {
            let tagged: Vec<_> = s.data.tags.iter().filter_map(|t| schedule.term(*t)).collect();
            let cells = columns
                .iter()
                .zip(&owners)
                .zip(&mut totals)
                .map(|((column, vocabulary), total)| {
                    let cover = if tagged.iter().any(|t| t.id == column.term_id) {
                        Cover::Tagged
                    } else if tagged.iter().any(|t| {
                        t.vocabulary_id == *vocabulary && t.parent_code.as_deref() == Some(column.code.as_str())
                    }) {
                        Cover::Narrower
                    } else {
                        Cover::None
                    };
                    *total += u32::from(cover != Cover::None);
                    cover
                })
                .collect();
            CoverageRow {
                session_id: s.id,
                code: s.data.code.clone(),
                title: s.data.title.clone(),
                cells,
            }
        })
        .collect();
    Coverage { columns, rows, totals }
}

/// The matrix as CSV: a header `code,title,<column keys>`, one row per session with "x" where
/// the session is tagged with the term and "(x)" where one of its sub-lines is, and a last row
/// `,sessions,<totals>`. Cells are guarded against formulas ([`super::guard_cell`]).
pub fn coverage_csv(coverage: &Coverage) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["code", "title"];
    header.extend(coverage.columns.iter().map(|c| c.key.as_str()));
    write_row(&mut w, &header);
    for row in &coverage.rows {
        let mut record = vec![row.code.as_str(), row.title.as_str()];
        record.extend(row.cells.iter().map(|c| match c {
            Cover::None => "",
            Cover::Tagged => "x",
            Cover::Narrower => "(x)",
        }));
        write_row(&mut w, &record);
    }
    let mut last = vec![String::new(), "sessions".to_string()];
    last.extend(coverage.totals.iter().map(u32::to_string));
    write_row(&mut w, &last);
    finish(w)
}

/// The coverage matrix of a schedule as CSV (`coverage_csv(&coverage(schedule))`): what
/// `plenary export coverage` writes and the window saves.
pub fn export_coverage(schedule: &Schedule) -> String {
    coverage_csv(&coverage(schedule))
}

#[cfg(test)]
mod tests {
    use plenary_core::{EventData, SessionData, Store};

    use super::*;

    /// An event with two sessions: "231" tagged SDG 3, WSIS C7.e-health and a term of the user's
    /// own vocabulary; "232" tagged SDG 4.
    fn schedule() -> Schedule {
        let mut store = Store::open_in_memory().unwrap();
        store
            .write(|tx| {
                let event = tx.create_event(&EventData {
                    slug: "forum".into(),
                    title: "Forum".into(),
                    timezone: "Europe/Zurich".into(),
                    start_date: "2026-07-06".parse().unwrap(),
                    end_date: "2026-07-10".parse().unwrap(),
                    ..Default::default()
                })?;
                let topics = tx.create_vocabulary("topics", "Topics", "")?;
                let ai = tx.create_term(topics.id, "ai", "AI")?;
                let term = |r: &str| tx.read().find_term(r).map(|t| t.id);
                for (code, title, tags) in [
                    (
                        "231",
                        "Open source, \"health\"",
                        vec![term("sdg:3")?, term("wsis:C7.e-health")?, ai.id],
                    ),
                    ("232", "=Education", vec![term("sdg:4")?]),
                ] {
                    tx.create_session(
                        event.id,
                        &SessionData {
                            code: code.into(),
                            title: title.into(),
                            tags,
                            ..Default::default()
                        },
                    )?;
                }
                tx.read().schedule(event.id)
            })
            .unwrap()
    }

    #[test]
    fn marks_tagged_terms_and_parents_and_counts_them_for_the_frameworks_only() {
        let c = coverage(&schedule());
        let keys: Vec<&str> = c.columns.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys.len(), 17 + 19 + 5, "{keys:?}");
        assert_eq!(keys[..4], ["sdg:1", "sdg:2", "sdg:3", "sdg:4"]);
        assert!(!keys.iter().any(|k| k.starts_with("topics:")), "{keys:?}");
        let at = |key: &str| keys.iter().position(|k| *k == key).unwrap();
        let (sdg3, sdg4, c7, e_health) = (at("sdg:3"), at("sdg:4"), at("wsis:C7"), at("wsis:C7.e-health"));
        assert!(c7 < e_health, "a parent comes before its sub-lines");
        let row = |code: &str| c.rows.iter().find(|r| r.code == code).unwrap();
        let pick = |code: &str| [sdg3, sdg4, c7, e_health].map(|i| row(code).cells[i]);
        assert_eq!(
            pick("231"),
            [Cover::Tagged, Cover::None, Cover::Narrower, Cover::Tagged]
        );
        assert_eq!(pick("232"), [Cover::None, Cover::Tagged, Cover::None, Cover::None]);
        assert_eq!([sdg3, sdg4, c7, e_health].map(|i| c.totals[i]), [1, 1, 1, 1]);
        assert_eq!(c.totals.iter().sum::<u32>(), 4);
        assert_eq!(c.columns[e_health].vocabulary, "wsis");
    }

    #[test]
    fn the_csv_quotes_guards_and_ends_with_the_totals() {
        let text = export_coverage(&schedule());
        let rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect();
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[0][..4], ["code", "title", "sdg:1", "sdg:2"]);
        let col = |key: &str| rows[0].iter().position(|h| h == key).unwrap();
        let by_code = |code: &str| rows.iter().find(|r| r[0] == code).unwrap();
        let health = by_code("231");
        assert_eq!(health[1], "Open source, \"health\"");
        assert_eq!(
            [col("sdg:3"), col("sdg:4"), col("wsis:C7"), col("wsis:C7.e-health")].map(|i| health[i].as_str()),
            ["x", "", "(x)", "x"]
        );
        // A title a spreadsheet would run as a formula is neutralised.
        assert_eq!(by_code("232")[1], "'=Education");
        assert_eq!(rows[3][..3], ["", "sessions", "0"]);
        assert_eq!(rows[3][col("wsis:C7")], "1");
    }
}
