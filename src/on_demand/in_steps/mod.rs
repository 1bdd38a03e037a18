//! What the comparison module adds to the steps of the walk, through portals into their
//! empty `#cijfers-<step>` elements: the chosen municipality's own line and, where the step
//! has them, the "Wat zeggen de cijfers?" checks. One portal per step keeps their order.

pub mod own_line;

use yew::prelude::*;

use crate::on_demand::Shared;

use crate::components::step_view::mount_id;
use crate::content::STEP_HEADS;
use crate::municipality::Municipality;
use crate::on_demand::checks::StepChecks;
use crate::stats::YearCount;
use own_line::own_line;

/// The portals, for every step whose element is in the page.
pub fn in_steps(
    all: &Shared<Vec<Municipality>>,
    chosen: Option<&Municipality>,
    series: &Shared<Vec<YearCount>>,
) -> Html {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Html::default();
    };
    STEP_HEADS
        .iter()
        .filter_map(|step| {
            let host = document.get_element_by_id(&mount_id(step.id))?;
            let body = html! {
                <>
                    if let Some(m) = chosen { {own_line(all, m, step.id)} }
                    if step.has_checks { <StepChecks all={all.clone()} series={series.clone()} step={step.id} /> }
                </>
            };
            Some(create_portal(body, host))
        })
        .collect()
}
