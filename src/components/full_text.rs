//! The whole memo as one continuous text.

use yew::prelude::*;

use crate::components::fixed::{fixed, Block};
use crate::components::pager::pager;
use crate::content::ui;
use crate::hooks::heading_id;
use crate::route::{View, FULL_TEXT_ID};

/// The memo as a letter (address block once, every part, the closing; prerendered, see
/// [`Block::Letter`]). `current`: whether this view is on screen; `last_step`: the step to
/// return to. A plain function (see [`crate::components::progress_nav`]).
pub fn full_text(current: bool, last_step: usize) -> Html {
    html! {
        <section class="view view--plain full-text" id={FULL_TEXT_ID} aria-labelledby={heading_id(FULL_TEXT_ID)}
                 data-current={current.then_some("")}>
            <h2 id={heading_id(FULL_TEXT_ID)} tabindex="-1">{ui::HELE_NOTITIE_KOP}</h2>
            <p class="note">{ui::HELE_NOTITIE_UITLEG}</p>
            {fixed(Block::Letter)}
            {pager(View::FullText, last_step)}
        </section>
    }
}
