//! The whole memo as one continuous text.

use yew::prelude::*;

use crate::components::memo_part::memo_part;
use crate::components::pager::pager;
use crate::content::{ui, MEMO};
use crate::hooks::heading_id;
use crate::route::{View, FULL_TEXT_ID};

/// Props of [`FullText`].
#[derive(Properties, PartialEq)]
pub struct FullTextProps {
    /// Whether this view is the one on screen.
    pub current: bool,
    /// The step to return to.
    pub last_step: usize,
}

/// The memo as a letter: address block (once), every part, the closing.
#[component]
pub fn FullText(props: &FullTextProps) -> Html {
    let meta = |label: &'static str, value: &'static str| {
        html! {
            <p class="letter__meta"><span class="letter__label">{format!("{label}:")}</span>{format!(" {value}")}</p>
        }
    };
    let last = MEMO.parts.len() - 1;
    html! {
        <section class="view view--plain full-text" id={FULL_TEXT_ID} aria-labelledby={heading_id(FULL_TEXT_ID)}
                 data-current={props.current.then_some("")}>
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
            {pager(View::FullText, props.last_step)}
        </section>
    }
}
