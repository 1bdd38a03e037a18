//! The whole page, rendered at build time.

use yew::prelude::*;

use crate::components::compare::compare_view;
use crate::components::fixed::{fixed, Block};
use crate::components::full_text::full_text;
use crate::components::islands::Island;
use crate::components::notices::url_notice;
use crate::components::progress_nav::progress_nav;
use crate::components::route_links::full_page_link;
use crate::components::step_view::step_view;
use crate::components::toolbar::toolbar;
use crate::content::{ui, STEP_HEADS};
use crate::route::{View, MAIN_ID};
use crate::state::AppState;

/// The explainer as the page has it before the app runs (and without it): banner, title,
/// messages, toolbar, progress, every view, footer. The parts that change are islands
/// ([`crate::components::islands`]), each in its host element; in the browser the app
/// renders only those.
#[component]
pub fn App() -> Html {
    let state = AppState::default();
    let none = Callback::noop();
    html! {
        <>
            {fixed(Block::Header)}
            <main id={MAIN_ID} class="container main" tabindex="-1">
                // Only in embed mode (the stylesheet): this page as it is, without embed.
                <p class="embed-full" id={Island::FullPageLink.id()}>{full_page_link()}</p>
                {fixed(Block::Intro)}
                {fixed(Block::NoWasmNotice)}
                {fixed(Block::ModuleNotice)}
                <div class="notice" role="status" id={Island::Notice.id()}>
                    {url_notice(&state.problems, &none)}
                </div>
                <div class="toolbar" id={Island::Toolbar.id()}>
                    {toolbar(state.last_step, false, false, &none)}
                </div>
                <nav class="progress" id={Island::Progress.id()} aria-label={ui::STAPPEN}>
                    {progress_nav(state.view)}
                </nav>
                <div class="views">
                    { for (0..STEP_HEADS.len()).map(|index| step_view(index, state.view == View::Step(index))) }
                    {full_text(state.view == View::FullText, state.last_step)}
                    {compare_view(state.view == View::Compare, state.last_step)}
                </div>
            </main>
            {fixed(Block::Footer)}
        </>
    }
}
