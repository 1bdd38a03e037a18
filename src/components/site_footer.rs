//! The footer: where the memo comes from, and whose words are whose.

use yew::prelude::*;

use crate::content::UI;

/// Source of the memo, authorship of our texts, privacy.
pub fn site_footer() -> Html {
    html! {
        <footer class="site-footer">
            <div class="container">
                <p>{UI.voet_bron}</p>
                <p>{UI.voet_onze_tekst}</p>
                <p>{UI.voet_privacy}</p>
            </div>
        </footer>
    }
}
