//! Switch between the walk and the whole text; open or close every section.

use yew::prelude::*;

use crate::content::{STEPS, UI};
use crate::route::{View, FULL_TEXT_ID};
use crate::state::Panel;

/// Props of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The view on screen.
    pub view: View,
    /// The step to return to from the whole text.
    pub last_step: usize,
    /// Whether every section is open.
    pub all_open: bool,
    /// Whether the app runs; the button exists only then.
    pub interactive: bool,
    /// "Alles openen" (`true`) or "Alles sluiten" (`false`) was pressed.
    pub on_set_all: Callback<bool>,
}

/// Whether the view has expandable sections (the start step and the whole text have none).
fn has_sections(view: View) -> bool {
    Panel::all().any(|panel| view.step_index() == Some(panel.step))
}

/// A link to the whole memo (or back to the walk), and the "alles openen / alles sluiten"
/// button, which needs the app and so is rendered only once it runs.
#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let link = match props.view {
        View::FullText => html! {
            <a class="toolbar__link" href={format!("#{}", STEPS[props.last_step].id)}>{UI.terug_naar_stappen}</a>
        },
        View::Step(_) => html! {
            <a class="toolbar__link" href={format!("#{FULL_TEXT_ID}")}>{UI.hele_notitie}</a>
        },
    };
    let open = !props.all_open;
    let onclick = props.on_set_all.reform(move |_: MouseEvent| open);
    html! {
        <div class="toolbar">
            {link}
            if props.interactive && has_sections(props.view) {
                <button type="button" class="button" {onclick}>
                    { if props.all_open { UI.alles_sluiten } else { UI.alles_openen } }
                </button>
            }
        </div>
    }
}
