//! Where the visitor is in the walk, and a way to jump to any step.

use yew::prelude::*;

use crate::content::{fill, STEPS, UI};
use crate::route::View;

/// Id of the progress navigation; the page scrolls here after a navigation.
pub const PROGRESS_ID: &str = "voortgang";

/// Props of [`ProgressNav`].
#[derive(Properties, PartialEq)]
pub struct ProgressNavProps {
    /// The view on screen.
    pub view: View,
}

/// "Stap n van N: naam", then a numbered link per step; the current one has
/// `aria-current="step"` and is marked by shape and weight, not by colour alone.
#[component]
pub fn ProgressNav(props: &ProgressNavProps) -> Html {
    let total = STEPS.len().to_string();
    let status = match props.view.step_index() {
        Some(n) => fill(
            UI.voortgang,
            &[
                ("n", &(n + 1).to_string()),
                ("totaal", &total),
                ("naam", STEPS[n].name),
            ],
        ),
        None if props.view == View::Compare => UI.voortgang_vergelijk.to_owned(),
        None => UI.voortgang_hele_tekst.to_owned(),
    };
    html! {
        <nav class="progress" id={PROGRESS_ID} aria-label={UI.stappen}>
            <p class="progress__status">{status}</p>
            <ol class="progress__list">
                { for STEPS.iter().enumerate().map(|(n, step)| {
                    let current = props.view.step_index() == Some(n);
                    html! {
                        <li class="progress__item">
                            <a class="progress__link" href={format!("#{}", step.id)}
                               aria-current={current.then_some("step")}>
                                <span class="progress__number">{n + 1}</span>{" "}
                                <span class="progress__name">{step.name}</span>
                            </a>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
