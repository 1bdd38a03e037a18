//! One component per file, each with its props beside it. Pure markup without state or
//! callbacks is a plain function returning `Html` (lower-case name): a yew component type
//! costs code size in the WebAssembly and hydration markers in the HTML.
//!
//! Text that never changes is prerendered and adopted as it is: [`fixed`] (the memo, our
//! summaries, the terms); the views below it are built only at build time.
//!
//! Never put two text nodes side by side (`{a}{b}`): the prerendered HTML merges them into
//! one, and hydration then has to split it again, a DOM change the browser repaints (and
//! reports as a new largest contentful paint). Format them into one string.

pub mod app;
pub mod compare;
pub mod disclosure;
pub mod fixed;
pub mod full_text;
#[cfg(not(target_arch = "wasm32"))]
pub mod memo_part;
pub mod notices;
pub mod pager;
pub mod progress_nav;
pub mod rich_text;
pub mod route_links;
#[cfg(not(target_arch = "wasm32"))]
pub mod site_footer;
#[cfg(not(target_arch = "wasm32"))]
pub mod site_header;
#[cfg(not(target_arch = "wasm32"))]
pub mod sources;
#[cfg(not(target_arch = "wasm32"))]
pub mod start_intro;
#[cfg(not(target_arch = "wasm32"))]
pub mod statement;
pub mod step_view;
#[cfg(not(target_arch = "wasm32"))]
pub mod term_list;
pub mod toolbar;
