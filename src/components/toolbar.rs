//! Switch between the walk and the whole text; open or close every section.

use yew::prelude::*;

use crate::content::{STEPS, UI};
use crate::route::{View, FULL_TEXT_ID};

/// Props of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The view on screen.
    pub view: View,
    /// The step to return to from the whole text.
    pub last_step: usize,
    /// Whether every section is open.
    pub all_open: bool,
    /// Whether the app runs; until then the button is disabled.
    pub interactive: bool,
    /// "Alles openen" (`true`) or "Alles sluiten" (`false`) was pressed.
    pub on_set_all: Callback<bool>,
}

/// A link to the whole memo (or back to the walk), and the "alles openen / alles sluiten"
/// button. The button needs the app: it is disabled until the app runs (rendered all the
/// same, so nothing shifts when it starts) and hidden by the stylesheet without the app and
/// on views without sections (`.view--plain`), which the stylesheet can tell from the URL
/// fragment before the app knows it.
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
            <button type="button" class="button toolbar__button" {onclick} disabled={!props.interactive}>
                { if props.all_open { UI.alles_sluiten } else { UI.alles_openen } }
            </button>
        </div>
    }
}
