//! The skip link and the site's banner.

use yew::prelude::*;

use crate::content::UI;
use crate::route::MAIN_ID;

/// Skip link, then the K80 banner.
pub fn site_header() -> Html {
    html! {
        <>
            <a class="skip-link" href={format!("#{MAIN_ID}")}>{UI.naar_inhoud}</a>
            <header class="site-header">
                <div class="container site-header__inner">
                    <p class="brand">
                        <span class="brand__mark">{format!("{} ", UI.merk)}</span>
                        <span class="brand__text">{UI.merk_uitleg}</span>
                    </p>
                </div>
            </header>
        </>
    }
}
