//! Custom hooks: the link between the app state and the browser's location, title and focus,
//! and the prerendered page's views and sections.
//!
//! The app's first render is the prerendered page's state (the first step, every section
//! closed); the location is read a task later.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::components::cite_box::{show_chosen, wire};
use crate::content::{ui, STEP_HEADS};
use crate::contract::{
    dispatch, element_by_id, focus_new_content, page_has_class, CURRENT_ATTR, EMBED_CLASS,
    MARKED_ATTR, MODULE_EVENT, PRESENTER_EVENT, PROGRESS_ID, READY_EVENT, REVEALED_ATTR,
};
use crate::location::{current, on_change};
use crate::route::{Sentence, View};
use crate::state::{Action, AppState, Panel};

/// The app state, kept in step with the URL: the view follows the address bar (links, the
/// back and forward buttons, the on-demand module's own changes), shared links work, the
/// document title names the view, and after a navigation focus moves to the new view's
/// heading.
#[hook]
pub fn use_app_state() -> UseReducerHandle<AppState> {
    let state = use_reducer(AppState::default);

    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            // Taking over the page (the URL's view, the buttons) in a task of its own after
            // the first render: two short tasks instead of one long one. Until then the page shows
            // what the URL names by itself (the head script), so nothing moves.
            let arrive = dispatcher.clone();
            let take_over = wasm_bindgen::closure::Closure::once_into_js(move || {
                arrive.dispatch(Action::Arrive(current()));
                ask_for_modules_if_needed();
            });
            if let Some(window) = web_sys::window() {
                let _ = window
                    .set_timeout_with_callback(wasm_bindgen::JsCast::unchecked_ref(&take_over));
            }
            let listeners = on_change(move || {
                dispatcher.dispatch(Action::Navigate(current()));
                ask_for_modules_if_needed();
            });
            move || drop(listeners)
        });
    }

    // The view on screen: the stylesheet shows the view with `data-current` once the app
    // runs. Before the effect below, which needs it.
    use_effect_with(state.view, |view| {
        for other in views() {
            if let Some(element) = element_by_id(other.fragment()) {
                let _ = element.toggle_attribute_with_force(CURRENT_ATTR, other == *view);
            }
        }
    });

    // Tell the page (its head script and loader) that the app has taken over, once the view
    // the URL names is in the DOM: effects run in order, after their render is applied. Said
    // any earlier, the head script would stop showing the URL's view while the first step is
    // still the current one, and the page would jump for a frame or more.
    use_effect_with(state.interactive, |interactive| {
        if *interactive {
            dispatch(READY_EVENT);
        }
    });

    use_effect_with(state.view, |view| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&document_title(*view));
        }
    });

    // After a navigation only (marking a sentence to cite moves nothing).
    let (view, marked) = (state.view, state.marked);
    use_effect_with(state.navigations, move |navigations| {
        if *navigations > 0 {
            // In the next frame: a link to a fragment fires `popstate` before the browser
            // has finished its own navigation to the fragment, which would take the focus
            // away again.
            if let Some(window) = web_sys::window() {
                let then = wasm_bindgen::closure::Closure::once_into_js(move || {
                    move_focus_to(view, marked)
                });
                let _ = window.request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&then));
            }
        }
    });

    state
}

/// Every view, in page order.
fn views() -> impl Iterator<Item = View> {
    (0..STEP_HEADS.len())
        .map(View::Step)
        .chain([View::FullText, View::Compare])
}

/// The sections' panels follow the state: closed, `hidden="until-found"`, open, shown.
/// Find-in-page opens a closed one (`beforematch`), also before the app ran (the loader
/// marks it [`REVEALED_ATTR`]): the state follows, with `dispatch`.
#[hook]
pub fn use_panels(state: &AppState, dispatch: &Callback<Action>) {
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listeners: Vec<_> = Panel::all()
                .filter_map(|panel| {
                    let element = element_by_id(&panel.dom_id())?;
                    if element.has_attribute(REVEALED_ATTR) {
                        dispatch.emit(Action::Reveal(panel));
                    }
                    let dispatch = dispatch.clone();
                    Some(EventListener::new(&element, "beforematch", move |_| {
                        dispatch.emit(Action::Reveal(panel))
                    }))
                })
                .collect();
            move || drop(listeners)
        });
    }

    // Only changes: the first state is the prerendered page's, except for sections
    // find-in-page has opened, which the effect above is reporting.
    let first = use_mut_ref(|| true);
    let open: Vec<bool> = Panel::all().map(|panel| state.is_open(panel)).collect();
    use_effect_with(open, move |open| {
        if std::mem::take(&mut *first.borrow_mut()) {
            return;
        }
        for (panel, open) in Panel::all().zip(open) {
            if let Some(element) = element_by_id(&panel.dom_id()) {
                let _ = if *open {
                    element.remove_attribute("hidden")
                } else {
                    element.set_attribute("hidden", "until-found")
                };
            }
        }
    });
}

/// The memo's marked sentence (the one the URL names, or the one chosen to cite) and the
/// "Citeer een zin" boxes (`crate::components::cite_box`): their controls work once the
/// app runs; the marked sentence is marked in the text and chosen in its step's box.
#[hook]
pub fn use_cite_boxes(state: &AppState, dispatch: &Callback<Action>) {
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listeners = wire(&dispatch);
            move || drop(listeners)
        });
    }
    let before = use_mut_ref(|| None::<Sentence>);
    use_effect_with(state.marked, move |marked| {
        let mark = |sentence: Option<Sentence>, on: bool| {
            if let Some(element) = sentence.and_then(|s| element_by_id(&s.id())) {
                let _ = element.toggle_attribute_with_force(MARKED_ATTR, on);
            }
        };
        mark(before.replace(*marked), false);
        mark(*marked, true);
        show_chosen(*marked);
    });
}

/// The on-demand module (the comparison, a municipality) and the presenter module (a mode),
/// as soon as the URL needs them; the loader loads each once, whatever the number of requests.
fn ask_for_modules_if_needed() {
    let route = current();
    if route.needs_module() {
        dispatch(MODULE_EVENT);
    }
    if route.needs_presenter() {
        dispatch(PRESENTER_EVENT);
    }
}

/// The document title for a view: its name, then the page's title.
pub fn document_title(view: View) -> String {
    let name = match view {
        View::Step(n) => STEP_HEADS[n].name,
        View::FullText => ui::HELE_NOTITIE_KOP,
        View::Compare => ui::VERGELIJK_KOP,
    };
    format!("{name} – {}", ui::PAGINATITEL)
}

/// Shows the top of the walk (progress and all) and focuses the view's heading, so screen
/// readers announce where the visitor has arrived; or, for a sentence of the memo, shows
/// that sentence in the middle of the screen and focuses it.
fn move_focus_to(view: View, marked: Option<Sentence>) {
    let (target, block, focus) = match marked {
        Some(sentence) => {
            let id = sentence.id();
            (
                element_by_id(&id),
                web_sys::ScrollLogicalPosition::Center,
                id,
            )
        }
        None => (
            element_by_id(PROGRESS_ID),
            web_sys::ScrollLogicalPosition::Start,
            heading_id(view.fragment()),
        ),
    };
    // Embedded, scrolling into view would scroll the host page too: the host's scrolling is
    // the host's.
    if let Some(target) = target.filter(|_| !page_has_class(EMBED_CLASS)) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(block);
        target.scroll_into_view_with_scroll_into_view_options(&options);
    }
    focus_new_content(&focus, false);
}

/// Id of a view's main heading.
pub fn heading_id(fragment: &str) -> String {
    format!("{fragment}-kop")
}
