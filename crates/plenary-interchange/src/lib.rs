//! Schedule interchange: frab schedule XML/JSON, CSV spreadsheets, and portable event files.
