//! Running text with emphasis.

use yew::prelude::*;

use crate::content::Inline;

/// Renders text and `<em>` inline, without a wrapping element.
pub fn rich_text(text: &[Inline]) -> Html {
    text.iter()
        .map(|inline| match inline {
            Inline::Text(text) => html! { {*text} },
            Inline::Em(text) => html! { <em>{*text}</em> },
        })
        .collect()
}
