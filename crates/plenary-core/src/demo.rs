//! The demo programme a new user sees, built from real public documents (the seeds named below):
//! facts only, no invented speakers. Room names the documents do not give are described as
//! such ("Main conference room") rather than made up.

use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;

use crate::error::Result;
use crate::model::*;
use crate::store::Tx;
use crate::time::{self, Fold};

/// Slugs of the demo events, so callers can tell whether the demo is loaded.
pub const DEMO_SLUGS: [&str; 3] = ["ospos-for-good-2023", "wsis-forum-2026", "un-open-source-week-2026"];

/// Loads the demo events that are not in the store yet; returns how many were added.
pub fn load(tx: &Tx<'_>) -> Result<usize> {
    let mut added = 0;
    let present: Vec<String> = tx.read().events()?.into_iter().map(|e| e.slug).collect();
    if !present.iter().any(|s| s == DEMO_SLUGS[0]) {
        ospos_for_good(tx)?;
        added += 1;
    }
    if !present.iter().any(|s| s == DEMO_SLUGS[1]) {
        wsis_session_231(tx)?;
        added += 1;
    }
    if !present.iter().any(|s| s == DEMO_SLUGS[2]) {
        open_source_week(tx)?;
        added += 1;
    }
    Ok(added)
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("demo dates are valid")
}

fn at(tz: Tz, day: NaiveDate, hh: u32, mm: u32) -> Result<chrono::DateTime<chrono::Utc>> {
    let local = day.and_time(NaiveTime::from_hms_opt(hh, mm, 0).expect("demo times are valid"));
    time::local_to_utc(tz, local, Fold::Earlier, "session", "start")
}

fn link(label: &str, url: &str) -> Link {
    Link {
        label: label.into(),
        url: url.into(),
    }
}

fn person(tx: &Tx<'_>, honorific: &str, name: &str, function: &str, organisation: &str) -> Result<PersonId> {
    Ok(tx
        .create_person(&PersonData {
            honorific: honorific.into(),
            name: name.into(),
            function: function.into(),
            organisation: organisation.into(),
            ..Default::default()
        })?
        .id)
}

