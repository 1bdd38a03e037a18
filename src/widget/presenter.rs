//! Presenter mode (`?modus=presentatie`), the speaker view (`?modus=spreker`) and the handout
//! (`?modus=print`): the walk as 16:9 slides, by keyboard, clicker, touch or buttons. The
//! model (slides, keys, deck) is `crate::slides`; this renders it and talks to the browser:
//! the fragment (`#dia-3`), fullscreen, the second window (BroadcastChannel), and the page
//! behind, which is made inert while presenting.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::claims::{checks, nl_dec, nl_signed, Check};
use crate::components::rich_text::rich_text;
use crate::content::{fill, ui, PRESENTATION, STEPS};
use crate::municipality::Municipality;
use crate::route::Mode;
use crate::slides::{command, slide_fragment, slide_in_fragment, slides, Command, Deck, SlideKind};
use crate::stats::{Group, GroupTotals, YearCount};
use crate::widget::checks::{series_svg, verdict_mark};
use crate::widget::figures::{group_values, key_rows, GroupValues};
use crate::widget::root::url_in_mode;
use crate::widget::url::{replace_url, url_with};
use crate::widget::Shared;

/// The channel both windows of a presentation share.
const CHANNEL: &str = "k80-presentatie";

/// The loaded data: `None` when it could not be loaded (the slides that need it are then
/// left out).
pub type LoadedData = Option<(Shared<Vec<Municipality>>, Shared<Vec<YearCount>>)>;

/// What the slides draw from the data, computed once per load rather than on every slide
/// change (every slide is in the page, so each render would redo it).
pub struct Figures {
    all: Shared<Vec<Municipality>>,
    series: Shared<Vec<YearCount>>,
    groups: GroupValues,
    checks: Vec<Check>,
}

/// [`Figures`], if the data is there.
pub type SlideData = Option<Shared<Figures>>;

/// Props of [`Presenter`].
#[derive(Properties, PartialEq)]
pub struct PresenterProps {
    /// Presenting, the speaker view or the handout.
    pub mode: Mode,
    /// The municipalities and the series, if loaded.
    pub data: LoadedData,
    /// The chosen municipality's code, if any.
    pub chosen: Option<String>,
    /// Leave for reading, at the given step.
    pub on_leave: Callback<usize>,
}

fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

fn document() -> web_sys::Document {
    window().document().expect("a document")
}

