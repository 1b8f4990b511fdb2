//! The obvious checker: every pair of sessions, compared directly. Quadratic, so only for tests
//! (an oracle the fast checker must agree with) and as the benchmark's baseline.

use std::collections::HashSet;

use plenary_core::Schedule;

use crate::finding::{listing_order, CheckConfig, Finding};
use crate::prepared::{FastMap, Model};
use crate::rules::{local_findings, pair_finding, pair_key, Acc, PairKey, Res};

/// Every finding, by comparing all pairs of sessions. Same result as [`crate::check`].
pub fn check(schedule: &Schedule, config: &CheckConfig, acknowledged: &[String]) -> Vec<Finding> {
    let m = Model::new(schedule, config);
    let acks: HashSet<String> = acknowledged.iter().cloned().collect();
    let mut out: Vec<Finding> = (0..m.sessions.len())
        .flat_map(|i| local_findings(&m, i, &acks))
        .collect();
    let mut accs: FastMap<PairKey, Acc> = FastMap::default();
    for a in 0..m.sessions.len() {
        let sa = &m.sessions[a];
        let Some(span_a) = sa.timed() else { continue };
        for b in a + 1..m.sessions.len() {
            let sb = &m.sessions[b];
            let Some(span_b) = sb.timed() else { continue };
            if let (Some(ra), Some(rb)) = (sa.room, sb.room) {
                if ra == rb {
                    accs.entry(pair_key(Res::Room(ra as u32), a, b))
                        .or_default()
                        .add(span_a, span_b);
                }
            }
            for (p, busy_a) in sa.busy_groups() {
                let Some((_, busy_b)) = sb.busy_groups().find(|(q, _)| *q == p) else {
                    continue;
                };
                let acc = accs.entry(pair_key(Res::Person(p as u32), a, b)).or_default();
                for &(_, x) in busy_a {
                    for &(_, y) in busy_b {
                        acc.add(x, y);
                    }
                }
            }
        }
    }
    out.extend(accs.iter().filter_map(|(k, acc)| pair_finding(&m, *k, acc, &acks)));
    out.sort_unstable_by(listing_order);
    out
}
