//! Slot checks (clashes, availability, room fit) and free-slot search over a Plenary schedule.
