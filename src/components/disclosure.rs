//! An expandable section, after the NL Design System accordion.

use yew::prelude::*;

use crate::components::islands::Island;
use crate::content::ui;
use crate::state::{Action, Panel, PanelKind};

/// The section's heading text.
fn label(panel: Panel) -> &'static str {
    match panel.kind {
        PanelKind::Original => ui::OORSPRONKELIJKE_TEKST,
        PanelKind::Terms => ui::BEGRIPPEN,
    }
}

/// A section as the page has it: an `<h3>` (its content is an island,
/// [`disclosure_heading`]) and the panel with `content`. The panel stays in the DOM; closed,
/// it is `hidden="until-found"`, so find-in-page can reach its text and open it (the
/// browser fires `beforematch`; `crate::hooks::use_panels` follows it and sets the
/// attribute). The stylesheet shows the panel when the app cannot run.
pub fn disclosure(panel: Panel, content: Html) -> Html {
    // Built by hand: the `html!` macro types `hidden` as a boolean, but the panel needs
    // the value `until-found`.
    let mut element = yew::virtual_dom::VTag::new("div");
    element.add_attribute("class", "accordion__panel");
    element.add_attribute("id", panel.dom_id());
    element.add_attribute("hidden", "until-found");
    element.add_child(content);
    html! {
        <div class="accordion">
            <h3 class="accordion__heading" id={Island::Heading(panel).id()}>
                {disclosure_heading(panel, false, false, &Callback::noop())}
            </h3>
            {Html::from(element)}
        </div>
    }
}

/// The heading's content: a real `<button>` with `aria-expanded` and `aria-controls` once
/// the app runs (`interactive`), which toggles the panel (`dispatch`); until then, and
/// without the app, plain text: a button that cannot work is worse than none. It opens only
/// on activation, never on focus.
pub fn disclosure_heading(
    panel: Panel,
    open: bool,
    interactive: bool,
    dispatch: &Callback<Action>,
) -> Html {
    if !interactive {
        return html! { <span class="accordion__title">{label(panel)}</span> };
    }
    let panel_id = panel.dom_id();
    let onclick = dispatch.reform(move |_: MouseEvent| Action::Toggle(panel));
    html! {
        <button
            type="button"
            class="accordion__button"
            id={format!("{panel_id}-knop")}
            aria-expanded={if open { "true" } else { "false" }}
            aria-controls={panel_id}
            {onclick}
        >
            <span class="accordion__icon" aria-hidden="true"></span>
            {label(panel)}
        </button>
    }
}
