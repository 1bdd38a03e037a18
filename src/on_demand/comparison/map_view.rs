//! "Kies op de kaart": the Netherlands by municipality (`gemeenten-kaart.tsv`, loaded only
//! when the comparison is on screen), small municipalities hatched (not told by colour alone),
//! the chosen ones outlined and named. A click chooses; the list under the map is its text
//! alternative and the way to choose by keyboard.

use yew::prelude::*;

use crate::content::{fill, ui};
use crate::indicators::{class_limits, class_of, map_measures, number, MapMeasure, CLASSES};
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
    // What the map is coloured by: `None` shows small or not (hatched), as before.
    let measure = use_state(|| None::<usize>);
    let measures = use_memo((), |_| map_measures());
    let colours = measure.and_then(|i| {
        let m = measures.get(i)?;
        Some(Colours {
            limits: class_limits(props.all.iter().map(|x| m.of(x))),
            measure: i,
        })
    });
    let onchange = {
        let measure = measure.clone();
        Callback::from(move |e: Event| {
            let select: Option<web_sys::HtmlSelectElement> = e.target_dyn_into();
            measure.set(select.and_then(|s| s.value().parse().ok()));
        })
    };

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
        Load::Ready(map) => drawing(map, props, colours.clone()),
    };
    let shown_measure = colours.as_ref().and_then(|c| measures.get(c.measure));
    html! {
        <section class="map" aria-labelledby="kaart-kop">
            <h3 id="kaart-kop">{ui::KAART_KOP}</h3>
            <p class="map__measure">
                <label for="kaart-maat">{ui::KAART_KLEUR}</label>
                <select id="kaart-maat" class="map__select" {onchange}>
                    // The select keeps its own choice; the state follows it (both start at
                    // the first option).
                    <option value="">{ui::KAART_KLEUR_KLEIN}</option>
                    { for measures.iter().enumerate().map(|(i, m)| html! {
                        <option value={i.to_string()}>{m.label}</option>
                    }) }
                </select>
            </p>
            // The map's own shape is kept free while it loads: nothing below moves.
            <div class="map__frame">{body}</div>
            <ul class="map__legend">
                if let (Some(colours), Some(m)) = (&colours, shown_measure) {
                    { for (0..=colours.limits.len()).map(|k| html! {
                        <li><span class={classes!("map__swatch", CLASS[k])} aria-hidden="true"></span>{class_text(k, &colours.limits, m)}</li>
                    }) }
                    <li><span class={classes!("map__swatch", NO_FIGURE)} aria-hidden="true"></span>{ui::NIET_BESCHIKBAAR}</li>
                    <li><span class="map__swatch map__swatch--edge" aria-hidden="true"></span>{ui::KAART_LEGENDA_RAND}</li>
                } else {
                    <li><span class="map__swatch map__swatch--small" aria-hidden="true"></span>{ui::KAART_LEGENDA_KLEIN}</li>
                    <li><span class="map__swatch" aria-hidden="true"></span>{ui::KAART_LEGENDA_GROOT}</li>
                }
                <li><span class="map__swatch map__swatch--chosen" aria-hidden="true"></span>{ui::KAART_LEGENDA_GEKOZEN}</li>
            </ul>
            if let Some(m) = shown_measure {
                <p class="source">{fill(ui::KAART_KLEUR_BRON, &[("maat", m.label), ("datum", m.date), ("bron", m.source)])}</p>
            }
            <p class="source">{ui::KAART_BRON}</p>
            {list(props, &list_open, shown_measure)}
        </section>
    }
}

/// The classes' fills, lowest first (the stylesheet's `--map-1` …).
const CLASS: [&str; CLASSES] = [
    "map__area--c1",
    "map__area--c2",
    "map__area--c3",
    "map__area--c4",
    "map__area--c5",
];
/// The fill of a municipality without a figure.
const NO_FIGURE: &str = "map__area--none";

/// What the map is coloured by: the measure (index into `map_measures`) and its class limits.
#[derive(Clone, PartialEq)]
struct Colours {
    measure: usize,
    limits: Vec<f64>,
}

/// The legend's words for class `k`: "minder dan 17.000", "17.000 tot 23.000", "45.000 of meer".
fn class_text(k: usize, limits: &[f64], m: &MapMeasure) -> String {
    let at = |i: usize| number(limits.get(i).copied(), m.decimals);
    match (k.checked_sub(1), k < limits.len()) {
        (None, _) => fill(ui::KLASSE_ONDER, &[("tot", &at(0))]),
        (Some(from), true) => fill(ui::KLASSE_TUSSEN, &[("van", &at(from)), ("tot", &at(k))]),
        (Some(from), false) => fill(ui::KLASSE_BOVEN, &[("van", &at(from))]),
    }
}

