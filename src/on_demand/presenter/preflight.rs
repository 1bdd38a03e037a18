//! The pre-flight check (`?modus=controle`, linked from the key help): one screen that says,
//! in Dutch, whether what a presenter needs at the venue is ready — everything kept for use
//! without a network (by the service worker's own list), full screen, the speaker's second
//! window, the window's size and the slides' body text size it gives, and which keys the
//! clicker sends and what each does on the slides.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::content::{fill, ui};
use crate::contract::{PRESENTATION_ID, STOCK_MESSAGE};
use crate::location::{current, href};
use crate::on_demand::presenter::hooks::{on_plain_keys, use_covered_page, use_document_title};
use crate::route::Mode;
use crate::slides::{body_text_px, command, Command};

/// What the service worker keeps.
#[derive(Clone, PartialEq)]
enum Stock {
    /// Asked, no answer yet.
    Asking,
    /// The browser has no service worker (a private window, `file://`).
    Impossible,
    /// No worker controls this page yet (never visited with a network).
    None,
    /// Its list has `total` files; `missing` of them are not in its cache.
    Kept { total: usize, missing: usize },
    /// No answer in time (a worker of an earlier version, which does not answer).
    Unknown,
}

/// How long the worker has to answer, in milliseconds.
const ANSWER_MS: u32 = 3000;

/// Asks the service worker what it keeps, and follows its answer.
#[hook]
fn use_stock() -> Stock {
    let stock = use_state(|| Stock::Asking);
    {
        let stock = stock.clone();
        use_effect_with((), move |_| {
            let container = web_sys::window()
                .map(|w| w.navigator())
                .filter(|n| {
                    web_sys::js_sys::Reflect::has(n, &"serviceWorker".into()).unwrap_or(false)
                })
                .map(|n| n.service_worker());
            let listener = match container {
                None => {
                    stock.set(Stock::Impossible);
                    None
                }
                Some(container) => match container.controller() {
                    None => {
                        stock.set(Stock::None);
                        None
                    }
                    Some(worker) => {
                        let answered = Rc::new(Cell::new(false));
                        let (answer, heard) = (stock.clone(), answered.clone());
                        let listener = EventListener::new(&container, "message", move |event| {
                            if let Some(kept) = event
                                .dyn_ref::<web_sys::MessageEvent>()
                                .and_then(|m| read_stock(&m.data()))
                            {
                                heard.set(true);
                                answer.set(kept);
                            }
                        });
                        let late = stock.clone();
                        let timeout = Timeout::new(ANSWER_MS, move || {
                            if !answered.get() {
                                late.set(Stock::Unknown);
                            }
                        });
                        let _ = worker.post_message(&STOCK_MESSAGE.into());
                        Some((listener, timeout))
                    }
                },
            };
            move || drop(listener)
        });
    }
    (*stock).clone()
}

/// The worker's answer (`{type, v, totaal, ontbreekt}`), if it is one.
fn read_stock(data: &wasm_bindgen::JsValue) -> Option<Stock> {
    let get = |name: &str| web_sys::js_sys::Reflect::get(data, &name.into()).ok();
    if get("type")?.as_string()? != STOCK_MESSAGE {
        return None;
    }
    let total = get("totaal")?.as_f64()? as usize;
    let missing = web_sys::js_sys::Array::from(&get("ontbreekt")?).length() as usize;
    Some(Stock::Kept { total, missing })
}

/// The window's and the screen's size, followed on every resize.
#[hook]
fn use_window_size() -> (f64, f64, String) {
    let measure = || {
        let Some(window) = web_sys::window() else {
            return (0.0, 0.0, String::new());
        };
        let size = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64());
        let screen = window
            .screen()
            .ok()
            .and_then(|s| Some(format!("{} × {}", s.width().ok()?, s.height().ok()?)))
            .unwrap_or_default();
        (
            size(window.inner_width()).unwrap_or(0.0),
            size(window.inner_height()).unwrap_or(0.0),
            screen,
        )
    };
    let size = use_state(measure);
    {
        let size = size.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .map(|w| EventListener::new(&w, "resize", move |_| size.set(measure())));
            move || drop(listener)
        });
    }
    (*size).clone()
}

