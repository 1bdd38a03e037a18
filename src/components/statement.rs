//! The accessibility statement: its own static page (`toegankelijkheid.html`), prerendered
//! at build time with the site's header, footer and stylesheet, and no script at all.

use yew::prelude::*;

use crate::components::site_footer::site_footer;
pub use crate::components::site_footer::STATEMENT_FILE;
use crate::components::site_header::site_header;
use crate::content::{ui, STATEMENT};
use crate::route::MAIN_ID;

/// The statement's page body.
#[component]
pub fn StatementPage() -> Html {
    html! {
        <>
            {site_header()}
            <main id={MAIN_ID} class="container main" tabindex="-1">
                <p><a href="./">{ui::TERUG_NAAR_UITLEG}</a></p>
                <h1>{STATEMENT.title}</h1>
                <p class="intro__lead">{STATEMENT.intro}</p>
                { for STATEMENT.parts.iter().map(|(heading, paragraphs)| html! {
                    <section>
                        <h2>{*heading}</h2>
                        { for paragraphs.iter().map(|p| html! { <p>{*p}</p> }) }
                    </section>
                }) }
                <p class="note">{STATEMENT.drawn_up}</p>
            </main>
            {site_footer()}
        </>
    }
}
