//! "Delen" and copying: the page's link through the Web Share API where the browser has it,
//! otherwise on the clipboard with a confirmation in the toolbar's status line; and text on
//! the clipboard ("Kopieer citaat", `crate::components::cite_box`). The municipality pages,
//! which have no WebAssembly, share the same way in `static/js/gemeente.js`.

use web_sys::js_sys::{Promise, Reflect};
use web_sys::wasm_bindgen::closure::Closure;
use web_sys::wasm_bindgen::JsValue;

use crate::content::{fill, ui};
use crate::contract::{element_by_id, SHARE_STATUS_ID};
use crate::location::{absolute, current};

/// Calls `then(Ok(()))` when `promise` resolves, `then(Err(reason))` when it is rejected
/// (once; the closures are left to the JavaScript side).
/// (Not generic: one copy of the code for every caller.)
fn settle(promise: &Promise, then: Box<dyn FnOnce(Result<(), JsValue>)>) {
    let then = std::rc::Rc::new(std::cell::Cell::new(Some(then)));
    let failed = then.clone();
    let ok = Closure::once(move |_: JsValue| {
        if let Some(f) = then.take() {
            f(Ok(()))
        }
    });
    let failed = Closure::once(move |e: JsValue| {
        if let Some(f) = failed.take() {
            f(Err(e))
        }
    });
    let _ = promise.then2(&ok, &failed);
    ok.forget();
    failed.forget();
}

/// Puts `text` on the clipboard, then calls `done` with whether it worked.
/// (Outside a secure context there is no clipboard at all: then it did not work.)
pub fn copy(text: &str, done: Box<dyn FnOnce(bool)>) {
    let navigator = web_sys::window().map(|w| w.navigator());
    match navigator.filter(|n| Reflect::has(n, &JsValue::from_str("clipboard")).unwrap_or(false)) {
        Some(navigator) => settle(
            &navigator.clipboard().write_text(text),
            Box::new(move |r| done(r.is_ok())),
        ),
        None => done(false),
    }
}

/// The toolbar's status line (text only: never HTML).
fn say(text: &str) {
    if let Some(status) = element_by_id(SHARE_STATUS_ID) {
        status.set_text_content(Some(text));
    }
}

/// Copies `link` and says so; if the clipboard refuses, shows the link to copy by hand.
fn copy_link(link: String) {
    copy(
        &link.clone(),
        Box::new(move |copied| {
            say(&if copied {
                ui::DELEN_GEKOPIEERD.to_owned()
            } else {
                fill(ui::DELEN_NIET_GEKOPIEERD, &[("link", &link)])
            })
        }),
    );
}

/// Shares the link to what is on screen (the full page when embedded): the browser's share
/// sheet where it has one, otherwise the clipboard. Cancelling the sheet does nothing; a
/// sheet that fails copies instead.
pub fn share_page() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let link = absolute(&current().full_page());
    say("");
    let navigator = window.navigator();
    if !Reflect::has(&navigator, &JsValue::from_str("share")).unwrap_or(false) {
        return copy_link(link);
    }
    let data = web_sys::ShareData::new();
    data.set_url(&link);
    if let Some(document) = window.document() {
        data.set_title(&document.title());
    }
    settle(
        &navigator.share_with_data(&data),
        Box::new(move |result| {
            if let Err(e) = result {
                let name = Reflect::get(&e, &JsValue::from_str("name")).ok();
                if name.and_then(|n| n.as_string()).as_deref() != Some("AbortError") {
                    copy_link(link);
                }
            }
        }),
    );
}