/// A municipality's figure in words, for its tooltip and its button in the list.
fn value_text(m: &Municipality, measure: &MapMeasure) -> String {
    fill(
        ui::KAART_WAARDE,
        &[
            ("naam", &m.name),
            ("waarde", &number(measure.of(m), measure.decimals)),
        ],
    )
}

/// Props of [`Shapes`].
#[derive(Properties, PartialEq)]
struct ShapesProps {
    map: Shared<Map>,
    all: Shared<Vec<Municipality>>,
    colours: Option<Colours>,
}

/// Every municipality's outline, each with its name as a tooltip: small ones hatched, or,
/// coloured by a measure, filled by class (with the value in the tooltip) and small ones
/// with a thick outline. It does not change when the choice does (the highlight is drawn over
/// it), so it renders only when the colouring changes.
#[component]
fn Shapes(props: &ShapesProps) -> Html {
    let measures = use_memo((), |_| map_measures());
    let measure = props
        .colours
        .as_ref()
        .and_then(|c| Some((c, measures.get(c.measure)?)));
    html! {
        <g>
            { for props.map.shapes.iter().map(|(code, path)| {
                let m = props.all.iter().find(|m| &m.code == code);
                let small = m.is_some_and(|m| m.is_small());
                let (class, title) = match (m, measure) {
                    (Some(m), Some((colours, measure))) => (
                        classes!(
                            measure.of(m).map_or(NO_FIGURE, |v| CLASS[class_of(v, &colours.limits)]),
                            small.then_some("map__area--edge")
                        ),
                        value_text(m, measure),
                    ),
                    (m, _) => (
                        classes!(small.then_some("map__area--small")),
                        m.map(|m| m.name.clone()).unwrap_or_default(),
                    ),
                };
                html! {
                    <path d={path.clone()} data-code={code.clone()} class={classes!("map__area", class)}>
                        <title>{title}</title>
                    </path>
                }
            }) }
        </g>
    }
}

/// The SVG: a hatch pattern for small municipalities, the outlines, the chosen ones drawn
/// again on top with their names. One click handler for the whole map. (The legend and the
/// source are outside it, in place from the start.)
fn drawing(map: &Shared<Map>, props: &MapViewProps, colours: Option<Colours>) -> Html {
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
                <text class="map__name" x={fixed(label_x((a + c) / 2.0, &name), 0)} y={fixed((b + d) / 2.0, 0)}
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
                <Shapes map={map.clone()} all={props.all.clone()} {colours} />
                { for highlight }
            </svg>
    }
}

/// Every municipality by province, as buttons: the map's text alternative. The buttons are
/// only made while the list is open.
fn list(props: &MapViewProps, open: &UseStateHandle<bool>, measure: Option<&MapMeasure>) -> Html {
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: Option<web_sys::HtmlDetailsElement> = e.target_dyn_into();
            open.set(details.is_some_and(|d| d.open()));
        })
    };
    // By province, then by name: one sort, then runs of the same province.
    let mut sorted: Vec<&Municipality> = props.all.iter().filter(|_| **open).collect();
    sorted.sort_unstable_by(|a, b| (&a.province, &a.name).cmp(&(&b.province, &b.name)));
    html! {
        <details class="map__list" {ontoggle}>
            <summary>{ui::KAART_LIJST}</summary>
            { for sorted.chunk_by(|a, b| a.province == b.province).map(|members| {
                html! {
                    <>
                        <h4>{members[0].province.clone()}</h4>
                        <ul class="map__buttons">
                            { for members.iter().map(|m| {
                                let onclick = {
                                    let (on_choose, code) = (props.on_choose.clone(), m.code.clone());
                                    Callback::from(move |_: MouseEvent| on_choose.emit(code.clone()))
                                };
                                let text = match (measure, m.is_small()) {
                                    (Some(measure), _) => value_text(m, measure),
                                    (None, true) => fill(ui::KAART_LIJST_KLEIN, &[("naam", &m.name)]),
                                    (None, false) => m.name.clone(),
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

/// Where a name's label goes: centred on its municipality, but never past the map's edge
/// (a name is at most about 28 map units wide per letter at the label's size).
fn label_x(centre: f64, name: &str) -> f64 {
    let half = 14.0 * name.chars().count() as f64;
    // max and min, not clamp: clamp's panic message would bring float formatting along.
    centre.min(1000.0 - half).max(half)
}
