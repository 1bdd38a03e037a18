//! Presenter mode's browser plumbing, one hook per job: the clock, the page behind, the
//! second window, and the keys. Each listener or timer stops with its component.

use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Interval;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::contract::{
    chart_id, element_by_id, html_element, HANDOUT_CLASS, PRESENTATION_CHANNEL, PRESENTATION_ID,
    PRESENTING_CLASS, ROOT_ID,
};
use crate::hooks::{document_title, heading_id};
use crate::location::current;
use crate::on_demand::presenter::overview::tile_id;
use crate::route::Mode;
use crate::slides::{command, Command, Overlay, Shown};

/// Milliseconds since the epoch (`Date.now()`).
pub fn now() -> f64 {
    web_sys::js_sys::Date::now()
}

/// How long the controls stay shown after the pointer last moved, in milliseconds.
pub const CONTROLS_AWAKE_MS: f64 = 2000.0;

/// The controls on the projected slide: shown when presenting starts and whenever the
/// pointer moves, hidden [`CONTROLS_AWAKE_MS`] after it last moved (a control with the focus
/// or under the pointer keeps them shown: the stylesheet, so keyboard and screen reader users
/// always reach them). Returns whether they are shown, and the `pointermove` handler, which
/// re-renders only when they were hidden (not on every move).
#[hook]
pub fn use_awake_controls() -> (bool, Callback<PointerEvent>) {
    let awake = use_state(|| true);
    let last = use_mut_ref(now);
    {
        let (awake, last) = (awake.clone(), last.clone());
        use_effect_with(*awake, move |shown| {
            let interval = shown.then(|| {
                Interval::new(250, move || {
                    if now() - *last.borrow() >= CONTROLS_AWAKE_MS {
                        awake.set(false);
                    }
                })
            });
            move || drop(interval)
        });
    }
    let onpointermove = {
        let awake = awake.clone();
        Callback::from(move |_: PointerEvent| {
            *last.borrow_mut() = now();
            if !*awake {
                awake.set(true);
            }
        })
    };
    (*awake, onpointermove)
}

/// The time now, renewed every second.
#[hook]
pub fn use_clock() -> f64 {
    let time = use_state(now);
    {
        let time = time.clone();
        use_effect_with((), move |_| {
            let interval = Interval::new(1000, move || time.set(now()));
            move || drop(interval)
        });
    }
    *time
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// While presenting or in the speaker view, the page behind is inert and `<html>` is marked
/// (the stylesheet hides the page); for the handout only marked. Focus goes to the
/// presentation.
#[hook]
pub fn use_covered_page(mode: Mode) {
    use_effect_with(mode, |mode| {
        let covered = *mode != Mode::Handout;
        let html = html_element();
        let app = document().and_then(|d| d.get_element_by_id(ROOT_ID));
        if let Some(html) = &html {
            let _ = html.class_list().add_1(if covered {
                PRESENTING_CLASS
            } else {
                HANDOUT_CLASS
            });
        }
        if let (Some(app), true) = (&app, covered) {
            let _ = app.set_attribute("inert", "");
        }
        focus_presentation();
        move || {
            if let Some(html) = html {
                let _ = html.class_list().remove_2(PRESENTING_CLASS, HANDOUT_CLASS);
            }
            if let Some(app) = app {
                let _ = app.remove_attribute("inert");
            }
            // The presentation had the focus: it goes to the heading of the view the URL
            // shows now (the explainer moves it only when its view changes).
            if let (Some(window), true) = (web_sys::window(), covered) {
                let then = wasm_bindgen::closure::Closure::once_into_js(focus_view_heading);
                let _ = window.request_animation_frame(then.unchecked_ref());
            }
        }
    });
}

/// Focuses the presentation (its keys work wherever the focus is in it).
fn focus_presentation() {
    if let Some(presentation) = element_by_id(PRESENTATION_ID) {
        let _ = presentation.focus();
    }
}

/// Focuses the heading of the view in the URL, unless something else already has the focus.
fn focus_view_heading() {
    let Some(document) = document() else {
        return;
    };
    let lost = document
        .active_element()
        .is_none_or(|el| Some(&el) == document.body().as_deref() || !el.is_connected());
    let heading = current()
        .view()
        .and_then(|view| element_by_id(&heading_id(view.fragment())));
    if let (true, Some(heading)) = (lost, heading) {
        let _ = heading.focus();
    }
}

/// The other window of the presentation: `shown` is sent whenever it changes (unless
/// `silent`), and `on_shown` gets what the other window shows (its slide, a black screen).
#[hook]
pub fn use_channel(shown: Shown, silent: bool, on_shown: Callback<Shown>) {
    let channel = use_memo((), |_| {
        web_sys::BroadcastChannel::new(PRESENTATION_CHANNEL).ok()
    });
    // What the other window said last: showing it is no news to send back (two changes
    // in flight would otherwise bounce between the windows).
    let heard = use_mut_ref(|| None::<Shown>);
    {
        // With every new `on_shown`: it reads the state of the render that made it.
        let (channel, heard) = (channel.clone(), heard.clone());
        use_effect_with(on_shown, move |on_shown| {
            let on_shown = on_shown.clone();
            let listener = channel.as_ref().as_ref().map(|channel| {
                EventListener::new(channel, "message", move |event| {
                    let message = event
                        .dyn_ref::<web_sys::MessageEvent>()
                        .and_then(|m| m.data().as_string());
                    if let Some(shown) = message.as_deref().and_then(Shown::decode) {
                        *heard.borrow_mut() = Some(shown);
                        on_shown.emit(shown);
                    }
                })
            });
            move || drop(listener)
        });
    }
    use_effect_with((shown, silent), move |(shown, silent)| {
        if *heard.borrow() == Some(*shown) {
            return;
        }
        if let (Some(channel), false) = (channel.as_ref(), *silent) {
            let _ = channel.post_message(&wasm_bindgen::JsValue::from(shown.encode()));
        }
    });
}

/// While `active` (the speaker view): when the window goes away (closed, reloaded) with the
/// room frozen, the room is released where it is, so it does not stay frozen without a speaker.
#[hook]
pub fn use_release_on_leave(shown: Shown, active: bool) {
    let last = use_mut_ref(|| shown);
    *last.borrow_mut() = shown;
    use_effect_with(active, move |active| {
        let listener = active
            .then(|| {
                web_sys::window().map(|window| {
                    EventListener::new(&window, "pagehide", move |_| {
                        let shown = *last.borrow();
                        if !shown.frozen {
                            return;
                        }
                        let released = Shown {
                            frozen: false,
                            ..shown
                        };
                        if let Ok(channel) = web_sys::BroadcastChannel::new(PRESENTATION_CHANNEL) {
                            let _ = channel.post_message(&released.encode().into());
                        }
                    })
                })
            })
            .flatten();
        move || drop(listener)
    });
}

/// Whether a key went to a field (the picker, a form): then it is the field's, not ours.
fn typed_into_field(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.is_content_editable()
        })
}

