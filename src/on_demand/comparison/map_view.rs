//! "Kies op de kaart": the Netherlands by municipality (`gemeenten-kaart.tsv`, loaded only
//! when the comparison is on screen), small municipalities hatched (not told by colour alone),
//! the chosen ones outlined and named. A click chooses; the list under the map is its text
//! alternative and the way to choose by keyboard.

use yew::prelude::*;

use crate::content::{fill, ui};
use crate::location::use_route;
use crate::map::{bounds, Map};
use crate::municipality::Municipality;
use crate::numbers::fixed;
use crate::on_demand::data::{fetch_map, use_load, Load};
use crate::on_demand::Shared;
use crate::route::Route;

/// Props of [`MapView`].
#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    /// Every municipality.
    pub all: Shared<Vec<Municipality>>,
    /// The codes shown as chosen: the first is "your" municipality, then those beside it.
    pub chosen: Vec<String>,
    /// A municipality was clicked or picked from the list (its code).
    pub on_choose: Callback<String>,
}

/// The map and its list.
#[component]
pub fn MapView(props: &MapViewProps) -> Html {
    // The boundaries are fetched the first time the comparison is on screen (`#vergelijk`,
    // or the comparison alone in an embed), not when the module only came for the checks
    // in the steps; once fetched, they stay.
    let shown = use_route(Route::shows_comparison);
    let wanted = use_mut_ref(|| false);
    *wanted.borrow_mut() |= shown;
    let (load, retry) = use_load(*wanted.borrow(), fetch_map);
    let list_open = use_state(|| false);

    let body = match &load {
        Load::Waiting => Html::default(),
        Load::Loading => html! { <p role="status">{ui::KAART_LADEN}</p> },
        Load::Failed => {
            let onclick = retry.reform(|_: MouseEvent| ());
            html! {
                <div class="notice" role="alert">
                    <p>{ui::KAART_MISLUKT}</p>
                    <button type="button" class="button" {onclick}>{ui::OPNIEUW}</button>
                </div>
            }
        }
        Load::Ready(map) => drawing(map, props),
    };
    html! {
        <section class="map" aria-labelledby="kaart-kop">
            <h3 id="kaart-kop">{ui::KAART_KOP}</h3>
            // The map's own shape is kept free while it loads: nothing below moves.
            <div class="map__frame">{body}</div>
            <ul class="map__legend">
                <li><span class="map__swatch map__swatch--small" aria-hidden="true"></span>{ui::KAART_LEGENDA_KLEIN}</li>
                <li><span class="map__swatch" aria-hidden="true"></span>{ui::KAART_LEGENDA_GROOT}</li>
                <li><span class="map__swatch map__swatch--chosen" aria-hidden="true"></span>{ui::KAART_LEGENDA_GEKOZEN}</li>
            </ul>
            <p class="source">{ui::KAART_BRON}</p>
            {list(props, &list_open)}
        </section>
    }
}

/// Props of [`Shapes`].
#[derive(Properties, PartialEq)]
struct ShapesProps {
    map: Shared<Map>,
    all: Shared<Vec<Municipality>>,
}

/// Every municipality's outline, small ones hatched, each with its name as a tooltip. It does
/// not change when the choice does (the highlight is drawn over it), so it renders once.
#[component]
fn Shapes(props: &ShapesProps) -> Html {
    html! {
        <g>
            { for props.map.shapes.iter().map(|(code, path)| {
                let m = props.all.iter().find(|m| &m.code == code);
                let small = m.is_some_and(|m| m.is_small());
                html! {
                    <path d={path.clone()} data-code={code.clone()}
                          class={classes!("map__area", small.then_some("map__area--small"))}>
                        <title>{m.map(|m| m.name.clone()).unwrap_or_default()}</title>
                    </path>
                }
            }) }
        </g>
    }
}

/// The SVG: a hatch pattern for small municipalities, the outlines, the chosen ones drawn
/// again on top with their names. One click handler for the whole map. (The legend and the
/// source are outside it, in place from the start.)
fn drawing(map: &Shared<Map>, props: &MapViewProps) -> Html {
    let by_code = |code: &str| props.all.iter().find(|m| m.code == code);
    let chosen_names: Vec<&str> = props
        .chosen
        .iter()
        .filter_map(|c| by_code(c))
        .map(|m| m.name.as_str())
        .collect();
    let label = fill(
        ui::KAART_BESCHRIJVING,
        &[(
            "gekozen",
            &if chosen_names.is_empty() {
                ui::KAART_NIETS_GEKOZEN.to_owned()
            } else {
                chosen_names.join(", ")
            },
        )],
    );
    let highlight = props.chosen.iter().enumerate().filter_map(|(n, code)| {
        let (_, path) = map.shapes.iter().find(|(c, _)| c == code)?;
        let (a, b, c, d) = bounds(path)?;
        let name = by_code(code)?.name.clone();
        let class = if n == 0 {
            "map__area--chosen"
        } else {
            "map__area--beside"
        };
        Some(html! {
            <>
                <path d={path.clone()} class={classes!("map__highlight", class)} />
                <text class="map__name" x={fixed((a + c) / 2.0, 0)} y={fixed((b + d) / 2.0, 0)}
                      text-anchor="middle" dominant-baseline="middle">{name}</text>
            </>
        })
    });
    let onclick = {
        let on_choose = props.on_choose.clone();
        Callback::from(move |e: MouseEvent| {
            let code = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|el| el.get_attribute("data-code"));
            if let Some(code) = code {
                on_choose.emit(code);
            }
        })
    };
    html! {
            <svg class="map__svg" viewBox={map.view_box.clone()} role="img" aria-label={label} {onclick}>
                <defs>
                    <pattern id="kaart-klein" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect class="map__hatch-bg" width="8" height="8" />
                        <line class="map__hatch" x1="0" y1="0" x2="0" y2="8" />
                    </pattern>
                </defs>
                <Shapes map={map.clone()} all={props.all.clone()} />
                { for highlight }
            </svg>
    }
}

/// Every municipality by province, as buttons: the map's text alternative. The buttons are
/// only made while the list is open.
fn list(props: &MapViewProps, open: &UseStateHandle<bool>) -> Html {
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: Option<web_sys::HtmlDetailsElement> = e.target_dyn_into();
            open.set(details.is_some_and(|d| d.open()));
        })
    };
    let mut provinces: Vec<&str> = props.all.iter().map(|m| m.province.as_str()).collect();
    provinces.sort_unstable();
    provinces.dedup();
    html! {
        <details class="map__list" {ontoggle}>
            <summary>{ui::KAART_LIJST}</summary>
            { for provinces.into_iter().filter(|_| **open).map(|province| {
                let mut members: Vec<&Municipality> = props.all.iter().filter(|m| m.province == province).collect();
                members.sort_unstable_by(|a, b| a.name.cmp(&b.name));
                html! {
                    <>
                        <h4>{province.to_owned()}</h4>
                        <ul class="map__buttons">
                            { for members.into_iter().map(|m| {
                                let onclick = {
                                    let (on_choose, code) = (props.on_choose.clone(), m.code.clone());
                                    Callback::from(move |_: MouseEvent| on_choose.emit(code.clone()))
                                };
                                let text = if m.is_small() {
                                    fill(ui::KAART_LIJST_KLEIN, &[("naam", &m.name)])
                                } else {
                                    m.name.clone()
                                };
                                html! {
                                    <li><button type="button" class="button button--quiet" {onclick}
                                                aria-current={props.chosen.contains(&m.code).then_some("true")}>{text}</button></li>
                                }
                            }) }
                        </ul>
                    </>
                }
            }) }
        </details>
    }
}
