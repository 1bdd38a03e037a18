//! Presenter mode (`?modus=presentatie`), the speaker view (`?modus=spreker`) and the handout
//! (`?modus=print`): the walk as 16:9 slides, by keyboard, clicker, touch or buttons. The
//! model (slides, keys, deck, gestures, pace) is `crate::slides`; the slides' views are in
//! [`slide`], the browser plumbing in [`hooks`], the speaker view in [`speaker`], the
//! handout in [`handout`], the QR codes to follow along in [`follow`], the grid of every slide
//! in [`overview`], and the pre-flight check (`?modus=controle`) in [`preflight`]; [`root`] is
//! the presenter module's root. The slide is in the fragment (`#dia-3`).

pub mod follow;
pub mod handout;
pub mod hooks;
pub mod overview;
pub mod preflight;
pub mod root;
pub mod slide;
pub mod slide_map;
pub mod speaker;

use yew::prelude::*;

use crate::claims::checks;
use crate::content::{fill, ui};
use crate::contract::{PRESENTATION_ID, SPEAKER_WINDOW};
use crate::indicators::group_values;
use crate::location::{current, go, href, use_route, Entry};
use crate::municipality::Municipality;
use crate::numbers::fixed;
use crate::on_demand::data::{fetch_map, use_load, Tables};
use crate::on_demand::Shared;
use crate::route::{Fragment, Mode};
use crate::slides::{gesture, slides, start_slide, Command, Deck, Overlay, Shown};
use crate::stats::KeyFigures;
use follow::follow_dialog;
use handout::handout;
use hooks::{
    page_chart, use_awake_controls, use_channel, use_covered_page, use_document_title,
    use_overlay_focus, use_release_on_leave, use_slide_keys,
};
use overview::overview;
use slide::{key_help, slide, slide_title, Figures, SlideData, SERIES_CHART};
use speaker::Speaker;

/// Props of [`Presenter`].
#[derive(Properties, PartialEq)]
pub struct PresenterProps {
    /// Presenting, the speaker view or the handout.
    pub mode: Mode,
    /// The municipalities and the series, if loaded (`None`: the slides that need them are
    /// left out).
    pub tables: Option<Shared<Tables>>,
    /// Leave for reading, at the given step.
    pub on_leave: Callback<usize>,
}

