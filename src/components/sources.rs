//! The sources of one of our statements.

use yew::prelude::*;

use crate::content::{ui, Source};

/// "Bron: …" or "Bronnen: …; …", as a small line under the statement.
pub fn sources(sources: &'static [Source]) -> Html {
    let label = if sources.len() == 1 {
        ui::BRON
    } else {
        ui::BRONNEN
    };
    let titles: Vec<&str> = sources.iter().map(|s| s.title).collect();
    html! {
        <p class="source"><span class="source__label">{format!("{label}: ")}</span>{titles.join("; ")}</p>
    }
}
