//! App state: the current view, which expandable sections are open, and URL problems.

use std::rc::Rc;

use yew::Reducible;

use crate::content::STEP_HEADS;
use crate::route::{Problem, Route, View};

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
            if navigated && view != self.view {
                self.navigations += 1;
            }
            self.view = view;
            if let View::Step(n) = view {
                self.last_step = n;
            }
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
