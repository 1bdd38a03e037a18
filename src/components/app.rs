//! The root component.

use yew::prelude::*;

use crate::components::compare::compare_view;
use crate::components::fixed::{fixed, Block};
use crate::components::full_text::full_text;
use crate::components::notices::url_notice;
use crate::components::progress_nav::progress_nav;
use crate::components::route_links::full_page_link;
use crate::components::step_view::StepView;
use crate::components::toolbar::toolbar;
use crate::content::STEP_HEADS;
use crate::hooks::use_app_state;
use crate::route::{View, MAIN_ID};
use crate::state::{Panel, PanelKind};

/// The explainer: banner, title, messages, toolbar, progress, every view, footer.
#[component]
pub fn App() -> Html {
    let state = use_app_state();
    // One callback, made once, so the steps' props stay equal and unchanged steps do not re-render.
    let dispatcher = state.dispatcher();
    let dispatch = use_callback(dispatcher, |action, d| d.dispatch(action));

    html! {
        <>
            {fixed(Block::Header)}
            <main id={MAIN_ID} class="container main" tabindex="-1">
                // Only in embed mode (the stylesheet): this page as it is, without embed.
                <p class="embed-full">{full_page_link()}</p>
                {fixed(Block::Intro)}
                {fixed(Block::NoWasmNotice)}
                {fixed(Block::ModuleNotice)}
                {url_notice(&state.problems, &dispatch)}
                {toolbar(state.last_step, state.all_open_in(state.view), state.interactive, &dispatch)}
                {progress_nav(state.view)}
                <div class="views">
                    { for (0..STEP_HEADS.len()).map(|index| html! {
                        <StepView
                            key={index}
                            {index}
                            current={state.view == View::Step(index)}
                            original_open={state.is_open(Panel { step: index, kind: PanelKind::Original })}
                            terms_open={state.is_open(Panel { step: index, kind: PanelKind::Terms })}
                            interactive={state.interactive}
                            dispatch={dispatch.clone()}
                        />
                    }) }
                    {full_text(state.view == View::FullText, state.last_step)}
                    {compare_view(state.view == View::Compare, state.last_step)}
                </div>
            </main>
            {fixed(Block::Footer)}
        </>
    }
}
