//! One part of the memo, word for word.

use yew::prelude::*;

use crate::components::rich_text::rich_text;
use crate::content::{sentences, Inline, MemoPart};
use crate::route::Sentence;

/// The memo's heading (at `level` 3 or 4) and paragraphs, then the memo's closing lines if
/// given (after the last part). With `step` (the step that presents the part), every
/// sentence is an element with its anchor ([`Sentence::id`]), to link to, mark and cite.
pub fn memo_part(
    part: &'static MemoPart,
    level: u8,
    closing: &'static [&'static str],
    step: Option<usize>,
) -> Html {
    let heading = html! { {part.heading} };
    let mut n = 0;
    let paragraphs: Vec<Html> = part
        .paragraphs
        .iter()
        .map(|paragraph| match step {
            None => html! { <p>{rich_text(paragraph)}</p> },
            Some(step) => {
                let mut spans = Vec::new();
                for (i, words) in sentences(paragraph).iter().enumerate() {
                    if i > 0 {
                        spans.push(html! { {" "} });
                    }
                    n += 1;
                    spans.push(sentence(Sentence { step, n }, words));
                }
                html! { <p>{ for spans }</p> }
            }
        })
        .collect();
    html! {
        <>
            if level == 3 { <h3 class="memo__heading">{heading}</h3> }
            else { <h4 class="memo__heading">{heading}</h4> }
            { for paragraphs }
            if !closing.is_empty() {
                <div class="memo__closing">
                    { for closing.iter().map(|line| html! { <p>{*line}</p> }) }
                </div>
            }
        </>
    }
}

/// One sentence with its anchor (focusable by script, so a link can move the focus to it).
fn sentence(sentence: Sentence, words: &[Inline]) -> Html {
    html! { <span class="zin" id={sentence.id()} tabindex="-1">{rich_text(words)}</span> }
}
