//! One step of the walk.

use yew::prelude::*;

use crate::components::disclosure::Disclosure;
use crate::components::memo_part::memo_part;
use crate::components::pager::pager;
use crate::components::rich_text::rich_text;
use crate::components::start_intro::start_intro;
use crate::components::term_list::term_list;
use crate::content::{fill, ui, MEMO, STEPS};
use crate::hooks::heading_id;
use crate::route::View;
use crate::state::{Action, Panel, PanelKind};

/// Id of the element a step leaves empty for the comparison module (`crate::on_demand::in_steps`).
pub fn mount_id(step: &str) -> String {
    format!("cijfers-{step}")
}

/// Props of [`StepView`].
#[derive(Properties, PartialEq)]
pub struct StepViewProps {
    /// Index into [`STEPS`].
    pub index: usize,
    /// Whether this step is the one on screen.
    pub current: bool,
    /// Whether the memo-text section is open.
    pub original_open: bool,
    /// Whether the terms section is open.
    pub terms_open: bool,
    /// Whether the app runs (the sections get their buttons).
    pub interactive: bool,
    /// Where the sections' actions go.
    pub dispatch: Callback<Action>,
}

/// Headline, our summary ("In het kort"), the memo's own text and the terms (both
/// expandable), then previous/next. Every step is always in the page; the stylesheet shows
/// only the current one while the app runs, and all of them without it.
#[component]
pub fn StepView(props: &StepViewProps) -> Html {
    let step = &STEPS[props.index];
    let number = fill(
        ui::STAP_VAN,
        &[
            ("n", &(props.index + 1).to_string()),
            ("totaal", &STEPS.len().to_string()),
        ],
    );
    let panel = |kind| Panel {
        step: props.index,
        kind,
    };
    let is_last = props.index + 1 == STEPS.len();
    let step_is_plain = step.part.is_none() && step.terms.is_empty();

    html! {
        <section class={classes!("view", "step", step_is_plain.then_some("view--plain"))} id={step.id} aria-labelledby={heading_id(step.id)}
                 data-current={props.current.then_some("")}>
            <h2 class="step__headline" id={heading_id(step.id)} tabindex="-1">
                <span class="step__number">{format!("{number} ")}</span>
                {step.headline}
            </h2>

            <div class="summary">
                <h3 class="summary__heading">
                    {format!("{} ", ui::IN_HET_KORT)}
                    <span class="label">{ui::IN_HET_KORT_LABEL}</span>
                </h3>
                <ul class="summary__list">
                    { for step.summary.iter().map(|point| html! { <li>{rich_text(point)}</li> }) }
                </ul>
            </div>

            if props.index == 0 { {start_intro()} }

            if let Some(part) = step.part {
                <Disclosure panel={panel(PanelKind::Original)} label={ui::OORSPRONKELIJKE_TEKST}
                            open={props.original_open} interactive={props.interactive}
                            dispatch={props.dispatch.clone()}>
                    <p class="note">{ui::OORSPRONKELIJKE_TEKST_UITLEG}</p>
                    <blockquote class="memo">
                        {memo_part(part, 4, if is_last { MEMO.closing } else { &[] })}
                    </blockquote>
                </Disclosure>
            }

            if !step.terms.is_empty() {
                <Disclosure panel={panel(PanelKind::Terms)} label={ui::BEGRIPPEN}
                            open={props.terms_open} interactive={props.interactive}
                            dispatch={props.dispatch.clone()}>
                    <p class="note">{ui::BEGRIPPEN_UITLEG}</p>
                    {term_list(step.terms)}
                </Disclosure>
            }

            {pager(View::Step(props.index), props.index)}
            // Filled by the comparison module, after the pager so that nothing above moves:
            // the municipality's own line when the link names one, and "Wat zeggen de
            // cijfers?" (`data-checks`: the loader starts the module when this nears the view).
            <div class="step__extra" id={mount_id(step.id)}
                 data-checks={step.has_checks.then_some("")}></div>
        </section>
    }
}
