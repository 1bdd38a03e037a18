//! The speaker view (`?modus=spreker`, a second window): this slide and the next, the
//! notes, the time (elapsed with a reset, and against a planned length: what is left, the
//! share per slide, ahead or behind), the clock, and freezing the room's screen while looking
//! ahead.

use yew::prelude::*;

use crate::content::{fill, ui};
use crate::contract::PRESENTATION_ID;
use crate::location::{current, go, use_route, Entry};
use crate::municipality::Municipality;
use crate::on_demand::presenter::hooks::{now, use_clock};
use crate::on_demand::presenter::slide::{slide, slide_title, SlideData};
use crate::route::{Route, MAX_MINUTES};
use crate::slides::{duration, pace, Command, SlideKind};

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
    /// The key help or the overview, when open.
    pub overlay: Option<Html>,
    /// The slide the room's screen is frozen on, if the speaker froze it.
    pub room: Option<usize>,
    /// Freeze the room's screen, or release it to the speaker's slide.
    pub on_freeze: Callback<MouseEvent>,
    /// The buttons to the previous and the next slide, and for the black screen.
    pub previous: Html,
    /// See `previous`.
    pub next: Html,
    /// See `previous`.
    pub blackout: Html,
    /// A button was pressed.
    pub on_command: Callback<Command>,
}

/// The planned length typed into the field: `Some` route to go to (with `&duur=`, or without
/// it for an empty field), or `None` for a value that is no number of minutes from 1 to
/// [`MAX_MINUTES`].
fn plan(value: &str) -> Option<Route> {
    let value = value.trim();
    let minutes = if value.is_empty() {
        None
    } else {
        Some(
            value
                .parse::<usize>()
                .ok()
                .filter(|m| (1..=MAX_MINUTES).contains(m))?,
        )
    };
    Some(Route {
        minutes,
        ..current()
    })
}

