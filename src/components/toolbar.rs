//! Switch between the walk and the whole text; open or close every section.

use yew::prelude::*;

use crate::content::{ui, STEPS};
use crate::route::{View, COMPARE_ID, FULL_TEXT_ID};
use crate::state::Action;

/// Links to the whole memo and the comparison (or back to the walk), and the "alles openen / alles sluiten"
/// button. The button needs the app: it is disabled until the app runs (rendered all the
/// same, so nothing shifts when it starts) and hidden by the stylesheet without the app and
/// on views without sections (`.view--plain`), which the stylesheet can tell from the URL
/// fragment before the app knows it.
///
/// `view` is the view on screen, `last_step` the step to return to, `all_open` whether every
/// section of the view is open, `interactive` whether the app runs; `dispatch` takes
/// "Alles openen / sluiten". A plain function (see [`crate::components::progress_nav`]).
pub fn toolbar(
    view: View,
    last_step: usize,
    all_open: bool,
    interactive: bool,
    dispatch: &Callback<Action>,
) -> Html {
    let link = |id: &str, text: &'static str| {
        html! { <a class="toolbar__link" href={format!("#{id}")}>{text}</a> }
    };
    let back = link(STEPS[last_step].id, ui::TERUG_NAAR_STAPPEN);
    let (first, second) = match view {
        View::Step(_) => (
            link(FULL_TEXT_ID, ui::HELE_NOTITIE),
            link(COMPARE_ID, ui::VERGELIJK),
        ),
        View::FullText => (back, link(COMPARE_ID, ui::VERGELIJK)),
        View::Compare => (back, link(FULL_TEXT_ID, ui::HELE_NOTITIE)),
    };
    let open = !all_open;
    let onclick = dispatch.reform(move |_: MouseEvent| Action::SetAll(open));
    html! {
        <div class="toolbar">
            <p class="toolbar__links">
                {first}{second}
                // The loader turns this into presenter mode at the current step (Trunk.toml).
                <a class="toolbar__link toolbar__present" href="?modus=presentatie" data-presenteer="">{ui::PRESENTEREN}</a>
                // Opens the module's "Insluiten" dialog (the loader, Trunk.toml).
                <button type="button" class="toolbar__link toolbar__present toolbar__embed" data-insluiten=""
                        disabled={!interactive}>{ui::INSLUITEN}</button>
            </p>
            <button type="button" class="button toolbar__button" {onclick} disabled={!interactive}>
                { if all_open { ui::ALLES_SLUITEN } else { ui::ALLES_OPENEN } }
            </button>
        </div>
    }
}
