//! The map on the first key-figure slide: every municipality, the small ones hatched (not
//! told by colour alone). Drawn once; a slide change does not re-render it.

use yew::prelude::*;

use crate::map::Map;
use crate::municipality::Municipality;
use crate::on_demand::Shared;

/// Id of the hatch pattern (one map on a page: presenter mode, the speaker view and the
/// handout each show the slide once).
const HATCH_ID: &str = "dia-kaart-klein";

/// Props of [`SlideMap`].
#[derive(Properties, PartialEq)]
pub struct SlideMapProps {
    /// The outlines.
    pub map: Shared<Map>,
    /// Every municipality (which ones are small).
    pub all: Shared<Vec<Municipality>>,
    /// The text alternative.
    pub label: AttrValue,
}

/// The map, as one image with its text alternative.
#[component]
pub fn SlideMap(props: &SlideMapProps) -> Html {
    let small = |code: &str| props.all.iter().any(|m| m.code == code && m.is_small());
    html! {
        <svg class="slide__map" viewBox={props.map.view_box.clone()} role="img" aria-label={props.label.clone()}>
            <defs>
                <pattern id={HATCH_ID} width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect class="slide__map-hatch-bg" width="10" height="10" />
                    <line class="slide__map-hatch" x1="0" y1="0" x2="0" y2="10" />
                </pattern>
            </defs>
            { for props.map.shapes.iter().map(|(code, path)| html! {
                <path d={path.clone()} class={classes!("slide__map-area", small(code).then_some("slide__map-area--small"))} />
            }) }
        </svg>
    }
}
