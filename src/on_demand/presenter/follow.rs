//! "Follow along": QR codes that take the audience to the explainer in reading mode, on
//! their own phones, with no server in between. The title slide carries one to the page; Q
//! shows a large one to the current slide's step. They lead to the public address the build
//! was given (`SITE_URL`, the page's canonical link); without it there is none, and Q says why.

use yew::prelude::*;

use crate::components::qr_code::qr_code;
use crate::content::{fill, ui};
use crate::contract::PUBLIC_ADDRESS_LINK;
use crate::location::current;

/// The explainer's public address, if the build had one.
pub fn public_address() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let link = document.query_selector(PUBLIC_ADDRESS_LINK).ok()??;
    link.get_attribute("href").filter(|href| !href.is_empty())
}

/// Where the audience follows step `step`: the public address in reading mode at that step,
/// with the chosen municipality. `None` without a public address.
pub fn address(step: usize) -> Option<String> {
    Some(format!(
        "{}{}",
        public_address()?,
        current().for_reader(step).format()
    ))
}

/// An address without its scheme, to read and type: `example.org/k80/#inleiding`.
pub fn short(address: &str) -> &str {
    address.split_once("://").map_or(address, |(_, rest)| rest)
}

/// The title slide's code, with the address under it; nothing without a public address.
pub fn title_code() -> Html {
    let Some(address) = address(0) else {
        return Html::default();
    };
    html! {
        <figure class="slide__qr">
            {qr_code("qr-code", &address, fill(ui::DIA_VOLG_LABEL, &[("adres", &address)]))}
            <figcaption>{fill(ui::DIA_VOLG_TITEL, &[("adres", short(&address))])}</figcaption>
        </figure>
    }
}

/// The large code to step `step` (Q), a modal dialog over the slides; `close_ref` is its close
/// button (which gets the focus). Without a public address it says why there is no code.
pub fn follow_dialog(step: usize, on_close: Callback<MouseEvent>, close_ref: NodeRef) -> Html {
    let body = match address(step) {
        Some(address) => html! {
            <>
                <p class="presenter__follow-text">{ui::DIA_VOLG_UITLEG}</p>
                {qr_code("qr-code presenter__follow-code", &address, fill(ui::DIA_VOLG_LABEL, &[("adres", &address)]))}
                <p class="presenter__follow-address">{short(&address).to_owned()}</p>
            </>
        },
        None => html! { <p class="presenter__follow-text">{ui::DIA_VOLG_GEEN}</p> },
    };
    html! {
        <div class="presenter__follow" role="dialog" aria-modal="true" aria-labelledby="volg-kop">
            <h2 id="volg-kop">{ui::DIA_VOLG_KOP}</h2>
            {body}
            <button type="button" class="presenter__button" ref={close_ref} onclick={on_close}>{ui::DIA_HULP_SLUITEN}</button>
        </div>
    }
}
