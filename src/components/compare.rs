//! The comparison view: its frame only. The comparison itself is a separate WebAssembly
//! module, loaded on demand, that renders into the empty `#vergelijk-app` element (which this
//! app never touches again: its virtual DOM has no children there).

use yew::prelude::*;

use crate::components::fixed::{fixed, Block};
use crate::components::pager::pager;
use crate::hooks::heading_id;
use crate::route::{View, COMPARE_ID};

/// Id of the element the comparison module renders into.
pub use crate::contract::COMPARE_ROOT_ID;

/// Heading, introduction, a note for browsers without the app, the mount point, and a way
/// back to the walk.
pub fn compare_view(current: bool, last_step: usize) -> Html {
    html! {
        <section class="view view--plain compare" id={COMPARE_ID} aria-labelledby={heading_id(COMPARE_ID)}
                 data-current={current.then_some("")}>
            {fixed(Block::CompareIntro)}
            <div id={COMPARE_ROOT_ID} class="compare__app"></div>
            {pager(View::Compare, last_step)}
        </section>
    }
}
