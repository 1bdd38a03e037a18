//! Interactive explainer of K80's memo of 27 February 2026 to the Tweede Kamer.
//!
//! The same components render twice: natively at build time (yew SSR, see `prerender`), and
//! in the browser, where the WebAssembly build hydrates that HTML.

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
pub mod route;
pub mod search;
pub mod slides;
pub mod state;
pub mod stats;

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

/// Hydrates the prerendered page. Called from `main` in the browser.
#[cfg(all(target_arch = "wasm32", feature = "hydration"))]
pub fn hydrate() {
    // Hydration runs after this function returns, so the loader cannot catch a panic there
    // (a mismatch, say). Fall back to the page without the app: every step, every section.
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        if let Some(html) = contract::html_element() {
            let _ = html.class_list().add_1(contract::NO_WASM_CLASS);
        }
    }));
    let window = web_sys::window().expect("a browser window");
    let root = window
        .document()
        .and_then(|d| d.get_element_by_id(ROOT_ID))
        .expect("index.html has an element with id \"app\"");
    // In a task of its own: compiling and starting the WebAssembly is one task, hydrating
    // the page another, so neither blocks the page for long (total blocking time).
    let start = wasm_bindgen::closure::Closure::once_into_js(move || {
        yew::Renderer::<App>::with_root(root).hydrate();
    });
    let _ = window.set_timeout_with_callback(wasm_bindgen::JsCast::unchecked_ref(&start));
}
