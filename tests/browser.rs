//! The app over the prerendered page in a real browser (headless Chromium, via
//! wasm-bindgen-test).
//!
//! Run with `cargo test --target wasm32-unknown-unknown --test browser`. After each action
//! the tests await `yew::scheduler::flush()`, which resolves once yew has finished rendering
//! and running effects; where the app works in a task of its own (taking over the page after
//! its first render) they wait for the condition, a task at a time: no sleeps.

#![cfg(target_arch = "wasm32")]

use k80_uitleg::components::islands::{self, Island};
use k80_uitleg::content::STEPS;
use k80_uitleg::route::View;
use k80_uitleg::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::scheduler::flush;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element to render into.
fn mount_point() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

fn query(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

/// The next task: the app takes over the page in a task of its own after its first render.
async fn next_task() {
    let promise = web_sys::js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits, a task at a time, until `selector` is in `root` (at most 50 tasks).
async fn until(root: &Element, selector: &str) {
    for _ in 0..50 {
        flush().await;
        if query(root, selector).is_some() {
            return;
        }
        next_task().await;
    }
    panic!("{selector} never appeared");
}

async fn toggles(root: &Element) {
    until(root, "#inleiding-tekst-knop").await;
    let button: HtmlElement = query(root, "#inleiding-tekst-knop")
        .expect("the section has its button once the app runs")
        .dyn_into()
        .unwrap();
    let panel = query(root, "#inleiding-tekst").unwrap();
    assert_eq!(
        button.get_attribute("aria-controls").as_deref(),
        Some("inleiding-tekst")
    );
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(
        panel.get_attribute("hidden").as_deref(),
        Some("until-found")
    );

    button.click();
    flush().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(
        !panel.has_attribute("hidden"),
        "an open panel is not hidden"
    );

    button.click();
    flush().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(
        panel.get_attribute("hidden").as_deref(),
        Some("until-found"),
        "closed, still in the DOM"
    );
}

/// The prerendered page, in the document: the markup the build writes
/// (`prerender::render_app`), here rendered by the browser and copied (yew's server renderer
/// and its browser renderer cannot run in one WebAssembly instance).
async fn prerendered_page() -> Element {
    let scratch = document().create_element("div").unwrap();
    let handle = yew::Renderer::<App>::with_root(scratch.clone()).render();
    flush().await;
    let root = mount_point();
    root.set_inner_html(&scratch.inner_html());
    handle.destroy();
    root
}

/// Puts `fragment` in the address bar without a navigation (the app reads it when it
/// takes over).
fn set_fragment(fragment: &str) {
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment))
        .unwrap();
}

#[wasm_bindgen_test]
async fn islands_render_into_the_prerendered_page() {
    set_fragment("#inleiding");
    let root = prerendered_page().await;
    let html_of = |island: Island| {
        document()
            .get_element_by_id(&island.id())
            .expect("every host is in the page")
            .inner_html()
    };
    let full_page_link = html_of(Island::FullPageLink);
    let headline = query(&root, "#start-kop").unwrap();
    let focused: HtmlElement = query(&root, "#voortgang a[href='#inleiding']")
        .unwrap()
        .dyn_into()
        .unwrap();
    focused.focus().unwrap();
    document().set_title("");

    let handle = islands::start(&document());
    flush().await;
    // A link focused before the app ran has the focus again, in the new host content.
    let active = document().active_element().unwrap();
    assert!(
        !active.is_same_node(Some(&focused)),
        "the island is rendered anew"
    );
    assert_eq!(active.get_attribute("href").as_deref(), Some("#inleiding"));
    assert!(active.closest("#voortgang").unwrap().is_some());

    // Then the app takes over: the view the URL names, its title, the sections' buttons.
    until(&root, ".accordion__button").await;
    assert!(query(&root, "#inleiding[data-current]").is_some());
    assert_eq!(count(&root, "[data-current]"), 1);
    assert!(
        document().title().contains(STEPS[1].name),
        "{}",
        document().title()
    );
    assert_eq!(
        query(&root, "#voortgang [aria-current='step']")
            .unwrap()
            .get_attribute("href")
            .as_deref(),
        Some("#inleiding")
    );
    assert!(!query(&root, ".toolbar__button")
        .unwrap()
        .has_attribute("disabled"));
    assert_eq!(html_of(Island::FullPageLink), full_page_link);
    // The whole text leads back to the step the visitor came from.
    assert!(html_of(Island::Pager(View::FullText)).contains(r##"href="#inleiding""##));
    // The rest of the page is the prerendered one, not a copy.
    assert!(query(&root, "#start-kop")
        .unwrap()
        .is_same_node(Some(&headline)));
    assert_eq!(count(&root, ".view"), STEPS.len() as u32 + 2);
    toggles(&root).await;
    handle.destroy();
    root.remove();
    set_fragment("#");
}

#[wasm_bindgen_test]
async fn alles_openen_and_alles_sluiten() {
    set_fragment("#inleiding");
    let root = prerendered_page().await;
    let handle = islands::start(&document());
    until(&root, ".accordion__button").await;
    let all: HtmlElement = query(&root, ".toolbar__button")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(!all.has_attribute("disabled"), "enabled once the app runs");
    all.click();
    flush().await;
    assert_eq!(count(&root, ".accordion__panel[hidden]"), 0);
    assert_eq!(count(&root, "[aria-expanded='false']"), 0);
    assert_eq!(all.text_content().as_deref(), Some("Alles sluiten"));
    all.click();
    flush().await;
    assert_eq!(
        count(&root, ".accordion__panel[hidden='until-found']"),
        count(&root, ".accordion__panel")
    );
    assert_eq!(all.text_content().as_deref(), Some("Alles openen"));
    handle.destroy();
    root.remove();
    set_fragment("#");
}
