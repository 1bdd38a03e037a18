//! The page's own URL, read and rewritten by the module: one place for parsing the location
//! and for replacing some query parameters while keeping the others.

use crate::route::{parse, Route};

/// What the current location asks for.
pub fn route_in_url() -> Route {
    let location = web_sys::window().map(|w| w.location());
    let part = |f: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| {
        location
            .as_ref()
            .and_then(|l| f(l).ok())
            .unwrap_or_default()
    };
    parse(
        &part(web_sys::Location::hash),
        &part(web_sys::Location::search),
    )
}

/// The page's path and query, with each named parameter replaced by its new value (or left
/// out for `None`) and every other parameter kept in its place after them. No fragment.
pub fn url_with(replace: &[(&str, Option<String>)]) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let search = location.search().unwrap_or_default();
    let replaced = |pair: &str| {
        let name = pair.split_once('=').map_or(pair, |(name, _)| name);
        replace.iter().any(|(n, _)| *n == name)
    };
    let new: Vec<String> = replace
        .iter()
        .filter_map(|(name, value)| value.as_ref().map(|v| format!("{name}={v}")))
        .collect();
    let query: Vec<&str> = new
        .iter()
        .map(String::as_str)
        .chain(
            search
                .trim_start_matches('?')
                .split('&')
                .filter(|p| !p.is_empty() && !replaced(p)),
        )
        .collect();
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{}", query.join("&"))
    };
    format!("{}{query}", location.pathname().unwrap_or_default())
}

/// Puts `url` in the address bar without a new history entry.
pub fn replace_url(url: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}
