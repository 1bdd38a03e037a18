//! What the comparison module adds to the steps of the walk: the chosen municipality's own
//! line, through a portal into each step's empty `#cijfers-<step>` element.

use yew::prelude::*;

use crate::components::own_line::own_line;
use crate::components::step_view::mount_id;
use crate::content::STEP_HEADS;
use crate::municipality::Municipality;
use crate::on_demand::Shared;

/// The portals, for every step whose element is in the page (none without a municipality).
pub fn in_steps(all: &Shared<Vec<Municipality>>, chosen: Option<&Municipality>) -> Html {
    let (Some(document), Some(m)) = (web_sys::window().and_then(|w| w.document()), chosen) else {
        return Html::default();
    };
    STEP_HEADS
        .iter()
        .filter_map(|step| {
            let host = document.get_element_by_id(&mount_id(step.id))?;
            Some(create_portal(own_line(all, m, step.id), host))
        })
        .collect()
}
