//! The URL scheme: which view the fragment asks for, and what in the URL we do not know.
//!
//! - `#start`, `#inleiding`, … (the step ids from `content/uitleg.toml`): one step of the walk;
//! - `#notitie`: the whole memo as one continuous text;
//! - `#vergelijk`: the comparison of municipalities (its app loads on demand);
//! - no fragment: the first step;
//! - `#inhoud` (the skip link's target): an anchor on the page, keeps the current view;
//! - `?gemeente=GM0141`: the chosen municipality (CBS code), kept across steps;
//! - `&naast=GM0050,GM0184`: up to [`MAX_BESIDE`] more municipalities beside it in the comparison;
//! - `?modus=presentatie` (presenter mode, the slide in `#dia-3`), `?modus=spreker` (the
//!   speaker view), `?modus=print` (the handout): rendered by the on-demand module;
//! - `?embed` (embed mode: no site header and footer; `index.html` reads it before the first
//!   paint) and `&weergave=vergelijk` (only the comparison);
//! - anything else, and any other query parameter: ignored, with a message in Dutch.

use crate::content::STEPS;
use crate::slides::slide_in_fragment;

/// Fragment of the continuous-text view.
pub const FULL_TEXT_ID: &str = "notitie";
/// Fragment of the comparison view.
pub const COMPARE_ID: &str = "vergelijk";
/// Id of `<main>`, the target of the skip link.
pub const MAIN_ID: &str = "inhoud";
/// Query parameter of the chosen municipality.
pub const MUNICIPALITY_PARAM: &str = "gemeente";
/// Query parameter of the municipalities compared beside the chosen one.
pub const BESIDE_PARAM: &str = "naast";
/// Query parameter of embed mode (with or without a value).
pub const EMBED_PARAM: &str = "embed";
/// Query parameter of what an embed shows; its one value is [`COMPARE_ONLY`].
pub const SHOW_PARAM: &str = "weergave";
/// `weergave=vergelijk`: only the comparison.
pub const COMPARE_ONLY: &str = "vergelijk";
/// Query parameter of the mode.
pub const MODE_PARAM: &str = "modus";

/// How the page is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Reading: the walk (no `modus`).
    #[default]
    Reading,
    /// Presenter mode (`presentatie`).
    Presenting,
    /// The speaker view, in a second window (`spreker`).
    Speaker,
    /// The handout: every slide with its notes, for printing (`print`).
    Handout,
}

impl Mode {
    /// The value in `?modus=`, or `None` for reading.
    pub fn value(self) -> Option<&'static str> {
        match self {
            Mode::Reading => None,
            Mode::Presenting => Some("presentatie"),
            Mode::Speaker => Some("spreker"),
            Mode::Handout => Some("print"),
        }
    }
}

/// How many municipalities can stand beside the chosen one.
pub const MAX_BESIDE: usize = 2;
/// How much of an unknown value we echo back on screen.
const ECHO_LIMIT: usize = 60;

/// What the page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// Step `n` (0-based) of [`STEPS`].
    Step(usize),
    /// The whole memo.
    FullText,
    /// The comparison of municipalities.
    Compare,
}

impl Default for View {
    fn default() -> Self {
        View::Step(0)
    }
}

impl View {
    /// The step index, for the walk and the progress navigation.
    pub fn step_index(self) -> Option<usize> {
        match self {
            View::Step(n) => Some(n),
            View::FullText | View::Compare => None,
        }
    }

    /// The fragment id of this view.
    pub fn fragment(self) -> &'static str {
        match self {
            View::Step(n) => STEPS[n].id,
            View::FullText => FULL_TEXT_ID,
            View::Compare => COMPARE_ID,
        }
    }

    /// The step before this one, if any.
    pub fn previous(self) -> Option<View> {
        let n = self.step_index()?;
        n.checked_sub(1).map(View::Step)
    }

    /// The step after this one, if any.
    pub fn next(self) -> Option<View> {
        let n = self.step_index()?;
        (n + 1 < STEPS.len()).then_some(View::Step(n + 1))
    }
}

