//! Running text with emphasis.

use yew::prelude::*;

use crate::content::{Inline, Rich};

/// Props of [`RichText`].
#[derive(Properties, PartialEq)]
pub struct RichTextProps {
    /// The text.
    pub text: Rich,
}

/// Renders text and `<em>` inline, without a wrapping element.
#[component]
pub fn RichText(props: &RichTextProps) -> Html {
    props
        .text
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) => html! { {*text} },
            Inline::Em(text) => html! { <em>{*text}</em> },
        })
        .collect()
}
