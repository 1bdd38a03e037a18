//! The handout (`?modus=print`): every slide with its notes, one per landscape page in print.

use yew::prelude::*;

use crate::content::ui;
use crate::contract::PRESENTATION_ID;
use crate::municipality::Municipality;
use crate::on_demand::presenter::slide::{slide, SlideData};
use crate::slides::SlideKind;

/// The handout's page.
pub fn handout(kinds: &[SlideKind], data: &SlideData, chosen: Option<&Municipality>) -> Html {
    html! {
        <div class="handout" id={PRESENTATION_ID} tabindex="-1">
            <h1 class="handout__title">{ui::HAND_OUT_KOP}</h1>
            <p class="handout__note">{ui::HAND_OUT_UITLEG}</p>
            { for kinds.iter().enumerate().map(|(n, kind)| html! {
                <div class="handout__stage">{slide(*kind, n, data, chosen, true, "hand-out")}</div>
            }) }
        </div>
    }
}
