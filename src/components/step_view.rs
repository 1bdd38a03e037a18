//! One step of the walk.

use yew::prelude::*;

use crate::components::disclosure::Disclosure;
use crate::components::fixed::{fixed, Block};
use crate::content::{ui, STEP_HEADS};
use crate::hooks::heading_id;
use crate::state::{Action, Panel, PanelKind};

/// Id of the element a step leaves empty for the comparison module (`crate::on_demand::in_steps`).
pub fn mount_id(step: &str) -> String {
    format!("cijfers-{step}")
}

/// Props of [`StepView`].
#[derive(Properties, PartialEq)]
pub struct StepViewProps {
    /// Index into [`STEP_HEADS`].
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
    let step = &STEP_HEADS[props.index];
    let panel = |kind| Panel {
        step: props.index,
        kind,
    };
    let step_is_plain = !step.has_part && !step.has_terms;

    html! {
        <section class={classes!("view", "step", step_is_plain.then_some("view--plain"))} id={step.id} aria-labelledby={heading_id(step.id)}
                 data-current={props.current.then_some("")}>
            // The headline, our summary and (on the start step) the introduction, and below
            // the pager: prerendered and adopted as they are (`crate::components::fixed`).
            {fixed(Block::StepTop(props.index))}

            if step.has_part {
                <Disclosure panel={panel(PanelKind::Original)} label={ui::OORSPRONKELIJKE_TEKST}
                            open={props.original_open} interactive={props.interactive}
                            dispatch={props.dispatch.clone()}>
                    {fixed(Block::Memo(props.index))}
                </Disclosure>
            }

            if step.has_terms {
                <Disclosure panel={panel(PanelKind::Terms)} label={ui::BEGRIPPEN}
                            open={props.terms_open} interactive={props.interactive}
                            dispatch={props.dispatch.clone()}>
                    {fixed(Block::Terms(props.index))}
                </Disclosure>
            }

            {fixed(Block::StepPager(props.index))}
            // Filled by the comparison module, after the pager so that nothing above moves:
            // the municipality's own line when the link names one, and "Wat zeggen de
            // cijfers?" (`data-checks`: the loader starts the module when this nears the view).
            <div class="step__extra" id={mount_id(step.id)}
                 data-checks={step.has_checks.then_some("")}></div>
        </section>
    }
}
