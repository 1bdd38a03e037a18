//! Custom hooks: the link between the app state and the browser's location, title and focus.
//!
//! Effects never run during server-side rendering, so none of this touches the DOM at build
//! time; the first client render therefore equals the prerendered HTML, and the location is
//! read only after hydration.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::content::{ui, STEPS};
use crate::route::{parse, Route, View};
use crate::state::{Action, AppState};

fn current_route() -> Option<Route> {
    let location = web_sys::window()?.location();
    Some(parse(&location.hash().ok()?, &location.search().ok()?))
}

/// Event dispatched on `window` once the app has hydrated.
pub const READY_EVENT: &str = "k80-klaar";

/// The app state, kept in step with the URL: the view follows the fragment, the back
/// button and shared links work, the document title names the view, and after a
/// navigation focus moves to the new view's heading.
#[hook]
pub fn use_app_state() -> UseReducerHandle<AppState> {
    let state = use_reducer(AppState::default);

    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            if let Some(route) = current_route() {
                dispatcher.dispatch(Action::Arrive(route));
            }
            // Tell the page's loader the app has hydrated: the comparison module may now
            // render into its mount point (see Trunk.toml).
            if let Some(window) = web_sys::window() {
                if let Ok(event) = web_sys::Event::new(READY_EVENT) {
                    let _ = window.dispatch_event(&event);
                }
            }
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    if let Some(route) = current_route() {
                        dispatcher.dispatch(Action::Navigate(route));
                    }
                })
            });
            move || drop(listener)
        });
    }

    use_effect_with(state.view, |view| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&document_title(*view));
        }
    });

    use_effect_with((state.navigations, state.view), |(navigations, view)| {
        if *navigations > 0 {
            move_focus_to(*view);
        }
    });

    state
}

/// The document title for a view: its name, then the page's title.
pub fn document_title(view: View) -> String {
    let name = match view {
        View::Step(n) => STEPS[n].name,
        View::FullText => ui::HELE_NOTITIE_KOP,
        View::Compare => ui::VERGELIJK_KOP,
    };
    format!("{name} – {}", ui::PAGINATITEL)
}

/// Shows the top of the walk (progress and all) and focuses the view's heading, so screen
/// readers announce where the visitor has arrived.
fn move_focus_to(view: View) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // Embedded, scrolling into view would scroll the host page too: the host's scrolling is
    // the host's.
    let embedded = document
        .document_element()
        .is_some_and(|html| html.class_list().contains("embed"));
    let top = document.get_element_by_id(crate::components::progress_nav::PROGRESS_ID);
    if let Some(top) = top.filter(|_| !embedded) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        top.scroll_into_view_with_scroll_into_view_options(&options);
    }
    let heading = document
        .get_element_by_id(&heading_id(view.fragment()))
        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
    if let Some(heading) = heading {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = heading.focus_with_options(&options);
    }
}

/// Id of a view's main heading.
pub fn heading_id(fragment: &str) -> String {
    format!("{fragment}-kop")
}
