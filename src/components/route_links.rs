//! The two links made from the whole location: to presenter mode, and from an embed to the
//! full page. Each follows the URL by itself ([`use_route`]), so a change of municipality or
//! slide re-renders only these links, not the explainer.

use yew::prelude::*;

use crate::content::ui;
use crate::location::{go, use_route, Entry};
use crate::route::{Mode, Route, View};

/// The location in presenter mode, at the same step and with the same municipality.
fn presenting(route: &Route) -> Route {
    route.in_mode(Mode::Presenting)
}

/// "Presenteren": presenter mode at the current step, in the same page (a new history entry,
/// so Back returns to reading; the explainer then asks the loader for the module). Without
/// the app the link loads the page in presenter mode.
#[component]
pub fn PresentLink() -> Html {
    let to = use_route(presenting);
    let href = to.format();
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        go(&to, Entry::Push);
    });
    html! {
        <a class="toolbar__link toolbar__present" {href} {onclick}>{ui::PRESENTEREN}</a>
    }
}

/// The full page for an embedded one: the same view and municipality, without embed mode
/// (the comparison alone becomes the comparison view).
fn full_page(route: &Route) -> Route {
    let at = if route.compare_only {
        route.at(View::Compare)
    } else {
        route.clone()
    };
    Route {
        embed: false,
        compare_only: false,
        ..at
    }
}

/// "Bekijk de volledige uitleg", shown only in embed mode (the stylesheet), in a new tab.
#[component]
pub fn FullPageLink() -> Html {
    let to = use_route(full_page);
    let href = format!("./{}", to.format());
    html! {
        <a {href} target="_blank" rel="noopener">{ui::BEKIJK_VOLLEDIG}</a>
    }
}
