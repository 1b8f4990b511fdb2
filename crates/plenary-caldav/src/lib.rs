//! CalDAV publishing (being written).