/// What a key does on the slides, in words.
fn action(key: &str) -> &'static str {
    match command(key) {
        Some(Command::Next) => ui::ACTIE_VOLGENDE,
        Some(Command::Previous) => ui::ACTIE_VORIGE,
        Some(Command::Down) => ui::ACTIE_OMLAAG,
        Some(Command::Up) => ui::ACTIE_OMHOOG,
        Some(Command::First) => ui::ACTIE_EERSTE,
        Some(Command::Last) => ui::ACTIE_LAATSTE,
        Some(Command::Digit(_)) => ui::ACTIE_CIJFER,
        Some(Command::Enter) => ui::ACTIE_ENTER,
        Some(Command::Blackout) => ui::ACTIE_ZWART,
        Some(Command::Fullscreen) => ui::ACTIE_VOLLEDIG,
        Some(Command::Help) => ui::ACTIE_HULP,
        Some(Command::Speaker) => ui::ACTIE_SPREKER,
        Some(Command::Leave) => ui::ACTIE_STOPPEN,
        Some(Command::Swallow) => ui::ACTIE_NIETS_F5,
        Some(Command::Follow) => ui::ACTIE_VOLG,
        Some(Command::Overview) => ui::ACTIE_OVERZICHT,
        Some(Command::Go(_)) | None => ui::ACTIE_GEEN,
    }
}

/// A key's name as a person reads it, as the key help writes it.
fn key_name(key: &str) -> String {
    match key {
        " " => ui::TOETS_SPATIE,
        "ArrowRight" => "→",
        "ArrowLeft" => "←",
        "ArrowUp" => "↑",
        "ArrowDown" => "↓",
        "PageDown" => "Page Down",
        "PageUp" => "Page Up",
        "Escape" => "Esc",
        other => other,
    }
    .to_owned()
}

/// The name of the trial window (not the speaker view's).
const TRIAL_WINDOW: &str = "k80-proef";

/// How many keys the list keeps (the latest).
const KEYS_SHOWN: usize = 12;

/// Every key that arrives (not from a field, not with Ctrl, Alt or Meta), the latest last; a
/// key the slides use does only that here (F5 does not reload, Space does not scroll).
#[hook]
fn use_arriving_keys() -> Vec<String> {
    let keys = use_mut_ref(Vec::<String>::new);
    let update = use_force_update();
    {
        let keys = keys.clone();
        use_effect_with((), move |_| {
            let listener = on_plain_keys(move |event| {
                let on_control = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|el| {
                        matches!(
                            el.tag_name().as_str(),
                            "INPUT" | "BUTTON" | "A" | "SELECT" | "TEXTAREA"
                        )
                    });
                let key = event.key();
                // Tab, and Enter or Space on a control, keep their work: the page stays usable.
                if key == "Tab" || (on_control && matches!(key.as_str(), "Enter" | " ")) {
                    return;
                }
                if command(&key).is_some() {
                    event.prevent_default();
                }
                let mut list = keys.borrow_mut();
                list.push(key);
                let excess = list.len().saturating_sub(KEYS_SHOWN);
                list.drain(..excess);
                update.force_update();
            });
            move || drop(listener)
        });
    }
    let list = keys.borrow().clone();
    list
}

/// A check's line: its state in words (a symbol and a word, never colour alone) and what
/// it found.
fn verdict(state: &'static str, text: String) -> Html {
    html! {
        <p class="preflight__state"><strong>{state}</strong>{" "}{text}</p>
    }
}

