//! Interactive explainer of K80's memo of 27 February 2026 to the Tweede Kamer.
//!
//! The page is rendered at build time (yew SSR, see `prerender`); in the browser the
//! WebAssembly renders only the parts that change into it, with the same components
//! (`components::islands`).

pub mod claims;
pub mod components;
pub mod content;
pub mod contract;
pub mod hooks;
pub mod indicators;
pub mod location;
pub mod map;
pub mod municipality;
pub mod numbers;
pub mod qr;
pub mod route;
pub mod search;
pub mod sentences;
pub mod share;
pub mod slides;
pub mod state;
pub mod stats;

#[cfg(not(target_arch = "wasm32"))]
pub mod cards;
#[cfg(target_arch = "wasm32")]
pub mod on_demand;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
#[cfg(not(target_arch = "wasm32"))]
pub mod style;
#[cfg(not(target_arch = "wasm32"))]
pub mod theme;

pub use components::app::App;

pub use contract::ROOT_ID;

/// Starts the app over the prerendered page: renders the islands into their hosts. Called
/// from `main` in the browser.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // Rendering runs after this function returns, so the loader cannot catch a panic there.
    // Fall back to the page without the app: every step, every section.
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        if let Some(html) = contract::html_element() {
            let _ = html.class_list().add_1(contract::NO_WASM_CLASS);
        }
    }));
    let window = web_sys::window().expect("a browser window");
    let document = window.document().expect("a document");
    // In a task of its own: compiling and starting the WebAssembly is one task, rendering
    // the islands another, so neither blocks the page for long (total blocking time).
    let start = wasm_bindgen::closure::Closure::once_into_js(move || {
        components::islands::start(&document);
    });
    let _ = window.set_timeout_with_callback(wasm_bindgen::JsCast::unchecked_ref(&start));
}
