//! The two links made from the whole location: to presenter mode, and from an embed to the
//! full page. Their targets are made from the URL when they are clicked, so nothing in the
//! explainer renders again when the municipality or the slide changes.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::content::ui;
use crate::contract::{page_has_class, EMBED_CLASS};
use crate::location::{current, go, href, Entry};
use crate::route::{Mode, Route};

/// "Presenteren": presenter mode at the current step, with the same municipality, in the
/// same page (a new history entry, so Back returns to reading; the explainer then asks the
/// loader for the module). Embedded, the full page in a new tab: a frame on another site is
/// no screen to present from (and may not go full screen). Without the app the link loads
/// the page in presenter mode.
pub fn present_link() -> Html {
    let plain = Route::default().in_mode(Mode::Presenting).format();
    let onclick = Callback::from(|e: MouseEvent| {
        if page_has_class(EMBED_CLASS) {
            let link = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("a").ok().flatten());
            if let Some(link) = link {
                let _ = link.set_attribute(
                    "href",
                    &href(&current().full_page().in_mode(Mode::Presenting)),
                );
                let _ = link.set_attribute("target", "_blank");
                let _ = link.set_attribute("rel", "noopener");
            }
            return;
        }
        e.prevent_default();
        go(&current().in_mode(Mode::Presenting), Entry::Push);
    });
    html! {
        <a class="toolbar__link toolbar__present" href={plain} {onclick}>{ui::PRESENTEREN}</a>
    }
}

/// "Bekijk de volledige uitleg", shown only in embed mode (the stylesheet), in a new tab; the
/// click points it at this page as it is now, before the browser follows it.
pub fn full_page_link() -> Html {
    let onclick = Callback::from(|e: MouseEvent| {
        // The event's target, not its current target: yew listens at the app's root.
        let link = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a").ok().flatten());
        if let Some(link) = link {
            let _ = link.set_attribute("href", &href(&current().full_page()));
        }
    });
    html! {
        <a href="./" target="_blank" rel="noopener" {onclick}>{ui::BEKIJK_VOLLEDIG}</a>
    }
}
