//! The URL scheme: which view the fragment asks for, and what in the URL we do not know.
//!
//! - `#start`, `#inleiding`, … (the step ids from `content/uitleg.toml`): one step of the walk;
//! - `#inleiding-zin-2`: sentence 2 of the memo's text in that step ([`Sentence`]), marked,
//!   with its section open;
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

use crate::content::STEP_HEADS;
use crate::slides::{slide_fragment, slide_in_fragment};

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
/// Query parameter of a presentation's planned length in minutes (`&duur=5`), for the
/// speaker view's timer.
pub const DURATION_PARAM: &str = "duur";
/// The longest planned presentation, in minutes.
pub const MAX_MINUTES: usize = 600;

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
    /// The pre-flight check before presenting (`controle`).
    Check,
}

impl Mode {
    /// The value in `?modus=`, or `None` for reading.
    pub fn value(self) -> Option<&'static str> {
        match self {
            Mode::Reading => None,
            Mode::Presenting => Some("presentatie"),
            Mode::Speaker => Some("spreker"),
            Mode::Handout => Some("print"),
            Mode::Check => Some("controle"),
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
    /// Step `n` (0-based) of [`STEP_HEADS`].
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
            View::Step(n) => STEP_HEADS[n].id,
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
        (n + 1 < STEP_HEADS.len()).then_some(View::Step(n + 1))
    }
}

/// A sentence of the memo, in the step that presents its part: `#inleiding-zin-2` is the
/// second sentence of "Inleiding" (counted with `crate::sentences`, from 1). The same
/// anchor in every build, as long as the memo's text is the same (`tests/content.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Index into [`STEP_HEADS`].
    pub step: usize,
    /// Its number in the step's text, from 1.
    pub n: usize,
}

/// Between a step's id and a sentence's number in its anchor.
const SENTENCE_INFIX: &str = "-zin-";

impl Sentence {
    /// The sentence's anchor: the id of its element, and its fragment without `#`.
    pub fn id(self) -> String {
        format!("{}{SENTENCE_INFIX}{}", STEP_HEADS[self.step].id, self.n)
    }

    /// Every sentence with an anchor, in page order.
    pub fn all() -> impl Iterator<Item = Sentence> {
        STEP_HEADS
            .iter()
            .enumerate()
            .flat_map(|(step, s)| (1..=s.sentences).map(move |n| Sentence { step, n }))
    }

    /// The sentence `id` names, if it exists: a step with the memo's text, and a number
    /// without leading zeros within its count.
    fn parse(id: &str) -> Option<Sentence> {
        // Prefixes rather than a search for the infix, and the digits by hand: both far
        // smaller in the explainer's WebAssembly than `split_once` and `parse`.
        let (step, digits) = STEP_HEADS.iter().enumerate().find_map(|(step, s)| {
            let rest = id.strip_prefix(s.id)?.strip_prefix(SENTENCE_INFIX)?;
            Some((step, rest.as_bytes()))
        })?;
        let n = number(digits)?;
        (n <= STEP_HEADS[step].sentences).then_some(Sentence { step, n })
    }
}

/// A number of one to three digits without a leading zero (by hand: far smaller in the
/// explainer's WebAssembly than `parse`).
fn number(digits: &[u8]) -> Option<usize> {
    if digits.is_empty() || digits.len() > 3 || digits[0] == b'0' {
        return None;
    }
    let mut n = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        n = n * 10 + usize::from(d - b'0');
    }
    Some(n)
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
    /// Codes in `naast` beyond the [`MAX_BESIDE`] that fit beside the chosen one, left out.
    TooManyBeside(String),
}

/// What the fragment names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Fragment {
    /// No fragment (or one the page does not know): the first step.
    #[default]
    Empty,
    /// A view: a step, the whole memo or the comparison.
    View(View),
    /// A slide of presenter mode, 0-based (`#dia-3` is slide 2).
    Slide(usize),
    /// A sentence of the memo, in its step.
    Sentence(Sentence),
    /// `#inhoud`, the skip link's target: an anchor on the page, the view stays.
    Main,
}

