//! The page's markup. At build time [`app::App`] renders all of it; in the browser the app
//! renders only the islands ([`islands`]), the parts that change. Pure markup without state
//! or callbacks is a plain function returning `Html` (lower-case name); the one component the
//! browser runs is [`islands::Islands`].

pub mod app;
pub mod checks;
pub mod cite_box;
pub mod compare;
pub mod disclosure;
pub mod figures;
pub mod fixed;
pub mod full_text;
pub mod islands;
pub mod key_figures;
pub mod memo_part;
#[cfg(not(target_arch = "wasm32"))]
pub mod municipality_page;
pub mod notices;
pub mod own_line;
pub mod pager;
pub mod progress_nav;
pub mod qr_code;
pub mod rich_text;
pub mod route_links;
pub mod site_footer;
pub mod site_header;
pub mod sources;
pub mod start_intro;
#[cfg(not(target_arch = "wasm32"))]
pub mod statement;
pub mod step_view;
pub mod term_list;
pub mod toolbar;
