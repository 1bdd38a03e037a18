//! "Kies een gemeente": an editable combobox with a list popup, after the WAI-ARIA
//! combobox pattern. Typing filters (see `crate::search`); the arrow keys move through the
//! list (wrapping), Enter chooses the option moved to (or the best match), Escape closes the
//! list, or clears the field when the list is closed.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::on_demand::Shared;

use crate::content::{fill, ui};
use crate::municipality::Municipality;
use crate::search::search;

/// How many matches the list shows at most.
const LIMIT: usize = 12;

/// Props of [`Picker`].
#[derive(Properties, PartialEq)]
pub struct PickerProps {
    /// Every municipality.
    pub all: Shared<Vec<Municipality>>,
    /// A municipality was chosen (its code).
    pub on_choose: Callback<String>,
    /// The name of the municipality chosen now (also by a link or a peer), shown in the field.
    #[prop_or_default]
    pub chosen_name: Option<String>,
    /// Prefix of the element ids, unique on the page.
    #[prop_or("gemeente")]
    pub id: &'static str,
    /// The field's label.
    #[prop_or(ui::KIES_GEMEENTE)]
    pub label: &'static str,
    /// Empty the field after a choice (for adding one municipality after another).
    #[prop_or_default]
    pub clear_after_choice: bool,
}

/// The id of the field of the picker whose ids start with `prefix` (its `id` prop).
pub fn field_id(prefix: &str) -> String {
    format!("{prefix}-zoeken")
}

