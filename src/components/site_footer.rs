//! The footer: where the memo comes from, and whose words are whose.

use yew::prelude::*;

use crate::content::ui;

/// Source of the memo, authorship of our texts, privacy.
pub fn site_footer() -> Html {
    html! {
        <footer class="site-footer">
            <div class="container">
                <p>{ui::VOET_BRON}</p>
                <p>{ui::VOET_ONZE_TEKST}</p>
                <p>{ui::VOET_PRIVACY}</p>
            </div>
        </footer>
    }
}