/// Puts the slide in the fragment without a history entry (a reload resumes there).
fn write_slide_to_url(n: usize) {
    replace_url(&format!("{}{}", url_with(&[]), slide_fragment(n)));
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

/// The slide to start at: the one in the fragment, or the first of the step the reader was
/// at (the fragment is the step's id), or the title.
fn start_slide(kinds: &[SlideKind]) -> usize {
    let hash = window().location().hash().unwrap_or_default();
    if let Some(n) = slide_in_fragment(&hash) {
        return n;
    }
    let step = STEPS
        .iter()
        .position(|s| hash.strip_prefix('#') == Some(s.id));
    step.and_then(|step| {
        kinds
            .iter()
            .position(|k| matches!(k, SlideKind::Summary(n) if *n == step))
    })
    .unwrap_or(0)
}

/// The slide's title, for the live region and the speaker view.
fn slide_title(kind: SlideKind, chosen: Option<&Municipality>) -> String {
    match kind {
        SlideKind::Title => PRESENTATION.title.to_owned(),
        SlideKind::Summary(n) => STEPS[n].headline.to_owned(),
        SlideKind::Quote(n) => fill(ui::DIA_CITAAT_TITEL, &[("stap", STEPS[n].name)]),
        SlideKind::Municipality(_) => fill(
            ui::EIGEN_KOP,
            &[("naam", chosen.map(|m| m.name.as_str()).unwrap_or_default())],
        ),
        SlideKind::Checks(_) => ui::TOETS_KOP.to_owned(),
        SlideKind::Series(_) => ui::REEKS_TITEL.to_owned(),
        SlideKind::Contribution(_) => ui::DIA_BIJDRAGE_TITEL.to_owned(),
        SlideKind::Closing => ui::DIA_SLOT_TITEL.to_owned(),
    }
}

/// A quotation of the memo, centred, under its label.
fn quotation(heading: String, label: String, text: &'static str) -> Html {
    html! {
        <div class="slide__center">
            <h2 id={heading} class="slide__label">{label}</h2>
            <blockquote class="slide__quote"><p>{text}</p></blockquote>
            <p class="slide__source">{ui::DIA_BRON_NOTITIE}</p>
        </div>
    }
}

/// A titled slide of figures with its source line.
fn figures_slide(heading: String, title: String, body: Html, source: &'static str) -> Html {
    html! {
        <>
            <h2 id={heading}>{title}</h2>
            {body}
            <p class="slide__source">{source}</p>
        </>
    }
}

/// The content of one slide.
fn slide_body(kind: SlideKind, data: &SlideData, chosen: Option<&Municipality>, id: &str) -> Html {
    let heading = format!("{id}-kop");
    let title = slide_title(kind, chosen);
    match (kind, data.as_deref()) {
        (SlideKind::Title, _) => html! {
            <div class="slide__center">
                <p class="slide__label">{ui::MERK}</p>
                <h2 id={heading}>{title}</h2>
                <p class="slide__lead">{PRESENTATION.subtitle}</p>
            </div>
        },
        (SlideKind::Summary(n), _) => html! {
            <>
                <p class="slide__label">
                    {fill(ui::STAP_VAN, &[("n", &(n + 1).to_string()), ("totaal", &STEPS.len().to_string())])}
                    {" · "}{ui::IN_HET_KORT_LABEL}
                </p>
                <h2 id={heading}>{title}</h2>
                <ul class="slide__points">
                    { for STEPS[n].summary.iter().map(|point| html! { <li>{rich_text(point)}</li> }) }
                </ul>
            </>
        },
        (SlideKind::Quote(n), _) => quotation(
            heading,
            title,
            PRESENTATION.steps[n].quote.unwrap_or_default(),
        ),
        (SlideKind::Closing, _) => quotation(heading, title, PRESENTATION.closing_quote),
        (SlideKind::Municipality(_), Some(figures)) => match chosen {
            Some(m) => figures_slide(
                heading,
                title,
                key_rows(m, &figures.groups),
                ui::DIA_BRON_CBS,
            ),
            None => Html::default(),
        },
        (SlideKind::Checks(n), Some(figures)) => {
            let list = html! {
                <ul class="slide__checks">
                    { for figures.checks.iter().filter(|c| c.copy.step == STEPS[n].id).map(|c| {
                        let (symbol, class) = verdict_mark(c.verdict);
                        html! {
                            <li class={classes!("check", class)}>
                                <span class="check__symbol" aria-hidden="true">{symbol}</span>
                                <span><strong>{c.copy.title}</strong>{": "}{c.verdict.text()}</span>
                            </li>
                        }
                    }) }
                </ul>
            };
            figures_slide(heading, title, list, ui::DIA_BRON_CBS)
        }
        (SlideKind::Series(_), Some(figures)) => figures_slide(
            heading,
            title,
            series_svg(&figures.series, id),
            ui::REEKS_LEGENDA,
        ),
        (SlideKind::Contribution(_), Some(figures)) => figures_slide(
            heading,
            title,
            contribution(&figures.all),
            ui::DIA_BIJDRAGE_BRON,
        ),
        (
            SlideKind::Municipality(_)
            | SlideKind::Checks(_)
            | SlideKind::Series(_)
            | SlideKind::Contribution(_),
            None,
        ) => Html::default(),
    }
}

/// Bars for the small municipalities and those of 25,000 and more together: solar capacity
/// per inhabitant and the net growth of the housing stock. Each bar carries its value as text.
fn contribution(all: &[Municipality]) -> Html {
    let (small, large) = (
        GroupTotals::of(all, Group::Small),
        GroupTotals::of(all, Group::Large),
    );
    let measures = [
        (
            ui::IND_ZON,
            small.solar_kwp_per_inhabitant(),
            large.solar_kwp_per_inhabitant(),
            nl_dec(small.solar_kwp_per_inhabitant(), 2),
            nl_dec(large.solar_kwp_per_inhabitant(), 2),
        ),
        (
            ui::IND_GROEI,
            small.growth_2022_2024_pct(),
            large.growth_2022_2024_pct(),
            format!("{}%", nl_signed(small.growth_2022_2024_pct(), 2)),
            format!("{}%", nl_signed(large.growth_2022_2024_pct(), 2)),
        ),
    ];
    html! {
        <div class="slide__bars">
            { for measures.into_iter().map(|(label, a, b, a_text, b_text)| {
                let most = a.max(b).max(f64::MIN_POSITIVE);
                let bar = |group: &'static str, value: f64, text: String, own: bool| html! {
                    <li class={classes!("slide__bar", own.then_some("slide__bar--small"))}>
                        <span class="slide__bar-label">{group}</span>
                        <span class="slide__bar-track">
                            <span class="slide__bar-fill" style={format!("width: {:.1}%", 100.0 * value.max(0.0) / most)}></span>
                        </span>
                        <span class="slide__bar-value">{text}</span>
                    </li>
                };
                html! {
                    <section>
                        <h3>{label}</h3>
                        <ul>
                            {bar(ui::KOLOM_KLEIN_SAMEN, a, a_text, true)}
                            {bar(ui::KOLOM_GROOT_SAMEN, b, b_text, false)}
                        </ul>
                    </section>
                }
            }) }
        </div>
    }
}

