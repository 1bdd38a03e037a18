//! Previous and next links at the end of a view.

use yew::prelude::*;

use crate::content::{ui, STEP_HEADS};
use crate::route::{Fragment, View};

/// Previous/next for `view`; from the whole text, back to `last_step`. Links, not
/// buttons: they change the URL fragment, so they work before the WebAssembly has loaded
/// and without JavaScript. After the last step comes the whole memo.
pub fn pager(view: View, last_step: usize) -> Html {
    let link = |class: &'static str,
                rel: &'static str,
                direction: &'static str,
                to: View,
                name: &str| {
        html! {
            <a class={classes!("pager__link", class)} href={Fragment::View(to).format()} rel={rel}>
                <span class="pager__direction">{direction}</span>{" "}
                <span class="pager__name">{name.to_owned()}</span>
            </a>
        }
    };
    let previous = view.previous().map(|v| {
        let step = &STEP_HEADS[v.step_index().unwrap_or_default()];
        link("pager__link--previous", "prev", ui::VORIGE, v, step.name)
    });
    let next = match (view, view.next()) {
        (_, Some(v)) => {
            let step = &STEP_HEADS[v.step_index().unwrap_or_default()];
            Some(link(
                "pager__link--next",
                "next",
                ui::VOLGENDE,
                v,
                step.name,
            ))
        }
        (View::Step(_), None) => Some(link(
            "pager__link--next",
            "next",
            ui::VOLGENDE,
            View::FullText,
            ui::HELE_NOTITIE_KOP,
        )),
        (View::FullText | View::Compare, None) => Some(link(
            "pager__link--previous",
            "prev",
            ui::TERUG_NAAR_STAPPEN,
            View::Step(last_step),
            STEP_HEADS[last_step].name,
        )),
    };
    html! {
        <nav class="pager" aria-label={ui::BLADEREN}>
            {previous}
            {next}
        </nav>
    }
}
