//! Browser entry point: hydrates the prerendered page.

fn main() {
    #[cfg(target_arch = "wasm32")]
    k80_uitleg::hydrate();
}
