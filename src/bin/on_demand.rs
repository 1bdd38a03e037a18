//! The on-demand module's entry point (`crate::on_demand`): the comparison (into the explainer's `#vergelijk-app`),
//! "Wat zeggen de cijfers?" and the personal lines in the steps, and the embed dialog. Built
//! by tools/post-build.sh and loaded by the page's loader when one of them is wanted.

fn main() {
    #[cfg(target_arch = "wasm32")]
    k80_uitleg::on_demand::start::<k80_uitleg::on_demand::root::Root>(
        k80_uitleg::contract::MODULE_ROOT_ID,
    );
}
