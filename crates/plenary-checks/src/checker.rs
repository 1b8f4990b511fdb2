//! The fast checker: sorted interval lists per room and per person, a sweep line for the full
//! check, and per-session finding buckets so that moving one session re-checks only that session
//! against the rooms and people it touches.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use plenary_core::model::{RoomId, Schedule, Session, SessionId};
use plenary_core::Error;

use crate::finding::{listing_order, CheckConfig, Finding};
use crate::prepared::{FastMap, Model, SessionRec, Span};
use crate::rules::{local_findings, pair_finding, pair_key, Acc, PairKey, Res};

/// One busy interval of a session in a room's or a person's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Entry {
    pub start: i64,
    pub end: i64,
    pub session: u32,
}

/// Checks a schedule and keeps the result up to date while sessions change.
///
/// Build it once per event (`Checker::new`), then call [`Checker::move_session`] or
/// [`Checker::upsert_session`] as the user edits; changes to rooms or people need a new checker.
/// While a session is dragged, call `move_session` at each position (a few microseconds at
/// 10,000 sessions) and show what it returns; move it back if the drag is cancelled.
#[derive(Debug, Clone)]
pub struct Checker {
    pub(crate) model: Model,
    /// Per room (dense index): intervals sorted by start.
    pub(crate) rooms: Vec<Vec<Entry>>,
    /// Per person (dense index): intervals sorted by start.
    pub(crate) people: Vec<Vec<Entry>>,
    local: Vec<Vec<Finding>>,
    pairs: FastMap<PairKey, Finding>,
    /// Per session: the keys of the pair findings it is part of.
    pair_keys: Vec<Vec<PairKey>>,
    acknowledged: HashSet<String>,
}

/// Every pair of entries (earlier first by start) that overlap or lie less than `window` apart.
fn sweep(entries: &[Entry], window: i64, mut f: impl FnMut(&Entry, &Entry)) {
    let mut active: Vec<&Entry> = Vec::new();
    for e in entries {
        active.retain(|a| a.end + window > e.start);
        for a in &active {
            if a.session != e.session {
                f(a, e);
            }
        }
        active.push(e);
    }
}

/// Whether two intervals overlap or lie less than `window` apart.
fn near(x: Span, y: Span, window: i64) -> bool {
    x.0 < y.1 + window && y.0 < x.1 + window
}

impl Checker {
    /// Indexes `schedule` and runs every check. `acknowledged` are the fingerprints stored for
    /// the event (`Reader::acknowledged`); findings with them are marked acknowledged.
    pub fn new(schedule: &Schedule, config: &CheckConfig, acknowledged: &[String]) -> Checker {
        let model = Model::new(schedule, config);
        let mut checker = Checker {
            rooms: vec![Vec::new(); model.rooms.len()],
            people: Vec::new(),
            local: Vec::with_capacity(model.sessions.len()),
            pairs: FastMap::default(),
            pair_keys: vec![Vec::new(); model.sessions.len()],
            acknowledged: acknowledged.iter().cloned().collect(),
            model,
        };
        checker.people = vec![Vec::new(); checker.model.people.len()];
        for i in 0..checker.model.sessions.len() {
            checker.index_session(i, false);
        }
        for list in checker.rooms.iter_mut().chain(checker.people.iter_mut()) {
            list.sort_unstable();
        }
        checker.local = (0..checker.model.sessions.len())
            .map(|i| local_findings(&checker.model, i, &checker.acknowledged))
            .collect();

        let mut accs: FastMap<PairKey, Acc> = FastMap::default();
        let room_window = checker.model.room_buffer();
        let person_window = checker.model.max_person_buffer();
        for (r, list) in checker.rooms.iter().enumerate() {
            sweep(list, room_window, |a, b| {
                accs.entry(pair_key(Res::Room(r as u32), a.session as usize, b.session as usize))
                    .or_default()
                    .add((a.start, a.end), (b.start, b.end));
            });
        }
        for (p, list) in checker.people.iter().enumerate() {
            sweep(list, person_window, |a, b| {
                accs.entry(pair_key(Res::Person(p as u32), a.session as usize, b.session as usize))
                    .or_default()
                    .add((a.start, a.end), (b.start, b.end));
            });
        }
        for (key, acc) in accs {
            checker.store_pair(key, &acc);
        }
        checker
    }

