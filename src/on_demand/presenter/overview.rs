//! The overview (G): every slide as a tile in a grid, in presenter mode and in the speaker
//! view. A modal dialog: the arrows move the selection (a row is
//! [`crate::slides::OVERVIEW_COLUMNS`] slides, as the stylesheet's grid), Enter or a click goes
//! there, Esc or G closes. The selected tile has the focus (`hooks::use_overlay_focus`).

use yew::prelude::*;

use crate::content::ui;
use crate::municipality::Municipality;
use crate::on_demand::presenter::slide::slide_title;
use crate::slides::{Command, SlideKind};

/// The id of slide `n`'s tile (0-based), so the focus can follow the selection.
pub fn tile_id(n: usize) -> String {
    format!("overzicht-{}", n + 1)
}

/// The overview, with `current` the slide on screen and `selected` the tile with the focus.
pub fn overview(
    kinds: &[SlideKind],
    current: usize,
    selected: usize,
    chosen: Option<&Municipality>,
    apply: Callback<Command>,
    on_close: Callback<MouseEvent>,
    close_ref: NodeRef,
) -> Html {
    html! {
        <div class="presenter__overview" role="dialog" aria-modal="true" aria-labelledby="overzicht-kop"
             aria-describedby="overzicht-uitleg">
            <h2 id="overzicht-kop">{ui::DIA_OVERZICHT_KOP}</h2>
            <p id="overzicht-uitleg">{ui::DIA_OVERZICHT_UITLEG}</p>
            <ol class="presenter__grid">
                { for kinds.iter().enumerate().map(|(n, kind)| html! {
                    <li>
                        <button type="button" id={tile_id(n)} class="presenter__tile"
                                tabindex={if n == selected { "0" } else { "-1" }}
                                aria-current={(n == current).then_some("true")}
                                onclick={apply.reform(move |_: MouseEvent| Command::Go(n))}>
                            <span class="presenter__tile-number">{n + 1}</span>
                            <span class="presenter__tile-title">{slide_title(*kind, chosen)}</span>
                            if n == current {
                                <span class="presenter__tile-now">{ui::DIA_OVERZICHT_NU}</span>
                            }
                        </button>
                    </li>
                }) }
            </ol>
            <button type="button" class="presenter__button" ref={close_ref} onclick={on_close}>{ui::DIA_HULP_SLUITEN}</button>
        </div>
    }
}