/// A `keydown` listener on the whole document, for keys pressed without Ctrl, Alt or Meta
/// (those are the browser's); it may prevent a key's default. `None` outside a browser.
pub fn on_plain_keys(
    mut handle: impl FnMut(&web_sys::KeyboardEvent) + 'static,
) -> Option<EventListener> {
    let document = document()?;
    Some(EventListener::new_with_options(
        &document,
        "keydown",
        EventListenerOptions::enable_prevent_default(),
        move |event| {
            if let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() {
                if !(event.ctrl_key() || event.meta_key() || event.alt_key()) {
                    handle(event);
                }
            }
        },
    ))
}

/// The keys of keyboards and clickers, on the whole document while `active` (never from a
/// field, never with Ctrl, Alt or Meta; buttons keep their own Enter and Space).
#[hook]
pub fn use_slide_keys(active: bool, apply: Callback<Command>) {
    use_effect_with(active, move |active| {
        let listener = active
            .then(|| {
                on_plain_keys(move |event| {
                    if typed_into_field(event) {
                        return;
                    }
                    let Some(command) = command(&event.key()) else {
                        return;
                    };
                    let on_button = event
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlButtonElement>().ok())
                        .is_some();
                    if on_button
                        && matches!(command, Command::Enter | Command::Next)
                        && matches!(event.key().as_str(), "Enter" | " ")
                    {
                        return;
                    }
                    event.prevent_default();
                    apply.emit(command);
                })
            })
            .flatten();
        move || drop(listener)
    });
}

/// The document's title names the slide (`title`) while presenting; when presenting ends,
/// the title of the view the URL shows then (as the explainer names it).
#[hook]
pub fn use_document_title(title: String) {
    use_effect_with((), |_| {
        || {
            if let (Some(document), Some(view)) = (document(), current().view()) {
                document.set_title(&document_title(view));
            }
        }
    });
    use_effect_with(title, |title| {
        if let Some(document) = document() {
            document.set_title(title);
        }
    });
}

/// Focus for what covers the slides: the selected tile of the overview (following the
/// selection), or the close button of the key help and the QR code when they open; the
/// presentation again when they close (so the keys keep working and nothing falls to the
/// page's body).
#[hook]
pub fn use_overlay_focus(overlay: Overlay, close_button: NodeRef) {
    let was_open = use_mut_ref(|| false);
    use_effect_with(overlay, move |overlay| {
        match overlay {
            Overlay::None if *was_open.borrow() => focus_presentation(),
            Overlay::None => {}
            Overlay::Overview(selected) => {
                if let Some(tile) = element_by_id(&tile_id(*selected)) {
                    let _ = tile.focus();
                }
            }
            Overlay::Help | Overlay::Follow => {
                if let Some(button) = close_button.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        }
        *was_open.borrow_mut() = *overlay != Overlay::None;
    });
}

/// A copy of a chart the page carries from its build ([`chart_id`]), for a slide: its ids and
/// the references to them get `-dia`, so they stay unique in the page. `None` if the page
/// has no such chart.
pub fn page_chart(name: &str) -> Option<web_sys::Node> {
    // An element, not an `HtmlElement`: the mergers chart is an `<svg>`.
    let original = document()?.get_element_by_id(&chart_id(name))?;
    let copy: web_sys::Element = original.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    let renamed = |value: String| {
        value
            .split_whitespace()
            .map(|id| format!("{id}-dia"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let inner = copy.query_selector_all("[id], [aria-labelledby]").ok()?;
    let elements = (0..inner.length())
        .filter_map(|i| inner.item(i)?.dyn_into::<web_sys::Element>().ok())
        .chain(std::iter::once(copy.clone()));
    for element in elements {
        for attribute in ["id", "aria-labelledby"] {
            if let Some(value) = element.get_attribute(attribute) {
                let _ = element.set_attribute(attribute, &renamed(value));
            }
        }
    }
    Some(copy.into())
}
