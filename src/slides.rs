//! Presenter mode's model: the slides in order, the slide fragment (`#dia-3`), and what each
//! key does. Plain Rust, tested natively; the rendering is in `crate::on_demand::presenter`.

use crate::claims::{Check, Verdict};
use crate::content::{CHECKS, PRESENTATION, STEP_HEADS};

/// What a slide shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlideKind {
    /// The title slide.
    Title,
    /// Step `n`'s message `k` (our words, `content/presentatie.toml`).
    Message(usize, usize),
    /// Key figure `k` of the small municipalities (their number with the map, their
    /// inhabitants, their area), in big numbers, after the first step's messages.
    KeyFigure(usize),
    /// Step `n`'s key sentence of the memo, as a quotation.
    Quote(usize),
    /// The chosen municipality's figures (at step `n`, where the memo speaks of small
    /// municipalities' position).
    Municipality(usize),
    /// Step `n`'s "Wat zeggen de cijfers?": every check's verdict (a step with more than one).
    Checks(usize),
    /// One check the figures can test: the claim, what was measured, the verdict and the
    /// source (index into [`CHECKS`]).
    Check(usize),
    /// How check `i`'s measure is spread over the municipalities: its chart (a check with
    /// a spread, after its own slide).
    CheckChart(usize),
    /// The number of municipalities per year (at step `n`).
    Series(usize),
    /// The closing slide with the memo's call.
    Closing,
}

impl SlideKind {
    /// The step a reader returns to from this slide.
    pub fn step(self) -> usize {
        match self {
            SlideKind::Title | SlideKind::KeyFigure(_) => 0,
            SlideKind::Closing => STEP_HEADS.len() - 1,
            SlideKind::Message(n, _)
            | SlideKind::Quote(n)
            | SlideKind::Municipality(n)
            | SlideKind::Checks(n)
            | SlideKind::Series(n) => n,
            SlideKind::Check(i) | SlideKind::CheckChart(i) => STEP_HEADS
                .iter()
                .position(|s| s.id == CHECKS[i].step)
                .unwrap_or(0),
        }
    }

    /// The speaker notes (our text, `content/presentatie.toml`).
    pub fn notes(self) -> &'static str {
        let copy = |n: usize| &PRESENTATION.steps[n];
        match self {
            SlideKind::Title => PRESENTATION.title_notes,
            SlideKind::Closing => PRESENTATION.closing_notes,
            SlideKind::Message(n, k) => copy(n).messages[k].notes,
            SlideKind::KeyFigure(k) => PRESENTATION.key_figure_notes[k],
            SlideKind::Quote(n) => copy(n).quote_notes,
            SlideKind::Municipality(_) => PRESENTATION.municipality_notes,
            SlideKind::Checks(n) => copy(n).checks_notes,
            SlideKind::Check(i) => CHECKS[i].notes,
            SlideKind::CheckChart(i) => CHECKS[i].chart_notes,
            SlideKind::Series(n) => copy(n).series_notes,
        }
    }
}

/// The step where the figures of a chosen municipality are shown: the one about room for
/// improvement, where the memo speaks of small municipalities' means and contribution.
const MUNICIPALITY_STEP: &str = "ruimte-voor-verbetering";

/// Every slide in order. `checks`: the checks computed from the data, once it has loaded
/// (then the key figures, the checks, the series and a municipality's figures can be shown;
/// each check the figures can test gets a slide of its own, after the step's overview if it
/// has more than one check, and one for its chart if it has one); `with_municipality`: a
/// municipality is chosen (its figures get a slide).
pub fn slides(checks: Option<&[Check]>, with_municipality: bool) -> Vec<SlideKind> {
    let mut out = vec![SlideKind::Title];
    for (n, step) in STEP_HEADS.iter().enumerate() {
        let copy = &PRESENTATION.steps[n];
        out.extend((0..copy.messages.len()).map(|k| SlideKind::Message(n, k)));
        if n == 0 && checks.is_some() {
            out.extend((0..KEY_FIGURES).map(SlideKind::KeyFigure));
        }
        if copy.quote.is_some() {
            out.push(SlideKind::Quote(n));
        }
        let Some(checks) = checks else {
            continue;
        };
        if with_municipality && step.id == MUNICIPALITY_STEP {
            out.push(SlideKind::Municipality(n));
        }
        // `checks` are in the order of `CHECKS`: index `i` is the slide's `Check(i)`.
        let of_step: Vec<(usize, &Check)> = checks
            .iter()
            .enumerate()
            .filter(|(_, c)| c.copy.step == step.id)
            .collect();
        if of_step.len() > 1 {
            out.push(SlideKind::Checks(n));
        }
        for (i, check) in &of_step {
            if check.verdict != Verdict::CannotTest {
                out.push(SlideKind::Check(*i));
            }
            if check.spread.is_some() {
                out.push(SlideKind::CheckChart(*i));
            }
        }
        let has = |id: &str| of_step.iter().any(|(_, c)| c.copy.id == id);
        if has("herindeling") {
            out.push(SlideKind::Series(n));
        }
    }
    out.push(SlideKind::Closing);
    out
}

