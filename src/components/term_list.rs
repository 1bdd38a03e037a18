//! Explanations of the terms a step uses.

use yew::prelude::*;

use crate::components::rich_text::rich_text;
use crate::components::sources::sources;
use crate::content::{ui, Basis, Term};

/// A description list: the term, our explanation, and what it rests on.
pub fn term_list(terms: &'static [&'static Term]) -> Html {
    html! {
        <dl class="terms">
            { for terms.iter().map(|term| html! {
                <div class="terms__item" id={format!("begrip-{}", term.id)}>
                    <dt class="terms__name">{term.name}</dt>
                    <dd class="terms__text">
                        { for term.explanation.iter().map(|p| html! { <p>{rich_text(p)}</p> }) }
                        if term.basis == Basis::Memo {
                            <p class="source">{ui::BASIS_NOTITIE}</p>
                        } else {
                            {sources(term.sources)}
                        }
                    </dd>
                </div>
            }) }
        </dl>
    }
}
