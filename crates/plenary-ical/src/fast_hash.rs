//! A small multiplicative hash for the crate's internal tables: row ids chosen by SQLite
//! (the writer's lookups) and property names (the parser's table of known names). Neither
//! comes from an attacker choosing keys, so SipHash's resistance to that buys nothing here and
//! cost ~5% of an export.

use std::hash::{BuildHasherDefault, Hasher};

const K: u64 = 0x9E37_79B9_7F4A_7C15;

#[derive(Default, Clone, Copy)]
pub(crate) struct FastHasher(u64);

/// `HashMap<K, V, FastHash>` / `HashSet<K, FastHash>`.
pub(crate) type FastHash = BuildHasherDefault<FastHasher>;

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    /// Eight bytes at a time, then the rest one by one.
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn write_i64(&mut self, n: i64) {
        self.0 = (self.0 ^ n as u64).wrapping_mul(K);
    }
}