/// How many key-figure slides there are ([`SlideKind::KeyFigure`]).
pub const KEY_FIGURES: usize = 3;

/// Prefix of a slide's fragment: `#dia-1` is the first slide.
pub const SLIDE_PREFIX: &str = "dia-";

/// The 0-based slide a fragment names (`#dia-3` → 2), if it names one.
pub fn slide_in_fragment(hash: &str) -> Option<usize> {
    let number: usize = hash
        .strip_prefix('#')
        .unwrap_or(hash)
        .strip_prefix(SLIDE_PREFIX)?
        .parse()
        .ok()?;
    number.checked_sub(1)
}

/// The fragment of the 0-based slide `n`.
pub fn slide_fragment(n: usize) -> String {
    format!("#{SLIDE_PREFIX}{}", n + 1)
}

/// What a key does in presenter mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Next slide (or jump, after typed digits, for Enter).
    Next,
    /// Previous slide.
    Previous,
    /// First slide.
    First,
    /// Last slide.
    Last,
    /// A digit of a slide number; Enter then jumps.
    Digit(u8),
    /// Enter: jump to the typed number, or next.
    Enter,
    /// Black screen on or off.
    Blackout,
    /// Fullscreen on or off.
    Fullscreen,
    /// The key help.
    Help,
    /// Open the speaker view.
    Speaker,
    /// Back to reading (Escape outside fullscreen).
    Leave,
    /// A clicker's "start" key (F5): presenter mode is on already; only keep the browser from
    /// reloading.
    Swallow,
    /// Arrow up: the previous slide, or a row up in the overview.
    Up,
    /// Arrow down: the next slide, or a row down in the overview.
    Down,
    /// The QR code to follow along on a phone (Q), shown or hidden.
    Follow,
    /// Every slide as a grid (G), shown or hidden.
    Overview,
    /// Straight to the 0-based slide (a slide chosen in the overview).
    Go(usize),
}

/// What covers the slides, if anything: keys then act on it, never on the slides behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Overlay {
    /// Nothing: the keys move the slides.
    #[default]
    None,
    /// The key help (?).
    Help,
    /// The QR code to follow along (Q).
    Follow,
    /// Every slide as a grid (G), with the 0-based slide selected in it.
    Overview(usize),
}

/// How many slides a row of the overview holds (the stylesheet's grid has as many columns).
pub const OVERVIEW_COLUMNS: usize = 4;

/// The command for a `KeyboardEvent.key`, if any. Clickers send PageUp/PageDown, and some
/// F5/Escape for start/stop and "." or "b" for a black screen.
pub fn command(key: &str) -> Option<Command> {
    Some(match key {
        "ArrowRight" | " " | "PageDown" | "n" | "N" => Command::Next,
        "ArrowLeft" | "PageUp" | "p" | "P" | "Backspace" => Command::Previous,
        "ArrowUp" => Command::Up,
        "ArrowDown" => Command::Down,
        "q" | "Q" => Command::Follow,
        "g" | "G" => Command::Overview,
        "Home" => Command::First,
        "End" => Command::Last,
        "Enter" => Command::Enter,
        "b" | "B" | "." => Command::Blackout,
        "f" | "F" => Command::Fullscreen,
        "?" => Command::Help,
        "s" | "S" => Command::Speaker,
        "Escape" => Command::Leave,
        "F5" => Command::Swallow,
        _ => match key.as_bytes() {
            [d @ b'0'..=b'9'] => Command::Digit(d - b'0'),
            _ => return None,
        },
    })
}

