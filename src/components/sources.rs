//! The sources of one of our statements.

use yew::prelude::*;

use crate::content::{Source, UI};

/// Props of [`Sources`].
#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    /// The sources, at least one.
    pub sources: &'static [Source],
}

/// "Bron: …" or "Bronnen: …; …", as a small line under the statement.
#[component]
pub fn Sources(props: &SourcesProps) -> Html {
    let label = if props.sources.len() == 1 { UI.bron } else { UI.bronnen };
    let titles: Vec<&str> = props.sources.iter().map(|s| s.title).collect();
    html! {
        <p class="source"><span class="source__label">{label}{": "}</span>{titles.join("; ")}</p>
    }
}
