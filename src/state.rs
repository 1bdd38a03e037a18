//! App state: the current view, which expandable sections are open, and URL problems.

use std::rc::Rc;

use yew::Reducible;

use crate::content::STEP_HEADS;
use crate::route::{Problem, Route, Sentence, View};

/// The two kinds of expandable section a step can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PanelKind {
    /// "Lees de oorspronkelijke tekst": the memo's own words.
    Original,
    /// "Begrippen uitgelegd": the glossary entries of the step.
    Terms,
}

/// One expandable section on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panel {
    /// Index into [`STEP_HEADS`].
    pub step: usize,
    /// Which section of that step.
    pub kind: PanelKind,
}

impl Panel {
    /// Every section that exists, in page order.
    pub fn all() -> impl Iterator<Item = Panel> {
        STEP_HEADS.iter().enumerate().flat_map(|(step, s)| {
            let original = s.has_part.then_some(Panel {
                step,
                kind: PanelKind::Original,
            });
            let terms = s.has_terms.then_some(Panel {
                step,
                kind: PanelKind::Terms,
            });
            original.into_iter().chain(terms)
        })
    }

    /// The id of the panel element (`aria-controls` points here).
    pub fn dom_id(self) -> String {
        let suffix = match self.kind {
            PanelKind::Original => "tekst",
            PanelKind::Terms => "begrippen",
        };
        format!("{}-{suffix}", STEP_HEADS[self.step].id)
    }

    fn bit(self) -> u32 {
        1 << (self.step * 2 + self.kind as usize)
    }
}

/// Everything that changes while the visitor reads.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppState {
    /// The view on screen.
    pub view: View,
    /// Open sections, one bit per [`Panel`].
    open: u32,
    /// What in the URL was ignored, shown as a message.
    pub problems: Vec<Problem>,
    /// Counts navigations after arrival, so focus moves only when the visitor navigates.
    pub navigations: u32,
    /// The step last shown, to return to from the whole text.
    pub last_step: usize,
    /// Whether the app runs in the browser (set on arrival, after its first render).
    pub interactive: bool,
    /// The sentence of the memo that is marked: the one the URL names, or the one chosen
    /// to cite.
    pub marked: Option<Sentence>,
}

/// What can happen to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The page has loaded at this location (after the first render).
    Arrive(Route),
    /// The location changed (link, back button, typed URL).
    Navigate(Route),
    /// A section's button was pressed.
    Toggle(Panel),
    /// Find-in-page revealed a section's text.
    Reveal(Panel),
    /// "Alles openen" (`true`) or "Alles sluiten" (`false`).
    SetAll(bool),
    /// The visitor closed the message about the URL.
    DismissProblems,
    /// The visitor chose a sentence to cite: it is marked (the URL stays).
    Mark(Sentence),
}

impl AppState {
    /// Whether a section is open.
    pub fn is_open(&self, panel: Panel) -> bool {
        self.open & panel.bit() != 0
    }

    /// Whether every section of the view is open (`false` for a view without sections).
    pub fn all_open_in(&self, view: View) -> bool {
        let mut panels = Panel::all()
            .filter(|p| view.step_index() == Some(p.step))
            .peekable();
        panels.peek().is_some() && panels.all(|p| self.is_open(p))
    }