/// What the two windows of a presentation tell each other (the presenter's and the speaker
/// view): the slide on screen, whether the screen is black, and whether the speaker has
/// frozen the room's screen (then the speaker view sends the room's slide, not its own).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown {
    /// The 0-based slide.
    pub current: usize,
    /// The screen is black.
    pub black: bool,
    /// The room's screen stays where it is while the speaker looks ahead.
    pub frozen: bool,
}

impl Shown {
    /// As the message between the windows: `"3"`, `"3 black"`, `"3 frozen"`, `"3 black frozen"`.
    pub fn encode(self) -> String {
        format!(
            "{}{}{}",
            self.current,
            if self.black { " black" } else { "" },
            if self.frozen { " frozen" } else { "" }
        )
    }

    /// A message from the other window, if it is one.
    pub fn decode(text: &str) -> Option<Shown> {
        let (text, frozen) = match text.strip_suffix(" frozen") {
            Some(rest) => (rest, true),
            None => (text, false),
        };
        let (number, black) = match text.strip_suffix(" black") {
            Some(number) => (number, true),
            None => (text, false),
        };
        if number.is_empty() || number.len() > 4 || !number.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some(Shown {
            current: number.parse().ok()?,
            black,
            frozen,
        })
    }
}

/// The body text's height on a slide as a share of the slide's height (the stylesheet's
/// `3.4cqh`, `styles/on-demand.css`): 37 px at 1920 × 1080.
pub const BODY_TEXT_SHARE: f64 = 0.034;

/// The body text's height in CSS pixels on slides shown in a window of `width` × `height`:
/// the 16:9 stage is as large as the window allows.
pub fn body_text_px(width: f64, height: f64) -> f64 {
    BODY_TEXT_SHARE * height.min(width * 9.0 / 16.0)
}

/// Where a speaker stands against a planned length, all in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pace {
    /// Time left of the plan (below zero: over time).
    pub left: f64,
    /// The plan's time per slide.
    pub per_slide: f64,
    /// Ahead of the plan (above zero) or behind it (below zero); zero while the time is
    /// within the current slide's share of the plan, or less than a second outside it.
    pub ahead: f64,
}

/// The pace after `elapsed` of `planned`, at the 0-based slide `current` of `total`: each
/// slide has an equal share of the plan; being on a slide before its share begins is ahead,
/// after its share ended behind.
pub fn pace(elapsed: f64, planned: f64, current: usize, total: usize) -> Pace {
    let per_slide = planned / total.max(1) as f64;
    let start = current as f64 * per_slide;
    let end = start + per_slide;
    // Less than a second off is on schedule (it would read "0:00 ahead").
    let ahead = if elapsed + 1000.0 <= start {
        start - elapsed
    } else if elapsed >= end + 1000.0 {
        end - elapsed
    } else {
        0.0
    };
    Pace {
        left: planned - elapsed,
        per_slide,
        ahead,
    }
}

/// Where the deck is and what overlays it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Deck {
    /// The 0-based slide on screen.
    pub current: usize,
    /// How many slides there are.
    pub total: usize,
    /// Black screen.
    pub black: bool,
    /// Digits typed for a jump.
    pub typed: String,
    /// What covers the slides.
    pub overlay: Overlay,
}

impl Deck {
    /// A deck of `total` slides at `current` (clamped).
    pub fn new(current: usize, total: usize) -> Self {
        Deck {
            current: current.min(total.saturating_sub(1)),
            total,
            ..Deck::default()
        }
    }