/// One option: code, name, and the alias it was found by.
type Hit = (String, String, Option<&'static str>);

/// The combobox.
#[component]
pub fn Picker(props: &PickerProps) -> Html {
    let query = use_state(String::new);
    let open = use_state(|| false);
    // The option the arrow keys have moved to; none right after typing.
    let active = use_state(|| None::<usize>);
    {
        let query = query.clone();
        use_effect_with(props.chosen_name.clone(), move |name| {
            if let Some(name) = name {
                query.set(name.clone());
            }
        });
    }

    // Searched only while the list is open: after a choice the field holds a name, and the
    // list stays shut until the visitor types or presses an arrow key.
    let matches = if *open {
        search(&props.all, &query)
    } else {
        Vec::new()
    };
    let total = matches.len();
    let hits: Vec<Hit> = matches
        .into_iter()
        .take(LIMIT)
        .map(|h| {
            (
                h.municipality.code.clone(),
                h.municipality.name.clone(),
                h.alias,
            )
        })
        .collect();
    let expanded = *open && !query.is_empty() && !hits.is_empty();
    // `usize::MAX` stands for "the last option" (Up arrow on a closed list).
    let active_index = active
        .filter(|_| expanded)
        .map(|n| n.min(hits.len().saturating_sub(1)));

    let choose = {
        let (query, open, on_choose) = (query.clone(), open.clone(), props.on_choose.clone());
        let clear = props.clear_after_choice;
        move |(code, name, _): Hit| {
            query.set(if clear { String::new() } else { name });
            open.set(false);
            on_choose.emit(code);
        }
    };
    // Leaving the field without a choice: the list closes and the field shows the chosen
    // municipality again (an emptied field must not look as if nothing were chosen).
    // (Yew delegates events to its root, so the event's current target is not the picker.)
    let picker = use_node_ref();
    let onfocusout = {
        let (query, open, chosen) = (query.clone(), open.clone(), props.chosen_name.clone());
        let (clear, picker) = (props.clear_after_choice, picker.clone());
        Callback::from(move |e: FocusEvent| {
            let to: Option<web_sys::Node> = e.related_target().and_then(|t| t.dyn_into().ok());
            if picker.get().is_some_and(|p| p.contains(to.as_ref())) {
                return;
            }
            open.set(false);
            query.set(match (&chosen, clear) {
                (Some(name), false) => name.clone(),
                _ => String::new(),
            });
        })
    };
    // An option is not focusable: pressing it must not take the focus from the field.
    let keep_focus = Callback::from(|e: MouseEvent| e.prevent_default());
    let oninput = {
        let (query, open, active) = (query.clone(), open.clone(), active.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
            open.set(true);
            active.set(None);
        })
    };
    let onkeydown = {
        let (query, open, active, hits, choose) = (
            query.clone(),
            open.clone(),
            active.clone(),
            hits.clone(),
            choose.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            let last = hits.len().saturating_sub(1);
            let closed = !*open && !query.is_empty();
            let moved = match (e.key().as_str(), active_index) {
                ("ArrowDown", _) if closed => Some(0),
                ("ArrowUp", _) if closed => Some(usize::MAX),
                ("ArrowDown", Some(n)) => Some(if n == last { 0 } else { n + 1 }),
                ("ArrowDown", None) => Some(0),
                ("ArrowUp", Some(n)) => Some(if n == 0 { last } else { n - 1 }),
                ("ArrowUp", None) => Some(last),
                ("Enter", _) if expanded => {
                    e.prevent_default();
                    choose(hits[active_index.unwrap_or(0)].clone());
                    None
                }
                ("Escape", _) => {
                    if *open {
                        open.set(false);
                    } else {
                        query.set(String::new());
                    }
                    None
                }
                _ => None,
            };
            if let Some(n) = moved.filter(|_| closed || !hits.is_empty()) {
                e.prevent_default();
                open.set(true);
                active.set(Some(n));
            }
        })
    };

    let status = if query.is_empty() || !*open {
        String::new()
    } else if hits.is_empty() {
        fill(ui::GEEN_GEMEENTE_GEVONDEN, &[("waarde", &query)])
    } else if total > hits.len() {
        fill(
            ui::AANTAL_GEVONDEN_EERSTE,
            &[
                ("n", &total.to_string()),
                ("eerste", &hits.len().to_string()),
            ],
        )
    } else if total == 1 {
        ui::EEN_GEVONDEN.to_owned()
    } else {
        fill(ui::AANTAL_GEVONDEN, &[("n", &total.to_string())])
    };
    let prefix = props.id;
    let option_id = |code: &str| format!("{prefix}-optie-{code}");
    let (input_id, help_id, list_id) = (
        field_id(prefix),
        format!("{prefix}-hulp"),
        format!("{prefix}-lijst"),
    );

    html! {
        <div class="picker" ref={picker} {onfocusout}>
            <label for={input_id.clone()} class="picker__label">{props.label}</label>
            <p id={help_id.clone()} class="note">{ui::KIES_GEMEENTE_HULP}</p>
            <input
                id={input_id}
                class="picker__input"
                type="text"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-expanded={if expanded { "true" } else { "false" }}
                aria-controls={list_id.clone()}
                aria-describedby={help_id}
                aria-activedescendant={active_index.map(|n| option_id(&hits[n].0))}
                value={(*query).clone()}
                {oninput}
                {onkeydown}
            />
            <ul id={list_id} class="picker__list" role="listbox" aria-label={props.label} hidden={!expanded}>
                { for hits.iter().enumerate().map(|(n, hit)| {
                    let onclick = {
                        let (choose, hit) = (choose.clone(), hit.clone());
                        Callback::from(move |_: MouseEvent| choose(hit.clone()))
                    };
                    html! {
                        <li id={option_id(&hit.0)} role="option" class="picker__option"
                            aria-selected={if active_index == Some(n) { "true" } else { "false" }}
                            onmousedown={keep_focus.clone()} {onclick}>
                            {hit.1.clone()}
                            if let Some(alias) = hit.2 {
                                <span class="picker__alias">{format!(" ({})", fill(ui::OOK_BEKEND_ALS, &[("waarde", alias)]))}</span>
                            }
                        </li>
                    }
                }) }
            </ul>
            <p class="picker__status" role="status">{status}</p>
        </div>
    }
}
