//! Rendering and hydration in a real browser (headless Chromium, via wasm-bindgen-test).
//!
//! Run with `cargo test --target wasm32-unknown-unknown --test browser`.

#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use k80_uitleg::content::STEPS;
use k80_uitleg::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

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

/// Waits (yielding to the browser between checks) until `condition` holds; fails after 5 s.
async fn wait_for(what: &str, condition: impl Fn() -> bool) {
    for _ in 0..500 {
        if condition() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting for: {what}");
}

fn query(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

async fn toggles(root: &Element) {
    wait_for("the section's button", || {
        query(root, "#inleiding-tekst-knop").is_some()
    })
    .await;
    let button: HtmlElement = query(root, "#inleiding-tekst-knop")
        .unwrap()
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
    wait_for("the panel to open", || {
        button.get_attribute("aria-expanded").as_deref() == Some("true")
    })
    .await;
    assert!(
        !panel.has_attribute("hidden"),
        "an open panel is not hidden"
    );

    button.click();
    wait_for("the panel to close", || {
        button.get_attribute("aria-expanded").as_deref() == Some("false")
    })
    .await;
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
    wait_for("the first step", || query(&root, "#start").is_some()).await;
    assert_eq!(count(&root, ".view"), STEPS.len() as u32 + 1);
    assert_eq!(count(&root, "h1"), 1);
    assert_eq!(count(&root, "main"), 1);
    assert!(query(&root, r#"#start[data-current]"#).is_some());
    handle.destroy();
}

#[wasm_bindgen_test]
async fn disclosure_toggles() {
    let root = mount_point();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    wait_for("the disclosure", || {
        query(&root, "#inleiding-tekst-knop").is_some()
    })
    .await;
    toggles(&root).await;
    handle.destroy();
}

#[wasm_bindgen_test]
async fn prerendered_html_hydrates_without_mismatch() {
    let html = yew::LocalServerRenderer::<App>::new()
        .hydratable(true)
        .render()
        .await;
    let root = mount_point();
    root.set_inner_html(&html);
    let headline_before = query(&root, "#start-kop").unwrap();

    document().set_title("");
    // A mismatch panics inside yew, which fails this test.
    let handle = yew::Renderer::<App>::with_root(root.clone()).hydrate();
    // Hydration has finished once the app's effects ran: the document title is set.
    wait_for("hydration", || document().title().contains(STEPS[0].name)).await;

    // Hydration reuses the server's nodes: nothing duplicated, nothing replaced.
    assert_eq!(count(&root, ".view"), STEPS.len() as u32 + 1);
    assert_eq!(count(&root, "main"), 1);
    assert!(query(&root, "#start-kop")
        .unwrap()
        .is_same_node(Some(&headline_before)));
    // And the hydrated page is live.
    toggles(&root).await;
    handle.destroy();
}