impl Fragment {
    /// The fragment with its `#`, or nothing for [`Fragment::Empty`].
    pub fn format(self) -> String {
        match self {
            Fragment::Empty => String::new(),
            Fragment::View(view) => format!("#{}", view.fragment()),
            Fragment::Slide(n) => slide_fragment(n),
            Fragment::Sentence(sentence) => format!("#{}", sentence.id()),
            Fragment::Main => format!("#{MAIN_ID}"),
        }
    }
}

/// What a location asks for. [`parse`] reads it from the URL, [`Route::format`] writes it
/// back; the two are each other's inverse for every route without problems.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Route {
    /// What the fragment names.
    pub fragment: Fragment,
    /// The chosen municipality's CBS code, well-formed (whether it exists is for the data).
    pub municipality: Option<String>,
    /// Well-formed codes to compare beside it, at most [`MAX_BESIDE`], without repeats.
    pub beside: Vec<String>,
    /// The mode.
    pub mode: Mode,
    /// The presentation's planned length in minutes (`&duur=5`, 1 to [`MAX_MINUTES`]).
    pub minutes: Option<usize>,
    /// Embed mode (`?embed`).
    pub embed: bool,
    /// Only the comparison (`&weergave=vergelijk`, for embedding).
    pub compare_only: bool,
    /// What was ignored (never formatted back into a URL).
    pub problems: Vec<Problem>,
}

impl Route {
    /// The view to show; `None` keeps the current one (an in-page anchor, a slide).
    pub fn view(&self) -> Option<View> {
        if self.compare_only {
            return Some(View::Compare);
        }
        match self.fragment {
            Fragment::Empty => Some(View::Step(0)),
            Fragment::View(view) => Some(view),
            Fragment::Sentence(sentence) => Some(View::Step(sentence.step)),
            Fragment::Slide(_) | Fragment::Main => None,
        }
    }

    /// The sentence in the fragment, if any.
    pub fn sentence(&self) -> Option<Sentence> {
        match self.fragment {
            Fragment::Sentence(sentence) if !self.compare_only => Some(sentence),
            _ => None,
        }
    }

    /// The slide in the fragment (0-based), if any.
    pub fn slide(&self) -> Option<usize> {
        match self.fragment {
            Fragment::Slide(n) => Some(n),
            _ => None,
        }
    }

    /// Whether the page shows the comparison (`#vergelijk`, or the comparison alone).
    pub fn shows_comparison(&self) -> bool {
        self.view() == Some(View::Compare)
    }

    /// Whether this location needs the on-demand module: reading, the comparison or a
    /// municipality (its line in every step).
    pub fn needs_module(&self) -> bool {
        self.mode == Mode::Reading && (self.shows_comparison() || self.municipality.is_some())
    }

    /// Whether this location needs the presenter module: any mode other than reading.
    pub fn needs_presenter(&self) -> bool {
        self.mode != Mode::Reading
    }

    /// The same route at another view.
    pub fn at(&self, view: View) -> Route {
        Route {
            fragment: Fragment::View(view),
            problems: Vec::new(),
            ..self.clone()
        }
    }

    /// The same route at slide `n` of presenter mode.
    pub fn at_slide(&self, n: usize) -> Route {
        Route {
            fragment: Fragment::Slide(n),
            problems: Vec::new(),
            ..self.clone()
        }
    }

    /// The same route in another mode.
    pub fn in_mode(&self, mode: Mode) -> Route {
        Route {
            mode,
            problems: Vec::new(),
            ..self.clone()
        }
    }

    /// The same route in `mode`, from its start (no fragment): the first slide, or the
    /// pre-flight check.
    pub fn opening(&self, mode: Mode) -> Route {
        Route {
            fragment: Fragment::Empty,
            ..self.in_mode(mode)
        }
    }

    /// Where a member of the audience follows step `step` of a presentation: reading, with
    /// the same municipalities, at the step (the first step: the page itself, no fragment).
    pub fn for_reader(&self, step: usize) -> Route {
        Route {
            fragment: match step {
                0 => Fragment::Empty,
                n => Fragment::View(View::Step(n)),
            },
            mode: Mode::Reading,
            minutes: None,
            embed: false,
            compare_only: false,
            problems: Vec::new(),
            ..self.clone()
        }
    }

