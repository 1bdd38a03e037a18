//! One component per file, each with its props beside it.

pub mod app;
pub mod disclosure;
pub mod full_text;
pub mod memo_part;
pub mod notices;
pub mod pager;
pub mod progress_nav;
pub mod rich_text;
pub mod site_footer;
pub mod site_header;
pub mod sources;
pub mod start_intro;
pub mod step_view;
pub mod term_list;
pub mod toolbar;