/// The pre-flight screen.
#[component]
pub fn Preflight() -> Html {
    use_covered_page(Mode::Check);
    use_document_title(format!("{} – {}", ui::CONTROLE_TITEL, ui::PAGINATITEL));
    let stock = use_stock();
    let (width, height, screen) = use_window_size();
    let keys = use_arriving_keys();
    let window_tried = use_state(|| None::<bool>);
    let here = current();
    let speaker = href(&here.opening(Mode::Speaker));
    // A blank window, closed at once: a speaker view would join a presentation open in
    // another window and move it.
    let try_window = {
        let tried = window_tried.clone();
        Callback::from(move |_: MouseEvent| {
            let trial = web_sys::window()
                .and_then(|w| w.open_with_url_and_target("about:blank", TRIAL_WINDOW).ok())
                .flatten();
            if let Some(trial) = &trial {
                let _ = trial.close();
            }
            tried.set(Some(trial.is_some()));
        })
    };
    let fullscreen = web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.fullscreen_enabled());

    let offline = match &stock {
        Stock::Asking => verdict(ui::CONTROLE_BEZIG, ui::CONTROLE_OFFLINE_BEZIG.to_owned()),
        Stock::Impossible => verdict(
            ui::CONTROLE_NIET_KLAAR,
            ui::CONTROLE_OFFLINE_KAN_NIET.to_owned(),
        ),
        Stock::None => verdict(
            ui::CONTROLE_NIET_KLAAR,
            ui::CONTROLE_OFFLINE_GEEN.to_owned(),
        ),
        Stock::Unknown => verdict(
            ui::CONTROLE_NIET_KLAAR,
            ui::CONTROLE_OFFLINE_ONBEKEND.to_owned(),
        ),
        Stock::Kept { total, missing: 0 } => verdict(
            ui::CONTROLE_KLAAR,
            fill(
                ui::CONTROLE_OFFLINE_KLAAR,
                &[("totaal", &total.to_string())],
            ),
        ),
        Stock::Kept { total, missing } => verdict(
            ui::CONTROLE_NIET_KLAAR,
            fill(
                ui::CONTROLE_OFFLINE_MIST,
                &[
                    ("aantal", &missing.to_string()),
                    ("totaal", &total.to_string()),
                ],
            ),
        ),
    };
    let text_px = body_text_px(width, height).round();
    let last = keys.last().map(|key| {
        fill(
            ui::CONTROLE_CLICKER_LAATSTE,
            &[("toets", &key_name(key)), ("actie", action(key))],
        )
    });
    let start = href(&here.opening(Mode::Presenting));
    let back = href(&here.for_reader(0));
    html! {
        <div class="preflight" id={PRESENTATION_ID} tabindex="-1" role="region" aria-labelledby="controle-titel">
            <div class="preflight__page">
                <h1 id="controle-titel">{ui::CONTROLE_TITEL}</h1>
                <p>{ui::CONTROLE_UITLEG}</p>
                <section aria-labelledby="controle-offline">
                    <h2 id="controle-offline">{ui::CONTROLE_OFFLINE_KOP}</h2>
                    {offline}
                </section>
                <section aria-labelledby="controle-volledig">
                    <h2 id="controle-volledig">{ui::CONTROLE_VOLLEDIG_KOP}</h2>
                    if fullscreen {
                        {verdict(ui::CONTROLE_KLAAR, ui::CONTROLE_VOLLEDIG_JA.to_owned())}
                    } else {
                        {verdict(ui::CONTROLE_NIET_KLAAR, ui::CONTROLE_VOLLEDIG_NEE.to_owned())}
                    }
                </section>
                <section aria-labelledby="controle-venster">
                    <h2 id="controle-venster">{ui::CONTROLE_VENSTER_KOP}</h2>
                    <p>{ui::CONTROLE_VENSTER_UITLEG}</p>
                    <p><button type="button" class="preflight__button" onclick={try_window}>{ui::CONTROLE_VENSTER_KNOP}</button></p>
                    <div role="status">
                        { match *window_tried {
                            Some(true) => verdict(ui::CONTROLE_KLAAR, ui::CONTROLE_VENSTER_JA.to_owned()),
                            Some(false) => html! {
                                <>
                                    {verdict(ui::CONTROLE_NIET_KLAAR, ui::CONTROLE_VENSTER_NEE.to_owned())}
                                    <p><a href={speaker.clone()} target="_blank">{ui::CONTROLE_VENSTER_TAB}</a></p>
                                </>
                            },
                            None => Html::default(),
                        } }
                    </div>
                </section>
                <section aria-labelledby="controle-scherm">
                    <h2 id="controle-scherm">{ui::CONTROLE_SCHERM_KOP}</h2>
                    <p class="preflight__state">
                        {fill(ui::CONTROLE_SCHERM, &[
                            ("breedte", &width.round().to_string()),
                            ("hoogte", &height.round().to_string()),
                            ("scherm", &screen),
                            ("tekst", &text_px.to_string()),
                        ])}
                        {" "}
                        { if text_px >= 24.0 { ui::CONTROLE_SCHERM_GOED } else { ui::CONTROLE_SCHERM_KLEIN } }
                    </p>
                </section>
                <section aria-labelledby="controle-clicker">
                    <h2 id="controle-clicker">{ui::CONTROLE_CLICKER_KOP}</h2>
                    <p>{ui::CONTROLE_CLICKER_UITLEG}</p>
                    <p role="status" class="preflight__last">{last.unwrap_or_else(|| ui::CONTROLE_CLICKER_LEEG.to_owned())}</p>
                    if !keys.is_empty() {
                        <dl class="preflight__keys">
                            { for keys.iter().map(|key| html! {
                                <><dt>{key_name(key)}</dt><dd>{action(key)}</dd></>
                            }) }
                        </dl>
                    }
                </section>
                <p class="preflight__links">
                    <a href={start} class="preflight__button">{ui::CONTROLE_STARTEN}</a>
                    {" "}
                    <a href={back}>{ui::CONTROLE_TERUG}</a>
                </p>
            </div>
        </div>
    }
}