/// Presenter mode, the speaker view or the handout.
#[component]
pub fn Presenter(props: &PresenterProps) -> Html {
    // The map for the key figures' slide, once the tables are here (its slide waits for it;
    // the deck does not change when it arrives).
    let (map, _) = use_load(props.tables.is_some(), fetch_map);
    let figures: SlideData = (*use_memo(
        (props.tables.clone(), map.ready().cloned()),
        |(tables, map)| {
            tables.as_ref().map(|t| {
                Shared::new(Figures {
                    all: t.all.clone(),
                    key: KeyFigures::of(&t.all),
                    groups: group_values(&t.all),
                    checks: checks(&t.all, &t.series),
                    map: map.clone(),
                    charts: [SERIES_CHART, "energie", "wonen"]
                        .into_iter()
                        .filter_map(|name| Some((name, page_chart(name)?)))
                        .collect(),
                })
            })
        },
    ))
    .clone();
    let chosen_code = use_route(|r| r.municipality.clone());
    let chosen: Option<Municipality> = match (&props.tables, &chosen_code) {
        (Some(t), Some(code)) => t.all.iter().find(|m| &m.code == code).cloned(),
        _ => None,
    };
    let kinds = slides(
        figures.as_ref().map(|f| f.checks.as_slice()),
        chosen.is_some(),
    );
    let total = kinds.len();
    let deck = {
        let kinds = kinds.clone();
        use_state(move || {
            let route = current();
            // The step the reader was at (no fragment: the title slide).
            let step = match route.fragment {
                Fragment::View(view) => view.step_index(),
                _ => None,
            };
            Deck::new(start_slide(&kinds, route.slide(), step), kinds.len())
        })
    };
    let mode = props.mode;

    use_covered_page(mode);
    // Frozen: the speaker looks ahead while the room's screen stays on its slide. In the
    // speaker view, `room` is then the slide the room shows; in presenter mode `frozen` is what
    // the speaker view said last.
    let frozen = use_state(|| false);
    let room = use_state(|| deck.current);
    let speaking_frozen = mode == Mode::Speaker && *frozen;
    // Both windows follow each other's slide; the slide is in the fragment, so a reload
    // resumes there (no history entry per slide).
    let on_shown = {
        let (deck, frozen, room) = (deck.clone(), frozen.clone(), room.clone());
        Callback::from(move |shown: Shown| {
            let current = shown.current.min(deck.total.saturating_sub(1));
            if speaking_frozen {
                // The room's slide is the room's; a black screen is both windows'.
                room.set(current);
                if shown.black != deck.black {
                    deck.set(Deck {
                        black: shown.black,
                        ..(*deck).clone()
                    });
                }
                return;
            }
            if mode == Mode::Presenting {
                frozen.set(shown.frozen);
            }
            if current != deck.current || shown.black != deck.black {
                deck.set(Deck {
                    current,
                    black: shown.black,
                    ..(*deck).clone()
                });
            }
        })
    };
    let shown = Shown {
        current: if speaking_frozen { *room } else { deck.current },
        black: deck.black,
        frozen: *frozen,
    };
    use_channel(shown, mode == Mode::Handout, on_shown);
    // A speaker view that goes away (closed, reloaded) releases the room where it is.
    use_release_on_leave(shown, mode == Mode::Speaker);
    use_effect_with((deck.current, mode), |(current_slide, mode)| {
        if *mode != Mode::Handout {
            go(&current().at_slide(*current_slide), Entry::Replace);
        }
    });
    let on_freeze = {
        let (deck, frozen, room) = (deck.clone(), frozen.clone(), room.clone());
        Callback::from(move |_: MouseEvent| {
            if !*frozen {
                room.set(deck.current);
            }
            frozen.set(!*frozen);
        })
    };

    let apply = {
        let (deck, on_leave, kinds) = (deck.clone(), props.on_leave.clone(), kinds.clone());
        Callback::from(move |command: Command| {
            let document = web_sys::window().and_then(|w| w.document());
            let fullscreen = document
                .as_ref()
                .and_then(|d| d.fullscreen_element())
                .is_some();
            match command {
                Command::Fullscreen => {
                    // Not where full screen is not allowed (a frame without allow="fullscreen"):
                    // asking would only fail.
                    if let Some(document) = document.as_ref().filter(|d| d.fullscreen_enabled()) {
                        if fullscreen {
                            document.exit_fullscreen();
                        } else if let Some(root) = document.document_element() {
                            let _ = root.request_fullscreen();
                        }
                    }
                }
                Command::Speaker => {
                    let url = href(&current().in_mode(Mode::Speaker).at_slide(deck.current));
                    if let Some(window) = web_sys::window() {
                        let _ = window.open_with_url_and_target(&url, SPEAKER_WINDOW);
                    }
                }
                // The code is for the room: the speaker view has none of its own.
                Command::Follow if mode == Mode::Speaker => {}
                Command::Leave if deck.overlay != Overlay::None => {
                    deck.set(deck.after(Command::Leave))
                }
                Command::Leave => {
                    if !fullscreen {
                        on_leave.emit(kinds[deck.current].step());
                    }
                }
                other => deck.set(deck.after(other)),
            }
        })
    };
    use_slide_keys(mode != Mode::Handout, apply.clone());
    let (controls_shown, onpointermove) = use_awake_controls();

    // Touch: a swipe, or a tap on the left or right third (`crate::slides::gesture`).
    let pointer_start = use_mut_ref(|| None::<(f64, f64)>);
    let onpointerdown = {
        let start = pointer_start.clone();
        Callback::from(move |e: PointerEvent| {
            *start.borrow_mut() = Some((f64::from(e.client_x()), f64::from(e.client_y())));
        })
    };
    let onpointerup = {
        let (start, apply) = (pointer_start.clone(), apply.clone());
        Callback::from(move |e: PointerEvent| {
            let Some((x0, y0)) = start.borrow_mut().take() else {
                return;
            };
            let x = f64::from(e.client_x());
            let width = web_sys::window()
                .and_then(|w| w.inner_width().ok())
                .and_then(|w| w.as_f64())
                .unwrap_or(0.0);
            if let Some(command) = gesture(x - x0, f64::from(e.client_y()) - y0, x, width) {
                apply.emit(command);
            }
        })
    };

    let chosen_ref = chosen.as_ref();
    let current = deck.current.min(total.saturating_sub(1));
    let where_we_are = fill(
        ui::DIA_VAN,
        &[
            ("n", &(current + 1).to_string()),
            ("totaal", &total.to_string()),
            ("titel", &slide_title(kinds[current], chosen_ref)),
        ],
    );
    let announcement = if deck.black {
        ui::DIA_ZWART.to_owned()
    } else {
        where_we_are.clone()
    };
    use_document_title(if mode == Mode::Handout {
        format!("{} – {}", ui::HAND_OUT_KOP, ui::PAGINATITEL)
    } else {
        format!("{where_we_are} – {}", ui::PAGINATITEL)
    });
    let close_ref = use_node_ref();
    use_overlay_focus(deck.overlay, close_ref.clone());
    let close = apply.reform(|_: MouseEvent| Command::Leave);
    let overlay = match deck.overlay {
        Overlay::None => None,
        Overlay::Help => Some(key_help(close, close_ref.clone())),
        Overlay::Follow => Some(follow_dialog(
            kinds[current].step(),
            close,
            close_ref.clone(),
        )),
        Overlay::Overview(selected) => Some(overview(
            &kinds,
            current,
            selected,
            chosen_ref,
            apply.clone(),
            close,
            close_ref.clone(),
        )),
    };
    let covered = deck.overlay != Overlay::None;
    let button = |text: &'static str, command: Command| {
        let onclick = apply.reform(move |_: MouseEvent| command);
        // At either end the button stays focusable (a disabled one would drop the focus).
        let at_end = match command {
            Command::Previous => current == 0,
            Command::Next => current + 1 >= total,
            _ => false,
        };
        html! {
            <button type="button" class="presenter__button" aria-disabled={at_end.then_some("true")} {onclick}>
                {text}
            </button>
        }
    };

    if mode == Mode::Handout {
        return handout(&kinds, &figures, chosen_ref);
    }

    if mode == Mode::Speaker {
        return html! {
            <Speaker kinds={kinds.clone()} current={current} data={figures.clone()} chosen={chosen.clone()}
                     black={deck.black} announcement={announcement} {overlay}
                     room={speaking_frozen.then_some(*room)} {on_freeze}
                     previous={button(ui::DIA_VORIGE, Command::Previous)}
                     next={button(ui::DIA_VOLGENDE, Command::Next)}
                     blackout={html! {
                         <button type="button" class="presenter__button" aria-pressed={deck.black.to_string()}
                                 onclick={apply.reform(|_: MouseEvent| Command::Blackout)}>{ui::DIA_ZWART_KNOP}</button>
                     }}
                     on_command={apply.clone()} />
        };
    }

    html! {
        <div class="presenter" id={PRESENTATION_ID} tabindex="-1" aria-label={ui::PRESENTATIE}
             role="region" aria-roledescription={ui::PRESENTATIE} {onpointermove}>
            <div class="presenter__stage" inert={covered || deck.black} {onpointerdown} {onpointerup}>
                { for kinds.iter().enumerate().map(|(n, kind)| slide(*kind, n, &figures, chosen_ref, n == current, "dia")) }
                <div class="presenter__progress" aria-hidden="true">
                    <div class="presenter__bar" style={format!("width: {}%", fixed(100.0 * (current + 1) as f64 / total as f64, 2))}></div>
                </div>
                <p class="presenter__count" aria-hidden="true">{format!("{} / {}", current + 1, total)}</p>
            </div>
            <nav class="presenter__controls" aria-label={ui::DIA_BEDIENING} inert={covered || deck.black}
                 data-wakker={controls_shown.then_some("")}>
                {button(ui::DIA_VORIGE, Command::Previous)}
                {button(ui::DIA_VOLGENDE, Command::Next)}
                {button(ui::DIA_OVERZICHT, Command::Overview)}
                {button(ui::DIA_VOLG, Command::Follow)}
                {button(ui::DIA_SPREKER, Command::Speaker)}
                {button(ui::DIA_VOLLEDIG, Command::Fullscreen)}
                {button(ui::DIA_HULP, Command::Help)}
                {button(ui::DIA_STOPPEN, Command::Leave)}
            </nav>
            if *frozen {
                <p class="presenter__frozen">{ui::DIA_BEVROREN_ZAAL}</p>
            }
            if !deck.typed.is_empty() {
                <p class="presenter__typed" aria-hidden="true">{fill(ui::DIA_GA_NAAR, &[("n", &deck.typed)])}</p>
            }
            <p class="visually-hidden" role="status" aria-live="polite">{announcement}</p>
            if deck.black {
                <div class="presenter__black" onclick={apply.reform(|_: MouseEvent| Command::Blackout)}></div>
            }
            {overlay.unwrap_or_default()}
        </div>
    }
}