    fn store_pair(&mut self, key: PairKey, acc: &Acc) {
        if let Some(f) = pair_finding(&self.model, key, acc, &self.acknowledged) {
            self.pairs.insert(key, f);
            self.pair_keys[key.1 as usize].push(key);
            self.pair_keys[key.2 as usize].push(key);
        }
    }

    /// Adds session `i`'s intervals to the room and person lists (sorted insertion if `sorted`).
    fn index_session(&mut self, i: usize, sorted: bool) {
        let s = &self.model.sessions[i];
        let Some(span) = s.timed() else { return };
        let add = |list: &mut Vec<Entry>, e: Entry| {
            if sorted {
                let at = list.partition_point(|x| x < &e);
                list.insert(at, e);
            } else {
                list.push(e);
            }
        };
        if let Some(r) = s.room {
            add(
                &mut self.rooms[r],
                Entry {
                    start: span.0,
                    end: span.1,
                    session: i as u32,
                },
            );
        }
        for &(p, (a, b)) in &s.busy {
            if p >= self.people.len() {
                self.people.resize(p + 1, Vec::new());
            }
            {
                add(
                    &mut self.people[p],
                    Entry {
                        start: a,
                        end: b,
                        session: i as u32,
                    },
                );
            }
        }
    }

    fn unindex_session(&mut self, i: usize) {
        let s = &self.model.sessions[i];
        if let Some(r) = s.room {
            self.rooms[r].retain(|e| e.session != i as u32);
        }
        for (p, _) in s.busy_groups() {
            self.people[p].retain(|e| e.session != i as u32);
        }
    }

    /// Drops every finding session `i` is part of.
    fn forget(&mut self, i: usize) {
        self.local[i].clear();
        for key in std::mem::take(&mut self.pair_keys[i]) {
            self.pairs.remove(&key);
            let other = if key.1 as usize == i { key.2 } else { key.1 } as usize;
            self.pair_keys[other].retain(|k| *k != key);
        }
    }

    /// Re-checks session `i` against its rooms and people (after it was re-indexed).
    fn recheck(&mut self, i: usize) {
        self.local[i] = local_findings(&self.model, i, &self.acknowledged);
        let s = &self.model.sessions[i];
        let Some(span) = s.timed() else { return };
        let mut accs: FastMap<PairKey, Acc> = FastMap::default();
        if let Some(r) = s.room {
            let w = self.model.room_buffer();
            for e in &self.rooms[r] {
                if e.session as usize != i && near(span, (e.start, e.end), w) {
                    accs.entry(pair_key(Res::Room(r as u32), i, e.session as usize))
                        .or_default()
                        .add(span, (e.start, e.end));
                }
            }
        }
        let w = self.model.max_person_buffer();
        for (p, busy) in s.busy_groups() {
            for e in &self.people[p] {
                if e.session as usize == i {
                    continue;
                }
                for &(_, mine) in busy {
                    if near(mine, (e.start, e.end), w) {
                        accs.entry(pair_key(Res::Person(p as u32), i, e.session as usize))
                            .or_default()
                            .add(mine, (e.start, e.end));
                    }
                }
            }
        }
        let mut keys: Vec<_> = accs.into_iter().collect();
        keys.sort_unstable_by_key(|(k, _)| *k);
        for (key, acc) in keys {
            self.store_pair(key, &acc);
        }
    }

    fn replace(&mut self, i: usize, rec: SessionRec) {
        self.unindex_session(i);
        self.forget(i);
        self.model.sessions[i] = rec;
        self.index_session(i, true);
        self.recheck(i);
    }

    fn index_of(&self, id: SessionId) -> Result<usize, Error> {
        self.model
            .session_index
            .get(&id)
            .copied()
            .ok_or_else(|| Error::not_found("session", id))
    }

