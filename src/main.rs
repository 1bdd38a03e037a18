//! Browser entry point: starts the app over the prerendered page.

// The explainer allocates little and lives short; a free-list allocator is enough (and
// about 5 kB smaller than the default), and the WebAssembly is single-threaded. The
// on-demand module (src/bin/on_demand.rs) keeps the default: it allocates much more, and a
// first-fit free list slows down as it fragments.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: this crate is built for wasm32 without threads.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    #[cfg(target_arch = "wasm32")]
    k80_uitleg::start();
}