    fn with_route(mut self, route: Route, navigated: bool) -> Self {
        if let Some(view) = route.view() {
            let sentence = route.sentence();
            // Moving to a sentence in the same step moves the focus too (to the sentence).
            if navigated && (view != self.view || sentence.is_some_and(|s| Some(s) != self.marked))
            {
                self.navigations += 1;
            }
            self.view = view;
            if let View::Step(n) = view {
                self.last_step = n;
            }
            // A sentence's section opens, so the sentence can be seen.
            if let Some(sentence) = sentence {
                self.open |= Panel {
                    step: sentence.step,
                    kind: PanelKind::Original,
                }
                .bit();
            }
            self.marked = sentence;
        }
        self.problems = route.problems;
        self
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let state = (*self).clone();
        let next = match action {
            Action::Arrive(route) => AppState {
                interactive: true,
                ..state
            }
            .with_route(route, false),
            Action::Navigate(route) => state.with_route(route, true),
            Action::Toggle(panel) => AppState {
                open: state.open ^ panel.bit(),
                ..state
            },
            Action::Reveal(panel) => AppState {
                open: state.open | panel.bit(),
                ..state
            },
            Action::SetAll(open) => {
                let all = if open {
                    Panel::all().fold(0, |bits, p| bits | p.bit())
                } else {
                    0
                };
                AppState { open: all, ..state }
            }
            Action::DismissProblems => AppState {
                problems: Vec::new(),
                ..state
            },
            Action::Mark(sentence) => AppState {
                marked: Some(sentence),
                ..state
            },
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::parse;

    fn reduce(state: AppState, action: Action) -> AppState {
        (*Rc::new(state).reduce(action)).clone()
    }

    #[test]
    fn panels_exist_only_where_there_is_content() {
        let panels: Vec<_> = Panel::all().collect();
        // The start step has neither memo text nor terms.
        assert!(panels.iter().all(|p| p.step != 0));
        assert!(panels.contains(&Panel {
            step: 1,
            kind: PanelKind::Original
        }));
        assert!(STEP_HEADS.len() * 2 <= 32, "one bit per possible panel");
        let ids: Vec<_> = panels.iter().map(|p| p.dom_id()).collect();
        assert!(ids.contains(&"inleiding-tekst".to_string()));
    }

    #[test]
    fn toggle_opens_and_closes_one_panel() {
        let panel = Panel {
            step: 2,
            kind: PanelKind::Terms,
        };
        let open = reduce(AppState::default(), Action::Toggle(panel));
        assert!(open.is_open(panel));
        assert!(!open.is_open(Panel {
            step: 2,
            kind: PanelKind::Original
        }));
        assert!(!reduce(open, Action::Toggle(panel)).is_open(panel));
    }

    #[test]
    fn reveal_never_closes() {
        let panel = Panel {
            step: 1,
            kind: PanelKind::Original,
        };
        let once = reduce(AppState::default(), Action::Reveal(panel));
        assert!(reduce(once, Action::Reveal(panel)).is_open(panel));
    }

    #[test]
    fn set_all_opens_and_closes_everything() {
        let all = reduce(AppState::default(), Action::SetAll(true));
        assert!(Panel::all().all(|p| all.is_open(p)));
        assert!(all.all_open_in(View::Step(1)));
        assert!(
            !all.all_open_in(View::Step(0)),
            "the start step has no sections"
        );
        let none = reduce(all, Action::SetAll(false));
        assert!(Panel::all().all(|p| !none.is_open(p)));
    }

    #[test]
    fn navigation_counts_only_real_moves() {
        let arrived = reduce(AppState::default(), Action::Arrive(parse("#tot-slot", "")));
        assert_eq!(arrived.view, View::Step(5));
        assert_eq!(arrived.navigations, 0);
        assert!(arrived.interactive && !AppState::default().interactive);
        let moved = reduce(arrived, Action::Navigate(parse("#inleiding", "")));
        assert_eq!((moved.view, moved.navigations), (View::Step(1), 1));
        let full = reduce(moved.clone(), Action::Navigate(parse("#notitie", "")));
        assert_eq!((full.view, full.last_step), (View::FullText, 1));
        let anchor = reduce(moved.clone(), Action::Navigate(parse("#inhoud", "")));
        assert_eq!(anchor, moved);
    }

    #[test]
    fn a_sentence_in_the_url_opens_its_section_marks_it_and_moves_the_focus() {
        let original = Panel {
            step: 3,
            kind: PanelKind::Original,
        };
        let sentence = Sentence { step: 3, n: 13 };
        let arrived = reduce(
            AppState::default(),
            Action::Arrive(parse("#ruimte-voor-verbetering-zin-13", "")),
        );
        assert_eq!(arrived.view, View::Step(3));
        assert!(arrived.is_open(original));
        assert_eq!((arrived.marked, arrived.navigations), (Some(sentence), 0));
        // Another sentence of the same step: the focus moves (a navigation).
        let other = reduce(
            arrived.clone(),
            Action::Navigate(parse("#ruimte-voor-verbetering-zin-2", "")),
        );
        assert_eq!(other.navigations, 1);
        assert_eq!(other.marked, Some(Sentence { step: 3, n: 2 }));
        // The step itself: the mark goes, the section stays open.
        let step = reduce(
            other,
            Action::Navigate(parse("#ruimte-voor-verbetering", "")),
        );
        assert_eq!((step.marked, step.navigations), (None, 1));
        assert!(step.is_open(original));
        // Choosing a sentence to cite marks it, and moves nothing.
        let chosen = reduce(step, Action::Mark(Sentence { step: 3, n: 5 }));
        assert_eq!(
            (chosen.marked, chosen.navigations),
            (Some(Sentence { step: 3, n: 5 }), 1)
        );
    }

    #[test]
    fn problems_are_shown_until_dismissed_or_replaced() {
        let bad = reduce(AppState::default(), Action::Arrive(parse("#onzin", "?x=1")));
        assert_eq!(bad.problems.len(), 2);
        assert!(reduce(bad.clone(), Action::DismissProblems)
            .problems
            .is_empty());
        assert!(reduce(bad, Action::Navigate(parse("#notitie", "")))
            .problems
            .is_empty());
    }
}
