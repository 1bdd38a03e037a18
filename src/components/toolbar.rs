//! Switch between the walk and the whole text; open or close every section.

use yew::prelude::*;

use crate::components::route_links::present_link;
use crate::content::ui;
use crate::contract::{
    dispatch, html_element, EMBED_ASKED_ATTR, EMBED_EVENT, MODULE_EVENT, SHARE_STATUS_ID,
};
use crate::route::{Fragment, View};
use crate::state::Action;

/// "Insluiten": ask the on-demand module for its dialog. The attribute stays until the
/// dialog closes, so a module that is still loading opens it when it starts.
fn ask_for_embed_dialog(_: MouseEvent) {
    if let Some(html) = html_element() {
        let _ = html.set_attribute(EMBED_ASKED_ATTR, "");
    }
    dispatch(MODULE_EVENT);
    dispatch(EMBED_EVENT);
}

/// The toolbar's content (an island, in `div.toolbar`): links to the whole memo and the comparison (or back to the walk), and the "alles openen / alles sluiten"
/// button. The button needs the app: it is disabled until the app runs (rendered all the
/// same, so nothing shifts when it starts) and hidden by the stylesheet without the app and
/// on views without sections (`.view--plain`), which the stylesheet can tell from the URL
/// fragment before the app knows it.
///
/// `last_step` is the step to return to, `all_open` whether every section of the
/// view is open, `interactive` whether the app runs; `dispatch` takes "Alles openen /
/// sluiten". A plain function (see [`crate::components::progress_nav`]).
pub fn toolbar(
    last_step: usize,
    all_open: bool,
    interactive: bool,
    dispatch: &Callback<Action>,
) -> Html {
    let link = |to: View, text: &'static str, class: &'static str| {
        html! { <a class={classes!("toolbar__link", class)} href={Fragment::View(to).format()}>{text}</a> }
    };
    let open = !all_open;
    let onclick = dispatch.reform(move |_: MouseEvent| Action::SetAll(open));
    html! {
        <>
            <p class="toolbar__links">
                // All three are always there; the stylesheet shows the two that fit the view
                // on screen (styles/page.css), from the first frame on, so the toolbar never
                // changes its shape when the app takes over.
                {link(View::Step(last_step), ui::TERUG_NAAR_STAPPEN, "toolbar__back")}
                {link(View::FullText, ui::HELE_NOTITIE, "toolbar__to-text")}
                {link(View::Compare, ui::VERGELIJK, "toolbar__to-compare")}
                {present_link()}
                // Opens the on-demand module's "Insluiten" dialog.
                <button type="button" class="toolbar__link toolbar__present toolbar__embed"
                        onclick={ask_for_embed_dialog} disabled={!interactive}>{ui::INSLUITEN}</button>
                // The link to what is on screen: the share sheet or the clipboard.
                <button type="button" class="toolbar__link toolbar__share"
                        onclick={|_: MouseEvent| crate::share::share_page()} disabled={!interactive}>{ui::DELEN}</button>
            </p>
            <p id={SHARE_STATUS_ID} class="toolbar__status" role="status"></p>
            <button type="button" class="button toolbar__button" {onclick} disabled={!interactive}>
                { if all_open { ui::ALLES_SLUITEN } else { ui::ALLES_OPENEN } }
            </button>
        </>
    }
}
