//! The plain-text DESCRIPTION that calendar apps show: people, programme, details, tags.

use std::fmt::Write;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use plenary_core::{time, Person, RoleAssignment, SessionData, SessionItem, TermId};

use super::vevent::Place;
use super::{participation_text, ExportOptions, Lookup};

pub(super) fn person_line(out: &mut String, p: &Person, include_private: bool) {
    // push_str rather than write!: this runs for every role of every session.
    out.push_str(&p.data.honorific);
    if !p.data.honorific.is_empty() {
        out.push(' ');
    }
    out.push_str(&p.data.name);
    match (p.data.function.is_empty(), p.data.organisation.is_empty()) {
        (true, true) => {}
        (false, true) | (true, false) => {
            out.push_str(" (");
            out.push_str(&p.data.function);
            out.push_str(&p.data.organisation);
            out.push(')');
        }
        (false, false) => {
            out.push_str(" (");
            out.push_str(&p.data.function);
            out.push_str(", ");
            out.push_str(&p.data.organisation);
            out.push(')');
        }
    }
    if include_private {
        for contact in [&p.data.email, &p.data.phone] {
            if !contact.is_empty() {
                out.push_str(" <");
                out.push_str(contact);
                out.push('>');
            }
        }
    }
}

pub(super) fn describe_roles(
    out: &mut String,
    roles: &[RoleAssignment],
    look: &Lookup<'_>,
    include_private: bool,
    indent: &str,
) {
    for r in roles {
        if let Some(p) = look.people.get(&r.person_id) {
            out.push_str(indent);
            out.push_str(r.role.label());
            out.push_str(": ");
            person_line(out, p, include_private);
            out.push('\n');
        }
    }
}

/// Appends the parts and a newline (push_str rather than `writeln!`: a dozen lines per
/// session).
pub(super) fn line(out: &mut String, parts: &[&str]) {
    for p in parts {
        out.push_str(p);
    }
    out.push('\n');
}

/// Appends the items separated by `sep`, and a newline.
pub(super) fn joined_line<S: AsRef<str>>(out: &mut String, items: &[S], sep: &str) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item.as_ref());
    }
    out.push('\n');
}

pub(super) fn push_hhmm(s: &mut String, t: DateTime<Utc>, zone: Option<Tz>) {
    use chrono::Timelike;
    let local = match zone {
        Some(tz) => time::utc_to_local(tz, t),
        None => t.naive_utc(),
    };
    crate::vtimezone::push2(s, local.hour());
    s.push(':');
    crate::vtimezone::push2(s, local.minute());
    if zone.is_none() {
        s.push_str(" UTC");
    }
}
/// The human-readable DESCRIPTION into `desc` (cleared first): subtitle, description, people,
/// programme, then one line per detail.
pub(super) fn describe_session(
    desc: &mut String,
    d: &SessionData,
    times: &[Option<(DateTime<Utc>, DateTime<Utc>)>],
    place: &Place<'_>,
    look: &Lookup<'_>,
    zone: Option<Tz>,
    options: &ExportOptions,
) {
    let private = options.include_private;
    desc.clear();
    if !d.subtitle.is_empty() {
        desc.push_str(&d.subtitle);
        desc.push_str("\n\n");
    }
    if !d.description.is_empty() {
        desc.push_str(&d.description);
        desc.push_str("\n\n");
    }
    let before_people = desc.len();
    describe_roles(desc, &d.roles, look, private, "");
    if !d.items.is_empty() && !options.items_as_events {
        if desc.len() > before_people {
            desc.push('\n');
        }
        describe_programme(desc, &d.items, times, look, zone, private);
    }
    if desc.len() > before_people {
        desc.push('\n');
    }
    describe_details(desc, d, place, private);
    describe_tags(desc, &d.tags, look);
    for link in &d.links {
        line(desc, &[&link.label, ": ", &link.url]);
    }
    if private && !d.private_notes.is_empty() {
        line(desc, &["Private notes: ", &d.private_notes]);
    }
}

/// "Programme:" and one line per item ("09:00–09:30 Title", its people and description).
pub(super) fn describe_programme(
    desc: &mut String,
    items: &[SessionItem],
    times: &[Option<(DateTime<Utc>, DateTime<Utc>)>],
    look: &Lookup<'_>,
    zone: Option<Tz>,
    private: bool,
) {
    desc.push_str("Programme:\n");
    for (item, t) in items.iter().zip(times) {
        match t {
            Some((a, b)) => {
                push_hhmm(desc, *a, zone);
                desc.push('–');
                push_hhmm(desc, *b, zone);
                desc.push(' ');
                desc.push_str(&item.title);
                desc.push('\n');
            }
            None => {
                let _ = writeln!(desc, "{}", item.title);
            }
        }
        describe_roles(desc, &item.roles, look, private, "  ");
        if !item.description.is_empty() {
            for line in item.description.lines() {
                let _ = writeln!(desc, "  {line}");
            }
        }
    }
}

/// Participation, joining, registration, languages and organisers, one line each.
pub(super) fn describe_details(desc: &mut String, d: &SessionData, place: &Place<'_>, private: bool) {
    line(desc, &["Participation: ", participation_text(d.participation)]);
    if place.online {
        if let Some(url) = place.join {
            line(desc, &["Join online: ", url]);
        }
    }
    if !d.join_instructions.is_empty() {
        line(desc, &["How to join: ", &d.join_instructions]);
    }
    if private && !d.passcode.is_empty() {
        line(desc, &["Passcode: ", &d.passcode]);
    }
    if let Some(url) = &d.registration_url {
        line(desc, &["Registration: ", url]);
    }
    if !d.languages.is_empty() {
        desc.push_str("Languages: ");
        joined_line(desc, &d.languages, ", ");
    }
    if !d.interpretation.is_empty() {
        desc.push_str("Interpretation: ");
        joined_line(desc, &d.interpretation, ", ");
    }
    if !d.organisers.is_empty() {
        desc.push_str("Organised by: ");
        joined_line(desc, &d.organisers, ", ");
    }
}

/// Tags, one line per vocabulary in the order they appear: "Sustainable Development Goals: 9
/// Industry, Innovation and Infrastructure; 17 Partnerships for the Goals".
pub(super) fn describe_tags(desc: &mut String, tags: &[TermId], look: &Lookup<'_>) {
    let mut by_vocab: Vec<(i64, Vec<&str>)> = Vec::new();
    for t in tags.iter().filter_map(|t| look.terms.get(t)) {
        let label = look.tag_labels.get(&t.id).map(String::as_str).unwrap_or(&t.label);
        match by_vocab.iter_mut().find(|(v, _)| *v == t.vocabulary_id) {
            Some((_, labels)) => labels.push(label),
            None => by_vocab.push((t.vocabulary_id, vec![label])),
        }
    }
    for (vocab, labels) in by_vocab {
        let name = look.vocabularies.get(&vocab).map(|v| v.name.as_str()).unwrap_or("Tags");
        desc.push_str(name);
        desc.push_str(": ");
        joined_line(desc, &labels, "; ");
    }
}
