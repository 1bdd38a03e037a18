//! The presenter module's entry point (`crate::on_demand::presenter`): presenter mode, the
//! speaker view, the handout and the pre-flight check. Built by tools/post-build.sh and loaded
//! by the page's loader when the URL names a mode.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        // Its own element at the end of the body: presenter mode covers the page from here.
        let (Ok(root), Some(body)) = (document.create_element("div"), document.body()) else {
            return;
        };
        root.set_id(k80_uitleg::contract::PRESENTER_ROOT_ID);
        let _ = body.append_child(&root);
        yew::Renderer::<k80_uitleg::on_demand::presenter::root::PresenterRoot>::with_root(root)
            .render();
    }
}
