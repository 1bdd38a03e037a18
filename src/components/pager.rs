//! Previous and next links at the end of a view.

use yew::prelude::*;

use crate::components::islands::Island;
use crate::content::{ui, STEP_HEADS};
use crate::route::{Fragment, View};

/// The pager of `view`: previous and next, in a `nav`. The whole text's and the comparison's
/// lead back to the last step, which changes: they are islands
/// ([`crate::components::islands::Island::Pager`]).
pub fn pager(view: View, last_step: usize) -> Html {
    let id = matches!(view, View::FullText | View::Compare).then(|| Island::Pager(view).id());
    html! {
        <nav class="pager" aria-label={ui::BLADEREN} {id}>
            {pager_links(view, last_step)}
        </nav>
    }
}

/// Previous/next for `view`; from the whole text, back to `last_step`. Links, not
/// buttons: they change the URL fragment, so they work before the WebAssembly has loaded
/// and without JavaScript. After the last step comes the whole memo.
pub fn pager_links(view: View, last_step: usize) -> Html {
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
        <>
            {previous}
            {next}
        </>
    }
}
