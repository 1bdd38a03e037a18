//! An expandable section, after the NL Design System accordion.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::state::{Action, Panel};

/// Props of [`Disclosure`].
#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    /// Which section this is; gives the ids.
    pub panel: Panel,
    /// The button's text.
    pub label: AttrValue,
    /// Whether the panel is open.
    pub open: bool,
    /// Whether the app runs. Until then (and without it) the heading is plain text: a
    /// button that cannot work is worse than none.
    pub interactive: bool,
    /// Where the section's actions go (toggle, and reveal by find-in-page).
    pub dispatch: Callback<Action>,
    /// The panel's content.
    pub children: Html,
}

/// A real `<button>` inside an `<h3>`, with `aria-expanded` and `aria-controls`. The panel
/// stays in the DOM; closed, it is `hidden="until-found"`, so find-in-page can reach its
/// text and open it (the browser fires `beforematch`). It opens only on activation, never
/// on focus. The prerendered page has the heading without the button; the stylesheet shows
/// the panel when the app cannot run.
#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let panel_ref = use_node_ref();
    let panel_id = props.panel.dom_id();
    let button_id = format!("{panel_id}-knop");

    {
        let panel_ref = panel_ref.clone();
        let dispatch = props.dispatch.clone();
        let panel = props.panel;
        use_effect_with((), move |_| {
            let listener = panel_ref.cast::<web_sys::Element>().map(|element| {
                // Find-in-page opened it before the app ran (the loader marks it), and
                // hydration has just closed it again.
                if element.has_attribute("data-revealed") {
                    dispatch.emit(Action::Reveal(panel));
                }
                EventListener::new(&element, "beforematch", move |_| {
                    dispatch.emit(Action::Reveal(panel))
                })
            });
            move || drop(listener)
        });
    }

    let onclick = {
        let dispatch = props.dispatch.clone();
        let panel = props.panel;
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Toggle(panel)))
    };

    // Built by hand: the `html!` macro types `hidden` as a boolean, but the panel needs
    // the value `until-found`.
    let mut panel = yew::virtual_dom::VTag::new("div");
    panel.add_attribute("class", "accordion__panel");
    panel.add_attribute("id", panel_id.clone());
    if !props.open {
        panel.add_attribute("hidden", "until-found");
    }
    panel.node_ref = panel_ref;
    panel.add_child(props.children.clone());

    html! {
        <div class="accordion">
            <h3 class="accordion__heading">
                if !props.interactive {
                    <span class="accordion__title">{props.label.clone()}</span>
                } else {
                <button
                    type="button"
                    class="accordion__button"
                    id={button_id}
                    aria-expanded={if props.open { "true" } else { "false" }}
                    aria-controls={panel_id}
                    {onclick}
                >
                    <span class="accordion__icon" aria-hidden="true"></span>
                    {props.label.clone()}
                </button>
                }
            </h3>
            {Html::from(panel)}
        </div>
    }
}