/// One slide: its body, and its notes (shown in the handout and when printing).
fn slide(
    kind: SlideKind,
    n: usize,
    data: &SlideData,
    chosen: Option<&Municipality>,
    shown: bool,
    prefix: &str,
) -> Html {
    let id = format!("{prefix}-{}", n + 1);
    html! {
        <div class="slide-page" hidden={!shown}>
            <section class="slide" aria-labelledby={format!("{id}-kop")}>
                {slide_body(kind, data, chosen, &id)}
            </section>
            <aside class="slide__notes" aria-label={ui::NOTITIES}>
                <h3>{fill(ui::NOTITIES_BIJ, &[("n", &(n + 1).to_string())])}</h3>
                <p>{kind.notes()}</p>
            </aside>
        </div>
    }
}

/// The keys, for the help.
fn key_help() -> Html {
    html! {
        <dl class="presenter__keys">
            { for ui::DIA_TOETSEN.split('|').map(|pair| {
                let (keys, what) = pair.split_once('=').unwrap_or((pair, ""));
                html! { <><dt>{keys.to_owned()}</dt><dd>{what.to_owned()}</dd></> }
            }) }
        </dl>
    }
}

/// A `setInterval` that stops with the component.
#[hook]
fn use_clock() -> f64 {
    let now = use_state(js_sys_now);
    {
        let now = now.clone();
        use_effect_with((), move |_| {
            let tick =
                wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || now.set(js_sys_now()));
            let id = window()
                .set_interval_with_callback_and_timeout_and_arguments_0(
                    tick.as_ref().unchecked_ref(),
                    1000,
                )
                .ok();
            move || {
                if let Some(id) = id {
                    window().clear_interval_with_handle(id);
                }
                drop(tick);
            }
        });
    }
    *now
}

/// Milliseconds since the epoch (`Date.now()`).
fn js_sys_now() -> f64 {
    web_sys::js_sys::Date::now()
}