/// The speaker view.
#[component]
pub fn Speaker(props: &SpeakerProps) -> Html {
    let time = use_clock();
    let started = use_state(now);
    let minutes = use_route(|r| r.minutes);
    let reset = {
        let started = started.clone();
        Callback::from(move |_: MouseEvent| started.set(now()))
    };
    // A value that is no number of minutes is said so at the field; the plan stays as it was.
    let wrong = use_state(|| false);
    let on_plan = {
        let wrong = wrong.clone();
        Callback::from(move |e: Event| {
            let field: web_sys::HtmlInputElement = e.target_unchecked_into();
            match plan(&field.value()) {
                Some(route) => {
                    wrong.set(false);
                    go(&route, Entry::Replace);
                }
                None => wrong.set(true),
            }
        })
    };
    let chosen = props.chosen.as_ref();
    let kind = props.kinds[props.current];
    let next = props.kinds.get(props.current + 1).copied();
    let clock = web_sys::js_sys::Date::new(&wasm_bindgen::JsValue::from(time));
    let elapsed = time - *started;
    let total = props.kinds.len();
    // Against the slide the room sees (while frozen, the speaker may be looking ahead).
    let shown = props.room.unwrap_or(props.current);
    let pace = minutes.map(|m| pace(elapsed, m as f64 * 60_000.0, shown, total));
    let pace_words = pace.map(|p| {
        let template = if p.left < 0.0 {
            ui::DIA_TIJD_OM
        } else if p.ahead > 0.0 {
            ui::DIA_VOOR
        } else if p.ahead < 0.0 {
            ui::DIA_ACHTER
        } else {
            ui::DIA_OP_SCHEMA
        };
        let off = if p.left < 0.0 { -p.left } else { p.ahead.abs() };
        fill(template, &[("tijd", &duration(off))])
    });
    // One button whose words change (it keeps the focus), and a status line that stays in
    // the page, so what it says is announced.
    let frozen_text = props
        .room
        .map(|room| {
            fill(
                ui::DIA_BEVROREN_SPREKER,
                &[
                    ("n", &(room + 1).to_string()),
                    (
                        "titel",
                        &slide_title(props.kinds[room.min(total - 1)], chosen),
                    ),
                ],
            )
        })
        .unwrap_or_default();
    let freeze = html! {
        <>
            <button type="button" class={classes!("presenter__button", props.room.is_some().then_some("presenter__button--strong"))}
                    onclick={props.on_freeze.clone()}>
                { match props.room {
                    Some(_) => fill(ui::DIA_VRIJGEVEN, &[("n", &(props.current + 1).to_string())]),
                    None => ui::DIA_BEVRIEZEN.to_owned(),
                } }
            </button>
            <p class="speaker__frozen" role="status">{frozen_text}</p>
        </>
    };
    let covered = props.overlay.is_some();
    html! {
        <div class="speaker" id={PRESENTATION_ID} tabindex="-1" role="region" aria-label={ui::DIA_SPREKER_KOP}>
            <h1 class="visually-hidden">{ui::DIA_SPREKER_KOP}</h1>
            <div class="speaker__now" inert={covered}>
                <h2 class="speaker__heading">{fill(ui::DIA_NU, &[("n", &(props.current + 1).to_string()), ("totaal", &total.to_string())])}</h2>
                <div class="speaker__stage">{slide(kind, props.current, &props.data, chosen, true, "spreker")}</div>
                <div class="speaker__freeze">{freeze}</div>
            </div>
            <div class="speaker__side" inert={covered}>
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
                <section class="speaker__timer" aria-labelledby="spreker-tijd">
                    <h2 class="speaker__heading" id="spreker-tijd">{ui::DIA_TIJD_KOP}</h2>
                    <p class="speaker__time">
                        <span>{ui::DIA_VERSTREKEN}{" "}<strong>{duration(elapsed)}</strong></span>{" "}
                        <button type="button" class="presenter__button" onclick={reset}>{ui::DIA_OPNIEUW}</button>
                    </p>
                    <p class="speaker__plan">
                        <label for="spreker-duur">{ui::DIA_DUUR}</label>
                        <input id="spreker-duur" type="number" min="1" max={MAX_MINUTES.to_string()} inputmode="numeric"
                               value={minutes.map(|m| m.to_string()).unwrap_or_default()} onchange={on_plan}
                               aria-invalid={wrong.then_some("true")}
                               aria-describedby={wrong.then_some("spreker-duur-fout")} />
                    </p>
                    if *wrong {
                        <p class="speaker__error" id="spreker-duur-fout">{ui::DIA_DUUR_FOUT}</p>
                    }
                    if let (Some(p), Some(words)) = (pace, pace_words) {
                        <p class="speaker__time">
                            <span>{ui::DIA_OVER}{" "}<strong>{duration(p.left)}</strong></span>
                            <span>{ui::DIA_PER_DIA}{" "}<strong>{duration(p.per_slide)}</strong></span>
                        </p>
                        <p class={classes!("speaker__pace", (p.ahead < 0.0 || p.left < 0.0).then_some("speaker__pace--behind"))}>{words}</p>
                    }
                    <p class="speaker__time">{ui::DIA_KLOK}{" "}<strong>{format!("{:02}:{:02}", clock.get_hours(), clock.get_minutes())}</strong></p>
                </section>
                <nav class="speaker__controls" aria-label={ui::DIA_BEDIENING}>
                    {props.previous.clone()}
                    {props.next.clone()}
                    {props.blackout.clone()}
                    <button type="button" class="presenter__button"
                            onclick={props.on_command.reform(|_: MouseEvent| Command::Overview)}>{ui::DIA_OVERZICHT}</button>
                    <button type="button" class="presenter__button"
                            onclick={props.on_command.reform(|_: MouseEvent| Command::Help)}>{ui::DIA_HULP}</button>
                </nav>
                if props.black {
                    <p class="speaker__black">{ui::DIA_ZWART_SPREKER}</p>
                }
            </div>
            {props.overlay.clone().unwrap_or_default()}
            <p class="visually-hidden" role="status" aria-live="polite">{props.announcement.clone()}</p>
        </div>
    }
}