fn ospos_for_good(tx: &Tx<'_>) -> Result<()> {
    let tz = chrono_tz::America::New_York;
    let day = date(2023, 6, 21);
    let event = tx.create_event(&EventData {
        slug: DEMO_SLUGS[0].into(),
        title: "OSPOs for Good".into(),
        tagline: "Building & Designing Cooperative Digital Infrastructure".into(),
        description: "An action symposium that fosters collaboration among government, academia and industry \
            through a novel cooperative infrastructure: connecting Open Source Program Offices (OSPOs) for Good to \
            address societal challenges and create positive social, environmental and humanitarian impact. \
            Through panel discussions, talks, workshops and networking sessions, the event promotes the concept of \
            OSPOs for Good, explores infrastructure opportunities and scales up initiatives."
            .into(),
        organisers: vec![
            "United Nations Office of Information and Communications Technology".into(),
            "OSPO++".into(),
            "OpenForum Europe".into(),
            "United Nations Office of the Secretary-General's Envoy on Technology".into(),
        ],
        timezone: tz.name().into(),
        start_date: day,
        end_date: day,
        day_change: Default::default(),
        links: vec![],
    })?;
    let venue = tx.create_venue(
        event.id,
        &VenueData {
            name: "UN Headquarters".into(),
            address: "405 East 42nd Street, New York, NY 10017, United States".into(),
            latitude: Some(40.7489),
            longitude: Some(-73.9680),
        },
    )?;
    let main = tx.create_room(
        event.id,
        &RoomData {
            name: "Main conference room".into(),
            venue_id: Some(venue.id),
            position: 0,
            ..Default::default()
        },
    )?;
    let lounge = tx.create_room(
        event.id,
        &RoomData {
            name: "UN Delegates Lounge".into(),
            venue_id: Some(venue.id),
            position: 1,
            ..Default::default()
        },
    )?;
    let mc = person(tx, "", "Paula Grzegorzewska", "Master of Ceremonies", "")?;
    let gill = person(
        tx,
        "Mr.",
        "Amandeep Singh Gill",
        "UN Secretary-General Technology Envoy",
        "United Nations",
    )?;
    let mariano = person(tx, "Mr.", "Bernardo Mariano Jr", "", "UN OICT")?;

    let slots: [(u32, u32, u32, u32, &str, SessionKind, RoomId); 12] = [
        (
            9,
            30,
            10,
            30,
            "Arrival, Check-In & Networking",
            SessionKind::Networking,
            main.id,
        ),
        (
            10,
            30,
            11,
            0,
            "Opening Segment and Keynotes from Organizers",
            SessionKind::Ceremony,
            main.id,
        ),
        (
            11,
            0,
            11,
            30,
            "Panel 1: The Roles of OSPOs in Government Networks",
            SessionKind::Panel,
            main.id,
        ),
        (
            11,
            30,
            12,
            0,
            "Panel 2: Open for Good: Showcasing OSPOs' Plans and Actions for Community Impact",
            SessionKind::Panel,
            main.id,
        ),
        (
            12,
            0,
            12,
            15,
            "Presentation - French Government Open Source community - \"Les Blue Hats Global\"",
            SessionKind::Presentation,
            main.id,
        ),
        (12, 15, 12, 45, "Networking Session", SessionKind::Networking, main.id),
        (
            12,
            45,
            13,
            45,
            "Lunch & Networking - UN Tour",
            SessionKind::Meal,
            main.id,
        ),
        (
            13,
            45,
            14,
            15,
            "Panel 3: Cross-border Collaboration in Open Source Digital Infrastructure: a Baltimore Gateway",
            SessionKind::Panel,
            main.id,
        ),
        (
            14,
            15,
            14,
            45,
            "Panel 4: Open source as a key enabler for Sustainable Development Goals",
            SessionKind::Panel,
            main.id,
        ),
        (
            14,
            45,
            16,
            0,
            "Plenary Interactive Session: Scaling together",
            SessionKind::Plenary,
            main.id,
        ),
        (16, 0, 16, 30, "Wrap-up & Next Steps", SessionKind::Plenary, main.id),
        (
            16,
            30,
            19,
            0,
            "Social @ UN Delegates Lounge",
            SessionKind::Social,
            lounge.id,
        ),
    ];
    for (i, (h1, m1, h2, m2, title, kind, room)) in slots.into_iter().enumerate() {
        let mut data = SessionData {
            code: format!("{}", i + 1),
            title: title.into(),
            kind,
            start: Some(at(tz, day, h1, m1)?),
            end: Some(at(tz, day, h2, m2)?),
            room_id: Some(room),
            status: SessionStatus::Confirmed,
            ..Default::default()
        };
        if kind == SessionKind::Ceremony {
            data.roles = vec![RoleAssignment {
                person_id: mc,
                role: Role::MasterOfCeremonies,
            }];
            data.items = vec![
                SessionItem {
                    title: "UN Secretary-General Technology Envoy".into(),
                    roles: vec![RoleAssignment {
                        person_id: gill,
                        role: Role::KeynoteSpeaker,
                    }],
                    ..Default::default()
                },
                SessionItem {
                    title: "UN OICT".into(),
                    roles: vec![RoleAssignment {
                        person_id: mariano,
                        role: Role::KeynoteSpeaker,
                    }],
                    ..Default::default()
                },
                SessionItem {
                    title: "OSPO++ & Open Forum Europe: \"OSPO for Good\"".into(),
                    ..Default::default()
                },
            ];
        }
        tx.create_session(event.id, &data)?;
    }
    Ok(())
}

const SESSION_231_DESCRIPTION: &str = "This session will explore how open source and AI can jointly serve as practical enablers of sustainable development across sectors through open digital infrastructure, interoperable data systems, high-quality and shareable datasets, and collaborative innovation models. As countries and communities seek inclusive pathways for digital transformation, open technologies offer opportunities to lower barriers to access, strengthen local capacity, reduce fragmentation, and promote more trusted, resilient, and scalable digital ecosystems.

