//! The built-in vocabularies: SDGs, WSIS Action Lines and Global Digital Compact objectives.
//! Facts from ../shared/domain.md and the WSIS Forum session listing.

/// (key, name, description, terms as (code, label, parent code))
pub struct BuiltinVocabulary {
    pub key: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    pub terms: &'static [(&'static str, &'static str, Option<&'static str>)],
}

pub const SDG: BuiltinVocabulary = BuiltinVocabulary {
    key: "sdg",
    name: "Sustainable Development Goals",
    description: "The 17 goals of the UN 2030 Agenda for Sustainable Development.",
    terms: &[
        ("1", "No Poverty", None),
        ("2", "Zero Hunger", None),
        ("3", "Good Health and Well-being", None),
        ("4", "Quality Education", None),
        ("5", "Gender Equality", None),
        ("6", "Clean Water and Sanitation", None),
        ("7", "Affordable and Clean Energy", None),
        ("8", "Decent Work and Economic Growth", None),
        ("9", "Industry, Innovation and Infrastructure", None),
        ("10", "Reduced Inequalities", None),
        ("11", "Sustainable Cities and Communities", None),
        ("12", "Responsible Consumption and Production", None),
        ("13", "Climate Action", None),
        ("14", "Life Below Water", None),
        ("15", "Life on Land", None),
        ("16", "Peace, Justice and Strong Institutions", None),
        ("17", "Partnerships for the Goals", None),
    ],
};

pub const WSIS: BuiltinVocabulary = BuiltinVocabulary {
    key: "wsis",
    name: "WSIS Action Lines",
    description: "The action lines of the World Summit on the Information Society; C7 has eight sub-lines.",
    terms: &[
        (
            "C1",
            "The role of public governance authorities and all stakeholders in the promotion of ICTs for development",
            None,
        ),
        ("C2", "Information and communication infrastructure", None),
        ("C3", "Access to information and knowledge", None),
        ("C4", "Capacity building", None),
        ("C5", "Building confidence and security in the use of ICTs", None),
        ("C6", "Enabling environment", None),
        ("C7", "ICT applications", None),
        ("C7.e-government", "E-government", Some("C7")),
        ("C7.e-business", "E-business", Some("C7")),
        ("C7.e-learning", "E-learning", Some("C7")),
        ("C7.e-health", "E-health", Some("C7")),
        ("C7.e-employment", "E-employment", Some("C7")),
        ("C7.e-environment", "E-environment", Some("C7")),
        ("C7.e-agriculture", "E-agriculture", Some("C7")),
        ("C7.e-science", "E-science", Some("C7")),
        (
            "C8",
            "Cultural diversity and identity, linguistic diversity and local content",
            None,
        ),
        ("C9", "Media", None),
        ("C10", "Ethical dimensions of the Information Society", None),
        ("C11", "International and regional cooperation", None),
    ],
};

pub const GDC: BuiltinVocabulary = BuiltinVocabulary {
    key: "gdc",
    name: "Global Digital Compact objectives",
    description: "The five objectives of the Global Digital Compact (A/RES/79/1).",
    terms: &[
        ("1", "Close all digital divides and accelerate progress across the Sustainable Development Goals", None),
        ("2", "Expand inclusion in and benefits from the digital economy for all", None),
        ("3", "Foster an inclusive, open, safe and secure digital space that respects, protects and promotes human rights", None),
        ("4", "Advance responsible, equitable and interoperable data governance approaches", None),
        ("5", "Enhance international governance of artificial intelligence for the benefit of humanity", None),
    ],
};

pub const BUILTIN: [&BuiltinVocabulary; 3] = [&SDG, &WSIS, &GDC];
