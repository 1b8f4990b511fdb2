//! iCalendar (RFC 5545 / RFC 7986) export and lenient import for Plenary schedules.
