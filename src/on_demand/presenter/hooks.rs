//! Presenter mode's browser plumbing, one hook per job: the clock, the page behind, the
//! second window, and the keys. Each listener or timer stops with its component.

use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Interval;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::contract::{
    html_element, HANDOUT_CLASS, PRESENTATION_CHANNEL, PRESENTATION_ID, PRESENTING_CLASS, ROOT_ID,
};
use crate::route::Mode;
use crate::slides::{command, Command};

/// Milliseconds since the epoch (`Date.now()`).
pub fn now() -> f64 {
    web_sys::js_sys::Date::now()
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
        let stage = document()
            .and_then(|d| d.get_element_by_id(PRESENTATION_ID))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(stage) = stage {
            let _ = stage.focus();
        }
        move || {
            if let Some(html) = html {
                let _ = html.class_list().remove_2(PRESENTING_CLASS, HANDOUT_CLASS);
            }
            if let Some(app) = app {
                let _ = app.remove_attribute("inert");
            }
        }
    });
}

/// The other window of the presentation: `current` is sent whenever it changes (unless
/// `silent`), and `on_slide` gets the slide the other window moved to.
#[hook]
pub fn use_channel(current: usize, silent: bool, on_slide: Callback<usize>) {
    let channel = use_memo((), |_| {
        web_sys::BroadcastChannel::new(PRESENTATION_CHANNEL).ok()
    });
    {
        let channel = channel.clone();
        use_effect_with((), move |_| {
            let listener = channel.as_ref().as_ref().map(|channel| {
                EventListener::new(channel, "message", move |event| {
                    let message = event
                        .dyn_ref::<web_sys::MessageEvent>()
                        .and_then(|m| m.data().as_f64());
                    if let Some(n) = message.filter(|n| n.is_finite() && *n >= 0.0) {
                        on_slide.emit(n as usize);
                    }
                })
            });
            move || drop(listener)
        });
    }
    use_effect_with((current, silent), move |(current, silent)| {
        if let (Some(channel), false) = (channel.as_ref(), *silent) {
            let _ = channel.post_message(&wasm_bindgen::JsValue::from(*current as f64));
        }
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

/// The keys of keyboards and clickers, on the whole document while `active` (never from a
/// field, never with Ctrl, Alt or Meta; buttons keep their own Enter and Space).
#[hook]
pub fn use_slide_keys(active: bool, apply: Callback<Command>) {
    use_effect_with(active, move |active| {
        let listener = active.then(|| {
            document().map(|document| {
                EventListener::new_with_options(
                    &document,
                    "keydown",
                    EventListenerOptions::enable_prevent_default(),
                    move |event| {
                        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                            return;
                        };
                        if event.ctrl_key()
                            || event.meta_key()
                            || event.alt_key()
                            || typed_into_field(event)
                        {
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
                    },
                )
            })
        });
        move || drop(listener)
    });
}
