//! The skip link and the site's banner.

use yew::prelude::*;

use crate::content::ui;
use crate::route::Fragment;

/// Skip link, then the K80 banner.
pub fn site_header() -> Html {
    html! {
        <>
            <a class="skip-link" href={Fragment::Main.format()} data-skip="">{ui::NAAR_INHOUD}</a>
            <header class="site-header">
                <div class="container site-header__inner">
                    <p class="brand">
                        <span class="brand__mark">{format!("{} ", ui::MERK)}</span>
                        <span class="brand__text">{ui::MERK_UITLEG}</span>
                    </p>
                </div>
            </header>
        </>
    }
}
