//! The presenter module's entry point (`crate::on_demand::presenter`): presenter mode, the
//! speaker view, the handout and the pre-flight check. Built by tools/post-build.sh and loaded
//! by the page's loader when the URL names a mode.

fn main() {
    #[cfg(target_arch = "wasm32")]
    k80_uitleg::on_demand::start::<k80_uitleg::on_demand::presenter::root::PresenterRoot>(
        k80_uitleg::contract::PRESENTER_ROOT_ID,
    );
}