    /// The deck after `command`. Next and previous also end a black screen; digits gather
    /// until Enter, which jumps to that slide number (within the deck) or, with none typed,
    /// goes to the next slide.
    pub fn after(&self, command: Command) -> Deck {
        let last = self.total.saturating_sub(1);
        let mut next = Deck {
            typed: String::new(),
            ..self.clone()
        };
        let close = |mut deck: Deck| {
            deck.overlay = Overlay::None;
            deck
        };
        match (self.overlay, command) {
            // An overlay closes with its own key or Escape.
            (Overlay::Help, Command::Help)
            | (Overlay::Follow, Command::Follow)
            | (Overlay::Overview(_), Command::Overview)
            | (Overlay::Help | Overlay::Follow | Overlay::Overview(_), Command::Leave) => {
                return close(next)
            }
            (Overlay::Overview(selected), command) => {
                next.overlay = Overlay::Overview(match command {
                    Command::Next => (selected + 1).min(last),
                    Command::Previous => selected.saturating_sub(1),
                    Command::Down if selected + OVERVIEW_COLUMNS <= last => {
                        selected + OVERVIEW_COLUMNS
                    }
                    Command::Up if selected >= OVERVIEW_COLUMNS => selected - OVERVIEW_COLUMNS,
                    Command::First => 0,
                    Command::Last => last,
                    Command::Enter | Command::Go(_) => {
                        next.current = match command {
                            Command::Go(n) => n.min(last),
                            _ => selected,
                        };
                        next.black = false;
                        return close(next);
                    }
                    _ => selected,
                });
                return next;
            }
            // The help and the QR code hold the slides still behind them.
            (Overlay::Help | Overlay::Follow, _) => return next,
            (Overlay::None, _) => {}
        }
        match command {
            Command::Next | Command::Down => {
                next.current = (self.current + 1).min(last);
                next.black = false;
            }
            Command::Previous | Command::Up => {
                next.current = self.current.saturating_sub(1);
                next.black = false;
            }
            Command::First => next.current = 0,
            Command::Last => next.current = last,
            Command::Go(n) => {
                next.current = n.min(last);
                next.black = false;
            }
            Command::Digit(d) if self.typed.len() < 3 => {
                next.typed = format!("{}{d}", self.typed);
            }
            Command::Digit(_) => next.typed = self.typed.clone(),
            Command::Enter => match self.typed.parse::<usize>() {
                Ok(number) if number >= 1 => next.current = (number - 1).min(last),
                _ => {
                    next.current = (self.current + 1).min(last);
                    next.black = false;
                }
            },
            Command::Blackout => next.black = !self.black,
            Command::Help => next.overlay = Overlay::Help,
            Command::Follow => next.overlay = Overlay::Follow,
            Command::Overview => next.overlay = Overlay::Overview(self.current),
            Command::Fullscreen | Command::Speaker | Command::Leave | Command::Swallow => {}
        }
        next
    }
}

/// What a touch on the stage means: a swipe of more than 50 px across (left: next, right:
/// previous), or a tap (moving less than 10 px) on the outer thirds. `dx`/`dy` are the
/// movement, `x` where it ended and `width` the window's width, in CSS pixels.
pub fn gesture(dx: f64, dy: f64, x: f64, width: f64) -> Option<Command> {
    if dx.abs() > 50.0 && dx.abs() > dy.abs() {
        Some(if dx < 0.0 {
            Command::Next
        } else {
            Command::Previous
        })
    } else if dx.abs() < 10.0 && dy.abs() < 10.0 {
        if x > width * 2.0 / 3.0 {
            Some(Command::Next)
        } else if x < width / 3.0 {
            Some(Command::Previous)
        } else {
            None
        }
    } else {
        None
    }
}

