//! Messages about the page itself: what in the link was ignored, and a browser without
//! WebAssembly.

use yew::prelude::*;

use crate::content::{fill, ui};
use crate::route::{Problem, MAX_BESIDE};
use crate::state::Action;

/// The message area's content (an island, in `div.notice[role=status]`): says in Dutch what in the URL the page did not understand. The values are shown as
/// text, never as HTML. `problems`: what was ignored (nothing is rendered when empty);
/// `dispatch` takes "Melding sluiten".
pub fn url_notice(problems: &[Problem], dispatch: &Callback<Action>) -> Html {
    let on_dismiss = dispatch.reform(|_: MouseEvent| Action::DismissProblems);
    html! {
        if !problems.is_empty() {
                <ul class="notice__list">
                    { for problems.iter().map(|problem| {
                        let text = match problem {
                            Problem::UnknownView(value) => fill(ui::ONBEKENDE_STAP, &[("waarde", value)]),
                            Problem::UnknownParameter(value) => fill(ui::ONBEKENDE_INSTELLING, &[("waarde", value)]),
                            Problem::UnknownMunicipality(value) => fill(ui::GEMEENTE_NIET_GEVONDEN, &[("waarde", value)]),
                            Problem::TooManyBeside(value) => fill(ui::TE_VEEL_NAAST, &[("waarde", value), ("n", &(MAX_BESIDE + 1).to_string())]),
                        };
                        html! { <li>{text}</li> }
                    }) }
                </ul>
                <button type="button" class="button" onclick={on_dismiss}>{ui::MELDING_SLUITEN}</button>
        }
    }
}
