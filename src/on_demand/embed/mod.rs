//! "Insluiten": a modal dialog (the native `<dialog>`, so focus stays inside and returns to the
//! button when it closes) with the code to embed the current state — the step, the chosen
//! municipality, the whole explainer or only the comparison — a copy button, and a preview
//! that shows how high the embedded page becomes.

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::content::{fill, ui};
use crate::contract::{EMBED_SCRIPT, HEIGHT_MESSAGE};
use crate::location::{absolute, current, file_address};
use crate::numbers::nl_int;
use crate::route::{Fragment, Mode, Route};

/// Props of [`EmbedDialog`].
#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    /// The dialog was closed.
    pub on_close: Callback<()>,
}

/// The embedded page's URL for the current state: embed mode with the chosen municipality,
/// at the current step, or the comparison alone.
fn embed_url(compare_only: bool) -> String {
    let now = current();
    let step = now.view().filter(|v| v.step_index().is_some());
    let route = Route {
        fragment: match (compare_only, step) {
            (false, Some(view)) => Fragment::View(view),
            _ => Fragment::Empty,
        },
        municipality: now.municipality,
        beside: Vec::new(),
        mode: Mode::Reading,
        minutes: None,
        embed: true,
        compare_only,
        problems: Vec::new(),
    };
    absolute(&route)
}

/// The code for a host page: the iframe and the sizing script.
pub fn snippet(url: &str, script: &str) -> String {
    format!(
        "<iframe data-k80-uitleg src=\"{url}\" title=\"{}\" loading=\"lazy\" allow=\"fullscreen\" style=\"width:100%;height:800px;border:0\"></iframe>\n<script src=\"{script}\" defer></script>",
        ui::INSLUITEN_TITEL
    )
}

/// How long the preview's height must stay the same before it is said.
const SETTLE_MS: u32 = 400;

/// The dialog: what to embed, the code to copy, and a preview with its height.
#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let dialog = use_node_ref();
    let compare_only = use_state(|| false);
    let copied = use_state(|| None::<bool>);
    let height = use_state(|| None::<u32>);
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                let _ = dialog.show_modal();
            }
        });
    }
    // The preview's height, from its own messages (same origin, this page's format).
    let settling = use_mut_ref(|| None::<Timeout>);
    let said = use_mut_ref(|| false);
    {
        let (height, settling, said) = (height.clone(), settling.clone(), said.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo_events::EventListener::new(&window, "message", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                        return;
                    };
                    let own_origin = web_sys::window()
                        .and_then(|w| w.location().origin().ok())
                        .is_some_and(|o| o == event.origin());
                    let data = event.data();
                    let field = |name: &str| {
                        web_sys::js_sys::Reflect::get(&data, &wasm_bindgen::JsValue::from_str(name))
                            .ok()
                    };
                    let is_height = field("type").and_then(|t| t.as_string()).as_deref()
                        == Some(HEIGHT_MESSAGE);
                    let value = field("hoogte").and_then(|h| h.as_f64());
                    if let (true, true, Some(value)) = (own_origin, is_height, value) {
                        if value.is_finite() && value > 0.0 && value < 100_000.0 {
                            // Said once the preview has settled, not at every step of its
                            // loading (a screen reader would read each).
                            // Said once per choice: the first height that settles.
                            let (height, said) = (height.clone(), said.clone());
                            *settling.borrow_mut() = Some(Timeout::new(SETTLE_MS, move || {
                                if !said.replace(true) {
                                    height.set(Some(value as u32));
                                }
                            }));
                        }
                    }
                })
            });
            move || drop(listener)
        });
    }
    let url = embed_url(*compare_only);
    let code = snippet(&url, &file_address(EMBED_SCRIPT));
    let choose = |value: bool| {
        let (compare_only, height, said) = (compare_only.clone(), height.clone(), said.clone());
        // On `click`, which the arrow keys in a radio group send too: with `change` the
        // choice did not stick (seen with yew 0.23 in Chromium; not investigated further).
        Callback::from(move |_: MouseEvent| {
            compare_only.set(value);
            height.set(None);
            *said.borrow_mut() = false;
        })
    };
    let copy = {
        let (code, copied) = (code.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(window) = web_sys::window() else {
                return;
            };
            let promise = window.navigator().clipboard().write_text(&code);
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                copied.set(Some(done));
            });
        })
    };
    let onclose = props.on_close.reform(|_: Event| ());
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                dialog.close();
            }
        })
    };
    html! {
        <dialog class="embed-dialog" ref={dialog} aria-labelledby="insluiten-kop" {onclose}>
            // Only the text scrolls: the preview is outside every scrolling box, so the page
            // inside it, scrolling to its own fragment, cannot scroll the dialog away.
            <div class="embed-dialog__body">
                <h2 id="insluiten-kop">{ui::INSLUITEN_KOP}</h2>
                <p>{ui::INSLUITEN_UITLEG}</p>
                <fieldset>
                    <legend>{ui::INSLUITEN_WAT}</legend>
                    <label><input type="radio" name="insluiten-wat" checked={!*compare_only} onclick={choose(false)} />{" "}{ui::INSLUITEN_ALLES}</label>
                    <label><input type="radio" name="insluiten-wat" checked={*compare_only} onclick={choose(true)} />{" "}{ui::INSLUITEN_VERGELIJKING}</label>
                </fieldset>
                <label for="insluiten-code" class="embed-dialog__label">{ui::INSLUITEN_CODE}</label>
                <textarea id="insluiten-code" class="embed-dialog__code" readonly=true rows="5" value={code.clone()} />
                <p>
                    <button type="button" class="button" onclick={copy}>{ui::INSLUITEN_KOPIEER}</button>{" "}
                    <span role="status">
                        { match *copied {
                            Some(true) => ui::INSLUITEN_GEKOPIEERD,
                            Some(false) => ui::INSLUITEN_NIET_GEKOPIEERD,
                            None => "",
                        } }
                    </span>
                </p>
                <p><button type="button" class="button" onclick={close}>{ui::INSLUITEN_SLUITEN}</button></p>
            </div>
            <div class="embed-dialog__preview-area">
                <h3>{ui::INSLUITEN_VOORBEELD}</h3>
                <p role="status" id="insluiten-hoogte">{ height.map(|h| fill(ui::INSLUITEN_HOOGTE, &[("hoogte", &nl_int(h.into()))])).unwrap_or_default() }</p>
                <iframe class="embed-dialog__preview" src={url} title={ui::INSLUITEN_VOORBEELD} inert=true></iframe>
            </div>
        </dialog>
    }
}
