//! The module's root, in its own element at the end of `<body>`: loads the data once and
//! renders the comparison into `#vergelijk-app`, the additions to the steps, and the embed
//! dialog. (Presenter mode is a module of its own: `crate::on_demand::presenter::root`.)

use yew::prelude::*;

use crate::contract::{html_element, COMPARE_ROOT_ID, EMBED_ASKED_ATTR, EMBED_EVENT};
use crate::on_demand::comparison::Comparison;
use crate::on_demand::data::{fetch_tables, use_load};
use crate::on_demand::embed::EmbedDialog;

fn embed_asked() -> bool {
    html_element().is_some_and(|html| html.has_attribute(EMBED_ASKED_ATTR))
}

/// The module.
#[component]
pub fn Root() -> Html {
    let (load, on_retry) = use_load(true, fetch_tables);
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

    let comparison = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(COMPARE_ROOT_ID))
        .map(|host| {
            create_portal(
                html! { <Comparison load={load.clone()} on_retry={on_retry.clone()} /> },
                host,
            )
        });
    html! {
        <>
            {comparison.unwrap_or_default()}
            if *embed_open {
                <EmbedDialog on_close={on_embed_close} />
            }
        </>
    }
}
