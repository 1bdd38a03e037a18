//! The module's root, in its own element at the end of `<body>`: loads the data once, follows
//! the mode in the URL (`?modus=`), and renders the comparison into `#vergelijk-app`, the
//! additions to the steps, and presenter mode, the speaker view or the handout.

use yew::prelude::*;

use crate::contract::{html_element, COMPARE_ROOT_ID, EMBED_ASKED_ATTR, EMBED_EVENT};
use crate::location::{current, go, use_route, Entry};
use crate::on_demand::comparison::Comparison;
use crate::on_demand::data::{fetch_tables, use_load, Load};
use crate::on_demand::embed::EmbedDialog;
use crate::on_demand::presenter::Presenter;
use crate::route::{Mode, View};

fn embed_asked() -> bool {
    html_element().is_some_and(|html| html.has_attribute(EMBED_ASKED_ATTR))
}

/// The module.
#[component]
pub fn Root() -> Html {
    let (load, on_retry) = use_load(true, fetch_tables);
    // Only the mode: a change of municipality re-renders the comparison and presenter mode
    // (each follows it), not this root.
    let mode = use_route(|r| r.mode);
    let embed_open = use_state(embed_asked);
    {
        let embed_open = embed_open.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo_events::EventListener::new(&window, EMBED_EVENT, move |_| {
                    embed_open.set(embed_asked())
                })
            });
            move || drop(listener)
        });
    }
    let on_embed_close = {
        let embed_open = embed_open.clone();
        Callback::from(move |()| {
            if let Some(html) = html_element() {
                let _ = html.remove_attribute(EMBED_ASKED_ATTR);
            }
            embed_open.set(false);
        })
    };
    // Back to reading at `step`: a new history entry, so Back returns to the slides.
    let on_leave = Callback::from(|step: usize| {
        go(
            &current().in_mode(Mode::Reading).at(View::Step(step)),
            Entry::Push,
        );
    });

    let comparison = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(COMPARE_ROOT_ID))
        .map(|host| {
            create_portal(
                html! { <Comparison load={load.clone()} on_retry={on_retry.clone()} /> },
                host,
            )
        });
    let settled = !matches!(load, Load::Loading | Load::Waiting);
    html! {
        <>
            {comparison.unwrap_or_default()}
            if *embed_open {
                <EmbedDialog on_close={on_embed_close} />
            }
            if mode != Mode::Reading && settled {
                <Presenter {mode} tables={load.ready().cloned()} {on_leave} />
            }
        </>
    }
}