The discussion is grounded in the growing importance of open source software, open standards, open data, and digital public goods in addressing global development challenges. Open and collaborative approaches are increasingly shaping digital public infrastructure, industrial modernization, health systems, education platforms, climate-related innovation, and AI readiness. At the same time, they raise important questions about governance, interoperability, safety, and the roles of different stakeholders in ensuring that innovation remains inclusive and aligned with public value.

The session will highlight practical examples and successful projects relevant to this agenda, including open source communities and industrial digital transformation initiatives, open and interoperable data systems, and cross-sector use cases where open source AI and data collaboration have helped create real-world impact. Industry will be discussed as one important application domain, alongside health, education, transportation, climate action, and digital public infrastructure. The session will also consider how open source ecosystems can complement international standards and support more inclusive models of innovation and capacity building, especially for developing countries.

Looking toward WSIS beyond 2015 and toward 2025, the session aims to contribute to ongoing discussions around the WSIS+20 review, the Sustainable Development Goals (SDGs), and the Global Digital Compact. It will bring together representatives from academia, international organizations, industry, and global open source communities to discuss how multistakeholder cooperation can help translate policy principles into practical implementation pathways. The session is designed as a moderated panel with short interventions, case-sharing contributions, and interactive dialogue, with the goal of advancing actionable ideas, stronger partnerships, and a shared vision for open, inclusive, and development-oriented digital futures.";

const SESSION_231_TOPICS: [&str; 20] = [
    "Artificial Intelligence",
    "Big Data",
    "Capacity Building",
    "Cloud Computing",
    "Cultural Diversity",
    "Cybersecurity",
    "Digital Economy",
    "Digital Inclusion",
    "Digital Skills",
    "Digital Transformation",
    "Education",
    "Emerging Technologies",
    "Environment",
    "Ethics",
    "Health",
    "Human Rights",
    "Infrastructure",
    "Machine Learning",
    "Smart Cities",
    "WSIS+20 Review",
];

fn wsis_session_231(tx: &Tx<'_>) -> Result<()> {
    let tz = chrono_tz::Europe::Zurich; // Geneva keeps Zurich's rules in the IANA database.
    let day = date(2026, 7, 10);
    let event = tx.create_event(&EventData {
        slug: DEMO_SLUGS[1].into(),
        title: "WSIS Forum 2026".into(),
        tagline: "World Summit on the Information Society Forum".into(),
        description: String::new(),
        organisers: vec![],
        timezone: tz.name().into(),
        start_date: day,
        end_date: day,
        day_change: Default::default(),
        links: vec![],
    })?;
    let venue = tx.create_venue(
        event.id,
        &VenueData {
            name: "Palexpo".into(),
            address: "Route François-Peyrot 30, 1218 Le Grand-Saconnex, Geneva, Switzerland".into(),
            latitude: Some(46.2359),
            longitude: Some(6.1186),
        },
    )?;
    let room_k = tx.create_room(
        event.id,
        &RoomData {
            name: "Room K".into(),
            venue_id: Some(venue.id),
            // The listing offers virtual (remote) participation in this room, so it streams.
            can_stream: true,
            ..Default::default()
        },
    )?;
    let mut tags = Vec::new();
    for topic in SESSION_231_TOPICS {
        let code = crate::store::slugify(topic);
        let term = tx.ensure_term("topics", "Topics", &code, topic)?;
        tags.push(term.id);
    }
    for code in [
        "C1",
        "C2",
        "C3",
        "C4",
        "C6",
        "C7.e-government",
        "C7.e-business",
        "C7.e-learning",
        "C7.e-health",
        "C7.e-employment",
        "C7.e-environment",
        "C7.e-agriculture",
        "C7.e-science",
        "C10",
        "C11",
    ] {
        tags.push(tx.read().find_term(&format!("wsis:{code}"))?.id);
    }
    for goal in ["3", "4", "8", "9", "10", "13", "17"] {
        tags.push(tx.read().find_term(&format!("sdg:{goal}"))?.id);
    }
    for objective in ["1", "2", "3", "4", "5"] {
        tags.push(tx.read().find_term(&format!("gdc:{objective}"))?.id);
    }
    tx.create_session(
        event.id,
        &SessionData {
            code: "231".into(),
            title: "Open Source and AI for Sustainable Development: Digital Infrastructure, Open Data, and Multistakeholder Cooperation".into(),
            subtitle: "Empowering industries and societies through open technologies, trusted data, and inclusive innovation".into(),
            kind: SessionKind::InteractiveSession,
            start: Some(at(tz, day, 9, 0)?),
            end: Some(at(tz, day, 9, 45)?),
            room_id: Some(room_k.id),
            participation: Participation::Hybrid,
            description: SESSION_231_DESCRIPTION.into(),
            status: SessionStatus::Confirmed,
            organisers: vec![
                "CAST UN Consultative Committee on Open Source Innovation (CCOSI)".into(),
                "Open Source Technology Committee, China Institute of Communications".into(),
            ],
            links: vec![
                link("China Association for Science and Technology (CAST) homepage", "https://english.cast.org.cn/index.html"),
                link("China Institute of Communications (CIC) homepage", "https://www.china-cic.cn/web/home/index"),
                link("Apache Software Foundation homepage", "https://www.apache.org/"),
                link("Apache IoTDB homepage", "https://iotdb.apache.org/"),
                link("Apache IoTDB LinkedIn", "https://www.linkedin.com/company/apache-iotdb/"),
                link("Timecho LinkedIn", "https://www.linkedin.com/company/timecho/"),
            ],
            tags,
            ..Default::default()
        },
    )?;
    Ok(())
}

