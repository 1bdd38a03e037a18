//! Rendering and hydration in a real browser (headless Chromium, via wasm-bindgen-test).
//!
//! Run with `cargo test --target wasm32-unknown-unknown --test browser`. After each action
//! the tests await `yew::scheduler::flush()`, which resolves once yew has finished rendering
//! and running effects; where the app works in a task of its own (taking over the page after
//! hydration) they wait for the condition, a task at a time: no sleeps.

#![cfg(target_arch = "wasm32")]

use k80_uitleg::content::STEPS;
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

/// The next task: the app takes over the page in a task of its own after hydration.
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

#[wasm_bindgen_test]
async fn app_renders_every_view() {
    let root = mount_point();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    flush().await;
    assert_eq!(count(&root, ".view"), STEPS.len() as u32 + 2);
    assert_eq!(count(&root, "main"), 1);
    assert!(query(&root, "#start[data-current]").is_some());
    // The text that never changes (title, headlines, the memo, summaries, terms) is not the
    // browser's to render: it comes prerendered (`components::fixed`), so the WebAssembly
    // carries none of it.
    assert_eq!(count(&root, "h1"), 0);
    assert!(query(&root, "#start-kop").is_none());
    handle.destroy();
}

#[wasm_bindgen_test]
async fn disclosure_toggles() {
    let root = mount_point();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    flush().await;
    toggles(&root).await;
    handle.destroy();
}

#[wasm_bindgen_test]
async fn prerendered_html_hydrates_without_mismatch() {
    let html = yew::LocalServerRenderer::<App>::new()
        .hydratable(true)
        .render()
        .await;
    // What the build puts between the markers of each fixed block (in the browser the
    // server renderer leaves them empty): a probe, which hydration must adopt as it is.
    let empty_block = "<!--<#>--><!--</#>-->";
    let blocks = html.matches(empty_block).count();
    assert!(blocks >= 2 * STEPS.len(), "only {blocks} fixed blocks");
    let html = html.replace(
        empty_block,
        "<!--<#>--><p class=\"probe\">Vaste tekst</p><!--</#>-->",
    );
    let root = mount_point();
    root.set_inner_html(&html);
    let headline_before = query(&root, "#start").unwrap();
    let probe_before = query(&root, ".probe").unwrap();
    // The content; the message area may change with the test page's own URL.
    let views_text = |root: &Element| query(root, ".views").unwrap().text_content().unwrap();
    let text_before = views_text(&root);
    document().set_title("");

    // A structural mismatch panics inside yew, which fails this test.
    let handle = yew::Renderer::<App>::with_root(root.clone()).hydrate();
    // Hydration, then (a task later) the app takes over: its buttons appear.
    until(&root, ".accordion__button").await;
    assert!(
        document().title().contains(STEPS[0].name),
        "the app's effects ran"
    );

    // Hydration reuses the server's nodes: nothing duplicated, nothing replaced, and the
    // text (which yew would silently overwrite) is what the server rendered.
    assert_eq!(count(&root, ".view"), STEPS.len() as u32 + 2);
    assert_eq!(count(&root, "main"), 1);
    assert!(query(&root, "#start")
        .unwrap()
        .is_same_node(Some(&headline_before)));
    assert!(query(&root, ".probe")
        .unwrap()
        .is_same_node(Some(&probe_before)));
    assert_eq!(count(&root, ".probe"), blocks as u32);
    assert_eq!(views_text(&root), text_before);
    // And the hydrated page is live.
    toggles(&root).await;
    handle.destroy();
}
