//! "De kleine gemeenten in cijfers" on the start step: the figures that frame the memo, each
//! in words, beside a map with a dot per municipality. Rendered at build time from the data
//! files compiled into the build tool; in the browser it is part of the page, never re-rendered.

use yew::prelude::*;

use crate::content::{fill, ui, CHECKS, STEP_HEADS};
use crate::map::{centroid, dots, Map};
use crate::municipality::Municipality;
use crate::numbers::{nl_int, nl_pct};
use crate::route::{Fragment, View};
use crate::slides::KEY_FIGURES;
use crate::stats::KeyFigures;

/// Map units per unit of the dot map (the map is 1000 wide: the dot map 100).
const DOT_SCALE: f64 = 10.0;

/// The key figures as (the number, its words), in order: the start step lists them, presenter
/// mode gives each a slide ([`crate::slides::SlideKind::KeyFigure`]).
pub fn figure_lines(key: &KeyFigures) -> [(String, String); KEY_FIGURES] {
    [
        (
            nl_int(key.small as u64),
            fill(ui::KERN_AANTAL, &[("gemeenten", &nl_int(key.all as u64))]),
        ),
        (
            nl_int(key.inhabitants),
            fill(
                ui::KERN_INWONERS,
                &[("aandeel", &nl_pct(key.inhabitants_pct))],
            ),
        ),
        (
            nl_pct(key.total_area_pct),
            fill(ui::KERN_OPPERVLAKTE, &[("land", &nl_pct(key.land_pct))]),
        ),
    ]
}

/// The block for the figures of `all`, with `map`'s municipalities as dots.
pub fn key_figures_of(all: &[Municipality], map: &Map) -> Html {
    let key = KeyFigures::of(all);
    let is_small = |code: &str| all.iter().any(|m| m.code == code && m.is_small());
    let points = |small: bool| {
        dots(
            map.shapes
                .iter()
                .filter(|(code, _)| is_small(code) == small)
                .filter_map(|(_, path)| centroid(path)),
            DOT_SCALE,
        )
    };
    // The size check's step: where k80.nl's own figures are tested.
    let checked_in = CHECKS
        .iter()
        .find(|c| c.id == "omvang")
        .and_then(|c| STEP_HEADS.iter().position(|s| s.id == c.step))
        .expect("the size check belongs to a step");
    let (width, height) = view_size(&map.view_box);
    html! {
        <section class="key-figures" aria-labelledby="kerncijfers-kop">
            <h3 id="kerncijfers-kop">{ui::KERN_KOP}</h3>
            <div class="key-figures__body">
                <ul class="key-figures__list">
                    { for figure_lines(&key).into_iter().map(|(number, words)| html! {
                        <li><strong class="key-figures__number">{number}</strong>{" "}{words}</li>
                    }) }
                </ul>
                <figure class="key-figures__map">
                    <svg viewBox={format!("-2 -2 {} {}", width + 4, height + 4)} width={(width + 4).to_string()}
                         height={(height + 4).to_string()} role="img"
                         aria-label={fill(ui::KERN_KAART, &[("aantal", &nl_int(key.small as u64))])}>
                        <path class="dots dots--rest" d={points(false)} />
                        <path class="dots dots--small" d={points(true)} />
                    </svg>
                    <figcaption>
                        <ul class="dots-legend">
                            <li class="dots-legend__small">{ui::KERN_LEGENDA_KLEIN}</li>
                            <li class="dots-legend__rest">{ui::KERN_LEGENDA_GROOT}</li>
                        </ul>
                    </figcaption>
                </figure>
            </div>
            <p class="source">{ui::KERN_BRON}{" "}{ui::KERN_KAART_BRON}</p>
            <p>
                {ui::KERN_TOETS}{" "}
                <a href={Fragment::View(View::Step(checked_in)).format()}>{STEP_HEADS[checked_in].name}</a>
            </p>
        </section>
    }
}

/// Width and height of the dot map from the map's viewBox (`0 0 1000 1183`).
fn view_size(view_box: &str) -> (i64, i64) {
    let mut size = view_box
        .split(' ')
        .skip(2)
        .map(|n| (n.parse::<f64>().unwrap_or(0.0) / DOT_SCALE).ceil() as i64);
    (size.next().unwrap_or(0), size.next().unwrap_or(0))
}

/// The block for the data files compiled into the build tool. The browser never renders
/// the page's static markup (only its islands), so in WebAssembly this is empty.
pub fn key_figures() -> Html {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let map = crate::map::parse_map(crate::map::TABLE).expect("build.rs checked the map");
        key_figures_of(&crate::municipality::built(), &map)
    }
    #[cfg(target_arch = "wasm32")]
    {
        Html::default()
    }
}