/// `m:ss` or `h:mm:ss`.
fn duration(ms: f64) -> String {
    let s = (ms.max(0.0) / 1000.0) as u64;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// Presenter mode, the speaker view or the handout.
#[component]
pub fn Presenter(props: &PresenterProps) -> Html {
    let figures: SlideData = (*use_memo(props.data.clone(), |data| {
        data.as_ref().map(|(all, series)| {
            Shared::new(Figures {
                all: all.clone(),
                series: series.clone(),
                groups: group_values(all),
                checks: checks(all, series),
            })
        })
    }))
    .clone();
    let chosen: Option<Municipality> = match (&props.data, &props.chosen) {
        (Some((all, _)), Some(code)) => all.iter().find(|m| &m.code == code).cloned(),
        _ => None,
    };
    let kinds = slides(props.data.is_some(), chosen.is_some());
    let total = kinds.len();
    let deck = {
        let kinds = kinds.clone();
        use_state(move || Deck::new(start_slide(&kinds), kinds.len()))
    };
    let mode = props.mode;
    let presenting = mode == Mode::Presenting;
    let speaker = mode == Mode::Speaker;

    // The page behind is inert while a presentation or the speaker view covers it.
    use_effect_with(mode, |mode| {
        let covered = *mode != Mode::Handout;
        let root = document().document_element();
        let app = document().get_element_by_id(crate::ROOT_ID);
        if let Some(root) = &root {
            let _ = root.class_list().add_1(if covered {
                "presenting"
            } else {
                "mode-handout"
            });
        }
        if let (Some(app), true) = (&app, covered) {
            let _ = app.set_attribute("inert", "");
        }
        if let Some(stage) = document().get_element_by_id("presentatie") {
            if let Ok(stage) = stage.dyn_into::<web_sys::HtmlElement>() {
                let _ = stage.focus();
            }
        }
        move || {
            if let Some(root) = root {
                let _ = root.class_list().remove_2("presenting", "mode-handout");
            }
            if let Some(app) = app {
                let _ = app.remove_attribute("inert");
            }
        }
    });

    // The other window of the presentation: both follow each other's slide.
    let channel = use_memo((), |_| web_sys::BroadcastChannel::new(CHANNEL).ok());
    {
        let (deck, channel) = (deck.clone(), channel.clone());
        use_effect_with((), move |_| {
            let listener = channel.as_ref().as_ref().map(|channel| {
                gloo_events::EventListener::new(channel, "message", move |event| {
                    let message = event
                        .dyn_ref::<web_sys::MessageEvent>()
                        .and_then(|m| m.data().as_f64());
                    if let Some(n) = message.filter(|n| n.is_finite() && *n >= 0.0) {
                        let n = n as usize;
                        if n != deck.current {
                            deck.set(Deck::new(n, deck.total));
                        }
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        let channel = channel.clone();
        use_effect_with((deck.current, mode), move |(current, mode)| {
            if *mode != Mode::Handout {
                write_slide_to_url(*current);
                if let Some(channel) = channel.as_ref() {
                    let _ = channel.post_message(&wasm_bindgen::JsValue::from(*current as f64));
                }
            }
        });
    }

    let apply = {
        let (deck, on_leave, kinds) = (deck.clone(), props.on_leave.clone(), kinds.clone());
        Callback::from(move |command: Command| match command {
            Command::Fullscreen => {
                let document = document();
                if document.fullscreen_element().is_some() {
                    document.exit_fullscreen();
                } else if let Some(root) = document.document_element() {
                    let _ = root.request_fullscreen();
                }
            }
            Command::Speaker => {
                let url = format!(
                    "{}{}",
                    url_in_mode(Mode::Speaker),
                    slide_fragment(deck.current)
                );
                let _ = window().open_with_url_and_target(&url, "k80-spreker");
            }
            Command::Leave if deck.help => deck.set(deck.after(Command::Help)),
            Command::Leave => {
                if document().fullscreen_element().is_none() {
                    on_leave.emit(kinds[deck.current].step());
                }
            }
            other => deck.set(deck.after(other)),
        })
    };

    // Keys, on the whole window while this is on screen (never from a field).
    {
        let apply = apply.clone();
        use_effect_with(mode, move |mode| {
            let active = *mode != Mode::Handout;
            let listener = active.then(|| {
                gloo_events::EventListener::new_with_options(
                    &document(),
                    "keydown",
                    gloo_events::EventListenerOptions::enable_prevent_default(),
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
                        if let Some(command) = command(&event.key()) {
                            // Buttons keep their own Enter and Space.
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
                        }
                    },
                )
            });
            move || drop(listener)
        });
    }

    // Touch: a swipe, or a tap on the left or right third.
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
            let (dx, dy) = (f64::from(e.client_x()) - x0, f64::from(e.client_y()) - y0);
            if dx.abs() > 50.0 && dx.abs() > dy.abs() {
                apply.emit(if dx < 0.0 {
                    Command::Next
                } else {
                    Command::Previous
                });
            } else if dx.abs() < 10.0 && dy.abs() < 10.0 {
                let width = window()
                    .inner_width()
                    .ok()
                    .and_then(|w| w.as_f64())
                    .unwrap_or(0.0);
                let x = f64::from(e.client_x());
                if x > width * 2.0 / 3.0 {
                    apply.emit(Command::Next);
                } else if x < width / 3.0 {
                    apply.emit(Command::Previous);
                }
            }
        })
    };

    let chosen_ref = chosen.as_ref();
    let current = deck.current.min(total.saturating_sub(1));
    let announcement = if deck.black {
        ui::DIA_ZWART.to_owned()
    } else {
        fill(
            ui::DIA_VAN,
            &[
                ("n", &(current + 1).to_string()),
                ("totaal", &total.to_string()),
                ("titel", &slide_title(kinds[current], chosen_ref)),
            ],
        )
    };
    let button = |text: &'static str, command: Command| {
        let onclick = apply.reform(move |_: MouseEvent| command);
        html! { <button type="button" class="presenter__button" {onclick}>{text}</button> }
    };

    if mode == Mode::Handout {
        return html! {
            <div class="handout" id="presentatie" tabindex="-1">
                <h1 class="handout__title">{ui::HAND_OUT_KOP}</h1>
                <p class="handout__note">{ui::HAND_OUT_UITLEG}</p>
                { for kinds.iter().enumerate().map(|(n, kind)| html! {
                    <div class="handout__stage">{slide(*kind, n, &figures, chosen_ref, true, "hand-out")}</div>
                }) }
            </div>
        };
    }

    if speaker {
        return html! {
            <Speaker kinds={kinds.clone()} current={current} data={figures.clone()} chosen={chosen.clone()}
                     announcement={announcement} on_command={apply.clone()} />
        };
    }

    let _ = presenting;
    html! {
        <div class="presenter" id="presentatie" tabindex="-1" aria-label={ui::PRESENTATIE}
             role="region" aria-roledescription={ui::PRESENTATIE}>
            <div class="presenter__stage" inert={deck.help || deck.black} {onpointerdown} {onpointerup}>
                { for kinds.iter().enumerate().map(|(n, kind)| slide(*kind, n, &figures, chosen_ref, n == current, "dia")) }
                <div class="presenter__progress" aria-hidden="true">
                    <div class="presenter__bar" style={format!("width: {:.2}%", 100.0 * (current + 1) as f64 / total as f64)}></div>
                </div>
                <p class="presenter__count" aria-hidden="true">{format!("{} / {}", current + 1, total)}</p>
            </div>
            <nav class="presenter__controls" aria-label={ui::DIA_BEDIENING} inert={deck.help || deck.black}>
                {button(ui::DIA_VORIGE, Command::Previous)}
                {button(ui::DIA_VOLGENDE, Command::Next)}
                {button(ui::DIA_SPREKER, Command::Speaker)}
                {button(ui::DIA_VOLLEDIG, Command::Fullscreen)}
                {button(ui::DIA_HULP, Command::Help)}
                {button(ui::DIA_STOPPEN, Command::Leave)}
            </nav>
            if !deck.typed.is_empty() {
                <p class="presenter__typed" aria-hidden="true">{fill(ui::DIA_GA_NAAR, &[("n", &deck.typed)])}</p>
            }
            <p class="visually-hidden" role="status" aria-live="polite">{announcement}</p>
            if deck.black {
                <div class="presenter__black" onclick={apply.reform(|_: MouseEvent| Command::Blackout)}></div>
            }
            if deck.help {
                <div class="presenter__help" role="dialog" aria-modal="true" aria-labelledby="toetsen-kop">
                    <h2 id="toetsen-kop">{ui::DIA_TOETSEN_KOP}</h2>
                    {key_help()}
                    <button type="button" class="presenter__button" autofocus=true
                            onclick={apply.reform(|_: MouseEvent| Command::Help)}>{ui::DIA_HULP_SLUITEN}</button>
                </div>
            }
        </div>
    }
}

/// Props of [`Speaker`].
#[derive(Properties, PartialEq)]
struct SpeakerProps {
    kinds: Vec<SlideKind>,
    current: usize,
    data: SlideData,
    chosen: Option<Municipality>,
    announcement: String,
    on_command: Callback<Command>,
}

/// The speaker view: this slide and the next, the notes, the time since the start (with a
/// reset) and the clock.
#[component]
fn Speaker(props: &SpeakerProps) -> Html {
    let now = use_clock();
    let started = use_state(js_sys_now);
    let reset = {
        let started = started.clone();
        Callback::from(move |_: MouseEvent| started.set(js_sys_now()))
    };
    let chosen = props.chosen.as_ref();
    let kind = props.kinds[props.current];
    let next = props.kinds.get(props.current + 1).copied();
    let clock = web_sys::js_sys::Date::new(&wasm_bindgen::JsValue::from(now));
    let button = |text: &'static str, command: Command| {
        let onclick = props.on_command.reform(move |_: MouseEvent| command);
        html! { <button type="button" class="presenter__button" {onclick}>{text}</button> }
    };
    html! {
        <div class="speaker" id="presentatie" tabindex="-1" role="region" aria-label={ui::DIA_SPREKER_KOP}>
            <h1 class="visually-hidden">{ui::DIA_SPREKER_KOP}</h1>
            <div class="speaker__now">
                <h2>{fill(ui::DIA_NU, &[("n", &(props.current + 1).to_string()), ("totaal", &props.kinds.len().to_string())])}</h2>
                <div class="speaker__stage">{slide(kind, props.current, &props.data, chosen, true, "spreker")}</div>
            </div>
            <div class="speaker__side">
                <section class="speaker__notes" aria-labelledby="spreker-notities">
                    <h2 id="spreker-notities">{ui::NOTITIES}</h2>
                    <p>{kind.notes()}</p>
                </section>
                <section aria-labelledby="spreker-volgende">
                    <h2 id="spreker-volgende">{ui::DIA_HIERNA}</h2>
                    if let Some(next) = next {
                        <div class="speaker__stage speaker__stage--next">{slide(next, props.current + 1, &props.data, chosen, true, "spreker-volgende")}</div>
                    } else {
                        <p>{ui::DIA_EINDE}</p>
                    }
                </section>
                <p class="speaker__time">
                    <span>{ui::DIA_VERSTREKEN}{" "}<strong>{duration(now - *started)}</strong></span>{" "}
                    <button type="button" class="presenter__button" onclick={reset}>{ui::DIA_OPNIEUW}</button>
                </p>
                <p class="speaker__time">{ui::DIA_KLOK}{" "}<strong>{format!("{:02}:{:02}", clock.get_hours(), clock.get_minutes())}</strong></p>
                <nav class="speaker__controls" aria-label={ui::DIA_BEDIENING}>
                    {button(ui::DIA_VORIGE, Command::Previous)}
                    {button(ui::DIA_VOLGENDE, Command::Next)}
                </nav>
            </div>
            <p class="visually-hidden" role="status" aria-live="polite">{props.announcement.clone()}</p>
        </div>
    }
}
