//! The comparison's root: loads the table, keeps the choice in the URL, shows the picker and
//! the figures.

use std::rc::Rc;

use yew::prelude::*;

use crate::claims::nl_int;
use crate::content::{fill, ui};
use crate::municipality::{parse_table, Municipality, TABLE_FILE};
use crate::route::{parse, MUNICIPALITY_PARAM};
use crate::stats::{parse_series, peers, YearCount, SERIES_FILE};
use crate::widget::figures::{figures, FIGURES_HEADING_ID};
use crate::widget::in_steps::in_steps;
use crate::widget::picker::Picker;

/// Where the table is.
#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    Failed,
    Ready(Rc<Vec<Municipality>>, Rc<Vec<YearCount>>),
}

/// The text of a response, or why there is none.
async fn text_of(request: wasm_bindgen_futures::JsFuture) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let response: web_sys::Response = request
        .await
        .map_err(|_| "netwerk")?
        .dyn_into()
        .map_err(|_| "antwoord")?;
    if !response.ok() {
        return Err(format!("status {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| "tekst")?)
        .await
        .map_err(|_| "tekst")?;
    text.as_string().ok_or_else(|| "tekst".to_owned())
}

/// The municipalities and the number of municipalities per year; both requests start
/// before either is awaited.
async fn fetch_data() -> Result<(Vec<Municipality>, Vec<YearCount>), String> {
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("geen venster")?;
    let table = JsFuture::from(window.fetch_with_str(TABLE_FILE));
    let series = JsFuture::from(window.fetch_with_str(SERIES_FILE));
    let table = text_of(table).await?;
    let series = text_of(series).await?;
    Ok((parse_table(&table)?, parse_series(&series)?))
}

/// The code in `?gemeente=`, as typed (for the message when it is unknown).
fn code_in_url() -> Option<String> {
    let location = web_sys::window()?.location();
    parse(&location.hash().ok()?, &location.search().ok()?).municipality
}

/// Puts the choice in the URL without a new history entry, keeping the fragment.
fn write_code_to_url(code: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let hash = window.location().hash().unwrap_or_default();
    if let Ok(history) = window.history() {
        let url = format!("?{MUNICIPALITY_PARAM}={code}{hash}");
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The five municipalities most like `chosen`, each one click away.
fn peer_list(all: &[Municipality], chosen: &Municipality, on_choose: &Callback<String>) -> Html {
    html! {
        <section class="peers" aria-labelledby="lijkt-op-kop">
            <h3 id="lijkt-op-kop">{fill(ui::LIJKT_OP_KOP, &[("naam", &chosen.name)])}</h3>
            <p class="note">{fill(ui::LIJKT_OP_UITLEG, &[("naam", &chosen.name)])}</p>
            <ul class="peers__list">
                { for peers(all, &chosen.code, 5).into_iter().map(|m| {
                    let onclick = {
                        let (on_choose, code) = (on_choose.clone(), m.code.clone());
                        Callback::from(move |_: MouseEvent| on_choose.emit(code.clone()))
                    };
                    html! {
                        <li>
                            <button type="button" class="button peers__button" {onclick}>
                                {format!("{} ({} inwoners)", m.name, nl_int(m.inhabitants.into()))}
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// The whole comparison.
#[component]
pub fn Comparison() -> Html {
    let load = use_state(|| Load::Loading);
    let chosen = use_state(code_in_url);
    let attempt = use_state(|| 0_u32);

    {
        let load = load.clone();
        use_effect_with(*attempt, move |_| {
            load.set(Load::Loading);
            wasm_bindgen_futures::spawn_local(async move {
                load.set(match fetch_data().await {
                    Ok((all, series)) => Load::Ready(Rc::new(all), Rc::new(series)),
                    Err(_) => Load::Failed,
                });
            });
        });
    }

    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |code: String| {
            write_code_to_url(&code);
            chosen.set(Some(code));
        })
    };
    // A peer's button disappears when the peers change: focus goes to the new figures.
    let focus_requests = use_state(|| 0_u32);
    use_effect_with(*focus_requests, |requests| {
        if *requests > 0 {
            let heading = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(FIGURES_HEADING_ID))
                .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
            if let Some(heading) = heading {
                let _ = heading.focus();
            }
        }
    });
    let on_peer = {
        let (on_choose, focus_requests) = (on_choose.clone(), focus_requests.clone());
        Callback::from(move |code: String| {
            on_choose.emit(code);
            focus_requests.set(*focus_requests + 1);
        })
    };
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
    };

    match &*load {
        Load::Loading => {
            html! { <p class="comparison__status" role="status">{ui::VERGELIJK_LADEN}</p> }
        }
        Load::Failed => html! {
            <div class="notice" role="alert">
                <p>{ui::VERGELIJK_LADEN_MISLUKT}</p>
                <button type="button" class="button" onclick={retry}>{ui::OPNIEUW}</button>
            </div>
        },
        Load::Ready(all, series) => {
            let found = chosen
                .as_ref()
                .and_then(|code| all.iter().find(|m| &m.code == code));
            html! {
                <div class="comparison">
                    <Picker all={all.clone()} on_choose={on_choose.clone()} chosen_name={found.map(|m| m.name.clone())} />
                    { match (chosen.as_ref(), found) {
                        (_, Some(m)) => html! { <>{figures(all, m)}{peer_list(all, m, &on_peer)}</> },
                        (Some(code), None) => html! {
                            <p class="notice" role="status">{fill(ui::GEMEENTE_ONBEKEND, &[("waarde", code)])}</p>
                        },
                        (None, None) => Html::default(),
                    } }
                    {in_steps(all, found, series)}
                </div>
            }
        }
    }
}
