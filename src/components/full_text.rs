//! The whole memo as one continuous text.

use yew::prelude::*;

use crate::components::memo_part::memo_part;
use crate::components::pager::pager;
use crate::content::{ui, MEMO};
use crate::hooks::heading_id;
use crate::route::{View, FULL_TEXT_ID};

/// The memo as a letter: address block (once), every part, the closing. `current`: whether
/// this view is on screen; `last_step`: the step to return to. A plain function (see
/// [`crate::components::progress_nav`]).
pub fn full_text(current: bool, last_step: usize) -> Html {
    let meta = |label: &'static str, value: &'static str| {
        html! {
            <p class="letter__meta"><span class="letter__label">{format!("{label}:")}</span>{format!(" {value}")}</p>
        }
    };
    let last = MEMO.parts.len() - 1;
    html! {
        <section class="view view--plain full-text" id={FULL_TEXT_ID} aria-labelledby={heading_id(FULL_TEXT_ID)}
                 data-current={current.then_some("")}>
            <h2 id={heading_id(FULL_TEXT_ID)} tabindex="-1">{ui::HELE_NOTITIE_KOP}</h2>
            <p class="note">{ui::HELE_NOTITIE_UITLEG}</p>
            <article class="letter memo">
                {meta(ui::AAN, MEMO.to)}
                {meta(ui::DATUM, MEMO.date)}
                {meta(ui::ONDERWERP, MEMO.subject)}
                { for MEMO.parts.iter().enumerate().map(|(n, part)| html! {
                    {memo_part(part, 3, if n == last { MEMO.closing } else { &[] })}
                }) }
            </article>
            {pager(View::FullText, last_step)}
        </section>
    }
}
