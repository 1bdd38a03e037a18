//! Where the visitor is in the walk, and a way to jump to any step.

use yew::prelude::*;

use crate::content::{fill, ui, STEP_HEADS};
use crate::route::{Fragment, View};

/// The progress navigation's content (an island, in `nav.progress`): "Stap n van N: naam", then a numbered link per step; the current one has
/// `aria-current="step"` and is marked by shape and weight, not by colour alone.
pub fn progress_nav(view: View) -> Html {
    let total = STEP_HEADS.len().to_string();
    let status = match view.step_index() {
        Some(n) => fill(
            ui::VOORTGANG,
            &[
                ("n", &(n + 1).to_string()),
                ("totaal", &total),
                ("naam", STEP_HEADS[n].name),
            ],
        ),
        None if view == View::Compare => ui::VOORTGANG_VERGELIJK.to_owned(),
        None => ui::VOORTGANG_HELE_TEKST.to_owned(),
    };
    html! {
        <>
            <p class="progress__status">{status}</p>
            <ol class="progress__list">
                { for STEP_HEADS.iter().enumerate().map(|(n, step)| {
                    let current = view.step_index() == Some(n);
                    html! {
                        <li class="progress__item">
                            <a class="progress__link" href={Fragment::View(View::Step(n)).format()}
                               aria-current={current.then_some("step")}>
                                <span class="progress__number">{n + 1}</span>{" "}
                                <span class="progress__name">{step.name}</span>
                            </a>
                        </li>
                    }
                }) }
            </ol>
        </>
    }
}
