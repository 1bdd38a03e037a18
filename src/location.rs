//! The browser's address bar: the only code that reads or writes `location` and `history`,
//! always through [`crate::route`] (parse and format). Both modules follow the URL the same
//! way: [`use_route`] re-renders a component when the part of the route it selects changes,
//! on `popstate` (back and forward), `hashchange` (links) and [`ROUTE_EVENT`] (a module's
//! own `pushState`/`replaceState`, see [`go`]).

use gloo_events::EventListener;
use yew::prelude::*;

use crate::contract::{dispatch, ROUTE_EVENT};
use crate::route::{parse, Route};

/// What the address bar asks for now (the default route outside a browser, as when the
/// page is prerendered).
pub fn current() -> Route {
    if cfg!(not(target_arch = "wasm32")) {
        return Route::default();
    }
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return Route::default();
    };
    parse(
        &location.hash().unwrap_or_default(),
        &location.search().unwrap_or_default(),
    )
}

/// The page's path followed by `route`: a same-document URL for `history` and links.
pub fn href(route: &Route) -> String {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    format!("{path}{}", route.format())
}

/// The page's absolute address for `route` (origin and path first): for links that leave
/// the page, such as an embed's `src`.
pub fn absolute(route: &Route) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", href(route))
}

/// The absolute address of `file`, a file beside the page (such as `embed.js`).
pub fn file_address(file: &str) -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .and_then(|page| web_sys::Url::new_with_base(file, &page).ok())
        .map(|url| url.href())
        .unwrap_or_else(|| file.to_owned())
}

/// How a change of route enters the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// A new entry: Back returns to the route before.
    Push,
    /// The current entry changes (a slide, a choice refined).
    Replace,
}

/// Puts `route` in the address bar and tells both modules ([`ROUTE_EVENT`]).
pub fn go(route: &Route, entry: Entry) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let url = href(route);
    let null = wasm_bindgen::JsValue::NULL;
    let _ = match entry {
        Entry::Push => history.push_state_with_url(&null, "", Some(&url)),
        Entry::Replace => history.replace_state_with_url(&null, "", Some(&url)),
    };
    dispatch(ROUTE_EVENT);
}

/// Calls `on_change` whenever the URL may have changed; the listeners stop when dropped.
pub fn on_change(on_change: impl Fn() + Clone + 'static) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    ["popstate", "hashchange", ROUTE_EVENT]
        .into_iter()
        .map(|name| {
            let on_change = on_change.clone();
            EventListener::new(&window, name, move |_| on_change())
        })
        .collect()
}

/// The part of the route that `select` picks, kept in step with the address bar. The
/// component re-renders only when that part changes.
#[hook]
pub fn use_route<T>(select: fn(&Route) -> T) -> T
where
    T: PartialEq + Clone + 'static,
{
    let selected = use_state_eq(|| select(&current()));
    {
        let selected = selected.clone();
        use_effect_with((), move |_| {
            let listeners = on_change(move || selected.set(select(&current())));
            move || drop(listeners)
        });
    }
    (*selected).clone()
}
