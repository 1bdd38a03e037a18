//! The footer: where the memo comes from, and whose words are whose.

use yew::prelude::*;

use crate::content::ui;

/// File name of the accessibility statement next to `index.html` (prerendered at build time,
/// `crate::components::statement`).
pub const STATEMENT_FILE: &str = "toegankelijkheid.html";

/// Source of the memo, authorship of our texts, privacy, the accessibility statement.
pub fn site_footer() -> Html {
    site_footer_at("")
}

/// The footer of a page `to_root` away from the site's root (`"../../"`).
pub fn site_footer_at(to_root: &str) -> Html {
    html! {
        <footer class="site-footer">
            <div class="container">
                <p>{ui::VOET_BRON}</p>
                <p>{ui::VOET_ONZE_TEKST}</p>
                <p>{ui::VOET_PRIVACY}</p>
                <p><a href={format!("{to_root}{STATEMENT_FILE}")}>{ui::TOEGANKELIJKHEID}</a></p>
            </div>
        </footer>
    }
}
