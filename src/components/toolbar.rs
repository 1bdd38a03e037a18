//! Switch between the walk and the whole text; open or close every section.

use yew::prelude::*;

use crate::content::{STEPS, UI};
use crate::route::{View, COMPARE_ID, FULL_TEXT_ID};
use crate::state::Action;

/// Props of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The view on screen.
    pub view: View,
    /// The step to return to from the whole text.
    pub last_step: usize,
    /// Whether every section of the view is open.
    pub all_open: bool,
    /// Whether the app runs; until then the button is disabled.
    pub interactive: bool,
    /// Where "Alles openen / sluiten" goes.
    pub dispatch: Callback<Action>,
}

/// Links to the whole memo and the comparison (or back to the walk), and the "alles openen / alles sluiten"
/// button. The button needs the app: it is disabled until the app runs (rendered all the
/// same, so nothing shifts when it starts) and hidden by the stylesheet without the app and
/// on views without sections (`.view--plain`), which the stylesheet can tell from the URL
/// fragment before the app knows it.
#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let link = |id: &str, text: &'static str| {
        html! { <a class="toolbar__link" href={format!("#{id}")}>{text}</a> }
    };
    let back = link(STEPS[props.last_step].id, UI.terug_naar_stappen);
    let (first, second) = match props.view {
        View::Step(_) => (
            link(FULL_TEXT_ID, UI.hele_notitie),
            link(COMPARE_ID, UI.vergelijk),
        ),
        View::FullText => (back, link(COMPARE_ID, UI.vergelijk)),
        View::Compare => (back, link(FULL_TEXT_ID, UI.hele_notitie)),
    };
    let open = !props.all_open;
    let onclick = props
        .dispatch
        .reform(move |_: MouseEvent| Action::SetAll(open));
    html! {
        <div class="toolbar">
            <p class="toolbar__links">{first}{second}</p>
            <button type="button" class="button toolbar__button" {onclick} disabled={!props.interactive}>
                { if props.all_open { UI.alles_sluiten } else { UI.alles_openen } }
            </button>
        </div>
    }
}
