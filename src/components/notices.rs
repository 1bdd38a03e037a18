//! Messages about the page itself: what in the link was ignored, and a browser without
//! WebAssembly.

use yew::prelude::*;

use crate::content::{fill, UI};
use crate::route::Problem;
use crate::state::Action;

/// Props of [`UrlNotice`].
#[derive(Properties, PartialEq)]
pub struct UrlNoticeProps {
    /// What was ignored; nothing is rendered when empty.
    pub problems: Vec<Problem>,
    /// Where "Melding sluiten" goes.
    pub dispatch: Callback<Action>,
}

/// Says in Dutch what in the URL the page did not understand. The values are shown as
/// text, never as HTML.
#[component]
pub fn UrlNotice(props: &UrlNoticeProps) -> Html {
    let on_dismiss = props
        .dispatch
        .reform(|_: MouseEvent| Action::DismissProblems);
    html! {
        <div class="notice" role="status">
            if !props.problems.is_empty() {
                <ul class="notice__list">
                    { for props.problems.iter().map(|problem| {
                        let text = match problem {
                            Problem::UnknownView(value) => fill(UI.onbekende_stap, &[("waarde", value)]),
                            Problem::UnknownParameter(value) => fill(UI.onbekende_instelling, &[("waarde", value)]),
                            Problem::UnknownMunicipality(value) => fill(UI.gemeente_niet_gevonden, &[("waarde", value)]),
                        };
                        html! { <li>{text}</li> }
                    }) }
                </ul>
                <button type="button" class="button" onclick={on_dismiss}>{UI.melding_sluiten}</button>
            }
        </div>
    }
}

/// Shown only when the WebAssembly cannot start (the page's loader adds `no-wasm` to
/// `<html>`); the stylesheet then also shows every step.
pub fn no_wasm_notice() -> Html {
    html! {
        <p class="notice notice--no-wasm" hidden=true>{UI.geen_wasm}</p>
    }
}
