//! The module's root, in its own element at the end of `<body>`: loads the data once, follows
//! the mode in the URL (`?modus=`), and renders the comparison into `#vergelijk-app`, the
//! additions to the steps, and presenter mode, the speaker view or the handout.

use yew::prelude::*;

use crate::components::compare::COMPARE_ROOT_ID;
use crate::content::STEPS;
use crate::municipality::{parse_table, Municipality, TABLE_FILE};
use crate::route::{Mode, MODE_PARAM};
use crate::stats::{parse_series, YearCount, SERIES_FILE};
use crate::widget::comparison::Comparison;
use crate::widget::embed_dialog::EmbedDialog;
use crate::widget::fetch::{request, text_of};
use crate::widget::presenter::Presenter;
use crate::widget::url::{route_in_url, url_with};
use crate::widget::Shared;

/// Event the page's loader dispatches after it changed `?modus=` (the "Presenteren" link).
pub const MODE_EVENT: &str = "k80-modus";
/// Event (and `data-insluiten` on `<html>`) of the "Insluiten" button: open the dialog.
pub const EMBED_EVENT: &str = "k80-insluiten";

fn embed_asked() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|html| html.has_attribute("data-insluiten"))
}

/// Where the data is.
#[derive(Clone, PartialEq)]
pub enum Load {
    /// On its way.
    Loading,
    /// Could not be loaded (a retry may help).
    Failed,
    /// The municipalities and the number of municipalities per year.
    Ready(Shared<Vec<Municipality>>, Shared<Vec<YearCount>>),
}

/// The municipalities and the number of municipalities per year; both requests start
/// before either is awaited.
async fn fetch_data() -> Result<(Vec<Municipality>, Vec<YearCount>), String> {
    let (table, series) = (request(TABLE_FILE)?, request(SERIES_FILE)?);
    let table = text_of(table).await?;
    let series = text_of(series).await?;
    Ok((parse_table(&table)?, parse_series(&series)?))
}

/// The page's path and query with `?modus=` set to `mode` (or left out for reading), the
/// other parameters kept.
pub fn url_in_mode(mode: Mode) -> String {
    url_with(&[(MODE_PARAM, mode.value().map(str::to_owned))])
}

/// Back to reading at `step`: `?modus=` leaves the URL, the fragment names the step, and the
/// explainer is told (it follows `hashchange`).
fn leave_for_reading(step: usize) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let url = format!("{}#{}", url_in_mode(Mode::Reading), STEPS[step].id);
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
    if let Ok(event) = web_sys::Event::new("hashchange") {
        let _ = window.dispatch_event(&event);
    }
}

/// The module.
#[component]
pub fn Root() -> Html {
    let load = use_state(|| Load::Loading);
    let attempt = use_state(|| 0_u32);
    let route = use_state(route_in_url);
    {
        let load = load.clone();
        use_effect_with(*attempt, move |_| {
            load.set(Load::Loading);
            wasm_bindgen_futures::spawn_local(async move {
                load.set(match fetch_data().await {
                    Ok((all, series)) => Load::Ready(Shared::new(all), Shared::new(series)),
                    Err(_) => Load::Failed,
                });
            });
        });
    }
    // The mode follows the URL: the loader's event after "Presenteren", and back/forward.
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|window| {
                [MODE_EVENT, "popstate"].map(|name| {
                    let route = route.clone();
                    gloo_events::EventListener::new(&window, name, move |_| {
                        route.set(route_in_url())
                    })
                })
            });
            move || drop(listeners)
        });
    }
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
            if let Some(html) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = html.remove_attribute("data-insluiten");
            }
            embed_open.set(false);
        })
    };
    let on_retry = {
        let attempt = attempt.clone();
        Callback::from(move |()| attempt.set(*attempt + 1))
    };
    let on_leave = {
        let route = route.clone();
        Callback::from(move |step: usize| {
            leave_for_reading(step);
            route.set(route_in_url());
        })
    };

    let comparison = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(COMPARE_ROOT_ID))
        .map(|host| {
            create_portal(
                html! { <Comparison load={(*load).clone()} on_retry={on_retry.clone()} /> },
                host,
            )
        });
    let data = match &*load {
        Load::Ready(all, series) => Some((all.clone(), series.clone())),
        _ => None,
    };
    html! {
        <>
            {comparison.unwrap_or_default()}
            if *embed_open {
                <EmbedDialog on_close={on_embed_close} />
            }
            if route.mode != Mode::Reading && *load != Load::Loading {
                <Presenter mode={route.mode} data={data} chosen={route.municipality.clone()} {on_leave} />
            }
        </>
    }
}
