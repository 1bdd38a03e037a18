//! The comparison module's entry point: renders into the main app's `#vergelijk-app`.
//! Built by tools/post-build.sh and loaded on demand by the page's loader.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        // Its own styles, kept out of the first view.
        if let (Ok(link), Some(head)) = (document.create_element("link"), document.head()) {
            let _ = link.set_attribute("rel", "stylesheet");
            let _ = link.set_attribute("href", "vergelijk.css");
            let _ = head.append_child(&link);
        }
        let root = document.get_element_by_id(k80_uitleg::components::compare::COMPARE_ROOT_ID);
        if let Some(root) = root {
            yew::Renderer::<k80_uitleg::widget::comparison::Comparison>::with_root(root).render();
        }
    }
}