/// Something in the URL the page did not understand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A fragment that names no view.
    UnknownView(String),
    /// A query parameter the page does not use.
    UnknownParameter(String),
    /// A `gemeente` value that is not a CBS code (`GM` and four digits).
    UnknownMunicipality(String),
}

/// What a location asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    /// The view to show; `None` keeps the current one (an in-page anchor).
    pub view: Option<View>,
    /// The chosen municipality's CBS code, well-formed (whether it exists is for the data).
    pub municipality: Option<String>,
    /// Well-formed codes to compare beside it, at most [`MAX_BESIDE`], without repeats.
    pub beside: Vec<String>,
    /// The mode.
    pub mode: Mode,
    /// Embed mode (`?embed`).
    pub embed: bool,
    /// What was ignored.
    pub problems: Vec<Problem>,
}

/// Parses `location.hash` and `location.search` (each with or without its `#` / `?`).
pub fn parse(hash: &str, search: &str) -> Route {
    let fragment = decode(hash.strip_prefix('#').unwrap_or(hash));
    let mut problems = Vec::new();
    let view = match fragment.as_str() {
        "" => Some(View::Step(0)),
        FULL_TEXT_ID => Some(View::FullText),
        COMPARE_ID => Some(View::Compare),
        // The skip link's target, and a slide of presenter mode: the view stays.
        MAIN_ID => None,
        id if slide_in_fragment(id).is_some() => None,
        id => match STEPS.iter().position(|s| s.id == id) {
            Some(n) => Some(View::Step(n)),
            None => {
                problems.push(Problem::UnknownView(echo(id)));
                Some(View::Step(0))
            }
        },
    };
    let query = search.strip_prefix('?').unwrap_or(search);
    let mut municipality = None;
    let mut beside: Vec<String> = Vec::new();
    let mut mode = Mode::Reading;
    let mut embed = false;
    let mut view = view;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some((MUNICIPALITY_PARAM, value)) => match municipality_code(&decode(value)) {
                Some(code) => municipality = Some(code),
                None => problems.push(Problem::UnknownMunicipality(echo(&decode(value)))),
            },
            Some((BESIDE_PARAM, value)) => {
                for part in decode(value).split(',') {
                    match municipality_code(part) {
                        Some(code) if beside.len() < MAX_BESIDE && !beside.contains(&code) => {
                            beside.push(code)
                        }
                        Some(_) => {}
                        None => problems.push(Problem::UnknownMunicipality(echo(part))),
                    }
                }
            }
            Some((MODE_PARAM, value)) => {
                let value = decode(value);
                match [Mode::Presenting, Mode::Speaker, Mode::Handout]
                    .into_iter()
                    .find(|m| m.value() == Some(value.as_str()))
                {
                    Some(found) => mode = found,
                    None => problems.push(Problem::UnknownParameter(echo(&format!(
                        "{MODE_PARAM}={value}"
                    )))),
                }
            }
            Some((EMBED_PARAM, _)) => embed = true,
            None if pair == EMBED_PARAM => embed = true,
            Some((SHOW_PARAM, value)) if decode(value) == COMPARE_ONLY => {
                view = Some(View::Compare)
            }
            Some((name, _)) if !name.is_empty() => {
                problems.push(Problem::UnknownParameter(echo(&decode(name))))
            }
            _ => problems.push(Problem::UnknownParameter(echo(&decode(pair)))),
        }
    }
    Route {
        view,
        municipality,
        beside,
        mode,
        embed,
        problems,
    }
}

/// A CBS municipality code as typed in a link: `GM0141`, also `gm0141`; anything else is `None`.
pub fn municipality_code(value: &str) -> Option<String> {
    let value = value.trim();
    let digits = value.get(2..)?;
    let well_formed = value.len() == 6
        && value[..2].eq_ignore_ascii_case("GM")
        && digits.bytes().all(|b| b.is_ascii_digit());
    well_formed.then(|| format!("GM{digits}"))
}