    /// The full page for this location: the same view and municipalities, without embed
    /// mode (the comparison alone becomes the comparison view). An embed's link to the full
    /// page, and the link "Delen" shares.
    pub fn full_page(&self) -> Route {
        let at = if self.compare_only {
            self.at(View::Compare)
        } else {
            self.clone()
        };
        Route {
            embed: false,
            compare_only: false,
            ..at
        }
    }

    /// The query string (with its `?`, or empty): the parameters in a fixed order.
    pub fn query(&self) -> String {
        let mut pairs: Vec<String> = Vec::new();
        if self.embed {
            pairs.push(EMBED_PARAM.to_owned());
        }
        if let Some(code) = &self.municipality {
            pairs.push(format!("{MUNICIPALITY_PARAM}={code}"));
        }
        if !self.beside.is_empty() {
            pairs.push(format!("{BESIDE_PARAM}={}", self.beside.join(",")));
        }
        if let Some(mode) = self.mode.value() {
            pairs.push(format!("{MODE_PARAM}={mode}"));
        }
        if let Some(minutes) = self.minutes {
            pairs.push(format!("{DURATION_PARAM}={minutes}"));
        }
        if self.compare_only {
            pairs.push(format!("{SHOW_PARAM}={COMPARE_ONLY}"));
        }
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }

    /// Query and fragment, to put after the page's path: `?gemeente=GM0141#vergelijk`.
    /// Every value is a fixed word or a well-formed code: nothing needs escaping.
    pub fn format(&self) -> String {
        format!("{}{}", self.query(), self.fragment.format())
    }
}