fn open_source_week(tx: &Tx<'_>) -> Result<()> {
    let tz = chrono_tz::America::New_York;
    let event = tx.create_event(&EventData {
        slug: DEMO_SLUGS[2].into(),
        title: "UN Open Source Week 2026".into(),
        tagline: "Bridging policy and practice".into(),
        description: "Member States, technical experts and civil society explore how open-source collaboration can \
            accelerate the Sustainable Development Goals and fulfil the vision of the Global Digital Compact."
            .into(),
        organisers: vec![
            "UN Office for Digital and Emerging Technologies (ODET)".into(),
            "UN Office of Information and Communications Technology (OICT)".into(),
        ],
        timezone: tz.name().into(),
        start_date: date(2026, 6, 22),
        end_date: date(2026, 6, 26),
        day_change: Default::default(),
        links: vec![],
    })?;
    tx.create_venue(
        event.id,
        &VenueData {
            name: "UN Headquarters".into(),
            address: "405 East 42nd Street, New York, NY 10017, United States".into(),
            latitude: Some(40.7489),
            longitude: Some(-73.9680),
        },
    )?;
    let dpi_day = tx.ensure_term("themed-days", "Themed days", "dpi-day", "DPI Day")?;
    let gdc1 = tx.read().find_term("gdc:1")?.id;
    // The published highlights name these discussions but not their times or rooms: they wait
    // in the unscheduled tray until the organiser places them.
    tx.create_session(
        event.id,
        &SessionData {
            title: "DPI Day: From Commitment to Implementation".into(),
            kind: SessionKind::Panel,
            description: "Wednesday's DPI Day focuses on the \"how\" of digital transformation: moving Digital Public \
                Infrastructure beyond fragmented pilot programmes toward sovereign, scalable and interoperable \
                systems, with trust and built-in safeguards."
                .into(),
            tags: vec![dpi_day.id, gdc1],
            ..Default::default()
        },
    )?;
    tx.create_session(
        event.id,
        &SessionData {
            title: "Member State showcase: the Tanzania Technology Stack".into(),
            kind: SessionKind::Presentation,
            description: "Tanzania's delegation on its Digital Economy Strategy Framework (2024–2034) and a \
                \"Tanzania Technology Stack\" built from open-source components."
                .into(),
            tags: vec![dpi_day.id],
            ..Default::default()
        },
    )?;
    tx.create_session(
        event.id,
        &SessionData {
            title: "Multi-stakeholder panel: closing the ambition-financing gap".into(),
            kind: SessionKind::Panel,
            description: "Philanthropic and development support, sustainable ecosystems, and safeguards by design."
                .into(),
            ..Default::default()
        },
    )?;
    Ok(())
}