/// Percent-decoding for display; invalid sequences are kept as they are.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// An unknown value as it may be shown: control characters dropped, length capped.
fn echo(text: &str) -> String {
    let clean: String = text.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > ECHO_LIMIT {
        clean.chars().take(ECHO_LIMIT).chain(['…']).collect()
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_id_round_trips() {
        for (n, step) in STEPS.iter().enumerate() {
            let route = parse(&format!("#{}", step.id), "");
            assert_eq!(route.view, Some(View::Step(n)));
            assert!(route.problems.is_empty());
            assert_eq!(View::Step(n).fragment(), step.id);
        }
    }

    #[test]
    fn the_walk_has_the_six_fragments_of_the_memo() {
        let ids: Vec<_> = STEPS.iter().map(|s| s.id).collect();
        assert_eq!(
            ids,
            [
                "start",
                "inleiding",
                "goede-start",
                "ruimte-voor-verbetering",
                "ons-aanbod",
                "tot-slot"
            ]
        );
    }

    #[test]
    fn empty_location_is_the_first_step() {
        assert_eq!(parse("", "").view, Some(View::Step(0)));
        assert_eq!(parse("#", "?").view, Some(View::Step(0)));
        assert_eq!(View::Step(0).fragment(), "start");
    }

    #[test]
    fn full_text_has_its_own_fragment_and_no_neighbours() {
        assert_eq!(parse("#notitie", "").view, Some(View::FullText));
        assert_eq!(View::FullText.next(), None);
        assert_eq!(View::FullText.previous(), None);
        assert_eq!(parse("#vergelijk", "").view, Some(View::Compare));
        assert_eq!(View::Compare.fragment(), "vergelijk");
    }

    #[test]
    fn skip_link_target_keeps_the_current_view() {
        assert_eq!(
            parse("#inhoud", ""),
            Route {
                view: None,
                municipality: None,
                beside: vec![],
                mode: Mode::Reading,
                embed: false,
                problems: vec![]
            }
        );
    }

    #[test]
    fn previous_and_next_stop_at_the_ends() {
        assert_eq!(View::Step(0).previous(), None);
        assert_eq!(View::Step(0).next(), Some(View::Step(1)));
        let last = View::Step(STEPS.len() - 1);
        assert_eq!(last.next(), None);
        assert_eq!(last.previous(), Some(View::Step(STEPS.len() - 2)));
    }

    #[test]
    fn unknown_fragment_falls_back_with_a_problem() {
        let route = parse("#bestaat-niet", "");
        assert_eq!(route.view, Some(View::Step(0)));
        assert_eq!(
            route.problems,
            vec![Problem::UnknownView("bestaat-niet".into())]
        );
    }

    #[test]
    fn unknown_parameters_are_reported_by_name() {
        let route = parse("#inleiding", "?foo=1&bar&=x");
        assert_eq!(route.view, Some(View::Step(1)));
        assert_eq!(
            route.problems,
            vec![
                Problem::UnknownParameter("foo".into()),
                Problem::UnknownParameter("bar".into()),
                Problem::UnknownParameter("=x".into())
            ]
        );
    }

    #[test]
    fn the_municipality_parameter_is_kept_when_well_formed() {
        let route = parse("#inleiding", "?gemeente=GM0141");
        assert_eq!(
            (route.view, route.municipality.as_deref()),
            (Some(View::Step(1)), Some("GM0141"))
        );
        assert!(route.problems.is_empty());
        assert_eq!(
            parse("", "?gemeente=gm0014").municipality.as_deref(),
            Some("GM0014")
        );
        for bad in ["Amsterdam", "GM14", "GM00141", "GMabcd", ""] {
            let route = parse("", &format!("?gemeente={bad}"));
            assert_eq!(route.municipality, None, "{bad}");
            assert_eq!(
                route.problems,
                vec![Problem::UnknownMunicipality(bad.into())]
            );
        }
    }

    #[test]
    fn embed_and_the_comparison_alone() {
        let route = parse("#inleiding", "?embed");
        assert!(route.embed && route.problems.is_empty());
        assert_eq!(route.view, Some(View::Step(1)));
        let only = parse("", "?embed=1&weergave=vergelijk&gemeente=GM0050");
        assert!(only.embed && only.problems.is_empty());
        assert_eq!(only.view, Some(View::Compare));
        assert_eq!(
            parse("", "?weergave=alles").problems,
            vec![Problem::UnknownParameter("weergave".into())]
        );
    }

    #[test]
    fn modes_and_slides_are_known_and_the_rest_is_reported() {
        let route = parse("#dia-4", "?modus=presentatie&gemeente=GM0050");
        assert_eq!((route.view, route.mode), (None, Mode::Presenting));
        assert!(route.problems.is_empty());
        assert_eq!(parse("", "?modus=spreker").mode, Mode::Speaker);
        assert_eq!(parse("", "?modus=print").mode, Mode::Handout);
        let odd = parse("", "?modus=%3Cscript%3E");
        assert_eq!(odd.mode, Mode::Reading);
        assert_eq!(
            odd.problems,
            vec![Problem::UnknownParameter("modus=<script>".into())]
        );
    }

    #[test]
    fn municipalities_beside_are_capped_deduplicated_and_checked() {
        let route = parse(
            "#vergelijk",
            "?gemeente=GM0141&naast=GM0050,gm0184,GM0050,GM0303",
        );
        assert_eq!(route.beside, vec!["GM0050".to_owned(), "GM0184".to_owned()]);
        assert!(route.problems.is_empty());
        let route = parse("", "?naast=GM0050,Urk");
        assert_eq!(route.beside, vec!["GM0050".to_owned()]);
        assert_eq!(
            route.problems,
            vec![Problem::UnknownMunicipality("Urk".into())]
        );
    }

    #[test]
    fn echoed_values_are_decoded_cleaned_and_capped() {
        let route = parse("#caf%C3%A9%0A%3Cb%3E", "");
        assert_eq!(route.problems, vec![Problem::UnknownView("café<b>".into())]);
        let long = "x".repeat(100);
        match &parse(&format!("#{long}"), "").problems[0] {
            Problem::UnknownView(v) => assert_eq!(v.chars().count(), ECHO_LIMIT + 1),
            other => panic!("unexpected {other:?}"),
        }
        // Broken escapes are shown as typed, not dropped.
        assert_eq!(
            parse("#%zz%4", "").problems,
            vec![Problem::UnknownView("%zz%4".into())]
        );
    }

    /// Property tests (native only: proptest is not built for wasm32).
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;

        proptest::proptest! {
            #[test]
            fn any_location_parses_without_panic(hash in "\\PC{0,80}", search in "\\PC{0,80}") {
                let route = parse(&hash, &search);
                if let Some(code) = route.municipality {
                    proptest::prop_assert!(municipality_code(&code) == Some(code.clone()));
                }
            }

            #[test]
            fn hostile_queries_are_echoed_short_and_without_control_characters(
                name in "(gemeente|naast|modus|weergave|embed|[a-z%<>\"']{1,12})",
                value in "(%[0-9A-Fa-f]{0,2}|[\\PC<>&=#%]){0,300}",
                repeat in 1usize..4,
            ) {
                let pair = format!("{name}={value}");
                let search = vec![pair; repeat].join("&");
                let route = parse(&format!("#{value}"), &search);
                proptest::prop_assert!(route.beside.len() <= MAX_BESIDE);
                for problem in &route.problems {
                    let (Problem::UnknownView(text)
                    | Problem::UnknownParameter(text)
                    | Problem::UnknownMunicipality(text)) = problem;
                    proptest::prop_assert!(text.chars().count() <= ECHO_LIMIT + 1);
                    proptest::prop_assert!(!text.chars().any(char::is_control));
                }
            }

            #[test]
            fn every_well_formed_code_round_trips(n in 0u32..10_000) {
                let code = format!("GM{n:04}");
                let route = parse("#tot-slot", &format!("?gemeente={code}"));
                proptest::prop_assert_eq!(route.municipality, Some(code));
                proptest::prop_assert!(route.problems.is_empty());
            }
        }
    }
}
