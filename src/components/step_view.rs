//! One step of the walk.

use yew::prelude::*;

use crate::components::checks::step_checks;
use crate::components::disclosure::disclosure;
use crate::components::fixed::{fixed, Block};
use crate::content::STEP_HEADS;
use crate::hooks::heading_id;
use crate::state::{Panel, PanelKind};

/// Id of the element a step leaves empty for the comparison module (`crate::on_demand::in_steps`).
pub fn mount_id(step: &str) -> String {
    format!("cijfers-{step}")
}

/// Step `index` of [`STEP_HEADS`]: headline, our summary ("In het kort"), the memo's own
/// text and the terms (both expandable), then previous/next and the step's checks. Every step is always in the
/// page; the stylesheet shows only the current one (`data-current`, set by
/// `crate::hooks::use_app_state`) while the app runs, and all of them without it.
/// `current`: whether it is the one on screen.
pub fn step_view(index: usize, current: bool) -> Html {
    let step = &STEP_HEADS[index];
    let panel = |kind| Panel { step: index, kind };
    let step_is_plain = !step.has_part && !step.has_terms;

    html! {
        <section class={classes!("view", "step", step_is_plain.then_some("view--plain"))} id={step.id} aria-labelledby={heading_id(step.id)}
                 data-current={current.then_some("")}>
            {fixed(Block::StepTop(index))}
            if step.has_part {
                {disclosure(panel(PanelKind::Original), fixed(Block::Memo(index)))}
            }
            if step.has_terms {
                {disclosure(panel(PanelKind::Terms), fixed(Block::Terms(index)))}
            }
            {fixed(Block::StepPager(index))}
            {step_checks(step.id)}
            // Filled by the comparison module with the municipality's own line when the link
            // names one: last, so that nothing above it moves.
            <div class="step__extra" id={mount_id(step.id)}></div>
        </section>
    }
}