/// A span of time for the speaker view: `m:ss`, or `h:mm:ss` from an hour.
pub fn duration(ms: f64) -> String {
    let s = (ms.max(0.0) / 1000.0) as u64;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// The slide to start at: the slide the URL names, or else the first slide of the step it
/// names (its first message), or the title.
pub fn start_slide(kinds: &[SlideKind], slide: Option<usize>, step: Option<usize>) -> usize {
    if let Some(n) = slide {
        return n;
    }
    // The first step is the title slide's: presenting from the start starts at the title.
    step.filter(|step| *step > 0)
        .and_then(|step| {
            kinds
                .iter()
                .position(|k| matches!(k, SlideKind::Message(n, 0) if *n == step))
        })
        .unwrap_or(0)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The checks on the data files.
    fn checked() -> Vec<Check> {
        let series = crate::stats::parse_series(crate::stats::SERIES).unwrap();
        crate::claims::checks(&crate::municipality::built(), &series)
    }

    #[test]
    fn the_deck_walks_the_steps_from_title_to_closing() {
        let plain = slides(None, false);
        assert_eq!(plain.first(), Some(&SlideKind::Title));
        assert_eq!(plain.last(), Some(&SlideKind::Closing));
        for n in 0..STEP_HEADS.len() {
            assert!(plain.contains(&SlideKind::Message(n, 0)), "step {n}");
        }
        assert!(!plain.iter().any(|s| matches!(s, SlideKind::Checks(_))));
        let checks = checked();
        let full = slides(Some(&checks), true);
        assert!(full.len() > plain.len());
        // The checks' ids of the slides `pick` takes, in deck order.
        let ids = |pick: fn(&SlideKind) -> Option<usize>| -> Vec<&str> {
            full.iter().filter_map(pick).map(|i| CHECKS[i].id).collect()
        };
        // A slide for each check the figures can test, in the step after its overview.
        let own = ids(|s| match s {
            SlideKind::Check(i) => Some(*i),
            _ => None,
        });
        assert_eq!(own, ["omvang", "energie", "wonen"]);
        let step = STEP_HEADS
            .iter()
            .position(|s| s.id == "ruimte-voor-verbetering");
        let overview = full
            .iter()
            .position(|s| Some(*s) == step.map(SlideKind::Checks));
        let energy = full
            .iter()
            .position(|s| matches!(s, SlideKind::Check(i) if CHECKS[*i].id == "energie"));
        assert!(overview.is_some() && overview < energy);
        assert!(
            !full.contains(&SlideKind::Checks(1)),
            "one check: no overview"
        );
        assert!(full.iter().any(|s| matches!(s, SlideKind::Municipality(_))));
        assert!(full.iter().any(|s| matches!(s, SlideKind::Series(_))));
        // The key figures after the first step's messages, and a chart after its check.
        let first_figure = full.iter().position(|s| *s == SlideKind::KeyFigure(0));
        assert_eq!(first_figure, Some(1 + PRESENTATION.steps[0].messages.len()));
        assert!(!plain.iter().any(|s| matches!(s, SlideKind::KeyFigure(_))));
        let charts = ids(|s| match s {
            SlideKind::CheckChart(i) => Some(*i),
            _ => None,
        });
        assert_eq!(charts, ["energie", "wonen"]);
        for (a, b) in full.iter().zip(full.iter().skip(1)) {
            if let SlideKind::CheckChart(i) = b {
                assert_eq!(*a, SlideKind::Check(*i), "a chart follows its check");
            }
        }
        // Steps never go backwards through the deck.
        let steps: Vec<usize> = full.iter().map(|s| s.step()).collect();
        assert!(steps.windows(2).all(|w| w[0] <= w[1]), "{steps:?}");
        for slide in full {
            assert!(!slide.notes().is_empty(), "{slide:?} has notes");
        }
    }

    #[test]
    fn slide_fragments_round_trip_and_reject_the_rest() {
        assert_eq!(slide_in_fragment("#dia-3"), Some(2));
        assert_eq!(slide_in_fragment(&slide_fragment(11)), Some(11));
        for bad in ["", "#dia-0", "#dia-", "#dia-x", "#inleiding", "#dia--1"] {
            assert_eq!(slide_in_fragment(bad), None, "{bad}");
        }
    }

    #[test]
    fn keys_of_keyboards_and_clickers() {
        for key in ["ArrowRight", " ", "PageDown", "n", "N"] {
            assert_eq!(command(key), Some(Command::Next), "{key}");
        }
        for key in ["ArrowLeft", "PageUp", "p", "P", "Backspace"] {
            assert_eq!(command(key), Some(Command::Previous), "{key}");
        }
        assert_eq!(command("ArrowDown"), Some(Command::Down));
        assert_eq!(command("ArrowUp"), Some(Command::Up));
        assert_eq!(command("Q"), Some(Command::Follow));
        assert_eq!(command("g"), Some(Command::Overview));
        // Down and up move the slides as next and previous do.
        let deck = Deck::new(3, 10);
        assert_eq!(deck.after(Command::Down).current, 4);
        assert_eq!(deck.after(Command::Up).current, 2);
        assert_eq!(command("."), Some(Command::Blackout));
        assert_eq!(command("b"), Some(Command::Blackout));
        assert_eq!(command("F5"), Some(Command::Swallow));
        assert_eq!(command("7"), Some(Command::Digit(7)));
        assert_eq!(command("x"), None);
        assert_eq!(command("Tab"), None);
    }

    #[test]
    fn the_deck_moves_stops_at_the_ends_and_jumps_by_number() {
        let deck = Deck::new(0, 12);
        assert_eq!(deck.after(Command::Previous).current, 0);
        assert_eq!(deck.after(Command::Last).after(Command::Next).current, 11);
        let jumped = deck
            .after(Command::Digit(1))
            .after(Command::Digit(0))
            .after(Command::Enter);
        assert_eq!(jumped.current, 9);
        assert_eq!(deck.after(Command::Enter).current, 1, "Enter alone: next");
        let far = deck
            .after(Command::Digit(9))
            .after(Command::Digit(9))
            .after(Command::Enter);
        assert_eq!(far.current, 11, "a number past the end: the last slide");
        let black = deck.after(Command::Blackout);
        assert!(black.black && !black.after(Command::Blackout).black);
        let resumed = black.after(Command::Next);
        assert!(!resumed.black && resumed.current == 1);
        assert_eq!(Deck::new(40, 12).current, 11);
    }

    #[test]
    fn swipes_and_taps_on_the_outer_thirds() {
        assert_eq!(gesture(-80.0, 10.0, 100.0, 900.0), Some(Command::Next));
        assert_eq!(gesture(80.0, -10.0, 800.0, 900.0), Some(Command::Previous));
        // Mostly vertical: a scroll, not a swipe.
        assert_eq!(gesture(-60.0, 90.0, 100.0, 900.0), None);
        assert_eq!(gesture(2.0, 3.0, 850.0, 900.0), Some(Command::Next));
        assert_eq!(gesture(2.0, 3.0, 50.0, 900.0), Some(Command::Previous));
        assert_eq!(gesture(2.0, 3.0, 450.0, 900.0), None);
        // Between a tap and a swipe: nothing.
        assert_eq!(gesture(30.0, 0.0, 850.0, 900.0), None);
    }

    #[test]
    fn durations_in_minutes_then_hours() {
        assert_eq!(duration(-5.0), "0:00");
        assert_eq!(duration(61_999.0), "1:01");
        assert_eq!(duration(3_723_000.0), "1:02:03");
    }

    #[test]
    fn presenting_starts_at_the_slide_or_the_step_in_the_url() {
        let kinds = slides(Some(&checked()), false);
        assert_eq!(start_slide(&kinds, Some(4), Some(2)), 4);
        let at = start_slide(&kinds, None, Some(2));
        assert_eq!(kinds[at], SlideKind::Message(2, 0));
        assert_eq!(start_slide(&kinds, None, None), 0);
        // From the first step: the title slide, not the step's summary after it.
        assert_eq!(start_slide(&kinds, None, Some(0)), 0);
        assert_eq!(kinds[0], SlideKind::Title);
    }

    #[test]
    fn the_key_help_and_the_qr_code_hold_the_slides_still() {
        for (key, overlay) in [
            (Command::Help, Overlay::Help),
            (Command::Follow, Overlay::Follow),
        ] {
            let open = Deck::new(2, 10).after(key);
            assert_eq!(open.overlay, overlay);
            for command in [
                Command::Next,
                Command::Previous,
                Command::Enter,
                Command::Last,
                Command::Blackout,
                Command::Go(5),
                Command::Overview,
            ] {
                let after = open.after(command);
                assert_eq!(
                    (after.current, after.black, after.overlay),
                    (2, false, overlay),
                    "{command:?}"
                );
            }
            for closing in [key, Command::Leave] {
                let closed = open.after(closing);
                assert_eq!(closed.overlay, Overlay::None);
                assert_eq!(closed.after(Command::Next).current, 3);
            }
        }
    }

    #[test]
    fn the_overview_moves_by_slide_and_by_row_and_goes_where_chosen() {
        let open = Deck::new(5, 14).after(Command::Overview);
        assert_eq!(open.overlay, Overlay::Overview(5));
        let selected = |deck: &Deck| match deck.overlay {
            Overlay::Overview(n) => n,
            other => panic!("{other:?}"),
        };
        assert_eq!(selected(&open.after(Command::Next)), 6);
        assert_eq!(selected(&open.after(Command::Previous)), 4);
        assert_eq!(selected(&open.after(Command::Down)), 5 + OVERVIEW_COLUMNS);
        assert_eq!(selected(&open.after(Command::Up)), 5 - OVERVIEW_COLUMNS);
        // No row below or above: stay.
        assert_eq!(
            selected(&open.after(Command::Last).after(Command::Down)),
            13
        );
        assert_eq!(selected(&open.after(Command::First).after(Command::Up)), 0);
        assert_eq!(selected(&open.after(Command::Blackout)), 5);
        // The slides behind do not move until a slide is chosen.
        assert_eq!(open.after(Command::Next).current, 5);
        let chosen = open
            .after(Command::Next)
            .after(Command::Next)
            .after(Command::Enter);
        assert_eq!((chosen.current, chosen.overlay), (7, Overlay::None));
        let clicked = open.after(Command::Go(1));
        assert_eq!((clicked.current, clicked.overlay), (1, Overlay::None));
        for closing in [Command::Overview, Command::Leave] {
            let closed = open.after(Command::Next).after(closing);
            assert_eq!((closed.current, closed.overlay), (5, Overlay::None));
        }
    }

    #[test]
    fn the_windows_messages_round_trip_and_nothing_else_passes() {
        for current in [0, 12] {
            for black in [false, true] {
                for frozen in [false, true] {
                    let shown = Shown {
                        current,
                        black,
                        frozen,
                    };
                    assert_eq!(Shown::decode(&shown.encode()), Some(shown));
                }
            }
        }
        assert_eq!(
            Shown::decode("3"),
            Some(Shown {
                current: 3,
                black: false,
                frozen: false
            })
        );
        for bad in [
            "",
            " black",
            " frozen",
            "-1",
            "1.5",
            "3 white",
            "99999",
            "<b>",
            "3 frozen black",
        ] {
            assert_eq!(Shown::decode(bad), None, "{bad}");
        }
    }

    #[test]
    fn body_text_follows_the_stage_in_the_window() {
        assert_eq!(body_text_px(1920.0, 1080.0).round(), 37.0);
        // 4:3 at 1024 x 768: the stage is 1024 wide, 576 high.
        assert_eq!(body_text_px(1024.0, 768.0).round(), 20.0);
        assert_eq!(
            body_text_px(3840.0, 1080.0).round(),
            37.0,
            "wider than 16:9: the height decides"
        );
    }

    #[test]
    fn the_pace_is_ahead_before_a_slides_share_and_behind_after_it() {
        const MIN: f64 = 60_000.0;
        // Five minutes, ten slides: 30 s each.
        let start = pace(0.0, 5.0 * MIN, 0, 10);
        assert_eq!(
            (start.left, start.per_slide, start.ahead),
            (5.0 * MIN, 30_000.0, 0.0)
        );
        // A minute on the first slide: 30 s behind.
        assert_eq!(pace(MIN, 5.0 * MIN, 0, 10).ahead, -30_000.0);
        // A minute in, at slide 5 (its share begins at 2:30): 1:30 ahead.
        assert_eq!(pace(MIN, 5.0 * MIN, 5, 10).ahead, 90_000.0);
        // Within slide 2's share (1:00 to 1:30), or less than a second outside it: on schedule.
        assert_eq!(pace(75_000.0, 5.0 * MIN, 2, 10).ahead, 0.0);
        assert_eq!(pace(59_500.0, 5.0 * MIN, 2, 10).ahead, 0.0);
        assert_eq!(pace(90_900.0, 5.0 * MIN, 2, 10).ahead, 0.0);
        assert_eq!(pace(91_000.0, 5.0 * MIN, 2, 10).ahead, -1000.0);
        // Over time.
        let over = pace(6.0 * MIN, 5.0 * MIN, 9, 10);
        assert_eq!((over.left, over.ahead), (-MIN, -MIN));
        assert_eq!(
            pace(0.0, MIN, 0, 0).per_slide,
            MIN,
            "no slides: no division by zero"
        );
    }
}
