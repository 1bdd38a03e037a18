//! One part of the memo, word for word.

use yew::prelude::*;

use crate::components::rich_text::RichText;
use crate::content::MemoPart as Part;

/// Props of [`MemoPart`].
#[derive(Properties, PartialEq)]
pub struct MemoPartProps {
    /// The part to show.
    pub part: &'static Part,
    /// The memo's closing lines, shown after the last part.
    #[prop_or_default]
    pub closing: &'static [&'static str],
    /// Heading level of the memo's own heading (3 or 4).
    pub level: u8,
}

/// The memo's heading and paragraphs, then its closing lines if given.
#[component]
pub fn MemoPart(props: &MemoPartProps) -> Html {
    let heading = html! { {props.part.heading} };
    html! {
        <>
            if props.level == 3 { <h3 class="memo__heading">{heading}</h3> }
            else { <h4 class="memo__heading">{heading}</h4> }
            { for props.part.paragraphs.iter().map(|p| html! { <p><RichText text={*p} /></p> }) }
            if !props.closing.is_empty() {
                <div class="memo__closing">
                    { for props.closing.iter().map(|line| html! { <p>{*line}</p> }) }
                </div>
            }
        </>
    }
}
