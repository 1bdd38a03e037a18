//! The comparison's root: loads the table, keeps the choice in the URL, shows the picker and
//! the figures.

use yew::prelude::*;

pub mod map_view;
pub mod picker;

use crate::components::figures::{figures, FiguresAs};
use crate::content::{fill, ui};
use crate::contract::{focus_new_content, page_has_class, EMBED_CLASS, FIGURES_HEADING_ID};
use crate::indicators::group_values;
use crate::location::{current, go, use_route, Entry};
use crate::municipality::Municipality;
use crate::numbers::nl_int;
use crate::on_demand::data::{Load, Tables};
use crate::on_demand::in_steps::in_steps;
use crate::on_demand::Shared;
use crate::route::{Route, MAX_BESIDE};
use crate::stats::peers;
use map_view::MapView;
use picker::{field_id, Picker};

/// The municipality chosen and those beside it, as codes (checked against the data later).
/// The URL holds them (`?gemeente=` and `&naast=`); this is the part of the route the
/// comparison follows.
#[derive(Clone, PartialEq, Default)]
struct Choice {
    chosen: Option<String>,
    beside: Vec<String>,
}

fn choice_of(route: &Route) -> Choice {
    Choice {
        chosen: route.municipality.clone(),
        beside: route.beside.clone(),
    }
}

/// Puts the choice in the URL without a new history entry, keeping the rest of the route.
fn write_choice_to_url(choice: &Choice) {
    let route = Route {
        municipality: choice.chosen.clone(),
        beside: choice.beside.clone(),
        ..current()
    };
    go(&route, Entry::Replace);
}

/// The id of a peer's button (focus returns there after "Zet … ernaast").
fn peer_id(code: &str) -> String {
    format!("lijkt-op-{code}")
}

/// Ids of the beside section: its heading, and its picker's (see [`picker::field_id`]).
const BESIDE_HEADING_ID: &str = "naast-kop";
const BESIDE_PICKER: &str = "naast";

