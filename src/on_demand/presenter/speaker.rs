//! The speaker view (`?modus=spreker`, a second window): this slide and the next, the
//! notes, the time since the start (with a reset) and the clock.

use yew::prelude::*;

use crate::content::{fill, ui};
use crate::contract::PRESENTATION_ID;
use crate::municipality::Municipality;
use crate::on_demand::presenter::hooks::{now, use_clock};
use crate::on_demand::presenter::slide::{slide, SlideData};
use crate::slides::{duration, Command, SlideKind};

/// Props of [`Speaker`].
#[derive(Properties, PartialEq)]
pub struct SpeakerProps {
    /// Every slide.
    pub kinds: Vec<SlideKind>,
    /// The slide on screen.
    pub current: usize,
    /// What the slides draw from the data.
    pub data: SlideData,
    /// The chosen municipality.
    pub chosen: Option<Municipality>,
    /// The projected screen is black.
    pub black: bool,
    /// What the live region says.
    pub announcement: String,
    /// The key help, when open.
    pub help: Option<Html>,
    /// The buttons to the previous and the next slide, and for the black screen.
    pub previous: Html,
    /// See `previous`.
    pub next: Html,
    /// See `previous`.
    pub blackout: Html,
    /// A button was pressed.
    pub on_command: Callback<Command>,
}

/// The speaker view.
#[component]
pub fn Speaker(props: &SpeakerProps) -> Html {
    let time = use_clock();
    let started = use_state(now);
    let reset = {
        let started = started.clone();
        Callback::from(move |_: MouseEvent| started.set(now()))
    };
    let chosen = props.chosen.as_ref();
    let kind = props.kinds[props.current];
    let next = props.kinds.get(props.current + 1).copied();
    let clock = web_sys::js_sys::Date::new(&wasm_bindgen::JsValue::from(time));
    html! {
        <div class="speaker" id={PRESENTATION_ID} tabindex="-1" role="region" aria-label={ui::DIA_SPREKER_KOP}>
            <h1 class="visually-hidden">{ui::DIA_SPREKER_KOP}</h1>
            <div class="speaker__now" inert={props.help.is_some()}>
                <h2 class="speaker__heading">{fill(ui::DIA_NU, &[("n", &(props.current + 1).to_string()), ("totaal", &props.kinds.len().to_string())])}</h2>
                <div class="speaker__stage">{slide(kind, props.current, &props.data, chosen, true, "spreker")}</div>
            </div>
            <div class="speaker__side" inert={props.help.is_some()}>
                <section class="speaker__notes" aria-labelledby="spreker-notities">
                    <h2 class="speaker__heading" id="spreker-notities">{ui::NOTITIES}</h2>
                    <p>{kind.notes()}</p>
                </section>
                <section aria-labelledby="spreker-volgende">
                    <h2 class="speaker__heading" id="spreker-volgende">{ui::DIA_HIERNA}</h2>
                    if let Some(next) = next {
                        <div class="speaker__stage speaker__stage--next">{slide(next, props.current + 1, &props.data, chosen, true, "spreker-volgende")}</div>
                    } else {
                        <p>{ui::DIA_EINDE}</p>
                    }
                </section>
                <p class="speaker__time">
                    <span>{ui::DIA_VERSTREKEN}{" "}<strong>{duration(time - *started)}</strong></span>{" "}
                    <button type="button" class="presenter__button" onclick={reset}>{ui::DIA_OPNIEUW}</button>
                </p>
                <p class="speaker__time">{ui::DIA_KLOK}{" "}<strong>{format!("{:02}:{:02}", clock.get_hours(), clock.get_minutes())}</strong></p>
                <nav class="speaker__controls" aria-label={ui::DIA_BEDIENING}>
                    {props.previous.clone()}
                    {props.next.clone()}
                    {props.blackout.clone()}
                    <button type="button" class="presenter__button"
                            onclick={props.on_command.reform(|_: MouseEvent| Command::Help)}>{ui::DIA_HULP}</button>
                </nav>
                if props.black {
                    <p class="speaker__black">{ui::DIA_ZWART_SPREKER}</p>
                }
            </div>
            {props.help.clone().unwrap_or_default()}
            <p class="visually-hidden" role="status" aria-live="polite">{props.announcement.clone()}</p>
        </div>
    }
}
