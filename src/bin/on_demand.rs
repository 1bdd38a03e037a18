//! The on-demand module's entry point (`crate::on_demand`): the comparison (into the explainer's `#vergelijk-app`),
//! "Wat zeggen de cijfers?" and the personal lines in the steps, and presenter mode. Built by
//! tools/post-build.sh and loaded by the page's loader when one of them is wanted.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        // Its own element at the end of the body: the comparison and the steps are reached
        // through portals, presenter mode covers the page from here.
        let (Ok(root), Some(body)) = (document.create_element("div"), document.body()) else {
            return;
        };
        root.set_id(k80_uitleg::contract::MODULE_ROOT_ID);
        let _ = body.append_child(&root);
        yew::Renderer::<k80_uitleg::on_demand::root::Root>::with_root(root).render();
    }
}
