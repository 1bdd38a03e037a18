//! Explanations of the terms a step uses.

use yew::prelude::*;

use crate::components::rich_text::RichText;
use crate::components::sources::Sources;
use crate::content::{Basis, Term, UI};

/// Props of [`TermList`].
#[derive(Properties, PartialEq)]
pub struct TermListProps {
    /// The terms, in the order given in the content.
    pub terms: &'static [&'static Term],
}

/// A description list: the term, our explanation, and what it rests on.
#[component]
pub fn TermList(props: &TermListProps) -> Html {
    html! {
        <dl class="terms">
            { for props.terms.iter().map(|term| html! {
                <div class="terms__item" id={format!("begrip-{}", term.id)}>
                    <dt class="terms__name">{term.name}</dt>
                    <dd class="terms__text">
                        { for term.explanation.iter().map(|p| html! { <p><RichText text={*p} /></p> }) }
                        if term.basis == Basis::Memo {
                            <p class="source">{UI.basis_notitie}</p>
                        } else {
                            <Sources sources={term.sources} />
                        }
                    </dd>
                </div>
            }) }
        </dl>
    }
}