/// Parses `location.hash` and `location.search` (each with or without its `#` / `?`).
pub fn parse(hash: &str, search: &str) -> Route {
    let fragment = decode(hash.strip_prefix('#').unwrap_or(hash));
    let mut problems = Vec::new();
    let fragment = match fragment.as_str() {
        "" => Fragment::Empty,
        FULL_TEXT_ID => Fragment::View(View::FullText),
        COMPARE_ID => Fragment::View(View::Compare),
        MAIN_ID => Fragment::Main,
        id => match (
            slide_in_fragment(id),
            STEP_HEADS.iter().position(|s| s.id == id),
            Sentence::parse(id),
        ) {
            (Some(n), _, _) => Fragment::Slide(n),
            (None, Some(n), _) => Fragment::View(View::Step(n)),
            (None, None, Some(sentence)) => Fragment::Sentence(sentence),
            (None, None, None) => {
                problems.push(Problem::UnknownView(echo(id)));
                Fragment::Empty
            }
        },
    };
    let query = search.strip_prefix('?').unwrap_or(search);
    let mut route = Route {
        fragment,
        ..Route::default()
    };
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some((MUNICIPALITY_PARAM, value)) => match municipality_code(&decode(value)) {
                Some(code) => route.municipality = Some(code),
                None => problems.push(Problem::UnknownMunicipality(echo(&decode(value)))),
            },
            Some((BESIDE_PARAM, value)) => {
                for part in decode(value).split(',') {
                    match municipality_code(part) {
                        Some(code) if route.beside.contains(&code) => {}
                        Some(code) => route.beside.push(code),
                        None => problems.push(Problem::UnknownMunicipality(echo(part))),
                    }
                }
            }
            Some((MODE_PARAM, value)) => {
                let value = decode(value);
                match [Mode::Presenting, Mode::Speaker, Mode::Handout, Mode::Check]
                    .into_iter()
                    .find(|m| m.value() == Some(value.as_str()))
                {
                    Some(found) => route.mode = found,
                    None => problems.push(Problem::UnknownParameter(echo(&decode(pair)))),
                }
            }
            Some((DURATION_PARAM, value)) => match number(value.as_bytes()) {
                Some(n) if n <= MAX_MINUTES => route.minutes = Some(n),
                _ => problems.push(Problem::UnknownParameter(echo(&decode(pair)))),
            },
            Some((EMBED_PARAM, _)) => route.embed = true,
            None if pair == EMBED_PARAM => route.embed = true,
            Some((SHOW_PARAM, value)) if decode(value) == COMPARE_ONLY => route.compare_only = true,
            Some((name, _)) if !name.is_empty() => {
                problems.push(Problem::UnknownParameter(echo(&decode(name))))
            }
            _ => problems.push(Problem::UnknownParameter(echo(&decode(pair)))),
        }
    }
    // The municipality itself is never beside itself; without one, the first beside it is
    // the chosen one (the link still shows every municipality it names).
    match &route.municipality {
        Some(code) => route.beside.retain(|b| b != code),
        None if !route.beside.is_empty() => route.municipality = Some(route.beside.remove(0)),
        None => {}
    }
    if route.beside.len() > MAX_BESIDE {
        let left_out = route.beside.split_off(MAX_BESIDE);
        problems.push(Problem::TooManyBeside(echo(&left_out.join(", "))));
    }
    route.problems = problems;
    route
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
        for (n, step) in STEP_HEADS.iter().enumerate() {
            let route = parse(&format!("#{}", step.id), "");
            assert_eq!(route.view(), Some(View::Step(n)));
            assert!(route.problems.is_empty());
            assert_eq!(View::Step(n).fragment(), step.id);
        }
    }

    #[test]
    fn the_walk_has_the_six_fragments_of_the_memo() {
        let ids: Vec<_> = STEP_HEADS.iter().map(|s| s.id).collect();
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
        assert_eq!(parse("", "").view(), Some(View::Step(0)));
        assert_eq!(parse("#", "?").view(), Some(View::Step(0)));
        assert_eq!(View::Step(0).fragment(), "start");
    }

    #[test]
    fn full_text_has_its_own_fragment_and_no_neighbours() {
        assert_eq!(parse("#notitie", "").view(), Some(View::FullText));
        assert_eq!(View::FullText.next(), None);
        assert_eq!(View::FullText.previous(), None);
        assert_eq!(parse("#vergelijk", "").view(), Some(View::Compare));
        assert_eq!(View::Compare.fragment(), "vergelijk");
    }

    #[test]
    fn skip_link_target_keeps_the_current_view() {
        assert_eq!(
            parse("#inhoud", ""),
            Route {
                fragment: Fragment::Main,
                ..Route::default()
            }
        );
        assert_eq!(parse("#inhoud", "").view(), None);
    }

    #[test]
    fn previous_and_next_stop_at_the_ends() {
        assert_eq!(View::Step(0).previous(), None);
        assert_eq!(View::Step(0).next(), Some(View::Step(1)));
        let last = View::Step(STEP_HEADS.len() - 1);
        assert_eq!(last.next(), None);
        assert_eq!(last.previous(), Some(View::Step(STEP_HEADS.len() - 2)));
    }

    #[test]
    fn a_sentence_opens_its_step_and_only_existing_sentences_parse() {
        let route = parse("#ruimte-voor-verbetering-zin-13", "?gemeente=GM0050");
        let sentence = Sentence { step: 3, n: 13 };
        assert_eq!(route.fragment, Fragment::Sentence(sentence));
        assert_eq!(route.view(), Some(View::Step(3)));
        assert_eq!(route.sentence(), Some(sentence));
        assert_eq!(sentence.id(), "ruimte-voor-verbetering-zin-13");
        assert_eq!(Sentence::all().count(), 36);
        for id in [
            "ruimte-voor-verbetering-zin-14",
            "inleiding-zin-0",
            "inleiding-zin-01",
            "inleiding-zin-",
            "inleiding-zin-1x",
            "start-zin-1",
            "onbekend-zin-1",
        ] {
            let route = parse(&format!("#{id}"), "");
            assert_eq!(route.view(), Some(View::Step(0)), "{id}");
            assert_eq!(route.problems, vec![Problem::UnknownView(id.into())]);
        }
    }

    #[test]
    fn unknown_fragment_falls_back_with_a_problem() {
        let route = parse("#bestaat-niet", "");
        assert_eq!(route.view(), Some(View::Step(0)));
        assert_eq!(
            route.problems,
            vec![Problem::UnknownView("bestaat-niet".into())]
        );
    }

    #[test]
    fn unknown_parameters_are_reported_by_name() {
        let route = parse("#inleiding", "?foo=1&bar&=x");
        assert_eq!(route.view(), Some(View::Step(1)));
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
            (route.view(), route.municipality.as_deref()),
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
    fn the_full_page_keeps_view_and_municipalities_without_embed_mode() {
        let full = |hash, search| parse(hash, search).full_page().format();
        assert_eq!(
            full("#goede-start", "?gemeente=GM0244"),
            "?gemeente=GM0244#goede-start"
        );
        assert_eq!(
            full("#vergelijk", "?gemeente=GM0244&naast=GM0050"),
            "?gemeente=GM0244&naast=GM0050#vergelijk"
        );
        assert_eq!(
            full("", "?embed&gemeente=GM0244&weergave=vergelijk"),
            "?gemeente=GM0244#vergelijk"
        );
        assert_eq!(full("#inleiding-zin-2", "?embed"), "#inleiding-zin-2");
    }

    #[test]
    fn embed_and_the_comparison_alone() {
        let route = parse("#inleiding", "?embed");
        assert!(route.embed && route.problems.is_empty());
        assert_eq!(route.view(), Some(View::Step(1)));
        let only = parse("", "?embed=1&weergave=vergelijk&gemeente=GM0050");
        assert!(only.embed && only.problems.is_empty());
        assert_eq!(only.view(), Some(View::Compare));
        assert_eq!(
            parse("", "?weergave=alles").problems,
            vec![Problem::UnknownParameter("weergave".into())]
        );
    }

    #[test]
    fn a_mode_opens_from_its_start_with_the_same_municipality_and_length() {
        let checking = parse("", "?gemeente=GM0050&modus=controle&duur=5");
        assert_eq!(
            checking.opening(Mode::Speaker).format(),
            "?gemeente=GM0050&modus=spreker&duur=5"
        );
        let presenting = parse("#dia-7", "?modus=presentatie");
        assert_eq!(presenting.opening(Mode::Check).format(), "?modus=controle");
    }

    #[test]
    fn the_audience_follows_a_slide_at_its_step_in_reading_mode() {
        let presenting = parse("#dia-7", "?gemeente=GM0050&modus=presentatie&duur=5");
        assert_eq!(
            presenting.for_reader(2).format(),
            "?gemeente=GM0050#goede-start"
        );
        assert_eq!(presenting.for_reader(0).format(), "?gemeente=GM0050");
        assert_eq!(
            parse("#dia-1", "?modus=presentatie").for_reader(0).format(),
            ""
        );
    }

    #[test]
    fn a_planned_length_is_one_to_six_hundred_minutes() {
        let route = parse("#dia-1", "?modus=spreker&duur=5");
        assert_eq!((route.minutes, route.problems.len()), (Some(5), 0));
        assert_eq!(route.format(), "?modus=spreker&duur=5#dia-1");
        for bad in ["0", "05", "601", "1000", "", "5m", "-5", "%35"] {
            let odd = parse("", &format!("?duur={bad}"));
            assert_eq!(odd.minutes, None, "{bad}");
            assert_eq!(odd.problems.len(), 1, "{bad}");
        }
        assert_eq!(parse("", "?duur=600").minutes, Some(600));
    }

    #[test]
    fn modes_and_slides_are_known_and_the_rest_is_reported() {
        let route = parse("#dia-4", "?modus=presentatie&gemeente=GM0050");
        assert_eq!((route.view(), route.mode), (None, Mode::Presenting));
        assert!(route.problems.is_empty());
        assert_eq!(parse("", "?modus=spreker").mode, Mode::Speaker);
        assert_eq!(parse("", "?modus=print").mode, Mode::Handout);
        assert_eq!(parse("", "?modus=controle").mode, Mode::Check);
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
        assert_eq!(
            route.problems,
            vec![Problem::TooManyBeside("GM0303".into())]
        );
        let route = parse("#vergelijk", "?gemeente=GM0417&naast=GM0417");
        assert_eq!(route.municipality.as_deref(), Some("GM0417"));
        assert!(route.beside.is_empty());
        assert!(route.problems.is_empty());
        let route = parse("", "?naast=GM0050,Urk,GM0184");
        assert_eq!(route.municipality.as_deref(), Some("GM0050"));
        assert_eq!(route.beside, vec!["GM0184".to_owned()]);
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

    #[test]
    fn routes_format_to_the_links_the_page_documents() {
        assert_eq!(Route::default().format(), "");
        let compare = parse("#vergelijk", "?gemeente=GM0141&naast=GM0050");
        assert_eq!(compare.format(), "?gemeente=GM0141&naast=GM0050#vergelijk");
        assert_eq!(
            compare.at(View::Step(2)).format(),
            "?gemeente=GM0141&naast=GM0050#goede-start"
        );
        let presenting = parse("#inleiding", "?gemeente=GM0141").in_mode(Mode::Presenting);
        assert_eq!(
            presenting.at_slide(2).format(),
            "?gemeente=GM0141&modus=presentatie#dia-3"
        );
        let embed = parse("", "?weergave=vergelijk&embed=1");
        assert_eq!(embed.format(), "?embed&weergave=vergelijk");
        assert!(embed.shows_comparison() && embed.needs_module());
        // What the page did not know is reported, never written back.
        let odd = parse("#onbekend", "?thema=x&gemeente=GM0050");
        assert_eq!(odd.problems.len(), 2);
        assert_eq!(odd.format(), "?gemeente=GM0050");
        assert_eq!(parse("#inhoud", "").format(), "#inhoud");
    }

    #[test]
    fn the_modules_are_needed_for_the_comparison_a_municipality_or_a_mode() {
        assert!(!parse("#inleiding", "").needs_module());
        assert!(!parse("#notitie", "?embed").needs_module());
        assert!(parse("#vergelijk", "").needs_module());
        assert!(parse("#tot-slot", "?gemeente=GM0050").needs_module());
        assert!(!parse("#tot-slot", "?gemeente=GM0050").needs_presenter());
        // A mode needs the presenter module only, also with a municipality.
        let speaker = parse("#dia-2", "?modus=spreker&gemeente=GM0050");
        assert!(speaker.needs_presenter() && !speaker.needs_module());
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
                    | Problem::UnknownMunicipality(text)
                    | Problem::TooManyBeside(text)) = problem;
                    proptest::prop_assert!(text.chars().count() <= ECHO_LIMIT + 1);
                    proptest::prop_assert!(!text.chars().any(char::is_control));
                }
            }

            #[test]
            fn format_and_parse_are_each_others_inverse(
                fragment in 0usize..12,
                slide in 0usize..40,
                sentence in 0usize..36,
                municipality in proptest::option::of(0u32..10_000),
                beside in proptest::collection::vec(0u32..10_000, 0..=MAX_BESIDE),
                mode in 0usize..5,
                minutes in proptest::option::of(1usize..=MAX_MINUTES),
                embed: bool,
                compare_only: bool,
            ) {
                let code = |n: u32| format!("GM{n:04}");
                let fragment = match fragment {
                    n if n < STEP_HEADS.len() => Fragment::View(View::Step(n)),
                    6 => Fragment::View(View::FullText),
                    7 => Fragment::View(View::Compare),
                    8 => Fragment::Slide(slide),
                    9 => Fragment::Main,
                    10 => Fragment::Sentence(Sentence::all().nth(sentence).unwrap()),
                    _ => Fragment::Empty,
                };
                let municipality = municipality.map(code);
                let mut codes: Vec<String> = Vec::new();
                for c in beside.into_iter().map(code) {
                    if !codes.contains(&c) && Some(&c) != municipality.as_ref() {
                        codes.push(c);
                    }
                }
                // Without a chosen municipality, the first beside it would be the chosen one.
                if municipality.is_none() {
                    codes.clear();
                }
                let route = Route {
                    fragment,
                    municipality,
                    beside: codes,
                    mode: [Mode::Reading, Mode::Presenting, Mode::Speaker, Mode::Handout, Mode::Check][mode],
                    minutes,
                    embed,
                    compare_only,
                    problems: Vec::new(),
                };
                let url = route.format();
                let (query, hash) = url.split_once('#').map_or((url.as_str(), ""), |(q, h)| (q, h));
                proptest::prop_assert_eq!(parse(hash, query), route);
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