    /// Moves a session to a time and room, as `Tx::move_session` would (the revision goes up
    /// when anything changes, so acknowledgements of its findings lapse), and returns the
    /// findings it is now part of. Cost: the moved session against its room's and people's lists.
    ///
    /// # Errors
    /// [`Error::NotFound`] for a session the checker does not hold; [`Error::Invalid`] (field
    /// `room_id`) for a room not in the event.
    pub fn move_session(
        &mut self,
        id: SessionId,
        start: Option<DateTime<Utc>>,
        end: Option<DateTime<Utc>>,
        room: Option<RoomId>,
    ) -> Result<Vec<Finding>, Error> {
        let i = self.index_of(id)?;
        let old = &self.model.sessions[i];
        let new_start = start.map(|t| t.timestamp());
        let new_end = end.map(|t| t.timestamp());
        let new_room = room.and_then(|r| self.model.room_index.get(&r).copied());
        if room.is_some() && new_room.is_none() {
            return Err(Error::invalid(
                "session",
                "room_id",
                format!("there is no room {}", room.unwrap_or_default()),
            ));
        }
        let mut rec = old.clone();
        let changed = rec.start != new_start || rec.end != new_end || rec.room != new_room;
        rec.revision += u32::from(changed);
        // Explicitly timed items move with the session, as in the store.
        if let (Some(a), Some(b)) = (rec.start, new_start) {
            for item in &mut rec.items {
                item.explicit_start = item.explicit_start.map(|t| t + (b - a));
            }
        }
        rec.start = new_start;
        rec.end = new_end;
        rec.room = new_room;
        rec.has_link = rec.own_link || new_room.is_some_and(|r| self.model.rooms[r].has_link);
        rec.lay_out();
        self.replace(i, rec);
        Ok(self.findings_for(id))
    }

    /// Adds or replaces a session (after any edit: roles, items, status, participation...) and
    /// returns the findings it is now part of. Register people new to the event with
    /// [`Checker::know_person`] first, or they are named "person ID" with no availability limits.
    pub fn upsert_session(&mut self, session: &Session) -> Vec<Finding> {
        let rec = self.model.session_rec(session);
        if self.people.len() < self.model.people.len() {
            self.people.resize(self.model.people.len(), Vec::new());
        }
        match self.model.session_index.get(&session.id).copied() {
            Some(i) => self.replace(i, rec),
            None => {
                let i = self.model.sessions.len();
                self.model.sessions.push(rec);
                self.model.session_index.insert(session.id, i);
                self.local.push(Vec::new());
                self.pair_keys.push(Vec::new());
                self.index_session(i, true);
                self.recheck(i);
            }
        }
        self.findings_for(session.id)
    }

    /// Removes a deleted session and every finding it was part of.
    ///
    /// # Errors
    /// [`Error::NotFound`] for a session the checker does not hold.
    pub fn remove_session(&mut self, id: SessionId) -> Result<(), Error> {
        let i = self.index_of(id)?;
        let mut rec = self.model.sessions[i].clone();
        rec.active = false;
        rec.lay_out();
        self.replace(i, rec);
        self.model.session_index.remove(&id);
        Ok(())
    }

    /// Marks findings with these fingerprints acknowledged (replacing the previous set).
    pub fn set_acknowledged(&mut self, fingerprints: &[String]) {
        self.acknowledged = fingerprints.iter().cloned().collect();
        let acks = &self.acknowledged;
        for f in self.local.iter_mut().flatten().chain(self.pairs.values_mut()) {
            f.acknowledged = acks.contains(&f.fingerprint);
        }
    }

    /// Every finding, in listing order (by time, untimed last).
    pub fn findings(&self) -> Vec<Finding> {
        let mut all: Vec<Finding> = self
            .local
            .iter()
            .flatten()
            .chain(self.pairs.values())
            .cloned()
            .collect();
        all.sort_unstable_by(listing_order);
        all
    }

    /// Every finding, in listing order, without copying them (the checker is used up).
    pub fn into_findings(self) -> Vec<Finding> {
        let mut all: Vec<Finding> = self
            .local
            .into_iter()
            .flatten()
            .chain(self.pairs.into_values())
            .collect();
        all.sort_unstable_by(listing_order);
        all
    }

    /// How many findings there are, without copying them.
    pub fn len(&self) -> usize {
        self.local.iter().map(Vec::len).sum::<usize>() + self.pairs.len()
    }

    /// Whether there are no findings at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The findings a session is part of, in listing order: the markers of one agenda block.
    pub fn findings_for(&self, id: SessionId) -> Vec<Finding> {
        let Some(&i) = self.model.session_index.get(&id) else {
            return Vec::new();
        };
        let mut out: Vec<Finding> = self.local[i]
            .iter()
            .chain(self.pair_keys[i].iter().filter_map(|k| self.pairs.get(k)))
            .cloned()
            .collect();
        out.sort_unstable_by(listing_order);
        out
    }
}