/// The five municipalities most like `chosen`, each one click away, and a button to set
/// each beside it (while there is room).
fn peer_list(
    all: &[Municipality],
    chosen: &Municipality,
    beside: &[String],
    on_choose: &Callback<String>,
    on_beside: &Callback<String>,
) -> Html {
    let room = beside.len() < MAX_BESIDE;
    html! {
        <section class="peers" aria-labelledby="lijkt-op-kop">
            <h3 id="lijkt-op-kop">{fill(ui::LIJKT_OP_KOP, &[("naam", &chosen.name)])}</h3>
            <p class="note">{fill(ui::LIJKT_OP_UITLEG, &[("naam", &chosen.name)])}</p>
            <ul class="peers__list">
                { for peers(all, &chosen.code, 5).into_iter().map(|m| {
                    let pick = |callback: &Callback<String>| {
                        let (callback, code) = (callback.clone(), m.code.clone());
                        Callback::from(move |_: MouseEvent| callback.emit(code.clone()))
                    };
                    html! {
                        <li class="peers__item">
                            <button type="button" class="button peers__button" id={peer_id(&m.code)} onclick={pick(on_choose)}>
                                {format!("{} ({} inwoners)", m.name, nl_int(m.inhabitants.into()))}
                            </button>
                            if room && !beside.contains(&m.code) {
                                <button type="button" class="button button--quiet peers__beside" onclick={pick(on_beside)}>
                                    {fill(ui::ZET_ERNAAST, &[("naam", &m.name)])}
                                </button>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// "Naast elkaar": the municipalities beside the chosen one, each removable, and a picker
/// to add one while there is room.
fn beside_section(
    all: &Shared<Vec<Municipality>>,
    beside: &[&Municipality],
    on_beside: &Callback<String>,
    on_remove: &Callback<String>,
) -> Html {
    html! {
        <section class="beside" aria-labelledby={BESIDE_HEADING_ID}>
            <h3 id={BESIDE_HEADING_ID} tabindex="-1">{ui::NAAST_KOP}</h3>
            <p class="note">{fill(ui::NAAST_UITLEG, &[("n", &(MAX_BESIDE + 1).to_string())])}</p>
            if !beside.is_empty() {
                <ul class="beside__list">
                    { for beside.iter().map(|m| {
                        let onclick = {
                            let (on_remove, code) = (on_remove.clone(), m.code.clone());
                            Callback::from(move |_: MouseEvent| on_remove.emit(code.clone()))
                        };
                        html! {
                            <li>
                                {m.name.clone()}{" "}
                                <button type="button" class="button button--quiet" {onclick}>
                                    {fill(ui::HAAL_WEG, &[("naam", &m.name)])}
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
            if beside.len() < MAX_BESIDE {
                <Picker all={all.clone()} on_choose={on_beside.clone()} id={BESIDE_PICKER}
                        label={ui::ZET_GEMEENTE_ERNAAST} clear_after_choice=true />
            }
        </section>
    }
}

/// Props of [`Comparison`].
#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    /// Where the data is (loaded by [`crate::on_demand::root::Root`]).
    pub load: Load<Tables>,
    /// Try loading again.
    pub on_retry: Callback<()>,
}

/// The whole comparison.
#[component]
pub fn Comparison(props: &ComparisonProps) -> Html {
    let load = &props.load;
    let choice = use_route(choice_of);
    let shown_as = use_state(|| FiguresAs::Table);
    let groups = use_memo(load.ready().cloned(), |tables| {
        tables
            .as_deref()
            .map(|t| group_values(&t.all))
            .unwrap_or_default()
    });

    // Every change of the choice goes through here, into the URL and the state.
    let change = {
        let choice = choice.clone();
        move |edit: &dyn Fn(&mut Choice)| {
            let mut next = choice.clone();
            edit(&mut next);
            if let Some(chosen) = &next.chosen {
                next.beside.retain(|code| code != chosen);
            }
            write_choice_to_url(&next);
        }
    };
    // After a change, focus goes where the visitor can go on (never to the page's body when
    // the pressed button disappears), and a change that moves no focus is announced once.
    let focus = use_state(|| (0_u32, String::new()));
    let announcement = use_state(String::new);
    use_effect_with(focus.clone(), |focus| {
        let (requests, id) = (**focus).clone();
        // In the next frame, with the browser's own style and layout pass: focusing now would
        // force an extra synchronous one over the whole page (map included).
        if let Some(window) = web_sys::window().filter(|_| requests > 0) {
            // Embedded, the browser does not scroll to it: the host page's scrolling is the
            // host's (the head script asks it).
            let then = wasm_bindgen::closure::Closure::once_into_js(move || {
                focus_new_content(&id, !page_has_class(EMBED_CLASS))
            });
            let _ = window.request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&then));
        }
    });
    let move_focus = {
        let focus = focus.clone();
        move |id: String| focus.set((focus.0 + 1, id))
    };
    let tables = load.ready().cloned();
    let name_of = move |code: &str| {
        tables
            .as_ref()
            .and_then(|t| t.all.iter().find(|m| m.code == code))
            .map(|m| m.name.clone())
            .unwrap_or_else(|| code.to_owned())
    };
    let on_choose = {
        let change = change.clone();
        Callback::from(move |code: String| change(&|c| c.chosen = Some(code.clone())))
    };
    // From the picker: the focus stays in the field; the figures below are announced.
    let on_pick = {
        let (on_choose, announcement, name_of) =
            (on_choose.clone(), announcement.clone(), name_of.clone());
        Callback::from(move |code: String| {
            say(
                &announcement,
                fill(ui::CIJFERS_HIERONDER, &[("naam", &name_of(&code))]),
            );
            on_choose.emit(code);
        })
    };
    // From the map, its list or a peer: the focus goes to the new figures' heading (far
    // below the list), which names them.
    let on_choose_and_go = {
        let (on_choose, move_focus) = (on_choose.clone(), move_focus.clone());
        Callback::from(move |code: String| {
            on_choose.emit(code);
            move_focus(FIGURES_HEADING_ID.to_owned());
        })
    };
    let on_beside = {
        let (change, choice) = (change.clone(), choice.clone());
        let (announcement, move_focus, name_of) =
            (announcement.clone(), move_focus.clone(), name_of.clone());
        Callback::from(move |code: String| {
            if choice.beside.len() >= MAX_BESIDE
                || choice.beside.contains(&code)
                || choice.chosen.as_deref() == Some(code.as_str())
            {
                return;
            }
            change(&|c| c.beside.push(code.clone()));
            let chosen = choice.chosen.as_deref().map(&name_of).unwrap_or_default();
            say(
                &announcement,
                fill(
                    ui::ERNAAST_GEZET,
                    &[("naam", &name_of(&code)), ("gekozen", &chosen)],
                ),
            );
            // The pressed button goes: a peer's own button stays; with no more room, the
            // beside picker goes too.
            let active = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .map(|el| el.id())
                .unwrap_or_default();
            if choice.beside.len() + 1 >= MAX_BESIDE {
                move_focus(BESIDE_HEADING_ID.to_owned());
            } else if active != field_id(BESIDE_PICKER) {
                move_focus(peer_id(&code));
            }
        })
    };
    let on_remove = {
        let change = change.clone();
        let (announcement, move_focus, name_of) =
            (announcement.clone(), move_focus.clone(), name_of.clone());
        Callback::from(move |code: String| {
            change(&|c| c.beside.retain(|b| *b != code));
            say(
                &announcement,
                fill(ui::WEGGEHAALD, &[("naam", &name_of(&code))]),
            );
            move_focus(field_id(BESIDE_PICKER));
        })
    };
    let on_shown_as = {
        let shown_as = shown_as.clone();
        Callback::from(move |p| shown_as.set(p))
    };
    let retry = props.on_retry.reform(|_: MouseEvent| ());

    match load {
        Load::Waiting | Load::Loading => {
            html! { <p class="comparison__status" role="status">{ui::VERGELIJK_LADEN}</p> }
        }
        Load::Failed => html! {
            <div class="notice" role="alert">
                <p>{ui::VERGELIJK_LADEN_MISLUKT}</p>
                <button type="button" class="button" onclick={retry}>{ui::OPNIEUW}</button>
            </div>
        },
        Load::Ready(tables) => {
            let all = &tables.all;
            let find = |code: &String| all.iter().find(|m| &m.code == code);
            let found = choice.chosen.as_ref().and_then(find);
            let beside: Vec<&Municipality> = choice.beside.iter().filter_map(find).collect();
            let unknown: Vec<&String> = choice
                .chosen
                .iter()
                .chain(&choice.beside)
                .filter(|code| find(code).is_none())
                .collect();
            html! {
                <div class="comparison">
                    <div class="comparison__top">
                        <Picker all={all.clone()} on_choose={on_pick.clone()} chosen_name={found.map(|m| m.name.clone())} />
                        <MapView all={all.clone()} chosen={choice.chosen.iter().chain(&choice.beside).cloned().collect::<Vec<_>>()}
                                 on_choose={on_choose_and_go.clone()} />
                    </div>
                    { for unknown.into_iter().map(|code| html! {
                        <p class="notice" role="status">{fill(ui::GEMEENTE_ONBEKEND, &[("waarde", code)])}</p>
                    }) }
                    if let Some(m) = found {
                        {figures(all, &groups, &std::iter::once(m).chain(beside.iter().copied()).collect::<Vec<_>>(), *shown_as, &on_shown_as)}
                        {beside_section(all, &beside, &on_beside, &on_remove)}
                        {peer_list(all, m, &choice.beside, &on_choose_and_go, &on_beside)}
                    }
                    {in_steps(all, found)}
                    <p class="visually-hidden" role="status">{(*announcement).clone()}</p>
                </div>
            }
        }
    }
}

/// Puts `text` in the live region `region`; the same text again gets a no-break space, so
/// it changes and is said again.
fn say(region: &UseStateHandle<String>, text: String) {
    if **region == text {
        region.set(format!("{text}\u{a0}"));
    } else {
        region.set(text);
    }
}
