//! The extra blocks of the first step: who K80 is, what the memo is, how to use the page.

use yew::prelude::*;

use crate::components::rich_text::rich_text;
use crate::components::sources::sources;
use crate::content::{ui, MEMO, START};

/// Who K80 is (with sources), the memo's particulars (from the memo itself), and how to
/// use this page.
pub fn start_intro() -> Html {
    let row = |label: &'static str, value: Html| {
        html! {
            <div class="facts__row"><dt>{label}</dt><dd>{value}</dd></div>
        }
    };
    let signed: Html = MEMO
        .closing
        .iter()
        .skip(1)
        .map(|line| html! { <span class="facts__line">{*line}</span> })
        .collect();
    html! {
        <>
            <h3>{START.about_heading}</h3>
            { for START.about.iter().map(|fact| html! {
                <div class="fact">
                    <p>{rich_text(fact.text)}</p>
                    {sources(fact.sources)}
                </div>
            }) }
            <h3>{START.memo_heading}</h3>
            <dl class="facts">
                {row(ui::VAN, html! { {ui::AFZENDER} })}
                {row(ui::AAN, html! { {MEMO.to} })}
                {row(ui::DATUM, html! { {MEMO.date} })}
                {row(ui::ONDERWERP, html! { {MEMO.subject} })}
                {row(ui::GESPREK, html! { {ui::GESPREK_TEKST} })}
                {row(ui::ONDERTEKEND, signed)}
            </dl>
            <h3>{START.usage_heading}</h3>
            <ul class="usage">
                { for START.usage.iter().map(|item| html! { <li>{rich_text(item)}</li> }) }
            </ul>
        </>
    }
}
