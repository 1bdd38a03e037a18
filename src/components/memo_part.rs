//! One part of the memo, word for word.

use yew::prelude::*;

use crate::components::rich_text::rich_text;
use crate::content::MemoPart;

/// The memo's heading (at `level` 3 or 4) and paragraphs, then the memo's closing lines if
/// given (after the last part).
pub fn memo_part(part: &'static MemoPart, level: u8, closing: &'static [&'static str]) -> Html {
    let heading = html! { {part.heading} };
    html! {
        <>
            if level == 3 { <h3 class="memo__heading">{heading}</h3> }
            else { <h4 class="memo__heading">{heading}</h4> }
            { for part.paragraphs.iter().map(|p| html! { <p>{rich_text(p)}</p> }) }
            if !closing.is_empty() {
                <div class="memo__closing">
                    { for closing.iter().map(|line| html! { <p>{*line}</p> }) }
                </div>
            }
        </>
    }
}
